"""Shape operands that arrive as graph inputs (``ember.specialize``): one static compile per
distinct value, a bounded least-recently-used cache, numerics against onnxruntime; value
operands (Clip's bounds, Pad's fill value, OneHot's values, Where's condition) stay run-time
data with no specialisation; the importer names the graph inputs a shape operand comes from."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.diagnostics import ImportError_, RuntimeCallError, ShapeOperandError, UnsupportedError
from ember.runtime.executable import Executable
from ember.specialize import SpecializingExecutable

F32, I64 = TensorProto.FLOAT, TensorProto.INT64


def make_model(nodes, inputs, output, initializers=(), rank: int = 2) -> onnx.ModelProto:
    """One output ``y`` of the given rank, its dims unknown (they depend on the operands)."""
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info(n, t, s) for n, t, s in inputs],
        [helper.make_tensor_value_info(output, F32, [None] * rank)],
        [numpy_helper.from_array(np.asarray(a), n) for n, a in initializers],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    onnx.checker.check_model(model)
    return model


def onnxruntime(model: onnx.ModelProto, feeds: dict) -> list[np.ndarray]:
    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, feeds)


def shape_operand_model() -> onnx.ModelProto:
    """Resize (scales) -> Reshape (shape) -> ReduceSum (axes) -> Slice (starts): each shape
    operand a graph input, so a compile discovers them one after the other."""
    nodes = [
        helper.make_node("Resize", ["x", "", "scales"], ["up"], mode="nearest"),
        helper.make_node("Reshape", ["up", "shape"], ["flat"]),
        helper.make_node("ReduceSum", ["flat", "axes"], ["sum"], keepdims=0),
        helper.make_node("Slice", ["sum", "starts", "ends"], ["y"]),
    ]
    inputs = [("x", F32, [1, 2, 3, 3]), ("scales", F32, [4]), ("shape", I64, [2]), ("axes", I64, [1]),
              ("starts", I64, [1])]  # fmt: skip
    return make_model(nodes, inputs, "y", [("ends", np.array([1000], np.int64))], rank=1)


def feeds_for(shape: list[int], axis: int = 1, start: int = 1, scale: float = 2.0) -> dict[str, np.ndarray]:
    x = np.arange(18, dtype=np.float32).reshape(1, 2, 3, 3) / 7
    return {
        "x": x, "scales": np.array([1, 1, scale, scale], np.float32), "shape": np.array(shape, np.int64),
        "axes": np.array([axis], np.int64), "starts": np.array([start], np.int64),
    }  # fmt: skip


@pytest.fixture(scope="module")
def model() -> onnx.ModelProto:
    return shape_operand_model()


def check_against_onnxruntime(exe, model, feeds) -> None:
    got = exe.run(feeds)
    want = onnxruntime(model, feeds)
    for g, w in zip(got, want, strict=True):
        assert g.shape == w.shape
        np.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-5)


def test_one_compile_per_distinct_value(model):
    exe = ember.compile(model, cache=False, progress=False)
    assert isinstance(exe, SpecializingExecutable)
    assert exe.input_names == ["x", "scales", "shape", "axes", "starts"]
    assert exe.output_names == ["y"]
    assert exe.compile_count == 0
    first = feeds_for([4, 18])
    check_against_onnxruntime(exe, model, first)
    assert exe.compile_count == 1
    assert isinstance(exe.last, Executable) and exe.last.input_names == ["x"]
    assert set(exe.bound_inputs) == {"scales", "shape", "axes", "starts"}  # found one by one
    check_against_onnxruntime(exe, model, {**first, "x": first["x"] * 3})  # new data, same operands
    assert exe.compile_count == 1
    check_against_onnxruntime(exe, model, feeds_for([12, 6], axis=0, start=2))
    assert exe.compile_count == 2
    check_against_onnxruntime(exe, model, feeds_for([2, 9], scale=1.0))
    assert exe.compile_count == 3
    assert len(exe.specializations) == 3
    assert "3 compile(s)" in repr(exe)


def test_least_recently_used_specialisation_is_evicted(model):
    exe = ember.compile(model, cache=False, progress=False, specializations=2)
    a, b, c = feeds_for([4, 18]), feeds_for([18, 4]), feeds_for([8, 9])
    for feeds in (a, b, a):
        exe.run(feeds)
    assert exe.compile_count == 2  # a, b; a again is a hit (and now the most recent)
    exe.run(c)  # evicts b
    assert exe.compile_count == 3
    assert [s["shape"] for s in exe.specializations] == [[4, 18], [8, 9]]
    check_against_onnxruntime(exe, model, a)
    assert exe.compile_count == 3
    check_against_onnxruntime(exe, model, b)
    assert exe.compile_count == 4


def test_call_errors_are_one_line(model):
    exe = ember.compile(model, cache=False, progress=False)
    feeds = feeds_for([4, 18])
    with pytest.raises(RuntimeCallError, match=r"^input 'shape' \(#2\): expected shape \(2,\) int64, got shape \(2,\) int32$"):
        exe.run({**feeds, "shape": feeds["shape"].astype(np.int32)})
    with pytest.raises(RuntimeCallError, match="expected 5 input"):
        exe(feeds["x"])
    with pytest.raises(RuntimeCallError, match="missing: starts"):
        exe.run({k: v for k, v in feeds.items() if k != "starts"})
    assert exe.compile_count == 0


def test_export_is_refused_in_one_line(model, tmp_path):
    exe = ember.compile(model, cache=False, progress=False)
    with pytest.raises(UnsupportedError) as error:
        exe.export(str(tmp_path / "m.so"))
    message = str(error.value)
    assert "\n" not in message and "'scales'" in message and "initializer" in message
    assert not (tmp_path / "m.so").exists()


def test_a_shape_operand_computed_from_an_input_names_it():
    """Reshape's shape = Concat(Shape(x)[:1], Cast(k)): the error names k (not x)."""
    nodes = [
        helper.make_node("Shape", ["x"], ["s"], end=1),
        helper.make_node("Cast", ["k"], ["k64"], to=I64),
        helper.make_node("Concat", ["s", "k64"], ["shape"], axis=0),
        helper.make_node("Reshape", ["x", "shape"], ["y"]),
    ]
    model = make_model(nodes, [("x", F32, [2, 6]), ("k", TensorProto.INT32, [1])], "y")
    with pytest.raises(ShapeOperandError) as error:
        ember.import_onnx(model)
    assert error.value.inputs == ("k",)
    assert "\n" not in str(error.value) and "comes from graph input(s) 'k'" in str(error.value)
    exe = ember.compile(model, cache=False, progress=False)
    x = np.arange(12, dtype=np.float32).reshape(2, 6)
    for k, count in ((6, 1), (-1, 2), (6, 2)):
        feeds = {"x": x, "k": np.array([k], np.int32)}
        check_against_onnxruntime(exe, model, feeds)
        assert exe.compile_count == count


def test_an_operand_no_graph_input_decides_keeps_the_plain_error():
    """A shape computed from a weight imported as a parameter (``weights_as_params``): there is
    no graph input to bind, so the old one-line error, not the specialising route's."""
    from ember.frontend.onnx import import_onnx

    nodes = [helper.make_node("Cast", ["w"], ["shape"], to=I64), helper.make_node("Reshape", ["x", "shape"], ["y"])]
    model = make_model(nodes, [("x", F32, [2, 6])], "y", [("w", np.array([3.0, 4.0], np.float32))])
    with pytest.raises(ImportError_) as error:
        import_onnx(model, weights_as_params=True)
    assert not isinstance(error.value, ShapeOperandError)
    assert "input #1 (shape) must be a constant" in str(error.value)


# ---- value operands: run-time data, no specialisation -----------------------------------------


def clip_model() -> onnx.ModelProto:
    nodes = [helper.make_node("Clip", ["x", "lo", "hi"], ["y"])]
    return make_model(nodes, [("x", F32, [3, 4]), ("lo", F32, []), ("hi", F32, [])], "y")


def pad_model() -> onnx.ModelProto:
    nodes = [helper.make_node("Pad", ["x", "pads", "value"], ["y"], mode="constant")]
    pads = np.array([1, -1, 0, 2], np.int64)  # (a negative pad crops)
    return make_model(nodes, [("x", F32, [3, 4]), ("value", F32, [])], "y", [("pads", pads)])


def one_hot_model() -> onnx.ModelProto:
    nodes = [helper.make_node("OneHot", ["idx", "depth", "values"], ["y"], axis=-1)]
    return make_model(nodes, [("idx", I64, [3, 4]), ("values", F32, [2])], "y", [("depth", np.array(5, np.int64))], rank=3)


def where_model() -> onnx.ModelProto:
    nodes = [helper.make_node("Where", ["c", "x", "z"], ["y"])]
    return make_model(nodes, [("c", TensorProto.BOOL, [3, 4]), ("x", F32, [3, 4]), ("z", F32, [3, 4])], "y")


def value_feeds(rng, names, model) -> dict[str, np.ndarray]:
    feeds = {}
    for info in model.graph.input:
        shape = [d.dim_value for d in info.type.tensor_type.shape.dim]
        kind = info.type.tensor_type.elem_type
        if kind == TensorProto.BOOL:
            feeds[info.name] = rng.random(shape) < 0.5
        elif kind == I64:
            feeds[info.name] = rng.integers(-5, 5, shape).astype(np.int64)
        else:
            feeds[info.name] = rng.standard_normal(shape).astype(np.float32)
    return feeds


@pytest.mark.parametrize("build", [clip_model, pad_model, one_hot_model, where_model], ids=lambda f: f.__name__)
def test_value_operands_are_run_time_data(build):
    model = build()
    exe = ember.compile(model, cache=False, progress=False)
    assert isinstance(exe, Executable), f"{build.__name__} took the specialising route"
    rng = np.random.default_rng(0)
    for _ in range(3):  # different values, one executable
        check_against_onnxruntime(exe, model, value_feeds(rng, exe.input_names, model))
