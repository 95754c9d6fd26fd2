"""vector ops missing from xDSL 0.74: ``vector.contract`` (with its ``#vector.iterator_type``
attribute) and ``vector.type_cast``, which convert-vector-to-scf emits."""

from __future__ import annotations

from enum import auto

from xdsl.dialects import vector
from xdsl.dialects.builtin import (
    AffineMapAttr,
    ArrayAttr,
    DenseArrayBase,
    MemRefType,
    StringAttr,
    VectorType,
    i64,
)
from xdsl.dialects.utils import EnumAttribute
from xdsl.ir import Attribute
from xdsl.irdl import (
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    prop_def,
    result_def,
    traits_def,
)
from xdsl.parser import AttrParser, Parser
from xdsl.printer import Printer
from xdsl.traits import Pure
from xdsl.utils.exceptions import VerifyException
from xdsl.utils.str_enum import StrEnum

from ember.dialects.upstream import extend


class IteratorType(StrEnum):
    """Whether a dimension of a contraction is kept (parallel) or summed over (reduction)."""

    PARALLEL = auto()
    REDUCTION = auto()


@irdl_attr_definition
class IteratorTypeAttr(EnumAttribute[IteratorType]):
    """``#vector.iterator_type<parallel>``."""

    name = "vector.iterator_type"

    @classmethod
    def parse_parameter(cls, parser: AttrParser) -> IteratorType:
        with parser.in_angle_brackets():
            return IteratorType(parser.parse_identifier())

    def print_parameter(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_string(self.data)


@irdl_op_definition
class ContractionOp(IRDLOperation):
    """``vector.contract {indexing_maps = [...], iterator_types = ["parallel", ...],
    kind = #vector.kind<add>} %lhs, %rhs, %acc : T1, T2 into T3``: a generalized matrix product."""

    name = "vector.contract"

    lhs = operand_def(VectorType)
    rhs = operand_def(VectorType)
    acc = operand_def()
    result = result_def()

    indexing_maps = prop_def(ArrayAttr[AffineMapAttr])
    iterator_types = prop_def(ArrayAttr[IteratorTypeAttr])
    kind = prop_def(vector.CombiningKindAttr, default_value=vector.CombiningKindAttr(vector.CombiningKindFlag.ADD))

    traits = traits_def(Pure())

    def verify_(self) -> None:
        if len(self.indexing_maps.data) != 3:
            raise VerifyException("expected an indexing map for each of lhs, rhs and acc")
        dims = len(self.iterator_types.data)
        for operand, map_attr in zip(self.operands, self.indexing_maps.data, strict=True):
            rank = len(operand.type.get_shape()) if isinstance(operand.type, VectorType) else 0
            if map_attr.data.num_dims != dims or len(map_attr.data.results) != rank:
                raise VerifyException(f"indexing map {map_attr.data} does not fit {operand.type} over {dims} dims")
        if self.result.type != self.acc.type:
            raise VerifyException("result type must match the accumulator type")

    @classmethod
    def parse(cls, parser: Parser) -> ContractionOp:
        attrs = dict(parser.parse_optional_attr_dict())
        pos = parser.pos
        names = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_unresolved_operand)
        extra = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        lhs_type = parser.parse_type()
        parser.parse_punctuation(",")
        rhs_type = parser.parse_type()
        parser.parse_keyword("into")
        acc_type = parser.parse_type()
        if len(names) != 3:
            parser.raise_error(f"expected 3 operands (lhs, rhs, acc), got {len(names)}")
        operands = parser.resolve_operands(names, [lhs_type, rhs_type, acc_type], pos)
        iterators = attrs.pop("iterator_types", ArrayAttr([]))
        props: dict[str, Attribute] = {
            "indexing_maps": attrs.pop("indexing_maps", ArrayAttr([])),
            "iterator_types": ArrayAttr([_iterator(parser, it) for it in iterators]),  # pyright: ignore[reportGeneralTypeIssues]
        }
        if "kind" in attrs:
            props["kind"] = attrs.pop("kind")
        return cls.create(
            operands=operands, result_types=[acc_type], properties=props, attributes={**attrs, **extra}
        )

    def print(self, printer: Printer) -> None:
        iterators = ArrayAttr([StringAttr(it.data) for it in self.iterator_types.data])
        printer.print_string(" ")
        printer.print_attr_dict(
            {"indexing_maps": self.indexing_maps, "iterator_types": iterators, "kind": self.kind, **self.attributes}
        )
        printer.print_string(" ")
        printer.print_list(self.operands, printer.print_operand)
        printer.print_string(" : ")
        printer.print_attribute(self.lhs.type)
        printer.print_string(", ")
        printer.print_attribute(self.rhs.type)
        printer.print_string(" into ")
        printer.print_attribute(self.acc.type)


def _iterator(parser: Parser, value: Attribute) -> IteratorTypeAttr:
    if isinstance(value, IteratorTypeAttr):
        return value
    if isinstance(value, StringAttr) and value.data in {t.value for t in IteratorType}:
        return IteratorTypeAttr(IteratorType(value.data))
    parser.raise_error(f"expected an iterator type ('parallel' or 'reduction'), got {value}")


@irdl_op_definition
class TypeCastOp(IRDLOperation):
    """``vector.type_cast %m : memref<vector<4x8xf32>> to memref<4xvector<8xf32>>``: view a memref
    of one vector as a memref of smaller vectors (or scalars) over the same statically shaped data."""

    name = "vector.type_cast"

    memref = operand_def(MemRefType)
    result = result_def(MemRefType)

    traits = traits_def(Pure())

    assembly_format = "$memref attr-dict `:` type($memref) `to` type($result)"

    def verify_(self) -> None:
        def flat(memref_type: Attribute) -> tuple[tuple[int, ...], Attribute]:
            assert isinstance(memref_type, MemRefType)
            shape = tuple(memref_type.get_shape())
            element = memref_type.get_element_type()
            if isinstance(element, VectorType):
                return shape + tuple(element.get_shape()), element.get_element_type()
            return shape, element

        if flat(self.memref.type) != flat(self.result.type):
            raise VerifyException(f"{self.memref.type} and {self.result.type} do not hold the same elements")


@irdl_op_definition
class TransposeOp(IRDLOperation):
    """``vector.transpose %v, [1, 0] : vector<4x8xf32> to vector<8x4xf32>``: permute dimensions."""

    name = "vector.transpose"

    vector = operand_def(VectorType)
    result = result_def(VectorType)

    permutation = prop_def(DenseArrayBase.constr(i64))

    traits = traits_def(Pure())

    assembly_format = "$vector `,` $permutation attr-dict `:` type($vector) `to` type($result)"

    def verify_(self) -> None:
        source = self.vector.type
        assert isinstance(source, VectorType) and isinstance(self.result.type, VectorType)
        perm = tuple(self.permutation.get_values())
        shape = tuple(source.get_shape())
        if sorted(perm) != list(range(len(shape))):
            raise VerifyException(f"permutation {list(perm)} is not a permutation of {len(shape)} dimensions")
        expected = VectorType(source.get_element_type(), [shape[p] for p in perm])
        if self.result.type != expected:
            raise VerifyException(f"result type {self.result.type} is not {expected}")


VECTOR = extend(vector.Vector, [ContractionOp, TypeCastOp, TransposeOp], [IteratorTypeAttr])
