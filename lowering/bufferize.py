"""``bufferize``: the TENSOR STAGE -> the MEMREF STAGE (ARCHITECTURE §1).

Tensors become memrefs in destination-passing style. The calling convention of the memref stage
(the contract with the LLVM lowering and the runtime):

* the entry function ``@main(%in0: memref<..>, ..., %out0: memref<..>, ...)`` returns nothing;
  graph outputs are written into trailing caller-provided memref arguments, in result order,
  and the function carries the discardable attribute ``ember.num_outputs = N : i64``;
* each ``?`` dim of the memref arguments (inputs, then outputs, each dim in order) is one more
  ``index`` argument after the outputs (``ember.num_dim_args = K``), and ``tensor.dim`` of an
  argument becomes that argument; allocs with ``?`` dims take their sizes as operands;
* constants become ``memref.global "private" constant @__constant_<k> : memref<..> = dense<..>``
  read with ``memref.get_global`` (never written);
* every ``tensor.empty`` becomes a ``memref.alloc`` (64-byte aligned) released by a
  ``memref.dealloc`` after its last use (including uses through reshape views); they are plain
  top-level ops, and ``plan-memory`` (later in ``lower-to-loops``) replaces the pairs by views of
  one arena that the caller passes after the outputs (``%arena: memref<Nxi8>``,
  ``ember.arena_bytes = N``; see :mod:`ember.lowering.plan_memory`);
* a scalar result (e.g. `f32`) is written to a rank-0 output argument (`memref<f32>`);
* identity layouts only: no subviews. Reshapes become
  ``memref.collapse_shape`` / ``memref.expand_shape`` (views of contiguous buffers); copies
  are ``linalg.generic`` element copies;
* a linalg op writes into the buffer of its ``outs`` tensor when that tensor has no other use
  (always the case for IR from ``convert-graph-to-linalg``), otherwise into a fresh copy;
* a returned value whose destination chain starts at a ``tensor.empty`` is computed directly in
  the output argument (no extra copy); other returned values are copied into it.

Pre-condition: the tensor stage contract of ``convert-graph-to-linalg`` (func bodies are one block
of linalg/tensor/arith/math ops on ranked tensors; ``tensor.extract`` only inside linalg bodies or
at top level).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, scf, tensor
from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    AffineMapAttr,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    DictionaryAttr,
    FunctionType,
    IndexType,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    StringAttr,
    SymbolRefAttr,
    TensorType,
    UnitAttr,
    i64,
)
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.abstract_ops import LinalgStructuredOperation
from xdsl.dialects.linalg.attrs import IteratorTypeAttr
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.ir.affine import AffineMap
from xdsl.passes import ModulePass

from ember.diagnostics import pass_failure
from ember.dialects.upstream import op_class
from ember.registry import register_pass

NUM_OUTPUTS_ATTR = "ember.num_outputs"
"""Discardable function attribute: how many memref arguments after the inputs are outputs."""

NUM_DIM_ARGS_ATTR = "ember.num_dim_args"
"""Discardable function attribute: how many ``index`` arguments follow the outputs, the size of
each ``?`` dim of the memref arguments (inputs, then outputs, each dim in order)."""

ALLOC_ALIGNMENT = 64

PASS_NAME = "bufferize"


def memref_type(t: Attribute) -> Attribute:
    """The memref type of a tensor type (identity layout); other types unchanged."""
    if isinstance(t, TensorType):
        return MemRefType(t.get_element_type(), t.get_shape())
    return t


def _output_type(t: Attribute) -> MemRefType:
    """The output argument for a result of type ``t``: its memref, a rank-0 one for a scalar."""
    converted = memref_type(t)
    return converted if isinstance(converted, MemRefType) else MemRefType(t, [])


def _dense(value: Attribute) -> DenseIntOrFPElementsAttr:
    """A ``dense<...>`` attribute (memref.global in xDSL takes no dense_resource)."""
    if isinstance(value, DenseIntOrFPElementsAttr):
        return value
    from ember.dialects.graph.resources import dense_elements

    assert isinstance(value, DenseResourceAttr)
    return dense_elements(value)


def copy_op(source: SSAValue, dest: SSAValue) -> linalg.GenericOp:
    """An element-by-element copy ``dest[...] = source[...]`` of same-shape memrefs."""
    assert isinstance(source.type, MemRefType)
    rank = source.type.get_num_dims()
    element = source.type.get_element_type()
    block = Block(arg_types=[element, element])
    block.add_op(linalg.YieldOp(block.args[0]))
    return linalg.GenericOp(
        [source], [dest], Region(block), [AffineMapAttr(AffineMap.identity(rank))] * 2,
        [IteratorTypeAttr.parallel()] * rank,
    )  # fmt: skip


@dataclass
class FunctionBufferizer:
    """Rebuilds one function body on memrefs, op by op, into a fresh block."""

    fn: func.FuncOp
    module: ModuleOp
    globals_made: list[memref.GlobalOp]
    block: Block = field(init=False)
    buffers: dict[SSAValue, SSAValue] = field(default_factory=dict)
    roots: dict[SSAValue, SSAValue] = field(default_factory=dict)
    """Buffer value -> the alloc it is a view of (for deallocation)."""
    allocs: list[SSAValue] = field(default_factory=list)
    preassigned: dict[Operation, SSAValue] = field(default_factory=dict)
    """tensor.empty ops whose buffer is an output argument."""
    dim_args: dict[tuple[SSAValue, int], SSAValue] = field(default_factory=dict)
    """(memref argument, dim) -> the ``index`` argument holding that dim's run-time size."""

    def run(self) -> None:
        old = self.fn.body.block
        fn_type = self.fn.function_type
        outputs = list(fn_type.outputs.data)
        inputs = [memref_type(t) for t in fn_type.inputs.data]
        memrefs = [*inputs, *(_output_type(t) for t in outputs)]
        dims = [(arg, k) for arg, t in enumerate(memrefs) if isinstance(t, MemRefType) for k, d in enumerate(t.get_shape()) if d == DYNAMIC_INDEX]
        self.block = Block(arg_types=[*memrefs, *(IndexType() for _ in dims)])
        for arg, new in zip(old.args, self.block.args, strict=False):
            self.buffers[arg] = new
            new.name_hint = arg.name_hint
        out_args = list(self.block.args[len(inputs) : len(memrefs)])
        for index, out in enumerate(out_args):
            out.name_hint = f"out{index}"
        self.dim_args = {(self.block.args[arg], k): value for (arg, k), value in zip(dims, self.block.args[len(memrefs) :], strict=True)}
        for (arg, k), value in zip(dims, self.block.args[len(memrefs) :], strict=True):
            value.name_hint = f"{self.block.args[arg].name_hint or f'arg{arg}'}_d{k}"

        ret = old.last_op
        if not isinstance(ret, func.ReturnOp):
            raise pass_failure(PASS_NAME, self.fn, "function body must end in func.return")
        self._preassign_outputs(ret, out_args)
        for op in list(old.ops):
            self._convert(op, out_args)
        self._insert_deallocs()
        self.fn.body.detach_block(old)
        old.drop_all_references()
        self.fn.body.add_block(self.block)
        self.fn.function_type = FunctionType.from_lists(list(self.block.arg_types), [])
        self.fn.attributes[NUM_OUTPUTS_ATTR] = IntegerAttr(len(outputs), i64)
        if self.dim_args:
            self.fn.attributes[NUM_DIM_ARGS_ATTR] = IntegerAttr(len(self.dim_args), i64)
        if self.fn.arg_attrs is not None:
            extra = [DictionaryAttr({}) for _ in (*outputs, *self.dim_args)]
            self.fn.arg_attrs = type(self.fn.arg_attrs)([*self.fn.arg_attrs.data, *extra])
        self.fn.res_attrs = None

    # -- output destinations --------------------------------------------------------------

    def _preassign_outputs(self, ret: func.ReturnOp, out_args: Sequence[SSAValue]) -> None:
        for value, out in zip(ret.arguments, out_args, strict=True):
            root = _chain_root(value)
            if root is not None and root not in self.preassigned:
                self.preassigned[root] = out

    # -- per-op conversion ------------------------------------------------------------------

    def _convert(self, op: Operation, out_args: Sequence[SSAValue]) -> None:
        if isinstance(op, func.ReturnOp):
            self._return(op, out_args)
            return
        if isinstance(op, LinalgStructuredOperation):
            self._linalg(op)
            return
        handler = _HANDLERS.get(op_class(op))
        if handler is not None:
            handler(self, op)
            return
        if any(isinstance(t, TensorType) for t in (*op.operand_types, *op.result_types)):
            raise pass_failure(PASS_NAME, op, "cannot bufferize this op", "only the tensor stage of convert-graph-to-linalg is supported")
        self._clone(op)

    def _emit(self, op: Operation) -> Operation:
        self.block.add_op(op)
        return op

    def _clone(self, op: Operation) -> None:
        new = op.clone(value_mapper=dict(self.buffers))
        self._emit(new)
        for old, res in zip(op.results, new.results, strict=True):
            self.buffers[old] = res

    def _alloc(self, t: Attribute, sizes: Sequence[SSAValue] = ()) -> SSAValue:
        alloc = memref.AllocOp([self.buffers.get(v, v) for v in sizes], [], memref_type(t), IntegerAttr(ALLOC_ALIGNMENT, i64))
        self._emit(alloc)
        self.allocs.append(alloc.memref)
        self.roots[alloc.memref] = alloc.memref
        return alloc.memref

    def empty(self, op: tensor.EmptyOp) -> None:
        out = self.preassigned.get(op)
        self.buffers[op.tensor] = out if out is not None else self._alloc(op.tensor.type, op.dynamic_sizes)

    def dim(self, op: tensor.DimOp) -> None:
        """The size of a dynamic dim: the entry's dims argument for an argument's, else
        ``memref.dim`` of the buffer."""
        source, index = self.buffers[op.source], op.index.owner
        if isinstance(index, arith.ConstantOp) and (source, index.value.value.data) in self.dim_args:  # type: ignore[union-attr]
            self.buffers[op.result] = self.dim_args[(source, index.value.value.data)]  # type: ignore[union-attr]
            return
        new = memref.DimOp(source, self.buffers.get(op.index, op.index))
        self._emit(new)
        self.buffers[op.result] = new.result

    def constant(self, op: arith.ConstantOp) -> None:
        if not isinstance(op.result.type, TensorType):
            self._clone(op)
            return
        name = f"__constant_{len(self.globals_made)}"
        mtype = memref_type(op.result.type)
        glob = memref.GlobalOp.get(StringAttr(name), mtype, _dense(op.value), constant=UnitAttr(), alignment=ALLOC_ALIGNMENT)
        self.globals_made.append(glob)
        get = memref.GetGlobalOp.build(properties={"name": SymbolRefAttr(name)}, result_types=[mtype])
        self._emit(get)
        self.buffers[op.result] = get.results[0]

    def reshape(self, op: tensor.CollapseShapeOp | tensor.ExpandShapeOp) -> None:
        source = self.buffers[op.src]
        rtype = memref_type(op.result.type)
        if isinstance(op, tensor.CollapseShapeOp):
            new = memref.CollapseShapeOp.build(operands=[source], result_types=[rtype], properties={"reassociation": op.reassociation})
        else:
            new = memref.ExpandShapeOp.build(
                operands=[source, [self.buffers.get(v, v) for v in op.dynamic_output_shape]], result_types=[rtype],
                properties={"reassociation": op.reassociation, "static_output_shape": op.static_output_shape},
            )  # fmt: skip
        self._emit(new)
        self.buffers[op.result] = new.results[0]
        if source in self.roots:
            self.roots[new.results[0]] = self.roots[source]

    def extract(self, op: tensor.ExtractOp) -> None:
        load = memref.LoadOp.get(self.buffers[op.tensor], [self.buffers.get(i, i) for i in op.indices])
        self._emit(load)
        self.buffers[op.result] = load.res

    def _destination(self, init: SSAValue) -> SSAValue:
        """The buffer a linalg op may write for ``outs`` operand ``init``."""
        buffer = self.buffers[init]
        owner = init.owner
        in_place = init.uses.get_length() == 1 and isinstance(owner, tensor.EmptyOp | LinalgStructuredOperation)
        if in_place:
            return buffer
        fresh = self._alloc(init.type, self._sizes(buffer))
        if not isinstance(owner, tensor.EmptyOp):
            self._emit(copy_op(buffer, fresh))
        return fresh

    def _sizes(self, buffer: SSAValue) -> list[SSAValue]:
        """``memref.dim`` of each dynamic dim of ``buffer`` (for an alloc of its shape)."""
        t = buffer.type
        assert isinstance(t, MemRefType)
        sizes = []
        for k, d in enumerate(t.get_shape()):
            if d == DYNAMIC_INDEX:
                index = self._emit(arith.ConstantOp(IntegerAttr(k, IndexType())))
                sizes.append(self._emit(memref.DimOp(buffer, index.results[0])).results[0])
        return sizes

    def _linalg(self, op: LinalgStructuredOperation) -> None:
        ins = [self.buffers.get(v, v) for v in op.inputs]
        outs = [self._destination(v) for v in op.outputs]
        regions = [op.detach_region(r) for r in list(op.regions)]
        for region in regions:
            _rewrite_body(region, self.buffers)
        new = type(op).create(
            operands=[*ins, *outs],
            result_types=[],
            properties=dict(op.properties),
            attributes=dict(op.attributes),
            regions=regions,
        )
        self._emit(new)
        for res, out in zip(op.results, outs, strict=True):
            self.buffers[res] = out

    def _return(self, op: func.ReturnOp, out_args: Sequence[SSAValue]) -> None:
        for value, out in zip(op.arguments, out_args, strict=True):
            buffer = self.buffers.get(value, value)
            if not isinstance(buffer.type, MemRefType):  # a scalar result: a rank-0 output
                self._emit(memref.StoreOp.get(buffer, out, []))
            elif buffer is not out:
                self._emit(copy_op(buffer, out))
        self._emit(func.ReturnOp())

    # -- control flow (scf.if / scf.for from graph.if / graph.loop) ------------------------

    def if_(self, op: scf.IfOp) -> None:
        """Tensor results get buffers allocated before the ``scf.if``; each branch is
        bufferized into its own block (its allocs freed inside it) and copies what it yields
        into them. Scalar results stay results."""
        dests = self._region_results(op, op.result_types)
        kept = [t for t in op.result_types if not isinstance(t, TensorType)]
        regions = [Region(self._region_block(r.block, dests, {})) for r in op.regions]
        new = self._emit(scf.IfOp(self.buffers.get(op.cond, op.cond), kept, regions[0], regions[1]))
        self._map_results(op, dests, list(new.results))

    def for_(self, op: scf.ForOp) -> None:
        """Tensor iter_args live in buffers allocated (and filled with the initial values)
        before the ``scf.for``; the body reads them and copies what it yields back into them
        (through temporaries when one yielded value is another carried buffer). Scalar
        iter_args stay iter_args."""
        dests = self._region_results(op, op.result_types)
        for init, dest in zip(op.iter_args, dests, strict=True):
            if dest is not None:
                self._emit(copy_op(self.buffers.get(init, init), dest))
        old = op.body.block
        scalars = [init for init, dest in zip(op.iter_args, dests, strict=True) if dest is None]
        for arg, dest in zip(old.args[1:], dests, strict=True):
            if dest is not None:
                self.buffers[arg] = dest
        block = self._region_block(old, dests, {old.args[0]: 0, **{a: 1 + k for k, a in enumerate(a for a, d in zip(old.args[1:], dests, strict=True) if d is None)}})
        bounds = [self.buffers.get(v, v) for v in (op.lb, op.ub, op.step)]
        new = self._emit(scf.ForOp(*bounds, [self.buffers.get(v, v) for v in scalars], Region(block)))
        self._map_results(op, dests, list(new.results))

    def _region_results(self, op: Operation, types: Sequence[Attribute]) -> list[SSAValue | None]:
        """A buffer for each tensor result of a region op (None for a scalar one)."""
        if any(isinstance(t, TensorType) and DYNAMIC_INDEX in t.get_shape() for t in types):
            raise pass_failure(PASS_NAME, op, "cannot bufferize this op", "tensor results with run-time sizes are not supported")
        return [self._alloc(t) if isinstance(t, TensorType) else None for t in types]

    def _map_results(self, op: Operation, dests: Sequence[SSAValue | None], scalars: list[SSAValue]) -> None:
        for old, dest in zip(op.results, dests, strict=True):
            self.buffers[old] = dest if dest is not None else scalars.pop(0)

    def _region_block(self, old: Block, dests: Sequence[SSAValue | None], args: dict[SSAValue, int]) -> Block:
        """``old`` (a region's block ending in ``scf.yield``) rebuilt on memrefs; ``args`` maps
        the block arguments that stay (scalars) to their position in the new block. Yielded
        tensors are copied into ``dests``, scalars yielded; the block's own allocs are freed
        after their last use in it."""
        outer, outer_allocs = self.block, self.allocs
        self.block, self.allocs = Block(arg_types=[a.type for a in sorted(args, key=args.__getitem__)]), []
        for arg, position in args.items():
            self.buffers[arg] = self.block.args[position]
        for op in list(old.ops):
            if isinstance(op, scf.YieldOp):
                self._yield(op, dests)
            else:
                self._convert(op, ())
        self._insert_deallocs()
        block = self.block
        self.block, self.allocs = outer, outer_allocs
        return block

    def _yield(self, op: scf.YieldOp, dests: Sequence[SSAValue | None]) -> None:
        pairs = [(self.buffers.get(v, v), d) for v, d in zip(op.arguments, dests, strict=True) if d is not None]
        targets = {d for _, d in pairs}
        staged = []
        for source, dest in pairs:  # a source that is another destination is read before it is overwritten
            if source is not dest and self.roots.get(source, source) in targets:
                temp = self._alloc(source.type, self._sizes(source))
                self._emit(copy_op(source, temp))
                source = temp
            staged.append((source, dest))
        for source, dest in staged:
            if source is not dest:
                self._emit(copy_op(source, dest))
        self._emit(scf.YieldOp(*(self.buffers.get(v, v) for v, d in zip(op.arguments, dests, strict=True) if d is None)))

    # -- deallocation -----------------------------------------------------------------------

    def _insert_deallocs(self) -> None:
        """A ``memref.dealloc`` for each alloc of the current block after its last use there
        (a use nested in a region op counts at that op)."""
        last_use: dict[SSAValue, Operation] = {}
        top_ops = list(self.block.ops)
        for top in top_ops:
            for nested in top.walk():
                for operand in nested.operands:
                    root = self.roots.get(operand)
                    if root is not None:
                        last_use[root] = top
        terminator = self.block.last_op
        for alloc in self.allocs:
            anchor = last_use.get(alloc, alloc.owner)
            assert isinstance(anchor, Operation)
            if anchor is terminator:
                self.block.insert_op_before(memref.DeallocOp.get(alloc), anchor)
            else:
                self.block.insert_op_after(memref.DeallocOp.get(alloc), anchor)


def _chain_root(value: SSAValue) -> tensor.EmptyOp | None:
    """The tensor.empty a returned value is computed in, following in-place linalg outs."""
    current = value
    while True:
        owner = current.owner
        if isinstance(owner, tensor.EmptyOp):
            return owner if current.uses.get_length() == 1 else None
        if not isinstance(owner, LinalgStructuredOperation):
            return None
        assert isinstance(current, SSAValue)
        init = owner.outputs[list(owner.results).index(current)]
        if init.uses.get_length() != 1:
            return None
        current = init


def _rewrite_body(region: Region, buffers: dict[SSAValue, SSAValue]) -> None:
    """In a moved linalg body: outer tensor reads become memref.load; outer values remapped."""
    for op in list(region.walk()):
        if isinstance(op, tensor.ExtractOp) and op.tensor in buffers:
            load = memref.LoadOp.get(buffers[op.tensor], list(op.indices))
            assert op.parent_block() is not None
            op.parent_block().insert_op_before(load, op)  # type: ignore[union-attr]
            op.result.replace_all_uses_with(load.res)
            op.detach()
            op.erase()
            continue
        for index, operand in enumerate(op.operands):
            if operand in buffers:
                op.operands[index] = buffers[operand]


_HANDLERS: dict[type[Operation], Callable[[FunctionBufferizer, Operation], None]] = {
    tensor.EmptyOp: FunctionBufferizer.empty,  # type: ignore[dict-item]
    arith.ConstantOp: FunctionBufferizer.constant,  # type: ignore[dict-item]
    tensor.CollapseShapeOp: FunctionBufferizer.reshape,  # type: ignore[dict-item]
    tensor.ExpandShapeOp: FunctionBufferizer.reshape,  # type: ignore[dict-item]
    tensor.ExtractOp: FunctionBufferizer.extract,  # type: ignore[dict-item]
    tensor.DimOp: FunctionBufferizer.dim,  # type: ignore[dict-item]
    scf.IfOp: FunctionBufferizer.if_,  # type: ignore[dict-item]
    scf.ForOp: FunctionBufferizer.for_,  # type: ignore[dict-item]
}


@register_pass
@dataclass(frozen=True)
class BufferizePass(ModulePass):
    """Tensors to memrefs: outputs in caller buffers, constants as globals, alloc/dealloc."""

    name = "bufferize"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        made: list[memref.GlobalOp] = []
        for fn in [f for f in op.ops if isinstance(f, func.FuncOp)]:
            if fn.is_declaration or NUM_OUTPUTS_ATTR in fn.attributes:
                continue
            FunctionBufferizer(fn, op, made).run()
        first = op.body.block.first_op
        for glob in made:
            if first is None:
                op.body.block.add_op(glob)
            else:
                op.body.block.insert_op_before(glob, first)
