"""llvm ops and attributes missing from xDSL 0.74 that MLIR 22's convert-to-llvm emits:
``llvm.mlir.poison``, ``llvm.uitofp``, ``llvm.switch``, and the ``#llvm.memory_effects``
attribute of ``llvm.func`` (xDSL keeps it in the op's attributes; MLIR reads an inherent
attribute written there as the property it is, so the generic form round-trips)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, cast

from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    DenseArrayBase,
    DenseIntElementsAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    SignlessIntegerConstraint,
    StringAttr,
    UnitAttr,
    VectorType,
    i32,
)
from xdsl.ir import Attribute, Block, ParametrizedAttribute, SSAValue
from xdsl.irdl import (
    AttrSizedOperandSegments,
    BaseAttr,
    IRDLOperation,
    OpDef,
    OptPropertyDef,
    ParsePropInAttrDict,
    VarConstraint,
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
from xdsl.parser import AttrParser, Parser
from xdsl.printer import Printer
from xdsl.traits import IsTerminator, NoMemoryEffect, Pure
from xdsl.utils.exceptions import VerifyException

from ember.dialects.upstream import extend, parse_typed_operands, refines, with_properties


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
        flag_name = parser.parse_unresolved_operand()
        parser.parse_punctuation(":")
        flag_type = parser.parse_type()
        flag = parser.resolve_operand(flag_name, flag_type)
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
            if not isinstance(flag_type, IntegerType | IndexType):
                parser.raise_error(f"expected an integer type for the switch value, got {flag_type}")
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
    operands = parse_typed_operands(parser)
    parser.parse_punctuation(")")
    return block, operands


def _print_destination(printer: Printer, block: Block, operands: Sequence[SSAValue]) -> None:
    printer.print_block_name(block)
    if operands:
        with printer.in_parens():
            printer.print_list(operands, printer.print_operand)
            printer.print_string(" : ")
            printer.print_list([o.type for o in operands], printer.print_attribute)


@irdl_op_definition
class FPToSIOp(llvm.GenericCastOp):
    """Floating point to signed integer: ``llvm.fptosi %x : f32 to i32``."""

    name = "llvm.fptosi"


@irdl_op_definition
class FPToUIOp(llvm.GenericCastOp):
    """Floating point to unsigned integer: ``llvm.fptoui %x : f32 to i32``."""

    name = "llvm.fptoui"


class _FloatBinaryIntrinsic(IRDLOperation):
    """``llvm.intr.<name>(%a, %b) : (T, T) -> T`` over floats or float vectors."""

    T: ClassVar = VarConstraint("T", llvm.AnyFloatConstr | VectorType.constr(llvm.AnyFloatConstr))

    lhs = operand_def(T)
    rhs = operand_def(T)
    res = result_def(T)

    fastmathFlags = prop_def(llvm.FastMathAttr, default_value=llvm.FastMathAttr(None))

    assembly_format = "`(` operands `)` attr-dict `:` functional-type(operands, results)"

    irdl_options = (ParsePropInAttrDict(),)

    traits = traits_def(Pure())


@irdl_op_definition
class MaximumOp(_FloatBinaryIntrinsic):
    """IEEE 754-2019 ``maximum``: NaN if either operand is NaN (``arith.maximumf``)."""

    name = "llvm.intr.maximum"


@irdl_op_definition
class MinimumOp(_FloatBinaryIntrinsic):
    """IEEE 754-2019 ``minimum``: NaN if either operand is NaN (``arith.minimumf``)."""

    name = "llvm.intr.minimum"


@irdl_op_definition
class FMulAddOp(IRDLOperation):
    """``a * b + c``, fused or not as the target prefers: ``llvm.intr.fmuladd(%a, %b, %c)``."""

    name = "llvm.intr.fmuladd"

    T: ClassVar = VarConstraint("T", llvm.AnyFloatConstr | VectorType.constr(llvm.AnyFloatConstr))

    a = operand_def(T)
    b = operand_def(T)
    c = operand_def(T)
    res = result_def(T)

    fastmathFlags = prop_def(llvm.FastMathAttr, default_value=llvm.FastMathAttr(None))

    assembly_format = "`(` operands `)` attr-dict `:` functional-type(operands, results)"

    irdl_options = (ParsePropInAttrDict(),)

    traits = traits_def(Pure())


@irdl_op_definition
class ExtractElementOp(IRDLOperation):
    """One element of a 1-d vector: ``llvm.extractelement %v[%i : i64] : vector<4xf32>``."""

    name = "llvm.extractelement"

    vector = operand_def(VectorType)
    position = operand_def(IntegerType)
    res = result_def()

    traits = traits_def(NoMemoryEffect())

    @classmethod
    def parse(cls, parser: Parser) -> ExtractElementOp:
        vector = parser.parse_unresolved_operand()
        parser.parse_punctuation("[")
        position = parser.parse_unresolved_operand()
        parser.parse_punctuation(":")
        position_type = parser.parse_type()
        parser.parse_punctuation("]")
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        vector_type = parser.parse_type()
        if not isinstance(vector_type, VectorType):
            parser.raise_error(f"expected a vector type, got {vector_type}")
        op = cls(parser.resolve_operand(vector, vector_type), parser.resolve_operand(position, position_type))
        op.attributes.update(attrs)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.vector)
        printer.print_string("[")
        printer.print_operand(self.position)
        printer.print_string(" : ")
        printer.print_attribute(self.position.type)
        printer.print_string("]")
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.vector.type)

    def verify_(self) -> None:
        vector_type = self.vector.type
        assert isinstance(vector_type, VectorType)
        if self.res.type != vector_type.get_element_type():
            raise VerifyException(f"result type {self.res.type} is not the element type of {vector_type}")

    def __init__(self, vector: SSAValue, position: SSAValue) -> None:
        vector_type = vector.type
        assert isinstance(vector_type, VectorType)
        super().__init__(operands=[vector, position], result_types=[vector_type.get_element_type()])


class _IntegerBinaryIntrinsic(IRDLOperation):
    """``llvm.intr.<name>(%a, %b) : (T, T) -> T`` over integers or integer vectors."""

    T: ClassVar = VarConstraint("T", SignlessIntegerConstraint | VectorType.constr(SignlessIntegerConstraint))

    lhs = operand_def(T)
    rhs = operand_def(T)
    res = result_def(T)

    assembly_format = "`(` operands `)` attr-dict `:` functional-type(operands, results)"

    traits = traits_def(Pure())


class _FloatVectorReduction(IRDLOperation):
    """``llvm.intr.vector.reduce.<kind>(%v) : (vector<4xf32>) -> f32`` (no start value)."""

    T: ClassVar = VarConstraint("T", llvm.AnyFloatConstr)

    vector = operand_def(VectorType.constr(T))
    res = result_def(T)

    fastmathFlags = prop_def(llvm.FastMathAttr, default_value=llvm.FastMathAttr(None))

    assembly_format = "`(` operands `)` attr-dict `:` functional-type(operands, results)"

    irdl_options = (ParsePropInAttrDict(),)

    traits = traits_def(Pure())


class _IntegerVectorReduction(IRDLOperation):
    """``llvm.intr.vector.reduce.<kind>(%v) : (vector<4xi32>) -> i32``."""

    T: ClassVar = VarConstraint("T", SignlessIntegerConstraint)

    vector = operand_def(VectorType.constr(T))
    res = result_def(T)

    assembly_format = "`(` operands `)` attr-dict `:` functional-type(operands, results)"

    traits = traits_def(Pure())


def _intrinsics(base: type[IRDLOperation], names: Sequence[str]) -> list[type[IRDLOperation]]:
    """One op class per intrinsic name, all of ``base``'s form."""
    made: list[type[IRDLOperation]] = []
    for name in names:
        class_name = "".join(part.capitalize() for part in name.split(".")) + "Op"
        doc = f"``llvm.intr.{name}``."
        made.append(irdl_op_definition(type(class_name, (base,), {"name": f"llvm.intr.{name}", "__doc__": doc})))
    return made


INTRINSICS = [
    *_intrinsics(_IntegerBinaryIntrinsic, ("smin", "smax", "umin", "umax")),
    *_intrinsics(_FloatVectorReduction, [f"vector.reduce.{k}" for k in ("fmax", "fmin", "fmaximum", "fminimum")]),
    *_intrinsics(
        _IntegerVectorReduction,
        [f"vector.reduce.{k}" for k in ("add", "mul", "and", "or", "xor", "smax", "smin", "umax", "umin")],
    ),
]


@refines(llvm.ConstantOp)
class ConstantOp(llvm.ConstantOp):
    """xDSL's ``llvm.mlir.constant``, printing the value's type when it is not the result's
    (``llvm.mlir.constant(8 : index) : i64``; xDSL printed ``(8)``, which reads back as i64)."""

    def print(self, printer: Printer) -> None:
        with printer.in_parens():
            value = self.value
            if isinstance(value, IntegerAttr) and value.type == self.result.type == IntegerType(64):
                value.print_without_type(printer)
            else:
                printer.print_attribute(value)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)


@refines(llvm.GlobalOp)
class GlobalOp(llvm.GlobalOp):
    """xDSL's ``llvm.mlir.global``, not printing the default visibility (``visibility_ = 0``) in
    the attribute dictionary, where mlir-opt would then find it twice."""

    def print(self, printer: Printer) -> None:
        visibility = self.visibility_
        if visibility is not None and visibility.value.data == 0:
            del self.properties["visibility_"]
            try:
                super().print(printer)
            finally:
                self.properties["visibility_"] = visibility
            return
        super().print(printer)


FUNC_DEF = with_properties(llvm.FuncOp, memory_effects=OptPropertyDef(BaseAttr(MemoryEffectsAttr)))


@refines(llvm.FuncOp)
class FuncOp(llvm.FuncOp):
    """xDSL's ``llvm.func`` with MLIR's ``memory_effects`` property (``#llvm.memory_effects``);
    the custom form writes it in the ``attributes {...}`` dictionary, as mlir-opt does."""

    @classmethod
    def get_irdl_definition(cls) -> OpDef:
        return FUNC_DEF

    @staticmethod
    def prepare_for_xdsl(op: FuncOp) -> None:
        """xDSL's class has no ``memory_effects`` property: keep it as an attribute."""
        effects = op.properties.pop("memory_effects", None)
        if effects is not None:
            op.attributes["memory_effects"] = effects

    def verify_(self) -> None:
        FUNC_DEF.verify(self)
        for index, attrs in enumerate(self.arg_attrs or ()):
            if "llvm.elementtype" in attrs.data:
                raise VerifyException(f"'llvm.elementtype' on parameter {index} is only valid on intrinsic calls")

    @property
    def memory_effects(self) -> MemoryEffectsAttr | None:
        return cast(MemoryEffectsAttr | None, self.properties.get("memory_effects"))

    @classmethod
    def parse(cls, parser: Parser) -> FuncOp:
        parsed = llvm.FuncOp.parse(parser)
        props = dict(parsed.properties)
        attrs = dict(parsed.attributes)
        for key in [k for k in attrs if k in FUNC_DEF.properties]:  # inherent, written in the dict
            props[key] = attrs.pop(key)
        props = dict(sorted(props.items()))  # the order the generic form has
        region = parsed.detach_region(parsed.body)
        return cls.create(properties=props, attributes=attrs, regions=[region])


TRUNC_DEF = with_properties(llvm.TruncOp, overflowFlags=OptPropertyDef(IntegerAttr.constr(type=i32)))


@refines(llvm.TruncOp)
class TruncOp(llvm.TruncOp):
    """xDSL's ``llvm.trunc`` holding ``overflowFlags`` as MLIR does, an ``i32`` bit set
    (``nsw`` = 1, ``nuw`` = 2), written ``llvm.trunc %x overflow<nsw> : i64 to i32``."""

    @classmethod
    def get_irdl_definition(cls) -> OpDef:
        return TRUNC_DEF

    def verify_(self) -> None:
        TRUNC_DEF.verify(self)

    @staticmethod
    def prepare_for_xdsl(op: TruncOp) -> None:
        """xDSL's class holds the flags as ``#llvm.overflow<...>``."""
        flags = op.properties.get("overflowFlags")
        if isinstance(flags, IntegerAttr):
            op.properties["overflowFlags"] = llvm.OverflowAttr.from_int(flags.value.data)

    @classmethod
    def parse(cls, parser: Parser) -> TruncOp:
        arg = parser.parse_unresolved_operand()
        flags = llvm.OverflowAttr.parse(parser)
        attrs = parser.parse_optional_attr_dict()
        parser.parse_punctuation(":")
        arg_type = parser.parse_type()
        parser.parse_keyword("to")
        res_type = parser.parse_type()
        return cls.create(
            operands=[parser.resolve_operand(arg, arg_type)],
            result_types=[res_type],
            properties={"overflowFlags": IntegerAttr(flags.to_int(), 32)},
            attributes=attrs,
        )

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.arg)
        flags = self.overflowFlags
        if isinstance(flags, IntegerAttr):
            flags = llvm.OverflowAttr.from_int(flags.value.data)
        if flags is not None:
            flags.print(printer)
        printer.print_op_attributes(self.attributes)
        printer.print_string(" : ")
        printer.print_attribute(self.arg.type)
        printer.print_string(" to ")
        printer.print_attribute(self.res.type)


# GEP no-wrap flags (MLIR's GEPNoWrapFlags): `inbounds` is inbounds_flag|nusw.
GEP_FLAG_BITS = {"inbounds": 3, "inbounds_flag": 1, "nusw": 2, "nuw": 4}


@refines(llvm.GEPOp)
class GEPOp(llvm.GEPOp):
    """xDSL's ``llvm.getelementptr`` with MLIR 22's no-wrap flags (``inbounds|nuw``) kept in
    ``noWrapFlags`` as MLIR does (and xDSL's ``inbounds`` unit property set with ``inbounds``;
    mlir-opt ignores that extra property in the generic form)."""

    @classmethod
    def parse(cls, parser: Parser) -> GEPOp:
        bits = 0
        keyword = parser.parse_optional_keyword_in(GEP_FLAG_BITS)
        while keyword is not None:
            bits |= GEP_FLAG_BITS[keyword]
            keyword = None
            if parser.parse_optional_punctuation("|") is not None:
                keyword = parser.parse_keyword_in(GEP_FLAG_BITS)  # pyright: ignore[reportAttributeAccessIssue]
        op = super().parse(parser)
        op.properties["noWrapFlags"] = IntegerAttr(bits, 32)
        if bits & 3 == 3:  # xDSL's own flag, which its and ember's translation to LLVM IR read
            op.properties["inbounds"] = UnitAttr()
        else:
            op.properties.pop("inbounds", None)
        return op

    def print(self, printer: Printer) -> None:
        flags = gep_flag_names(self.noWrapFlags.value.data | (3 if self.inbounds is not None else 0))
        inbounds = self.properties.pop("inbounds", None)
        try:
            if flags:
                printer.print_string(" " + flags)
            super().print(printer)
        finally:
            if inbounds is not None:
                self.properties["inbounds"] = inbounds


def gep_flag_names(bits: int) -> str:
    """``inbounds|nuw`` for 7, as MLIR prints GEPNoWrapFlags."""
    names: list[str] = []
    if bits & 3 == 3:
        names.append("inbounds")
    else:
        names += [name for name, bit in (("inbounds_flag", 1), ("nusw", 2)) if bits & bit]
    if bits & 4:
        names.append("nuw")
    return "|".join(names)


LLVM = extend(
    llvm.LLVM,
    [
        PoisonOp,
        UIToFPOp,
        FPToSIOp,
        FPToUIOp,
        SwitchOp,
        MaximumOp,
        MinimumOp,
        FMulAddOp,
        ExtractElementOp,
        ConstantOp,
        GlobalOp,
        GEPOp,
        FuncOp,
        TruncOp,
        *INTRINSICS,
    ],
    [MemoryEffectsAttr],
)
