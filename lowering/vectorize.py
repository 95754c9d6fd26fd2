"""``linalg-vectorize``: elementwise-style ``linalg.generic`` on f32 memrefs -> vector loops.

MEMREF STAGE -> LOOP STAGE, after the micro-kernel passes and before ``convert-linalg-to-loops``
(which lowers whatever this pass leaves). A generic qualifies when the loop dim ``L`` its first
output's last index runs over (its last loop dim, or a pooling window's output column) is
parallel and every operand either reads ``L`` contiguously (its last index is ``L`` plus an
expression of the other dims) or not at all, all operands are f32 memrefs with the default
layout (or a static strided one with a contiguous last dim: a subview), and the body is ``arith`` / ``math`` ops that have vector forms (no ``linalg.index``; no
``arith.select``, whose vector-condition form xDSL prints as if the condition were ``i1``).
That covers elementwise chains, broadcasts (bias, scale), and reductions over other dims than the
last (channel windows of LRN, pooling, reductions over leading axes). An input may also read
``L`` with a stride (``s * L + f``, pooling windows with a stride ``s``): it is loaded as
``LANES * s`` contiguous elements and ``vector.shuffle``-d down to every ``s``-th; the vector
loop then stops where such a load would run past the end of the row, and the 1-lane tail takes
the rest.

The nest runs the other parallel dims in order, then ``L`` in steps of the target's vector width
and inside it the reduction dims in order (each output element sees its reduction in the same
order as in the scalar lowering), the output vectors carried through them as ``iter_args``
(loaded once, stored once). The vector width is ``target_of(module).lanes`` (the op's
``ember.schedule`` lanes when it has one): contiguous operands are ``vector.load``-ed, the others
loaded once and broadcast, the body is cloned on ``vector<LANES x T>`` values and the results
``vector.store``-d. The ``L % LANES`` tail runs the same body on ``vector<1 x T>``.

On a target with several cores the outermost loop with more than one iteration (when it is a
parallel dim indexing every output directly, or the vector loop) is an ``scf.parallel`` when
the op has :func:`~ember.lowering.kernels.schedule.min_elements_per_thread` elements for two
threads; the tail stays serial.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import inf

from xdsl.context import Context
from xdsl.dialects import arith, math, memref, scf, vector
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    DenseArrayBase,
    Float32Type,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    NoneAttr,
    StridedLayoutAttr,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.ir.affine import (
    AffineBinaryOpExpr,
    AffineBinaryOpKind,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineMap,
)
from xdsl.passes import ModulePass

from ember.lowering.flatten_dynamic import has_run_time_sizes
from ember.lowering.kernels.builder import vector_type
from ember.lowering.kernels.schedule import THREADS_ATTRIBUTE, schedule_of
from ember.lowering.linalg_to_loops import (
    INDEX,
    Emitter,
    Range,
    close_loops,
    for_loop,
    outer_threads,
    parallel_for,
    parallel_position,
    range_sources,
    run_time_ranges,
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


def vectorisable_body(op: linalg.GenericOp) -> bool:
    """Whether every op of ``op``'s body has a vector form (see :func:`_vectorisable_op`)."""
    return all(_vectorisable_op(o) for o in op.body.block.ops)


def vector_form(op: Operation, operands: list[SSAValue], lanes: int) -> list[Operation]:
    """The ops computing the body op ``op`` (one with a vector form) on ``vector<lanes x T>``
    ``operands``; the last one's results stand for ``op``'s. A constant becomes a scalar constant
    and its broadcast (LLVM folds it into a vector constant; a splat written as a dense vector
    attribute would not survive xDSL's printer for -inf / NaN)."""
    if isinstance(op, arith.ConstantOp):
        scalar = arith.ConstantOp(op.value, op.result.type)
        return [scalar, vector.BroadcastOp(scalar.result, vector_type(op.result.type, lanes))]
    vectorised = type(op).create(
        operands=operands,
        result_types=[vector_type(r.type, lanes) for r in op.results],
        properties=dict(op.properties),
        attributes=dict(op.attributes),
    )
    return [vectorised]


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


def _linear_terms(e: AffineExpr) -> dict[int | None, int] | None:
    """``e`` as ``{dim: coefficient, None: constant}`` when it is a sum of ``dim * c`` terms
    and constants, else None."""
    if isinstance(e, AffineDimExpr):
        return {e.position: 1}
    if isinstance(e, AffineConstantExpr):
        return {None: e.value}
    if not isinstance(e, AffineBinaryOpExpr):
        return None
    if e.kind == AffineBinaryOpKind.Add:
        lhs, rhs = _linear_terms(e.lhs), _linear_terms(e.rhs)
        if lhs is None or rhs is None:
            return None
        return {k: lhs.get(k, 0) + rhs.get(k, 0) for k in {*lhs, *rhs}}
    if e.kind == AffineBinaryOpKind.Mul and isinstance(e.rhs, AffineConstantExpr):
        terms = _linear_terms(e.lhs)
        return None if terms is None else {k: v * e.rhs.value for k, v in terms.items()}
    return None


def strided_read(m: AffineMap, last: int) -> tuple[int, AffineExpr] | None:
    """``(s, e)`` when ``m`` reads dim ``last`` only in its last result, as ``s * last + f``
    with ``s`` > 1 and ``f`` a non-negative combination of the other dims (pooling windows with
    a stride): a vector of ``LANES * s`` elements, shuffled down to every ``s``-th."""
    users = [i for i, e in enumerate(m.results) if _uses(e, last)]
    terms = _linear_terms(m.results[-1]) if users == [len(m.results) - 1] else None
    if terms is None or terms.get(last, 0) < 2 or any(v < 0 for v in terms.values()):
        return None
    return terms[last], m.results[-1]


def _max_offset(e: AffineExpr, last: int, ranges: list[int]) -> int:
    """The largest value of ``e`` with dim ``last`` at 0 (``e`` is linear, non-negative)."""
    terms = _linear_terms(e) or {}
    return sum(c * (1 if d is None else (0 if d == last else ranges[d] - 1)) for d, c in terms.items())


def _plain_f32_memref(t: Attribute) -> bool:
    """An f32 memref with the default layout, or a static strided one whose last dim is
    contiguous (a ``memref.subview``: the regions of ``memref-fold-pad-into-pool``)."""
    if not isinstance(t, MemRefType) or not isinstance(t.element_type, Float32Type):
        return False
    if isinstance(t.layout, NoneAttr):
        return True
    if not isinstance(t.layout, StridedLayoutAttr) or any(d < 0 for d in t.get_shape()):
        return False
    strides = t.layout.get_strides()
    return bool(strides) and None not in strides and strides[-1] == 1 and t.layout.get_offset() is not None


def vector_dim(output_maps: list[AffineMap]) -> int | None:
    """The loop dim ``L`` that runs along the vectors: the one the first output's last index
    is (the last loop dim of elementwise ops; the output column of a pooling window)."""
    if not output_maps or not output_maps[0].results:
        return None
    e = output_maps[0].results[-1]
    return e.position if isinstance(e, AffineDimExpr) else None


_ROW_COMBINERS: dict[type[Operation], tuple[vector.CombiningKindFlag, float]] = {
    arith.AddfOp: (vector.CombiningKindFlag.ADD, 0.0),
    arith.MulfOp: (vector.CombiningKindFlag.MUL, 1.0),
    arith.MaximumfOp: (vector.CombiningKindFlag.MAXIMUMF, -inf),
    arith.MinimumfOp: (vector.CombiningKindFlag.MINIMUMF, inf),
}
"""The combining ops of a row reduction: their vector.reduction kind and neutral element."""


def row_combiner(op: linalg.GenericOp) -> Operation | None:
    """The op of ``op``'s body that folds a value into the output element (``acc = acc + f``,
    max, min, product), when the output element is used by it alone and it is what is yielded."""
    block = op.body.block
    if len(op.outputs) != 1 or not isinstance(block.last_op, linalg.YieldOp):
        return None
    out_arg = block.args[len(op.inputs)]
    combine = block.last_op.operands[0].owner
    if type(combine) not in _ROW_COMBINERS or out_arg.uses.get_length() != 1:
        return None
    return combine if out_arg in combine.operands else None  # type: ignore[union-attr]


def qualifies_row_reduction(op: linalg.GenericOp) -> bool:
    """Whether ``op`` reduces along its last loop dim, which only that dim is: every input reads
    it contiguously or not at all, the output not at all, the body folds into the output element
    with one of :data:`_ROW_COMBINERS` (softmax's max and sum, layer-norm's mean and variance,
    ReduceSum/Mean/Max over the last axis)."""
    maps = [m.data for m in op.indexing_maps.data]
    if not maps or op.results or not all(_plain_f32_memref(v.type) for v in op.operands):
        return False
    iterators = [str(it.data) for it in op.iterator_types.data]
    last = len(iterators) - 1
    if iterators.count("reduction") != 1 or iterators[last] != "reduction":
        return False
    reads = [_contiguous_in(m, last) for m in maps]
    if reads[-1] is not False or None in reads or not any(reads):
        return False
    return vectorisable_body(op) and row_combiner(op) is not None


def qualifies(op: linalg.GenericOp) -> bool:
    """Whether ``op`` is handled by this pass (see the module docstring)."""
    maps = [m.data for m in op.indexing_maps.data]
    if not maps or op.results or not all(_plain_f32_memref(v.type) for v in op.operands):
        return False
    last = vector_dim(maps[len(op.inputs) :])
    iterators = [str(it.data) for it in op.iterator_types.data]
    if last is None or iterators[last] != "parallel":
        return False
    reads = [_contiguous_in(m, last) for m in maps]
    outputs_contiguous = all(reads[len(op.inputs) :])
    inputs_ok = all(r is not None or strided_read(m, last) for r, m in zip(reads, maps, strict=False))
    return inputs_ok and outputs_contiguous and vectorisable_body(op)


def qualifies_at_run_time(op: linalg.GenericOp) -> bool:
    """Whether a generic with run-time sizes may be vectorised: no strided reads (their limit
    needs static sizes) and every loop range readable from an operand dim."""
    maps = [m.data for m in op.indexing_maps.data]
    last = vector_dim(maps[len(op.inputs) :])  # (None: maybe a row reduction)
    strided = last is not None and any(strided_read(m, last) for m in maps)
    return not strided and None not in range_sources(op)


def _flattened(op: linalg.GenericOp) -> tuple[list[SSAValue], list[AffineMap], list[int]] | None:
    """When every operand is read through the identity map (a plain elementwise op on equal
    shapes), the operands collapsed to 1-D views, their maps and the one loop range: one long
    vector loop instead of a short one (and a tail) per row."""
    maps = [m.data for m in op.indexing_maps.data]
    if len(maps[0].results) < 2 or any(m != AffineMap.identity(m.num_dims) for m in maps):
        return None
    if not all(isinstance(v.type, MemRefType) and isinstance(v.type.layout, NoneAttr) for v in op.operands):
        return None
    shape = op.operands[0].type.get_shape()  # type: ignore[union-attr]
    total = 1
    for extent in shape:
        total *= extent
    dynamic = DYNAMIC_INDEX in shape
    flat = MemRefType(Float32Type(), [DYNAMIC_INDEX if dynamic else total])
    reassociation = ArrayAttr([ArrayAttr([IntegerAttr(d, i64) for d in range(len(shape))])])
    views = []
    for value in op.operands:
        collapse = memref.CollapseShapeOp.build(operands=[value], result_types=[flat], properties={"reassociation": reassociation})
        op.parent_block().insert_op_before(collapse, op)  # type: ignore[union-attr]
        views.append(collapse.results[0])
    size: Range = total
    if dynamic:  # the element count, read at run time from the first view
        zero = arith.ConstantOp.from_int_and_width(0, INDEX)
        dim = memref.DimOp(views[0], zero.result)
        op.parent_block().insert_ops_before([zero, dim], op)  # type: ignore[union-attr]
        size = dim.result
    return views, [AffineMap.identity(1)] * len(views), [size]


def _run_time_ranges(op: linalg.GenericOp) -> list[Range]:
    """The loop ranges of ``op``, a ``memref.dim`` (emitted before it) for each known only at
    run time."""
    parent = op.parent_block()
    assert parent is not None
    return run_time_ranges(op, Emitter(parent, {}, before=op))


def _split(em: Emitter, upper: Range, lanes: int) -> Range:
    """Where whole vectors of ``lanes`` stop in ``[0, upper)``: ``upper - upper % lanes``."""
    if isinstance(upper, int):
        return upper // lanes * lanes
    rest = em.emit(arith.RemUIOp(upper, em.const(lanes))).results[0]
    return em.emit(arith.SubiOp(upper, rest)).results[0]


def _bound(em: Emitter, value: Range) -> SSAValue:
    return em.const(value) if isinstance(value, int) else value


def _nonempty(lower: Range, upper: Range) -> bool:
    """Whether ``[lower, upper)`` may hold iterations (always, when a bound is a run-time value)."""
    return not (isinstance(lower, int) and isinstance(upper, int)) or upper > lower


@dataclass
class VectorLowering:
    """Emits the vector nest of one qualifying generic (over ``operands`` read through ``maps``
    with loop ``ranges``: the op's own, or the flattened views of :func:`_flattened`)."""

    op: linalg.GenericOp
    lanes: int
    operands: list[SSAValue]
    maps: list[AffineMap]
    ranges: list[Range]
    """Trip counts; an SSA index for one known only at run time."""
    target: Target | None = None
    """Parallel loops use its cores (None: serial)."""

    @staticmethod
    def of(op: linalg.GenericOp, lanes: int, target: Target | None = None) -> VectorLowering:
        flat = _flattened(op)
        if flat is not None:
            return VectorLowering(op, lanes, *flat, target)
        maps = [m.data for m in op.indexing_maps.data]
        return VectorLowering(op, lanes, list(op.operands), maps, _run_time_ranges(op), target)

    def _parallel(self, order: list[int]) -> tuple[int | None, int]:
        """(position in ``order`` of the parallel loop, ``len(order)`` for the vector loop, None
        for none; its threads): the outermost loop with more than one iteration, see
        :func:`~ember.lowering.linalg_to_loops.parallel_position`."""
        ranges, last = self.ranges, self.vector_dim
        iterators = [str(it.data) for it in self.op.iterator_types.data][-len(ranges) :]
        position = parallel_position(order, iterators, ranges, self.maps[len(self.op.inputs) :])
        if position is None:
            return None, 1
        if position == len(order):
            vector = ranges[last]
            if not isinstance(vector, int):
                return position, 1
            return position, outer_threads(self.target, [vector // self.lanes], 0, vector)
        return position, outer_threads(self.target, ranges, order[position])

    def run(self) -> None:
        op = self.op
        ranges = self.ranges
        iterators = [str(it.data) for it in op.iterator_types.data][-len(ranges) :]
        last = self.vector_dim
        order = [d for d, it in enumerate(iterators) if it == "parallel" and d != last]
        self.reductions = [d for d, it in enumerate(iterators) if it != "parallel"]
        parent = op.parent_block()
        assert parent is not None
        ivs: dict[int, SSAValue] = {}
        top = em = Emitter(parent, ivs, before=op)
        chosen, threads = self._parallel(order)
        for position, d in enumerate(order):
            _, body = parallel_for(em, ranges[d], threads if position == chosen else 1)
            ivs[d] = body.args[0]
            em = em.inner(body)
        full = _split(em, self._strided_limit(), self.lanes)
        if _nonempty(0, full):
            self._strip(em, 0, full, self.lanes, last, threads if chosen == len(order) else 1)
        if _nonempty(full, ranges[last]):
            self._strip(em, full, ranges[last], 1, last)
        close_loops(top.loops)

    @property
    def vector_dim(self) -> int:
        dim = vector_dim(self.maps[len(self.op.inputs) :])
        assert dim is not None
        return dim

    def _strided_limit(self) -> Range:
        """How far along ``L`` whole strided vectors may go: a vector of ``LANES * s`` elements
        reads ``s - 1`` past the last one it keeps, which must stay inside the row (strided
        reads need static sizes: :func:`qualifies_at_run_time`)."""
        last = self.vector_dim
        limit = self.ranges[last]
        if not all(isinstance(r, int) for r in self.ranges):
            return limit
        for value, m in zip(self.operands, self.maps, strict=True):
            read = strided_read(m, last)
            if read is not None:
                stride, e = read
                width = value.type.get_shape()[-1]  # type: ignore[attr-defined]
                limit = min(limit, max(0, (width - stride - _max_offset(e, last, self.ranges)) // stride + 1))
        return limit

    def _strip(self, em: Emitter, lower: Range, upper: Range, lanes: int, last: int, threads: int = 1) -> None:
        """One loop over ``[lower, upper)`` of dim ``last`` in steps of ``lanes`` (an
        ``scf.parallel`` on ``threads`` when > 1)."""
        body = Block(arg_types=[INDEX])
        bounds = (_bound(em, lower), _bound(em, upper), em.const(lanes))
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
        if self.reductions:
            accs = [self._value(inner, v, m, lanes, last) for v, m in self._outputs()]
            for (out, m), value in zip(self._outputs(), self._reduce(inner, lanes, self.reductions, accs), strict=True):
                inner.emit(vector.StoreOp(value, out, inner.indices(m)))
        else:
            self._point(inner, lanes, last)

    def _outputs(self) -> list[tuple[SSAValue, AffineMap]]:
        count = len(self.op.inputs)
        return list(zip(self.operands[count:], self.maps[count:], strict=True))

    def _reduce(self, em: Emitter, lanes: int, dims: list[int], accs: list[SSAValue]) -> list[SSAValue]:
        """The reduction loops ``dims`` inside the vector strip, the output vectors carried as
        ``iter_args`` (loaded once, stored once); returns the reduced vectors."""
        if not dims:
            return self._point(em, lanes, self.vector_dim, accs)
        loop, body = for_loop(em, self.ranges[dims[0]], accs)
        em.ivs[dims[0]] = body.args[0]
        inner = em.inner(body)
        inner.emit(scf.YieldOp(*self._reduce(inner, lanes, dims[1:], list(body.args[1:]))))
        return list(loop.results)

    def _value(self, em: Emitter, value: SSAValue, m: AffineMap, lanes: int, last: int) -> SSAValue:
        vtype = vector_type(Float32Type(), lanes)
        if _contiguous_in(m, last) or (lanes == 1 and m.results and _uses(m.results[-1], last)):
            return em.emit(vector.LoadOp(value, em.indices(m), vtype)).results[0]
        read = strided_read(m, last)
        if read is not None:
            stride = read[0]
            wide = em.emit(vector.LoadOp(value, em.indices(m), vector_type(Float32Type(), lanes * stride))).results[0]
            mask = DenseArrayBase.from_list(i64, [lane * stride for lane in range(lanes)])
            return em.emit(vector.ShuffleOp(wide, wide, mask, result_type=vtype)).results[0]
        scalar = em.emit(memref.LoadOp.get(value, em.indices(m))).results[0]
        return em.emit(vector.BroadcastOp(scalar, vtype)).results[0]

    def _point(self, em: Emitter, lanes: int, last: int, accs: list[SSAValue] | None = None) -> list[SSAValue]:
        """The body on vectors; the results are stored, or (with ``accs``, the output vectors
        of a reduction) returned."""
        op = self.op
        block = op.body.block
        mapping: dict[SSAValue, SSAValue] = {}
        if accs is not None:
            mapping.update(zip(block.args[len(op.inputs) :], accs, strict=True))
        for arg, value, m in zip(block.args, self.operands, self.maps, strict=True):
            if arg.uses and arg not in mapping:
                mapping[arg] = self._value(em, value, m, lanes, last)
        results: list[SSAValue] = []
        for inner in block.ops:
            if isinstance(inner, linalg.YieldOp):
                results = [mapping[value] for value in inner.operands]
                if accs is None:
                    for value, (out, m) in zip(results, self._outputs(), strict=True):
                        em.emit(vector.StoreOp(value, out, em.indices(m)))
            else:
                new = [em.emit(o) for o in vector_form(inner, [mapping[v] for v in inner.operands], lanes)]
                mapping.update(zip(inner.results, new[-1].results, strict=True))
        return results


def reduction(folded: SSAValue, kind: vector.CombiningKindFlag) -> Operation:
    """``vector.reduction <kind>`` of ``folded`` to its element type (xDSL's constructor gives
    the result the vector's type)."""
    element = folded.type.element_type  # type: ignore[attr-defined]
    properties = {"kind": vector.CombiningKindAttr(kind)}
    return vector.ReductionOp.build(operands=[folded, []], result_types=[element], properties=properties)


class RowReduction(VectorLowering):
    """Emits a :func:`qualifies_row_reduction` generic: the other dims' loops (the outermost
    that may be an ``scf.parallel``), then along the row one vector accumulator of the target's
    width (``acc = combine(acc, f(vectors))``, the combiner's neutral element to start with),
    folded with ``vector.reduction`` and combined into the output element, then the tail on
    1-lane vectors. Summation order differs from the scalar loop's: ``LANES`` partial sums."""

    def run(self) -> None:
        ranges, last = self.ranges, len(self.ranges) - 1
        order = list(range(last))
        iterators = [str(it.data) for it in self.op.iterator_types.data]
        parent = self.op.parent_block()
        assert parent is not None
        top = em = Emitter(parent, {}, before=self.op)
        position = parallel_position(order, iterators, ranges, self.maps[len(self.op.inputs) :])
        inside = position is not None and position < len(order)
        threads = outer_threads(self.target, ranges, order[position]) if inside else 1  # type: ignore[index]
        for index, d in enumerate(order):
            _, body = parallel_for(em, ranges[d], threads if index == position else 1)
            em.ivs[d] = body.args[0]
            em = em.inner(body)
        self._row(em, last)
        close_loops(top.loops)

    def _row(self, em: Emitter, last: int) -> None:
        combine = row_combiner(self.op)
        assert combine is not None
        kind, neutral = _ROW_COMBINERS[type(combine)]
        out, m = self._outputs()[0]
        total = em.emit(memref.LoadOp.get(out, em.indices(m))).results[0]
        full = _split(em, self.ranges[last], self.lanes)
        if _nonempty(0, full):
            start = em.emit(arith.ConstantOp(FloatAttr(neutral, Float32Type()))).results[0]
            acc = em.emit(vector.BroadcastOp(start, vector_type(Float32Type(), self.lanes))).results[0]
            folded = self._strip_loop(em, 0, full, self.lanes, last, acc)
            reduced = em.emit(reduction(folded, kind)).results[0]
            total = em.emit(type(combine).create(operands=[total, reduced], result_types=[total.type])).results[0]
        if _nonempty(full, self.ranges[last]):
            acc = em.emit(vector.BroadcastOp(total, vector_type(Float32Type(), 1))).results[0]
            folded = self._strip_loop(em, full, self.ranges[last], 1, last, acc)
            total = em.emit(vector.ExtractOp(folded, [0], Float32Type())).results[0]
        em.emit(memref.StoreOp.get(total, out, em.indices(m)))

    def _strip_loop(self, em: Emitter, lower: Range, upper: Range, lanes: int, last: int, acc: SSAValue) -> SSAValue:
        """``[lower, upper)`` of the row in steps of ``lanes``, the accumulator carried."""
        body = Block(arg_types=[INDEX, acc.type])
        loop = scf.ForOp(_bound(em, lower), _bound(em, upper), em.const(lanes), [acc], body)
        em.emit(loop)
        em.ivs[last] = body.args[0]
        inner = em.inner(body)
        inner.emit(scf.YieldOp(*self._point(inner, lanes, last, [body.args[1]])))
        return loop.results[0]


@register_pass
@dataclass(frozen=True)
class LinalgVectorizePass(ModulePass):
    """Lower elementwise-style f32 linalg.generic ops (output column parallel, contiguous) to vector loops.

    Memref stage, before convert-linalg-to-loops; the vector width is the target's (or the op's
    ember.schedule lanes), the tail runs on 1-lane vectors."""

    name = "linalg-vectorize"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        target = target_of(op)
        default = target.lanes
        for generic in [o for o in op.walk() if isinstance(o, linalg.GenericOp)]:
            sched = schedule_of(generic)
            lanes = sched.lanes if sched else default
            if has_run_time_sizes(generic) and not qualifies_at_run_time(generic):
                continue
            if qualifies(generic):
                VectorLowering.of(generic, lanes, target).run()
            elif qualifies_row_reduction(generic):
                maps = [m.data for m in generic.indexing_maps.data]
                RowReduction(generic, lanes, list(generic.operands), maps, _run_time_ranges(generic), target).run()
            else:
                continue
            generic.detach()
            generic.erase()
