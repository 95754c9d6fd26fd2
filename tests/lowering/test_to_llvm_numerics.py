"""Every row of convert-{arith,math}-to-llvm checked numerically: a loop applies the op to
arrays of inputs, the module is lowered with loops-to-llvm, JIT-compiled, and compared to numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest

import ember

N = 37


def elementwise_module(body: str, in_types: list[str], out_type: str) -> str:
    """A loop-stage @main applying ``body`` (using %x0, %x1, ... -> %r) elementwise."""
    args = ", ".join(f"%a{i}: memref<{N}x{t}>" for i, t in enumerate(in_types))
    loads = "\n".join(
        f"      %x{i} = memref.load %a{i}[%i] : memref<{N}x{t}>" for i, t in enumerate(in_types)
    )
    return f"""
func.func @main({args}, %out: memref<{N}x{out_type}>) attributes {{ember.num_outputs = 1 : i64}} {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant {N} : index
  scf.for %i = %c0 to %n step %c1 {{
{loads}
      {body}
      memref.store %r, %out[%i] : memref<{N}x{out_type}>
  }}
  func.return
}}
"""


RNG = np.random.default_rng(42)
F = RNG.uniform(-3, 3, N).astype(np.float32)
G = RNG.uniform(-3, 3, N).astype(np.float32)
POS = RNG.uniform(0.1, 5, N).astype(np.float32)
IA = RNG.integers(-1000, 1000, N).astype(np.int32)
JB = RNG.integers(1, 50, N).astype(np.int32) * np.where(RNG.random(N) < 0.5, -1, 1).astype(np.int32)
U8 = RNG.integers(0, 255, N).astype(np.uint8)

erf = np.vectorize(math.erf, otypes=[np.float64])

# (body, input types, output type, inputs, numpy reference)
FLOAT_BINARY = [
    ("arith.addf", np.add),
    ("arith.subf", np.subtract),
    ("arith.mulf", np.multiply),
    ("arith.divf", np.divide),
    ("arith.maximumf", np.maximum),
    ("arith.minimumf", np.minimum),
    ("arith.maxnumf", np.fmax),
    ("arith.minnumf", np.fmin),
    ("math.powf", None),
    ("math.copysign", np.copysign),
    ("math.atan2", np.arctan2),
]
INT_BINARY = [
    ("arith.addi", np.add),
    ("arith.subi", np.subtract),
    ("arith.muli", np.multiply),
    ("arith.divsi", lambda a, b: np.trunc(a / b).astype(np.int32)),
    ("arith.remsi", np.fmod),
    ("arith.floordivsi", np.floor_divide),
    ("arith.andi", np.bitwise_and),
    ("arith.ori", np.bitwise_or),
    ("arith.xori", np.bitwise_xor),
    ("arith.maxsi", np.maximum),
    ("arith.minsi", np.minimum),
]
FLOAT_UNARY = [
    ("math.exp", np.exp, F),
    ("math.exp2", np.exp2, F),
    ("math.log", np.log, POS),
    ("math.log2", np.log2, POS),
    ("math.log10", np.log10, POS),
    ("math.sqrt", np.sqrt, POS),
    ("math.rsqrt", lambda x: 1 / np.sqrt(x), POS),
    ("math.tanh", np.tanh, F),
    ("math.erf", erf, F),
    ("math.sin", np.sin, F),
    ("math.cos", np.cos, F),
    ("math.tan", np.tan, F),
    ("math.atan", np.arctan, F),
    ("math.sinh", np.sinh, F),
    ("math.cosh", np.cosh, F),
    ("math.absf", np.abs, F),
    ("math.ceil", np.ceil, F),
    ("math.floor", np.floor, F),
    ("math.trunc", np.trunc, F),
    ("math.roundeven", np.round, F * 2),
    ("math.expm1", np.expm1, F),
    ("math.log1p", np.log1p, POS),
    ("math.cbrt", np.cbrt, F),
    ("arith.negf", np.negative, F),
]


def run(body: str, in_types: list[str], out_type: str, *inputs: np.ndarray) -> np.ndarray:
    exe = ember.compile(elementwise_module(body, in_types, out_type))
    (result,) = exe(*inputs)
    return result


@pytest.mark.parametrize(("op", "ref"), FLOAT_BINARY, ids=[r[0] for r in FLOAT_BINARY])
def test_float_binary(op, ref):
    x, y = (POS, G) if op == "math.powf" else (F, G)
    expected = np.power(x, y) if ref is None else ref(x, y)
    result = run(f"%r = {op} %x0, %x1 : f32", ["f32", "f32"], "f32", x, y)
    np.testing.assert_allclose(result, expected, rtol=2e-6, atol=1e-6)


@pytest.mark.parametrize(("op", "ref"), INT_BINARY, ids=[r[0] for r in INT_BINARY])
def test_int_binary(op, ref):
    result = run(f"%r = {op} %x0, %x1 : i32", ["i32", "i32"], "i32", IA, JB)
    np.testing.assert_array_equal(result, ref(IA, JB).astype(np.int32))


@pytest.mark.parametrize(("op", "ref", "x"), FLOAT_UNARY, ids=[r[0] for r in FLOAT_UNARY])
def test_float_unary(op, ref, x):
    result = run(f"%r = {op} %x0 : f32", ["f32"], "f32", x)
    np.testing.assert_allclose(result, ref(x.astype(np.float64)), rtol=2e-6, atol=2e-6)


@pytest.mark.parametrize(
    ("pred", "ref"),
    [("olt", np.less), ("oge", np.greater_equal), ("oeq", np.equal), ("une", np.not_equal)],
)
def test_cmpf_select(pred, ref):
    body = f"%c = arith.cmpf {pred}, %x0, %x1 : f32\n      %r = arith.select %c, %x0, %x1 : f32"
    y = np.where(RNG.random(N) < 0.3, F, G)
    result = run(body, ["f32", "f32"], "f32", F, y)
    np.testing.assert_array_equal(result, np.where(ref(F, y), F, y))


def test_cmpi_to_bool_output():
    result = run("%r = arith.cmpi sgt, %x0, %x1 : i32", ["i32", "i32"], "i1", IA, JB)
    assert result.dtype == np.bool_
    np.testing.assert_array_equal(result, IA > JB)


def test_casts():
    body = "%w = arith.fptosi %x0 : f32 to i32\n      %r = arith.sitofp %w : i32 to f32"
    np.testing.assert_array_equal(run(body, ["f32"], "f32", F * 100), np.trunc(F * 100))
    u = run("%r = arith.uitofp %x0 : i8 to f32", ["i8"], "f32", U8.view(np.int8))
    np.testing.assert_array_equal(u, U8.astype(np.float32))
    d = run("%r = arith.extf %x0 : f32 to f64", ["f32"], "f64", F)
    np.testing.assert_array_equal(d, F.astype(np.float64))
    h = run("%r = arith.truncf %x0 : f32 to f16", ["f32"], "f16", F)
    np.testing.assert_array_equal(h, F.astype(np.float16))
    t = run("%r = arith.trunci %x0 : i32 to i8", ["i32"], "i8", IA)
    np.testing.assert_array_equal(t, IA.astype(np.int8))


def test_constants_and_index_math():
    body = (
        "%k = arith.constant 2.5 : f32\n      %ii = arith.index_cast %i : index to i32\n"
        "      %fi = arith.sitofp %ii : i32 to f32\n      %s = arith.mulf %x0, %k : f32\n"
        "      %r = arith.addf %s, %fi : f32"
    )
    np.testing.assert_allclose(run(body, ["f32"], "f32", F), F * 2.5 + np.arange(N), rtol=1e-6)


def test_fast_math_flags_reach_llvm():
    body = "%s = arith.mulf %x0, %x1 fastmath<contract> : f32\n      %r = arith.addf %s, %x0 fastmath<reassoc,contract> : f32"
    np.testing.assert_allclose(run(body, ["f32", "f32"], "f32", F, G), F * G + F, rtol=1e-6, atol=1e-6)


def test_scf_if_with_results_becomes_branches_with_block_arguments():
    body = (
        "%z = arith.constant 0.0 : f32\n      %c = arith.cmpf ogt, %x0, %z : f32\n"
        "      %r = scf.if %c -> (f32) {\n        %e = math.exp %x0 : f32\n        scf.yield %e : f32\n"
        "      } else {\n        %ng = arith.negf %x0 : f32\n        scf.yield %ng : f32\n      }"
    )
    np.testing.assert_allclose(run(body, ["f32"], "f32", F), np.where(F > 0, np.exp(F), -F), rtol=1e-6)


def test_index_typed_memref_and_loop_carried_index():
    body = "%k = arith.index_cast %x0 : i64 to index\n      %s = arith.addi %k, %i : index\n      %r = arith.index_cast %s : index to i64"
    values = RNG.integers(-100, 100, N).astype(np.int64)
    np.testing.assert_array_equal(run(body, ["i64"], "i64", values), values + np.arange(N))
