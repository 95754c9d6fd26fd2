"""PyTorch recurrent models exported with ``torch.onnx.export(..., dynamo=True)`` (static shapes,
opset 18): a 2-layer bidirectional batch-first ``nn.LSTM`` and ``nn.GRU`` (exported as ONNX
LSTM / GRU nodes) and ``nn.RNN`` with tanh and relu (which the exporter decomposes into
MatMul / Add / activation ops), compiled with ember and compared with onnxruntime and eager
PyTorch. PyTorch is a test-only dependency; the tests skip without it."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import ember

torch = pytest.importorskip("torch")
pytest.importorskip("onnxscript")  # torch.onnx's dynamo exporter needs it


class Recurrent(torch.nn.Module):
    """The recurrent layer, then a linear head on its output sequence; returns (head, h_n)."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        options = {"num_layers": 2, "batch_first": True}
        if kind == "lstm":
            self.rnn = torch.nn.LSTM(6, 8, bidirectional=True, **options)
        elif kind == "gru":
            self.rnn = torch.nn.GRU(6, 8, bidirectional=True, **options)
        else:
            self.rnn = torch.nn.RNN(6, 8, nonlinearity=kind, **options)
        self.head = torch.nn.Linear(16 if kind in ("lstm", "gru") else 8, 3)

    def forward(self, x):  # noqa: ANN201, ANN001
        out, state = self.rnn(x)
        h_n = state[0] if isinstance(state, tuple) else state
        return self.head(out), h_n


def export(kind: str):
    torch.manual_seed(0)
    model = Recurrent(kind).eval()
    x = torch.randn(3, 5, 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        program = torch.onnx.export(model, (x,), dynamo=True, opset_version=18, dynamic_shapes=None, verbose=False)
    with torch.no_grad():
        eager = [t.numpy() for t in model(x)]
    return program.model_proto, x.numpy(), eager


@pytest.mark.parametrize("kind, node", [("lstm", "LSTM"), ("gru", "GRU"), ("tanh", None), ("relu", None)])
def test_torch_recurrent_compiled_matches_onnxruntime_and_torch(kind, node):
    import onnxruntime as ort

    proto, x, eager = export(kind)
    if node is not None:
        assert node in {n.op_type for n in proto.graph.node}
    exe = ember.compile(proto, cache=False, progress=False, threads=1)
    ours = [np.asarray(r) for r in exe(x)]
    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(proto.SerializeToString(), options, providers=["CPUExecutionProvider"])
    theirs = session.run(None, {proto.graph.input[0].name: x})
    for a, e, t in zip(ours, theirs, eager, strict=True):
        np.testing.assert_allclose(a, e, rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(a, t, rtol=1e-4, atol=1e-5)
