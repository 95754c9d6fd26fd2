"""``convert-linalg-to-loops``: the MEMREF STAGE -> the LOOP STAGE (ARCHITECTURE §1).

Every linalg structured op on memrefs (``linalg.generic`` and the named ops, which expose their
indexing maps and body the same way) becomes a perfect ``scf.for`` nest over its static loop
ranges: ``memref.load`` of each operand at the index its affine map gives (index arithmetic is
emitted as ``arith.muli/addi/divsi/remsi`` on ``index``, no ``affine`` dialect), the body cloned
with ``linalg.index`` replaced by induction variables, ``memref.store`` of the yielded values.

Loop order: when the last parallel dim indexes the last (contiguous) dim of the outputs, the
reduction loops go just outside it (``i, k, j`` for a matmul, ``n, f, oh, c, kh, kw, ow`` for a
convolution) so the innermost loop streams along contiguous rows and LLVM can vectorise it
(PERFORMANCE.md: i-k-j 41 GFLOP/s vs 0.6 for i-j-k with a strict-FP inner reduction). Otherwise
(e.g. a reduction along the last axis) the parallel dims are outer and the reduction dims
inner; when the outputs do not depend on the reduction dims, the accumulators are then loaded
once, carried through the reduction loops as ``iter_args`` and stored once. Either way each
output element sees its reduction in the same (lexicographic) order. The result contains only ``scf``, ``memref``, ``arith``,
``math`` and ``func`` ops, plus whatever was already there; ``convert-scf-to-cf`` follows.

Parallel loops: when the target has several cores, the outermost loop with more than one
iteration becomes an ``scf.parallel`` if it is a parallel dim that indexes every output directly
(so iterations write disjoint elements) and the nest gives two threads
:func:`~ember.lowering.kernels.schedule.min_elements_per_thread` iteration points each (pooling,
softmax and reductions over large tensors; small ops stay serial).

Pre-condition: buffer semantics (run ``bufferize`` first) and static shapes. This replaces
xDSL's pass of the same name, which emits ``affine.apply`` and re-loads accumulators on every
iteration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import prod

from xdsl.context import Context
from xdsl.dialects import arith, memref, scf
from xdsl.dialects.builtin import IndexType, IntegerAttr, MemRefType, ModuleOp, i64
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.abstract_ops import LinalgStructuredOperation
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
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern

from ember.diagnostics import pass_failure
from ember.lowering.kernels.schedule import (
    THREADS_ATTRIBUTE,
    grain_for,
    min_elements_per_thread,
    parallel_threads,
)
from ember.registry import register_pass
from ember.target import Target, target_of

INDEX = IndexType()
PASS_NAME = "convert-linalg-to-loops"

_INDEX_OPS: dict[AffineBinaryOpKind, type[Operation]] = {
    AffineBinaryOpKind.Add: arith.AddiOp,
    AffineBinaryOpKind.Mul: arith.MuliOp,
    AffineBinaryOpKind.Mod: arith.RemSIOp,
    AffineBinaryOpKind.FloorDiv: arith.DivSIOp,
    AffineBinaryOpKind.CeilDiv: arith.CeilDivSIOp,
}
"""Index arithmetic for affine expressions (operands are non-negative loop indices)."""


class Emitter:
    """Appends ops to a block, with per-block caches for index constants and affine exprs."""

    def __init__(
        self, block: Block, ivs: dict[int, SSAValue], before: Operation | None = None, root: Emitter | None = None
    ) -> None:
        self.block = block
        self.ivs = ivs
        self.before = before
        self.root = root
        self.cache: dict[object, SSAValue] = {}
        self.loops: list[scf.ForOp | scf.ParallelOp] = root.loops if root is not None else []

    def inner(self, block: Block) -> Emitter:
        """An emitter for a nested block sharing this one's constants and loop list."""
        return Emitter(block, self.ivs, root=self.root or self)

    def emit(self, op: Operation) -> Operation:
        if self.before is not None:
            self.block.insert_op_before(op, self.before)
        else:
            self.block.add_op(op)
        return op

    def const(self, value: int) -> SSAValue:
        if self.root is not None:
            return self.root.const(value)
        key = ("const", value)
        if key not in self.cache:
            const = arith.ConstantOp.from_int_and_width(value, INDEX)
            if self.loops:  # keep constants above the outermost loop so every loop sees them
                self.block.insert_op_before(const, self.loops[0])
            else:
                self.emit(const)
            self.cache[key] = const.result
        return self.cache[key]

    def expr(self, e: AffineExpr) -> SSAValue:
        if isinstance(e, AffineDimExpr):
            return self.ivs[e.position]
        if isinstance(e, AffineConstantExpr):
            return self.const(e.value)
        if not isinstance(e, AffineBinaryOpExpr):
            raise ValueError(f"unsupported affine expression {e}")
        key = ("expr", str(e))
        if key not in self.cache:
            lhs, rhs = self.expr(e.lhs), self.expr(e.rhs)
            self.cache[key] = self.emit(_INDEX_OPS[e.kind](lhs, rhs)).results[0]  # type: ignore[call-arg]
        return self.cache[key]

    def indices(self, m: AffineMap) -> list[SSAValue]:
        return [self.expr(e) for e in m.results]


Range = int | SSAValue
"""A loop's trip count: a number, or an ``index`` value known at run time."""


def loop_ranges(op: LinalgStructuredOperation) -> list[int]:
    """Static trip count of each loop dim, read from an operand dim indexed by exactly it."""
    sources = range_sources(op)
    if any(s is None or s[2] < 0 for s in sources):
        raise pass_failure(PASS_NAME, op, "cannot infer static loop ranges", "shapes must be static")
    return [s[2] for s in sources]  # type: ignore[index]


def range_sources(op: LinalgStructuredOperation) -> list[tuple[SSAValue, int, int] | None]:
    """Per loop dim: (operand, its dim, that dim's static size or DYNAMIC_INDEX) of an operand
    dim indexed by exactly the loop dim, preferring a static size."""
    maps = [m.data for m in op.get_indexing_maps().data]
    sources: list[tuple[SSAValue, int, int] | None] = [None] * maps[0].num_dims
    for value, m in zip(op.operands, maps, strict=True):
        if not isinstance(value.type, MemRefType):
            continue
        shape = value.type.get_shape()
        for position, e in enumerate(m.results):
            if isinstance(e, AffineDimExpr) and (sources[e.position] is None or sources[e.position][2] < 0):  # type: ignore[index]
                sources[e.position] = (value, position, int(shape[position]))
    return sources


def run_time_ranges(op: LinalgStructuredOperation, em: Emitter) -> list[Range]:
    """:func:`loop_ranges` where a size may be known only at run time: such a trip count is a
    ``memref.dim`` of the operand (emitted with ``em``)."""
    ranges: list[Range] = []
    for source in range_sources(op):
        if source is None:
            raise pass_failure(PASS_NAME, op, "cannot infer the loop ranges", "every loop dim must index an operand dim")
        value, position, size = source
        ranges.append(size if size >= 0 else em.emit(memref.DimOp(value, em.const(position))).results[0])
    return ranges


def _bound(em: Emitter, upper: Range) -> SSAValue:
    return em.const(upper) if isinstance(upper, int) else upper


def for_loop(em: Emitter, upper: Range, iter_args: Sequence[SSAValue]) -> tuple[scf.ForOp, Block]:
    body = Block(arg_types=[INDEX, *(v.type for v in iter_args)])
    loop = scf.ForOp(em.const(0), _bound(em, upper), em.const(1), list(iter_args), body)
    em.emit(loop)
    em.loops.append(loop)
    return loop, body


def parallel_for(em: Emitter, upper: Range, threads: int) -> tuple[scf.ForOp | scf.ParallelOp, Block]:
    """:func:`for_loop` without iter_args, as an ``scf.parallel`` on ``threads`` when > 1."""
    if threads < 2:
        return for_loop(em, upper, [])
    body = Block(arg_types=[INDEX])
    loop = scf.ParallelOp([em.const(0)], [_bound(em, upper)], [em.const(1)], Region(body))
    loop.attributes[THREADS_ATTRIBUTE] = IntegerAttr(threads, i64)
    em.emit(loop)
    em.loops.append(loop)
    return loop, body


def outer_threads(target: Target | None, ranges: Sequence[Range], dim: int, work: int | None = None) -> int:
    """Threads for a nest whose outermost loop is ``dim`` (of ``ranges``): enough iteration points
    (``work``, default all of them) for two threads, else 1 (also when a trip count is known
    only at run time)."""
    if target is None or target.cores < 2 or not all(isinstance(r, int) for r in ranges) or not ranges[dim]:
        return 1
    total = work if work is not None else prod(ranges)
    grain = grain_for(total // ranges[dim], min_elements_per_thread(target.lanes))
    return parallel_threads(target.cores, ranges[dim], grain)


def writes_disjoint(out_maps: Sequence[AffineMap], dim: int) -> bool:
    """Whether every output is indexed by ``dim`` directly (distinct iterations of ``dim`` then
    write distinct elements)."""
    return bool(out_maps) and all(AffineDimExpr(dim) in m.results for m in out_maps)


def parallel_position(order: Sequence[int], iters: Sequence[str], ranges: Sequence[Range],
                      out_maps: Sequence[AffineMap]) -> int | None:  # fmt: skip
    """The position in ``order`` of the loop that may be parallel: the outermost one with more
    than one iteration (loops of one iteration, such as a batch of 1, are skipped), if it is a
    parallel dim writing disjoint elements; None otherwise (also when every loop has one
    iteration: ``len(order)`` is returned then, for a caller with a further loop inside)."""
    for position, d in enumerate(order):
        if not isinstance(ranges[d], int) or ranges[d] > 1:
            return position if iters[d] == "parallel" and writes_disjoint(out_maps, d) else None
    return len(order)


@dataclass
class StructuredLowering:
    """Lowers one linalg structured op on memrefs to loops (see the module docstring); the
    outermost loop is parallel on ``target``'s cores when that pays."""

    op: LinalgStructuredOperation
    target: Target | None = None

    def run(self) -> None:
        op = self.op
        self.maps = [m.data for m in op.get_indexing_maps().data]
        iters = [str(it.data) for it in op.get_iterator_types().data]
        parallel = [d for d, it in enumerate(iters) if it == "parallel"]
        reduction = [d for d, it in enumerate(iters) if it != "parallel"]
        out_maps = self.maps[len(op.inputs) :]
        used = set().union(*(m.used_dims() for m in out_maps)) if out_maps else set()
        parent = op.parent_block()
        assert parent is not None
        ivs: dict[int, SSAValue] = {}
        em = top = Emitter(parent, ivs, before=op)
        ranges = run_time_ranges(op, em)
        if reduction and _contiguous_parallel_tail(out_maps, self.maps[: len(op.inputs)], parallel):
            order = [*parallel[:-1], *reduction, parallel[-1]]
            carry = False
        else:
            order = parallel
            carry = bool(reduction) and not (used & set(reduction))
            if not carry:
                order = [*parallel, *reduction]
        blocks: list[tuple[Block, scf.ForOp | scf.ParallelOp]] = []
        chosen = parallel_position(order, iters, ranges, out_maps)
        threads = outer_threads(self.target, ranges, order[chosen]) if chosen is not None and chosen < len(order) else 1
        for position, d in enumerate(order):
            loop, body = parallel_for(em, ranges[d], threads if position == chosen else 1)
            ivs[d] = body.args[0]
            blocks.append((em.block, loop))
            em = em.inner(body)
        if carry:
            self._carried(em, ivs, reduction, ranges)
        else:
            self.hoist = _Hoisting(top, order, blocks)
            self._point(em, None)
        close_loops(top.loops)

    def _carried(self, em: Emitter, ivs: dict[int, SSAValue], reduction: list[int], ranges: list[Range]) -> None:
        """Load accumulators, reduce in loops carrying them, store them once."""
        outs = list(self.op.outputs)
        n_in = len(self.op.inputs)
        out_idx = [em.indices(m) for m in self.maps[n_in:]]
        accs = [em.emit(memref.LoadOp.get(o, idx)).results[0] for o, idx in zip(outs, out_idx, strict=True)]
        outer = em
        loops: list[tuple[Emitter, scf.ForOp]] = []
        current = accs
        for d in reduction:
            loop, body = for_loop(em, ranges[d], current)
            ivs[d] = body.args[0]
            loops.append((em, loop))
            current = list(body.args[1:])
            em = em.inner(body)
        results = self._point(em, current)
        for _, loop in reversed(loops):
            em.emit(scf.YieldOp(*results))
            results = list(loop.results)
            em = em.inner(loop.parent_block())  # type: ignore[arg-type]
        for value, o, idx in zip(results, outs, out_idx, strict=True):
            outer.emit(memref.StoreOp.get(value, o, idx))

    def _point(self, em: Emitter, accs: list[SSAValue] | None) -> list[SSAValue]:
        """The body at one iteration point; stores results unless accumulators are carried."""
        op = self.op
        block = op.body.block
        n_in = len(op.inputs)
        mapping: dict[SSAValue, SSAValue] = {}
        mapping.update(self._load_inputs(em, accs is None))
        out_args = block.args[n_in:]
        if accs is not None:
            mapping.update(zip(out_args, accs, strict=True))
        else:
            for arg, value, m in zip(out_args, op.outputs, self.maps[n_in:], strict=True):
                if arg.uses:
                    mapping[arg] = self._load(em, value, m)
        yielded: list[SSAValue] = []
        for inner in block.ops:
            if isinstance(inner, linalg.YieldOp):
                yielded = [mapping.get(v, v) for v in inner.operands]
            elif isinstance(inner, linalg.IndexOp):
                mapping[inner.result] = em.ivs[inner.dim.value.data]
            else:
                new = inner.clone(value_mapper=mapping)
                em.emit(new)
                mapping.update(zip(inner.results, new.results, strict=True))
        if accs is None:
            for value, o, m in zip(yielded, op.outputs, self.maps[n_in:], strict=True):
                em.emit(memref.StoreOp.get(value, o, em.indices(m)))
        return yielded

    def _load_inputs(self, em: Emitter, may_hoist: bool) -> dict[SSAValue, SSAValue]:
        """Body arguments of the inputs: loads (hoisted out of loops they do not depend on)."""
        op = self.op
        n_in = len(op.inputs)
        hoist: _Hoisting | None = getattr(self, "hoist", None) if may_hoist else None
        mapping: dict[SSAValue, SSAValue] = {}
        for arg, value, m in zip(op.body.block.args[:n_in], op.inputs, self.maps[:n_in], strict=True):
            if not isinstance(value.type, MemRefType):
                mapping[arg] = value
                continue
            mapping[arg] = self._load(hoist.emitter_for(m, em) if hoist else em, value, m)
        return mapping

    @staticmethod
    def _load(em: Emitter, value: SSAValue, m: AffineMap) -> SSAValue:
        return em.emit(memref.LoadOp.get(value, em.indices(m))).results[0]


class _Hoisting:
    """Loop-invariant input loads: emitted just inside the innermost loop whose index they use
    (inputs never alias the outputs of a linalg op, so no store in the nest changes them)."""

    def __init__(
        self, top: Emitter, order: Sequence[int], blocks: Sequence[tuple[Block, scf.ForOp | scf.ParallelOp]]
    ) -> None:
        self.top = top
        self.order = list(order)
        self.blocks = list(blocks)
        self.emitters: dict[int, Emitter] = {}

    def emitter_for(self, m: AffineMap, innermost: Emitter) -> Emitter:
        used = m.used_dims()
        depth = max((self.order.index(d) + 1 for d in used), default=0)
        if depth >= len(self.order):
            return innermost
        if depth not in self.emitters:
            block, inner_loop = self.blocks[depth]
            self.emitters[depth] = Emitter(block, self.top.ivs, before=inner_loop, root=self.top)
        return self.emitters[depth]


def _contiguous_parallel_tail(
    out_maps: Sequence[AffineMap], in_maps: Sequence[AffineMap], parallel: Sequence[int]
) -> bool:
    """Whether the last parallel dim indexes the last (contiguous) dim of every output and of
    some input: then the reduction loops go outside it and the innermost loop streams along
    rows (i-k-j order for a matmul), which LLVM vectorises; otherwise (a row reduction, say) the
    reduction stays innermost, carried in registers."""
    if not parallel or not out_maps:
        return False
    last = parallel[-1]
    outputs_ok = all(
        m.results and isinstance(m.results[-1], AffineDimExpr) and m.results[-1].position == last
        for m in out_maps
    )
    return outputs_ok and any(m.results and last in m.results[-1].used_dims() for m in in_maps)


def close_loops(loops: Sequence[scf.ForOp | scf.ParallelOp]) -> None:
    """Terminate every scf.for / scf.parallel body created for one op that has no terminator yet."""
    for loop in loops:
        body = loop.body.block
        if not isinstance(body.last_op, scf.YieldOp | scf.ReduceOp):
            body.add_op(scf.ReduceOp() if isinstance(loop, scf.ParallelOp) else scf.YieldOp())


@dataclass
class LowerStructuredOp(RewritePattern):
    """Rewrites one linalg structured op on memrefs into an scf.for nest (parallel on ``target``)."""

    target: Target | None = None

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        if not isinstance(op, LinalgStructuredOperation):
            return
        if op.results or any(_is_tensor(v.type) for v in op.operands):
            raise pass_failure(
                PASS_NAME, op, "requires buffer semantics",
                "tensor operands must be bufferized to memrefs first (run bufferize)",
            )  # fmt: skip
        StructuredLowering(op, self.target).run()
        rewriter.erase(op)


def _is_tensor(t: Attribute) -> bool:
    from xdsl.dialects.builtin import TensorType

    return isinstance(t, TensorType)


@register_pass
@dataclass(frozen=True)
class ConvertLinalgToLoopsPass(ModulePass):
    """Lower linalg ops on memrefs to scf.for nests of memref.load/store and scalar ops."""

    name = "convert-linalg-to-loops"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(LowerStructuredOp(target_of(op)), apply_recursively=False).rewrite_module(op)
