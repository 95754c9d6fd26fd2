"""``memref-flatten-dynamic``: memrefs with run-time sizes become 1-D buffers (loop stage).

ember lowers memrefs with the bare-pointer convention: a memref is a pointer, its strides are
constants. A memref with a ``?`` dim after the first has strides known only at run time, which
the pointer does not carry, so this pass (the last of the loop stage, before the LLVM
conversions) rewrites every memref with a ``?`` dim into a ``memref<?xT>`` of the same elements
and makes the addressing explicit ``index`` arithmetic::

    %a = memref.alloc(%b, %s) : memref<?x?x32xf32>          %n = (%b * %s) * 32
    %v = memref.load %a[%i, %j, %k]                 ==>     %a = memref.alloc(%n) : memref<?xf32>
                                                            %v = memref.load %a[(%i * %s + %j) * 32 + %k]

The sizes of a buffer come from where it is made: an entry argument's from the function's
``index`` size arguments (``ember.num_dim_args``, see :mod:`ember.lowering.bufferize`), an
alloc's or a view's (of ``plan-memory``'s run-time arena) from its operands, a reshape view's from its source's (collapse: products) or its
operands (expand). ``memref.dim`` becomes that size; strides are computed once where the
buffer is defined; reshape views of a flattened buffer are the buffer itself. ``vector.load`` /
``vector.store`` are rewritten like scalar accesses (their lanes run along the last dim, which
stays contiguous). A memref with static sizes is left alone.

Pre-condition: the loop stage (no linalg op left); run-time-sized memrefs are used only by the
ops above, ``memref.dealloc`` and ``func.return``. Post-condition: every memref type with a ``?``
is rank 1 with the identity layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, vector
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    StridedLayoutAttr,
    i64,
)
from xdsl.ir import BlockArgument, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from ember.diagnostics import pass_failure
from ember.dialects.upstream import op_class
from ember.lowering.bufferize import NUM_DIM_ARGS_ATTR, NUM_OUTPUTS_ATTR
from ember.registry import register_pass

PASS_NAME = "memref-flatten-dynamic"
Size = int | SSAValue


def has_run_time_sizes(op: Operation) -> bool:
    """Whether an operand or result of ``op`` is a memref with a ``?`` dim (the kernels and the
    vectoriser then check which run-time sizes they handle: a batch, a GEMM's rows, vector
    loops without strided reads)."""
    return any(
        isinstance(v.type, MemRefType) and DYNAMIC_INDEX in v.type.get_shape() for v in (*op.operands, *op.results)
    )


def has_inner_run_time_sizes(op: Operation) -> bool:
    """Whether a memref operand or result of ``op`` has a run-time size after its first dim
    (a run-time leading size, a batch, changes no stride: kernels loop to it)."""
    return any(_inner_dynamic(v.type) for v in (*op.operands, *op.results))


def _dynamic(t: object) -> bool:
    return isinstance(t, MemRefType) and DYNAMIC_INDEX in t.get_shape()


def _inner_dynamic(t: object) -> bool:
    """A memref with a run-time size after the first dim (its strides are not constants)."""
    return isinstance(t, MemRefType) and DYNAMIC_INDEX in t.get_shape()[1:]


def _flat_type(t: MemRefType) -> MemRefType:
    return MemRefType(t.element_type, [DYNAMIC_INDEX])


class Cursor:
    """Inserts ops one after another, starting right after ``anchor``."""

    def __init__(self, anchor: Operation) -> None:
        self.anchor = anchor

    def insert(self, op: Operation) -> SSAValue:
        Rewriter.insert_op(op, InsertPoint.after(self.anchor))
        self.anchor = op
        return op.results[0]


@dataclass
class FunctionFlattener:
    """Flattens the run-time-sized memrefs of one function."""

    fn: func.FuncOp
    sizes: dict[SSAValue, list[Size]] = field(default_factory=dict)
    strides: dict[SSAValue, list[SSAValue]] = field(default_factory=dict)
    consts: dict[int, SSAValue] = field(default_factory=dict)
    flat: set[SSAValue] = field(default_factory=set)
    """The 1-D buffers standing for N-d ones (their accesses are linearised)."""

    def run(self) -> None:
        self._arguments()
        for op in list(self.fn.walk()):
            handler = _HANDLERS.get(op_class(op))
            if handler is not None and any(_dynamic(v.type) for v in (*op.operands, *op.results)):
                handler(self, op)

    # ---- index arithmetic -------------------------------------------------------------------

    def _insert(self, op: Operation, point: InsertPoint | Cursor) -> SSAValue:
        if isinstance(point, Cursor):
            return point.insert(op)
        Rewriter.insert_op(op, point)
        return op.results[0]

    def _const(self, value: int) -> SSAValue:
        if value not in self.consts:
            self.consts[value] = self._insert(arith.ConstantOp(IntegerAttr(value, IndexType())), InsertPoint.at_start(self.fn.body.block))
        return self.consts[value]

    def _value(self, size: Size) -> SSAValue:
        return self._const(size) if isinstance(size, int) else size

    def _product(self, sizes: Sequence[Size], point: InsertPoint | Cursor) -> Size:
        """The product, folded over the static factors (ops inserted at ``point``)."""
        static = 1
        dynamic: SSAValue | None = None
        for s in sizes:
            if isinstance(s, int):
                static *= s
            else:
                dynamic = s if dynamic is None else self._insert(arith.MuliOp(dynamic, s), point)
        if dynamic is None:
            return static
        return dynamic if static == 1 else self._insert(arith.MuliOp(dynamic, self._const(static)), point)

    def _define(self, value: SSAValue, sizes: list[Size], point: InsertPoint | Cursor) -> None:
        """Record the 1-D ``value`` as an N-d buffer of ``sizes``; its strides are computed at
        ``point`` (right after the definition)."""
        self.sizes[value] = sizes
        self.flat.add(value)
        self.strides[value] = [self._value(self._product(sizes[k + 1 :], point)) for k in range(len(sizes))]

    # ---- definitions ------------------------------------------------------------------------

    def _arguments(self) -> None:
        """Each argument with an inner run-time size becomes a 1-D one; sizes of every
        run-time-sized argument from the size arguments."""
        block = self.fn.body.block
        count = self.fn.attributes.get(NUM_DIM_ARGS_ATTR)
        arena = 1 if "ember.arena_bytes" in self.fn.attributes else 0
        n = count.value.data if isinstance(count, IntegerAttr) else 0
        taken = iter(list(block.args[len(block.args) - arena - n : len(block.args) - arena]))
        entry = Cursor(self._const(1).owner)  # type: ignore[arg-type]  # (after the constants, which go first)
        for arg in list(block.args):
            t = arg.type
            if not _dynamic(t):
                continue
            assert isinstance(t, MemRefType) and isinstance(arg, BlockArgument)
            sizes: list[Size | None] = [d if d != DYNAMIC_INDEX else next(taken, None) for d in t.get_shape()]
            if any(s is None for s in sizes):
                raise pass_failure(PASS_NAME, self.fn, f"argument #{arg.index} has run-time sizes but no size argument",
                                   f"the function needs {NUM_DIM_ARGS_ATTR}")  # fmt: skip
            if not _inner_dynamic(t):
                self.sizes[arg] = sizes  # type: ignore[assignment]
                continue
            value = block.insert_arg(_flat_type(t), arg.index)
            value.name_hint = arg.name_hint
            arg.replace_all_uses_with(value)
            block.erase_arg(arg)
            self._define(value, sizes, entry)  # type: ignore[arg-type]
        self.fn.update_function_type()

    def alloc(self, op: memref.AllocOp) -> None:
        self._made(op, op.memref, list(op.dynamic_sizes), lambda total, t: memref.AllocOp([total], [], t, op.alignment))

    def view(self, op: memref.ViewOp) -> None:
        """A view of a byte buffer with run-time sizes (``plan-memory``'s run-time arena): like
        an alloc, a 1-D view of the same bytes when it has an inner run-time size."""
        self._made(op, op.result, list(op.sizes), lambda total, t: memref.ViewOp(op.source, op.byte_shift, [total], t))

    def _made(self, op: Operation, result: SSAValue, operands: list[SSAValue],
              flat: Callable[[SSAValue, MemRefType], Operation]) -> None:  # fmt: skip
        """A buffer made with its run-time sizes as ``operands``: its sizes are recorded; with
        an inner run-time size, ``op`` is replaced by ``flat(total, 1-D type)``."""
        t = result.type
        assert isinstance(t, MemRefType)
        given = iter(operands)
        sizes: list[Size] = [d if d != DYNAMIC_INDEX else next(given) for d in t.get_shape()]
        if not _inner_dynamic(t):
            self.sizes[result] = sizes
            return
        new = flat(self._value(self._product(sizes, InsertPoint.before(op))), _flat_type(t))
        Rewriter.insert_op(new, InsertPoint.before(op))
        result.replace_all_uses_with(new.results[0])
        self._define(new.results[0], sizes, Cursor(new))
        op.detach()
        op.erase()

    def collapse(self, op: memref.CollapseShapeOp) -> None:
        sizes = self._sizes(op, op.src)
        groups = [[int(i.value.data) for i in g.data] for g in op.reassociation.data]
        point = InsertPoint.before(op)
        self._reshaped(op, [self._product([sizes[i] for i in g], point) for g in groups])

    def expand(self, op: memref.ExpandShapeOp) -> None:
        operands = iter(op.output_shape)
        sizes: list[Size] = [d if d != DYNAMIC_INDEX else next(operands) for d in op.static_output_shape.get_values()]
        self._reshaped(op, sizes)

    def subview(self, op: memref.SubviewOp) -> None:
        """A tile (``linalg-tile{partial=true}``: run-time sizes and offset, static strides): its
        sizes are recorded for ``memref.dim``; the view stays, its layout's constant strides
        address it. A subview of a flattened buffer has run-time strides: refused."""
        result = op.result
        layout = result.type.layout  # type: ignore[union-attr]
        strides = layout.get_strides() if isinstance(layout, StridedLayoutAttr) else None
        if op.source in self.flat or strides is None or any(s is None or s == DYNAMIC_INDEX for s in strides):
            raise pass_failure(PASS_NAME, op, "a subview with run-time strides is not supported",
                               "tile memrefs whose sizes after the first are known at compile time")  # fmt: skip
        given = iter(op.sizes)
        self.sizes[result] = [d if d != DYNAMIC_INDEX else next(given) for d in op.static_sizes.get_values()]

    def _reshaped(self, op: memref.CollapseShapeOp | memref.ExpandShapeOp, sizes: list[Size]) -> None:
        """A reshape view: of a flattened buffer, or with an inner run-time size, the same 1-D
        buffer (an identity ``memref.cast`` or a collapse to 1-D: the same pointer) with the
        view's sizes; otherwise the view stays and its sizes are recorded."""
        result = op.results[0]
        if op.src not in self.flat and not _inner_dynamic(result.type):
            self.sizes[result] = sizes
            return
        if op.src in self.flat:
            flat_op: Operation = memref.CastOp.get(op.src, _flat_type(result.type))  # type: ignore[arg-type]
        else:
            rank = op.src.type.get_num_dims()  # type: ignore[union-attr]
            reassociation = ArrayAttr([ArrayAttr([IntegerAttr(i, i64) for i in range(rank)])])
            flat_op = memref.CollapseShapeOp.build(operands=[op.src], result_types=[_flat_type(result.type)],  # type: ignore[arg-type]
                                                   properties={"reassociation": reassociation})  # fmt: skip
        Rewriter.insert_op(flat_op, InsertPoint.before(op))
        result.replace_all_uses_with(flat_op.results[0])
        op.detach()
        op.erase()
        self._define(flat_op.results[0], sizes, Cursor(flat_op))

    def _sizes(self, op: Operation, value: SSAValue) -> list[Size]:
        if value not in self.sizes:
            raise pass_failure(PASS_NAME, op, "cannot tell the run-time sizes of this memref",
                               "run-time-sized memrefs must come from arguments, allocs or reshapes of them")  # fmt: skip
        return self.sizes[value]

    # ---- uses --------------------------------------------------------------------------------

    def dim(self, op: memref.DimOp) -> None:
        index = op.index.owner
        if not isinstance(index, arith.ConstantOp):
            raise pass_failure(PASS_NAME, op, "the dim index must be a constant")
        size = self._sizes(op, op.source)[index.value.value.data]  # type: ignore[union-attr]
        op.result.replace_all_uses_with(self._value(size))
        op.detach()
        op.erase()

    def _linear(self, op: Operation, value: SSAValue, indices: Sequence[SSAValue]) -> SSAValue:
        strides = self.strides.get(value)
        if strides is None:
            self._sizes(op, value)
            strides = self.strides[value]
        point = InsertPoint.before(op)
        total: SSAValue | None = None
        for index, stride in zip(indices, strides, strict=True):
            term = index if stride is self.consts.get(1) else self._insert(arith.MuliOp(index, stride), point)
            total = term if total is None else self._insert(arith.AddiOp(total, term), point)
        return total if total is not None else self._const(0)

    def load(self, op: memref.LoadOp) -> None:
        if op.memref not in self.flat:
            return
        flat = self._linear(op, op.memref, op.indices)
        new = memref.LoadOp.get(op.memref, [flat])
        self._replace(op, new)

    def store(self, op: memref.StoreOp) -> None:
        if op.memref not in self.flat:
            return
        flat = self._linear(op, op.memref, op.indices)
        self._replace(op, memref.StoreOp.get(op.value, op.memref, [flat]))

    def vector_load(self, op: vector.LoadOp) -> None:
        if op.base not in self.flat:
            return
        flat = self._linear(op, op.base, op.indices)
        self._replace(op, vector.LoadOp(op.base, [flat], op.result.type))

    def vector_store(self, op: vector.StoreOp) -> None:
        if op.base not in self.flat:
            return
        flat = self._linear(op, op.base, op.indices)
        self._replace(op, vector.StoreOp(op.vector, op.base, [flat]))

    def _replace(self, op: Operation, new: Operation) -> None:
        Rewriter.insert_op(new, InsertPoint.before(op))
        for old, res in zip(op.results, new.results, strict=True):
            old.replace_all_uses_with(res)
        op.detach()
        op.erase()



_HANDLERS = {
    memref.AllocOp: FunctionFlattener.alloc,
    memref.ViewOp: FunctionFlattener.view,
    memref.SubviewOp: FunctionFlattener.subview,
    memref.CollapseShapeOp: FunctionFlattener.collapse,
    memref.ExpandShapeOp: FunctionFlattener.expand,
    memref.DimOp: FunctionFlattener.dim,
    memref.LoadOp: FunctionFlattener.load,
    memref.StoreOp: FunctionFlattener.store,
    vector.LoadOp: FunctionFlattener.vector_load,
    vector.StoreOp: FunctionFlattener.vector_store,
}


@register_pass
@dataclass(frozen=True)
class MemrefFlattenDynamicPass(ModulePass):
    """Rewrite memrefs with run-time sizes as 1-D buffers with explicit index arithmetic (loop stage)."""

    name = PASS_NAME

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for fn in [f for f in op.ops if isinstance(f, func.FuncOp) and f.body.blocks]:
            if NUM_OUTPUTS_ATTR in fn.attributes or any(_dynamic(a.type) for a in fn.body.block.args):
                FunctionFlattener(fn).run()
            elif any(_dynamic(v.type) for o in fn.walk() for v in o.results):
                FunctionFlattener(fn).run()


__all__ = ["MemrefFlattenDynamicPass", "has_inner_run_time_sizes", "has_run_time_sizes"]
