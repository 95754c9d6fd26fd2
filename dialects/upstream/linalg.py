"""linalg ops missing from xDSL 0.74: ``linalg.map`` (an elementwise op with a region, as
one-shot-bufferize emits for ``tensor.generate`` and ``tensor.pad``) and ``linalg.batch_matmul``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, cast

from xdsl.builder import Builder
from xdsl.dialects import arith
from xdsl.dialects.builtin import (
    AffineMapAttr,
    AnyFloat,
    AnyTensorType,
    ArrayAttr,
    MemRefType,
    TensorType,
)
from xdsl.dialects.linalg import Linalg
from xdsl.dialects.linalg import ops as linalg
from xdsl.dialects.linalg.abstract_ops import NamedOperation
from xdsl.dialects.linalg.attrs import IteratorTypeAttr
from xdsl.ir import Attribute, BlockArgument, Region, SSAValue
from xdsl.ir.affine import AffineMap
from xdsl.irdl import (
    IRDLOperation,
    OpDef,
    base,
    irdl_op_definition,
    operand_def,
    prop_def,
    region_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.traits import HasParent
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend, parse_typed_operands, refines, with_traits

SHAPED = base(MemRefType) | base(AnyTensorType)


@irdl_op_definition
class MapOp(IRDLOperation):
    """``linalg.map ins(%a, %b : T, T) outs(%init : T) (%x: f32, %y: f32, %o: f32) { ... }``:
    the region maps one element of each input (and of ``init``) to one element of the result."""

    name = "linalg.map"

    inputs = var_operand_def(SHAPED)
    init = operand_def(SHAPED)
    result = var_result_def(AnyTensorType)

    mapper = region_def("single_block")

    def verify_(self) -> None:
        args = self.mapper.block.args
        if len(args) != len(self.inputs) + 1:
            raise VerifyException(
                f"expects number of operands to match the arity of mapper, but got: "
                f"{len(args)} and {len(self.inputs) + 1}"
            )
        init_type = cast(MemRefType | TensorType, self.init.type)
        for value in self.inputs:
            shaped = cast(MemRefType | TensorType, value.type)
            if shaped.get_shape() != init_type.get_shape():
                raise VerifyException(f"expects all inputs and the init to have the shape of {init_type}")
        if isinstance(init_type, TensorType) != bool(self.result):
            raise VerifyException("has a result exactly when its init is a tensor")

    def print(self, printer: Printer) -> None:
        if self.inputs:
            printer.print_string(" ins(")
            printer.print_list(self.inputs, printer.print_operand)
            printer.print_string(" : ")
            printer.print_list([v.type for v in self.inputs], printer.print_attribute)
            printer.print_string(")")
        printer.print_string(" outs(")
        printer.print_operand(self.init)
        printer.print_string(" : ")
        printer.print_attribute(self.init.type)
        printer.print_string(")")
        printer.print_op_attributes(self.attributes)
        printer.print_string("\n")
        with printer.in_parens():
            printer.print_list(self.mapper.block.args, printer.print_block_argument)
        printer.print_string(" ")
        printer.print_region(self.mapper, print_entry_block_args=False)

    @classmethod
    def parse(cls, parser: Parser) -> MapOp:
        inputs: list[SSAValue] = []
        if parser.parse_optional_keyword("ins") is not None:
            inputs = _parse_operands_with_types(parser)
        parser.parse_keyword("outs")
        (init,) = _parse_operands_with_types(parser)
        attrs = parser.parse_optional_attr_dict()
        args = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parser.parse_argument)
        region = parser.parse_region(args)
        results = [init.type] if isinstance(init.type, TensorType) else []
        return cls.create(operands=[*inputs, init], result_types=results, regions=[region], attributes=attrs)


def _parse_operands_with_types(parser: Parser) -> list[SSAValue]:
    """``(%a, %b : T1, T2)``."""
    parser.parse_punctuation("(")
    operands = parse_typed_operands(parser)
    parser.parse_punctuation(")")
    return operands


@irdl_op_definition
class BatchMatmulOp(NamedOperation):
    """``C[b, i, j] += A[b, i, k] * B[b, k, j]``."""

    name = "linalg.batch_matmul"

    PRINT_ATTRS_IN_FRONT: ClassVar[bool] = True

    indexing_maps = prop_def(
        ArrayAttr[AffineMapAttr],
        default_value=ArrayAttr(
            [
                AffineMapAttr(AffineMap.from_callable(lambda b, i, _, k: (b, i, k))),
                AffineMapAttr(AffineMap.from_callable(lambda b, _, j, k: (b, k, j))),
                AffineMapAttr(AffineMap.from_callable(lambda b, i, j, _: (b, i, j))),
            ]
        ),
    )

    def __init__(
        self,
        inputs: Sequence[SSAValue],
        outputs: Sequence[SSAValue] = (),
        res: Sequence[Attribute] | None = None,
        attributes: dict[str, Attribute] | None = None,
    ) -> None:
        if res is None:
            res = [o.type for o in outputs if isinstance(o.type, TensorType)]
        super().__init__(
            ins=inputs,
            outs=outputs,
            result_types=res,
            attributes=attributes,
            hidden_region=self.get_hidden_region(inputs, outputs),
        )

    @classmethod
    def get_hidden_region(cls, inputs: Sequence[SSAValue], outputs: Sequence[SSAValue]) -> Region:
        arg_types = cls.body_arg_types((*inputs, *outputs))
        is_float = isinstance(arg_types[-1], AnyFloat)
        add, mul = (arith.AddfOp, arith.MulfOp) if is_float else (arith.AddiOp, arith.MuliOp)

        @Builder.implicit_region(arg_types)
        def hidden_region(args: tuple[BlockArgument, ...]) -> None:
            product = mul(args[0], args[1])
            linalg.YieldOp(add(args[2], product))

        return hidden_region

    def get_default_indexing_maps(self) -> Sequence[AffineMap]:
        return tuple(m.data for m in self.indexing_maps.data)

    def get_indexing_maps(self) -> ArrayAttr[AffineMapAttr]:
        return self.indexing_maps

    def get_iterator_types(self) -> ArrayAttr[IteratorTypeAttr]:
        parallel, reduction = IteratorTypeAttr.parallel(), IteratorTypeAttr.reduction()
        return ArrayAttr([parallel, parallel, parallel, reduction])


@refines(linalg.IndexOp)
class IndexOp(linalg.IndexOp):
    """xDSL's ``linalg.index``, also allowed in ``linalg.map`` and ``linalg.reduce`` bodies (MLIR:
    any structured op; one-shot-bufferize turns ``tensor.generate`` into a map that uses it)."""

    traits = traits_def(HasParent(linalg.GenericOp, MapOp, linalg.ReduceOp))

    @classmethod
    def get_irdl_definition(cls) -> OpDef:
        return INDEX_DEF

    def verify_(self) -> None:
        INDEX_DEF.verify(self)


INDEX_DEF = with_traits(linalg.IndexOp, IndexOp.traits)


LINALG = extend(Linalg, [MapOp, BatchMatmulOp, IndexOp])
