"""The type converter shared by the ``convert-*-to-llvm`` passes, and their common pattern helpers.

Type mapping (MLIR's LLVMTypeConverter with the *bare-pointer* memref convention):

- ``index`` -> ``i64``;
- a statically shaped memref (identity layout, or a strided layout with static strides and
  offset) -> ``!llvm.ptr`` pointing at its first element; shapes and strides are compile-time
  constants, so no descriptor struct is needed;
- integers, floats and 1-d vectors of them are already legal.

Each conversion rewrites only its own ops. Where a converted op meets a value whose type is not
yet converted (or a user expecting the old type), the helpers insert
``builtin.unrealized_conversion_cast``; after all conversions ``reconcile-unrealized-casts``
removes the cast pairs, exactly as in MLIR's partial conversions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from math import prod

from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    AffineMapAttr,
    AnyFloat,
    BFloat16Type,
    DenseArrayBase,
    Float16Type,
    Float32Type,
    Float64Type,
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    NoneAttr,
    StridedLayoutAttr,
    StringAttr,
    UnitAttr,
    UnrealizedConversionCastOp,
    VectorType,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.ir.affine import AffineMap
from xdsl.pattern_rewriter import PatternRewriter, PatternRewriteWalker, RewritePattern
from xdsl.rewriter import InsertPoint

from ember.diagnostics import LegalizationError, pass_failure
from ember.dialects.upstream import op_class

PTR = llvm.LLVMPointerType()
"""The opaque pointer every memref becomes."""


_SCALAR_TYPES = (IntegerType, Float16Type, BFloat16Type, Float32Type, Float64Type, llvm.LLVMPointerType)
"""Exact classes of the common legal types (a ``type()`` test is much cheaper than an
``isinstance`` against ``AnyFloat``, which every converted op pays for each operand)."""


_NEVER_LEGAL = (IndexType, MemRefType)
"""Exact classes of the common types that the conversion must change."""


def is_legal_type(t: Attribute) -> bool:
    """True if ``t`` may appear in the llvm stage unchanged."""
    kind = type(t)
    if kind in _SCALAR_TYPES:
        return True
    if kind in _NEVER_LEGAL:
        return False
    if kind is VectorType:
        return _is_legal_vector(t)  # type: ignore[arg-type]
    if isinstance(t, IntegerType | AnyFloat | llvm.LLVMPointerType):
        return True
    if isinstance(t, VectorType):
        return _is_legal_vector(t)
    return isinstance(t, llvm.LLVMStructType | llvm.LLVMArrayType | llvm.LLVMVoidType)


@cache
def _is_legal_vector(t: VectorType) -> bool:
    """A 1-d vector of integers or floats (cached: a model has a handful of vector types and
    the ``AnyFloat`` test is slow)."""
    return isinstance(t.element_type, IntegerType | AnyFloat) and t.get_num_dims() == 1


def convert_type(t: Attribute) -> Attribute | None:
    """The llvm-stage type of ``t``, or None if ember cannot lower it."""
    if type(t) in _SCALAR_TYPES:
        return t
    if is_legal_type(t):
        return t
    if isinstance(t, IndexType):
        return i64
    if isinstance(t, MemRefType) and memref_layout(t) is not None:
        return PTR
    return None


def memref_layout(t: MemRefType) -> tuple[tuple[int, ...], int] | None:
    """(strides, offset) in elements of a static memref, or None if not static. A memref whose
    only run-time size is the leading one, with the identity layout (a batch of images; the
    1-D buffers ``memref-flatten-dynamic`` makes), has static strides too: its pointer is all
    the addressing needs. A run-time offset (``strided<[...], offset: ?>``, the tiles of
    ``linalg-tile``) is in the pointer: the view that makes one advances it (offset 0 here).
    Constant strides address a view with run-time sizes too (``linalg-tile{partial=true}``'s
    last tiles)."""
    shape = tuple(t.get_shape())
    layout = t.layout
    if isinstance(layout, StridedLayoutAttr):
        strides = layout.get_strides()
        offset = layout.get_offset()
        if any(s is None for s in strides):
            return None
        return tuple(int(s) for s in strides if s is not None), 0 if offset is None else int(offset)
    if shape and shape[0] < 0 and isinstance(layout, NoneAttr) and all(d >= 0 for d in shape[1:]):
        return contiguous_strides(shape), 0  # (a run-time leading size changes no stride)
    if any(d < 0 for d in shape):
        return None
    if isinstance(layout, NoneAttr):
        return contiguous_strides(shape), 0
    if isinstance(layout, AffineMapAttr) and layout.data == AffineMap.identity(len(shape)):
        return contiguous_strides(shape), 0
    return None


def contiguous_strides(shape: Sequence[int]) -> tuple[int, ...]:
    """Row-major strides (in elements) of ``shape``."""
    strides: list[int] = []
    running = 1
    for dim in reversed(shape):
        strides.append(running)
        running *= dim
    return tuple(reversed(strides))


def memref_num_elements(t: MemRefType) -> int:
    """How many elements a static memref holds."""
    return prod(t.get_shape())


def element_byte_width(t: Attribute) -> int:
    """Bytes one element of type ``t`` occupies in memory (i1 takes a byte, as in numpy)."""
    if isinstance(t, IndexType):
        return 8
    if isinstance(t, IntegerType):
        return max(1, (t.width.data + 7) // 8)
    if isinstance(t, AnyFloat):
        return t.bitwidth // 8
    if isinstance(t, VectorType):
        return element_byte_width(t.element_type) * prod(t.get_shape())
    raise LegalizationError(f"cannot store elements of type {t} in memory")


def require_type(pass_name: str, op: Operation, t: Attribute) -> Attribute:
    """``convert_type(t)``, or a legalization error naming the pass and the op."""
    converted = convert_type(t)
    if converted is None:
        raise pass_failure(
            pass_name,
            op,
            f"cannot convert type {t} to the llvm dialect",
            "ember lowers static shapes with identity or static strided layouts",
            kind=LegalizationError,
        )
    return converted


def cast_to(
    rewriter: PatternRewriter, value: SSAValue, target: Attribute, before: Operation
) -> SSAValue:
    """``value`` as type ``target``: itself, or an unrealized cast inserted before ``before``."""
    if value.type == target:
        return value
    owner = value.owner
    if isinstance(owner, UnrealizedConversionCastOp) and owner.inputs[0].type == target:
        return owner.inputs[0]
    cast = UnrealizedConversionCastOp.get([value], [target])
    rewriter.insert(cast, InsertPoint.before(before))
    return cast.results[0]


def legal_operands(pass_name: str, rewriter: PatternRewriter, op: Operation) -> list[SSAValue]:
    """The operands of ``op`` cast to their llvm-stage types."""
    return [cast_to(rewriter, v, require_type(pass_name, op, v.type), op) for v in op.operands]


def replace_converted(
    rewriter: PatternRewriter,
    op: Operation,
    new_ops: Sequence[Operation],
    new_results: Sequence[SSAValue],
    converted: Callable[[Operation], bool] | None = None,
) -> None:
    """Replace ``op`` by ``new_ops``; results whose type changed are cast back for old users,
    unless every user is one that the running conversion lowers too (``converted``): those take
    the new value as it is, and their own conversion finds it already legal. Memrefs are always
    cast back: the memref rows read shapes and layouts from their operands' types."""
    casts: list[Operation] = []
    values: list[SSAValue] = []
    for old, new in zip(op.results, new_results, strict=True):
        if old.type == new.type or (
            converted is not None
            and not isinstance(old.type, MemRefType)
            and all(converted(u.operation) for u in old.uses)
        ):
            values.append(new)
            continue
        cast = UnrealizedConversionCastOp.get([new], [old.type])
        casts.append(cast)
        values.append(cast.results[0])
    if isinstance(rewriter, DirectRewriter):
        replace_directly(op, [*new_ops, *casts], values)
    else:
        rewriter.replace(op, [*new_ops, *casts], values)


class DirectRewriter(PatternRewriter):
    """A rewriter for a conversion driven without a worklist (``convert-to-llvm``'s one walk):
    nobody listens, so :func:`replace_converted` replaces ops directly."""


def replace_directly(op: Operation, new_ops: Sequence[Operation], new_results: Sequence[SSAValue]) -> None:
    """What ``PatternRewriter.replace`` does (new ops before ``op``, its results' uses and name
    hints handed over, ``op`` erased) without the listener notifications."""
    block = op.parent_block()
    assert block is not None
    block.insert_ops_before(list(new_ops), op)
    for old, new in zip(op.results, new_results, strict=True):
        old.replace_all_uses_with(new)
        if not new.name_hint:
            new.name_hint = old.name_hint
    if len(new_results) == 1 and (hint := new_results[0].name_hint) is not None:
        for new_op in new_ops:
            for result in new_op.results:
                if not result.name_hint:
                    result.name_hint = hint
    op.detach()
    op.erase()


# ---- op construction without xDSL's generic builder --------------------------------------------
# ``IRDLOperation.__init__`` checks and regroups its arguments generically (about half the cost of
# a conversion); the few llvm ops every load and store produces are built with ``create`` and
# their properties, the same ops the constructors make.

_NO_FLAGS = IntegerAttr(0, 32)
_ORDERING = IntegerAttr(0, 64)
_SSA_INDEX = DenseArrayBase.from_list(i32, [llvm.GEP_USE_SSA_VAL])


@cache
def i64_attr(value: int) -> IntegerAttr:
    return IntegerAttr(value, i64)


@cache
def _alignment(value: int) -> IntegerAttr:
    return IntegerAttr(value, 64)


def i64_constant(value: int) -> llvm.ConstantOp:
    """``llvm.mlir.constant(value) : i64``."""
    return llvm.ConstantOp.create(properties={"value": i64_attr(value)}, result_types=[i64])


def add_i64(lhs: SSAValue, rhs: SSAValue) -> llvm.AddOp:
    """``llvm.add`` of two i64 values, no overflow flags."""
    return llvm.AddOp.create(operands=[lhs, rhs], result_types=[i64], properties={"overflowFlags": _NO_FLAGS})


def mul_i64(lhs: SSAValue, rhs: SSAValue) -> llvm.MulOp:
    """``llvm.mul`` of two i64 values, no overflow flags."""
    return llvm.MulOp.create(operands=[lhs, rhs], result_types=[i64], properties={"overflowFlags": _NO_FLAGS})


def overflow_binary(cls: type[llvm.ArithmeticBinOpOverflow], lhs: SSAValue, rhs: SSAValue) -> Operation:
    """``cls(lhs, rhs)`` (``llvm.add``, ``llvm.mul``, ...) with the constructor's default: no
    overflow flags."""
    return cls.create(operands=[lhs, rhs], result_types=[lhs.type], properties={"overflowFlags": _NO_FLAGS})


def constant(value: Attribute, result: Attribute) -> llvm.ConstantOp:
    """``llvm.mlir.constant(value) : result``."""
    return llvm.ConstantOp.create(properties={"value": value}, result_types=[result])


@cache
def i32_mask(*lanes: int) -> DenseArrayBase:
    """A ``shufflevector`` mask, built once."""
    return DenseArrayBase.from_list(i32, list(lanes))


def shuffle(a: SSAValue, b: SSAValue, mask: DenseArrayBase, result: Attribute) -> llvm.ShuffleVectorOp:
    """``llvm.shufflevector a, b [mask] : result``."""
    return llvm.ShuffleVectorOp.create(operands=[a, b], result_types=[result], properties={"mask": mask})


def insert_element(into: SSAValue, value: SSAValue, index: SSAValue) -> llvm.InsertElementOp:
    """``llvm.insertelement value, into[index]``."""
    return llvm.InsertElementOp.create(operands=[into, value, index], result_types=[into.type])


_INBOUNDS = UnitAttr()


def element_pointer(base: SSAValue, index: SSAValue, element: Attribute) -> llvm.GEPOp:
    """``llvm.getelementptr inbounds %base[%index] : (!llvm.ptr, i64) -> !llvm.ptr, element``."""
    properties = {"rawConstantIndices": _SSA_INDEX, "elem_type": element, "noWrapFlags": _NO_FLAGS,
                  "inbounds": _INBOUNDS}  # fmt: skip
    return llvm.GEPOp.create(operands=[base, index], result_types=[PTR], properties=properties)


def load(address: SSAValue, result: Attribute, alignment: int = 0) -> llvm.LoadOp:
    """``llvm.load`` (``alignment`` 0: the type's own)."""
    properties: dict[str, Attribute] = {"ordering": _ORDERING}
    if alignment:
        properties["alignment"] = _alignment(alignment)
    return llvm.LoadOp.create(operands=[address], result_types=[result], properties=properties)


def store(value: SSAValue, address: SSAValue, alignment: int = 0) -> llvm.StoreOp:
    """``llvm.store`` (``alignment`` 0: the type's own)."""
    properties: dict[str, Attribute] = {"ordering": _ORDERING}
    if alignment:
        properties["alignment"] = _alignment(alignment)
    return llvm.StoreOp.create(operands=[value, address], properties=properties)


def intrinsic_suffix(t: Attribute) -> str:
    """LLVM's overload suffix of a type: ``f32``, ``i64``, ``v16f32``."""
    if isinstance(t, VectorType):
        return f"v{prod(t.get_shape())}{intrinsic_suffix(t.element_type)}"
    if isinstance(t, IntegerType):
        return f"i{t.width.data}"
    if isinstance(t, AnyFloat):
        return f"f{t.bitwidth}"
    raise LegalizationError(f"no LLVM intrinsic overload for type {t}")


def call_intrinsic(
    name: str, args: Sequence[SSAValue], result: Attribute | None
) -> llvm.CallIntrinsicOp:
    """``llvm.call_intrinsic "name"(args)``; ``name`` already carries its overload suffixes."""
    return llvm.CallIntrinsicOp.create(
        operands=list(args), result_types=[] if result is None else [result],
        properties=_intrinsic_properties(name, len(args)),
    )


@cache
def _intrinsic_properties(name: str, operands: int) -> dict[str, Attribute]:
    """What ``llvm.CallIntrinsicOp(name, args, ...)`` sets: the name, no operand bundles, and the
    operand segment sizes (``operands`` arguments, no bundle operands). Callers must not mutate it."""
    return {"intrin": StringAttr(name), "op_bundle_sizes": _NO_BUNDLES,
            "operandSegmentSizes": DenseArrayBase.from_list(i32, [operands, 0])}  # fmt: skip


_NO_BUNDLES = DenseArrayBase.from_list(i32, ())


Builder = Callable[
    [PatternRewriter, Operation, list[SSAValue], list[Attribute]],
    tuple[list[Operation], list[SSAValue]],
]
"""Builds the llvm ops replacing an op: (rewriter, op, legal operands, legal result types) ->
(new ops, new results)."""


@dataclass(frozen=True)
class OpConversion:
    """One row of a conversion: ops of class ``source`` are lowered by ``build``."""

    source: type[Operation]
    build: Builder


@dataclass(frozen=True)
class ConversionTable(RewritePattern):
    """Dispatches each op by class to its row and casts at the type boundaries around it."""

    pass_name: str
    rows: dict[type[Operation], Builder]
    direct: bool = False
    """Whether results used only by ops of this table skip the cast back (one-walk conversion)."""

    @staticmethod
    def of(pass_name: str, rows: Sequence[OpConversion], *, direct: bool = False) -> ConversionTable:
        return ConversionTable(pass_name, {row.source: row.build for row in rows}, direct)

    def converts(self, op: Operation) -> bool:
        return op_class(op) in self.rows

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        build = self.rows.get(op_class(op))
        if build is None:
            return
        operands = legal_operands(self.pass_name, rewriter, op)
        result_types = [require_type(self.pass_name, op, r.type) for r in op.results]
        new_ops, new_results = build(rewriter, op, operands, result_types)
        replace_converted(rewriter, op, new_ops, new_results, self.converts if self.direct else None)


def apply_table(pass_name: str, module: ModuleOp, rows: Sequence[OpConversion]) -> None:
    """Run one conversion table over ``module`` until no row applies."""
    walker = PatternRewriteWalker(ConversionTable.of(pass_name, rows), apply_recursively=False)
    walker.rewrite_module(module)


def single(op: Operation) -> tuple[list[Operation], list[SSAValue]]:
    """A replacement consisting of one op and its results."""
    return [op], list(op.results)


def check_no_ops_of(pass_name: str, module: ModuleOp, *dialects: str) -> None:
    """Fail with MLIR's 'failed to legalize operation' if an op of one of ``dialects`` survived."""
    prefixes = tuple(d + "." for d in dialects)
    for op in module.walk():
        if op.name.startswith(prefixes):
            raise pass_failure(
                pass_name,
                op,
                f"failed to legalize operation '{op.name}'",
                "ember has no lowering for this op yet",
                kind=LegalizationError,
            )


def declare_function(
    anchor: Operation, name: str, inputs: Sequence[Attribute], output: Attribute
) -> None:
    """Add ``llvm.func @name(inputs) -> output`` (external) to ``anchor``'s module unless present."""
    module = anchor.get_toplevel_object()
    if not isinstance(module, ModuleOp):
        raise LegalizationError(f"cannot declare '{name}': {anchor.name} is not inside a module")
    block = module.body.block
    for existing in block.ops:
        sym = existing.properties.get("sym_name") or existing.attributes.get("sym_name")
        if isinstance(sym, StringAttr) and sym.data == name:
            return
    decl = llvm.FuncOp(
        name, llvm.LLVMFunctionType(list(inputs), output), linkage=llvm.LinkageAttr("external")
    )
    first = block.first_op
    if first is None:
        block.add_op(decl)
    else:
        block.insert_op_before(decl, first)


def convert_block_arguments(
    pass_name: str, rewriter: PatternRewriter, block: Block, owner: Operation
) -> None:
    """Give ``block`` llvm-typed arguments; old-typed uses go through an unrealized cast."""
    for arg in list(block.args):
        new_type = require_type(pass_name, owner, arg.type)
        if new_type == arg.type:
            continue
        new_arg = rewriter.insert_block_argument(block, arg.index, new_type)
        new_arg.name_hint = arg.name_hint
        cast = UnrealizedConversionCastOp.get([new_arg], [arg.type])
        rewriter.insert(cast, InsertPoint.at_start(block))
        rewriter.replace_all_uses_with(arg, cast.results[0])
        rewriter.erase_block_argument(arg)
