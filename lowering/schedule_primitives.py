"""Schedule primitives: tile, interchange, unroll, vectorize, parallelize one chosen op or loop.

MEMREF STAGE (linalg on memrefs) and LOOP STAGE (scf.for), between ``bufferize`` and
``convert-linalg-to-loops``; the user picks where (issue 9 item 1). Each primitive is a function
on one op that raises :class:`ScheduleError` when it does not apply, and a registered pass that
selects the op by name (``op=linalg.matmul``), by its ``ember.tag`` string attribute (``tag=mm``)
and by position among the matches in walk order (``nth=0``; -1, the default, selects them all).
Schedule scripts (:mod:`ember.lowering.schedule_script`) call the same functions.

- ``linalg-tile{sizes=4,8}``: xDSL's ``tile_structured_op`` (the one behind its
  ``test-linalg-tiling`` and ``transform.structured.tile_using_for``): an ``scf.for`` per non-zero
  size around the op on ``memref.subview`` tiles. Sizes must divide their loop's range unless
  ``partial=true`` (then the last tile is an ``affine.min``-sized one). Each new loop carries
  ``ember.tiled_dim = "d<i> parallel|reduction"`` and, from ``loop-tags=a,b``, an ``ember.tag``.
- ``linalg-interchange{perm=1,0,2}``: new loop ``i`` of a ``linalg.generic`` is old loop
  ``perm[i]`` (indexing maps, iterator types and ``linalg.index`` renumbered); selected by
  ``tag=`` on the head of a perfect ``scf.for`` nest that ``linalg-tile`` made, the loops'
  ranges and attributes are reordered the same way (legal: each output tile still sees its
  reduction tiles in order).
- ``scf-unroll{factor=4}``: an ``scf.for`` with constant bounds runs ``factor`` copies of its body
  per iteration (``iter_args`` chained through the copies); the remaining trip count % factor
  iterations stay in the original loop, now starting where the unrolled one stops (its tag, if
  any, gets ``-remainder`` appended).
- ``scf-parallelize``: an ``scf.for`` made by ``linalg-tile`` over a parallel dim, without
  ``iter_args``, becomes an ``scf.parallel`` (``convert-scf-parallel-to-openmp`` runs it on
  threads). Loops the pass cannot prove independent are refused.
- ``linalg-vectorize-op``: ``linalg-vectorize``'s lowering of the selected ``linalg.generic`` only,
  an error when that lowering does not apply to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from xdsl.context import Context
from xdsl.dialects import arith, memref, scf
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    AffineMapAttr,
    ArrayAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    StridedLayoutAttr,
    StringAttr,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.abstract_ops import LinalgStructuredOperation
from xdsl.dialects.linalg.transforms.tiling import tile_structured_op
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.ir.affine import AffineDimExpr, AffineExpr, AffineMap
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter
from xdsl.utils.exceptions import PassFailedException

from ember.diagnostics import PassError, at_op
from ember.lowering.kernels.schedule import schedule_of
from ember.lowering.to_llvm.type_converter import memref_layout
from ember.lowering.vectorize import (
    RowReduction,
    VectorLowering,
    qualifies,
    qualifies_row_reduction,
)
from ember.registry import register_pass
from ember.target import target_of

TAG = "ember.tag"
"""A string attribute naming an op or loop for the primitives' ``tag=`` selection."""
TILED_DIM = "ember.tiled_dim"
"""On an ``scf.for`` made by :func:`tile`: ``"d<i> parallel"`` or ``"d<i> reduction"``."""


class ScheduleError(PassError):
    """A primitive does not apply to the op it was given. ``option`` names the offending
    option (a schedule script points at it), empty when the op itself is the problem."""

    def __init__(self, message: str, option: str = "") -> None:
        super().__init__(message)
        self.option = option


# ---- selection ---------------------------------------------------------------------------------


def tag_of(op: Operation) -> str:
    attr = op.attributes.get(TAG)
    return attr.data if isinstance(attr, StringAttr) else ""


def _kind_name(kind: type[Operation]) -> str:
    name = getattr(kind, "name", None)
    return f"'{name}'" if isinstance(name, str) else "any linalg structured op" if kind is LinalgStructuredOperation else "any op"


def select(root: Operation, name: str = "", tag: str = "", nth: int = -1, kind: type[Operation] = Operation) -> list[Operation]:
    """The ops under ``root`` (walk order) with op name ``name`` and ``ember.tag`` ``tag`` (each
    when non-empty; the ops of class ``kind`` when both are empty); the ``nth`` of them when
    ``nth >= 0``. An error when nothing matches."""
    if not name and not tag:
        found = [o for o in root.walk() if isinstance(o, kind) and o is not root]
    else:
        found = [o for o in root.walk() if o is not root and (not name or o.name == name) and (not tag or tag_of(o) == tag)]
    what = " and ".join(filter(None, [f"name '{name}'" if name else "", f"tag '{tag}'" if tag else ""])) or _kind_name(kind)
    if not found:
        raise ScheduleError(f"no op matches {what}", "op" if name else "tag" if tag else "")
    if nth >= len(found):
        raise ScheduleError(f"nth={nth} but only {len(found)} op(s) match {what}", "nth")
    return found if nth < 0 else [found[nth]]


def _need(op: Operation, kind: type[Operation] | tuple[type[Operation], ...], primitive: str, what: str) -> None:
    if not isinstance(op, kind):
        raise ScheduleError(f"{primitive} needs {what}, not '{op.name}'")


# ---- tile --------------------------------------------------------------------------------------


def _check_tile_sizes(op: LinalgStructuredOperation, sizes: Sequence[int], partial: bool) -> None:
    ranges = op.get_static_loop_ranges()
    if len(sizes) > len(ranges):
        raise ScheduleError(f"{len(sizes)} tile sizes for the {len(ranges)} loops of '{op.name}'", "sizes")
    for dim, size in enumerate(sizes):
        if size < 0:
            raise ScheduleError(f"tile size {size} of loop d{dim} is negative", "sizes")
        if size and not partial and (ranges[dim] < 0 or ranges[dim] % size):
            extent = "a run-time size" if ranges[dim] < 0 else f"size {ranges[dim]}"
            raise ScheduleError(f"tile size {size} does not divide loop d{dim} of {extent} (partial=true allows a partial last tile)", "sizes")


def tile(
    op: Operation, sizes: Sequence[int], partial: bool = False, loop_tags: Sequence[str] = ()
) -> tuple[Operation, list[scf.ForOp]]:
    """Tile ``op``'s loops by ``sizes`` (0 = not tiled; missing trailing sizes are 0): the op on
    one tile (``op`` itself when nothing is tiled) and the new loops, outermost first. The tile op
    keeps ``op``'s attributes (its tag, its schedule)."""
    _need(op, LinalgStructuredOperation, "tile", "a linalg structured op")
    assert isinstance(op, LinalgStructuredOperation)
    _check_tile_sizes(op, sizes, partial)
    iterators = [str(it.data) for it in op.get_iterator_types().data]
    if any(op.results):
        raise ScheduleError("tile works on memrefs (after bufferize); this op has tensor results")
    try:
        result = tile_structured_op(PatternRewriter(op), op, list(sizes))
    except PassFailedException as error:
        raise ScheduleError(f"tile: {error}") from error
    if result.tiled_op is not op:
        result.tiled_op.attributes.update(op.attributes)
        if op.parent is not None:
            op.detach()
            op.erase()
    tiled = [d for d, s in enumerate(sizes) if s]
    tags = list(loop_tags)
    if tags and len(tags) != len(tiled):
        raise ScheduleError(f"{len(tags)} loop tags for {len(tiled)} tiled loops", "loop-tags")
    for index, (loop, dim) in enumerate(zip(result.loops, tiled, strict=True)):
        loop.attributes[TILED_DIM] = StringAttr(f"d{dim} {iterators[dim]}")
        if tags:
            loop.attributes[TAG] = StringAttr(tags[index])
    return result.tiled_op, list(result.loops)


# ---- interchange -------------------------------------------------------------------------------


def _check_permutation(perm: Sequence[int], n: int) -> None:
    if sorted(perm) != list(range(n)):
        raise ScheduleError(f"perm {','.join(map(str, perm))} is not a permutation of the {n} loops 0..{n - 1}", "perm")


def _interchange_generic(op: linalg.GenericOp, perm: Sequence[int]) -> linalg.GenericOp:
    """Reorder a ``linalg.generic``'s loops: new loop ``i`` is old loop ``perm[i]``."""
    maps = [m.data for m in op.indexing_maps.data]
    n = maps[0].num_dims
    _check_permutation(perm, n)
    position = {old: new for new, old in enumerate(perm)}
    to_old = AffineMap(n, 0, tuple(AffineExpr.dimension(position[old]) for old in range(n)))
    op.indexing_maps = ArrayAttr([AffineMapAttr(m.compose(to_old)) for m in maps])
    iterators = list(op.iterator_types.data)
    op.iterator_types = ArrayAttr([iterators[old] for old in perm])
    for inner in op.body.walk():
        if isinstance(inner, linalg.IndexOp):
            inner.dim = IntegerAttr(position[inner.dim.value.data], inner.dim.type)
    return op


# ---- interchange of an scf.for nest ----------------------------------------------------------------


def _nest(loop: scf.ForOp, depth: int) -> list[scf.ForOp]:
    """The ``depth`` loops of the perfect nest ``loop`` heads (each body: the next loop, a yield)."""
    loops = [loop]
    while len(loops) < depth:
        ops = list(loops[-1].body.block.ops)
        if len(ops) != 2 or not isinstance(ops[0], scf.ForOp):
            raise ScheduleError(f"interchange needs a perfect nest of {depth} scf.for loops (each body only the next loop)", "perm")
        loops.append(ops[0])
    return loops


def interchange_loops(loop: scf.ForOp, perm: Sequence[int]) -> list[scf.ForOp]:
    """Reorder a perfect nest of ``scf.for`` loops made by ``tile`` (the loop at depth ``i`` runs
    what the loop at depth ``perm[i]`` ran): the ranges, the attributes and the uses of the
    induction variables move; the loops, outermost first."""
    _check_permutation(perm, len(perm))
    loops = _nest(loop, len(perm))
    if any(TILED_DIM not in inner.attributes or inner.iter_args for inner in loops):
        raise ScheduleError("interchange of scf.for loops needs loops made by tile without iter_args (reordering them is then legal)")
    inside = {id(op) for op in loop.walk()}
    for inner in loops:
        if any(id(v.owner) in inside or v in [other.body.block.args[0] for other in loops] for v in (inner.lb, inner.ub, inner.step)):
            raise ScheduleError("interchange needs loop bounds defined outside the nest")
    ivs = [inner.body.block.args[0] for inner in loops]
    uses = [list(iv.uses) for iv in ivs]
    ranges = [(inner.lb, inner.ub, inner.step) for inner in loops]
    attributes = [dict(inner.attributes) for inner in loops]
    for depth, inner in enumerate(loops):
        old = perm[depth]
        inner.operands = [*ranges[old]]
        inner.attributes.clear()
        inner.attributes.update(attributes[old])
        for use in uses[old]:
            use.operation.operands[use.index] = ivs[depth]
    return loops


_INTERCHANGES: tuple[tuple[type[Operation], Callable[..., Operation]], ...] = (
    (linalg.GenericOp, _interchange_generic),
    (scf.ForOp, lambda loop, perm: interchange_loops(loop, perm)[0]),
)

def interchange(op: Operation, perm: Sequence[int]) -> Operation:
    """Reorder the loops of a ``linalg.generic`` or of a perfect ``scf.for`` nest made by
    ``tile`` (headed by ``op``): new loop ``i`` is old loop ``perm[i]``."""
    for kind, function in _INTERCHANGES:
        if isinstance(op, kind):
            return function(op, perm)
    raise ScheduleError(f"interchange needs a linalg.generic or the head of a perfect scf.for nest made by tile, not '{op.name}'")


# ---- unroll ------------------------------------------------------------------------------------


def _constant(value: SSAValue) -> int | None:
    owner = value.owner
    if isinstance(owner, arith.ConstantOp) and isinstance(owner.value, IntegerAttr):
        return owner.value.value.data
    return None


def _clone_body(loop: scf.ForOp, iv: SSAValue, carried: Sequence[SSAValue], into: Block) -> list[SSAValue]:
    """Append a copy of ``loop``'s body to ``into`` for induction value ``iv`` and ``carried``
    iteration values; the values its ``scf.yield`` yields."""
    block = loop.body.block
    mapping: dict[SSAValue, SSAValue] = {block.args[0]: iv, **dict(zip(block.args[1:], carried, strict=True))}
    yielded: list[SSAValue] = []
    for inner in block.ops:
        if isinstance(inner, scf.YieldOp):
            yielded = [mapping.get(v, v) for v in inner.operands]
            continue
        clone = inner.clone(value_mapper=mapping)
        into.add_op(clone)
        for old, new in zip(inner.results, clone.results, strict=True):
            mapping[old] = new
    return yielded


def unroll(loop: Operation, factor: int) -> list[scf.ForOp]:
    """Unroll an ``scf.for`` with constant bounds by ``factor``; the unrolled loop and, when the
    trip count is not a multiple of ``factor``, the remainder loop."""
    _need(loop, scf.ForOp, "unroll", "an scf.for")
    assert isinstance(loop, scf.ForOp)
    if factor < 1:
        raise ScheduleError(f"unroll factor {factor} must be >= 1", "factor")
    bounds = [_constant(v) for v in (loop.lb, loop.ub, loop.step)]
    if any(b is None for b in bounds):
        raise ScheduleError("unroll needs an scf.for whose bounds and step are arith.constant")
    lb, ub, step = (int(b) for b in bounds)  # type: ignore[arg-type]
    trips = max(0, -(-(ub - lb) // step))
    main_ub = lb + trips // factor * factor * step
    if factor == 1 or trips < factor:
        return [loop]
    index = IndexType()
    consts = [arith.ConstantOp(IntegerAttr(v, index)) for v in (main_ub, step * factor)]
    body = Block(arg_types=[index, *(v.type for v in loop.iter_args)])
    for new, old in zip(body.args, loop.body.block.args, strict=True):
        new.name_hint = old.name_hint
    carried: list[SSAValue] = list(body.args[1:])
    for k in range(factor):
        iv: SSAValue = body.args[0]
        if k:
            offset = arith.ConstantOp(IntegerAttr(k * step, index))
            shifted = arith.AddiOp(body.args[0], offset.result)
            body.add_ops([offset, shifted])
            iv = shifted.result
        carried = _clone_body(loop, iv, carried, body)
    body.add_op(scf.YieldOp(*carried))
    unrolled = scf.ForOp(loop.lb, consts[0].result, consts[1].result, list(loop.iter_args), body)
    unrolled.attributes.update(loop.attributes)
    parent = loop.parent_block()
    assert parent is not None
    parent.insert_ops_before([*consts, unrolled], loop)
    if main_ub == ub:
        for old, new in zip(loop.results, unrolled.results, strict=True):
            old.replace_all_uses_with(new)
        loop.detach()
        loop.erase()
        return [unrolled]
    loop.operands = [consts[0].result, loop.ub, loop.step, *unrolled.results]
    if tag_of(loop):
        loop.attributes[TAG] = StringAttr(f"{tag_of(loop)}-remainder")
    return [unrolled, loop]


# ---- parallelize -------------------------------------------------------------------------------


def parallelize(loop: Operation) -> scf.ParallelOp:
    """Turn an ``scf.for`` that ``tile`` made over a parallel dim into an ``scf.parallel``."""
    _need(loop, scf.ForOp, "parallelize", "an scf.for")
    assert isinstance(loop, scf.ForOp)
    mark = loop.attributes.get(TILED_DIM)
    if not isinstance(mark, StringAttr):
        raise ScheduleError("parallelize needs a loop made by tile (its iterations are then known to be independent)")
    if not mark.data.endswith(" parallel"):
        raise ScheduleError(f"parallelize of a loop over a reduction dim ({mark.data.split()[0]}) would race on the output")
    if loop.iter_args:
        raise ScheduleError("parallelize needs an scf.for without iter_args")
    body = loop.body.detach_block(0)
    yield_op = body.last_op
    assert isinstance(yield_op, scf.YieldOp)
    yield_op.detach()
    yield_op.erase()
    body.add_op(scf.ReduceOp())
    parallel = scf.ParallelOp([loop.lb], [loop.ub], [loop.step], Region(body))
    parallel.attributes.update({k: v for k, v in loop.attributes.items() if k != TILED_DIM})
    parent = loop.parent_block()
    assert parent is not None
    parent.insert_op_before(parallel, loop)
    loop.detach()
    loop.erase()
    return parallel


# ---- fuse-into ---------------------------------------------------------------------------------


def _check_fusable_producer(producer: linalg.GenericOp) -> None:
    maps = [m.data for m in producer.indexing_maps.data]
    n = maps[0].num_dims
    if producer.results or len(producer.outputs) != 1:
        raise ScheduleError("fuse-into needs a producer with one memref output (after bufferize)")
    if any(str(it.data) != "parallel" for it in producer.iterator_types.data):
        raise ScheduleError("fuse-into needs an elementwise producer (every loop parallel)")
    if maps[-1] != AffineMap.identity(n):
        raise ScheduleError("fuse-into needs a producer whose output map is the identity")
    if not all(isinstance(e, AffineDimExpr) for m in maps[:-1] for e in m.results):
        raise ScheduleError("fuse-into needs a producer whose inputs are indexed by loop dims only (broadcasts, transposes)")


def _slice(value: SSAValue, m: AffineMap, offsets: list[int | SSAValue], sizes: list[int | SSAValue]) -> tuple[list[Operation], SSAValue]:
    """A ``memref.subview`` of ``value`` (read through map ``m``) at the loop ``offsets`` and ``sizes``."""
    t = value.type
    if not isinstance(t, MemRefType) or not m.results:
        return [], value
    layout = memref_layout(t)
    if layout is None:
        raise ScheduleError(f"fuse-into cannot slice a producer input of type {t}")
    strides, base = layout
    dims = [e.position for e in m.results if isinstance(e, AffineDimExpr)]
    offs, szs = [offsets[d] for d in dims], [sizes[d] for d in dims]
    dynamic = any(isinstance(o, SSAValue) for o in offs)
    offset = None if dynamic else base + sum(int(o) * st for o, st in zip(offs, strides, strict=True))  # type: ignore[call-overload]
    shape = [DYNAMIC_INDEX if isinstance(z, SSAValue) else z for z in szs]
    result = MemRefType(t.element_type, shape, StridedLayoutAttr(strides, offset))
    view = memref.SubviewOp(
        value, [o for o in offs if isinstance(o, SSAValue)], [z for z in szs if isinstance(z, SSAValue)], [],
        [DYNAMIC_INDEX if isinstance(o, SSAValue) else o for o in offs], shape, [1] * len(dims), result,
    )  # fmt: skip
    return [view], view.result


def _tile_of(view: memref.SubviewOp) -> tuple[list[int | SSAValue], list[int | SSAValue]]:
    """The (offsets, sizes) of a unit-stride subview, each static or an SSA value."""
    if any(st != 1 for st in view.static_strides.get_values()):
        raise ScheduleError("fuse-into needs the consumer to read unit-stride tiles of the producer's output")
    offsets, sizes = iter(view.offsets), iter(view.sizes)
    return (
        [next(offsets) if o == DYNAMIC_INDEX else o for o in view.static_offsets.get_values()],
        [next(sizes) if z == DYNAMIC_INDEX else z for z in view.static_sizes.get_values()],
    )


def fuse_into(producer: Operation, consumer: Operation) -> list[linalg.GenericOp]:
    """Compute the elementwise ``producer`` on each tile of its output that ``consumer`` (a tiled
    linalg op) reads, right before it; the producer itself is erased when nothing else reads its
    output. The copies, one per tile operand."""
    _need(producer, linalg.GenericOp, "fuse-into", "a linalg.generic producer")
    _need(consumer, LinalgStructuredOperation, "fuse-into", "a linalg op consumer")
    assert isinstance(producer, linalg.GenericOp)
    _check_fusable_producer(producer)
    out = producer.outputs[0]
    tiles = [v for v in consumer.operands if isinstance(v.owner, memref.SubviewOp) and v.owner.source is out]
    if not tiles:
        raise ScheduleError("the consumer reads no memref.subview of the producer's output: tile the consumer first", "into")
    maps = [m.data for m in producer.indexing_maps.data]
    copies: list[linalg.GenericOp] = []
    for tile_value in tiles:
        assert isinstance(tile_value.owner, memref.SubviewOp)
        offsets, sizes = _tile_of(tile_value.owner)
        ops: list[Operation] = []
        inputs: list[SSAValue] = []
        for value, m in zip(producer.inputs, maps, strict=False):
            new_ops, sliced = _slice(value, m, offsets, sizes)
            ops += new_ops
            inputs.append(sliced)
        copy = linalg.GenericOp(inputs, [tile_value], producer.body.clone(), producer.indexing_maps, producer.iterator_types)
        copy.attributes.update(producer.attributes)
        parent = consumer.parent_block()
        assert parent is not None
        parent.insert_ops_before([*ops, copy], consumer)
        copies.append(copy)
    if all(use.operation is producer or isinstance(use.operation, memref.SubviewOp) and use.operation.results[0] in tiles for use in out.uses):
        producer.detach()
        producer.erase()
    return copies


# ---- pack --------------------------------------------------------------------------------------


def _packed_exprs(results: Sequence[AffineExpr], blocks: Sequence[int]) -> tuple[AffineExpr, ...]:
    """``(e_k floordiv b_k ..., e_k mod b_k ...)``: the blocked layout's index of element ``e``."""
    return (*(e // b for e, b in zip(results, blocks, strict=True)), *(e % b for e, b in zip(results, blocks, strict=True)))


def pack(op: Operation, operand: int, blocks: Sequence[int]) -> linalg.GenericOp:
    """Copy input ``operand`` of ``op`` into a new buffer in a blocked layout (dim ``k`` of size
    ``D_k`` becomes an outer dim ``D_k / b_k`` and an inner dim ``b_k``, the outer dims first) right
    before ``op``, and make ``op`` (as a ``linalg.generic``) read it there; the new op."""
    _need(op, LinalgStructuredOperation, "pack", "a linalg structured op")
    assert isinstance(op, LinalgStructuredOperation)
    if not 0 <= operand < len(op.inputs):
        raise ScheduleError(f"operand={operand} is not one of the {len(op.inputs)} inputs of '{op.name}'", "operand")
    value = op.inputs[operand]
    t = value.type
    if not isinstance(t, MemRefType) or any(d < 0 for d in t.get_shape()):
        raise ScheduleError(f"pack needs a statically shaped memref operand, not {t}", "operand")
    shape = list(t.get_shape())
    if len(blocks) != len(shape) or any(b < 1 or d % b for d, b in zip(shape, blocks, strict=True)):
        raise ScheduleError(f"blocks {','.join(map(str, blocks))} must be {len(shape)} sizes, each >= 1 and dividing {'x'.join(map(str, shape))}", "blocks")
    maps = [m.data for m in op.get_indexing_maps().data]
    packed_type = MemRefType(t.element_type, [d // b for d, b in zip(shape, blocks, strict=True)] + list(blocks))
    alloc = memref.AllocOp([], [], packed_type)
    rank = len(shape)
    dims = tuple(AffineExpr.dimension(k) for k in range(rank))
    copy_body = Block(arg_types=[t.element_type, t.element_type])
    copy_body.add_op(linalg.YieldOp(copy_body.args[0]))
    copy = linalg.GenericOp(
        [value], [alloc.memref], Region(copy_body),
        [AffineMapAttr(AffineMap.identity(rank)), AffineMapAttr(AffineMap(rank, 0, _packed_exprs(dims, blocks)))],
        [linalg.IteratorTypeAttr.parallel()] * rank,
    )  # fmt: skip
    new_maps = list(maps)
    new_maps[operand] = AffineMap(maps[operand].num_dims, 0, _packed_exprs(maps[operand].results, blocks))
    inputs = list(op.inputs)
    inputs[operand] = alloc.memref
    packed = linalg.GenericOp(
        inputs, list(op.outputs), op.body.clone(), [AffineMapAttr(m) for m in new_maps], op.get_iterator_types()
    )
    packed.attributes.update(op.attributes)
    parent = op.parent_block()
    assert parent is not None
    parent.insert_ops_before([alloc, copy, packed], op)
    op.detach()
    op.erase()
    return packed


# ---- vectorize ---------------------------------------------------------------------------------


def vectorize(op: Operation, lanes: int = 0) -> None:
    """``linalg-vectorize``'s lowering of one ``linalg.generic`` (``lanes`` 0: the op's schedule's,
    else the target's)."""
    _need(op, linalg.GenericOp, "vectorize", "a linalg.generic")
    assert isinstance(op, linalg.GenericOp)
    module = op.get_toplevel_object()
    target = target_of(module) if isinstance(module, ModuleOp) else None
    sched = schedule_of(op)
    width = lanes or (sched.lanes if sched else target.lanes if target else 8)
    if qualifies(op):
        VectorLowering.of(op, width, target).run()
    elif qualifies_row_reduction(op):
        maps = [m.data for m in op.indexing_maps.data]
        ranges: list = list(op.get_static_loop_ranges())
        RowReduction(op, width, list(op.operands), maps, ranges, target).run()
    else:
        raise ScheduleError(
            "vectorize needs an f32 linalg.generic on plain memrefs whose output's last index is a parallel loop that every "
            "operand reads contiguously or not at all, with an arith/math body (see linalg-vectorize)"
        )
    op.detach()
    op.erase()


# ---- the passes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrimitivePass(ModulePass):
    """A primitive applied to the ops selected by ``op`` / ``tag`` / ``nth``."""

    op: str = ""
    tag: str = ""
    nth: int = -1
    kind: ClassVar[type[Operation]] = Operation
    """The ops selected when neither ``op`` nor ``tag`` is given."""

    def apply_to(self, target: Operation) -> object:
        raise NotImplementedError

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        try:
            targets = select(op, self.op, self.tag, self.nth, self.kind)
        except ScheduleError as error:
            raise ScheduleError(f"{self.name}: {error}", error.option) from None
        for target in targets:
            try:
                self.apply_to(target)
            except ScheduleError as error:
                raise at_op(ScheduleError(f"{self.name}: {error}", error.option), target) from None


def _primitive_pass(
    name: str, summary: str, fields: dict[str, tuple[type, object]], body: Callable[..., object], kind: type[Operation]
) -> type[PrimitivePass]:
    """A registered frozen-dataclass pass named ``name`` with ``fields`` as options that calls
    ``body(target, **options)`` on every selected op (every ``kind`` op unless one is named)."""
    namespace: dict[str, object] = {
        "__doc__": summary,
        "__annotations__": {k: t for k, (t, _) in fields.items()},
        "kind": kind,
        "name": name,
        "apply_to": lambda self, target: body(target, **{k: getattr(self, k) for k in fields}),
        **{k: default for k, (_, default) in fields.items()},
    }
    cls = type(name.title().replace("-", "") + "Pass", (PrimitivePass,), namespace)
    cls.__module__ = __name__
    return register_pass(dataclass(frozen=True)(cls))


Ints = tuple[int, ...]
Strs = tuple[str, ...]

LinalgTilePass = _primitive_pass(
    "linalg-tile",
    "Tile the selected linalg op (op=NAME tag=T nth=N) into scf.for loops over memref.subview tiles: sizes=4,8,0 (partial=true allows a partial last tile; loop-tags=a,b tags the loops).",
    {"sizes": (Ints, ()), "partial": (bool, False), "loop_tags": (Strs, ())},
    lambda op, sizes, partial, loop_tags: tile(op, sizes, partial, loop_tags),
    LinalgStructuredOperation,
)
LinalgInterchangePass = _primitive_pass(
    "linalg-interchange",
    "Permute the loops of the selected linalg.generic or tiled scf.for nest (op=NAME tag=T nth=N): new loop i is old loop perm[i] (perm=1,0,2).",
    {"perm": (Ints, ())},
    interchange,
    linalg.GenericOp,
)
ScfUnrollPass = _primitive_pass(
    "scf-unroll",
    "Unroll the selected scf.for (tag=T nth=N; constant bounds) by factor=F, the remaining iterations in a remainder loop.",
    {"factor": (int, 2)},
    unroll,
    scf.ForOp,
)
ScfParallelizePass = _primitive_pass(
    "scf-parallelize",
    "Turn the selected scf.for made by linalg-tile over a parallel dim (tag=T nth=N) into an scf.parallel.",
    {},
    parallelize,
    scf.ForOp,
)


LinalgPackPass = _primitive_pass(
    "linalg-pack",
    "Copy input operand=I of the selected linalg op (op=NAME tag=T nth=N) into a blocked-layout buffer (blocks=8,4) before it; the op (now a linalg.generic) reads that.",
    {"operand": (int, 0), "blocks": (Ints, ())},
    pack,
    LinalgStructuredOperation,
)


def _fuse_into_tagged(producer: Operation, into: str) -> list[linalg.GenericOp]:
    if not into:
        raise ScheduleError("fuse-into needs into=TAG (the tag of the tiled consumer)", "into")
    root = producer.get_toplevel_object()
    assert isinstance(root, Operation)
    return [copy for consumer in select(root, tag=into) for copy in fuse_into(producer, consumer)]


LinalgFuseIntoPass = _primitive_pass(
    "linalg-fuse-into",
    "Compute the selected elementwise linalg.generic (op=NAME tag=T nth=N) inside each tile of the consumer tagged into=TAG that reads its output.",
    {"into": (str, "")},
    _fuse_into_tagged,
    linalg.GenericOp,
)
LinalgVectorizeOpPass = _primitive_pass(
    "linalg-vectorize-op",
    "Vectorize the selected linalg.generic (op=NAME tag=T nth=N) with linalg-vectorize's lowering; an error when it does not apply.",
    {"lanes": (int, 0)},
    vectorize,
    linalg.GenericOp,
)

