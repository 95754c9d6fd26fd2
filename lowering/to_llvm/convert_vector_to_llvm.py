"""``convert-vector-to-llvm``: 1-d vector ops to LLVM vector IR (loop stage -> llvm stage).

For register-blocked kernels written with the vector dialect (PERFORMANCE.md: ``<16 x float>``
accumulators, splatted A values, ``llvm.fma.v16f32``):

- ``vector.load`` / ``vector.store`` -> GEP + ``llvm.load`` / ``llvm.store`` of the vector type,
  with the *element* alignment (a memref only guarantees that much);
- ``vector.broadcast`` of a scalar -> ``insertelement`` + ``shufflevector`` with a zero mask
  (LLVM selects ``vbroadcastss``);
- ``vector.fma`` -> ``llvm.fma.v<N><T>``;
- ``vector.reduction`` -> ``llvm.vector.reduce.<kind>`` (an accumulator is combined with the
  scalar op of the same kind; float add/mul reductions are ordered, as without fast-math);
- ``vector.insert`` with a static position -> ``insertelement``;
- ``vector.extract`` of a scalar at a static position -> a one-lane ``shufflevector`` bitcast
  to the element type (LLVM folds it into ``extractelement``: the llvm dialect of xDSL has no
  extractelement op);
- ``vector.shuffle`` of 1-d vectors -> ``shufflevector``.

Pre-condition: 1-d vectors, static positions, memrefs with static layouts.
Post-condition: no vector op remains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from xdsl.context import Context
from xdsl.dialects import llvm, vector
from xdsl.dialects.builtin import (
    AnyFloat,
    DenseArrayBase,
    FloatAttr,
    IntegerAttr,
    MemRefType,
    ModuleOp,
    VectorType,
    i32,
    i64,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import PatternRewriter

from ember.diagnostics import LegalizationError, pass_failure
from ember.lowering.to_llvm.addresses import element_address
from ember.lowering.to_llvm.type_converter import (
    OpConversion,
    apply_table,
    call_intrinsic,
    check_no_ops_of,
    constant,
    element_byte_width,
    i32_mask,
    i64_attr,
    insert_element,
    intrinsic_suffix,
    load,
    shuffle,
    single,
    store,
)
from ember.registry import register_pass

PASS = "convert-vector-to-llvm"

Lowered = tuple[list[Operation], list[SSAValue]]


def _memref(op: Operation, value: SSAValue) -> MemRefType:
    if not isinstance(value.type, MemRefType):
        raise LegalizationError(str(pass_failure(PASS, op, f"expected a memref, got {value.type}")))
    return value.type


def _load(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.load`` -> address + ``llvm.load`` of the vector (element alignment)."""
    assert isinstance(op, vector.LoadOp)
    t = _memref(op, op.base)
    ops, (address,) = element_address(op, t, args[0], args[1:])
    loaded = load(address, types[0], element_byte_width(t.element_type))
    return [*ops, loaded], [loaded.results[0]]


def _store(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.store`` -> address + ``llvm.store`` of the vector (element alignment)."""
    assert isinstance(op, vector.StoreOp)
    t = _memref(op, op.base)
    ops, (address,) = element_address(op, t, args[1], args[2:])
    return [*ops, store(args[0], address, element_byte_width(t.element_type))], []


_I32_ZERO = IntegerAttr(0, i32)


def _broadcast(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.broadcast`` scalar -> vector: insert into lane 0, shuffle with a zero mask."""
    result = types[0]
    if args[0].type == result:
        return [], [args[0]]
    if isinstance(args[0].type, VectorType) or not isinstance(result, VectorType):
        raise LegalizationError(
            str(pass_failure(PASS, op, "only scalar-to-1-d broadcasts are supported"))
        )
    lanes = result.get_shape()[0]
    undef = llvm.UndefOp.create(result_types=[result])
    zero = constant(_I32_ZERO, i32)
    inserted = insert_element(undef.results[0], args[0], zero.results[0])
    splat = shuffle(inserted.results[0], undef.results[0], i32_mask(*[0] * lanes), result)
    return [undef, zero, inserted, splat], [splat.results[0]]


def _fma(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.fma`` -> ``llvm.fma.v<N><T>``."""
    return single(call_intrinsic(f"llvm.fma.{intrinsic_suffix(types[0])}", args, types[0]))


def _insert(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.insert`` of a scalar at a static position -> ``insertelement``."""
    assert isinstance(op, vector.InsertOp)
    positions = op.static_position.get_values()
    if op.dynamic_position or len(positions) != 1 or isinstance(args[0].type, VectorType):
        raise LegalizationError(
            str(
                pass_failure(PASS, op, "only scalar inserts at a static 1-d position are supported")
            )
        )
    index = constant(i64_attr(positions[0]), i64)
    insert = insert_element(args[1], args[0], index.results[0])
    return [index, insert], [insert.results[0]]


@cache
def _one_lane(element: Attribute) -> VectorType:
    """``vector<1 x element>``, built once."""
    return VectorType(element, [1])


def _extract(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.extract`` of one element at a static position -> ``shufflevector`` to one
    lane, ``bitcast`` to the element type."""
    assert isinstance(op, vector.ExtractOp)
    positions = op.static_position.get_values()
    if op.dynamic_position or len(positions) != 1 or isinstance(types[0], VectorType):
        raise LegalizationError(
            str(pass_failure(PASS, op, "only scalar extracts at a static 1-d position are supported"))
        )
    lane = shuffle(args[0], args[0], i32_mask(positions[0]), _one_lane(types[0]))
    scalar = llvm.BitcastOp.create(operands=[lane.results[0]], result_types=[types[0]])
    return [lane, scalar], [scalar.results[0]]


def _shuffle(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.shuffle`` of 1-d vectors -> ``shufflevector`` with the same mask."""
    assert isinstance(op, vector.ShuffleOp)
    if any(len(t.get_shape()) != 1 for t in (op.v1.type, op.v2.type, types[0])):  # type: ignore[union-attr]
        raise LegalizationError(str(pass_failure(PASS, op, "only 1-d shuffles are supported")))
    mask = DenseArrayBase.from_list(i32, list(op.mask.get_values()))
    shuffle = llvm.ShuffleVectorOp(args[0], args[1], mask, types[0])
    return [shuffle], [shuffle.results[0]]


Combine = Callable[[SSAValue, SSAValue, Attribute], Operation]


def _scalar_intrinsic(name: str) -> Combine:
    return lambda a, b, t: call_intrinsic(f"{name}.{intrinsic_suffix(t)}", [a, b], t)


REDUCTIONS: dict[str, tuple[str, str, Combine]] = {
    # kind: (float reduce intrinsic, integer reduce intrinsic, scalar combiner with an accumulator)
    "add": ("llvm.vector.reduce.fadd", "llvm.vector.reduce.add",
            lambda a, b, t: llvm.FAddOp(a, b) if isinstance(t, AnyFloat) else llvm.AddOp(a, b)),
    "mul": ("llvm.vector.reduce.fmul", "llvm.vector.reduce.mul",
            lambda a, b, t: llvm.FMulOp(a, b) if isinstance(t, AnyFloat) else llvm.MulOp(a, b)),
    "maxnumf": ("llvm.vector.reduce.fmax", "", _scalar_intrinsic("llvm.maxnum")),
    "minnumf": ("llvm.vector.reduce.fmin", "", _scalar_intrinsic("llvm.minnum")),
    "maximumf": ("llvm.vector.reduce.fmaximum", "", _scalar_intrinsic("llvm.maximum")),
    "minimumf": ("llvm.vector.reduce.fminimum", "", _scalar_intrinsic("llvm.minimum")),
    "maxsi": ("", "llvm.vector.reduce.smax", _scalar_intrinsic("llvm.smax")),
    "minsi": ("", "llvm.vector.reduce.smin", _scalar_intrinsic("llvm.smin")),
    "maxui": ("", "llvm.vector.reduce.umax", _scalar_intrinsic("llvm.umax")),
    "minui": ("", "llvm.vector.reduce.umin", _scalar_intrinsic("llvm.umin")),
    "and": ("", "llvm.vector.reduce.and", lambda a, b, t: llvm.AndOp(a, b)),
    "or": ("", "llvm.vector.reduce.or", lambda a, b, t: llvm.OrOp(a, b)),
    "xor": ("", "llvm.vector.reduce.xor", lambda a, b, t: llvm.XOrOp(a, b)),
}  # fmt: skip


def _ordered_start(kind: str, t: Attribute) -> llvm.ConstantOp:
    """The neutral start value of LLVM's ordered fadd/fmul reductions (-0.0 and 1.0)."""
    assert isinstance(t, AnyFloat)
    return llvm.ConstantOp(FloatAttr(-0.0 if kind == "add" else 1.0, t), t)


def _reduction(
    rw: PatternRewriter, op: Operation, args: list[SSAValue], types: list[Attribute]
) -> Lowered:
    """``vector.reduction <kind>`` -> ``llvm.vector.reduce.<kind>`` (+ the accumulator)."""
    assert isinstance(op, vector.ReductionOp)
    kind = op.kind.data
    kind_name = next(iter(kind)).value if isinstance(kind, frozenset | set) and kind else str(kind)
    t = types[0]
    is_float = isinstance(t, AnyFloat)
    float_name, int_name, combine = REDUCTIONS[kind_name]
    name = float_name if is_float else int_name
    if not name:
        raise LegalizationError(
            str(pass_failure(PASS, op, f"reduction kind '{kind_name}' does not apply to {t}"))
        )
    full = f"{name}.{intrinsic_suffix(args[0].type)}"
    if is_float and kind_name in ("add", "mul"):
        start = args[1] if len(args) > 1 else None
        ops: list[Operation] = []
        if start is None:
            neutral = _ordered_start(kind_name, t)
            ops.append(neutral)
            start = neutral.results[0]
        call = call_intrinsic(full, [start, args[0]], t)
        return [*ops, call], [call.results[0]]
    call = call_intrinsic(full, [args[0]], t)
    if len(args) == 1:
        return single(call)
    combined = combine(call.results[0], args[1], t)
    return [call, combined], [combined.results[0]]


def vector_to_llvm_patterns() -> list[OpConversion]:
    """Every vector op ember lowers, one row each."""
    return [
        OpConversion(vector.LoadOp, _load),
        OpConversion(vector.StoreOp, _store),
        OpConversion(vector.BroadcastOp, _broadcast),
        OpConversion(vector.FMAOp, _fma),
        OpConversion(vector.InsertOp, _insert),
        OpConversion(vector.ReductionOp, _reduction),
        OpConversion(vector.ExtractOp, _extract),
        OpConversion(vector.ShuffleOp, _shuffle),
    ]


@register_pass
@dataclass(frozen=True)
class ConvertVectorToLlvmPass(ModulePass):
    """Lower 1-d vector ops (load/store/broadcast/fma/reduction/insert/extract/shuffle) to LLVM vector IR.

    Pre-condition: 1-d vectors, static layouts. Post-condition: no vector op remains.
    """

    name = "convert-vector-to-llvm"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        apply_table(PASS, op, vector_to_llvm_patterns())
        check_no_ops_of(PASS, op, "vector")
