"""linalg-matmul-microkernel: numerics vs numpy through the JIT, for many (odd) shapes,
with B as a function argument (unpacked) and as a constant (packed at compile time)."""

from __future__ import annotations

import numpy as np
import pytest

from ember.context import make_context
from ember.dialects.graph.resources import dense_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.runtime.executable import CompileTimes, Executable, entry_signature
from ember.textual import parse_module

PIPELINE = "convert-graph-to-linalg,bufferize,{kernel},convert-linalg-to-loops,loops-to-llvm"


exe_ir: list[str] = []


def compile_with(text: str, kernel: str) -> Executable:
    module, _ = parse_module(make_context(), text, "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, PIPELINE.format(kernel=kernel), times, verify=True)
    exe_ir.append(str(module))
    return Executable(compile_llvm_module(module, times), "main", inputs, outputs, times)


def _t(shape: tuple[int, ...]) -> str:
    return f"tensor<{'x'.join(map(str, shape))}xf32>"


def matmul_text(m: int, k: int, n: int, b_const: np.ndarray | None) -> str:
    a, b, c = _t((m, k)), _t((k, n)), _t((m, n))
    if b_const is None:
        return (
            f"func.func @main(%x: {a}, %y: {b}) -> {c} {{\n"
            f"  %0 = graph.matmul %x, %y : ({a}, {b}) -> {c}\n  return %0 : {c}\n}}\n"
        )
    dense = dense_from_numpy(b_const)
    return (
        f"func.func @main(%x: {a}) -> {c} {{\n  %y = graph.constant {dense}\n"
        f"  %0 = graph.matmul %x, %y : ({a}, {b}) -> {c}\n  return %0 : {c}\n}}\n"
    )


SHAPES = [(1, 1, 1), (7, 37, 83), (6, 64, 64), (12, 5, 128), (13, 17, 16), (5, 3, 15),
          (1, 300, 100), (25, 9, 33), (64, 64, 200), (3, 1, 47)]  # fmt: skip


@pytest.mark.parametrize("const_b", [False, True])
@pytest.mark.parametrize(("m", "k", "n"), SHAPES)
def test_matmul_microkernel(m: int, k: int, n: int, const_b: bool) -> None:
    rng = np.random.default_rng(m * 1000 + k * 10 + n)
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((k, n)).astype(np.float32)
    exe = compile_with(matmul_text(m, k, n, b if const_b else None), "linalg-matmul-microkernel")
    assert "llvm.fma.v" in exe_ir[-1]  # the micro-kernel ran (the scalar path emits fmul + fadd)
    (out,) = exe(a) if const_b else exe(a, b)
    np.testing.assert_allclose(out, a @ b, rtol=1e-4, atol=1e-4)


def gemm_text(m: int, k: int, n: int, b: np.ndarray, c: np.ndarray, trans_b: bool, alpha: float, b_const: bool) -> str:
    a_t, b_t, c_t, y_t = _t((m, k)), _t(b.shape), _t(c.shape), _t((m, n))
    props = f"{{trans_b = {int(trans_b)} : i64, alpha = {alpha} : f64, beta = 0.5 : f64}}"
    args = f"%x: {a_t}" + ("" if b_const else f", %y: {b_t}")
    const = f"  %y = graph.constant {dense_from_numpy(b)}\n" if b_const else ""
    return (
        f"func.func @main({args}) -> {y_t} {{\n{const}  %c = graph.constant {dense_from_numpy(c)}\n"
        f"  %0 = graph.gemm %x, %y, %c {props} : ({a_t}, {b_t}, {c_t}) -> {y_t}\n  return %0 : {y_t}\n}}\n"
    )


GEMM_CASES = [
    # (m, k, n, trans_b, b_const, alpha, rewritten)
    (1, 2048, 1000, True, True, 1.0, True),
    (9, 33, 70, True, True, 1.0, True),
    (9, 33, 70, False, False, 1.0, True),
    (5, 7, 17, False, True, 1.0, True),
    (5, 7, 17, True, False, 1.0, False),  # transposed B that is not a constant: scalar loops
    (5, 7, 17, False, True, 2.0, False),  # alpha != 1: not a plain MAC body
]  # fmt: skip


@pytest.mark.parametrize(("m", "k", "n", "trans_b", "b_const", "alpha", "rewritten"), GEMM_CASES)
def test_gemm_microkernel(m: int, k: int, n: int, trans_b: bool, b_const: bool, alpha: float, rewritten: bool) -> None:
    rng = np.random.default_rng(m + k + n)
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((n, k) if trans_b else (k, n)).astype(np.float32)
    c = rng.standard_normal(n).astype(np.float32)
    exe = compile_with(gemm_text(m, k, n, b, c, trans_b, alpha, b_const), "linalg-matmul-microkernel")
    assert ("llvm.fma.v" in exe_ir[-1]) == rewritten
    (out,) = exe(a) if b_const else exe(a, b)
    expected = alpha * (a @ (b.T if trans_b else b)) + 0.5 * c
    np.testing.assert_allclose(out, expected, rtol=1e-4, atol=1e-3)
