"""memref formats missing from xDSL 0.74: ember parses the custom forms of ``memref.copy``,
``memref.global`` and ``memref.cast`` as mlir-opt prints them (and a ``memref.global`` whose
visibility and initial value are optional, as upstream's). They print in generic form, as the
same ops built by ember's passes (xDSL's classes) do; mlir-opt reads both forms."""

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
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    traits_def,
)
from xdsl.parser import Parser
from xdsl.traits import MemoryAllocEffect, MemoryReadEffect, MemoryWriteEffect, SymbolOpInterface
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend, refines, refining


@refining(memref.CopyOp)
@irdl_op_definition
class CopyOp(IRDLOperation):
    """``memref.copy %src, %dst : memref<...> to memref<...>`` (parsed): copy every element."""

    name = "memref.copy"

    source = operand_def(MemRefType)
    target = operand_def(MemRefType)

    traits = traits_def(MemoryWriteEffect(), MemoryReadEffect())

    # printed in generic form, as the ops ember builds itself (xDSL's class) print
    print = Operation.print

    @classmethod
    def parse(cls, parser: Parser) -> CopyOp:
        source = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        target = parser.parse_unresolved_operand()
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        source_type = parser.parse_type()
        parser.parse_keyword("to")
        target_type = parser.parse_type()
        operands = [parser.resolve_operand(source, source_type), parser.resolve_operand(target, target_type)]
        return cls.create(operands=operands, attributes=attrs)

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

    print = Operation.print  # generic, as the globals ember builds itself print


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


@refines(memref.CastOp)
class CastOp(memref.CastOp):
    """xDSL's ``memref.cast``, also parsed in its custom form: ``memref.cast %m : memref<4xf32> to memref<?xf32>``."""

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

    print = Operation.print  # generic, as the casts ember builds itself print


MEMREF = extend(memref.MemRef, [CopyOp, GlobalOp, CastOp])
