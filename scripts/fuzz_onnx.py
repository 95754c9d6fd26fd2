"""Mutation fuzzing of ember's ONNX frontend with onnx's node test models as seeds.

Each case takes one of onnx's node test models and applies one or two structured mutations
(an attribute's value changed or dropped, a node input renamed, removed or pointed elsewhere, an
op type swapped, a node dropped or duplicated, a graph input's dim or element type changed, the
opset changed) or a byte-level one (bytes flipped, the protobuf truncated). Each mutant runs
through ``ember-import`` (load, checks, import, verify, print) in a worker process, and through
onnxruntime as the oracle. Outcomes:

- ``ok``: ember imports it and onnxruntime accepts it too;
- ``located``: exit 1 with one ``error: ...`` line (naming the file, or the node and its op);
- ``oracle-crash``: onnxruntime itself died on the mutant (a segfault while it loaded or ran
  it); counted, not a failure of ember's;
- failures: ``unlocated`` (exit 1 but not one such line), ``internal`` (an internal compiler
  error or a traceback), ``status`` (another exit status), ``hang`` (past the timeout),
  ``crash`` (the worker died), ``accepted-invalid`` (ember imports what onnxruntime rejects as
  an invalid graph or argument), ``wrong`` (with ``--compile-every N``: every N-th accepted
  mutant is compiled and run on random inputs, and differs from onnxruntime).

``tests/tools/test_fuzz_onnx.py`` runs a fixed-seed batch; for long runs::

    python scripts/fuzz_onnx.py --seed 7 --count 5000 [--compile-every 25] [--keep DIR]

prints the counts and writes every failing mutant to DIR (default: a temporary directory).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing as mp
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import numpy as np
import onnx

ODD_INTS = (0, -1, 1, 2, 3, -7, 99999, 2**31, -(2**63), 2**63 - 1)
ODD_FLOATS = (0.0, -1.0, 1e30, float("nan"), float("inf"), -float("inf"), 1e-45)
OP_TYPES = ("Relu", "Add", "MatMul", "Conv", "Reshape", "Transpose", "Gather", "Softmax", "Concat",
            "Slice", "ReduceSum", "Cast", "Where", "Pad", "Expand", "Split", "Squeeze", "TopK", "Foo")
ELEM_TYPES = (onnx.TensorProto.FLOAT, onnx.TensorProto.INT64, onnx.TensorProto.INT32, onnx.TensorProto.BOOL,
              onnx.TensorProto.FLOAT16, onnx.TensorProto.DOUBLE, onnx.TensorProto.UINT8, onnx.TensorProto.STRING, 0, 99)
ORT_INVALID = ("InvalidGraph", "InvalidArgument", "Fail")
"""onnxruntime's exception types that mean 'this model is invalid' (not 'not implemented')."""
ORT_OWN_LIMITS = ("is not a registered function/op", "Exception during initialization")
"""onnxruntime messages about what it lacks (an op it has no kernel for, a kernel constructor's
own limits such as RNN needing ``hidden_size``), not about the model's validity."""


def seed_models() -> list[bytes]:
    """onnx's node test models (serialized), in a fixed order."""
    from onnx.backend.test.case.node import collect_testcases

    with contextlib.redirect_stderr(io.StringIO()), np.errstate(all="ignore"):
        cases = collect_testcases(None)
    return [case.model.SerializeToString() for case in sorted(cases, key=lambda c: c.name) if case.model is not None]


# ---- mutations -----------------------------------------------------------------------------------


def _mutate_attribute(model: onnx.ModelProto, rng: random.Random) -> None:
    nodes = [n for n in model.graph.node if n.attribute]
    if not nodes:
        return _rename_input(model, rng)
    attribute = rng.choice(rng.choice(nodes).attribute)
    if rng.random() < 0.2:
        attribute.ClearField("i")
        attribute.type = onnx.AttributeProto.UNDEFINED
    elif attribute.type == onnx.AttributeProto.INT:
        attribute.i = rng.choice(ODD_INTS)
    elif attribute.type == onnx.AttributeProto.FLOAT:
        attribute.f = rng.choice(ODD_FLOATS)
    elif attribute.type == onnx.AttributeProto.INTS:
        values = list(attribute.ints) or [0]
        values[rng.randrange(len(values))] = rng.choice(ODD_INTS)
        del attribute.ints[:]
        attribute.ints.extend(values[: rng.randrange(len(values) + 1)] if rng.random() < 0.3 else values)
    elif attribute.type == onnx.AttributeProto.STRING:
        attribute.s = rng.choice([b"", b"bogus", b"NOTSET", b"linear", b"\xff"])
    return None


def _drop_attribute(model: onnx.ModelProto, rng: random.Random) -> None:
    nodes = [n for n in model.graph.node if n.attribute]
    if nodes:
        node = rng.choice(nodes)
        del node.attribute[rng.randrange(len(node.attribute))]


def _rename_input(model: onnx.ModelProto, rng: random.Random) -> None:
    nodes = [n for n in model.graph.node if n.input]
    if not nodes:
        return
    node = rng.choice(nodes)
    names = [i.name for i in model.graph.input] + [o for n in model.graph.node for o in n.output]
    node.input[rng.randrange(len(node.input))] = rng.choice(["", "undefined_value", *names])


def _change_arity(model: onnx.ModelProto, rng: random.Random) -> None:
    node = rng.choice(model.graph.node)
    if node.input and rng.random() < 0.5:
        del node.input[-1]
    else:
        node.input.append(rng.choice([i.name for i in model.graph.input] or ["x"]))


def _swap_op(model: onnx.ModelProto, rng: random.Random) -> None:
    rng.choice(model.graph.node).op_type = rng.choice(OP_TYPES)


def _drop_or_duplicate_node(model: onnx.ModelProto, rng: random.Random) -> None:
    index = rng.randrange(len(model.graph.node))
    if rng.random() < 0.5:
        del model.graph.node[index]
    else:
        model.graph.node.insert(rng.randrange(len(model.graph.node) + 1), model.graph.node[index])


def _change_input_type(model: onnx.ModelProto, rng: random.Random) -> None:
    values = list(model.graph.input) + list(model.graph.output)
    if not values:
        return
    tensor = rng.choice(values).type.tensor_type
    dims = tensor.shape.dim
    if dims and rng.random() < 0.6:
        dim = rng.choice(dims)
        if rng.random() < 0.7:
            dim.dim_value = rng.choice((0, 1, 2, 7, 10**6))
        else:
            dim.dim_param = rng.choice(("n", "", "1bad"))
    else:
        tensor.elem_type = rng.choice(ELEM_TYPES)


def _change_opset(model: onnx.ModelProto, rng: random.Random) -> None:
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            opset.version = rng.choice((1, 6, 7, 11, 13, 17, 21, 30, 99))


STRUCTURED = (_mutate_attribute, _mutate_attribute, _drop_attribute, _rename_input, _change_arity, _swap_op,
              _drop_or_duplicate_node, _change_input_type, _change_input_type, _change_opset)


def _bytes_mutation(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    if rng.random() < 0.3:
        return bytes(raw[: rng.randrange(len(raw))])
    for _ in range(rng.randrange(1, 4)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One or two mutations of a serialized model (one in ten is byte-level)."""
    if rng.random() < 0.1:
        return _bytes_mutation(data, rng)
    model = onnx.ModelProto()
    model.ParseFromString(data)
    for _ in range(rng.randrange(1, 3)):
        if model.graph.node:
            rng.choice(STRUCTURED)(model, rng)
    return model.SerializeToString()


# ---- the worker ----------------------------------------------------------------------------------


def classify(path: Path, compile_it: bool) -> tuple[str, str]:
    """(outcome, message) of ``ember-import`` on ``path``, judged against onnxruntime."""
    from ember.tools.ember_import import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            status = main([str(path)])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
    text = err.getvalue().strip()
    first = text.split("\n", 1)[0]
    if "internal compiler error" in text or "Traceback" in text:
        return "internal", first
    if status not in (0, 1):
        return "status", first
    if status == 1:
        return ("located", first) if first.startswith("error: ") and "\n" not in text else ("unlocated", first)
    rejected = _ort_rejects(path)
    if rejected:
        return "accepted-invalid", rejected
    return _compare(path) if compile_it else ("ok", "")


IN_ORACLE: Any = None
"""A shared flag the worker raises while onnxruntime runs, so that a worker that dies there is an
'oracle-crash' (onnxruntime's own segfault on a mutant), not ember's crash."""


@contextlib.contextmanager
def _in_oracle() -> Iterator[None]:
    if IN_ORACLE is not None:
        IN_ORACLE.value = 1
    try:
        yield
    finally:
        if IN_ORACLE is not None:
            IN_ORACLE.value = 0


def _ort_session(path: Path) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.intra_op_num_threads = 1
    with _in_oracle():
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _ort_rejects(path: Path) -> str:
    """onnxruntime's complaint when it rejects the model as invalid, else ''."""
    try:
        _ort_session(path)
    except Exception as error:  # noqa: BLE001 - onnxruntime raises its own exception types
        if type(error).__name__ in ORT_INVALID and not any(limit in str(error) for limit in ORT_OWN_LIMITS):
            return f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
    return ""


def _compare(path: Path) -> tuple[str, str]:
    """Compile and run on random inputs; 'wrong' when the results differ from onnxruntime's."""
    import ember
    from ember.diagnostics import EmberError

    try:
        session = _ort_session(path)
        feeds = {i.name: _random_input(i) for i in session.get_inputs()}
        with _in_oracle():
            expected = session.run(None, feeds)
    except Exception:  # noqa: BLE001 - what onnxruntime cannot run is not compared
        return "ok", ""
    try:
        exe = ember.compile(str(path), cache=False, progress=False)
        ours = exe(*feeds.values())
    except EmberError as error:
        return "located", f"error: {str(error).splitlines()[0]}"
    for mine, theirs in zip(ours, expected, strict=False):
        if np.asarray(mine).shape != np.asarray(theirs).shape or not np.allclose(
                np.asarray(mine, np.float64), np.asarray(theirs, np.float64), rtol=1e-3, atol=1e-4, equal_nan=True):
            return "wrong", "results differ from onnxruntime"
    return "ok", ""


def _random_input(info: Any) -> np.ndarray:
    kinds = {"tensor(float)": np.float32, "tensor(double)": np.float64, "tensor(int64)": np.int64,
             "tensor(int32)": np.int32, "tensor(bool)": np.bool_, "tensor(float16)": np.float16, "tensor(uint8)": np.uint8}
    dtype = kinds.get(info.type)
    if dtype is None:
        raise TypeError(info.type)
    shape = [d if isinstance(d, int) and d > 0 else 2 for d in info.shape]
    return (np.random.default_rng(0).standard_normal(shape) * 2).astype(dtype)


def worker(conn: Connection, workdir: str, in_oracle: Any) -> None:
    """Classify the models sent over ``conn`` until it closes (``in_oracle``: see `IN_ORACLE`)."""
    import warnings

    global IN_ORACLE
    IN_ORACLE = in_oracle
    warnings.simplefilter("ignore")
    path = Path(workdir) / f"mutant{mp.current_process().pid}.onnx"
    while True:
        try:
            data, compile_it = conn.recv()
        except EOFError:
            return
        path.write_bytes(data)
        conn.send(classify(path, compile_it))


class Worker:
    """One worker process; replaced after a hang or a crash."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.start()

    def start(self) -> None:
        context = mp.get_context("fork")
        self.conn, child = mp.Pipe()
        self.in_oracle = context.Value("i", 0)
        self.proc = context.Process(target=worker, args=(child, str(self.workdir), self.in_oracle), daemon=True)
        self.proc.start()

    def run(self, data: bytes, compile_it: bool, timeout: float) -> tuple[str, str]:
        self.conn.send((data, compile_it))
        deadline = time.monotonic() + timeout
        while not self.conn.poll(0.05):
            if not self.proc.is_alive():
                return self._died()
            if time.monotonic() > deadline:
                self.proc.kill()
                self.proc.join()
                self.start()
                return "hang", f"no answer in {timeout:.0f} s"
        try:
            return self.conn.recv()
        except EOFError:  # (the pipe closed before the process was seen dead)
            return self._died()

    def _died(self) -> tuple[str, str]:
        """The outcome of a worker that died, and a fresh worker."""
        self.proc.join()
        code, oracle = self.proc.exitcode, self.in_oracle.value
        self.start()
        if oracle:
            return "oracle-crash", f"onnxruntime died on the mutant (exit code {code})"
        return "crash", f"worker died (exit code {code})"


def run(seed: int, count: int, workdir: Path, compile_every: int = 0, timeout: float = 60.0,
        progress: bool = False) -> tuple[Counter[str], list[tuple[str, str, bytes]]]:
    """Fuzz ``count`` mutants: the outcome counts and the failures (outcome, message, model)."""
    rng = random.Random(seed)
    seeds = seed_models()
    counts: Counter[str] = Counter()
    failures = []
    runner = Worker(workdir)
    accepted = 0
    for number in range(count):
        data = mutate(rng.choice(seeds), rng)
        compile_it = bool(compile_every) and accepted % compile_every == compile_every - 1
        outcome, message = runner.run(data, compile_it, timeout)
        accepted += outcome == "ok"
        counts[outcome] += 1
        if outcome not in ("ok", "located", "oracle-crash"):
            failures.append((outcome, message, data))
        if progress and number % 100 == 99:
            print(f"{number + 1}: {dict(counts)}", file=sys.stderr, flush=True)
    runner.proc.kill()
    return counts, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--compile-every", type=int, default=0, help="compile and compare every N-th accepted mutant")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per mutant")
    parser.add_argument("--keep", type=Path, default=None, help="directory for failing inputs")
    args = parser.parse_args(argv)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="ember-fuzz-onnx-"))
    keep.mkdir(parents=True, exist_ok=True)
    counts, failures = run(args.seed, args.count, keep, args.compile_every, args.timeout, progress=True)
    print(dict(counts))
    for number, (outcome, message, data) in enumerate(failures):
        (keep / f"failure{number}.onnx").write_bytes(data)
        print(f"{outcome}: {message} ({keep / f'failure{number}.onnx'})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
