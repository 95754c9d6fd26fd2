"""ONNX LSTM / GRU / RNN (``frontend/onnx/ops_recurrent.py``): hand-built nodes against
onnxruntime (and onnx's reference evaluator for layout = 1, which onnxruntime's CPU kernels
refuse), every graph input (X, sequence_lens, initial states) passed at call time; ONNX's node
test cases through ``ember.compile``; located errors for bad attributes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.diagnostics import EmberError
from ember.runtime.reference import run_reference

GATES = {"LSTM": 4, "GRU": 3, "RNN": 1}


def recurrent_model(op, *, seq=5, batch=3, width=4, hidden=6, direction="forward", layout=0, bias=True,
                    lens=None, initial=False, peepholes=False, outputs=None, opset=22, seed=0, **attrs):  # fmt: skip
    """One recurrent node; weights are initializers, the rest are graph inputs. Returns the
    model and its feeds (in graph-input order)."""
    rng = np.random.default_rng(seed)
    gates, dirs = GATES[op], 2 if direction == "bidirectional" else 1
    x_shape = (batch, seq, width) if layout else (seq, batch, width)
    state_shape = (batch, dirs, hidden) if layout else (dirs, batch, hidden)
    feeds = {"X": rng.standard_normal(x_shape).astype(np.float32)}
    weights = {
        "W": rng.standard_normal((dirs, gates * hidden, width)) * 0.5,
        "R": rng.standard_normal((dirs, gates * hidden, hidden)) * 0.5,
    }
    names = ["X", "W", "R", ""]
    if bias:
        weights["B"] = rng.standard_normal((dirs, 2 * gates * hidden)) * 0.5
        names[3] = "B"
    names.append("")
    if lens is not None:
        feeds["sequence_lens"] = np.asarray(lens, np.int32)
        names[4] = "sequence_lens"
    states = ["initial_h", "initial_c"] if op == "LSTM" else ["initial_h"]
    for state in states:
        names.append(state if initial else "")
        if initial:
            feeds[state] = rng.standard_normal(state_shape).astype(np.float32)
    if peepholes:
        weights["P"] = rng.standard_normal((dirs, 3 * hidden)) * 0.5
        names.append("P")
    while names[-1] == "":
        names.pop()
    if outputs is None:
        outputs = ["Y", "Y_h", "Y_c"] if op == "LSTM" else ["Y", "Y_h"]
    if layout:
        attrs["layout"] = layout
    node = helper.make_node(op, names, outputs, name="rec", hidden_size=hidden, direction=direction, **attrs)
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info(n, TensorProto.INT32 if n == "sequence_lens" else TensorProto.FLOAT, a.shape) for n, a in feeds.items()],
        [helper.make_tensor_value_info(o, TensorProto.FLOAT, None) for o in outputs if o],
        [numpy_helper.from_array(w.astype(np.float32), n) for n, w in weights.items()],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 10
    return onnx.shape_inference.infer_shapes(model), feeds


def onnxruntime(model, feeds):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, feeds)


def reference(model, feeds):
    return run_reference(ember.import_onnx(model), list(feeds.values()))


def compiled(model, feeds):
    exe = ember.compile(model, cache=False, progress=False, threads=1)
    return [np.asarray(r) for r in exe(*feeds.values())]


def assert_same(actual, expected, atol=2e-5):
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected, strict=True):
        assert a.shape == e.shape and a.dtype == e.dtype, (a.shape, a.dtype, e.shape, e.dtype)
        np.testing.assert_allclose(a, e, rtol=1e-5, atol=atol)


# ---- the decomposition's semantics (graph-stage reference run) against onnxruntime -------------

CONFIGS = [
    dict(direction=d, lens=lens, initial=init, bias=bias)
    for d in ("forward", "reverse", "bidirectional")
    for lens in (None, [5, 2, 3], [1, 0, 4])
    for init in (False, True)
    for bias in (True, False)
]  # fmt: skip


@pytest.mark.parametrize("op", sorted(GATES))
@pytest.mark.parametrize("config", CONFIGS, ids=lambda c: "-".join(f"{k}={v}" for k, v in c.items()))
def test_directions_lengths_states(op, config):
    model, feeds = recurrent_model(op, **config)
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("op", sorted(GATES))
def test_clip(op):
    model, feeds = recurrent_model(op, direction="bidirectional", initial=True, lens=[5, 3, 1], clip=0.3)
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("input_forget", [0, 1])
@pytest.mark.parametrize("initial", [False, True])
def test_lstm_peepholes(input_forget, initial):
    model, feeds = recurrent_model("LSTM", direction="bidirectional", peepholes=True, initial=initial,
                                   lens=[3, 5, 1], input_forget=input_forget, clip=2.0)  # fmt: skip
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("before_reset", [0, 1])
@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize("initial", [False, True])
def test_gru_linear_before_reset(before_reset, bias, initial):
    model, feeds = recurrent_model("GRU", direction="bidirectional", bias=bias, initial=initial,
                                   lens=[2, 5, 4], linear_before_reset=before_reset)  # fmt: skip
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


ACTIVATIONS = ["Relu", "Tanh", "Sigmoid", "Affine", "LeakyRelu", "ThresholdedRelu", "ScaledTanh",
               "HardSigmoid", "Elu", "Softsign", "Softplus"]  # fmt: skip
TAKES = {"Affine": 2, "LeakyRelu": 1, "ThresholdedRelu": 1, "ScaledTanh": 2, "HardSigmoid": 2, "Elu": 1}


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_every_activation_with_alpha_beta(name):
    model, feeds = recurrent_model("RNN", activations=[name], activation_alpha=[0.7], activation_beta=[0.3])
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("name", ["LeakyRelu", "HardSigmoid", "Elu"])
def test_activation_defaults_match_onnxruntime(name):
    model, feeds = recurrent_model("RNN", activations=[name])
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("name, alpha, beta", [("Affine", 1.0, 0.0), ("ThresholdedRelu", 1.0, None), ("ScaledTanh", 1.0, 1.0)])
def test_activation_defaults_are_the_onnx_operators(name, alpha, beta):
    """The spec's defaults are those of the ONNX operators (onnxruntime uses 0 here): compare
    against onnxruntime given those values explicitly."""
    model, feeds = recurrent_model("RNN", activations=[name])
    explicit = {"activation_alpha": [alpha]} | ({} if beta is None else {"activation_beta": [beta]})
    spelled_out, _ = recurrent_model("RNN", activations=[name], **explicit)
    assert_same(reference(model, feeds), onnxruntime(spelled_out, feeds))


def test_alpha_beta_consumed_by_the_activations_that_take_them():
    model, feeds = recurrent_model(
        "LSTM", direction="bidirectional",
        activations=["HardSigmoid", "ScaledTanh", "Affine", "LeakyRelu", "Elu", "Softsign"],
        activation_alpha=[0.3, 0.9, 0.8, 0.2, 0.5], activation_beta=[0.4, 1.2, 0.1],
    )  # fmt: skip
    assert_same(reference(model, feeds), onnxruntime(model, feeds))
    model, feeds = recurrent_model(
        "GRU", direction="bidirectional", activations=["hardsigmoid", "scaledtanh", "Sigmoid", "ThresholdedRelu"],
        activation_alpha=[0.3, 0.9, 0.1], activation_beta=[0.4, 1.2],
    )  # fmt: skip
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("outputs", [["Y"], ["", "Y_h"], ["", "", "Y_c"], ["Y", "", "Y_c"]])
def test_any_subset_of_outputs(outputs):
    model, feeds = recurrent_model("LSTM", direction="reverse", lens=[5, 2, 3], outputs=outputs)
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("opset", [7, 14])
@pytest.mark.parametrize("op", sorted(GATES))
def test_older_opsets(op, opset):
    model, feeds = recurrent_model(op, opset=opset, initial=True, lens=[1, 5, 3])
    assert_same(reference(model, feeds), onnxruntime(model, feeds))


@pytest.mark.parametrize("op", sorted(GATES))
def test_layout_1(op):
    """Batch-major X / Y / states: onnx's reference evaluator, and onnxruntime on the same
    node in layout 0 with the inputs and outputs transposed."""
    from onnx.reference import ReferenceEvaluator

    extra = {"linear_before_reset": 1} if op == "GRU" else {}
    model, feeds = recurrent_model(op, direction="bidirectional", layout=1, initial=True, **extra)
    ours = reference(model, feeds)
    assert_same(ours, ReferenceEvaluator(model).run(None, feeds))

    lens = [4, 1, 5]
    model, feeds = recurrent_model(op, direction="bidirectional", layout=1, initial=True, lens=lens, **extra)
    seq_major, _ = recurrent_model(op, direction="bidirectional", initial=True, lens=lens, **extra)
    swapped = {k: (v.transpose(1, 0, 2) if v.ndim == 3 else v) for k, v in feeds.items()}
    expected = onnxruntime(seq_major, swapped)
    expected = [expected[0].transpose(2, 0, 1, 3)] + [s.transpose(1, 0, 2) for s in expected[1:]]
    assert_same(reference(model, feeds), expected)


# ---- compiled (native code), every input at call time --------------------------------------------

COMPILED = [
    ("LSTM", dict(direction="bidirectional", lens=[5, 2, 0], initial=True, peepholes=True, clip=1.5)),
    ("LSTM", dict(direction="reverse", layout=1, outputs=["", "Y_h", "Y_c"])),
    ("GRU", dict(direction="bidirectional", lens=[3, 5, 1], initial=True, linear_before_reset=1)),
    ("GRU", dict(direction="forward", lens=[3, 5, 1], bias=False, activations=["HardSigmoid", "Softsign"])),
    ("RNN", dict(direction="bidirectional", lens=[2, 4, 5], initial=True, activations=["Relu", "ScaledTanh"],
                 activation_alpha=[0.8], activation_beta=[1.1])),
]  # fmt: skip


@pytest.mark.parametrize("op, config", COMPILED, ids=[f"{op}-{i}" for i, (op, _) in enumerate(COMPILED)])
def test_compiled_matches_reference_run(op, config):
    """The compiled code equals the graph-stage reference run (itself checked against
    onnxruntime above), with sequence_lens and the initial states as call-time inputs."""
    model, feeds = recurrent_model(op, **config)
    assert_same(compiled(model, feeds), reference(model, feeds), atol=1e-5)


def test_compiled_matches_onnxruntime():
    model, feeds = recurrent_model("LSTM", seq=8, batch=2, width=5, hidden=7, direction="bidirectional",
                                   lens=[8, 3], initial=True, peepholes=True)  # fmt: skip
    assert_same(compiled(model, feeds), onnxruntime(model, feeds))


# ---- ONNX's node test cases, compiled ---------------------------------------------------------

RUNNER = Path(__file__).resolve().parents[2] / "scripts" / "onnx_conformance_cases.py"


def _load_runner():
    """The case runner lives with the scripts (not an installed module): import it by path."""
    if "onnx_conformance_cases" in sys.modules:
        return sys.modules["onnx_conformance_cases"]
    spec = importlib.util.spec_from_file_location("onnx_conformance_cases", RUNNER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


NODE_CASES = [
    "test_gru_batchwise", "test_gru_bidirectional", "test_gru_defaults", "test_gru_reverse",
    "test_gru_seq_length", "test_gru_with_initial_bias", "test_lstm_batchwise",
    "test_lstm_bidirectional", "test_lstm_defaults", "test_lstm_reverse",
    "test_lstm_with_initial_bias", "test_lstm_with_peepholes", "test_rnn_seq_length",
    "test_simple_rnn_batchwise", "test_simple_rnn_bidirectional", "test_simple_rnn_defaults",
    "test_simple_rnn_reverse", "test_simple_rnn_with_initial_bias",
]  # fmt: skip


@pytest.fixture(scope="module")
def node_cases():
    return _load_runner().collect_cases()


@pytest.mark.parametrize("name", NODE_CASES)
def test_onnx_node_case_compiled(node_cases, name):
    runner = _load_runner()
    if name not in node_cases:
        pytest.skip(f"{name} is not in this onnx version")
    result = runner.run_case(node_cases[name], lambda module, inputs: compiled_module(module, inputs), node_cases)
    assert result.status == runner.PASSED, result.message


def compiled_module(module, inputs):
    return [np.asarray(r) for r in ember.compile(module, cache=False, progress=False, threads=1)(*inputs)]


# ---- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize("attrs, message", [
    ({"activations": ["Gelu"]}, "activation 'Gelu'"),
    ({"activations": ["Tanh", "Tanh"]}, "attribute 'activations' has 2 names, expected 1"),
    ({"direction": "sideways"}, "attribute 'direction' is 'sideways'"),
    ({"layout": 2}, "attribute 'layout' is 2"),
    ({"hidden_size": 5}, "W has shape (1, 6, 4)"),
])  # fmt: skip
def test_bad_attributes_name_the_node(attrs, message):
    model, _ = recurrent_model("RNN", hidden=6)
    node = model.graph.node[0]
    kept = [a for a in node.attribute if a.name not in attrs]
    del node.attribute[:]
    node.attribute.extend([*kept, *(helper.make_attribute(k, v) for k, v in attrs.items())])
    with pytest.raises(EmberError) as error:
        ember.import_onnx(model)
    text = str(error.value)
    assert "node 'rec' (RNN)" in text and message in text and "\n" not in text


def test_dynamic_sequence_length_is_one_located_error():
    """The importer only makes static dims today; a dynamic one (when dynamic shapes arrive)
    must stop the unrolling with one line naming the node."""
    from xdsl.dialects.builtin import TensorType, f32
    from xdsl.ir import Block

    from ember.frontend.onnx.builder import GraphBuilder, NodeContext
    from ember.frontend.onnx.converters import find_converter

    block = Block(arg_types=[TensorType(f32, [-1, 3, 4]), TensorType(f32, [1, 8, 4]), TensorType(f32, [1, 8, 2])])
    node = helper.make_node("LSTM", ["X", "W", "R"], ["Y"], name="enc", hidden_size=2)
    with pytest.raises(EmberError, match=r"^node 'enc' \(LSTM\): X has a dynamic sequence length dim; .*static$"):
        find_converter("LSTM", 22)(NodeContext(node, list(block.args), 22, GraphBuilder(block)))


@pytest.mark.parametrize("dtype, atol", [(np.float64, 1e-12), (np.float16, 4e-3)])
@pytest.mark.parametrize("op", sorted(GATES))
def test_other_float_types_compiled(op, dtype, atol):
    """double and float16 layers, compiled, against onnx's reference evaluator."""
    from onnx.reference import ReferenceEvaluator

    model, feeds = recurrent_model(op, direction="bidirectional")
    elem = helper.np_dtype_to_tensor_dtype(np.dtype(dtype))
    for tensor in model.graph.initializer:
        tensor.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(tensor).astype(dtype), tensor.name))
    for value in (*model.graph.input, *model.graph.output):
        value.type.tensor_type.elem_type = elem
    feeds = {k: v.astype(dtype) for k, v in feeds.items()}
    expected = ReferenceEvaluator(model).run(None, feeds)
    assert_same(compiled(model, feeds), expected, atol=atol)


@pytest.mark.parametrize("lens, masked", [([5, 5, 5], False), ([5, 2, 0], True)])
def test_constant_sequence_lens(lens, masked):
    """sequence_lens as an initializer: all-full lengths build no mask at all."""
    model, feeds = recurrent_model("GRU", direction="bidirectional", lens=lens, initial=True)
    expected = onnxruntime(model, feeds)
    lengths = feeds.pop("sequence_lens")
    graph = model.graph
    kept = [i for i in graph.input if i.name != "sequence_lens"]
    del graph.input[:]
    graph.input.extend(kept)
    graph.initializer.append(numpy_helper.from_array(lengths, "sequence_lens"))
    module = ember.import_onnx(model)
    assert any(op.name == "graph.where" for op in module.walk()) == masked
    assert_same(run_reference(module, list(feeds.values())), expected)
    assert_same(compiled(model, feeds), expected)


@pytest.mark.parametrize("given", ["initial_h", "initial_c"])
def test_lstm_one_initial_state(given):
    """Only one of initial_h / initial_c given: the other starts at zero."""
    model, feeds = recurrent_model("LSTM", direction="bidirectional", initial=True, peepholes=True, lens=[4, 1, 5])
    node = model.graph.node[0]
    dropped = "initial_c" if given == "initial_h" else "initial_h"
    node.input[list(node.input).index(dropped)] = ""
    kept = [i for i in model.graph.input if i.name != dropped]
    del model.graph.input[:]
    model.graph.input.extend(kept)
    feeds.pop(dropped)
    assert_same(reference(model, feeds), onnxruntime(model, feeds))
