"""Constant blobs: numpy <-> dense_resource held as bytes, printed and parsed as MLIR's hex."""

from __future__ import annotations

import numpy as np
from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, DenseResourceAttr, ModuleOp

from ember.context import make_context
from ember.dialects.graph.resources import (
    dense_elements,
    dense_to_numpy,
    dense_view,
    resource_from_numpy,
)
from ember.textual import parse_module, print_module


def _module_with(attr: DenseResourceAttr) -> ModuleOp:
    from xdsl.dialects import arith, func
    from xdsl.ir import Block, Region

    block = Block()
    constant = arith.ConstantOp(attr, attr.get_type())
    block.add_ops([constant, func.ReturnOp(constant.result)])
    return ModuleOp([func.FuncOp("main", ((), (attr.get_type(),)), Region(block))])


def test_blob_prints_as_mlir_hex_and_parses_back() -> None:
    array = np.arange(6, dtype=np.float32).reshape(2, 3) - 2.5
    attr = resource_from_numpy(array, "w")
    text = print_module(_module_with(attr), ctx=make_context())
    expected = "0x40000000" + array.astype("<f4").tobytes().hex().upper()
    assert expected in text  # MLIR's blob: 4-byte alignment header (64), little-endian data
    module, _ = parse_module(make_context(), text, "<blob>")
    parsed = next(op for op in module.walk() if op.name == "arith.constant").value
    assert isinstance(parsed, DenseResourceAttr)
    np.testing.assert_array_equal(dense_to_numpy(parsed), array)


def test_copies_are_owned_views_are_read_only() -> None:
    array = np.arange(12, dtype=np.int64).reshape(3, 4)
    attr = resource_from_numpy(array, "v")
    copy = dense_to_numpy(attr)
    copy[0, 0] = 99  # the caller's copy: the blob is unchanged
    np.testing.assert_array_equal(dense_to_numpy(attr), array)
    view = dense_view(attr)
    assert not view.flags.writeable
    np.testing.assert_array_equal(view, array)


def test_dense_elements_keeps_the_data() -> None:
    for array in (np.linspace(-1, 1, 10, dtype=np.float32).reshape(2, 5), np.array([True, False, True])):
        dense = dense_elements(resource_from_numpy(array, "d"))
        assert isinstance(dense, DenseIntOrFPElementsAttr)
        np.testing.assert_array_equal(dense_to_numpy(dense), array)


def test_blobs_declared_in_a_scope_are_released_and_others_kept() -> None:
    """``released_blobs`` forgets what it declared (also parsed blobs) and nothing else; the
    arrays read from a blob stay valid."""
    from ember.dialects.graph.resources import _blobs, released_blobs

    outside = resource_from_numpy(np.ones(4, np.float32), "kept")
    with released_blobs():
        inside = resource_from_numpy(np.arange(4, dtype=np.float32), "scoped")
        held = dense_view(inside)
        text = print_module(_module_with(inside), ctx=make_context())
        parsed, _ = parse_module(make_context(), text, "<blob>")
        parsed_key = next(op for op in parsed.walk() if op.name == "arith.constant").value.resource_handle.data
        assert parsed_key in _blobs()
    assert inside.resource_handle.data not in _blobs() and parsed_key not in _blobs()
    np.testing.assert_array_equal(dense_to_numpy(outside), np.ones(4, np.float32))
    np.testing.assert_array_equal(held, np.arange(4, dtype=np.float32))


def test_a_compile_leaves_the_blob_storage_as_it_found_it() -> None:
    """Compiling a model with weights (large enough for blobs) twice neither keeps the weights
    nor the constants its passes fold, and both executables compute the model."""
    from onnx import TensorProto, helper, numpy_helper

    import ember
    from ember.dialects.graph.resources import _blobs

    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 256)).astype(np.float32)
    b = rng.standard_normal(256).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["m"]), helper.make_node("Add", ["m", "b"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [3, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3, 256])],
        [numpy_helper.from_array(w, "w"), numpy_helper.from_array(b, "b")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    x = rng.standard_normal((3, 64)).astype(np.float32)
    before = set(_blobs())
    exes = [ember.compile(model, cache=False) for _ in range(2)]
    assert set(_blobs()) == before
    for exe in exes:
        np.testing.assert_allclose(exe(x)[0], x @ w + b, rtol=1e-5, atol=1e-5)
