"""convert-vector-to-llvm through the JIT: a splat-FMA kernel with a vector reduction."""

from __future__ import annotations

import numpy as np
import pytest

import ember

KERNEL = """
func.func @main(%a: memref<4x32xf32>, %b: memref<32xf32>, %out: memref<4x32xf32>, %sums: memref<4xf32>) attributes {ember.num_outputs = 2 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : index
  %c32 = arith.constant 32 : index
  %two = arith.constant 2.0 : f32
  %acc0 = arith.constant 0.5 : f32
  scf.for %i = %c0 to %c4 step %c1 {
    %s = scf.for %j = %c0 to %c32 step %c16 iter_args(%acc = %acc0) -> (f32) {
      %x = vector.load %a[%i, %j] : memref<4x32xf32>, vector<16xf32>
      %y = vector.load %b[%j] : memref<32xf32>, vector<16xf32>
      %t = vector.broadcast %two : f32 to vector<16xf32>
      %r = vector.fma %x, %t, %y : vector<16xf32>
      vector.store %r, %out[%i, %j] : memref<4x32xf32>, vector<16xf32>
      %part = vector.reduction <{kind}>, %r, %acc : vector<16xf32> into f32
      scf.yield %part : f32
    }
    memref.store %s, %sums[%i] : memref<4xf32>
  }
  func.return
}
"""


@pytest.mark.parametrize(
    ("kind", "reduce"),
    [("add", lambda r: r.sum(1) + 0.5), ("maxnumf", lambda r: np.maximum(r.max(1), 0.5))],
)
def test_splat_fma_kernel(kind, reduce):
    exe = ember.compile(KERNEL.replace("{kind}", kind))
    rng = np.random.default_rng(0)
    a = rng.standard_normal((4, 32)).astype(np.float32)
    b = rng.standard_normal(32).astype(np.float32)
    out, sums = exe(a, b)
    expected = a * 2 + b
    np.testing.assert_allclose(out, expected, rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(sums, reduce(expected), rtol=1e-5, atol=1e-5)


def test_unaligned_vector_access():
    """Vector loads at odd element offsets must not assume the vector type's alignment."""
    text = KERNEL.replace("{kind}", "add").replace("%c0 to %c32 step %c16", "%c1 to %c16 step %c16")
    exe = ember.compile(text)
    a = np.arange(128, dtype=np.float32).reshape(4, 32)
    b = np.ones(32, np.float32)
    out, _ = exe(a, b)
    np.testing.assert_array_equal(out[:, 1:17], a[:, 1:17] * 2 + 1)
