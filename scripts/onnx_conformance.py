#!/usr/bin/env python
"""ONNX node conformance: run onnx's ~1,900 node test cases through ember, each isolated.

    python scripts/onnx_conformance.py [--compiled] [--call-time | --bind-static]
                                       [--filter REGEX] [--op-filter REGEX] [--timeout 60]
                                       [--jobs 2] [--show failed,unsupported] [--json out.json]
                                       [--quiet]

Cases run in worker processes (one case at a time each); a case that crashes its worker or runs
past ``--timeout`` is recorded as failed and the worker is replaced, so nothing stops the run.
Prints passed / failed / unsupported per op type and in total. Runs the graph-stage reference
interpreter (``--compiled`` uses ``ember.compile``). ``--call-time`` (the default, and the mode
``docs/onnx-ops.md`` reports) runs the cases as onnx's backend runner does: the model is
compiled as it is and every graph input is passed as data at call time (shape operands take
ember's specialising route, ``docs/dynamic-shapes.md``); ``--bind-static`` instead binds the
inputs ember needs at compile time as constants before importing. The case runner is
``scripts/onnx_conformance_cases.py``. A progress bar counts the cases on a terminal (not with
``--quiet`` or when stderr is redirected).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import sys
import time
from collections import Counter, defaultdict
from multiprocessing.connection import Connection


def case_function(compiled: bool, call_time: bool):  # noqa: ANN201  (returns run(case, cases))
    """The function that runs one case in the chosen mode."""
    from onnx_conformance_cases import (
        as_output,
        reference_preparer,
        reference_runner,
        run_case,
        run_case_call_time,
    )

    if not compiled:
        if call_time:
            return lambda case, cases: run_case_call_time(case, reference_preparer, cases)
        return lambda case, cases: run_case(case, reference_runner, cases)
    import ember

    def prepare(model):  # noqa: ANN001, ANN202
        exe = ember.compile(model, progress=False)
        return lambda inputs: [as_output(r) for r in exe(*inputs)]

    if call_time:
        return lambda case, cases: run_case_call_time(case, prepare, cases)
    return lambda case, cases: run_case(case, lambda module, inputs: prepare(module)(inputs), cases)


def worker(conn: Connection, compiled: bool, call_time: bool) -> None:
    import warnings

    warnings.simplefilter("ignore")
    import numpy as np

    np.seterr(all="ignore")
    from onnx_conformance_cases import collect_cases

    run = case_function(compiled, call_time)
    cases = collect_cases()
    conn.send("ready")
    while True:
        name = conn.recv()
        if name is None:
            return
        result = run(cases[name], cases)
        conn.send((result.name, result.op_type, result.status, result.message))


class Worker:
    def __init__(self, compiled: bool, call_time: bool) -> None:
        self.compiled = compiled
        self.call_time = call_time
        self.start()

    def start(self) -> None:
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(target=worker, args=(child, self.compiled, self.call_time), daemon=True)
        self.proc.start()
        self.ready = False
        self.name: str | None = None
        self.started = 0.0

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join()


def case_names(pattern: str, op_pattern: str = "") -> tuple[list[str], dict[str, str]]:
    """The cases whose name matches ``pattern`` and whose op type matches ``op_pattern``."""
    import warnings

    warnings.simplefilter("ignore")
    from onnx_conformance_cases import case_op_type, collect_cases

    cases = collect_cases()
    ops = {n: case_op_type(cases[n], cases) for n in cases if re.search(pattern, n)}
    names = sorted(n for n, op in ops.items() if re.search(op_pattern, op, re.IGNORECASE))
    return names, {n: ops[n] for n in names}


def run_all(
    names: list[str], ops: dict[str, str], jobs: int, timeout: float, compiled: bool,
    progress: bool | None = None, call_time: bool = True,
) -> list[tuple[str, str, str, str]]:
    from ember.progress import Progress

    pending = list(reversed(names))
    results: list[tuple[str, str, str, str]] = []
    workers = [Worker(compiled, call_time) for _ in range(min(jobs, len(names)) or 1)]
    bar = Progress(progress, "conformance", total=len(names))
    while pending or any(w.name for w in workers):
        done = len(results)
        for w in workers:
            poll(w, pending, results, ops, timeout)
        bar.advance(len(results) - done, results[-1][1] if len(results) > done else "")
        time.sleep(0.002)
    bar.close()
    for w in workers:
        if w.proc.is_alive():
            w.conn.send(None)
            w.proc.join(timeout=5)
    return results


def poll(w: Worker, pending: list[str], results: list, ops: dict[str, str], timeout: float) -> None:
    if not w.proc.is_alive():
        if w.name:
            results.append((w.name, ops[w.name], "failed", f"worker crashed (exit code {w.proc.exitcode})"))
        w.start()
        return
    if w.conn.poll():
        message = w.conn.recv()
        if message == "ready":
            w.ready = True
        else:
            results.append(message)
            w.name = None
    elif w.name and time.monotonic() - w.started > timeout:
        results.append((w.name, ops[w.name], "failed", f"timed out after {timeout:.0f} s"))
        w.kill()
        w.start()
        return
    if w.ready and not w.name and pending:
        w.name = pending.pop()
        w.started = time.monotonic()
        w.conn.send(w.name)


def report(results: list[tuple[str, str, str, str]], show: set[str]) -> None:
    per_op: dict[str, Counter] = defaultdict(Counter)
    for _, op, status, _ in results:
        per_op[op][status] += 1
    print(f"{'op type':34} {'passed':>7} {'failed':>7} {'unsupp.':>7}")
    for op in sorted(per_op):
        c = per_op[op]
        print(f"{op:34} {c['passed']:7} {c['failed']:7} {c['unsupported']:7}")
    total = Counter(status for _, _, status, _ in results)
    print(f"{'TOTAL (' + str(len(results)) + ' cases, ' + str(len(per_op)) + ' op types)':34} "
          f"{total['passed']:7} {total['failed']:7} {total['unsupported']:7}")  # fmt: skip
    for name, op, status, message in sorted(results):
        if status in show:
            print(f"{status:11} {name} [{op}]: {message}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--filter", default="", help="regex on case names (default: all)")
    parser.add_argument("--op-filter", default="", help="regex on the cases' op types, case-insensitive (default: all)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--call-time", dest="call_time", action="store_true", default=True,
                      help="every graph input passed as data at call time, as onnx's backend runner does (default)")
    mode.add_argument("--bind-static", dest="call_time", action="store_false",
                      help="bind the inputs ember needs at compile time as constants before importing")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--show", default="failed", help="statuses whose cases are listed (comma-separated)")
    parser.add_argument("--json", help="write all results to this JSON file")
    parser.add_argument("--compiled", action="store_true", help="run through ember.compile instead of the reference")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    started = time.monotonic()
    names, ops = case_names(args.filter, args.op_filter)
    results = run_all(names, ops, args.jobs, args.timeout, args.compiled, False if args.quiet else None, args.call_time)
    print(f"mode: {'compiled' if args.compiled else 'reference'}, {'call-time' if args.call_time else 'bind-static'}")
    report(results, set(filter(None, args.show.split(","))))
    print(f"({time.monotonic() - started:.0f} s)")
    if args.json:
        with open(args.json, "w") as f:
            mode = f"{'compiled' if args.compiled else 'reference'}, {'call-time' if args.call_time else 'bind-static'}"
            records = [{**dict(zip(("name", "op_type", "status", "message"), r, strict=True)), "mode": mode} for r in results]
            json.dump(records, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
