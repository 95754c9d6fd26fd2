"""``linalg-fuse-elementwise``: merge the elementwise generics of a fusion group into one.

TENSOR STAGE, after ``convert-graph-to-linalg`` and before ``bufferize``. ``graph-fuse`` marks
fusion groups (``ember.fusion_group``); here a ``linalg.generic`` *producer* is merged into the
``linalg.generic`` *consumer* of its result when both carry the same group id and

* the producer has one result, only parallel loops, the identity output map and a body that
  does not read its output element,
* every use of that result is an input of the consumer, all read through one indexing map ``c``.

The merged generic runs the consumer's loops; the producer's inputs join its inputs with maps
``p ∘ c`` (the producer's map after the consumer's), and its body computes the producer's value
first and feeds it to the consumer's body where the consumer read the result. This is MLIR's
elementwise producer-consumer fusion (``linalg-fuse-elementwise-ops``) restricted to what
``graph-fuse`` chose: a chain ``add -> relu -> mul`` becomes one generic, hence one loop nest;
the kernels' epilogues (``linalg-conv-microkernel``, ``linalg-matmul-microkernel``) then take a
group's single generic into the anchor's store loop. The producer's now unused ``tensor.empty``
init is erased.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import tensor
from xdsl.dialects.builtin import AffineMapAttr, ModuleOp
from xdsl.dialects.linalg import ops as linalg
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.ir.affine import AffineMap
from xdsl.passes import ModulePass

from ember.dialects.graph.base import FUSION_GROUP, fusion_group
from ember.lowering.graph_to_linalg.builders import elem
from ember.registry import register_pass


def _maps(op: linalg.GenericOp) -> list[AffineMap]:
    return [m.data for m in op.indexing_maps.data]


def fusable_producer(producer: Operation) -> bool:
    """Whether ``producer`` can be computed inside its consumer's loops (module docstring)."""
    if not isinstance(producer, linalg.GenericOp) or len(producer.results) != 1 or len(producer.outputs) != 1:
        return False
    if any(str(it.data) != "parallel" for it in producer.iterator_types.data):
        return False
    out_map = _maps(producer)[-1]
    out_arg = producer.body.block.args[len(producer.inputs)]
    return out_map == AffineMap.identity(out_map.num_dims) and not out_arg.uses


def consumer_map(consumer: linalg.GenericOp, value: SSAValue) -> AffineMap | None:
    """The one map through which ``consumer`` reads ``value`` as an input; None when ``value``
    has a use elsewhere or is read through several maps."""
    inputs = list(consumer.inputs)
    if any(use.operation is not consumer or use.index >= len(inputs) for use in value.uses):
        return None
    maps = {_maps(consumer)[i] for i, v in enumerate(inputs) if v is value}
    return maps.pop() if len(maps) == 1 else None


def fuse(producer: linalg.GenericOp, consumer: linalg.GenericOp, through: AffineMap) -> linalg.GenericOp:
    """The generic computing ``consumer`` with ``producer``'s body inlined (module docstring)."""
    value = producer.results[0]
    kept = [i for i, v in enumerate(consumer.inputs) if v is not value]
    consumer_maps, producer_maps = _maps(consumer), _maps(producer)
    inputs = [consumer.inputs[i] for i in kept] + list(producer.inputs)
    maps = [consumer_maps[i] for i in kept]
    maps += [m.compose(through) for m in producer_maps[: len(producer.inputs)]]
    maps += consumer_maps[len(consumer.inputs) :]
    block = Block(arg_types=[elem(v) for v in (*inputs, *consumer.outputs)])
    new_args = list(block.args)
    mapping: dict[SSAValue, SSAValue] = dict(
        zip(producer.body.block.args[: len(producer.inputs)], new_args[len(kept) : len(inputs)], strict=True)
    )
    produced = _inline(producer.body.block, block, mapping)[0]
    consumer_args = consumer.body.block.args
    for position, i in enumerate(kept):
        mapping[consumer_args[i]] = new_args[position]
    for i, v in enumerate(consumer.inputs):
        if v is value:
            mapping[consumer_args[i]] = produced
    for arg, new in zip(consumer_args[len(consumer.inputs) :], new_args[len(inputs) :], strict=True):
        mapping[arg] = new
    block.add_op(linalg.YieldOp(*_inline(consumer.body.block, block, mapping)))
    fused = linalg.GenericOp(
        inputs,
        list(consumer.outputs),
        Region(block),
        [AffineMapAttr(m) for m in maps],
        consumer.iterator_types,
        [r.type for r in consumer.results],
    )
    fused.attributes.update(consumer.attributes)
    return fused


def _inline(source: Block, into: Block, mapping: dict[SSAValue, SSAValue]) -> list[SSAValue]:
    """Clone ``source``'s ops but its yield into ``into``; returns the yielded values."""
    for op in source.ops:
        if isinstance(op, linalg.YieldOp):
            return [mapping[v] for v in op.operands]
        clone = op.clone(value_mapper=mapping)
        into.add_op(clone)
        mapping.update(zip(op.results, clone.results, strict=True))
    raise AssertionError("a linalg.generic body ends with linalg.yield")


def fuse_once(consumer: linalg.GenericOp) -> linalg.GenericOp | None:
    """Merge one producer of ``consumer``'s group into it; the merged op, or None."""
    group = fusion_group(consumer)
    for value in dict.fromkeys(consumer.inputs):
        producer = value.owner
        if not isinstance(producer, linalg.GenericOp) or fusion_group(producer) != group or not fusable_producer(producer):
            continue
        through = consumer_map(consumer, value)
        if through is None:
            continue
        fused = fuse(producer, consumer, through)
        block = consumer.parent_block()
        assert block is not None
        block.insert_op_before(fused, consumer)
        for old, new in zip(consumer.results, fused.results, strict=True):
            old.replace_all_uses_with(new)
        init = producer.outputs[0]
        for dead in (consumer, producer):
            dead.detach()
            dead.erase()
        if isinstance(init.owner, tensor.EmptyOp) and not init.uses:
            init.owner.detach()
            init.owner.erase()
        return fused
    return None


@register_pass
@dataclass(frozen=True)
class LinalgFuseElementwisePass(ModulePass):
    """Merge elementwise linalg.generic producers into their consumers within a fusion group.

    Tensor stage, after convert-graph-to-linalg: the groups graph-fuse marked (ember.fusion_group)
    become one generic each (producer-consumer fusion, maps composed)."""

    name = "linalg-fuse-elementwise"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for consumer in [o for o in op.walk() if isinstance(o, linalg.GenericOp) and FUSION_GROUP in o.attributes]:
            current: linalg.GenericOp | None = consumer
            while current is not None:
                current = fuse_once(current)
