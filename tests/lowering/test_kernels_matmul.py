"""linalg-matmul-microkernel: numerics vs numpy through the JIT, for many (odd) shapes,
with B as a function argument (unpacked) and as a constant (packed at compile time)."""

from __future__ import annotations

import numpy as np
import pytest

from ember.context import make_context
from ember.dialects.graph.resources import dense_from_numpy
from ember.runtime.executable import (
    CompileTimes,
    Executable,
    compile_llvm_module,
    entry_signature,
    lower_module,
)
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
