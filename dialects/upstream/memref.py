"""memref formats missing from xDSL 0.74: the custom forms of ``memref.copy`` and
``memref.global`` as mlir-opt prints them, and a ``memref.global`` whose visibility and initial
value are optional, as upstream's. Both refine xDSL's classes (``ember.dialects.upstream.refining``)."""

from __future__ import annotations

from typing import cast

from xdsl.dialects import memref
from xdsl.dialects.builtin import (
    I64,
    DenseIntOrFPElementsAttr,
    IntegerAttr,
    MemRefType,
    StringAttr,
    SymbolNameConstraint,
    TensorType,
    UnitAttr,
)
from xdsl.ir import Attribute, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    traits_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import MemoryAllocEffect, MemoryReadEffect, MemoryWriteEffect, SymbolOpInterface
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend, refining


@refining(memref.CopyOp)
@irdl_op_definition
class CopyOp(IRDLOperation):
    """``memref.copy %src, %dst : memref<...> to memref<...>``: copy every element."""

    name = "memref.copy"

    source = operand_def(MemRefType)
    target = operand_def(MemRefType)

    traits = traits_def(MemoryWriteEffect(), MemoryReadEffect())

    assembly_format = "$source `,` $target attr-dict `:` type($source) `to` type($target)"

    @property
    def destination(self) -> SSAValue:
        """xDSL's name for the second operand."""
        return self.target

    def verify_(self) -> None:
        source = cast(MemRefType, self.source.type)
        target = cast(MemRefType, self.target.type)
        if source.get_shape() != target.get_shape() or source.get_element_type() != target.get_element_type():
            raise VerifyException(f"source {source} and target {target} differ in shape or element type")


@refining(memref.GlobalOp)
@irdl_op_definition
class GlobalOp(IRDLOperation):
    """``memref.global ["private"] [constant] @name : memref<...> [= dense<...> | = uninitialized]``.

    Without an initial value it is an external declaration; ``uninitialized`` is a unit attribute."""

    name = "memref.global"

    sym_name = prop_def(SymbolNameConstraint())
    sym_visibility = opt_prop_def(StringAttr)
    type = prop_def(MemRefType)
    initial_value = opt_prop_def(UnitAttr | DenseIntOrFPElementsAttr)
    constant = opt_prop_def(UnitAttr)
    alignment = opt_prop_def(IntegerAttr[I64])

    traits = traits_def(SymbolOpInterface(), MemoryAllocEffect())

    def verify_(self) -> None:
        if self.alignment is not None:
            value = self.alignment.value.data
            if value <= 0 or value & (value - 1):
                raise VerifyException(f"alignment {value} is not a power of 2")

    @classmethod
    def parse(cls, parser: Parser) -> GlobalOp:
        props: dict[str, Attribute] = {}
        visibility = parser.parse_optional_str_literal()
        if visibility is not None:
            props["sym_visibility"] = StringAttr(visibility)
        if parser.parse_optional_keyword("constant") is not None:
            props["constant"] = UnitAttr()
        props["sym_name"] = parser.parse_symbol_name()
        parser.parse_punctuation(":")
        memref_type = parser.parse_type()
        props["type"] = memref_type
        if parser.parse_optional_punctuation("=") is not None:
            props["initial_value"] = _parse_initial_value(parser, memref_type)
        attrs = parser.parse_optional_attr_dict()
        if "alignment" in attrs:
            props["alignment"] = attrs.pop("alignment")
        return cls.create(properties=props, attributes=attrs)

    def print(self, printer: Printer) -> None:
        if self.sym_visibility is not None:
            printer.print_string(" ")
            printer.print_string_literal(self.sym_visibility.data)
        if self.constant is not None:
            printer.print_string(" constant")
        printer.print_string(f" @{self.sym_name.data} : ")
        printer.print_attribute(self.type)
        value = self.initial_value
        if isinstance(value, UnitAttr):
            printer.print_string(" = uninitialized")
        elif isinstance(value, DenseIntOrFPElementsAttr):
            printer.print_string(" = ")
            if value.get_type() == _tensor_of(self.type):
                value.print_without_type(printer)
            else:
                printer.print_attribute(value)
        extra = {"alignment": self.alignment} if self.alignment is not None else {}
        printer.print_op_attributes({**extra, **self.attributes})


def _tensor_of(memref_type: Attribute) -> Attribute | None:
    if not isinstance(memref_type, MemRefType):
        return None
    return TensorType(memref_type.get_element_type(), memref_type.get_shape())


def _parse_initial_value(parser: Parser, memref_type: Attribute) -> Attribute:
    """``uninitialized`` or an elements attribute, whose type defaults to the memref's shape."""
    if parser.parse_optional_keyword("uninitialized") is not None:
        return UnitAttr()
    tensor_type = _tensor_of(memref_type)
    if tensor_type is not None and parser.parse_optional_keyword("dense") is not None:
        value = parser.parse_dense_int_or_fp_elements_attr(tensor_type)  # pyright: ignore[reportArgumentType]
        if parser.parse_optional_punctuation(":") is not None:
            parser.parse_type()  # the same type, written out
        return value
    return parser.parse_attribute()


class CastOp(memref.CastOp):
    """xDSL's ``memref.cast`` with its custom form: ``memref.cast %m : memref<4xf32> to memref<?xf32>``."""

    @classmethod
    def parse(cls, parser: Parser) -> CastOp:
        source = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        source_type = parser.parse_type()
        parser.parse_keyword("to")
        result_type = parser.parse_type()
        return cls.create(
            operands=[parser.resolve_operand(source, source_type)], result_types=[result_type], attributes=attrs
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.source)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.source.type)
        printer.print_string(" to ")
        printer.print_attribute(self.dest.type)


MEMREF = extend(memref.MemRef, [CopyOp, GlobalOp, CastOp])
