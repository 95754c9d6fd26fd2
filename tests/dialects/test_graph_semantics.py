"""Reference semantics and shape inference of every graph op, checked against an oracle.

Each `Case` builds one op from input arrays and properties (result types inferred), checks the
inferred result types against the oracle's outputs (shape and dtype), and compares
``op.evaluate`` with the oracle: a numpy expression for the simple ops, ONNX's own reference
implementation (``onnx.reference.ReferenceEvaluator``) for the rest. `test_every_op_has_cases`
fails when an op of ``graph.ALL_OPS`` has fewer than two cases of different shapes, so a new op
cannot slip in untested.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from xdsl.dialects.builtin import DenseArrayBase, f32, f64, i1, i8, i16, i32, i64
from xdsl.ir import Attribute, Block
from xdsl.utils.exceptions import VerifyException

from ember.dialects import graph
from ember.dialects.graph.resources import dense_from_numpy

RNG = np.random.default_rng(20261125)
INT64_MAX = np.iinfo(np.int64).max


def rand(*shape: int, dtype: Any = np.float32, low: float = -2.0, high: float = 2.0) -> np.ndarray:
    return RNG.uniform(low, high, size=shape).astype(dtype)


def ints(*shape: int, low: int = -5, high: int = 6, dtype: Any = np.int32) -> np.ndarray:
    return RNG.integers(low, high, size=shape).astype(dtype)


def bools(*shape: int) -> np.ndarray:
    return RNG.integers(0, 2, size=shape).astype(np.bool_)


# ---- properties from plain Python values -----------------------------------------------------


def to_prop(value: Any) -> Attribute:
    if isinstance(value, Attribute):
        return value
    if isinstance(value, bool):
        return graph.int_attr(int(value))
    if isinstance(value, int):
        return graph.int_attr(value)
    if isinstance(value, float):
        return graph.float_attr(value)
    if isinstance(value, str):
        return graph.str_attr(value)
    if isinstance(value, tuple) and value and isinstance(value[0], float):
        return DenseArrayBase.from_list(f64, list(value))
    return graph.ints_attr(value)


def build(op_class: type[graph.GraphOp], inputs: Sequence[np.ndarray], props: dict[str, Any]) -> Any:
    block = Block(arg_types=[graph.tensor(a.shape, graph.element_type(a.dtype)) for a in inputs])
    return op_class.make(list(block.args), {k: to_prop(v) for k, v in props.items()})


# ---- oracles ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Onnx:
    """One-node ONNX model evaluated by onnx.reference; ``consts`` are extra constant inputs
    (``None`` = an omitted optional input)."""

    op_type: str
    attrs: dict[str, Any] = field(default_factory=dict)
    consts: tuple[np.ndarray | None, ...] = ()
    outputs: int = 1
    opset: int = 21
    runtime: str = "reference"  # or "onnxruntime" where onnx.reference is known to be wrong

    def __call__(self, *inputs: np.ndarray) -> list[np.ndarray]:
        from onnx import TensorProto, helper, numpy_helper
        from onnx.reference import ReferenceEvaluator

        names = [f"x{i}" for i in range(len(inputs))]
        inits, const_names = [], []
        for j, c in enumerate(self.consts):
            if c is None:
                const_names.append("")
                continue
            inits.append(numpy_helper.from_array(np.asarray(c), f"c{j}"))
            const_names.append(f"c{j}")
        outs = [f"y{i}" for i in range(self.outputs)]
        node = helper.make_node(self.op_type, names + const_names, outs, **self.attrs)
        value_infos = [
            helper.make_tensor_value_info(n, helper.np_dtype_to_tensor_dtype(a.dtype), a.shape)
            for n, a in zip(names, inputs, strict=True)
        ]
        out_type = TensorProto.UNDEFINED  # onnxruntime needs one: the cases using it keep the type
        if self.runtime == "onnxruntime":
            out_type = helper.np_dtype_to_tensor_dtype(inputs[0].dtype)
        out_infos = [helper.make_tensor_value_info(o, out_type, None) for o in outs]
        model = helper.make_model(
            helper.make_graph([node], "case", value_infos, out_infos, inits),
            opset_imports=[helper.make_opsetid("", self.opset)],
        )
        feeds = dict(zip(names, inputs, strict=True))
        if self.runtime == "onnxruntime":
            import onnxruntime

            session = onnxruntime.InferenceSession(
                model.SerializeToString(), providers=["CPUExecutionProvider"]
            )
            return [np.asarray(r) for r in session.run(None, feeds)]
        return [np.asarray(r) for r in ReferenceEvaluator(model).run(None, feeds)]


def lrn_by_the_spec(x: np.ndarray, size: int, alpha: float, beta: float, bias: float) -> np.ndarray:
    """ONNX LRN written as the spec's loop (onnxruntime only takes odd sizes)."""
    out = np.empty_like(x)
    lo, hi = (size - 1) // 2, math.ceil((size - 1) / 2)
    for c in range(x.shape[1]):
        window = x[:, max(0, c - lo) : min(x.shape[1], c + hi + 1)].astype(np.float64)
        square_sum = (window**2).sum(axis=1)
        out[:, c] = x[:, c] / (bias + alpha / size * square_sum) ** beta
    return out


def via_float(oracle: Callable[..., list[np.ndarray]]) -> Callable[..., list[np.ndarray]]:
    """Run a float oracle on integer inputs (exact for small ints) and cast back."""
    return lambda *xs: [r.astype(xs[0].dtype) for r in oracle(*(x.astype(np.float32) for x in xs))]


def numpy_pad(pads: Sequence[int], mode: str = "constant") -> Callable[..., list[np.ndarray]]:
    """Pad with negative pads cropping first (onnx.reference has no negative pads)."""

    def run(x: np.ndarray) -> list[np.ndarray]:
        r = x.ndim
        crop = tuple(slice(max(-pads[i], 0), x.shape[i] - max(-pads[r + i], 0)) for i in range(r))
        widths = [(max(pads[i], 0), max(pads[r + i], 0)) for i in range(r)]
        return [np.pad(x[crop], widths, mode=mode)]

    return run


def np1(fn: Callable[..., Any]) -> Callable[..., list[np.ndarray]]:
    """A numpy oracle of one result."""
    return lambda *xs: [np.asarray(fn(*xs))]


@dataclass
class Case:
    op: type[graph.GraphOp]
    inputs: tuple[np.ndarray, ...]
    oracle: Callable[..., list[np.ndarray]]
    props: dict[str, Any] = field(default_factory=dict)
    tol: float = 1e-5
    tag: str = ""

    @property
    def id(self) -> str:
        shapes = "-".join("x".join(map(str, a.shape)) or "s" for a in self.inputs)
        return f"{self.op.name[6:]}[{shapes}]{self.tag}"


C = Case

# ---- the cases --------------------------------------------------------------------------------

_A, _B = rand(2, 3), rand(3)
_P = rand(4, 1, 3, low=0.5, high=2.0)
_NUMERIC_BINARY = [
    (graph.AddOp, np.add), (graph.SubOp, np.subtract), (graph.MulOp, np.multiply),
    (graph.DivOp, np.divide), (graph.MaxOp, np.maximum), (graph.MinOp, np.minimum),
]  # fmt: skip
CASES: list[Case] = []
for _op, _fn in _NUMERIC_BINARY:
    CASES += [
        C(_op, (_A, _B), np1(_fn)),
        C(_op, (rand(4, 1, 3), rand(2, 1)), np1(_fn)),
        C(_op, (ints(3, 4), ints(4, low=1)), Onnx(_op.name[6:].capitalize()), tag="int"),
    ]
CASES += [
    C(graph.DivOp, (ints(6, low=-9, high=9), np.array([2, -2, 3, -3, 4, -4], np.int32)),
      np1(lambda a, b: np.trunc(a.astype(np.float64) / b).astype(np.int32)), tag="trunc"),
    C(graph.DivOp, (np.array([2**62 + 1, -(2**62) - 1]), np.array([3, 3])),
      np1(lambda a, b: np.array([(2**62 + 1) // 3, -((2**62 + 1) // 3)])), tag="i64exact"),
    C(graph.PowOp, (_P, rand(3)), np1(np.power)),
    C(graph.PowOp, (rand(5, low=0.1), rand(1)), np1(np.power)),
    C(graph.ModOp, (ints(2, 6), np.array([3, -3, 4, -4, 5, -5], np.int32)), Onnx("Mod")),
    C(graph.ModOp, (rand(3, 4), rand(4, low=0.5)), Onnx("Mod", {"fmod": 1}), {"fmod": 1}),
    C(graph.ModOp, (ints(5), np.array([3], np.int32)), Onnx("Mod", {"fmod": 1}), {"fmod": 1}, tag="fmod"),
    C(graph.AndOp, (bools(2, 3), bools(3)), np1(np.logical_and)),
    C(graph.AndOp, (bools(4, 1), bools(1, 5)), np1(np.logical_and)),
    C(graph.OrOp, (bools(2, 3), bools(3)), np1(np.logical_or)),
    C(graph.OrOp, (bools(4, 1), bools(1, 5)), np1(np.logical_or)),
    C(graph.XorOp, (bools(2, 3), bools(3)), np1(np.logical_xor)),
    C(graph.XorOp, (bools(4, 1), bools(1, 5)), np1(np.logical_xor)),
]  # fmt: skip
for _op, _fn in [
    (graph.EqualOp, np.equal), (graph.LessOp, np.less), (graph.LessEqualOp, np.less_equal),
    (graph.GreaterOp, np.greater), (graph.GreaterEqualOp, np.greater_equal),
]:  # fmt: skip
    CASES += [
        C(_op, (ints(2, 3).astype(np.float32), ints(3).astype(np.float32)), np1(_fn)),
        C(_op, (ints(4, 1, dtype=np.int64), ints(5, dtype=np.int64)), np1(_fn)),
    ]
CASES += [
    C(graph.WhereOp, (bools(2, 3), rand(2, 3), rand(3)), np1(np.where)),
    C(graph.WhereOp, (bools(4, 1, 1), ints(1, 3), ints(2, 1)), np1(np.where)),
]

# unary: ONNX op type, extra ONNX attributes / graph props, input generator
_ROUNDING = np.array([[0.5, 1.5, 2.5, -0.5, -1.5, -2.5], [2.3, -2.7, 0.0, 3.5, 1e-3, -1e-3]], np.float32)
_UNARY: list[tuple[type[graph.GraphOp], str, dict[str, Any], Callable[[tuple[int, ...]], np.ndarray]]] = [
    (graph.NegOp, "Neg", {}, lambda s: rand(*s)),
    (graph.AbsOp, "Abs", {}, lambda s: rand(*s)),
    (graph.ExpOp, "Exp", {}, lambda s: rand(*s)),
    (graph.LogOp, "Log", {}, lambda s: rand(*s, low=0.01, high=5)),
    (graph.SqrtOp, "Sqrt", {}, lambda s: rand(*s, low=0.0, high=5)),
    (graph.ReciprocalOp, "Reciprocal", {}, lambda s: rand(*s, low=0.5, high=5)),
    (graph.TanhOp, "Tanh", {}, lambda s: rand(*s, low=-5, high=5)),
    (graph.SigmoidOp, "Sigmoid", {}, lambda s: rand(*s, low=-8, high=8)),
    (graph.ErfOp, "Erf", {}, lambda s: rand(*s, low=-3, high=3)),
    (graph.SinOp, "Sin", {}, lambda s: rand(*s, low=-7, high=7)),
    (graph.CosOp, "Cos", {}, lambda s: rand(*s, low=-7, high=7)),
    (graph.FloorOp, "Floor", {}, lambda s: rand(*s, low=-7, high=7)),
    (graph.CeilOp, "Ceil", {}, lambda s: rand(*s, low=-7, high=7)),
    (graph.RoundOp, "Round", {}, lambda s: _ROUNDING if s == (2, 6) else rand(*s, low=-7, high=7)),
    (graph.SignOp, "Sign", {}, lambda s: np.round(rand(*s))),
    (graph.NotOp, "Not", {}, lambda s: bools(*s)),
    (graph.ReluOp, "Relu", {}, lambda s: rand(*s)),
    (graph.HardSwishOp, "HardSwish", {}, lambda s: rand(*s, low=-5, high=5)),
    (graph.SoftplusOp, "Softplus", {}, lambda s: rand(*s, low=-30, high=30)),
    (graph.LeakyReluOp, "LeakyRelu", {"alpha": 0.2}, lambda s: rand(*s)),
    (graph.EluOp, "Elu", {"alpha": 0.7}, lambda s: rand(*s)),
    (graph.SeluOp, "Selu", {}, lambda s: rand(*s)),
    (graph.SeluOp, "Selu", {"alpha": 1.5, "gamma": 2.0}, lambda s: rand(*s)),
    (graph.GeluOp, "Gelu", {}, lambda s: rand(*s, low=-4, high=4)),
    (graph.GeluOp, "Gelu", {"approximate": "tanh"}, lambda s: rand(*s, low=-4, high=4)),
    (graph.HardSigmoidOp, "HardSigmoid", {"alpha": 0.3, "beta": 0.4}, lambda s: rand(*s, low=-5, high=5)),
    (graph.HardSigmoidOp, "HardSigmoid", {}, lambda s: rand(*s, low=-5, high=5)),
]
for _op, _onnx, _attrs, _gen in _UNARY:
    for _shape in ((2, 6), (3, 1, 4)):
        CASES.append(C(_op, (_gen(_shape),), Onnx(_onnx, _attrs), _attrs, tag=str(sorted(_attrs))))
CASES += [
    C(graph.AbsOp, (ints(7),), Onnx("Abs"), tag="int"),
    C(graph.ReluOp, (ints(2, 4, dtype=np.int64),), Onnx("Relu"), tag="int"),
    C(graph.NegOp, (ints(5, dtype=np.int8),), Onnx("Neg"), tag="int"),
    C(graph.ClipOp, (rand(3, 4),), Onnx("Clip", consts=(np.float32(-0.5), np.float32(0.7))),
      {"min": -0.5, "max": 0.7}),
    C(graph.ClipOp, (rand(5),), Onnx("Clip", consts=(None, np.float32(0.1))), {"max": 0.1}),
    C(graph.ClipOp, (ints(2, 5),), Onnx("Clip", consts=(np.int32(-1), None)), {"min": -1.0}),
    C(graph.ClipOp, (np.array([2**62 + 3, -(2**62), 7], np.int64),),
      np1(lambda x: np.clip(x, -5, 2**62 + 1)), {"min": -5, "max": 2**62 + 1}, tag="i64"),
    C(graph.ClipOp, (rand(4),), Onnx("Clip", consts=(np.float32(1.0), np.float32(0.0))),
      {"min": 1.0, "max": 0.0}, tag="min>max"),
]  # fmt: skip

_CASTS = [
    (rand(2, 3, low=-300, high=300), i32, np.int32), (rand(4), f64, np.float64),
    (rand(4) * 0, i1, np.bool_), (rand(2, 2), i1, np.bool_), (ints(3, 2), f32, np.float32),
    (ints(6, low=-128, high=128, dtype=np.int64), i8, np.int8), (bools(5), i16, np.int16),
    (rand(3, low=0, high=250), graph.ui8, np.uint8),
]  # fmt: skip
for _x, _to, _np in _CASTS:
    _tp = {np.int32: 6, np.float64: 11, np.bool_: 9, np.float32: 1, np.int8: 3, np.int16: 5, np.uint8: 2}
    CASES.append(C(graph.CastOp, (_x,), Onnx("Cast", {"to": _tp[_np]}), {"to": _to}, tag=str(_to)))

# bitwise and shift ops (ONNX opset 28 BitShift takes signed types and out-of-range counts)
_SHIFT_COUNTS = np.array([0, 1, 7, 8, -1, 3], np.int8)
CASES += [
    C(graph.BitwiseAndOp, (ints(2, 3), ints(3)), Onnx("BitwiseAnd", opset=18)),
    C(graph.BitwiseAndOp, (ints(4, 1, dtype=np.uint8, low=0, high=256), ints(5, dtype=np.uint8, low=0, high=256)),
      Onnx("BitwiseAnd", opset=18)),
    C(graph.BitwiseOrOp, (ints(2, 3, dtype=np.int64), ints(3, dtype=np.int64)), Onnx("BitwiseOr", opset=18)),
    C(graph.BitwiseOrOp, (ints(4, 1, dtype=np.uint16, low=0, high=9999), ints(5, dtype=np.uint16, low=0, high=9999)),
      Onnx("BitwiseOr", opset=18)),
    C(graph.BitwiseXorOp, (ints(2, 3, dtype=np.int8), ints(3, dtype=np.int8)), Onnx("BitwiseXor", opset=18)),
    C(graph.BitwiseXorOp, (ints(4, 1, dtype=np.uint32, low=0, high=2**31), ints(5, dtype=np.uint32, low=0, high=2**31)),
      Onnx("BitwiseXor", opset=18)),
    C(graph.BitwiseNotOp, (ints(2, 6, dtype=np.int16),), Onnx("BitwiseNot", opset=18)),
    C(graph.BitwiseNotOp, (ints(3, 1, 4, dtype=np.uint64, low=0, high=2**40),), Onnx("BitwiseNot", opset=18)),
    C(graph.ShiftLeftOp, (ints(2, 6, dtype=np.int8, low=-128, high=128), _SHIFT_COUNTS),
      Onnx("BitShift", {"direction": "LEFT"}, opset=28)),
    C(graph.ShiftLeftOp, (ints(4, 1, dtype=np.uint32, low=0, high=2**32), np.array([0, 5, 31, 32, 40], np.uint32)),
      Onnx("BitShift", {"direction": "LEFT"}, opset=28)),
    C(graph.ShiftRightOp, (ints(2, 6, dtype=np.int8, low=-128, high=128), _SHIFT_COUNTS),
      Onnx("BitShift", {"direction": "RIGHT"}, opset=28)),
    C(graph.ShiftRightOp, (ints(4, 1, dtype=np.uint64, low=0, high=2**62), np.array([0, 5, 63, 64, 99], np.uint64)),
      Onnx("BitShift", {"direction": "RIGHT"}, opset=28)),
    C(graph.ShiftRightOp, (ints(3, dtype=np.int64, low=-(2**40), high=2**40), np.array([2, 64, -3], np.int64)),
      Onnx("BitShift", {"direction": "RIGHT"}, opset=28), tag="i64"),
    C(graph.BitcastOp, (rand(2, 3),), Onnx("BitCast", {"to": 6}, opset=26), {"to": i32}),
    C(graph.BitcastOp, (ints(4, dtype=np.int64),), Onnx("BitCast", {"to": 11}, opset=26), {"to": f64}),
    C(graph.BitcastOp, (ints(3, 2, dtype=np.int8),), Onnx("BitCast", {"to": 2}, opset=26), {"to": graph.ui8}, tag="ui8"),
    C(graph.BitcastOp, (bools(5),), Onnx("BitCast", {"to": 2}, opset=26), {"to": graph.ui8}, tag="bool"),
    C(graph.BitcastOp, (ints(2, 2, dtype=np.uint16, low=0, high=2**16),), Onnx("BitCast", {"to": 10}, opset=26),
      {"to": graph.f16}, tag="f16"),
    C(graph.AcosOp, (rand(2, 6, low=-1, high=1),), Onnx("Acos")),
    C(graph.AcosOp, (np.array([-1.0, 1.0, 0.0, 1.5, np.nan], np.float32),), Onnx("Acos"), tag="edges"),
    C(graph.AsinOp, (rand(3, 1, 4, low=-1, high=1),), Onnx("Asin")),
    C(graph.AsinOp, (rand(5, low=-1, high=1, dtype=np.float64),), Onnx("Asin"), tol=1e-12, tag="f64"),
    C(graph.AtanOp, (rand(2, 6, low=-50, high=50),), Onnx("Atan")),
    C(graph.AtanOp, (np.array([np.inf, -np.inf, 0.0, -0.0, 1e30, np.nan], np.float32),), Onnx("Atan"), tag="edges"),
]  # fmt: skip

# other element types: f16 (looser tolerance), i8/ui8 wrap-around, f64
_F16 = 2e-3
CASES += [
    C(graph.AddOp, (rand(2, 3, dtype=np.float16), rand(3, dtype=np.float16)), Onnx("Add"), tol=_F16, tag="f16"),
    C(graph.GeluOp, (rand(4, 5, dtype=np.float16),), Onnx("Gelu"), tol=_F16, tag="f16"),
    C(graph.SoftmaxOp, (rand(3, 4, dtype=np.float16),), Onnx("Softmax"), tol=_F16, tag="f16"),
    C(graph.MatmulOp, (rand(2, 3, dtype=np.float16), rand(3, 2, dtype=np.float16)), Onnx("MatMul"), tol=1e-2, tag="f16"),
    C(graph.CastOp, (rand(2, 3),), Onnx("Cast", {"to": 10}), {"to": graph.f16}, tag="f16"),
    C(graph.AddOp, (np.array([100, -100, 127], np.int8), np.array([100, -100, 1], np.int8)),
      np1(lambda a, b: (a.astype(np.int64) + b).astype(np.int8)), tag="i8wrap"),
    C(graph.MulOp, (np.array([200, 16], np.uint8), np.array([2, 16], np.uint8)),
      np1(lambda a, b: (a.astype(np.int64) * b).astype(np.uint8)), tag="ui8wrap"),
    C(graph.ExpOp, (rand(3, dtype=np.float64),), Onnx("Exp"), tol=1e-12, tag="f64"),
    C(graph.ConvOp, (rand(1, 2, 5, 5, dtype=np.float64), rand(3, 2, 3, 3, dtype=np.float64)), Onnx("Conv"),
      tol=1e-12, tag="f64"),
]  # fmt: skip

# matmul / gemm
CASES += [
    C(graph.MatmulOp, (rand(2, 3), rand(3, 4)), Onnx("MatMul")),
    C(graph.MatmulOp, (rand(5, 2, 3, 4), rand(4, 2)), Onnx("MatMul")),
    C(graph.MatmulOp, (rand(2, 1, 3, 4), rand(5, 4, 2)), Onnx("MatMul")),
    C(graph.MatmulOp, (rand(3), rand(2, 3, 4)), Onnx("MatMul")),
    C(graph.MatmulOp, (rand(3, 4), rand(4)), Onnx("MatMul")),
    C(graph.MatmulOp, (rand(4), rand(4)), Onnx("MatMul")),
    C(graph.MatmulOp, (ints(2, 3), ints(3, 2)), Onnx("MatMul")),
    C(graph.GemmOp, (rand(3, 4), rand(4, 5), rand(5)), Onnx("Gemm")),
    C(graph.GemmOp, (rand(4, 3), rand(5, 4), rand(3, 1)),
      Onnx("Gemm", {"transA": 1, "transB": 1, "alpha": 0.5, "beta": 2.0}),
      {"trans_a": 1, "trans_b": 1, "alpha": 0.5, "beta": 2.0}),
    C(graph.GemmOp, (rand(2, 6), rand(3, 6)), Onnx("Gemm", {"transB": 1}), {"trans_b": 1}),
]  # fmt: skip

# convolution
_conv = [
    (rand(1, 2, 9), rand(4, 2, 3), {"strides": (2,), "pads": (1, 2)}),
    (rand(2, 4, 7, 6), rand(6, 2, 3, 2), {"group": 2, "pads": (1, 0, 2, 1), "dilations": (2, 1), "strides": (1, 2)}),
    (rand(1, 3, 5, 5), rand(3, 1, 3, 3), {"group": 3, "pads": (1, 1, 1, 1)}),
    (rand(1, 2, 4, 5, 3), rand(2, 2, 2, 3, 2), {"strides": (1, 2, 1), "pads": (0, 1, 0, 1, 0, 1)}),
]  # fmt: skip
for _x, _w, _p in _conv:
    CASES.append(C(graph.ConvOp, (_x, _w), Onnx("Conv", _p), _p))
CASES.append(C(graph.ConvOp, (rand(1, 2, 5, 5), rand(3, 2, 3, 3), rand(3)),
               Onnx("Conv", {"strides": (2, 2)}), {"strides": (2, 2)}, tag="bias"))  # fmt: skip
_convt = [
    (rand(1, 2, 4, 3), rand(2, 3, 3, 3), {"strides": (2, 2), "pads": (1, 0, 1, 1), "output_padding": (1, 0)}),
    (rand(1, 1, 3, 3), rand(1, 2, 2, 2), {"pads": (1, 1, 1, 1)}),
    (rand(1, 2, 2, 3, 2), rand(2, 1, 2, 2, 2), {"strides": (2, 1, 2)}),
]  # fmt: skip
for _x, _w, _p in _convt:
    CASES.append(C(graph.ConvTransposeOp, (_x, _w), Onnx("ConvTranspose", _p), _p))
_p = {"group": 2, "dilations": (2,), "strides": (3,)}  # onnx.reference mishandles groups here
CASES.append(C(graph.ConvTransposeOp, (rand(2, 4, 5), rand(4, 2, 3)),
               Onnx("ConvTranspose", _p, runtime="onnxruntime"), _p, tag="groups"))  # fmt: skip
CASES.append(C(graph.ConvTransposeOp, (rand(1, 2, 3, 3), rand(2, 3, 2, 2), rand(3)),
               Onnx("ConvTranspose", {"strides": (2, 2)}), {"strides": (2, 2)}, tag="bias"))  # fmt: skip

# pooling
_pools = [
    {"kernel_shape": (3, 3), "strides": (2, 2), "pads": (1, 1, 1, 1), "ceil_mode": 1},
    {"kernel_shape": (2, 2), "strides": (2, 2), "ceil_mode": 1},
    {"kernel_shape": (3, 2), "strides": (2, 3), "pads": (1, 0, 2, 1), "ceil_mode": 1},
    {"kernel_shape": (3, 3), "pads": (1, 1, 1, 1)},
    {"kernel_shape": (2, 2), "strides": (2, 1), "dilations": (2, 2), "pads": (1, 1, 1, 1), "ceil_mode": 1},
]  # fmt: skip
_POOL_X = rand(1, 2, 5, 6)
for _p in _pools:
    CASES.append(C(graph.MaxPoolOp, (_POOL_X,), Onnx("MaxPool", _p), _p, tag=str(_p)))
    for _cip in (0, 1):
        _q = {**_p, "count_include_pad": _cip}
        CASES.append(C(graph.AvgPoolOp, (_POOL_X,), Onnx("AveragePool", _q), _q, tag=str(_q)))
CASES += [
    C(graph.MaxPoolOp, (rand(2, 3, 8),), Onnx("MaxPool", {"kernel_shape": (3,), "strides": (2,)}),
      {"kernel_shape": (3,), "strides": (2,)}),
    C(graph.MaxPoolOp, (ints(1, 1, 4, 4),), via_float(Onnx("MaxPool", {"kernel_shape": (2, 2), "pads": (1, 1, 1, 1)})),
      {"kernel_shape": (2, 2), "pads": (1, 1, 1, 1)}, tag="int"),
    C(graph.AvgPoolOp, (rand(1, 1, 4, 4, 4),), Onnx("AveragePool", {"kernel_shape": (2, 2, 2), "strides": (2, 2, 2)}),
      {"kernel_shape": (2, 2, 2), "strides": (2, 2, 2)}),
    C(graph.GlobalAvgPoolOp, (rand(2, 3, 4, 5),), Onnx("GlobalAveragePool")),
    C(graph.GlobalAvgPoolOp, (rand(1, 2, 7),), Onnx("GlobalAveragePool")),
    C(graph.GlobalMaxPoolOp, (rand(2, 3, 4, 5),), Onnx("GlobalMaxPool")),
    C(graph.GlobalMaxPoolOp, (rand(1, 2, 3, 2, 2),), np1(lambda x: x.max(axis=(2, 3, 4), keepdims=True))),
]  # fmt: skip

# normalisation
CASES += [
    C(graph.BatchNormOp, (rand(2, 3, 4, 4), rand(3), rand(3), rand(3), rand(3, low=0.1)),
      Onnx("BatchNormalization", {"epsilon": 1e-3}), {"epsilon": 1e-3}),
    C(graph.BatchNormOp, (rand(5, 4), rand(4), rand(4), rand(4), rand(4, low=0.1)), Onnx("BatchNormalization")),
    C(graph.LayerNormOp, (rand(2, 3, 8), rand(8), rand(8)), Onnx("LayerNormalization")),
    C(graph.LayerNormOp, (rand(2, 3, 4), rand(3, 4)), Onnx("LayerNormalization", {"axis": 1, "epsilon": 1e-3}),
      {"axis": 1, "epsilon": 1e-3}),
    C(graph.LayerNormOp, (rand(4, 6), rand(1), rand(6)), Onnx("LayerNormalization", {"axis": -1}), {"axis": -1}),
    C(graph.InstanceNormOp, (rand(2, 3, 4, 5), rand(3), rand(3)), Onnx("InstanceNormalization")),
    C(graph.InstanceNormOp, (rand(1, 2, 6), rand(2), rand(2)), Onnx("InstanceNormalization", {"epsilon": 0.1}),
      {"epsilon": 0.1}),
    # onnx.reference's LRN sums over the wrong axis: onnxruntime is the oracle
    C(graph.LrnOp, (rand(1, 5, 3, 3),), Onnx("LRN", {"size": 3}, runtime="onnxruntime"), {"size": 3}),
    C(graph.LrnOp, (rand(2, 6, 4),), np1(lambda x: lrn_by_the_spec(x, 4, 0.01, 0.5, 2.0)),
      {"size": 4, "alpha": 0.01, "beta": 0.5, "bias": 2.0}),
    C(graph.SoftmaxOp, (rand(2, 5, low=-20, high=20),), Onnx("Softmax")),
    C(graph.SoftmaxOp, (rand(2, 3, 4),), Onnx("Softmax", {"axis": 1}), {"axis": 1}),
    C(graph.LogSoftmaxOp, (rand(2, 5, low=-20, high=20),), Onnx("LogSoftmax")),
    C(graph.LogSoftmaxOp, (rand(2, 3, 4),), Onnx("LogSoftmax", {"axis": -3}), {"axis": -3}),
]  # fmt: skip

# reductions: ONNX opset 18 takes axes as an input
for _op, _onnx in [
    (graph.ReduceSumOp, "ReduceSum"), (graph.ReduceMeanOp, "ReduceMean"),
    (graph.ReduceMaxOp, "ReduceMax"), (graph.ReduceMinOp, "ReduceMin"),
    (graph.ReduceProdOp, "ReduceProd"), (graph.ReduceL2Op, "ReduceL2"),
]:  # fmt: skip
    _x = rand(2, 3, 4, low=0.5, high=1.5)
    CASES += [
        C(_op, (_x,), Onnx(_onnx, consts=(np.array([1]),)), {"axes": (1,)}),
        C(_op, (_x,), Onnx(_onnx, {"keepdims": 0}, consts=(np.array([0, -1]),)),
          {"axes": (0, -1), "keepdims": 0}, tag="nokeep"),
        C(_op, (rand(3, 2),), Onnx(_onnx), tag="all"),
        C(_op, (ints(3, 4, low=1, high=4),), Onnx(_onnx, {"keepdims": 0}, consts=(np.array([1]),)),
          {"axes": (1,), "keepdims": 0}, tag="int"),
    ]  # fmt: skip
_TIES = np.array([[3, 1, 3, 0], [2, 2, 1, 2], [0, 5, 5, 5]], np.int32)
for _op, _onnx in [(graph.ArgMaxOp, "ArgMax"), (graph.ArgMinOp, "ArgMin")]:
    CASES += [
        C(_op, (rand(2, 3, 4),), Onnx(_onnx, {"axis": 1}), {"axis": 1}),
        C(_op, (rand(2, 3, 4),), Onnx(_onnx, {"axis": -1, "keepdims": 0}), {"axis": -1, "keepdims": 0}),
        C(_op, (_TIES,), Onnx(_onnx, {"axis": 1}), {"axis": 1}, tag="first"),
        C(_op, (_TIES,), Onnx(_onnx, {"axis": 1, "select_last_index": 1}),
          {"axis": 1, "select_last_index": 1}, tag="last"),
        C(_op, (_TIES,), Onnx(_onnx, {"axis": 0, "select_last_index": 1, "keepdims": 0}),
          {"axis": 0, "select_last_index": 1, "keepdims": 0}, tag="last0"),
    ]  # fmt: skip

# data movement
_I64 = np.int64
CASES += [
    C(graph.ReshapeOp, (rand(2, 3, 4),), Onnx("Reshape", consts=(np.array([4, 6]),)), {"shape": (4, 6)}),
    C(graph.ReshapeOp, (rand(6),), Onnx("Reshape", consts=(np.array([1, 2, 1, 3]),)), {"shape": (1, 2, 1, 3)}),
    C(graph.TransposeOp, (rand(2, 3, 4),), Onnx("Transpose", {"perm": (2, 0, 1)}), {"perm": (2, 0, 1)}),
    C(graph.TransposeOp, (rand(2, 3),), Onnx("Transpose", {"perm": (1, 0)}), {"perm": (1, 0)}),
    C(graph.ConcatOp, (rand(2, 3), rand(2, 1), rand(2, 4)), Onnx("Concat", {"axis": 1}), {"axis": 1}),
    C(graph.ConcatOp, (ints(1, 2, 2), ints(3, 2, 2)), Onnx("Concat", {"axis": -3}), {"axis": -3}),
    C(graph.ConcatOp, (rand(4),), Onnx("Concat", {"axis": 0}), {"axis": 0}, tag="one"),
    C(graph.SplitOp, (rand(2, 7),), Onnx("Split", {"axis": 1}, consts=(np.array([2, 4, 1]),), outputs=3),
      {"axis": 1, "sizes": (2, 4, 1)}),
    C(graph.SplitOp, (ints(6, 2),), Onnx("Split", {"axis": -2}, consts=(np.array([3, 3]),), outputs=2),
      {"axis": -2, "sizes": (3, 3)}),
]  # fmt: skip
_SLICES = [
    ((0, 1), (2, -1), (0, 1), (1, 1)),
    ((-1,), (-INT64_MAX,), (1,), (-1,)),  # negative step all the way past the start
    ((4, -2), (0, 0), (0, 1), (-2, -1)),
    ((1,), (INT64_MAX,), (-1,), (2,)),
    ((-100, 2), (100, 2), (0, 1), (1, 1)),  # clamped start, empty range
    ((10,), (-10,), (0,), (-3,)),
]
for _starts, _ends, _axes, _steps in _SLICES:
    _x = rand(5, 6)
    _consts = tuple(np.array(v, _I64) for v in (_starts, _ends, _axes, _steps))
    CASES.append(C(graph.SliceOp, (_x,), Onnx("Slice", consts=_consts),
                   {"starts": _starts, "ends": _ends, "axes": _axes, "steps": _steps}, tag=str(_starts + _steps)))  # fmt: skip
CASES += [
    C(graph.SliceOp, (rand(3),), Onnx("Slice", consts=tuple(np.array([v]) for v in (-4, -4, 0, -1)), runtime="onnxruntime"),
      {"starts": (-4,), "ends": (-4,), "steps": (-1,)}, tag="spec-clamp"),
    C(graph.SliceOp, (rand(4, 3),), Onnx("Slice", consts=(np.array([1]), np.array([3]))),
      {"starts": (1,), "ends": (3,)}, tag="defaults"),
    C(graph.GatherOp, (rand(5, 4), np.array([[0, -1], [2, -5]], _I64)), Onnx("Gather", {"axis": 0})),
    C(graph.GatherOp, (rand(2, 5, 3), np.array([4, -2, 0], np.int32)), Onnx("Gather", {"axis": 1}), {"axis": 1}),
    C(graph.GatherOp, (rand(3, 4), np.array(-1, _I64)), Onnx("Gather", {"axis": -1}), {"axis": -1}, tag="scalar"),
    C(graph.GatherElementsOp, (rand(3, 4), np.array([[0, -1, 2, 1], [3, 3, -4, 0], [1, 1, 1, 1]], _I64)),
      Onnx("GatherElements", {"axis": 1}), {"axis": 1}),
    C(graph.GatherElementsOp, (ints(3, 2), np.array([[1, -1], [0, 2]], np.int32)), Onnx("GatherElements")),
    C(graph.GatherElementsOp, (rand(3, 4), np.array([[0, -1, 2]], _I64)),
      Onnx("GatherElements", {"axis": 1}, runtime="onnxruntime"), {"axis": 1}, tag="smaller"),
]  # fmt: skip
_PADS = [
    ({"pads": (1, 2, 0, 1)}, {}, (np.array([1, 2, 0, 1]),)),
    ({"pads": (1, 2, 0, 1), "value": 1.5}, {}, (np.array([1, 2, 0, 1]), np.float32(1.5))),
    ({"pads": (2, 1, 1, 2), "mode": "reflect"}, {"mode": "reflect"}, (np.array([2, 1, 1, 2]),)),
    ({"pads": (2, 0, 3, 1), "mode": "edge"}, {"mode": "edge"}, (np.array([2, 0, 3, 1]),)),
    ({"pads": (1, 3, 2, 0), "mode": "wrap"}, {"mode": "wrap"}, (np.array([1, 3, 2, 0]),)),
    ({"pads": (-1, 1, 0, -2)}, {}, numpy_pad((-1, 1, 0, -2))),
    ({"pads": (-1, 1, 1, -2), "mode": "reflect"}, {}, numpy_pad((-1, 1, 1, -2), "reflect")),
]
for _p, _a, _consts in _PADS:
    _oracle = _consts if callable(_consts) else Onnx("Pad", _a, consts=_consts)
    CASES.append(C(graph.PadOp, (rand(4, 5),), _oracle, _p, tag=str(_p)))
CASES += [
    C(graph.PadOp, (ints(2, 3, 4),), Onnx("Pad", consts=(np.array([0, 1, 0, 0, 1, 2]), np.int32(7))),
      {"pads": (0, 1, 0, 0, 1, 2), "value": 7}, tag="int"),
    C(graph.ExpandOp, (rand(3, 1),), Onnx("Expand", consts=(np.array([2, 3, 4]),)), {"shape": (2, 3, 4)}),
    C(graph.ExpandOp, (rand(2, 1, 3),), Onnx("Expand", consts=(np.array([5, 1]),)), {"shape": (5, 1)}),
    C(graph.SqueezeOp, (rand(1, 3, 1, 2),), Onnx("Squeeze", consts=(np.array([0, -2]),)), {"axes": (0, -2)}),
    C(graph.SqueezeOp, (rand(1, 3, 1, 2),), Onnx("Squeeze"), tag="all"),
    C(graph.UnsqueezeOp, (rand(3, 2),), Onnx("Unsqueeze", consts=(np.array([0, 3]),)), {"axes": (0, 3)}),
    C(graph.UnsqueezeOp, (rand(4),), Onnx("Unsqueeze", consts=(np.array([-1, 1]),)), {"axes": (-1, 1)}),
    C(graph.FlattenOp, (rand(2, 3, 4, 5),), Onnx("Flatten", {"axis": 2}), {"axis": 2}),
    C(graph.FlattenOp, (rand(2, 3, 4),), Onnx("Flatten", {"axis": 0}), {"axis": 0}),
    C(graph.FlattenOp, (rand(2, 3, 4),), Onnx("Flatten", {"axis": -1}), {"axis": -1}),
    C(graph.FlattenOp, (rand(2, 3),), Onnx("Flatten"), tag="default"),
    C(graph.TileOp, (rand(2, 3),), Onnx("Tile", consts=(np.array([2, 3]),)), {"repeats": (2, 3)}),
    C(graph.TileOp, (ints(1, 2, 2),), Onnx("Tile", consts=(np.array([3, 1, 0]),)), {"repeats": (3, 1, 0)}),
    C(graph.IdentityOp, (rand(2, 3),), Onnx("Identity")),
    C(graph.IdentityOp, (bools(4),), Onnx("Identity")),
]  # fmt: skip

_RESIZES: list[tuple[tuple[int, ...], tuple[int, ...], dict[str, str]]] = [
    ((1, 1, 3, 4), (1, 1, 6, 8), {}),
    ((1, 1, 3, 4), (1, 1, 7, 5), {"nearest_mode": "round_prefer_ceil"}),
    ((1, 2, 4, 4), (1, 2, 3, 6), {"nearest_mode": "floor", "coordinate_transformation_mode": "asymmetric"}),
    ((1, 2, 5, 3), (1, 2, 2, 7), {"nearest_mode": "ceil", "coordinate_transformation_mode": "align_corners"}),
    ((2, 1, 4), (2, 1, 9), {"coordinate_transformation_mode": "pytorch_half_pixel"}),
    ((1, 1, 3, 4), (1, 1, 6, 8), {"mode": "linear"}),
    ((1, 1, 3, 4), (1, 1, 5, 2), {"mode": "linear", "coordinate_transformation_mode": "align_corners"}),
    ((1, 2, 4, 4), (1, 2, 7, 3), {"mode": "linear", "coordinate_transformation_mode": "asymmetric"}),
    ((1, 1, 5, 3), (1, 1, 1, 6), {"mode": "linear", "coordinate_transformation_mode": "pytorch_half_pixel"}),
    ((1, 1, 5, 3), (1, 1, 8, 4), {"mode": "linear", "coordinate_transformation_mode": "half_pixel_symmetric"}),
    ((3, 4), (5, 9), {"mode": "linear"}),
]  # fmt: skip
for _in, _out, _modes in _RESIZES:
    CASES.append(C(graph.ResizeOp, (rand(*_in),), Onnx("Resize", _modes, consts=(None, None, np.array(_out))),
                   {"sizes": _out, **_modes}, tag=str(sorted(_modes.values()))))  # fmt: skip
CASES += [
    C(graph.ResizeOp, (rand(1, 1, 3, 4),), Onnx("Resize", {"mode": "linear"},
      consts=(None, np.array([1, 1, 2.5, 1.5], np.float32))),
      {"sizes": (1, 1, 7, 6), "scales": (1.0, 1.0, 2.5, 1.5), "mode": "linear"}, tag="scales"),
    C(graph.ResizeOp, (ints(1, 1, 2, 3),), Onnx("Resize", consts=(None, None, np.array([1, 1, 4, 6]))),
      {"sizes": (1, 1, 4, 6)}, tag="int"),
]  # fmt: skip


def _constant(array: np.ndarray) -> Case:
    return C(graph.ConstantOp, (), lambda: [array], {"value": dense_from_numpy(array)},
             tag=str(array.dtype))  # fmt: skip


CASES += [
    _constant(rand(2, 3)),
    _constant(ints(4, dtype=np.int64)),
    _constant(bools(3, 1)),
    _constant(np.array(2.5, np.float64)),
    C(graph.FillOp, (), lambda: [np.full((2, 3), 1.5, np.float32)], {"shape": (2, 3), "value": 1.5, "element": f32}),
    C(graph.FillOp, (), lambda: [np.full((4,), 2**62 + 1, np.int64)], {"shape": (4,), "value": 2**62 + 1, "element": i64}),
    C(graph.FillOp, (), lambda: [np.zeros((0, 2), np.bool_)], {"shape": (0, 2), "value": 0, "element": i1}),
    C(graph.RangeOp, (), lambda: Onnx("Range", consts=(np.float32(1), np.float32(3.1), np.float32(0.5)))(),
      {"start": 1.0, "limit": 3.1, "delta": 0.5, "element": f32}),
    C(graph.RangeOp, (), lambda: Onnx("Range", consts=(np.int64(10), np.int64(-3), np.int64(-4)))(),
      {"start": 10, "limit": -3, "delta": -4, "element": i64}),
    C(graph.RangeOp, (), lambda: Onnx("Range", consts=(np.int32(5), np.int32(2), np.int32(1)))(),
      {"start": 5, "limit": 2, "delta": 1, "element": i32}, tag="empty"),
    C(graph.SizesOp, (), lambda: [np.array([2, 3, 5], np.int64)], {"values": (2, 3, 5)}),
    C(graph.SizesOp, (), lambda: [np.array([7], np.int64)], {"values": (7,)}),
]  # fmt: skip


# ---- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_semantics_and_inferred_types(case: Case) -> None:
    op = build(case.op, case.inputs, case.props)
    op.verify()
    expected = case.oracle(*case.inputs)
    results = list(op.results)
    assert len(results) == len(expected)
    for result, want in zip(results, expected, strict=True):
        assert graph.shape_of(result.type) == want.shape, f"inferred {result.type}, oracle {want.shape}"
        assert graph.numpy_dtype(graph.elem_of(result.type)) == want.dtype
    actual = op.evaluate(*case.inputs)
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected, strict=True):
        assert got.shape == want.shape and got.dtype == want.dtype, (got.shape, got.dtype, want.shape, want.dtype)
        if np.issubdtype(want.dtype, np.floating):
            np.testing.assert_allclose(got, want, rtol=case.tol, atol=case.tol)
        else:
            np.testing.assert_array_equal(got, want)


def test_every_op_has_cases() -> None:
    """Every op of ALL_OPS has semantic cases on at least two different input/result shapes."""
    shapes: dict[str, set[tuple]] = {}
    for case in CASES:
        key = tuple(a.shape for a in case.inputs) + (tuple(sorted(map(str, case.props.items()))),)
        shapes.setdefault(case.op.name, set()).add(key)
    missing = [op.name for op in graph.ALL_OPS if len(shapes.get(op.name, ())) < 2]
    assert not missing, f"ops without (enough) semantic test cases: {missing}"


def test_evaluate_agrees_with_verify_for_constant_splat() -> None:
    splat = graph.ConstantOp.make([], {"value": dense_from_numpy(np.array([3], np.int32))})
    assert splat.result.type == graph.tensor((1,), i32)
    from xdsl.dialects.builtin import DenseIntOrFPElementsAttr

    attr = DenseIntOrFPElementsAttr.from_list(graph.tensor((2, 3), f32), [4.0])
    op = graph.ConstantOp.make([], {"value": attr})
    np.testing.assert_array_equal(op.evaluate()[0], np.full((2, 3), 4.0, np.float32))


def test_gather_out_of_range_index_is_an_error() -> None:
    data, idx = rand(3, 2), np.array([3], np.int64)
    op = build(graph.GatherOp, (data, idx), {})
    with pytest.raises(IndexError, match="out of range"):
        op.evaluate(data, idx)


# ---- broadcasting, property-based -------------------------------------------------------------

_BROADCASTING = [op for op in graph.BINARY_OPS if op.OPERAND_KIND not in ("bool", "int") and op is not graph.ModOp]


@settings(max_examples=40, deadline=None)
@given(
    shapes=hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=4, max_side=4),
    op_index=st.integers(0, len(_BROADCASTING) - 1),
)
def test_binary_broadcasting_matches_numpy(shapes: Any, op_index: int) -> None:
    op_class = _BROADCASTING[op_index]
    a = rand(*shapes.input_shapes[0], low=0.5, high=2.0)
    b = rand(*shapes.input_shapes[1], low=0.5, high=2.0)
    op = build(op_class, (a, b), {})
    assert graph.shape_of(op.result.type) == shapes.result_shape == np.broadcast_shapes(a.shape, b.shape)
    fn = {graph.DivOp: np.divide, graph.PowOp: np.power}.get(op_class) or type(op).NUMPY_FN
    np.testing.assert_allclose(op.evaluate(a, b)[0], fn(a, b), rtol=1e-6)


@settings(max_examples=40, deadline=None)
@given(
    a=hnp.array_shapes(min_dims=1, max_dims=3, min_side=2, max_side=4),
    b=hnp.array_shapes(min_dims=1, max_dims=3, min_side=2, max_side=4),
)
def test_non_broadcastable_shapes_are_rejected(a: tuple[int, ...], b: tuple[int, ...]) -> None:
    try:
        np.broadcast_shapes(a, b)
    except ValueError:
        with pytest.raises(VerifyException, match=r"'graph.add' op shapes .* do not broadcast"):
            build(graph.AddOp, (rand(*a), rand(*b)), {})
    else:
        assert graph.shape_of(build(graph.AddOp, (rand(*a), rand(*b)), {}).result.type) == np.broadcast_shapes(a, b)


@settings(max_examples=30, deadline=None)
@given(shapes=hnp.mutually_broadcastable_shapes(num_shapes=3, min_dims=0, max_dims=3, max_side=3))
def test_where_broadcasts_three_ways(shapes: Any) -> None:
    c, x, y = bools(*shapes.input_shapes[0]), rand(*shapes.input_shapes[1]), rand(*shapes.input_shapes[2])
    op = build(graph.WhereOp, (c, x, y), {})
    assert graph.shape_of(op.result.type) == shapes.result_shape
    np.testing.assert_array_equal(op.evaluate(c, x, y)[0], np.where(c, x, y))


@settings(max_examples=30, deadline=None)
@given(
    batch=hnp.mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=2, max_side=3),
    m=st.integers(1, 3), k=st.integers(1, 3), n=st.integers(1, 3),
    vec_a=st.booleans(), vec_b=st.booleans(),
)  # fmt: skip
def test_matmul_shape_rule_matches_numpy(batch: Any, m: int, k: int, n: int, vec_a: bool, vec_b: bool) -> None:
    a_shape = (k,) if vec_a else (*batch.input_shapes[0], m, k)
    b_shape = (k,) if vec_b else (*batch.input_shapes[1], k, n)
    a, b = rand(*a_shape), rand(*b_shape)
    op = build(graph.MatmulOp, (a, b), {})
    want = np.matmul(a, b)
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_allclose(op.evaluate(a, b)[0], want, rtol=1e-5)


def test_math_constants_are_onnx_defaults() -> None:
    assert math.isclose(graph.SELU_ALPHA, 1.6732632423543772)
    assert math.isclose(graph.SELU_GAMMA, 1.0507009873554805)


@settings(max_examples=60, deadline=None)
@given(
    dim=st.integers(0, 6),
    start=st.integers(-9, 9) | st.sampled_from([INT64_MAX, -INT64_MAX]),
    end=st.integers(-9, 9) | st.sampled_from([INT64_MAX, -INT64_MAX]),
    step=st.integers(-4, 4).filter(bool),
)
def test_slice_clamping_follows_the_spec(dim: int, start: int, end: int, step: int) -> None:
    """ONNX Slice clamping, written as the spec's index list (huge bounds included). It differs
    from Python slicing for a negative step whose start lies before the beginning (the case
    "spec-clamp" above checks that one against onnxruntime)."""
    x = np.arange(dim * 2, dtype=np.float32).reshape(dim, 2)
    op = build(graph.SliceOp, (x,), {"starts": (start,), "ends": (end,), "steps": (step,)})
    first = start + dim if start < 0 else start
    stop = end + dim if end < 0 else end
    if step > 0:
        indices = range(min(max(first, 0), dim), min(max(stop, 0), dim), step)
    else:
        indices = range(min(max(first, 0), dim - 1), min(max(stop, -1), dim - 1), step)
    want = x[list(indices)]
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_array_equal(op.evaluate(x)[0], want)


# ---- convolution and pooling geometry, property-based against onnxruntime ----------------------


@st.composite
def conv_configs(draw: Any, transpose: bool = False) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    rank = draw(st.integers(1, 3))
    group = draw(st.sampled_from([1, 2]))
    cin, cout = group * draw(st.integers(1, 2)), group * draw(st.integers(1, 2))
    kernel = [draw(st.integers(1, 3)) for _ in range(rank)]
    strides = [draw(st.integers(1, 3)) for _ in range(rank)]
    dilations = [draw(st.integers(1, 2)) for _ in range(rank)]
    pads = [draw(st.integers(0, 2)) for _ in range(2 * rank)]
    spans = [d * (k - 1) + 1 for d, k in zip(dilations, kernel, strict=True)]
    size = [draw(st.integers(max(1, s - pads[i] - pads[rank + i]), 6)) for i, s in enumerate(spans)]
    props: dict[str, Any] = {"strides": tuple(strides), "dilations": tuple(dilations), "pads": tuple(pads), "group": group}
    if transpose:
        begins = [draw(st.integers(0, s - 1)) for s in spans]  # the output stays positive
        ends = [draw(st.integers(0, s - 1 - b)) for s, b in zip(spans, begins, strict=True)]
        props["pads"] = tuple(begins + ends)
        # (ember, like PyTorch, allows output_padding < max(stride, dilation); onnxruntime
        # only < stride, so draw within what both accept)
        props["output_padding"] = tuple(draw(st.integers(0, s - 1)) for s in strides)
        return rand(1, cin, *size), rand(cin, cout // group, *kernel), props
    return rand(2, cin, *size), rand(cout, cin // group, *kernel), props


@settings(max_examples=25, deadline=None)
@given(config=conv_configs())
def test_conv_geometry_matches_onnxruntime(config: Any) -> None:
    x, w, props = config
    op = build(graph.ConvOp, (x, w), props)
    (want,) = Onnx("Conv", props, runtime="onnxruntime")(x, w)
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_allclose(op.evaluate(x, w)[0], want, rtol=1e-4, atol=1e-5)


@settings(max_examples=25, deadline=None)
@given(config=conv_configs(transpose=True))
def test_conv_transpose_geometry_matches_onnxruntime(config: Any) -> None:
    x, w, props = config
    op = build(graph.ConvTransposeOp, (x, w), props)
    (want,) = Onnx("ConvTranspose", props, runtime="onnxruntime")(x, w)
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_allclose(op.evaluate(x, w)[0], want, rtol=1e-4, atol=1e-5)


@st.composite
def pool_configs(draw: Any) -> tuple[np.ndarray, dict[str, Any]]:
    rank = draw(st.integers(1, 2))
    kernel = [draw(st.integers(1, 3)) for _ in range(rank)]
    pads = [draw(st.integers(0, k - 1)) for k in kernel * 2]  # onnxruntime: pads < kernel
    size = [draw(st.integers(k, 7)) for k in kernel]
    props = {
        "kernel_shape": tuple(kernel),
        "strides": tuple(draw(st.integers(1, 3)) for _ in range(rank)),
        "pads": tuple(pads),
        "ceil_mode": draw(st.integers(0, 1)),
    }
    return rand(1, 2, *size), props


@settings(max_examples=30, deadline=None)
@given(config=pool_configs(), count_include_pad=st.integers(0, 1), use_max=st.booleans())
def test_pool_geometry_matches_onnxruntime(config: Any, count_include_pad: int, use_max: bool) -> None:
    x, props = config
    if use_max:
        op_class, onnx_op = graph.MaxPoolOp, "MaxPool"
    else:
        op_class, onnx_op = graph.AvgPoolOp, "AveragePool"
        props = {**props, "count_include_pad": count_include_pad}
    op = build(op_class, (x,), props)
    (want,) = Onnx(onnx_op, props, runtime="onnxruntime")(x)
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_allclose(op.evaluate(x)[0], want, rtol=1e-5, atol=1e-6)


@settings(max_examples=40, deadline=None)
@given(
    shape=st.tuples(st.integers(1, 5), st.integers(1, 5)),
    sizes=st.tuples(st.integers(1, 9), st.integers(1, 9)),
    mode=st.sampled_from(list(graph.ResizeMode)),
    coordinate=st.sampled_from(list(graph.CoordinateTransformationMode)),
    nearest=st.sampled_from(list(graph.NearestMode)),
)
def test_resize_matches_onnx_reference(shape: Any, sizes: Any, mode: Any, coordinate: Any, nearest: Any) -> None:
    x = rand(1, 1, *shape)
    modes = {"mode": mode.value, "coordinate_transformation_mode": coordinate.value, "nearest_mode": nearest.value}
    out = (1, 1, *sizes)
    op = build(graph.ResizeOp, (x,), {"sizes": out, **modes})
    (want,) = Onnx("Resize", modes, consts=(None, None, np.array(out)))(x)
    assert graph.shape_of(op.result.type) == want.shape
    np.testing.assert_allclose(op.evaluate(x)[0], want, rtol=1e-5, atol=1e-6)
