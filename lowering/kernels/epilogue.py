"""Kernel epilogues: a fusion group's elementwise generic computed in a kernel's store loop.

MEMREF STAGE -> LOOP STAGE, used by ``linalg-conv-microkernel``. ``graph-fuse`` puts a
convolution and the elementwise ops after it (bias, ReLU, residual ``add``, clip, ...) in one
fusion group and ``linalg-fuse-elementwise`` merges those ops into one ``linalg.generic`` ``E``
that reads the convolution's output buffer ``T``. :func:`find_epilogue` checks that ``E`` can
run where the kernel stores a finished tile:

* ``E`` carries the conv's ``ember.fusion_group``, has only parallel loops, reads ``T`` once
  through the identity map and writes one output of ``T``'s shape through the identity map;
  its body has vector forms (:func:`ember.lowering.vectorize.vectorisable_body`);
* every other operand of ``E`` is an f32 memref (default layout) whose map uses the image dim,
  the channel dim and the two pixel dims only as a flat ``pixel = oh * OW + ow`` in its last two
  indices (a residual of the output's shape, a per-channel bias or scale, a scalar);
* nothing between the conv and ``E`` touches ``E``'s operands or any view of them, and ``T`` has
  no other reader.

The kernel then writes ``E``'s output instead of ``T``, and :meth:`Epilogue.apply` turns each
finished value (a vector along pixels or along channels, or a scalar) into ``E``'s result for
it: the other operands are loaded as vectors where they run along the same dim, broadcast where
they do not depend on it, and gathered lane by lane otherwise; the body is cloned on those
values. ``E``, ``T`` and its alloc/dealloc disappear: one loop nest and one buffer fewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from xdsl.dialects import memref
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    Float32Type,
    IntegerAttr,
    MemRefType,
    NoneAttr,
    VectorType,
    f32,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Operation, SSAValue
from xdsl.ir.affine import AffineConstantExpr, AffineDimExpr, AffineMap

from ember.dialects.graph.base import fusion_group
from ember.lowering.kernels.builder import Builder, Index
from ember.lowering.memref_views import aliases, root, top_level
from ember.lowering.vectorize import vector_form, vectorisable_body

Along = Literal["pixels", "channels"]
"""The dim the lanes of a value run along (a scalar has one lane)."""



@dataclass(frozen=True)
class FlatOperand:
    """An epilogue input read at ``n * image + c * channel + p * pixel`` of its 1-D view."""

    value: SSAValue
    image: int
    channel: int
    pixel: int

    def offset(self, b: Builder, n: Index, c: Index, p: Index) -> Index:
        return b.add(b.add(b.mul(n, self.image), b.mul(c, self.channel)), b.mul(p, self.pixel))


def _strides(shape: Sequence[int]) -> list[int]:
    strides, step = [], 1
    for extent in reversed(shape):
        strides.append(step)
        step *= extent
    return strides[::-1]


Groups = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
"""Which loop dims of the epilogue make the kernel's image, channel (row) and pixel (column)
index: ``((0,), (1,), (2, 3))`` for an NCHW conv output (pixel = ``oh * OW + ow``),
``((), (0, ..., r-2), (r-1,))`` for a (batched, row-collapsed) matmul output."""

CONV_GROUPS: Groups = ((0,), (1,), (2, 3))


def matmul_groups(rank: int) -> Groups:
    """The :data:`Groups` of a rank-``rank`` matmul output viewed as ``[rows, columns]``."""
    return ((), tuple(range(rank - 1)), (rank - 1,))


def flat_operand(value: SSAValue, m: AffineMap, out_shape: Sequence[int], groups: Groups = CONV_GROUPS) -> FlatOperand | None:
    """How the epilogue's loops read ``value`` through ``m`` as a flat offset, linear in each
    group's flattened index; None when ``value`` is not a plain f32 memref or is read otherwise
    (a dim of a group without the dims after it, a broadcast inside a group, ...)."""
    t = value.type
    if not isinstance(t, MemRefType) or not isinstance(t.element_type, Float32Type) or not isinstance(t.layout, NoneAttr):
        return None
    if DYNAMIC_INDEX in t.get_shape():
        return _run_time_flat_operand(value, m, out_shape, groups)
    shape, strides = t.get_shape(), _strides(t.get_shape())
    coefficient = dict.fromkeys(range(len(out_shape)), 0)
    for extent, stride, e in zip(shape, strides, m.results, strict=True):
        if isinstance(e, AffineConstantExpr) and e.value == 0:
            continue
        if not isinstance(e, AffineDimExpr) or coefficient[e.position] or extent != out_shape[e.position]:
            return None
        coefficient[e.position] = stride
    steps = [_group_step(coefficient, out_shape, dims) for dims in groups]
    if any(step is None for step in steps):
        return None
    return FlatOperand(value, *steps)  # type: ignore[arg-type]


def _run_time_flat_operand(value: SSAValue, m: AffineMap, out_shape: Sequence[int], groups: Groups) -> FlatOperand | None:
    """An operand with run-time sizes (a residual of a dynamic batch): only one of the output's
    own type read through the identity map, whose group steps (each group's last dim's stride)
    do not depend on a run-time size."""
    if value.type != MemRefType(f32, out_shape) or not _identity(m):
        return None
    strides: list[int | None] = []
    step: int | None = 1
    for extent in reversed(out_shape):
        strides.append(step)
        step = None if step is None or extent == DYNAMIC_INDEX else step * extent
    strides.reverse()
    steps = [strides[dims[-1]] if dims else 0 for dims in groups]
    return None if None in steps else FlatOperand(value, *steps)  # type: ignore[arg-type]


def _group_step(coefficient: dict[int, int], out_shape: Sequence[int], dims: tuple[int, ...]) -> int | None:
    """The offset step per unit of the group's flattened index, when the offset is linear in it."""
    if not dims:
        return 0
    step = coefficient[dims[-1]]
    scale = 1
    for d in reversed(dims):
        if coefficient[d] != step * scale:
            return None
        scale *= out_shape[d]
    return step


@dataclass
class Epilogue:
    """The elementwise generic ``op`` applied to a kernel's finished values (module docstring):
    ``op`` reads the kernel's result as input ``source``; ``out`` is where results go."""

    op: linalg.GenericOp
    source: int
    others: dict[int, FlatOperand]
    out: SSAValue

    def apply(self, b: Builder, value: SSAValue, n: Index, c: Index, p: Index, along: Along) -> SSAValue:
        """``op``'s body on ``value`` (the kernel's result at image ``n``, channel ``c``, flat
        pixel ``p``, its lanes along ``along``), the other inputs read at the same points."""
        lanes = value.type.get_shape()[0] if isinstance(value.type, VectorType) else 0
        block = self.op.body.block
        mapping: dict[SSAValue, SSAValue] = {block.args[self.source]: value}
        for index, operand in self.others.items():
            if block.args[index].uses:
                mapping[block.args[index]] = self._read(b, operand, (n, c, p), lanes, along)
        for inner in block.ops:
            if isinstance(inner, linalg.YieldOp):
                return mapping[inner.operands[0]]
            mapping.update(zip(inner.results, _clone(b, inner, mapping, lanes).results, strict=True))
        raise AssertionError("a linalg.generic body ends with linalg.yield")

    @staticmethod
    def _read(b: Builder, operand: FlatOperand, at: tuple[Index, Index, Index], lanes: int, along: Along) -> SSAValue:
        offset = operand.offset(b, *at)
        if lanes == 0:
            return b.load(operand.value, [offset])
        step = operand.pixel if along == "pixels" else operand.channel
        if step == 1:
            return b.vload(operand.value, [offset], lanes)
        if step == 0:
            return b.splat(b.load(operand.value, [offset]), lanes)
        acc = b.splat(b.f32(0.0), lanes)
        for lane in range(lanes):
            element = b.load(operand.value, [b.add(offset, lane * step)])
            acc = b.insert(element, acc, lane)
        return acc


def _clone(b: Builder, op: Operation, mapping: dict[SSAValue, SSAValue], lanes: int) -> Operation:
    """``op`` on the mapped values: as is for scalars, its vector form otherwise."""
    if lanes == 0:
        return b.op(op.clone(value_mapper=mapping))
    return [b.op(o) for o in vector_form(op, [mapping[v] for v in op.operands], lanes)][-1]


# ---- finding the epilogue of a kernel ---------------------------------------------------------


def _touched_between(first: Operation, last: Operation, values: set[SSAValue]) -> bool:
    """Whether an op strictly between ``first`` and ``last`` (or inside one) uses ``values``."""
    op = first.next_op
    while op is not None and op is not last:
        if any(v in values for inner in op.walk() for v in inner.operands):
            return True
        op = op.next_op
    return op is None


def _epilogue_op(kernel: Operation, result: SSAValue) -> linalg.GenericOp | None:
    group = fusion_group(kernel)
    readers = [u.operation for u in result.uses if u.operation is not kernel and not isinstance(u.operation, memref.DeallocOp)]
    generics = [r for r in readers if isinstance(r, linalg.GenericOp) and fusion_group(r) == group]
    if group is None or len(generics) != 1:
        return None
    op = generics[0]
    others = [r for r in readers if r is not op]
    if any(not (isinstance(r, linalg.GenericOp) and list(r.outputs) == [result]) for r in others):
        return None  # only the kernel's own initialisation may write the buffer as well
    return op


def _identity(m: AffineMap) -> bool:
    return m == AffineMap.identity(m.num_dims)


def find_epilogue(kernel: Operation, result: SSAValue, groups: Groups = CONV_GROUPS) -> Epilogue | None:
    """The fused epilogue of ``kernel``, whose output is ``result`` (an NCHW conv output, or
    with other ``groups`` a matmul's; module docstring)."""
    op = _epilogue_op(kernel, result)
    if op is None or len(op.outputs) != 1 or op.results or not vectorisable_body(op):
        return None
    maps = [m.data for m in op.indexing_maps.data]
    inputs = list(op.inputs)
    shape = result.type.get_shape()  # type: ignore[attr-defined]
    out = op.outputs[0]
    if inputs.count(result) != 1 or any(str(it.data) != "parallel" for it in op.iterator_types.data):
        return None
    source = inputs.index(result)
    rank = sum(len(dims) for dims in groups)
    if not _identity(maps[source]) or not _identity(maps[-1]) or out.type != result.type or len(shape) != rank:
        return None
    others: dict[int, FlatOperand] = {}
    for index, value in enumerate(inputs):
        if index != source:
            flat = flat_operand(value, maps[index], shape, groups)
            if flat is None:
                return None
            others[index] = flat
    touched = {alias for v in (*inputs, out) if v is not result for alias in aliases(root(v))}
    if _touched_between(kernel, op, touched) or not _sizes_ready(out, kernel):
        return None
    return Epilogue(op, source, others, out)


def _sizes_ready(out: SSAValue, kernel: Operation) -> bool:
    """Whether the run-time sizes of ``out``'s alloc (moved before ``kernel`` when fused) are
    defined before ``kernel``."""
    alloc = out.owner
    if not isinstance(alloc, memref.AllocOp) or not alloc.dynamic_sizes:
        return True
    block = kernel.parent_block()
    for size in alloc.dynamic_sizes:
        owner = size.owner
        if isinstance(owner, Operation) and (owner.parent_block() is not block or not owner.is_before_in_block(kernel)):
            return False
    return True


def flatten_operands(b: Builder, epilogue: Epilogue) -> Epilogue:
    """The epilogue reading 1-D views of its other operands (built with ``b``, before the
    kernel); the allocation of its output moves there too (bufferization put it just before the
    generic, after the kernel that now writes it)."""
    alloc = epilogue.out.owner
    if isinstance(alloc, memref.AllocOp) and alloc.parent_block() is b.block:
        alloc.detach()
        b.op(alloc)
    others = {}
    for index, operand in epilogue.others.items():
        shape = operand.value.type.get_shape()  # type: ignore[attr-defined]
        total = 1
        for extent in shape:
            total *= extent
        total = DYNAMIC_INDEX if DYNAMIC_INDEX in shape else total
        reassociation = ArrayAttr([ArrayAttr([IntegerAttr(d, i64) for d in range(len(shape))])])
        view = operand.value
        if len(shape) != 1:
            collapse = memref.CollapseShapeOp.build(
                operands=[view], result_types=[MemRefType(f32, [total])], properties={"reassociation": reassociation}
            )
            view = b.op(collapse).results[0]
        others[index] = FlatOperand(view, operand.image, operand.channel, operand.pixel)
    return Epilogue(epilogue.op, epilogue.source, others, epilogue.out)


def _dead_after(value: SSAValue, op: Operation) -> bool:
    """Whether nothing after ``op`` in its block (nor ``op``'s kernel before it) uses ``value``
    or a view of it, apart from deallocating it."""
    block = op.parent_block()
    assert block is not None
    users = {
        top_level(use.operation, block)
        for alias in aliases(value)
        for use in alias.uses
        if not isinstance(use.operation, memref.DeallocOp)
    }
    users.discard(op)
    return not any(op.is_before_in_block(user) for user in users)


def share_residual_candidate(epilogue: Epilogue, kernel: Operation) -> SSAValue | None:
    """The residual :func:`share_residual` may write over: an allocated (not a view, not an
    argument), statically shaped operand of ``E`` of the output's type, read through the
    identity map, unused by the kernel and dead after ``E``; ``E``'s output must be a fresh
    allocation too."""
    op, out = epilogue.op, epilogue.out
    maps = [m.data for m in op.indexing_maps.data]
    if not isinstance(out.owner, memref.AllocOp) or DYNAMIC_INDEX in out.type.get_shape():  # type: ignore[attr-defined]
        return None
    used_by_kernel = {v for inner in kernel.walk() for v in inner.operands}
    for index in epilogue.others:
        value = op.inputs[index]
        if value.type != out.type or not isinstance(value.owner, memref.AllocOp) or not _identity(maps[index]):
            continue
        if value.owner.parent_block() is kernel.parent_block() and not any(a in used_by_kernel for a in aliases(value)):
            if _dead_after(value, op):
                return value
    return None


def share_residual(epilogue: Epilogue, kernel: Operation) -> Epilogue:
    """``epilogue`` writing over its residual operand when :func:`share_residual_candidate` finds one (module
    docstring, *In place*): ``E``'s output buffer is replaced by the residual's (whose dealloc
    goes; the output's, later, now frees it). The caller guarantees that its kernel writes each
    output element once, after reading the epilogue's operands there. Call it after
    :func:`flatten_operands` (which moves the output's allocation, not the residual's)."""
    residual = share_residual_candidate(epilogue, kernel)
    if residual is None:
        return epilogue
    for use in list(residual.uses):
        if isinstance(use.operation, memref.DeallocOp):
            use.operation.detach()
            use.operation.erase()
    alloc = epilogue.out.owner
    epilogue.out.replace_all_uses_with(residual)
    assert isinstance(alloc, Operation)
    alloc.detach()
    alloc.erase()
    return replace(epilogue, out=residual)


def prepare_epilogue(kernel: Operation, result: SSAValue, groups: Groups) -> Epilogue | None:
    """:func:`find_epilogue` then :func:`flatten_operands` before ``kernel``."""
    from ember.lowering.kernels.builder import Builder

    found = find_epilogue(kernel, result, groups)
    return None if found is None else flatten_operands(Builder.before(kernel), found)


def remove_fused(epilogue: Epilogue, result: SSAValue) -> None:
    """Erase the fused generic and, when nothing else uses it, the kernel's old output buffer."""
    epilogue.op.detach()
    epilogue.op.erase()
    if isinstance(result.owner, memref.AllocOp) and all(isinstance(u.operation, memref.DeallocOp) for u in result.uses):
        for use in list(result.uses):
            use.operation.detach()
            use.operation.erase()
        result.owner.detach()
        result.owner.erase()
