"""affine formats missing from xDSL 0.74: the custom form of ``affine.if``
(``affine.if #set(%d)[%s] -> (f32) { ... } else { ... }``), with MLIR's implicit ``affine.yield``."""

from __future__ import annotations

from xdsl.dialects import affine
from xdsl.dialects.builtin import AffineSetAttr, IndexType
from xdsl.ir import Attribute, Block, Region
from xdsl.parser import Parser
from xdsl.printer import Printer

from ember.dialects.upstream import extend, refines


@refines(affine.IfOp)
class IfOp(affine.IfOp):
    """xDSL's ``affine.if`` with its custom form; a yield without values is implicit in it."""

    @classmethod
    def parse(cls, parser: Parser) -> IfOp:
        condition = parser.parse_attribute()
        if not isinstance(condition, AffineSetAttr):
            parser.raise_error(f"expected an affine set, got {condition}")
        pos = parser.pos
        dims = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parser.parse_unresolved_operand)
        symbols = parser.parse_optional_comma_separated_list(
            parser.Delimiter.SQUARE, parser.parse_unresolved_operand
        ) or []
        names = [*dims, *symbols]
        operands = parser.resolve_operands(names, [IndexType()] * len(names), pos)
        result_types: list[Attribute] = []
        if parser.parse_optional_punctuation("->") is not None:
            result_types = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parser.parse_type)
        then_region = _with_yield(parser.parse_region())
        else_region = Region()
        if parser.parse_optional_keyword("else") is not None:
            else_region = _with_yield(parser.parse_region())
        attrs = parser.parse_optional_attr_dict()
        return cls.create(
            operands=operands,
            result_types=result_types,
            properties={"condition": condition},
            attributes=attrs,
            regions=[then_region, else_region],
        )

    def print(self, printer: Printer) -> None:
        condition = self.condition.data
        printer.print_string(" ")
        printer.print_attribute(self.condition)
        with printer.in_parens():
            printer.print_list(self.args[: condition.num_dims], printer.print_operand)
        if condition.num_symbols:
            with printer.in_square_brackets():
                printer.print_list(self.args[condition.num_dims :], printer.print_operand)
        if self.res:
            printer.print_string(" -> ")
            with printer.in_parens():
                printer.print_list([r.type for r in self.res], printer.print_attribute)
        implicit = not self.res
        printer.print_string(" ")
        printer.print_region(self.then_region, print_entry_block_args=False, print_block_terminators=not implicit)
        if self.else_region.blocks and (self.res or _has_body(self.else_region)):
            printer.print_string(" else ")
            printer.print_region(self.else_region, print_entry_block_args=False, print_block_terminators=not implicit)
        printer.print_op_attributes(self.attributes)


def _has_body(region: Region) -> bool:
    """More than the (implicit) yield."""
    return any(not isinstance(op, affine.YieldOp) for op in region.block.ops)


def _with_yield(region: Region) -> Region:
    """MLIR's implicit terminator: a block that does not end in ``affine.yield`` gets one."""
    if not region.blocks:
        region.add_block(Block())
    block = region.block
    if not isinstance(block.last_op, affine.YieldOp):
        block.add_op(affine.YieldOp.get())
    return region


AFFINE = extend(affine.Affine, [IfOp])
