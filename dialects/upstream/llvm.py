"""llvm ops and attributes missing from xDSL 0.74 that MLIR 22's convert-to-llvm emits:
``llvm.mlir.poison``, ``llvm.uitofp``, ``llvm.switch``, and the ``#llvm.memory_effects``
attribute of ``llvm.func`` (xDSL keeps it in the op's attributes; MLIR reads an inherent
attribute written there as the property it is, so the generic form round-trips)."""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    DenseArrayBase,
    DenseIntElementsAttr,
    IndexType,
    IntegerType,
    StringAttr,
    UnitAttr,
    VectorType,
    i32,
)
from xdsl.ir import Attribute, Block, ParametrizedAttribute, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    result_def,
    successor_def,
    traits_def,
    var_operand_def,
    var_successor_def,
)
from xdsl.parser import AttrParser, Parser, UnresolvedOperand
from xdsl.printer import Printer
from xdsl.traits import IsTerminator, NoMemoryEffect, Pure
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend


@irdl_op_definition
class PoisonOp(IRDLOperation):
    """A poison value of any LLVM-compatible type: ``%0 = llvm.mlir.poison : !llvm.struct<...>``."""

    name = "llvm.mlir.poison"

    res = result_def(Attribute)

    traits = traits_def(NoMemoryEffect())

    assembly_format = "attr-dict `:` type($res)"

    def __init__(self, result_type: Attribute) -> None:
        super().__init__(result_types=[result_type])


@irdl_op_definition
class UIToFPOp(llvm.GenericCastOp):
    """Unsigned integer to floating point: ``llvm.uitofp %x : i32 to f32``."""

    name = "llvm.uitofp"

    nonNeg = opt_prop_def(UnitAttr)  # the operand is known non-negative

    assembly_format = "(`nneg` $nonNeg^)? $arg attr-dict `:` type($arg) `to` type($result)"


MEMORY_LOCATIONS = ("other", "argMem", "inaccessibleMem", "errnoMem", "targetMem0", "targetMem1")
MOD_REF = ("none", "read", "write", "readwrite")


@irdl_attr_definition
class MemoryEffectsAttr(ParametrizedAttribute):
    """``#llvm.memory_effects<other = none, argMem = read, ...>``: what memory a function may
    touch, per location (``none`` / ``read`` / ``write`` / ``readwrite``)."""

    name = "llvm.memory_effects"

    locations: StringAttr  # comma-separated location names, in MEMORY_LOCATIONS order
    effects: StringAttr  # comma-separated mod/ref values, one per location

    def pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.locations.data.split(","), self.effects.data.split(","), strict=True))

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        def entry() -> tuple[str, str]:
            key = parser.parse_identifier(" (a memory location)")
            parser.parse_punctuation("=")
            return key, parser.parse_identifier(" (none, read, write or readwrite)")

        entries = parser.parse_comma_separated_list(parser.Delimiter.ANGLE, entry)
        return [StringAttr(",".join(k for k, _ in entries)), StringAttr(",".join(v for _, v in entries))]

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string("<" + ", ".join(f"{k} = {v}" for k, v in self.pairs()) + ">")

    def verify(self) -> None:
        for key, value in self.pairs():
            if key not in MEMORY_LOCATIONS:
                raise VerifyException(f"unknown memory location '{key}' in #llvm.memory_effects")
            if value not in MOD_REF:
                raise VerifyException(f"unknown memory effect '{value}' (expected one of {', '.join(MOD_REF)})")


@irdl_op_definition
class SwitchOp(IRDLOperation):
    """``llvm.switch %v : i32, ^default(%a : f32) [ 0: ^bb1, 5: ^bb2(%b : f32) ]``."""

    name = "llvm.switch"

    value = operand_def(IntegerType)
    defaultOperands = var_operand_def()
    caseOperands = var_operand_def()

    case_values = opt_prop_def(DenseIntElementsAttr)
    case_operand_segments = prop_def(DenseArrayBase.constr(i32))
    branch_weights = opt_prop_def(DenseArrayBase.constr(i32))

    defaultDestination = successor_def()
    caseDestinations = var_successor_def()

    irdl_options = (AttrSizedOperandSegments(as_property=True),)

    traits = traits_def(IsTerminator(), Pure())

    def case_operand_groups(self) -> list[Sequence[SSAValue]]:
        groups: list[Sequence[SSAValue]] = []
        start = 0
        for size in self.case_operand_segments.get_values():
            groups.append(self.caseOperands[start : start + size])
            start += size
        return groups

    def verify_(self) -> None:
        values = () if self.case_values is None else tuple(self.case_values.get_values())
        if len(values) != len(self.caseDestinations):
            raise VerifyException("expects number of case values to match number of case destinations")
        if len(self.case_operand_segments.get_values()) != len(self.caseDestinations):
            raise VerifyException("expects one case operand segment per case destination")
        if self.case_values is not None and self.case_values.get_element_type() != self.value.type:
            raise VerifyException("expects case value type to match condition value type")

    @classmethod
    def parse(cls, parser: Parser) -> SwitchOp:
        flag = parser.parse_operand()
        parser.parse_punctuation(":")
        flag_type = parser.parse_type()
        parser.parse_punctuation(",")
        default_block, default_operands = _parse_destination(parser)
        cases = parser.parse_comma_separated_list(
            parser.Delimiter.SQUARE, lambda: (parser.parse_integer(), *_parse_case(parser))
        )
        attrs = parser.parse_optional_attr_dict()
        props: dict[str, Attribute] = {
            "case_operand_segments": DenseArrayBase.from_list(i32, [len(c[2]) for c in cases])
        }
        if cases:
            assert isinstance(flag_type, IntegerType | IndexType)
            props["case_values"] = DenseIntElementsAttr.from_list(
                VectorType(flag_type, (len(cases),)), [c[0] for c in cases]
            )
        if "branch_weights" in attrs:
            props["branch_weights"] = attrs.pop("branch_weights")
        case_operands = [o for c in cases for o in c[2]]
        return cls.build(
            operands=[flag, default_operands, case_operands],
            properties=props,
            attributes=attrs,
            successors=[default_block, [c[1] for c in cases]],
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.value)
        printer.print_string(" : ")
        printer.print_attribute(self.value.type)
        printer.print_string(", ")
        _print_destination(printer, self.defaultDestination, self.defaultOperands)
        printer.print_string(" [")
        values = () if self.case_values is None else tuple(self.case_values.get_values())
        cases = list(zip(values, self.caseDestinations, self.case_operand_groups(), strict=True))
        with printer.indented():
            for index, (value, block, operands) in enumerate(cases):
                printer.print_string("," if index else "")
                printer.print_string("\n")
                printer.print_string(f"{value}: ", indent=0)
                _print_destination(printer, block, operands)
        printer.print_string("\n" if cases else "")
        printer.print_string("]")
        extra = {"branch_weights": self.branch_weights} if self.branch_weights is not None else {}
        printer.print_op_attributes({**extra, **self.attributes})


def _parse_case(parser: Parser) -> tuple[Block, list[SSAValue]]:
    parser.parse_punctuation(":")
    return _parse_destination(parser)


def _parse_destination(parser: Parser) -> tuple[Block, list[SSAValue]]:
    """``^bb`` or ``^bb(%a, %b : f32, i32)``."""
    block = parser.parse_successor()
    if parser.parse_optional_punctuation("(") is None:
        return block, []
    names: list[UnresolvedOperand] = parser.parse_comma_separated_list(
        parser.Delimiter.NONE, parser.parse_unresolved_operand
    )
    parser.parse_punctuation(":")
    types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
    parser.parse_punctuation(")")
    if len(names) != len(types):
        parser.raise_error(f"expected {len(names)} types for the successor operands, got {len(types)}")
    return block, [parser.resolve_operand(n, t) for n, t in zip(names, types, strict=True)]


def _print_destination(printer: Printer, block: Block, operands: Sequence[SSAValue]) -> None:
    printer.print_block_name(block)
    if operands:
        with printer.in_parens():
            printer.print_list(operands, printer.print_operand)
            printer.print_string(" : ")
            printer.print_list([o.type for o in operands], printer.print_attribute)


LLVM = extend(llvm.LLVM, [PoisonOp, UIToFPOp, SwitchOp], [MemoryEffectsAttr])
