"""``ember-tune``: measure kernel schedules of a model and keep the best in a tuning log.

    ember-tune model.onnx -o tuning.json [--target T] [--threads N] [--trials N]
               [--time-budget S] [--repeats R] [--timeout S] [--input-shape NAME=AxB...]
               [--executor local|ray [--ray-address ADDR] [--parallel N]]
    ember-compile model.onnx -o model.so --tuning tuning.json   # or ember.compile(..., tuning=...)

The model's distinct conv / matmul kernels (tasks) are extracted; for each, the heuristic's
schedule and candidates (random, then mutations of the best) are compiled as single-op modules
and timed in an isolated worker process (a crashing or hanging candidate loses only itself);
a candidate's output must match the default's before its time counts. With ``--executor ray``
the worker processes belong to measuring actors on a Ray cluster (one per node, or
``--parallel N``; ``pip install 'ember[ray]'``). ``--trials`` is shared
by all tasks. Every measurement is appended to the log at once, so re-running resumes (no
candidate is measured twice). Prints per task the default and best time and the speed-up.
See ``docs/tuning.md``.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ember.diagnostics import EmberError
from ember.tools.cli import run_tool
from ember.tools.ember_import import input_shapes

if TYPE_CHECKING:
    from ember.tuning.tuner import ExecutorFactory


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ember-tune", description=__doc__.splitlines()[0])
    parser.add_argument("model", help="an .onnx model (or a graph-stage .mlir file)")
    parser.add_argument("-o", "--output", required=True, metavar="LOG.json",
                        help="the tuning log to write (appended to, and resumed from, when it exists)")  # fmt: skip
    parser.add_argument("--target", default=None, metavar="T",
                        help="host (default) or a preset the host can run (the kernels are timed here)")  # fmt: skip
    parser.add_argument("--threads", type=int, default=1, metavar="N",
                        help="threads the kernels are built and timed for (default 1)")  # fmt: skip
    parser.add_argument("--trials", type=int, default=200, metavar="N",
                        help="candidates to measure over all tasks, defaults included (default 200)")  # fmt: skip
    parser.add_argument("--time-budget", type=float, default=None, metavar="S",
                        help="stop measuring after about S seconds (default: no limit)")  # fmt: skip
    parser.add_argument("--repeats", type=int, default=5, metavar="R",
                        help="timed batches per candidate; the median counts (default 5)")  # fmt: skip
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S",
                        help="seconds one candidate may take to compile and run (default 60)")  # fmt: skip
    parser.add_argument("--executor", choices=("local", "ray"), default="local",
                        help="where candidates run: one local worker process (default), or measuring "
                             "actors on a Ray cluster (needs pip install 'ember[ray]')")  # fmt: skip
    parser.add_argument("--ray-address", default=None, metavar="ADDR",
                        help="with --executor ray: the cluster to join (default: RAY_ADDRESS, else a "
                             "'ray start' instance of this machine, else a new local instance)")  # fmt: skip
    parser.add_argument("--parallel", type=int, default=None, metavar="N",
                        help="with --executor ray: measuring actors (default: one per node; more than "
                             "one on a node runs measurements side by side, which distorts their times)")  # fmt: skip
    parser.add_argument("--input-shape", action="append", default=[], metavar="NAME=AxB...",
                        help="pin dynamic input dims of an ONNX model (repeatable)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=0, help="seed of the search (default 0)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")
    return parser


def _check(args: argparse.Namespace) -> None:
    if not Path(args.model).is_file():
        raise EmberError(f"cannot read '{args.model}': no such file")
    counts = [args.trials, args.repeats, args.threads] + ([args.parallel] if args.parallel is not None else [])
    if min(counts) < 1:
        raise EmberError("--trials, --repeats, --threads and --parallel must be >= 1")
    if args.executor == "local" and (args.ray_address is not None or args.parallel is not None):
        raise EmberError("--ray-address and --parallel need --executor ray")
    if args.executor == "ray":
        from ember.tuning.ray_executor import INSTALL_HINT, ray_installed

        if not ray_installed():
            raise EmberError(INSTALL_HINT)


def _executor(args: argparse.Namespace) -> ExecutorFactory | None:
    """What runs the candidates (None: the tuner's local worker)."""
    if args.executor == "local":
        return None
    from ember.tuning.ray_executor import RayExecutor

    return functools.partial(RayExecutor, address=args.ray_address, parallel=args.parallel)


def _main(argv: list[str]) -> int:
    from ember.driver import tune_model
    from ember.tuning.tuner import TuneOptions, report_lines

    args = build_parser().parse_args(argv)
    _check(args)
    options = TuneOptions(
        trials=args.trials, time_budget=args.time_budget, repeats=args.repeats, timeout=args.timeout, seed=args.seed
    )
    reports, tuner = tune_model(
        args.model, args.output, target=args.target, threads=args.threads, input_shapes=input_shapes(args.input_shape),
        options=options, progress=not args.no_progress and sys.stderr.isatty(), executor=_executor(args),
    )  # fmt: skip
    print("\n".join(report_lines(reports)))
    print(f"{tuner.measurements} candidates measured now ({len(tuner.log.records)} records in {args.output})")
    return 0


def main() -> None:
    sys.exit(run_tool(_main))


if __name__ == "__main__":
    main()
