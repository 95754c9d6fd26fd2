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
