"""``linalg-vectorize``: elementwise-style ``linalg.generic`` on f32 memrefs -> vector loops.

MEMREF STAGE -> LOOP STAGE, after the micro-kernel passes and before ``convert-linalg-to-loops``
(which lowers whatever this pass leaves). A generic qualifies when its last loop dim ``L`` is
parallel and every operand either reads ``L`` contiguously (its last index is ``L`` plus an
expression of the other dims) or not at all, all operands are f32 memrefs with the default
layout, and the body is ``arith`` / ``math`` ops that have vector forms (no ``linalg.index``; no
``arith.select``, whose vector-condition form xDSL prints as if the condition were ``i1``).
That covers elementwise chains, broadcasts (bias, scale), and reductions over other dims than the
last (channel windows of LRN, stride-1 pooling, reductions over leading axes).

The nest runs the other dims in order (parallel dims, then reductions, as the scalar lowering
does, so each output element sees its reduction in the same order) and ``L`` innermost in steps
of the target's vector width (``target_of(module).lanes``; the op's ``ember.schedule`` lanes when
it has one): contiguous operands are ``vector.load``-ed, the others loaded once and broadcast,
the body is cloned on ``vector<LANES x T>`` values and the results ``vector.store``-d. The
``L % LANES`` tail runs the same body on ``vector<1 x T>``.

On a target with several cores the outermost loop with more than one iteration (when it is a
parallel dim indexing every output directly, or the vector loop) is an ``scf.parallel`` when
the op has :func:`~ember.lowering.kernels.schedule.min_elements_per_thread` elements for two
threads; the tail stays serial.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, math, memref, scf, vector
from xdsl.dialects.builtin import (
    ArrayAttr,
    Float32Type,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    NoneAttr,
    VectorType,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineDimExpr,
    AffineExpr,
    AffineMap,
)
from xdsl.passes import ModulePass

from ember.lowering.kernels.schedule import THREADS_ATTRIBUTE, schedule_of
from ember.lowering.linalg_to_loops import (
    INDEX,
    Emitter,
    close_loops,
    loop_ranges,
    outer_threads,
    parallel_for,
    parallel_position,
)
from ember.registry import register_pass
from ember.target import Target, target_of

_LIBM_MATH = (math.ErfOp, math.ExpM1Op, math.Log1pOp, math.CbrtOp, math.AsinhOp, math.AcoshOp, math.AtanhOp)
"""math ops lowered to scalar libm calls: they have no vector form in ember."""


def _vectorisable_op(op: Operation) -> bool:
    if isinstance(op, linalg.YieldOp):
        return True
    if isinstance(op, arith.ConstantOp):
        return isinstance(op.value, FloatAttr) or isinstance(op.result.type, IntegerType)
    if op.dialect_name() == "math":
        return not isinstance(op, _LIBM_MATH)
    if isinstance(op, arith.SelectOp):
        return False  # xDSL prints a vector-condition select as if its condition were i1
    return op.dialect_name() == "arith" and not isinstance(op, arith.IndexCastOp) and not op.regions


def _uses(e: AffineExpr, dim: int) -> bool:
    return dim in e.used_dims()


def _contiguous_in(m: AffineMap, last: int) -> bool | None:
    """True if ``m`` reads dim ``last`` contiguously (last result ``last + f(others)``), False if
    it does not read it at all, None when it reads it any other way."""
    users = [i for i, e in enumerate(m.results) if _uses(e, last)]
    if not users:
        return False
    if users != [len(m.results) - 1]:
        return None
    e = m.results[-1]
    if e == AffineDimExpr(last):
        return True
    if isinstance(e, AffineBinaryOpExpr) and e.kind == AffineBinaryOpKind.Add:
        for this, other in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
            if this == AffineDimExpr(last) and not _uses(other, last):
                return True
    return None


def _plain_f32_memref(t: Attribute) -> bool:
    return isinstance(t, MemRefType) and isinstance(t.element_type, Float32Type) and isinstance(t.layout, NoneAttr)


def qualifies(op: linalg.GenericOp) -> bool:
    """Whether ``op`` is handled by this pass (see the module docstring)."""
    maps = [m.data for m in op.indexing_maps.data]
    if not maps or op.results or not all(_plain_f32_memref(v.type) for v in op.operands):
        return False
    last = maps[0].num_dims - 1
    iterators = [str(it.data) for it in op.iterator_types.data]
    if last < 0 or iterators[last] != "parallel":
        return False
    reads = [_contiguous_in(m, last) for m in maps]
    outputs_contiguous = all(reads[len(op.inputs) :])
    return None not in reads and outputs_contiguous and all(_vectorisable_op(o) for o in op.body.block.ops)


def _flattened(op: linalg.GenericOp) -> tuple[list[SSAValue], list[AffineMap], list[int]] | None:
    """When every operand is read through the identity map (a plain elementwise op on equal
    shapes), the operands collapsed to 1-D views, their maps and the one loop range: one long
    vector loop instead of a short one (and a tail) per row."""
    maps = [m.data for m in op.indexing_maps.data]
    if len(maps[0].results) < 2 or any(m != AffineMap.identity(m.num_dims) for m in maps):
        return None
    shape = op.operands[0].type.get_shape()  # type: ignore[union-attr]
    total = 1
    for extent in shape:
        total *= extent
    flat = MemRefType(Float32Type(), [total])
    reassociation = ArrayAttr([ArrayAttr([IntegerAttr(d, i64) for d in range(len(shape))])])
    views = []
    for value in op.operands:
        collapse = memref.CollapseShapeOp.build(operands=[value], result_types=[flat], properties={"reassociation": reassociation})
        op.parent_block().insert_op_before(collapse, op)  # type: ignore[union-attr]
        views.append(collapse.results[0])
    return views, [AffineMap.identity(1)] * len(views), [total]


@dataclass
class VectorLowering:
    """Emits the vector nest of one qualifying generic (over ``operands`` read through ``maps``
    with loop ``ranges``: the op's own, or the flattened views of :func:`_flattened`)."""

    op: linalg.GenericOp
    lanes: int
    operands: list[SSAValue]
    maps: list[AffineMap]
    ranges: list[int]
    target: Target | None = None
    """Parallel loops use its cores (None: serial)."""

    @staticmethod
    def of(op: linalg.GenericOp, lanes: int, target: Target | None = None) -> VectorLowering:
        flat = _flattened(op)
        if flat is not None:
            return VectorLowering(op, lanes, *flat, target)
        maps = [m.data for m in op.indexing_maps.data]
        return VectorLowering(op, lanes, list(op.operands), maps, loop_ranges(op), target)

    def _parallel(self, order: list[int]) -> tuple[int | None, int]:
        """(position in ``order`` of the parallel loop, ``len(order)`` for the vector loop, None
        for none; its threads): the outermost loop with more than one iteration, see
        :func:`~ember.lowering.linalg_to_loops.parallel_position`."""
        ranges, last = self.ranges, len(self.ranges) - 1
        iterators = [str(it.data) for it in self.op.iterator_types.data][-len(ranges) :]
        position = parallel_position(order, iterators, ranges, self.maps[len(self.op.inputs) :])
        if position is None:
            return None, 1
        if position == len(order):
            return position, outer_threads(self.target, [ranges[last] // self.lanes], 0, ranges[last])
        return position, outer_threads(self.target, ranges, order[position])

    def run(self) -> None:
        op = self.op
        ranges = self.ranges
        iterators = [str(it.data) for it in op.iterator_types.data][-len(ranges) :]
        last = len(ranges) - 1
        order = [d for d, it in enumerate(iterators[:last]) if it == "parallel"]
        order += [d for d, it in enumerate(iterators[:last]) if it != "parallel"]
        parent = op.parent_block()
        assert parent is not None
        ivs: dict[int, SSAValue] = {}
        top = em = Emitter(parent, ivs, before=op)
        chosen, threads = self._parallel(order)
        for position, d in enumerate(order):
            _, body = parallel_for(em, ranges[d], threads if position == chosen else 1)
            ivs[d] = body.args[0]
            em = em.inner(body)
        full = ranges[last] // self.lanes * self.lanes
        if full:
            self._strip(em, 0, full, self.lanes, last, threads if chosen == len(order) else 1)
        if ranges[last] > full:
            self._strip(em, full, ranges[last], 1, last)
        close_loops(top.loops)

    def _strip(self, em: Emitter, lower: int, upper: int, lanes: int, last: int, threads: int = 1) -> None:
        """One loop over ``[lower, upper)`` of dim ``last`` in steps of ``lanes`` (an
        ``scf.parallel`` on ``threads`` when > 1)."""
        body = Block(arg_types=[INDEX])
        bounds = (em.const(lower), em.const(upper), em.const(lanes))
        loop: scf.ForOp | scf.ParallelOp
        if threads > 1:
            loop = scf.ParallelOp([bounds[0]], [bounds[1]], [bounds[2]], Region(body))
            loop.attributes[THREADS_ATTRIBUTE] = IntegerAttr(threads, i64)
        else:
            loop = scf.ForOp(*bounds, [], body)
        em.emit(loop)
        em.loops.append(loop)
        em.ivs[last] = body.args[0]
        inner = em.inner(body)
        inner.cache = {}
        self._point(inner, lanes, last)

    def _value(self, em: Emitter, value: SSAValue, m: AffineMap, lanes: int, last: int) -> SSAValue:
        vtype = VectorType(Float32Type(), [lanes])
        if _contiguous_in(m, last):
            return em.emit(vector.LoadOp(value, em.indices(m), vtype)).results[0]
        scalar = em.emit(memref.LoadOp.get(value, em.indices(m))).results[0]
        return em.emit(vector.BroadcastOp(scalar, vtype)).results[0]

    def _point(self, em: Emitter, lanes: int, last: int) -> None:
        op = self.op
        block = op.body.block
        mapping: dict[SSAValue, SSAValue] = {}
        for arg, value, m in zip(block.args, self.operands, self.maps, strict=True):
            if arg.uses:
                mapping[arg] = self._value(em, value, m, lanes, last)
        for inner in block.ops:
            if isinstance(inner, linalg.YieldOp):
                outs = self.operands[len(op.inputs) :]
                for value, out, m in zip(inner.operands, outs, self.maps[len(op.inputs) :], strict=True):
                    em.emit(vector.StoreOp(mapping[value], out, em.indices(m)))
            elif isinstance(inner, arith.ConstantOp):
                mapping[inner.result] = self._splat_constant(em, inner, lanes)
            else:
                new = type(inner).create(
                    operands=[mapping[v] for v in inner.operands],
                    result_types=[VectorType(r.type, [lanes]) for r in inner.results],
                    properties=dict(inner.properties),
                    attributes=dict(inner.attributes),
                )
                em.emit(new)
                mapping.update(zip(inner.results, new.results, strict=True))

    @staticmethod
    def _splat_constant(em: Emitter, op: arith.ConstantOp, lanes: int) -> SSAValue:
        """A scalar constant broadcast (LLVM folds it into a vector constant; a splat written as
        a dense vector attribute would not survive xDSL's printer for -inf / NaN)."""
        scalar = em.emit(arith.ConstantOp(op.value, op.result.type)).results[0]
        return em.emit(vector.BroadcastOp(scalar, VectorType(op.result.type, [lanes]))).results[0]


@register_pass
@dataclass(frozen=True)
class LinalgVectorizePass(ModulePass):
    """Lower elementwise-style f32 linalg.generic ops (last dim parallel, contiguous) to vector loops.

    Memref stage, before convert-linalg-to-loops; the vector width is the target's (or the op's
    ember.schedule lanes), the tail runs on 1-lane vectors."""

    name = "linalg-vectorize"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        target = target_of(op)
        default = target.lanes
        for generic in [o for o in op.walk() if isinstance(o, linalg.GenericOp)]:
            if not qualifies(generic):
                continue
            sched = schedule_of(generic)
            VectorLowering.of(generic, sched.lanes if sched else default, target).run()
            generic.detach()
            generic.erase()
