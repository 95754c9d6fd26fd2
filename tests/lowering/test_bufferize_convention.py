"""bufferize: the memref-stage calling convention and buffer management (see lowering/bufferize)."""

from __future__ import annotations

import numpy as np
import pytest
from xdsl.dialects import func, memref
from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.linalg.ops import GenericOp, MatmulOp

from ember.context import make_context
from ember.diagnostics import PassError
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.textual import parse_module

MLP = """
func.func @main(%x: tensor<4x8xf32>) -> (tensor<4x2xf32>, tensor<4x16xf32>) {
  %w1 = graph.constant dense<0.125> : tensor<8x16xf32>
  %w2 = graph.constant dense<-0.25> : tensor<16x2xf32>
  %0 = graph.matmul %x, %w1 : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = graph.relu %0 : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %2 = graph.reshape %1 {shape = array<i64: 64>} : (tensor<4x16xf32>) -> tensor<64xf32>
  %3 = graph.reshape %2 {shape = array<i64: 4, 16>} : (tensor<64xf32>) -> tensor<4x16xf32>
  %4 = graph.matmul %3, %w2 : (tensor<4x16xf32>, tensor<16x2xf32>) -> tensor<4x2xf32>
  func.return %4, %1 : tensor<4x2xf32>, tensor<4x16xf32>
}
"""


def lowered(text: str, spec: str = "convert-graph-to-linalg,bufferize") -> ModuleOp:
    ctx = make_context()
    module, _ = parse_module(ctx, text)
    build_pipeline(spec).apply(ctx, module)
    module.verify()
    return module


def main_of(module: ModuleOp) -> func.FuncOp:
    return next(op for op in module.ops if isinstance(op, func.FuncOp))


def test_outputs_are_trailing_arguments_and_the_function_returns_nothing() -> None:
    fn = main_of(lowered(MLP))
    types = list(fn.function_type.inputs.data)
    assert [str(t) for t in types] == ["memref<4x8xf32>", "memref<4x2xf32>", "memref<4x16xf32>"]
    assert not fn.function_type.outputs.data
    assert fn.attributes["ember.num_outputs"].value.data == 2  # type: ignore[attr-defined]
    assert isinstance(fn.body.block.last_op, func.ReturnOp) and not fn.body.block.last_op.operands


def test_constants_become_private_constant_globals() -> None:
    module = lowered(MLP)
    globals_ = [op for op in module.ops if isinstance(op, memref.GlobalOp)]
    assert len(globals_) == 2
    assert all(g.constant is not None and g.sym_visibility.data == "private" for g in globals_)
    gets = [op for op in module.walk() if isinstance(op, memref.GetGlobalOp)]
    assert {g.name_.string_value() for g in gets} == {g.sym_name.data for g in globals_}


def test_every_alloc_is_deallocated_after_its_last_use_and_outputs_never() -> None:
    fn = main_of(lowered(MLP))
    ops = list(fn.body.block.ops)
    allocs = [op for op in ops if isinstance(op, memref.AllocOp)]
    deallocs = {op.memref: ops.index(op) for op in ops if isinstance(op, memref.DeallocOp)}
    assert allocs and set(deallocs) == {a.memref for a in allocs}
    for alloc in allocs:
        uses = [ops.index(o) for o in ops if any(v is alloc.memref or (v.owner in ops and _views(v, alloc.memref)) for v in o.operands) and not isinstance(o, memref.DeallocOp)]
        assert max(uses) < deallocs[alloc.memref]
    out_args = set(fn.body.block.args[1:])
    assert not any(isinstance(op, memref.DeallocOp) and op.memref in out_args for op in ops)


def _views(value, root) -> bool:  # noqa: ANN001
    owner = value.owner
    while isinstance(owner, memref.CollapseShapeOp | memref.ExpandShapeOp):
        if owner.src is root:
            return True
        owner = owner.src.owner
    return False


def test_results_computed_in_place_need_no_copy() -> None:
    fn = main_of(lowered(MLP))
    out0, out1 = fn.body.block.args[1:]
    writers = [op for op in fn.body.block.ops if isinstance(op, GenericOp | MatmulOp)]
    assert any(out0 in op.outputs for op in writers)
    assert any(out1 in op.outputs for op in writers)


def test_memref_stage_runs_like_the_graph_stage() -> None:
    x = np.random.default_rng(1).standard_normal((4, 8)).astype(np.float32)
    ctx = make_context()
    graph_module, _ = parse_module(ctx, MLP)
    want = run_stage(graph_module, [x])
    got = run_stage(lowered(MLP), [x])
    for g, w in zip(got, want, strict=True):
        # matmuls: summation order differs between stages and CPUs (AVX2 / AVX-512)
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-5 * float(np.abs(w).max()))


def test_value_returned_twice_and_inputs_returned_are_copied() -> None:
    text = """
func.func @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
  %0 = graph.neg %x : (tensor<3xf32>) -> tensor<3xf32>
  func.return %0, %0, %x : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
}
"""
    x = np.arange(3, dtype=np.float32)
    a, b, c = run_stage(lowered(text), [x])
    np.testing.assert_array_equal(a, -x)
    np.testing.assert_array_equal(b, -x)
    np.testing.assert_array_equal(c, x)


def test_unknown_tensor_op_is_a_named_error() -> None:
    text = """
func.func @main(%x: tensor<3xf32>) -> tensor<6xf32> {
  %0 = tensor.concat dim(0) %x, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<6xf32>
  func.return %0 : tensor<6xf32>
}
"""
    with pytest.raises(PassError, match="bufferize: cannot bufferize this op on 'tensor.concat'"):
        lowered(text, "bufferize")
