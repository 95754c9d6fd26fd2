"""tensor ops missing from xDSL 0.74: ``tensor.generate`` (a tensor whose elements a region
computes from their indices)."""

from __future__ import annotations

from xdsl.dialects import tensor
from xdsl.dialects.builtin import DYNAMIC_INDEX, IndexType, TensorType
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend


@irdl_op_definition
class GenerateOp(IRDLOperation):
    """``%t = tensor.generate %n { ^bb0(%i: index): ... tensor.yield %v : f32 } : tensor<?xf32>``;
    one operand per dynamic dimension of the result, one block argument per dimension."""

    name = "tensor.generate"

    dynamicExtents = var_operand_def(IndexType)
    result = result_def(TensorType)

    body = region_def("single_block")

    traits = traits_def(Pure())

    def verify_(self) -> None:
        result_type = self.result.type
        assert isinstance(result_type, TensorType)
        shape = result_type.get_shape()
        dynamic = sum(1 for d in shape if d == DYNAMIC_INDEX)
        if dynamic != len(self.dynamicExtents):
            raise VerifyException(f"must have as many index operands as dynamic extents in the result type ({dynamic})")
        args = self.body.block.args
        if len(args) != len(shape) or any(not isinstance(a.type, IndexType) for a in args):
            raise VerifyException(f"must have one index argument per dimension of the result ({len(shape)})")
        last = self.body.block.last_op
        if not isinstance(last, tensor.YieldOp) or [v.type for v in last.operands] != [result_type.get_element_type()]:
            raise VerifyException("body must be terminated with a tensor.yield of the element type")

    @classmethod
    def parse(cls, parser: Parser) -> GenerateOp:
        pos = parser.pos
        extents = parser.parse_optional_undelimited_comma_separated_list(
            parser.parse_optional_unresolved_operand, parser.parse_unresolved_operand
        ) or []
        region = parser.parse_region()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        result_type = parser.parse_type()
        operands = parser.resolve_operands(extents, [IndexType()] * len(extents), pos)
        return cls.create(operands=operands, result_types=[result_type], regions=[region], attributes=attrs)

    def print(self, printer: Printer) -> None:
        if self.dynamicExtents:
            printer.print_string(" ")
            printer.print_list(self.dynamicExtents, printer.print_operand)
        printer.print_string(" ")
        printer.print_region(self.body)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)


TENSOR = extend(tensor.Tensor, [GenerateOp])
