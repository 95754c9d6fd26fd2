"""Control flow of the graph dialect: ``graph.if`` and its terminator ``graph.yield``.

``graph.if`` is ONNX ``If``: a one-element ``i1`` tensor condition and two single-block regions
(then, else) without arguments, each ending in ``graph.yield`` of the op's results. The regions
read values of the enclosing function directly (implicit capture through SSA dominance, as MLIR
regions do), so an ONNX subgraph that names an outer value just uses that SSA value. Result types
are the branches' yielded types, which must be equal (static shapes). Sits in the graph stage:
the ONNX frontend (``frontend/onnx/control_flow.py``) builds it, ``graph-fold-constants`` inlines
it when the condition is constant, ``convert-graph-to-linalg`` lowers it to ``scf.if`` on
tensors (``docs/control-flow.md``).
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


def _one_element(t: TensorType) -> bool:
    return all(d == 1 for d in t.get_shape())


CONTROL_OPS = (IfOp, YieldOp)
