"""End to end from hand-written memref/loop-stage IR: loops-to-llvm -> LLVM -> JIT -> numpy."""

from __future__ import annotations

import math

import numpy as np
import pytest

import ember
from ember.diagnostics import RuntimeCallError

ELEMENTWISE = """
"memref.global"() <{sym_name = "w", sym_visibility = "private", type = memref<2x3xf32>,
  initial_value = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>, constant}> : () -> ()
func.func @main(%x: memref<2x3xf32>, %out: memref<2x3xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %w = memref.get_global @w : memref<2x3xf32>
  %t = memref.alloc() : memref<2x3xf32>
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %a = memref.load %x[%i, %j] : memref<2x3xf32>
      %b = memref.load %w[%i, %j] : memref<2x3xf32>
      %s = arith.addf %a, %b : f32
      %e = math.tanh %s : f32
      memref.store %e, %t[%i, %j] : memref<2x3xf32>
    }
  }
  scf.for %i = %c0 to %c2 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %a = memref.load %t[%i, %j] : memref<2x3xf32>
      %e = math.erf %a : f32
      memref.store %e, %out[%i, %j] : memref<2x3xf32>
    }
  }
  memref.dealloc %t : memref<2x3xf32>
  func.return
}
"""

MATMUL = """
func.func @main(%a: memref<5x7xf32>, %b: memref<7x3xf32>, %c: memref<5x3xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c5 step %c1 {
    scf.for %j = %c0 to %c3 step %c1 {
      %sum = scf.for %k = %c0 to %c7 step %c1 iter_args(%acc = %zero) -> (f32) {
        %x = memref.load %a[%i, %k] : memref<5x7xf32>
        %y = memref.load %b[%k, %j] : memref<7x3xf32>
        %p = arith.mulf %x, %y : f32
        %n = arith.addf %acc, %p : f32
        scf.yield %n : f32
      }
      memref.store %sum, %c[%i, %j] : memref<5x3xf32>
    }
  }
  func.return
}
"""


@pytest.fixture(scope="module")
def elementwise() -> ember.runtime.executable.Executable:
    return ember.compile(ELEMENTWISE)


def test_elementwise_matches_numpy(elementwise):
    x = np.linspace(-2, 2, 6, dtype=np.float32).reshape(2, 3)
    w = np.arange(1, 7, dtype=np.float32).reshape(2, 3)
    expected = np.vectorize(math.erf)(np.tanh(x + w))
    (result,) = elementwise(x)
    np.testing.assert_allclose(result, expected, rtol=1e-6, atol=1e-6)


def test_names_and_times(elementwise):
    assert elementwise.input_names == ["x"]
    assert elementwise.output_names == ["out"]
    steps = elementwise.compile_times.steps
    assert "convert-to-llvm" in steps and "llvm-O3" in steps


def test_matmul_with_iter_args():
    exe = ember.compile(MATMUL)
    rng = np.random.default_rng(0)
    a = rng.standard_normal((5, 7), dtype=np.float32)
    b = rng.standard_normal((7, 3), dtype=np.float32)
    (c,) = exe(a, b)
    np.testing.assert_allclose(c, a @ b, rtol=1e-5, atol=1e-5)


def test_wrong_calls_name_the_input(elementwise):
    x = np.zeros((2, 3), np.float32)
    with pytest.raises(RuntimeCallError, match="input 'x'.*float64"):
        elementwise(x.astype(np.float64))
    with pytest.raises(RuntimeCallError, match=r"input 'x'.*\(3, 2\)"):
        elementwise(np.zeros((3, 2), np.float32))
    with pytest.raises(RuntimeCallError, match="expected 1 input"):
        elementwise(x, x)


def test_non_contiguous_input_is_accepted(elementwise):
    x = np.asfortranarray(np.ones((2, 3), np.float32))
    (result,) = elementwise(x)
    (again,) = elementwise(np.ones((2, 3), np.float32))
    np.testing.assert_array_equal(result, again)
