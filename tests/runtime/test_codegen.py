"""Code generation details: weights bound as buffers (not spelled out), translation errors,
engine lifetime, and ember-translate's command line."""

from __future__ import annotations

import gc
import subprocess
import sys
import time

import numpy as np
import pytest
from xdsl.dialects import memref

import ember
from ember.context import make_context
from ember.diagnostics import EmberError, LegalizationError
from ember.dialects.graph.resources import resource_from_numpy
from ember.driver import compile_llvm_module, lower_module
from ember.runtime.codegen import translate_module
from ember.runtime.executable import CompileTimes, Executable
from ember.textual import parse_module

WEIGHTED = """
"memref.global"() <{{sym_name = "w", sym_visibility = "private", type = memref<{n}xf32>,
  initial_value = dense<0.0> : tensor<{n}xf32>, constant}}> : () -> ()
func.func @main(%x: memref<{n}xf32>, %out: memref<f32>) attributes {{ember.num_outputs = 1 : i64}} {{
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant {n} : index
  %zero = arith.constant 0.0 : f32
  %w = memref.get_global @w : memref<{n}xf32>
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {{
    %a = memref.load %x[%i] : memref<{n}xf32>
    %b = memref.load %w[%i] : memref<{n}xf32>
    %p = arith.mulf %a, %b : f32
    %t = arith.addf %acc, %p : f32
    scf.yield %t : f32
  }}
  memref.store %s, %out[] : memref<f32>
  func.return
}}
"""


def weighted_module(weights: np.ndarray):
    module, _ = parse_module(make_context(), WEIGHTED.format(n=weights.size), "weighted.mlir")
    (glob,) = [op for op in module.ops if isinstance(op, memref.GlobalOp)]
    glob.properties["initial_value"] = resource_from_numpy(weights, "w")
    return module


def compile_weighted(weights: np.ndarray) -> tuple[Executable, float, int]:
    times = CompileTimes()
    module = weighted_module(weights)
    lower_module(module, "loops-to-llvm", times)
    ir_size = len(str(translate_module(module, bind_large_globals=True).module))
    start = time.perf_counter()
    jit = compile_llvm_module(module, times)
    seconds = time.perf_counter() - start
    spec_in = ember.runtime.executable.TensorSpec("x", (weights.size,), np.dtype(np.float32))
    spec_out = ember.runtime.executable.TensorSpec("out", (), np.dtype(np.float32))
    return Executable(jit, "main", [spec_in], [spec_out], times), seconds, ir_size


def test_large_weights_are_bound_not_spelled_out():
    rng = np.random.default_rng(1)
    small = rng.standard_normal(1 << 10).astype(np.float32)
    large = rng.standard_normal(1 << 22).astype(np.float32)  # 16 MiB of weights
    exe_small, _, ir_small = compile_weighted(small)
    exe_large, seconds_large, ir_large = compile_weighted(large)
    assert ir_large < 10_000 and abs(ir_large - ir_small) < 100  # the IR does not grow
    assert seconds_large < 5.0
    x = rng.standard_normal(large.size).astype(np.float32)
    (result,) = exe_large(x)
    np.testing.assert_allclose(result, np.dot(x.astype(np.float64), large), rtol=1e-3)
    xs = rng.standard_normal(small.size).astype(np.float32)
    np.testing.assert_allclose(exe_small(xs)[0], np.dot(xs.astype(np.float64), small), rtol=1e-4)


def test_small_globals_are_inline_bytes():
    weights = np.arange(4, dtype=np.float32)
    module = weighted_module(weights)
    lower_module(module, "loops-to-llvm", CompileTimes())
    translation = translate_module(module, bind_large_globals=True)
    assert translation.bound_globals == {}
    assert 'c"\\00\\00\\00\\00\\00\\00\\80?' in str(translation.module)


def test_executables_outlive_each_other():
    weights = np.linspace(0, 1, 2048, dtype=np.float32)
    first, _, _ = compile_weighted(weights)
    second, _, _ = compile_weighted(weights * 2)
    x = np.ones(2048, np.float32)
    expected = float(weights.astype(np.float64).sum())
    del first
    gc.collect()
    np.testing.assert_allclose(second(x)[0], 2 * expected, rtol=1e-4)


def test_translate_rejects_non_llvm_ops():
    module, _ = parse_module(make_context(), "func.func @f() { func.return }", "f.mlir")
    with pytest.raises(EmberError, match="'func.func' is not in the llvm dialect"):
        translate_module(module)


def test_compile_reports_unlowerable_op():
    text = """
func.func @main(%x: memref<4xi32>, %out: memref<4xi32>) attributes {ember.num_outputs = 1 : i64} {
  %c = arith.constant 0 : index
  %v = memref.load %x[%c] : memref<4xi32>
  %p = math.ipowi %v, %v : i32
  memref.store %p, %out[%c] : memref<4xi32>
  func.return
}
"""
    with pytest.raises(LegalizationError, match="convert-to-llvm: failed to legalize operation 'math.ipowi'"):
        ember.compile(text)


def test_ember_translate_cli(tmp_path):
    source = tmp_path / "f.mlir"
    source.write_text("func.func @f() { func.return }")
    done = subprocess.run(
        [sys.executable, "-m", "ember.tools.ember_translate", str(source), "--mlir-to-llvmir"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("error: translate: 'func.func' is not in the llvm dialect")
    assert "Traceback" not in done.stderr


def test_unused_large_global_is_dropped_without_error():
    text = """
"memref.global"() <{sym_name = "unused", sym_visibility = "private", type = memref<4096xf32>,
  initial_value = dense<1.0> : tensor<4096xf32>, constant}> : () -> ()
func.func @main(%x: memref<4xf32>, %out: memref<4xf32>) attributes {ember.num_outputs = 1 : i64} {
  "memref.copy"(%x, %out) : (memref<4xf32>, memref<4xf32>) -> ()
  func.return
}
"""
    exe = ember.compile(text)
    x = np.arange(4, dtype=np.float32)
    np.testing.assert_array_equal(exe(x)[0], x)


def test_a_routine_the_process_lacks_is_an_error_not_a_crash():
    """MCJIT leaves an unresolvable call at address 0; the JIT refuses such code by name."""
    from ember.runtime.codegen import optimize
    from ember.runtime.jit import JitModule
    from ember.target import host_target

    ir = (
        "declare double @ember_test_no_such_routine(double)\n"
        "define double @f(double %x) {\n  %y = call double @ember_test_no_such_routine(double %x)\n  ret double %y\n}\n"
    )
    with pytest.raises(EmberError, match="needs ember_test_no_such_routine, which this process does not provide"):
        JitModule(optimize(ir, host_target()), {}, host_target(), keep_object=True)
    jit = JitModule(optimize(ir.replace("ember_test_no_such_routine", "exp"), host_target()), {}, host_target(), keep_object=True)
    assert jit.function("f", [], None) is not None  # libm's exp is in the process
