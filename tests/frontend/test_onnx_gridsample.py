"""ONNX GridSample and AffineGrid compiled, against onnx's reference evaluator and onnxruntime.

Each configuration (mode x padding mode x align_corners, 2-D and 3-D) is compiled once; hypothesis
draws grids for it, with coordinates well outside [-1, 1] (every padding mode's out-of-range
path), exact pixel centres and halfway points (rounding ties of nearest). A grid holding NaN or
infinities must not read out of bounds: the other points' results stay exact.
"""

from __future__ import annotations

import functools

import numpy as np
import onnx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember

X_2D, GRID_2D = (2, 3, 4, 5), (2, 3, 6, 2)
X_3D, GRID_3D = (1, 2, 3, 4, 2), (1, 2, 3, 2, 3)
MODES, PADDINGS = ("nearest", "linear", "cubic"), ("zeros", "border", "reflection")
CONFIGS_2D = [(m, p, a) for m in MODES for p in PADDINGS for a in (0, 1)]
CONFIGS_3D = [(m, p, a) for m in ("nearest", "linear") for p in PADDINGS for a in (0, 1)]
RNG = np.random.default_rng(2026)


def _grid_model(mode: str, padding: str, align: int, x_shape: tuple[int, ...], grid_shape: tuple[int, ...]) -> onnx.ModelProto:
    node = helper.make_node("GridSample", ["x", "grid"], ["y"], name="gs", mode=mode, padding_mode=padding, align_corners=align)
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape),
         helper.make_tensor_value_info("grid", TensorProto.FLOAT, grid_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, (*x_shape[:2], *grid_shape[1:-1]))],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 22)])


@functools.cache
def _compiled(config: tuple[str, str, int], x_shape: tuple[int, ...], grid_shape: tuple[int, ...]) -> tuple[onnx.ModelProto, object]:
    model = _grid_model(*config, x_shape, grid_shape)
    return model, ember.compile(model, cache=False, progress=False)


def _coordinates(grid_shape: tuple[int, ...]) -> st.SearchStrategy[np.ndarray]:
    """Grid values: anywhere in [-3.5, 3.5], or on a multiple of 1/8 there (pixel centres,
    edges and halfway points of the small sizes used)."""
    free = st.floats(-3.5, 3.5, width=32)
    lattice = st.integers(-28, 28).map(lambda k: k / 8.0)
    return hnp.arrays(np.float32, grid_shape, elements=st.one_of(free, lattice))


def _check(config: tuple[str, str, int], x: np.ndarray, grid: np.ndarray) -> None:
    model, exe = _compiled(config, x.shape, grid.shape)
    want = ReferenceEvaluator(model).run(None, {"x": x, "grid": grid})[0]
    got = np.asarray(exe(x, grid)[0])  # type: ignore[operator]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("config", CONFIGS_2D, ids=lambda c: f"{c[0]}-{c[1]}-align{c[2]}")
@settings(max_examples=8, deadline=None)
@given(data=st.data())
def test_grid_sample_2d_matches_reference(config: tuple[str, str, int], data: st.DataObject) -> None:
    x = RNG.standard_normal(X_2D).astype(np.float32)
    _check(config, x, data.draw(_coordinates(GRID_2D)))


@pytest.mark.parametrize("config", CONFIGS_3D, ids=lambda c: f"{c[0]}-{c[1]}-align{c[2]}")
@settings(max_examples=5, deadline=None)
@given(data=st.data())
def test_grid_sample_3d_matches_reference(config: tuple[str, str, int], data: st.DataObject) -> None:
    x = RNG.standard_normal(X_3D).astype(np.float32)
    _check(config, x, data.draw(_coordinates(GRID_3D)))


@pytest.mark.parametrize("config", [("linear", "zeros", 0), ("cubic", "zeros", 1), ("nearest", "reflection", 0),
                                    ("linear", "border", 1)], ids=lambda c: f"{c[0]}-{c[1]}-align{c[2]}")  # fmt: skip
def test_grid_sample_matches_onnxruntime(config: tuple[str, str, int]) -> None:
    """(Not cubic with border padding: there onnxruntime 1.32 and onnx's reference disagree on
    points outside the image, and ember follows the reference, the conformance oracle.)"""
    import onnxruntime

    x = RNG.standard_normal(X_2D).astype(np.float32)
    grid = RNG.uniform(-1.6, 1.6, GRID_2D).astype(np.float32)
    model, exe = _compiled(config, X_2D, GRID_2D)
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    want = session.run(None, {"x": x, "grid": grid})[0]
    np.testing.assert_allclose(np.asarray(exe(x, grid)[0]), want, rtol=1e-5, atol=1e-5)  # type: ignore[operator]


@pytest.mark.parametrize("config", [("linear", "zeros", 0), ("cubic", "reflection", 1), ("nearest", "border", 0)],
                         ids=lambda c: f"{c[0]}-{c[1]}-align{c[2]}")  # fmt: skip
def test_non_finite_grid_points_do_not_disturb_the_others(config: tuple[str, str, int]) -> None:
    """NaN and +-inf coordinates: no out-of-bounds read (the run completes), and every other
    point equals the reference run with those coordinates replaced by 0."""
    x = RNG.standard_normal(X_2D).astype(np.float32)
    grid = RNG.uniform(-1.2, 1.2, GRID_2D).astype(np.float32)
    bad = np.zeros(GRID_2D[:-1], bool)
    bad[0, 0, :3] = bad[1, 2, 5] = True
    grid[0, 0, 0, 0], grid[0, 0, 1, 1], grid[0, 0, 2, 0], grid[1, 2, 5, :] = np.nan, np.inf, -np.inf, np.nan
    model, exe = _compiled(config, X_2D, GRID_2D)
    got = np.asarray(exe(x, grid)[0])  # type: ignore[operator]
    clean = np.where(np.isfinite(grid), grid, 0).astype(np.float32)
    want = ReferenceEvaluator(model).run(None, {"x": x, "grid": clean})[0]
    keep = np.broadcast_to(~bad[:, None], want.shape)
    np.testing.assert_allclose(got[keep], want[keep], rtol=1e-5, atol=1e-5)


# ---- AffineGrid -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(2, 1, 3, 5), (1, 3, 1, 4), (2, 1, 2, 3, 4)], ids=str)
@pytest.mark.parametrize("align", [0, 1])
def test_affine_grid_matches_reference(size: tuple[int, ...], align: int) -> None:
    if align and 1 in size[2:]:
        pytest.skip("onnx's reference divides by zero for a size-1 dim with align_corners")
    rank = len(size) - 2
    theta = RNG.standard_normal((size[0], rank, rank + 1)).astype(np.float32)
    node = helper.make_node("AffineGrid", ["theta", "size"], ["grid"], name="ag", align_corners=align)
    graph = helper.make_graph(
        [node], "g", [helper.make_tensor_value_info("theta", TensorProto.FLOAT, theta.shape)],
        [helper.make_tensor_value_info("grid", TensorProto.FLOAT, (size[0], *size[2:], rank))],
        [onnx.numpy_helper.from_array(np.array(size, np.int64), "size")],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    want = ReferenceEvaluator(model).run(None, {"theta": theta})[0]
    got = np.asarray(ember.compile(model, cache=False, progress=False)(theta)[0])
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)


def test_bad_grid_shape_is_refused_with_the_node_named() -> None:
    model = _grid_model("linear", "zeros", 0, (1, 1, 4, 4), (1, 3, 3, 3))
    with pytest.raises(ember.diagnostics.EmberError, match=r"gs.*GridSample.*does not fit") as info:
        ember.compile(model, cache=False, progress=False)
    assert "\n" not in str(info.value)
