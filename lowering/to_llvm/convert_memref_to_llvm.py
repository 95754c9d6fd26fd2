"""``convert-memref-to-llvm``: memref ops to pointer arithmetic (loop stage -> llvm stage).

ember uses MLIR's *bare-pointer* convention: every memref has static strides and a static
(identity or strided) layout, so a memref value is just ``!llvm.ptr`` to its base element and
every address is ``base + offset + sum(index_k * stride_k)`` with constant strides (a run-time
size is allowed only as the leading dim, which changes no stride: ``memref-flatten-dynamic``
makes every other run-time-sized buffer 1-D first)::

    memref.load %m[%i, %j] : memref<4x8xf32>
      ==>  %o = llvm.add(llvm.mul(%i, 8), %j)
           %p = llvm.getelementptr inbounds %m[%o] : (!llvm.ptr, i64) -> !llvm.ptr, f32
           %v = llvm.load %p : !llvm.ptr -> f32

- ``memref.alloc`` calls ``aligned_alloc(64, bytes)`` (bytes computed at run time from the
  size operand of a leading run-time dim), ``memref.dealloc`` calls ``free``;
  ``memref.alloca`` is ``llvm.alloca``.
- ``memref.global`` becomes ``llvm.mlir.global`` over a flat array (its ``dense`` or
  ``dense_resource`` initializer kept, re-shaped to 1-d); ``memref.get_global`` is
  ``llvm.mlir.addressof``. The code generator binds large initializers as buffers instead of
  spelling them out in LLVM IR (see ``ember.runtime.codegen``).
- Views that keep the base pointer (``cast``, ``collapse_shape``, ``expand_shape``, static
  ``subview``) are the same pointer; the offset and strides live in the result type.
- ``memref.view`` (a typed view of an ``i8`` buffer at a byte shift, what ``plan-memory``
  makes of an alloc) is a byte GEP of the buffer's pointer.
- ``memref.copy`` is ``llvm.memcpy``; ``memref.dim`` of a static size is a constant.

Pre-condition: static strides and layouts (run-time sizes only leading, no ``memref.dim`` of
one left). Post-condition: no memref op or type remains.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod

from xdsl.context import Context
from xdsl.dialects import llvm, memref
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    IntAttr,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    StridedLayoutAttr,
    TensorType,
    UnitAttr,
    i1,
    i8,
    i64,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter

from ember.diagnostics import LegalizationError, pass_failure
from ember.lowering.to_llvm.addresses import element_address, llvm_element_type, offset_address
from ember.lowering.to_llvm.type_converter import (
    PTR,
    OpConversion,
    add_i64,
    apply_table,
    call_intrinsic,
    check_no_ops_of,
    contiguous_strides,
    declare_function,
    element_byte_width,
    i64_constant,
    load,
    memref_layout,
    memref_num_elements,
    mul_i64,
    single,
    store,
)
from ember.registry import register_pass

PASS = "convert-memref-to-llvm"
ALIGNMENT = 64
"""Byte alignment of heap buffers and globals (a cache line, one zmm register)."""

Lowered = tuple[list[Operation], list[SSAValue]]


def _memref_type(op: Operation, value: SSAValue) -> MemRefType:
    t = value.type
    if not isinstance(t, MemRefType) or memref_layout(t) is None:
        raise LegalizationError(
            str(pass_failure(PASS, op, f"expected a statically shaped memref, got {t}"))
        )
    return t


def _load(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.load`` -> address + ``llvm.load``."""
    assert isinstance(op, memref.LoadOp)
    ops, (address,) = element_address(op, _memref_type(op, op.memref), args[0], args[1:])
    loaded = load(address, types[0])
    return [*ops, loaded], [loaded.results[0]]


def _store(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.store`` -> address + ``llvm.store``."""
    assert isinstance(op, memref.StoreOp)
    ops, (address,) = element_address(op, _memref_type(op, op.memref), args[1], args[2:])
    return [*ops, store(args[0], address)], []


def _byte_size(op: Operation, t: MemRefType) -> int:
    layout = memref_layout(t)
    assert layout is not None
    strides, offset = layout
    extent = offset + sum((d - 1) * s for d, s in zip(t.get_shape(), strides, strict=True)) + 1
    return max(1, extent) * element_byte_width(t.element_type)


def _static_only(op: Operation, args: list[SSAValue]) -> MemRefType:
    if args:
        raise LegalizationError(
            str(
                pass_failure(
                    PASS, op, "dynamic sizes are not supported", "ember needs static shapes"
                )
            )
        )
    return _memref_type(op, op.results[0])


def _alloc(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.alloc`` -> ``aligned_alloc(64, bytes rounded up to 64)`` (for a 1-D buffer of
    run-time size, the bytes computed from its size operand)."""
    declare_function(op, "aligned_alloc", [i64, i64], PTR)
    align = i64_constant(ALIGNMENT)
    if len(args) == 1 and _is_leading_dynamic(op.results[0].type):
        ops, nbytes = _run_time_bytes(args[0], op.results[0].type)  # type: ignore[arg-type]
        call = llvm.CallOp("aligned_alloc", align, nbytes, return_type=PTR)
        return [align, *ops, call], [call.results[0]]
    t = _static_only(op, args)
    size = -(-_byte_size(op, t) // ALIGNMENT) * ALIGNMENT
    nbytes_op = i64_constant(size)
    call = llvm.CallOp("aligned_alloc", align, nbytes_op, return_type=PTR)
    return [align, nbytes_op, call], [call.results[0]]


def _is_leading_dynamic(t: Attribute) -> bool:
    """A memref whose only run-time size is the leading one (identity layout)."""
    return isinstance(t, MemRefType) and t.get_shape()[0] < 0 and memref_layout(t) is not None


def _run_time_bytes(count: SSAValue, t: MemRefType) -> tuple[list[Operation], SSAValue]:
    """Bytes of ``count`` leading rows of ``t``, plus `ALIGNMENT` and rounded down to a multiple
    of it (``aligned_alloc`` wants a multiple; never zero)."""
    width = i64_constant(element_byte_width(t.element_type) * prod(t.get_shape()[1:]))
    bytes_ = mul_i64(count, width.results[0])
    pad = i64_constant(ALIGNMENT)
    padded = add_i64(bytes_.results[0], pad.results[0])
    mask = i64_constant(-ALIGNMENT)
    rounded = llvm.AndOp(padded.results[0], mask.results[0])
    return [width, bytes_, pad, padded, mask, rounded], rounded.results[0]


def _alloca(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.alloca`` -> ``llvm.alloca`` of the element type, 64-byte aligned."""
    t = _static_only(op, args)
    count = i64_constant(-(-_byte_size(op, t) // element_byte_width(t.element_type)))
    alloca = llvm.AllocaOp(count, llvm_element_type(t), alignment=ALIGNMENT)
    return [count, alloca], [alloca.results[0]]


def _dealloc(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.dealloc`` -> ``free``."""
    declare_function(op, "free", [PTR], llvm.LLVMVoidType())
    return [llvm.CallOp("free", args[0])], []


def _contiguous_start(op: Operation, t: MemRefType, base: SSAValue) -> Lowered:
    """The address of the first element of a contiguous memref (an error if it has gaps)."""
    layout = memref_layout(t)
    assert layout is not None
    strides, offset = layout
    live = [(d, s) for d, s in zip(t.get_shape(), strides, strict=True) if d != 1]
    if [s for _, s in live] != list(contiguous_strides([d for d, _ in live])):
        raise LegalizationError(
            str(
                pass_failure(
                    PASS,
                    op,
                    f"copy of a non-contiguous memref {t} is not supported",
                    "copy with loops (convert-linalg-to-loops) instead",
                )
            )
        )
    return ([], [base]) if offset == 0 else _offset_address(t, base, offset)


def _offset_address(t: MemRefType, base: SSAValue, offset: int) -> Lowered:
    shift = i64_constant(offset)
    gep = llvm.GEPOp(
        base,
        [llvm.GEP_USE_SSA_VAL],
        llvm_element_type(t),
        ssa_indices=[shift.results[0]],
        inbounds=True,
    )
    return [shift, gep], [gep.results[0]]


def _copy(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.copy`` of contiguous memrefs -> ``llvm.memcpy``."""
    assert isinstance(op, memref.CopyOp)
    source = _memref_type(op, op.source)
    target = _memref_type(op, op.destination)
    src_ops, (src,) = _contiguous_start(op, source, args[0])
    dst_ops, (dst,) = _contiguous_start(op, target, args[1])
    nbytes = i64_constant(memref_num_elements(source) * element_byte_width(source.element_type))
    volatile = llvm.ConstantOp(IntegerAttr(0, i1), i1)
    call = call_intrinsic(
        "llvm.memcpy.p0.p0.i64", [dst, src, nbytes.results[0], volatile.results[0]], None
    )
    return [*src_ops, *dst_ops, nbytes, volatile, call], []


def _same_pointer(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """A view that keeps the base pointer: the result is the operand's pointer (advanced by the
    operand's static offset when the result's offset is a run-time one, which lives in the pointer)."""
    _memref_type(op, op.results[0])
    source = op.operands[0].type
    if _has_run_time_offset(op.results[0].type) and isinstance(source, MemRefType) and not _has_run_time_offset(source):
        offset = memref_layout(source)[1]  # type: ignore[index]
        if offset:
            return _offset_address(source, args[0], offset)
    return [], [args[0]]


def _has_run_time_offset(t: Attribute) -> bool:
    return isinstance(t, MemRefType) and isinstance(t.layout, StridedLayoutAttr) and t.layout.get_offset() is None


def _subview(rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]) -> Lowered:
    """A subview with static offsets keeps the pointer (the offset is in its type); one with
    run-time offsets (a ``linalg-tile`` tile) is ``base + sum(offset_k * stride_k)`` (+ the
    source's static offset), and its type's ``offset: ?`` means "in the pointer"."""
    assert isinstance(op, memref.SubviewOp)
    if not _has_run_time_offset(op.result.type):
        return _same_pointer(rw, op, args, types)
    source = _memref_type(op, op.source)
    _memref_type(op, op.result)
    strides, constant = memref_layout(source)  # type: ignore[misc]
    dynamic = iter(args[1 : 1 + len(op.offsets)])
    terms: list[tuple[SSAValue, int]] = []
    for value, stride in zip(op.static_offsets.get_values(), strides, strict=True):
        if value == DYNAMIC_INDEX:
            terms.append((next(dynamic), stride))
        else:
            constant += value * stride
    return offset_address(op, args[0], tuple(terms), constant, llvm_element_type(source))


def _view(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.view %buf[%shift][sizes]`` -> ``getelementptr i8, %buf, %shift`` (the bare
    pointer carries no sizes: run-time ones are made explicit by memref-flatten-dynamic)."""
    assert isinstance(op, memref.ViewOp)
    _memref_type(op, op.results[0])
    gep = llvm.GEPOp(args[0], [llvm.GEP_USE_SSA_VAL], i8, ssa_indices=[args[1]], inbounds=True)
    return [gep], [gep.results[0]]


def _dim(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.dim`` with a constant index -> the static size."""
    assert isinstance(op, memref.DimOp)
    index_op = op.index.owner
    value = getattr(index_op, "value", None)
    if not isinstance(value, IntegerAttr):
        raise LegalizationError(str(pass_failure(PASS, op, "dimension index must be a constant")))
    size = _memref_type(op, op.source).get_shape()[value.value.data]
    if size < 0:
        raise LegalizationError(str(pass_failure(
            PASS, op, "the size is known only at run time", "memref-flatten-dynamic (end of lower-to-loops) resolves it first")))
    return single(i64_constant(size))


def _get_global(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.get_global @g`` -> ``llvm.mlir.addressof @g``."""
    assert isinstance(op, memref.GetGlobalOp)
    return single(llvm.AddressOfOp(op.name_, PTR))


def flat_initializer(value: Attribute, elem: Attribute, count: int) -> Attribute | None:
    """The initializer re-typed as a 1-d tensor of ``count`` elements (data untouched)."""
    flat = TensorType(elem, [count])
    if isinstance(value, DenseIntOrFPElementsAttr):
        return DenseIntOrFPElementsAttr(flat, value.data)
    if isinstance(value, DenseResourceAttr):
        return DenseResourceAttr(value.resource_handle, flat)
    return None


def _global(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``memref.global`` -> ``llvm.mlir.global`` over ``!llvm.array<N x elem>``."""
    assert isinstance(op, memref.GlobalOp)
    t = op.type
    if not isinstance(t, MemRefType) or memref_layout(t) is None:
        raise LegalizationError(
            str(pass_failure(PASS, op, f"expected a static memref type, got {t}"))
        )
    elem = llvm_element_type(t)
    count = max(1, memref_num_elements(t))
    visibility = op.sym_visibility.data if op.sym_visibility is not None else "public"
    initial = op.initial_value
    value = (
        None  # (an empty tensor's global: one zero element, never read)
        if initial is None or isinstance(initial, UnitAttr) or memref_num_elements(t) == 0
        else flat_initializer(initial, elem, count)
    )
    new = llvm.GlobalOp(
        llvm.LLVMArrayType(IntAttr(count), elem),
        op.sym_name,
        "private" if visibility == "private" else "external",
        constant=True if op.constant is not None else None,
        value=value,
        alignment=ALIGNMENT,
    )
    return [new], []


def memref_to_llvm_patterns() -> list[OpConversion]:
    """Every memref op ember lowers, one row each."""
    return [
        OpConversion(memref.LoadOp, _load),
        OpConversion(memref.StoreOp, _store),
        OpConversion(memref.AllocOp, _alloc),
        OpConversion(memref.AllocaOp, _alloca),
        OpConversion(memref.DeallocOp, _dealloc),
        OpConversion(memref.CopyOp, _copy),
        OpConversion(memref.CastOp, _same_pointer),
        OpConversion(memref.CollapseShapeOp, _same_pointer),
        OpConversion(memref.ExpandShapeOp, _same_pointer),
        OpConversion(memref.SubviewOp, _subview),
        OpConversion(memref.ViewOp, _view),
        OpConversion(memref.DimOp, _dim),
        OpConversion(memref.GetGlobalOp, _get_global),
        OpConversion(memref.GlobalOp, _global),
    ]


@register_pass
@dataclass(frozen=True)
class ConvertMemrefToLlvmPass(ModulePass):
    """Lower memref ops to llvm pointers, GEPs, loads/stores, malloc/free and globals.

    Pre-condition: identity layouts and static strides (bare-pointer convention; run-time sizes
    made explicit by memref-flatten-dynamic). Post-condition: no memref
    op remains; memref-typed values at unconverted boundaries are unrealized casts to !llvm.ptr.
    """

    name = "convert-memref-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        apply_table(PASS, op, memref_to_llvm_patterns())
        check_no_ops_of(PASS, op, "memref")
