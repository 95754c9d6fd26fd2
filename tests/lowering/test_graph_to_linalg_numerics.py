"""convert-graph-to-linalg, bufferize and convert-linalg-to-loops checked op by op, numerically.

Every semantic case of the graph dialect's own test-suite (``tests/dialects/test_graph_semantics``:
one op, its inputs and properties, across every op of ``graph.ALL_OPS``) becomes a one-op
function; the stage interpreter (`ember.runtime.interpret.run_stage`) runs it at the graph stage
(numpy semantics), after ``convert-graph-to-linalg`` (tensor stage), after ``bufferize`` (memref
stage) and, for the small cases, after ``convert-linalg-to-loops`` (loop stage). Each stage must
reproduce the graph-stage outputs. A further test feeds every stage of every case to upstream
``mlir-opt-22`` (skipped when it is not installed).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Region

from ember.context import make_context
from ember.dialects import graph
from ember.lowering.graph_to_linalg import covered_ops
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.textual import parse_module, print_module


def _load_semantic_cases() -> Any:
    path = Path(__file__).resolve().parents[1] / "dialects" / "test_graph_semantics.py"
    spec = importlib.util.spec_from_file_location("ember_graph_semantic_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SEM = _load_semantic_cases()
CASES = SEM.CASES
LOOP_STAGE_MAX_POINTS = 4000
"""Cases whose largest tensor has more elements than this skip the (scalar) loop-stage run."""


def one_op_module(case: Any, name: str = "main") -> ModuleOp:
    """``func @name(inputs) { op; return results }`` for one semantic case."""
    arg_types = [graph.tensor(a.shape, graph.element_type(a.dtype)) for a in case.inputs]
    block = Block(arg_types=arg_types)
    op = case.op.make(list(block.args), {k: SEM.to_prop(v) for k, v in case.props.items()})
    block.add_op(op)
    block.add_op(func.ReturnOp(*op.results))
    fn = func.FuncOp(name, (arg_types, [r.type for r in op.results]), Region(block))
    return ModuleOp([fn])


def lower(module: ModuleOp, spec: str) -> ModuleOp:
    """Run a pipeline on a copy that went through text (each stage must re-parse)."""
    ctx = make_context()
    copy, _ = parse_module(ctx, print_module(module, ctx=ctx), "case")
    build_pipeline(spec).apply(ctx, copy)
    reparsed, _ = parse_module(ctx, print_module(copy, ctx=ctx), "stage")
    reparsed.verify()
    return reparsed


def assert_same(got: list[np.ndarray], want: list[np.ndarray], tol: float) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        if g.dtype != w.dtype and g.dtype.kind in "iu" and w.dtype.kind in "iu" and g.dtype.itemsize == w.dtype.itemsize:
            g = g.view(w.dtype)  # graph ui8 is signless i8 storage from the tensor stage on
        assert g.shape == w.shape and g.dtype == w.dtype, (g.shape, g.dtype, w.shape, w.dtype)
        if np.issubdtype(w.dtype, np.floating):
            np.testing.assert_allclose(g, w, rtol=max(tol, 1e-5), atol=max(tol, 1e-5))
        else:
            np.testing.assert_array_equal(g, w)


def _largest(case: Any) -> int:
    arrays = [*case.inputs, *one_op_module(case).walk()]
    sizes = [a.size for a in case.inputs]
    for op in arrays:
        if isinstance(op, graph.GraphOp):
            sizes += [int(np.prod(graph.shape_of(r.type))) for r in op.results]
    return max(sizes, default=1)


STAGES = {
    "tensor": "convert-graph-to-linalg",
    "memref": "convert-graph-to-linalg,bufferize",
    "loops": "lower-to-loops",
}


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_stage_matches_graph_semantics(case: Any, stage: str) -> None:
    module = one_op_module(case)
    if stage == "loops" and _largest(case) > LOOP_STAGE_MAX_POINTS:
        pytest.skip("too large for the scalar loop-stage interpreter")
    want = run_stage(module, list(case.inputs))
    got = run_stage(lower(module, STAGES[stage]), list(case.inputs))
    assert_same(got, want, case.tol)


def test_every_graph_op_is_lowered_and_tested() -> None:
    assert set(graph.ALL_OPS) <= covered_ops()
    tested = {c.op for c in CASES}
    assert set(graph.ALL_OPS) <= tested


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("mlir-opt-22") is None, reason="mlir-opt-22 (mlir-22-tools) is not installed")
@pytest.mark.parametrize("stage", ["convert-graph-to-linalg", "convert-graph-to-linalg,bufferize", "lower-to-loops",
                                   "lower-to-loops,convert-scf-to-cf"])  # fmt: skip
def test_every_stage_is_accepted_by_upstream_mlir(stage: str) -> None:
    """All cases, as functions of one module per stage, parse and verify in mlir-opt-22."""
    ctx = make_context()
    texts = []
    for index, case in enumerate(CASES):
        module = one_op_module(case, f"case_{index}")
        build_pipeline(stage).apply(ctx, module)
        texts.append(print_module(module, ctx=ctx))
    for index, text in enumerate(texts):
        done = subprocess.run(["mlir-opt-22", "-"], input=text, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{CASES[index].id}: {done.stderr[:2000]}"
