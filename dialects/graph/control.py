"""Control flow of the graph dialect: ``graph.if``, ``graph.loop`` and their terminator ``graph.yield``.

``graph.if`` is ONNX ``If``: a one-element ``i1`` tensor condition and two single-block regions
(then, else) without arguments, each ending in ``graph.yield`` of the op's results. The regions
read values of the enclosing function directly (implicit capture through SSA dominance, as MLIR
regions do), so an ONNX subgraph that names an outer value just uses that SSA value. Result types
are the branches' yielded types, which must be equal (static shapes). Sits in the graph stage:
the ONNX frontend (``frontend/onnx/control_flow.py``) builds it, ``graph-fold-constants`` inlines
it when the condition is constant, ``convert-graph-to-linalg`` lowers it to ``scf.if`` on
tensors (``docs/control-flow.md``).

``graph.loop`` is ONNX ``Loop`` with a trip count: operands ``(M: tensor<i64>, cond: tensor<i1>,
initial carried values...)``; one region whose block arguments are ``(iteration: tensor<i64>,
cond: tensor<i1>, carried...)`` and whose ``graph.yield`` gives ``(cond, carried..., scan
slices...)``. Results: the final carried values, then each scan output, the per-iteration slices
stacked along a new leading dim (its size the number of iterations run, static: the importer
only builds scan outputs when that count is known at compile time). The body runs while the
iteration is below ``M`` and the condition is true (checked before each iteration). ONNX Scan is
imported as a ``graph.loop`` too. It lowers to ``scf.for`` (``docs/control-flow.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import IntegerType, TensorType
from xdsl.ir import Attribute, Block, Region, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    region_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.traits import IsTerminator, Pure, RecursiveMemoryEffect
from xdsl.utils.exceptions import VerifyException


@irdl_op_definition
class YieldOp(IRDLOperation):
    """``graph.yield``: the values a region of a graph control-flow op produces."""

    name = "graph.yield"
    values = var_operand_def()
    assembly_format = "attr-dict ($values^ `:` type($values))?"
    traits = traits_def(IsTerminator(), Pure())

    def __init__(self, *values: SSAValue) -> None:
        super().__init__(operands=[list(values)])


def yielded_types(region: Region, what: str, op_name: str) -> list[Attribute]:
    """The types ``region``'s ``graph.yield`` returns (it must have one block ending in one)."""
    if len(region.blocks) != 1:
        raise VerifyException(f"'{op_name}' op {what} region must have exactly one block")
    last = region.block.last_op
    if not isinstance(last, YieldOp):
        raise VerifyException(f"'{op_name}' op {what} region must end in graph.yield")
    return [v.type for v in last.values]


@irdl_op_definition
class IfOp(IRDLOperation):
    """``graph.if``: ONNX If (a run-time condition choosing one of two regions)."""

    name = "graph.if"
    cond = operand_def(TensorType)
    outs = var_result_def()
    then_region = region_def("single_block")
    else_region = region_def("single_block")
    assembly_format = "$cond attr-dict `:` type($cond) (`->` type($outs)^)? $then_region `else` $else_region"
    traits = traits_def(RecursiveMemoryEffect())

    def __init__(self, cond: SSAValue, result_types: Sequence[Attribute], then_block: Block, else_block: Block) -> None:
        super().__init__(operands=[cond], result_types=[list(result_types)], regions=[Region(then_block), Region(else_block)])

    def verify_(self) -> None:
        ctype = self.cond.type
        if not (isinstance(ctype, TensorType) and ctype.get_element_type() == IntegerType(1) and _one_element(ctype)):
            raise VerifyException(f"'{self.name}' op condition must be a one-element tensor of i1, got {ctype}")
        results = [r.type for r in self.results]
        for what, region in (("then", self.then_region), ("else", self.else_region)):
            if region.block.args:
                raise VerifyException(f"'{self.name}' op {what} region must have no arguments")
            types = yielded_types(region, what, self.name)
            if types != results:
                raise VerifyException(
                    f"'{self.name}' op {what} region yields ({', '.join(map(str, types))}), "
                    f"the op's results are ({', '.join(map(str, results))})"
                )


@irdl_op_definition
class LoopOp(IRDLOperation):
    """``graph.loop``: ONNX Loop with a trip count (carried values, early exit, scan outputs)."""

    name = "graph.loop"
    trip_count = operand_def(TensorType)
    cond = operand_def(TensorType)
    inits = var_operand_def()
    outs = var_result_def()
    body = region_def("single_block")
    assembly_format = "operands attr-dict `:` functional-type(operands, results) $body"
    traits = traits_def(RecursiveMemoryEffect())

    def __init__(self, trip_count: SSAValue, cond: SSAValue, inits: Sequence[SSAValue], result_types: Sequence[Attribute], body: Block) -> None:
        super().__init__(operands=[trip_count, cond, list(inits)], result_types=[list(result_types)], regions=[Region(body)])

    @property
    def num_scan(self) -> int:
        return len(self.outs) - len(self.inits)

    def verify_(self) -> None:
        for what, value, element in (("trip count", self.trip_count, IntegerType(64)), ("condition", self.cond, IntegerType(1))):
            t = value.type
            if not (isinstance(t, TensorType) and t.get_element_type() == element and _one_element(t)):
                raise VerifyException(f"'{self.name}' op {what} must be a one-element tensor of {element}, got {t}")
        carried = [v.type for v in self.inits]
        args = [a.type for a in self.body.block.args]
        if args[2:] != carried or len(args) != len(carried) + 2:
            raise VerifyException(f"'{self.name}' op body arguments must be (iteration, condition, {len(carried)} carried values of the initial values' types)")
        yielded = yielded_types(self.body, "body", self.name)
        results = [r.type for r in self.results]
        if len(yielded) != len(results) + 1 or yielded[1 : 1 + len(carried)] != carried or results[: len(carried)] != carried:
            raise VerifyException(f"'{self.name}' op body must yield (condition, carried values of the initial types, scan slices), one scan slice per scan output")
        for slice_type, result in zip(yielded[1 + len(carried) :], results[len(carried) :], strict=True):
            if not (isinstance(slice_type, TensorType) and isinstance(result, TensorType)
                    and tuple(result.get_shape()[1:]) == tuple(slice_type.get_shape())
                    and result.get_element_type() == slice_type.get_element_type()):  # fmt: skip
                raise VerifyException(f"'{self.name}' op scan output {result} is not the slices {slice_type} stacked along a new leading dim")


def _one_element(t: TensorType) -> bool:
    return all(d == 1 for d in t.get_shape())


CONTROL_OPS = (IfOp, LoopOp, YieldOp)
