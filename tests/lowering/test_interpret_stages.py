"""The stage interpreter (ember.runtime.interpret): scalar semantics, conventions, errors."""

from __future__ import annotations

import numpy as np
import pytest

from ember.context import make_context
from ember.diagnostics import RuntimeCallError
from ember.runtime.interpret import run_stage
from ember.textual import parse_module


def run(text: str, *inputs: np.ndarray) -> list[np.ndarray]:
    module, _ = parse_module(make_context(), text)
    return run_stage(module, list(inputs))


def test_loop_stage_with_memref_convention_allocates_outputs() -> None:
    text = """
func.func @main(%x: memref<3xf32>, %out0: memref<3xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c3 = arith.constant 3 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %c3 step %c1 {
    %v = memref.load %x[%i] : memref<3xf32>
    %e = math.exp %v : f32
    %t = math.tanh %e : f32
    memref.store %t, %out0[%i] : memref<3xf32>
  }
  func.return
}
"""
    x = np.array([-1.0, 0.0, 0.5], np.float32)
    (out,) = run(text, x)
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, np.tanh(np.exp(x)), rtol=1e-6)


def test_cf_stage_runs() -> None:
    text = """
func.func @main(%n: memref<i64>, %out0: memref<i64>) attributes {ember.num_outputs = 1 : i64} {
  %limit = memref.load %n[] : memref<i64>
  %zero = arith.constant 0 : i64
  %one = arith.constant 1 : i64
  cf.br ^loop(%zero, %zero : i64, i64)
^loop(%i: i64, %acc: i64):
  %more = arith.cmpi slt, %i, %limit : i64
  cf.cond_br %more, ^body, ^done
^body:
  %next = arith.addi %acc, %i : i64
  %j = arith.addi %i, %one : i64
  cf.br ^loop(%j, %next : i64, i64)
^done:
  memref.store %acc, %out0[] : memref<i64>
  func.return
}
"""
    (out,) = run(text, np.array(5, np.int64))
    assert int(out) == 0 + 1 + 2 + 3 + 4


@pytest.mark.parametrize(
    ("op", "fn"),
    [("arith.divsi", lambda a, b: np.trunc(a / b)), ("arith.remsi", np.fmod),
     ("arith.floordivsi", np.floor_divide), ("arith.maxsi", np.maximum)],
)  # fmt: skip
def test_integer_division_semantics(op: str, fn) -> None:  # noqa: ANN001
    text = f"""
func.func @main(%a: tensor<4xi32>, %b: tensor<4xi32>) -> tensor<4xi32> {{
  %e = tensor.empty() : tensor<4xi32>
  %r = linalg.generic {{indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}} ins(%a, %b : tensor<4xi32>, tensor<4xi32>) outs(%e : tensor<4xi32>) {{
  ^bb0(%x: i32, %y: i32, %o: i32):
    %z = {op} %x, %y : i32
    linalg.yield %z : i32
  }} -> tensor<4xi32>
  func.return %r : tensor<4xi32>
}}
"""
    a = np.array([7, -7, 7, -7], np.int32)
    b = np.array([2, 2, -2, -2], np.int32)
    (out,) = run(text, a, b)
    np.testing.assert_array_equal(out, fn(a, b).astype(np.int32))


@pytest.mark.parametrize(("pred", "want"), [("une", [False, True, True]), ("olt", [False, False, True]),
                                          ("ueq", [True, True, False]), ("ord", [True, False, True])])  # fmt: skip
def test_cmpf_predicates_with_nan(pred: str, want: list[bool]) -> None:
    text = f"""
func.func @main(%a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<3xi1> {{
  %e = tensor.empty() : tensor<3xi1>
  %r = linalg.generic {{indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}} ins(%a, %b : tensor<3xf32>, tensor<3xf32>) outs(%e : tensor<3xi1>) {{
  ^bb0(%x: f32, %y: f32, %o: i1):
    %u = arith.cmpf {pred}, %x, %y : f32
    linalg.yield %u : i1
  }} -> tensor<3xi1>
  func.return %r : tensor<3xi1>
}}
"""
    a = np.array([1.0, np.nan, 2.0], np.float32)
    b = np.array([1.0, 1.0, 3.0], np.float32)
    np.testing.assert_array_equal(run(text, a, b)[0], want)


def test_graph_stage_uses_the_numpy_reference() -> None:
    text = """
func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %0 = graph.transpose %x {perm = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  func.return %0 : tensor<2x2xf32>
}
"""
    x = np.arange(4, dtype=np.float32).reshape(2, 2)
    np.testing.assert_array_equal(run(text, x)[0], x.T)


def test_wrong_inputs_are_named_errors() -> None:
    text = """
func.func @main(%x: memref<3xf32>, %out0: memref<3xf32>) attributes {ember.num_outputs = 1 : i64} {
  func.return
}
"""
    with pytest.raises(RuntimeCallError, match="takes 1 inputs, got 2"):
        run(text, np.zeros(3, np.float32), np.zeros(3, np.float32))
    with pytest.raises(RuntimeCallError, match="input #0 is float64"):
        run(text, np.zeros(3, np.float64))


def test_ember_run_reference_runs_any_stage(tmp_path) -> None:  # noqa: ANN001
    """``ember-run --reference`` on a loop-stage file: outputs are not asked for as inputs."""
    import subprocess
    from pathlib import Path

    mlp = Path(__file__).resolve().parents[2] / "examples" / "mlp.mlir"
    loops = tmp_path / "mlp_loops.mlir"
    subprocess.run(["ember-opt", str(mlp), "-p", "lower-to-loops", "-o", str(loops)], check=True)
    x = np.random.default_rng(5).standard_normal((4, 8)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    outs = []
    for source in (mlp, loops):
        out = tmp_path / f"{source.stem}.npz"
        subprocess.run(["ember-run", str(source), "--reference", "--input", f"x={tmp_path / 'x.npy'}",
                        "--output", str(out)], check=True, capture_output=True)  # fmt: skip
        outs.append(list(np.load(out).values()))
    # matmul sums in another order per stage (and per CPU: AVX2 vs AVX-512 BLAS kernels), so the
    # tolerance is a few float32 ulps of the partial sums, not of each (possibly small) result
    want = outs[0][0]
    np.testing.assert_allclose(outs[1][0], want, rtol=1e-5, atol=1e-5 * float(np.abs(want).max()))
