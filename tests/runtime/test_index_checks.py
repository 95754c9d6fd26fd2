"""Call-time range checks of index inputs (``runtime/index_checks.py``): an out-of-range Gather,
GatherElements or GatherND index given by the caller is one located error in the JIT, through the
compile cache, in ``ember.load`` and from an exported library's C ``P_run`` (``P_E_INDEX``),
instead of a silently wrapped row; Scatter indices given at call time are checked too."""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto
from onnx import helper as oh

import ember
from ember.diagnostics import EmberError, RuntimeCallError
from ember.runtime.executable import TensorSpec
from ember.runtime.index_checks import IndexCheck
from ember.runtime.library_glue import ERRORS

DATA = np.arange(12, dtype=np.float32).reshape(3, 4)


def _model(nodes: list[onnx.NodeProto], inputs: list[onnx.ValueInfoProto], output: onnx.ValueInfoProto) -> onnx.ModelProto:
    model = oh.make_model(oh.make_graph(nodes, "g", inputs, [output]), opset_imports=[oh.make_opsetid("", 18)])
    model.ir_version = 8
    return model


def _gather(op: str, index_shape: list, out_shape: list, index_type: int = TensorProto.INT64, **attrs: int) -> onnx.ModelProto:
    return _model([oh.make_node(op, ["d", "i"], ["y"], name="pick", **attrs)],
                  [oh.make_tensor_value_info("d", TensorProto.FLOAT, [3, 4]), oh.make_tensor_value_info("i", index_type, index_shape)],
                  oh.make_tensor_value_info("y", TensorProto.FLOAT, out_shape))


@pytest.mark.parametrize("bad", [3, -4, 1_000_000])
def test_gather_out_of_range_is_one_line(bad):
    exe = ember.compile(_gather("Gather", [2], [2, 4]), cache=False)
    np.testing.assert_array_equal(exe(DATA, np.array([2, -3]))[0], DATA[[2, -3]])
    with pytest.raises(RuntimeCallError, match=rf"input 'i': index {bad} at \[1\] is out of range \[-3, 3\) for Gather node 'pick'"):
        exe(DATA, np.array([0, bad]))


def test_gather_elements_and_gather_nd():
    elements = ember.compile(_gather("GatherElements", [3, 4], [3, 4], axis=1), cache=False)
    index = np.tile(np.array([3, 0, -1, -4]), (3, 1))
    np.testing.assert_array_equal(elements(DATA, index)[0], np.take_along_axis(DATA, index % 4, axis=1))
    index[2, 1] = 4
    with pytest.raises(RuntimeCallError, match=r"index 4 at \[2, 1\] is out of range \[-4, 4\) for GatherElements"):
        elements(DATA, index)
    nd = ember.compile(_gather("GatherND", [2, 2], [2]), cache=False)
    np.testing.assert_array_equal(nd(DATA, np.array([[2, 3], [-1, -4]]))[0], [11, 8])
    with pytest.raises(RuntimeCallError, match=r"index 4 at \[0, 1\] is out of range \[-4, 4\) for GatherND"):
        nd(DATA, np.array([[2, 4], [0, 0]]))


def test_through_cast_and_reshape_with_a_dynamic_size():
    nodes = [oh.make_node("Cast", ["ids"], ["ids64"], to=TensorProto.INT64),
             oh.make_node("Reshape", ["ids64", "flat"], ["row"]),
             oh.make_node("Gather", ["d", "row"], ["y"], name="embed")]
    graph = oh.make_graph(nodes, "g", [oh.make_tensor_value_info("d", TensorProto.FLOAT, [3, 4]),
                                       oh.make_tensor_value_info("ids", TensorProto.INT32, [1, "n"])],
                          [oh.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 4])],
                          [onnx.numpy_helper.from_array(np.array([-1], np.int64), "flat")])
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 18)])
    model.ir_version = 8
    exe = ember.compile(model, cache=False, dynamic_dims={"n": (1, 8)})
    np.testing.assert_array_equal(exe(DATA, np.array([[0, 2, 1]], np.int32))[0], DATA[[0, 2, 1]])
    with pytest.raises(RuntimeCallError, match="input 'ids': index 7 .* Gather node 'embed'"):
        exe(DATA, np.array([[0, 7]], np.int32))


def test_checks_survive_the_compile_cache():
    model = _gather("Gather", [2], [2, 4])
    ember.compile(model)
    cached = ember.compile(model)
    assert "cache-load" in cached.compile_times.steps
    with pytest.raises(RuntimeCallError, match="out of range"):
        cached(DATA, np.array([0, 5]))


def test_spec_record_round_trip():
    spec = TensorSpec("ids", (2, 3), np.dtype(np.int64), (), (IndexCheck("emb", "Gather", (50257,)), IndexCheck("g", "GatherND", (3, 4))))
    assert TensorSpec.from_record(spec.to_record()) == spec
    plain = TensorSpec("x", (2,), np.dtype(np.float32))
    assert TensorSpec.from_record(plain.to_record()) == plain and len(plain.to_record()) == 3


def test_exported_library_checks_in_c_and_in_load(tmp_path: Path):
    exe = ember.compile(_gather("Gather", [2], [2, 4]), cache=False)
    exe.export(str(tmp_path / "pick.so"), name="pick")
    assert "PICK_E_INDEX" in (tmp_path / "pick.h").read_text()
    with pytest.raises(RuntimeCallError, match="index 3 at"):
        ember.load(str(tmp_path / "pick.so"))(DATA, np.array([0, 3]))
    library = ctypes.CDLL(str(tmp_path / "pick.so"))
    out = np.zeros((2, 4), np.float32)
    codes = [name for name, _ in ERRORS]
    for index, expected in (([0, 3], "E_INDEX"), ([2, -1], "OK")):
        indices = np.array(index, np.int64)
        status = library.pick_run(ctypes.c_void_p(DATA.ctypes.data), ctypes.c_void_p(indices.ctypes.data),
                                  ctypes.c_void_p(out.ctypes.data), None)
        assert codes[status] == expected
    np.testing.assert_array_equal(out, DATA[[2, -1]])


@pytest.mark.parametrize("op", ["ScatterND", "ScatterElements"])
def test_scatter_indices_at_call_time(op):
    shape = [1, 1] if op == "ScatterND" else [1, 4]
    updates = [1, 4]
    model = _model([oh.make_node(op, ["d", "i", "u"], ["y"], name="put")],
                   [oh.make_tensor_value_info("d", TensorProto.FLOAT, [3, 4]), oh.make_tensor_value_info("i", TensorProto.INT64, shape),
                    oh.make_tensor_value_info("u", TensorProto.FLOAT, updates)],
                   oh.make_tensor_value_info("y", TensorProto.FLOAT, [3, 4]))
    exe = ember.compile(model, cache=False)
    ones = np.ones(updates, np.float32)
    (ok,) = exe(DATA, np.full(shape, 2, np.int64), ones)
    assert (ok[2] == 1).all()
    with pytest.raises(EmberError, match=r"\(" + op + r"\): index 9 at \[0, 0\] is out of range \[-3, 3\)"):
        exe(DATA, np.full(shape, 9, np.int64), ones)
