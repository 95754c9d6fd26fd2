"""Sequences and optionals compiled: sequence ops resolved at import, sequence / optional graph
inputs specialised on their structure (a compile per length and element shapes), outputs
returned as lists and None; numerics against onnx's reference evaluator and onnxruntime, and
the one-line errors of wrong calls and unsupported uses."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from onnx.reference import ReferenceEvaluator

import ember
from ember.diagnostics import EmberError, RuntimeCallError

F32, I64 = TensorProto.FLOAT, TensorProto.INT64
RNG = np.random.default_rng(11)


def _model(nodes: list[onnx.NodeProto], inputs: list[onnx.ValueInfoProto], outputs: list[onnx.ValueInfoProto], opset: int = 18) -> onnx.ModelProto:
    return helper.make_model(helper.make_graph(nodes, "g", inputs, outputs), opset_imports=[helper.make_opsetid("", opset)])


def _seq(name: str, elem: int = F32, shape: list | None = None) -> onnx.ValueInfoProto:
    return helper.make_tensor_sequence_value_info(name, elem, shape)


def _same(got: object, want: object) -> None:
    if isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            _same(g, w)
    elif want is None:
        assert got is None
    else:
        assert isinstance(got, np.ndarray) and got.dtype == np.asarray(want).dtype
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


def _ort(model: onnx.ModelProto, feeds: dict[str, object]) -> list[object]:
    import onnxruntime

    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, feeds)


def _edit_model() -> onnx.ModelProto:
    """seq -> insert t at pos, erase the first, concat along axis 0, length, and the edited
    sequence itself as an output."""
    nodes = [
        helper.make_node("SequenceInsert", ["seq", "t", "pos"], ["s1"], name="insert"),
        helper.make_node("SequenceErase", ["s1"], ["s2"], name="erase"),  # (the last)
        helper.make_node("ConcatFromSequence", ["s2"], ["cat"], name="concat", axis=0),
        helper.make_node("SequenceLength", ["s2"], ["n"], name="length"),
        helper.make_node("SequenceAt", ["s2", "pos"], ["at"], name="at"),
    ]
    inputs = [_seq("seq", F32, [None, 3]), helper.make_tensor_value_info("t", F32, [2, 3]),
              helper.make_tensor_value_info("pos", I64, [])]  # fmt: skip
    outputs = [helper.make_tensor_value_info("cat", F32, [None, 3]), helper.make_tensor_value_info("n", I64, []),
               helper.make_tensor_value_info("at", F32, [None, 3]), _seq("s2", F32, [None, 3])]  # fmt: skip
    return _model(nodes, inputs, outputs, 13)


def test_sequence_ops_specialise_per_length_and_position() -> None:
    model = _edit_model()
    exe = ember.compile(model, cache=False, progress=False)
    for length, pos in ((3, 1), (2, -1), (3, 1), (4, 0)):
        seq = [RNG.standard_normal((k + 1, 3)).astype(np.float32) for k in range(length)]
        feeds = {"seq": seq, "t": RNG.standard_normal((2, 3)).astype(np.float32), "pos": np.array(pos, np.int64)}
        got = exe(*feeds.values())
        _same(got, ReferenceEvaluator(model).run(None, feeds))
        _same(got, _ort(model, feeds))
    assert exe.compile_count == 3  # (the repeated (3 elements, position 1) call reused its build)


def test_split_and_concat_with_sequence_output_matches_onnxruntime() -> None:
    nodes = [helper.make_node("SplitToSequence", ["x", "split"], ["parts"], name="split", axis=1),
             helper.make_node("ConcatFromSequence", ["parts"], ["stacked"], name="stack", axis=0, new_axis=1)]  # fmt: skip
    model = _model(nodes, [helper.make_tensor_value_info("x", F32, [2, 6]), helper.make_tensor_value_info("split", I64, [])],
                   [_seq("parts"), helper.make_tensor_value_info("stacked", F32, [3, 2, 2])], 13)  # fmt: skip
    feeds = {"x": RNG.standard_normal((2, 6)).astype(np.float32), "split": np.array(2, np.int64)}
    got = ember.compile(model, cache=False, progress=False)(*feeds.values())
    _same(got, _ort(model, feeds))


def test_sequence_map_body_unrolled_per_element() -> None:
    body = helper.make_graph(
        [helper.make_node("Mul", ["e", "w"], ["p"]), helper.make_node("Shape", ["e"], ["s"])], "body",
        [helper.make_tensor_value_info("e", F32, ["n"]), helper.make_tensor_value_info("w", F32, ["n"])],
        [helper.make_tensor_value_info("p", F32, ["n"]), helper.make_tensor_value_info("s", I64, [1])],
    )  # fmt: skip
    node = helper.make_node("SequenceMap", ["xs", "ws"], ["ps", "ss"], name="map", body=body)
    model = _model([node], [_seq("xs", F32, ["n"]), _seq("ws", F32, ["n"])], [_seq("ps", F32, ["n"]), _seq("ss", I64, [1])], 17)
    xs = [RNG.standard_normal(k).astype(np.float32) for k in (3, 5)]
    ws = [RNG.standard_normal(k).astype(np.float32) for k in (3, 5)]
    got = ember.compile(model, cache=False, progress=False)(xs, ws)
    _same(got, ReferenceEvaluator(model).run(None, {"xs": xs, "ws": ws}))


def _optional_model() -> onnx.ModelProto:
    opt = helper.make_value_info("o", helper.make_optional_type_proto(helper.make_tensor_type_proto(F32, [2])))
    nodes = [helper.make_node("OptionalHasElement", ["o"], ["has"], name="has"),
             helper.make_node("Identity", ["o"], ["same"], name="same")]  # fmt: skip
    out = helper.make_value_info("same", helper.make_optional_type_proto(helper.make_tensor_type_proto(F32, [2])))
    return _model(nodes, [opt], [helper.make_tensor_value_info("has", TensorProto.BOOL, []), out], 18)


def test_optional_input_present_or_absent() -> None:
    exe = ember.compile(_optional_model(), cache=False, progress=False)
    value = np.array([1.5, -2.0], np.float32)
    has, same = exe(value)
    assert bool(has) and np.array_equal(same, value)
    has, same = exe(None)
    assert not bool(has) and same is None
    assert exe.compile_count == 2


def test_wrong_calls_are_one_line() -> None:
    exe = ember.compile(_edit_model(), cache=False, progress=False)
    t, pos = np.zeros((2, 3), np.float32), np.array(0, np.int64)
    calls = {
        "a tensor for a sequence": ((np.zeros((2, 3), np.float32), t, pos), "input 'seq' (#0): expected a sequence (list) of float32"),
        "a list for a tensor": (([t], [t], pos), "input 't' (#1): expected"),
        "wrong element dtype": (([np.zeros((1, 3), np.int64)], t, pos), "got a list of 1 (a int64 array of shape (1, 3))"),
    }  # fmt: skip
    for args, expected in calls.values():
        with pytest.raises(RuntimeCallError) as error:
            exe(*args)
        assert "\n" not in str(error.value) and expected in str(error.value), str(error.value)
    with pytest.raises(RuntimeCallError):
        ember.compile(_optional_model(), cache=False, progress=False)([np.zeros(2, np.float32)])


def test_sequence_given_to_a_tensor_op_is_one_line_error() -> None:
    nodes = [helper.make_node("SplitToSequence", ["x"], ["parts"], name="split"),
             helper.make_node("Relu", ["parts"], ["y"], name="relu")]  # fmt: skip
    model = _model(nodes, [helper.make_tensor_value_info("x", F32, [2, 3])], [helper.make_tensor_value_info("y", F32, [2, 3])])
    with pytest.raises(EmberError) as error:
        ember.compile(model, cache=False, progress=False)
    assert str(error.value) == "node 'relu' (Relu): input #0 is a sequence of 2 tensors, this op takes tensors"


def test_out_of_range_position_is_one_line_error() -> None:
    exe = ember.compile(_edit_model(), cache=False, progress=False)
    with pytest.raises(EmberError) as error:
        exe([np.zeros((1, 3), np.float32)], np.zeros((2, 3), np.float32), np.array(5, np.int64))
    assert "\n" not in str(error.value) and "node 'insert' (SequenceInsert): position 5 is out of range" in str(error.value)


def test_count_mark_is_the_frontends() -> None:
    from ember.frontend.onnx.structured import COUNT_SUFFIX
    from ember.specialize import FLATTENED_MARK

    assert FLATTENED_MARK == COUNT_SUFFIX
