"""linalg-matmul-microkernel: numerics vs numpy through the JIT, for many (odd) shapes,
with B as a function argument (unpacked) and as a constant (packed at compile time)."""

from __future__ import annotations

import numpy as np
import pytest
from xdsl.dialects import memref
from xdsl.dialects.linalg import ops as linalg

from ember.context import make_context
from ember.diagnostics import EmberError
from ember.dialects.graph.resources import dense_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.lowering.kernels.schedule import KernelSchedule, set_schedule
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


PACKED_A = [
    # (m, k, n, schedule): A packed per M block; M, K and rows-in-block remainders, 1 lane
    (25, 40, 33, KernelSchedule(8, 6, 16, kc=16, mc=12, pack_a=1)),
    (13, 17, 16, KernelSchedule(8, 4, 8, pack_a=1)),
    (31, 37, 83, KernelSchedule(8, 5, 16, kc=8, mc=10, pack_a=1)),
    (7, 9, 5, KernelSchedule(1, 3, 1, kc=4, mc=6, pack_a=1)),
]  # fmt: skip


@pytest.mark.parametrize("const_b", [False, True])
@pytest.mark.parametrize(("m", "k", "n", "schedule"), PACKED_A)
def test_matmul_packed_a(m: int, k: int, n: int, schedule: KernelSchedule, const_b: bool) -> None:
    rng = np.random.default_rng(m * 1000 + k * 10 + n)
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((k, n)).astype(np.float32)
    module, _ = parse_module(make_context(), matmul_text(m, k, n, b if const_b else None), "test")
    inputs, outputs, _ = entry_signature(module, "main", None)
    times = CompileTimes()
    lower_module(module, "convert-graph-to-linalg,bufferize", times, verify=True)
    for op in module.walk():
        if isinstance(op, linalg.MatmulOp):
            set_schedule(op, schedule)
    lower_module(module, "linalg-matmul-microkernel", times, verify=True)
    stores = [op for op in module.walk() if isinstance(op, memref.StoreOp)]
    assert stores  # the packing loops (the kernel itself stores vectors)
    lower_module(module, "convert-linalg-to-loops,loops-to-llvm", times, verify=True)
    exe = Executable(compile_llvm_module(module, times), "main", inputs, outputs, times)
    (out,) = exe(a) if const_b else exe(a, b)
    np.testing.assert_allclose(out, a @ b, rtol=1e-4, atol=1e-4)


def test_pack_a_schedule_entry() -> None:
    """``pack_a`` prints only when set, parses back, and refuses a parallel ic loop."""
    packed = KernelSchedule(8, 6, 16, kc=256, mc=96, pack_a=1)
    assert "pack_a = 1" in str(packed.to_attr())
    assert "pack_a" not in str(KernelSchedule(8, 6, 16).to_attr())
    assert KernelSchedule.from_attr(packed.to_attr()) == packed
    with pytest.raises(EmberError, match="pack_a needs a serial ic loop"):
        KernelSchedule(8, 6, 16, mc=96, parallel="ic", grain=1, pack_a=1).check()
    with pytest.raises(EmberError, match="pack_a must be 0 or 1"):
        KernelSchedule(8, 6, 16, pack_a=2).check()
