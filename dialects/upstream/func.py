"""func ops missing from xDSL 0.74: ``func.constant`` (a function as a value) and
``func.call_indirect`` (a call through such a value)."""

from __future__ import annotations

from xdsl.dialects import func
from xdsl.dialects.builtin import FunctionType, SymbolRefAttr
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend


@irdl_op_definition
class ConstantOp(IRDLOperation):
    """A reference to a function as an SSA value: ``%f = func.constant @callee : (f32) -> f32``."""

    name = "func.constant"

    value = prop_def(SymbolRefAttr)
    result = result_def(FunctionType)

    traits = traits_def(Pure())

    assembly_format = "attr-dict $value `:` type($result)"

    def __init__(self, callee: str | SymbolRefAttr, function_type: FunctionType) -> None:
        ref = SymbolRefAttr(callee) if isinstance(callee, str) else callee
        super().__init__(properties={"value": ref}, result_types=[function_type])


@irdl_op_definition
class CallIndirectOp(IRDLOperation):
    """A call of a function value: ``%r = func.call_indirect %f(%x) : (f32) -> f32``."""

    name = "func.call_indirect"

    callee = operand_def(FunctionType)
    callee_operands = var_operand_def()
    results_ = var_result_def()

    @classmethod
    def parse(cls, parser: Parser) -> CallIndirectOp:
        callee = parser.parse_unresolved_operand()
        args = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parser.parse_unresolved_operand)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        callee_type = parser.parse_type()
        if not isinstance(callee_type, FunctionType):
            parser.raise_error(f"expected a function type, got {callee_type}")
        if len(callee_type.inputs) != len(args):
            parser.raise_error(f"expected {len(callee_type.inputs)} arguments, got {len(args)}")
        operands = [parser.resolve_operand(a, t) for a, t in zip(args, callee_type.inputs, strict=True)]
        op = cls(parser.resolve_operand(callee, callee_type), operands, list(callee_type.outputs))
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.callee)
        with printer.in_parens():
            printer.print_list(self.callee_operands, printer.print_operand)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.callee.type)

    def __init__(self, callee: SSAValue, args: list[SSAValue], result_types: list[Attribute]) -> None:
        super().__init__(operands=[callee, args], result_types=[result_types])

    def verify_(self) -> None:
        callee_type = self.callee.type
        assert isinstance(callee_type, FunctionType)
        if tuple(callee_type.inputs) != tuple(o.type for o in self.callee_operands):
            raise VerifyException("operand types do not match the callee's function type")
        if tuple(callee_type.outputs) != tuple(r.type for r in self.results_):
            raise VerifyException("result types do not match the callee's function type")


FUNC = extend(func.Func, [ConstantOp, CallIndirectOp])
