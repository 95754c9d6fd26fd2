"""ONNX elementwise ops -> graph dialect: binary/comparison/logical ops and parameter-free unary
ops are table rows; activations with attributes, variadic ops and the composites exporters emit
(PRelu, Softsign, Mish, Celu, ...) are one small converter each.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import Attribute, SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import CONVERTERS, converter

BINARY: dict[str, type[graph.GraphOp]] = {
    "Add": graph.AddOp, "Sub": graph.SubOp, "Mul": graph.MulOp, "Div": graph.DivOp,
    "And": graph.AndOp, "Or": graph.OrOp, "Xor": graph.XorOp,
    "Equal": graph.EqualOp, "Less": graph.LessOp, "LessOrEqual": graph.LessEqualOp,
    "Greater": graph.GreaterOp, "GreaterOrEqual": graph.GreaterEqualOp,
    "BitwiseAnd": graph.BitwiseAndOp, "BitwiseOr": graph.BitwiseOrOp, "BitwiseXor": graph.BitwiseXorOp,
}  # fmt: skip
"""ONNX binary ops with numpy broadcasting that map one-to-one."""

UNARY: dict[str, type[graph.GraphOp]] = {
    "Neg": graph.NegOp, "Abs": graph.AbsOp, "Exp": graph.ExpOp, "Log": graph.LogOp,
    "Sqrt": graph.SqrtOp, "Reciprocal": graph.ReciprocalOp, "Tanh": graph.TanhOp,
    "Sigmoid": graph.SigmoidOp, "Erf": graph.ErfOp, "Sin": graph.SinOp, "Cos": graph.CosOp,
    "Floor": graph.FloorOp, "Ceil": graph.CeilOp, "Round": graph.RoundOp, "Sign": graph.SignOp,
    "Not": graph.NotOp, "Relu": graph.ReluOp, "HardSwish": graph.HardSwishOp,
    "Softplus": graph.SoftplusOp, "Acos": graph.AcosOp, "Asin": graph.AsinOp, "Atan": graph.AtanOp,
    "BitwiseNot": graph.BitwiseNotOp,
}  # fmt: skip
"""ONNX unary ops without attributes that map one-to-one."""

VARIADIC: dict[str, type[graph.GraphOp]] = {"Sum": graph.AddOp, "Max": graph.MaxOp, "Min": graph.MinOp}
"""ONNX ops over any number of broadcasting inputs, folded left with a binary graph op."""


def _one_to_one(op_cls: type[graph.GraphOp]) -> object:
    def convert(cx: NodeContext) -> SSAValue:
        return cx.value(op_cls, [cx.input(i) for i in range(len(cx.inputs))])

    convert.__name__ = f"row({op_cls.name})"
    return convert


def _variadic(op_cls: type[graph.GraphOp]) -> object:
    def convert(cx: NodeContext) -> SSAValue:
        return _fold(cx, op_cls, [cx.input(i) for i in range(len(cx.inputs))])

    convert.__name__ = f"fold({op_cls.name})"
    return convert


def _fold(cx: NodeContext, op_cls: type[graph.GraphOp], values: Sequence[SSAValue]) -> SSAValue:
    acc = values[0]
    for value in values[1:]:
        acc = cx.value(op_cls, [acc, value])
    return acc


for _name, _cls in BINARY.items():
    CONVERTERS[(_name, 1)] = _one_to_one(_cls)  # type: ignore[assignment]
for _name, _cls in UNARY.items():
    CONVERTERS[(_name, 1)] = _one_to_one(_cls)  # type: ignore[assignment]
for _name, _cls in VARIADIC.items():
    CONVERTERS[(_name, 1)] = _variadic(_cls)  # type: ignore[assignment]


@converter("Mean")
def mean(cx: NodeContext) -> SSAValue:
    values = [cx.input(i) for i in range(len(cx.inputs))]
    total = _fold(cx, graph.AddOp, values)
    return cx.value(graph.DivOp, [total, cx.constant(len(values), like=total)])


@converter("Pow")
def pow_(cx: NodeContext) -> SSAValue:
    base, exponent = cx.input(0), cx.input(1)
    if cx.elem(1) != cx.elem(0):
        exponent = cx.value(graph.CastOp, [exponent], {"to": cx.elem(0)})
    return cx.value(graph.PowOp, [base, exponent])


@converter("Mod")
def mod(cx: NodeContext) -> SSAValue:
    fmod = cx.attrs.int_("fmod", 0)
    a, b = cx.input(0), cx.input(1)
    if not fmod and graph.is_float(cx.elem(0)):
        # Python-style float remainder (numpy's mod): fmod(a, b), moved by b when the signs
        # differ; a zero remainder takes the sign of b
        r = cx.value(graph.ModOp, [a, b], {"fmod": graph.int_attr(1)})
        zero = cx.constant(0.0, like=a)
        is_zero = cx.value(graph.EqualOp, [r, zero])
        b_negative = cx.value(graph.LessOp, [b, zero])
        signs_differ = cx.value(graph.XorOp, [cx.value(graph.LessOp, [r, zero]), b_negative])
        moved = cx.value(graph.WhereOp, [signs_differ, cx.value(graph.AddOp, [r, b]), r])
        signed_zero = cx.value(graph.WhereOp, [b_negative, cx.constant(-0.0, like=a), zero])
        return cx.value(graph.WhereOp, [is_zero, signed_zero, moved])
    return cx.value(graph.ModOp, [a, b], {"fmod": graph.int_attr(fmod)})


@converter("Where", 9)
def where(cx: NodeContext) -> SSAValue:
    return cx.value(graph.WhereOp, [cx.input(0), cx.input(1), cx.input(2)])


# ---- activations with attributes ------------------------------------------------------------


@converter("LeakyRelu")
def leaky_relu(cx: NodeContext) -> SSAValue:
    alpha = cx.attrs.float_("alpha", 0.01)
    return cx.value(graph.LeakyReluOp, [cx.input(0)], {"alpha": graph.float_attr(alpha)})


@converter("Elu")
def elu(cx: NodeContext) -> SSAValue:
    alpha = cx.attrs.float_("alpha", 1.0)
    return cx.value(graph.EluOp, [cx.input(0)], {"alpha": graph.float_attr(alpha)})


@converter("Selu")
def selu(cx: NodeContext) -> SSAValue:
    alpha = cx.attrs.float_("alpha", 1.67326319217681884765625)
    gamma = cx.attrs.float_("gamma", 1.05070102214813232421875)
    props = {"alpha": graph.float_attr(alpha), "gamma": graph.float_attr(gamma)}
    return cx.value(graph.SeluOp, [cx.input(0)], props)


@converter("HardSigmoid")
def hard_sigmoid(cx: NodeContext) -> SSAValue:
    alpha = cx.attrs.float_("alpha", 0.2)
    beta = cx.attrs.float_("beta", 0.5)
    props = {"alpha": graph.float_attr(alpha), "beta": graph.float_attr(beta)}
    return cx.value(graph.HardSigmoidOp, [cx.input(0)], props)


@converter("Gelu", 20)
def gelu(cx: NodeContext) -> SSAValue:
    approximate = cx.attrs.str_("approximate", "none", choices=("none", "tanh"))
    return cx.value(graph.GeluOp, [cx.input(0)], {"approximate": graph.str_attr(approximate)})


@converter("Clip", 1)
def clip_attrs(cx: NodeContext) -> SSAValue:
    lo = cx.attrs.float_("min", -3.4028234663852886e38)
    hi = cx.attrs.float_("max", 3.4028234663852886e38)
    props = {"min": graph.float_attr(lo), "max": graph.float_attr(hi)}
    return cx.value(graph.ClipOp, [cx.input(0)], props)


@converter("Clip", 11)
def clip_inputs(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    bounds = [cx.builder.static(cx.input(i)) if cx.has(i) else None for i in (1, 2)]
    if all(cx.has(i) == (b is not None) for i, b in zip((1, 2), bounds, strict=True)):
        props = {name: graph.float_attr(float(b.reshape(-1)[0])) for name, b in zip(("min", "max"), bounds, strict=True) if b is not None}
        return cx.value(graph.ClipOp, [x], props)
    if cx.has(1):
        x = cx.value(graph.MaxOp, [x, cx.input(1)])
    if cx.has(2):
        x = cx.value(graph.MinOp, [x, cx.input(2)])
    return x


@converter("PRelu")
def prelu(cx: NodeContext) -> SSAValue:
    x, slope = cx.input(0), cx.input(1)
    negative = cx.value(graph.LessOp, [x, cx.constant(0, like=x)])
    return cx.value(graph.WhereOp, [negative, cx.value(graph.MulOp, [x, slope]), x])


@converter("ThresholdedRelu", 10)
def thresholded_relu(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    above = cx.value(graph.GreaterOp, [x, cx.constant(cx.attrs.float_("alpha", 1.0), like=x)])
    return cx.value(graph.WhereOp, [above, x, cx.constant(0, like=x)])


@converter("Softsign")
def softsign(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    denom = cx.value(graph.AddOp, [cx.value(graph.AbsOp, [x]), cx.constant(1, like=x)])
    return cx.value(graph.DivOp, [x, denom])


@converter("Mish", 18)
def mish(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    return cx.value(graph.MulOp, [x, cx.value(graph.TanhOp, [cx.value(graph.SoftplusOp, [x])])])


@converter("Celu", 12)
def celu(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    alpha = cx.attrs.float_("alpha", 1.0)
    scaled = cx.value(graph.DivOp, [x, cx.constant(alpha, like=x)])
    elu_ = cx.value(graph.EluOp, [scaled], {"alpha": graph.float_attr(1.0)})
    return cx.value(graph.MulOp, [elu_, cx.constant(alpha, like=x)])


@converter("Tan")
def tan(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    return cx.value(graph.DivOp, [cx.value(graph.SinOp, [x]), cx.value(graph.CosOp, [x])])


@converter("BitShift", 11)
def bit_shift(cx: NodeContext) -> SSAValue:
    direction = cx.attrs.str_("direction", choices=("LEFT", "RIGHT"))
    if graph.is_float(cx.elem(0)) or cx.elem(0) == graph.i1:
        raise cx.error(f"element type {cx.elem(0)} is not supported (BitShift takes integers)")
    op_cls = graph.ShiftLeftOp if direction == "LEFT" else graph.ShiftRightOp
    return cx.value(op_cls, [cx.input(0), cx.input(1)])


@converter("BitCast", 26)
def bit_cast(cx: NodeContext) -> SSAValue:
    from ember.frontend.onnx.importer import element_type

    target = element_type(cx.attrs.int_("to"), f"{cx.label}: attribute 'to'")
    for element in (cx.elem(0), target):
        if element == graph.bf16:
            raise cx.error("bfloat16 is not supported by BitCast (ember computes bfloat16 in f32)")
    if graph.numpy_dtype(target).itemsize != graph.numpy_dtype(cx.elem(0)).itemsize:
        raise cx.error(f"element types {cx.elem(0)} and {target} differ in width")
    return cx.value(graph.BitcastOp, [cx.input(0)], {"to": target})


@converter("IsNaN", 9)
def is_nan(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    return cx.value(graph.NotOp, [cx.value(graph.EqualOp, [x, x])])


@converter("Swish", 24)
def swish(cx: NodeContext) -> SSAValue:
    x = cx.input(0)
    alpha = cx.attrs.float_("alpha", 1.0)
    scaled = cx.value(graph.MulOp, [x, cx.constant(alpha, like=x)])
    return cx.value(graph.MulOp, [x, cx.value(graph.SigmoidOp, [scaled])])


# ---- type conversion and pass-through ---------------------------------------------------------


@converter("Cast")
def cast(cx: NodeContext) -> SSAValue:
    from ember.frontend.onnx.importer import element_type

    target = element_type(cx.attrs.int_("to"), f"{cx.label}: attribute 'to'")
    return cx.value(graph.CastOp, [cx.input(0)], _cast_props(cx, target))


@converter("CastLike", 15)
def cast_like(cx: NodeContext) -> SSAValue:
    return cx.value(graph.CastOp, [cx.input(0)], _cast_props(cx, cx.elem(1)))


def _cast_props(cx: NodeContext, target: Attribute) -> dict[str, Attribute]:
    """``to``, and Cast's ``saturate`` / ``round_mode`` when the target is a float8 type (the
    only ones they change, docs/element-types.md)."""
    props: dict[str, Attribute] = {"to": target}
    float8 = (graph.f8E4M3FN, graph.f8E4M3FNUZ, graph.f8E5M2, graph.f8E5M2FNUZ, graph.f8E8M0FNU)
    if target in float8 and not cx.attrs.int_("saturate", 1):
        props["saturate"] = graph.int_attr(0)
    if target == graph.f8E8M0FNU:
        props["round_mode"] = graph.str_attr(cx.attrs.str_("round_mode", "up", choices=("up", "down", "nearest")))
    return props


@converter("Identity")
def identity(cx: NodeContext) -> SSAValue:
    return cx.input(0)


@converter("Dropout", 1)
def dropout_attrs(cx: NodeContext) -> list[SSAValue]:
    return _dropout(cx, training=False)


@converter("Dropout", 12)
def dropout_inputs(cx: NodeContext) -> list[SSAValue]:
    training = bool(cx.static_scalar(2, "training_mode"))
    ratio = cx.static_scalar(1, "ratio")
    return _dropout(cx, training=training and (ratio is None or ratio != 0))  # ratio 0 drops nothing


def _dropout(cx: NodeContext, training: bool) -> list[SSAValue]:
    """Inference dropout: the input itself, and an all-true mask if one is asked for."""
    if training:
        raise cx.error("training_mode = 1 with a non-zero ratio is not supported (ember imports models for inference)")
    x = cx.input(0)
    shape = cx.shape(0)
    mask = None
    if len(cx.node.output) > 1 and cx.node.output[1]:
        props = {"shape": graph.dims_attr(shape), "value": graph.int_attr(1), "element": graph.i1}
        mask = cx.value(graph.FillOp, [], props) if math.prod(shape) else cx.constant(np.ones(shape, bool))
    return [x] if mask is None else [x, mask]
