"""The shared type converter of the convert-*-to-llvm passes."""

from __future__ import annotations

import pytest
from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    IndexType,
    MemRefType,
    StridedLayoutAttr,
    TensorType,
    VectorType,
    f32,
    i1,
    i8,
    i64,
)

from ember.lowering.to_llvm.type_converter import (
    PTR,
    contiguous_strides,
    convert_type,
    element_byte_width,
    intrinsic_suffix,
    memref_layout,
)


def test_scalars_and_index():
    assert convert_type(f32) == f32
    assert convert_type(i1) == i1
    assert convert_type(IndexType()) == i64
    assert convert_type(VectorType(f32, [16])) == VectorType(f32, [16])


def test_static_memrefs_are_bare_pointers():
    assert convert_type(MemRefType(f32, [2, 3])) == PTR
    assert isinstance(PTR, llvm.LLVMPointerType)
    assert memref_layout(MemRefType(f32, [2, 3, 4])) == ((12, 4, 1), 0)
    strided = MemRefType(f32, [2, 8], StridedLayoutAttr([8, 1], 16))
    assert memref_layout(strided) == ((8, 1), 16)
    assert convert_type(strided) == PTR


@pytest.mark.parametrize(
    "t",
    [MemRefType(f32, [3, DYNAMIC_INDEX]), MemRefType(f32, [2, 8], StridedLayoutAttr([None, 1], 0)), TensorType(f32, [2])],
    ids=["inner-run-time-size", "dynamic-stride", "tensor"],
)
def test_unsupported_types(t):
    assert convert_type(t) is None


def test_a_run_time_leading_size_keeps_static_strides():
    """A batch known at run time changes no stride: the bare pointer still addresses it."""
    t = MemRefType(f32, [DYNAMIC_INDEX, 3, 4])
    assert convert_type(t) == llvm.LLVMPointerType()
    assert memref_layout(t) == ((12, 4, 1), 0)


def test_helpers():
    assert contiguous_strides([2, 3, 4]) == (12, 4, 1)
    assert contiguous_strides([]) == ()
    assert element_byte_width(i1) == 1 and element_byte_width(i8) == 1 and element_byte_width(IndexType()) == 8
    assert intrinsic_suffix(VectorType(f32, [16])) == "v16f32"
    assert intrinsic_suffix(i64) == "i64"


def test_identity_affine_map_layout():
    from xdsl.dialects.builtin import AffineMapAttr
    from xdsl.ir.affine import AffineMap

    t = MemRefType(f32, [2, 3], AffineMapAttr(AffineMap.identity(2)))
    assert memref_layout(t) == ((3, 1), 0)
    transposed = MemRefType(f32, [2, 3], AffineMapAttr(AffineMap.from_callable(lambda i, j: (j, i))))
    assert convert_type(transposed) is None
