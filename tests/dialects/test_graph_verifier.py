"""Verifier errors of every graph op: each message names the op and the broken rule.

`ERRORS` holds at least one rule violation per op of ``graph.ALL_OPS`` (checked by
`test_every_op_has_a_verifier_error`); building the op with ``make`` must raise a
`VerifyException` reading ``'graph.<op>' op <rule>``. In addition every op in the lit round-trip
file is re-checked with a wrong result type, and that file must contain every op.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from xdsl.dialects.builtin import (
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    IndexType,
    f32,
    f64,
    i1,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block
from xdsl.utils.exceptions import VerifyException

from ember.context import make_context
from ember.dialects import graph
from ember.textual import parse_module

OPS_MLIR = Path(__file__).resolve().parents[2] / "filecheck" / "dialects" / "graph" / "ops.mlir"


def prop(value: Any) -> Attribute:
    if isinstance(value, Attribute):
        return value
    if isinstance(value, bool | int):
        return graph.int_attr(int(value))
    if isinstance(value, float):
        return graph.float_attr(value)
    if isinstance(value, str):
        return graph.str_attr(value)
    return graph.ints_attr(value)


def T(*shape: int, elem: Attribute = f32) -> Attribute:  # noqa: N802
    return graph.tensor(shape, elem)


# (op, operand types, properties, the rule the message must state)
ERRORS: list[tuple[type[graph.GraphOp], list[Attribute], dict[str, Any], str]] = [
    (graph.AddOp, [T(2), T(2, elem=i32)], {}, "operand element types f32 and i32 differ"),
    (graph.AddOp, [T(2, 3), T(4)], {}, r"shapes \(2, 3\), \(4,\) do not broadcast"),
    (graph.SubOp, [T(2, elem=i1), T(2, elem=i1)], {}, "element type i1 is not allowed here"),
    (graph.MulOp, [T(3), T(2)], {}, "do not broadcast"),
    (graph.DivOp, [T(2, elem=i1), T(2, elem=i1)], {}, "element type i1 is not allowed"),
    (graph.PowOp, [T(2, 2), T(3)], {}, "do not broadcast"),
    (graph.MaxOp, [T(2), T(2, elem=f64)], {}, "element types f32 and f64 differ"),
    (graph.MinOp, [T(5, 1), T(2, 3)], {}, "do not broadcast"),
    (graph.ModOp, [T(2), T(2)], {}, "floating-point mod requires fmod = 1"),
    (graph.AndOp, [T(2), T(2)], {}, r"element type f32 is not allowed here \(expected bool\)"),
    (graph.OrOp, [T(2, elem=i32), T(2, elem=i32)], {}, r"expected bool"),
    (graph.XorOp, [T(2, elem=i1), T(3, elem=i1)], {}, "do not broadcast"),
    (graph.EqualOp, [T(2), T(2, elem=i32)], {}, "element types f32 and i32 differ"),
    (graph.LessOp, [T(2, 3), T(2)], {}, "do not broadcast"),
    (graph.LessEqualOp, [T(4), T(5)], {}, "do not broadcast"),
    (graph.GreaterOp, [T(2, elem=i64), T(2)], {}, "differ"),
    (graph.GreaterEqualOp, [T(3, 1), T(1, 2, 4)], {}, "do not broadcast"),
    (graph.WhereOp, [T(2), T(2), T(2)], {}, "condition must have element type i1, got f32"),
    (graph.WhereOp, [T(2, elem=i1), T(2), T(2, elem=i32)], {}, "element types f32 and i32 differ"),
    (graph.CastOp, [T(2)], {"to": IndexType()}, "unsupported element type index"),
    (graph.CastOp, [T(2)], {}, "missing property 'to'"),
    (graph.BitwiseAndOp, [T(2), T(2)], {}, r"element type f32 is not allowed here \(expected int\)"),
    (graph.BitwiseOrOp, [T(2, elem=i1), T(2, elem=i1)], {}, r"expected int"),
    (graph.BitwiseXorOp, [T(2, elem=i32), T(2, elem=i64)], {}, "element types i32 and i64 differ"),
    (graph.ShiftLeftOp, [T(2, elem=i32), T(3, elem=i32)], {}, "do not broadcast"),
    (graph.ShiftRightOp, [T(2), T(2)], {}, r"expected int"),
    (graph.BitcastOp, [T(2)], {"to": i64}, "element types f32 and i64 differ in width"),
    (graph.BitcastOp, [T(2)], {}, "missing property 'to'"),
    (graph.MatmulOp, [T(2, 3), T(4, 5)], {}, r"contraction dims differ: 3 vs 4"),
    (graph.MatmulOp, [T(elem=f32), T(3)], {}, "rank >= 1"),
    (graph.MatmulOp, [T(2, 2, 3), T(3, 3, 4)], {}, "do not broadcast"),
    (graph.GemmOp, [T(2, 3, 1), T(3, 4)], {}, "A and B must be 2-D"),
    (graph.GemmOp, [T(2, 3), T(3, 4)], {"trans_b": 1}, "contraction dims differ"),
    (graph.GemmOp, [T(2, 3), T(3, 4), T(3)], {}, r"C of shape \(3,\) does not broadcast to \(2, 4\)"),
    (graph.ConvOp, [T(1, 3, 5, 5), T(4, 2, 3, 3)], {}, "channels do not match"),
    (graph.ConvOp, [T(1, 2, 5, 5), T(4, 2, 3, 3), T(3)], {}, r"bias must have shape \(4,\)"),
    (graph.ConvOp, [T(1, 2, 5, 5), T(4, 2, 3, 3)], {"strides": (1,)}, "'strides' has 1 entries, expected 2"),
    (graph.ConvOp, [T(1, 2, 5, 5), T(4, 2, 3, 3)], {"dilations": (0, 1)}, "'dilations' must be >= 1"),
    (graph.ConvOp, [T(1, 2, 2, 2), T(4, 2, 3, 3)], {}, "kernel extent 3 is larger than the padded input 2"),
    (graph.ConvOp, [T(1, 2, 5, 5), T(4, 2, 3, 3)], {"pads": (1, 1, -1, 0)}, "'pads' must be non-negative"),
    (graph.ConvOp, [T(2, 5), T(4, 2)], {}, "must both be N x C x spatial"),
    (graph.ConvTransposeOp, [T(1, 3, 4, 4), T(2, 3, 3, 3)], {}, "do not match"),
    (graph.ConvTransposeOp, [T(1, 2, 4, 4), T(2, 3, 3, 3)], {"strides": (2, 2), "output_padding": (2, 0)},
     "output_padding .* must be smaller than the stride or dilation"),
    (graph.ConvTransposeOp, [T(1, 2, 4, 4), T(2, 3, 3, 3), T(2)], {}, r"bias must have shape \(3,\)"),
    (graph.MaxPoolOp, [T(1, 1, 4, 4)], {"kernel_shape": (2,)}, "'kernel_shape' has 1 entries, expected 2"),
    (graph.MaxPoolOp, [T(1, 1, 2, 2)], {"kernel_shape": (3, 3)}, "pooling window 3 is larger than the padded input 2"),
    (graph.MaxPoolOp, [T(1, 1, 4, 4)], {}, "missing property 'kernel_shape'"),
    (graph.AvgPoolOp, [T(1, 1, 4, 4)], {"kernel_shape": (2, 2), "strides": (0, 1)}, "'strides' must be >= 1"),
    (graph.AvgPoolOp, [T(4, 4)], {"kernel_shape": (2, 2)}, "input must be N x C x spatial"),
    (graph.GlobalAvgPoolOp, [T(2, 3)], {}, r"input must be N x C x spatial, got shape \(2, 3\)"),
    (graph.GlobalMaxPoolOp, [T(3)], {}, "input must be N x C x spatial"),
    (graph.BatchNormOp, [T(2, 3, 4), T(3), T(3), T(2), T(3)], {}, r"must have shape \(3,\), got \(2,\)"),
    (graph.BatchNormOp, [T(3), T(3), T(3), T(3), T(3)], {}, "input must have rank >= 2"),
    (graph.LayerNormOp, [T(2, 3), T(2)], {}, r"scale/bias shape \(2,\) does not broadcast to \(3,\)"),
    (graph.LayerNormOp, [T(2, 3), T(3)], {"axis": 2}, "axis 2 is out of range for rank 2"),
    (graph.InstanceNormOp, [T(2, 3), T(3), T(3)], {}, "input must be N x C x spatial"),
    (graph.InstanceNormOp, [T(2, 3, 4), T(4), T(3)], {}, r"scale and bias must have shape \(3,\)"),
    (graph.LrnOp, [T(1, 3, 4, 4)], {"size": 0}, "size >= 1"),
    (graph.LrnOp, [T(1, 3, 4, 4)], {}, "missing property 'size'"),
    (graph.SoftmaxOp, [T(2, 3, elem=i32)], {}, "input must be a float tensor"),
    (graph.SoftmaxOp, [T(2, 3)], {"axis": 2}, "axis 2 is out of range for rank 2"),
    (graph.LogSoftmaxOp, [T(2, 3)], {"axis": -3}, "axis -3 is out of range for rank 2"),
    (graph.ReduceSumOp, [T(2, 3)], {"axes": (2,)}, "axis 2 is out of range for rank 2"),
    (graph.ReduceMeanOp, [T(2, 3)], {"axes": (-3,)}, "out of range"),
    (graph.ReduceMaxOp, [T(2, 3)], {"axes": (5,)}, "out of range"),
    (graph.ReduceMinOp, [T(2, 3)], {"axes": (0, 9)}, "out of range"),
    (graph.ReduceProdOp, [T(4)], {"axes": (1,)}, "out of range"),
    (graph.ReduceL2Op, [T(4)], {"axes": (-2,)}, "out of range"),
    (graph.ArgMaxOp, [T(2, 3)], {"axis": 2}, "axis 2 is out of range for rank 2"),
    (graph.ArgMinOp, [T(2, 3)], {"axis": -3}, "out of range"),
    (graph.ReshapeOp, [T(2, 3)], {"shape": (4, 2)}, r"cannot reshape \(2, 3\) \(6 elements\) to \(4, 2\)"),
    (graph.ReshapeOp, [T(2, 3)], {"shape": (-1, 2)}, "cannot reshape"),
    (graph.TransposeOp, [T(2, 3)], {"perm": (0, 0)}, r"perm \(0, 0\) is not a permutation of 2 dims"),
    (graph.ConcatOp, [T(2, 3), T(3, 3)], {"axis": 1}, "differ outside axis 1"),
    (graph.ConcatOp, [T(2, 3), T(2, 3, elem=i32)], {"axis": 0}, "operand element types differ"),
    (graph.ConcatOp, [T(2), T(2)], {"axis": 1}, "axis 1 is out of range for rank 1"),
    (graph.SplitOp, [T(2, 7)], {"axis": 1, "sizes": (3, 3)}, r"sizes \(3, 3\) do not add up to dim 1"),
    (graph.SliceOp, [T(5)], {"starts": (0,), "ends": (3,), "steps": (0,)}, "slice step must not be 0"),
    (graph.SliceOp, [T(5, 4)], {"starts": (0, 1), "ends": (3,)}, "must have the same length"),
    (graph.SliceOp, [T(5, 4)], {"starts": (0, 1), "ends": (3, 3), "axes": (0, -2)}, r"axes \(0, -2\) name a dim twice"),
    (graph.GatherOp, [T(5, 4), T(2)], {}, "indices must be i32 or i64, got f32"),
    (graph.GatherOp, [T(5, 4), T(2, elem=i64)], {"axis": 2}, "out of range"),
    (graph.GatherElementsOp, [T(5, 4), T(2, elem=i64)], {}, "must have the same rank"),
    (graph.GatherElementsOp, [T(2, 4), T(3, 4, elem=i64)], {"axis": 1}, "must not be larger than data"),
    (graph.PadOp, [T(2, 3)], {"pads": (1, 1)}, r"pads has 2 entries, expected 4"),
    (graph.PadOp, [T(2, 3)], {"pads": (0, -4, 0, 0)}, "gives a negative size"),
    (graph.PadOp, [T(2, 3)], {"pads": (0, 1, 0, 0), "mode": "mirror"},
     "property 'mode' must be one of constant, reflect, edge, wrap, got 'mirror'"),
    (graph.PadOp, [T(2, 3)], {"pads": (0, 3, 0, 0), "mode": "reflect"}, r"reflect pads .* must be smaller than the \(cropped\) dims"),
    (graph.PadOp, [T(0, 3)], {"pads": (1, 0, 0, 0), "mode": "edge"}, "edge padding of an empty tensor"),
    (graph.ExpandOp, [T(2, 3)], {"shape": (4, 3, 2)}, "do not broadcast"),
    (graph.SqueezeOp, [T(1, 3)], {"axes": (1,)}, r"cannot squeeze dims \[1\] of shape \(1, 3\): not all are 1"),
    (graph.UnsqueezeOp, [T(3)], {"axes": (0, -3)}, "axes contain duplicates"),
    (graph.UnsqueezeOp, [T(3)], {"axes": (3,)}, "out of range"),
    (graph.FlattenOp, [T(2, 3)], {"axis": 3}, "axis 3 is out of range for rank 2"),
    (graph.TileOp, [T(2, 3)], {"repeats": (2,)}, r"repeats \(2,\) must have one non-negative entry per dim"),
    (graph.ResizeOp, [T(1, 1, 2, 2)], {"sizes": (1, 1, 4)}, "must have one positive entry per dim"),
    (graph.ResizeOp, [T(1, 1, 2, 2)], {"sizes": (1, 1, 4, 4), "mode": "cubic"},
     "property 'mode' must be one of nearest, linear, got 'cubic'"),
    (graph.ResizeOp, [T(1, 1, 2, 2)], {"sizes": (1, 1, 4, 4), "nearest_mode": "round"},
     "property 'nearest_mode' must be one of"),
    (graph.GeluOp, [T(3)], {"approximate": "fast"}, "property 'approximate' must be one of none, tanh, got 'fast'"),
    (graph.GeluOp, [T(3, elem=i32)], {}, r"element type i32 is not allowed here \(expected float\)"),
    (graph.IdentityOp, [i32], {}, "expected a ranked tensor, got i32"),
    (graph.ConstantOp, [], {"value": DenseIntOrFPElementsAttr.from_list(graph.tensor((2,), IndexType()), [1, 2])},
     "unsupported element type index"),
    (graph.ConstantOp, [], {}, "'value' must be a dense elements or dense_resource attribute"),
    (graph.FillOp, [], {"shape": (2, -1), "value": 1.0, "element": f32}, r"shape \(2, -1\) has a negative dim"),
    (graph.FillOp, [], {"shape": (2,), "value": 1.0}, "missing property 'element'"),
    (graph.RangeOp, [], {"start": 0.0, "limit": 3.0, "delta": 0.0, "element": f32}, "delta must not be 0"),
    (graph.SizesOp, [], {}, "missing property 'values'"),
]  # fmt: skip

# every unary op: the wrong element kind
_KIND_ERRORS = {
    "float": (T(2, elem=i32), r"element type i32 is not allowed here \(expected float\)"),
    "number": (T(2, elem=i1), r"element type i1 is not allowed here \(expected number\)"),
    "bool": (T(2), r"element type f32 is not allowed here \(expected bool\)"),
    "int": (T(2), r"element type f32 is not allowed here \(expected int\)"),
}
for _op in graph.UNARY_OPS:
    _t, _rule = _KIND_ERRORS[_op.OPERAND_KIND]
    ERRORS.append((_op, [_t], {}, _rule))


def _block_values(types: list[Attribute]) -> list[Any]:
    return list(Block(arg_types=types).args)


@pytest.mark.parametrize(
    "op_class, types, props, rule",
    ERRORS,
    ids=[f"{e[0].name[6:]}-{i}" for i, e in enumerate(ERRORS)],
)
def test_verifier_names_op_and_rule(op_class: type[graph.GraphOp], types: list[Attribute], props: dict[str, Any], rule: str) -> None:
    with pytest.raises(VerifyException) as info:
        op_class.make(_block_values(types), {k: prop(v) for k, v in props.items()})
    message = str(info.value)
    assert message.startswith(f"'{op_class.name}' op "), message
    assert re.search(rule, message), f"{rule!r} not in {message!r}"


def test_every_op_has_a_verifier_error() -> None:
    covered = {op for op, *_ in ERRORS}
    missing = [op.name for op in graph.ALL_OPS if op not in covered]
    assert not missing, f"ops without a verifier-error test: {missing}"


# ---- the lit round-trip file: every op is there, and a wrong result type is rejected ----------


def _ops_from_roundtrip_file() -> list[graph.GraphOp]:
    module, _ = parse_module(make_context(), OPS_MLIR.read_text(), str(OPS_MLIR))
    return [op for op in module.walk() if isinstance(op, graph.GraphOp)]


def test_roundtrip_file_covers_every_op() -> None:
    present = {type(op) for op in _ops_from_roundtrip_file()}
    missing = [op.name for op in graph.ALL_OPS if op not in present]
    assert not missing, f"ops missing from {OPS_MLIR.name}: {missing}"


def _wrong(t: Attribute) -> Attribute:
    return graph.tensor((*graph.shape_of(t), 7), graph.elem_of(t))


def test_wrong_result_type_is_rejected_for_every_op() -> None:
    checked = set()
    for op in _ops_from_roundtrip_file():
        op.verify()
        result_types = [r.type for r in op.results]
        result_types[0] = _wrong(result_types[0])
        bad = type(op).create(
            operands=list(op.operands), result_types=result_types, properties=dict(op.properties)
        )
        with pytest.raises(VerifyException, match=rf"'{re.escape(op.name)}' op result type .* does not match the inferred type"):
            bad.verify()
        checked.add(type(op))
    assert checked == set(graph.ALL_OPS)


def test_enum_property_accepts_string_and_typed_forms() -> None:
    (x,) = _block_values([T(1, 1, 2, 2)])
    from_str = graph.ResizeOp.make([x], {"sizes": prop((1, 1, 4, 4)), "mode": graph.str_attr("linear")})
    typed = graph.ResizeOp.make(
        [x], {"sizes": prop((1, 1, 4, 4)), "mode": graph.ResizeModeAttr(graph.ResizeMode.LINEAR)}
    )
    assert from_str.properties["mode"] == typed.properties["mode"] == graph.ResizeModeAttr(graph.ResizeMode.LINEAR)
    assert graph.read_choice(typed.properties, "mode", graph.RESIZE_MODES) == "linear"
    assert graph.read_enum(typed.properties, "nearest_mode", graph.NearestMode.FLOOR) is graph.NearestMode.ROUND_PREFER_FLOOR
    assert graph.read_enum({}, "nearest_mode", graph.NearestMode.FLOOR) is graph.NearestMode.FLOOR
    assert isinstance(typed.properties["coordinate_transformation_mode"], graph.CoordinateTransformationModeAttr)


def test_float_scales_property() -> None:
    (x,) = _block_values([T(1, 1, 2, 2)])
    bad = DenseArrayBase.from_list(f64, [1.0, 1.0, 0.0, 2.0])
    with pytest.raises(VerifyException, match="'graph.resize' op scales .* must have one positive entry"):
        graph.ResizeOp.make([x], {"sizes": prop((1, 1, 4, 4)), "scales": bad})


def test_inferred_types_remembered_across_ops_still_catch_each_bad_op() -> None:
    """``GraphOp.verify_`` infers each (op class, operand types) once per process; an op of a
    signature already verified still fails with its own wrong result type or element types."""
    from ember.diagnostics import VerifyError
    from ember.textual import verify_module

    t = "tensor<4xf32>"
    good = "\n".join(f"  %v{i} = graph.add %a, %a : ({t}, {t}) -> {t}" for i in range(50))
    for bad, message in [
        (f"  %bad = graph.add %a, %a : ({t}, {t}) -> tensor<5xf32>", "does not match the inferred type tensor<4xf32>"),
        ("  %bad = graph.add %a, %i : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>", "operand element types f32 and i32 differ"),
    ]:
        text = f"func.func @f(%a: {t}, %i: tensor<4xi32>) {{\n{good}\n{bad}\n  func.return\n}}\n"
        module, sources = parse_module(make_context(), text, "m.mlir")
        with pytest.raises(VerifyError, match=rf"m\.mlir:52:3: error: 'graph.add' op .*{re.escape(message)}"):
            verify_module(module, sources)


def test_signature_memo_verifies_each_op_its_own_way() -> None:
    """``verify_module`` checks a graph op of an already verified signature cheaply
    (``verified_signatures``): many ops of one signature verify, and a gather's constant
    indices (a check that reads another op) are checked on every gather of one signature."""
    from ember.diagnostics import VerifyError
    from ember.textual import verify_module

    t = "tensor<4xf32>"
    good = "\n".join(f"  %v{i} = graph.relu %a : ({t}) -> {t}" for i in range(20))
    module, sources = parse_module(make_context(), f"func.func @f(%a: {t}) {{\n{good}\n  func.return\n}}\n", "ok.mlir")
    verify_module(module, sources)
    idx = "tensor<1xi64>"
    gathers = "\n".join(
        f"  %c{i} = graph.constant dense<{v}> : {idx}\n  %g{i} = graph.gather %a, %c{i} : ({t}, {idx}) -> {idx.replace('i64', 'f32')}"
        for i, v in enumerate([1, 2, 7])
    )
    text = f"func.func @g(%a: {t}) {{\n{gathers}\n  func.return\n}}\n"
    module, sources = parse_module(make_context(), text, "g.mlir")
    with pytest.raises(VerifyError, match=r"g\.mlir:7:3: error: 'graph.gather' op"):
        verify_module(module, sources)
