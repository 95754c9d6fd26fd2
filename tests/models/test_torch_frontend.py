"""PyTorch straight into ember: ``ember.from_torch`` (``torch.export`` + PyTorch's ONNX exporter)
and ``torch.compile(model, backend="ember")`` match eager PyTorch on an MLP, a CNN, a transformer
encoder layer and an LSTM; dynamic dims compile once; graphs needing autograd, bad options and
graphs ember cannot compile behave as ``docs/pytorch.md`` says. Skips without PyTorch."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import ember
from ember.diagnostics import EmberError, ImportError_

torch = pytest.importorskip("torch")
pytest.importorskip("onnxscript")

HERE = Path(__file__).resolve().parent


def _load_model_defs() -> ModuleType:
    """tests/ is not a package (pytest runs with --import-mode=importlib): import by path."""
    if "torch_model_defs" in sys.modules:
        return sys.modules["torch_model_defs"]
    spec = importlib.util.spec_from_file_location("torch_model_defs", HERE / "torch_model_defs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


defs = _load_model_defs()


class LstmTagger(torch.nn.Module):
    """A two-layer LSTM over a sequence with a linear head on every step."""

    def __init__(self) -> None:
        super().__init__()
        self.lstm = torch.nn.LSTM(12, 20, num_layers=2, batch_first=True)
        self.head = torch.nn.Linear(20, 5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.lstm(x)[0])


def build(name: str) -> tuple[torch.nn.Module, torch.Tensor]:
    """A seeded model in eval mode and its seeded input."""
    if name == "lstm":
        torch.manual_seed(0)
        return LstmTagger().eval(), torch.randn(2, 7, 12, generator=torch.Generator().manual_seed(1))
    model, x = defs.build(name)
    return model, torch.from_numpy(x)


MODELS = ["mlp_gelu_layernorm", "resnet_blocks_batchnorm", "transformer_encoder_layer", "lstm"]
TOLERANCE = {"rtol": 1e-4, "atol": 1e-5}


@pytest.fixture
def compile_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every model ``ember.compile`` is called with (so a test sees that ember's code ran)."""
    calls: list[object] = []
    real = ember.compile

    def counting(model: object, *args: object, **kwargs: object) -> object:
        calls.append(model)
        return real(model, *args, **kwargs)

    monkeypatch.setattr(ember, "compile", counting)
    return calls


@pytest.mark.parametrize("name", MODELS)
def test_from_torch_matches_eager(name):
    model, x = build(name)
    module = ember.from_torch(model, (x,))
    (ours,) = ember.compile(module, cache=False)(x.numpy())
    with torch.no_grad():
        expected = model(x).numpy()
    np.testing.assert_allclose(ours, expected, **TOLERANCE)


@pytest.mark.parametrize("name", MODELS)
def test_torch_compile_backend_matches_eager(name, compile_calls):
    torch._dynamo.reset()
    model, x = build(name)
    compiled = torch.compile(model, backend="ember")
    # Dynamo leaves RNN modules to eager PyTorch unless asked to capture them
    with torch.no_grad(), torch._dynamo.config.patch(allow_rnn=True):
        ours = compiled(x)
        expected = model(x)
    assert len(compile_calls) >= 1
    assert isinstance(ours, torch.Tensor) and ours.dtype == expected.dtype
    np.testing.assert_allclose(ours.numpy(), expected.numpy(), **TOLERANCE)


def test_from_torch_dynamic_batch_compiles_once():
    model, _ = build("mlp_gelu_layernorm")
    batch = torch.export.Dim("batch", min=1, max=8)
    module = ember.from_torch(model, (torch.randn(3, 16),), dynamic_shapes=({0: batch},))
    assert "batch" in str(module)
    exe = ember.compile(module, cache=False)
    for rows in (1, 5, 8):
        x = torch.randn(rows, 16)
        (ours,) = exe(x.numpy())
        with torch.no_grad():
            np.testing.assert_allclose(ours, model(x).numpy(), **TOLERANCE)
    with pytest.raises(EmberError, match="batch"):
        exe(np.zeros((9, 16), np.float32))


def test_backend_follows_dynamos_dynamic_dims(compile_calls):
    """Dynamo recompiles once with a symbolic batch after the second size; ember then compiles
    one executable for every later size."""
    torch._dynamo.reset()
    model, _ = build("transformer_encoder_layer")
    compiled = torch.compile(model, backend="ember")
    with torch.no_grad():
        for batch in (2, 3, 4, 6):
            x = torch.randn(batch, 10, 32)
            np.testing.assert_allclose(compiled(x).numpy(), model(x).numpy(), **TOLERANCE)
    assert len(compile_calls) == 2


def test_backend_several_outputs_and_inputs():
    class TwoWay(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.proj = torch.nn.Linear(6, 6)

        def forward(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            return self.proj(x) * y, (x - y).sum(dim=0)

    torch._dynamo.reset()
    model = TwoWay().eval()
    x, y = torch.randn(4, 6), torch.randn(4, 6)
    with torch.no_grad():
        first, second = torch.compile(model, backend="ember")(x, y)
        want_first, want_second = model(x, y)
    np.testing.assert_allclose(first.numpy(), want_first.numpy(), **TOLERANCE)
    np.testing.assert_allclose(second.numpy(), want_second.numpy(), **TOLERANCE)


def test_backend_runs_graphs_needing_autograd_in_eager():
    torch._dynamo.reset()
    model, x = build("mlp_gelu_layernorm")
    compiled = torch.compile(model, backend="ember")
    with pytest.warns(UserWarning, match="needs autograd"):
        out = compiled(x)
    out.sum().backward()
    assert any(p.grad is not None for p in model.parameters())


@torch.library.custom_op("embertest::odd_square", mutates_args=())
def odd_square(x: torch.Tensor) -> torch.Tensor:
    """An op PyTorch's ONNX exporter has no translation for."""
    return x * x.abs()


@odd_square.register_fake
def _(x: torch.Tensor) -> torch.Tensor:
    return torch.empty_like(x)


class UsesCustomOp(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return odd_square(x) + 1


def test_backend_reports_a_graph_it_cannot_compile():
    torch._dynamo.reset()
    compiled = torch.compile(UsesCustomOp(), backend="ember")
    with torch.no_grad(), pytest.raises(ImportError_, match="could not export .*odd_square"):
        compiled(torch.randn(3))


def test_backend_fallback_eager_option():
    torch._dynamo.reset()
    compiled = torch.compile(UsesCustomOp(), backend="ember", options={"fallback": "eager"})
    x = torch.randn(3)
    with torch.no_grad(), pytest.warns(UserWarning, match="runs in eager PyTorch"):
        out = compiled(x)
    np.testing.assert_allclose(out.numpy(), (x * x.abs() + 1).numpy())


def test_backend_rejects_unknown_options():
    torch._dynamo.reset()
    compiled = torch.compile(torch.nn.ReLU(), backend="ember", options={"thread": 2})
    with pytest.raises(Exception, match="no option 'thread'"):
        compiled(torch.randn(3))


def test_backend_options_reach_compile(compile_calls, monkeypatch):
    seen: dict[str, object] = {}
    real = ember.compile

    def recording(model: object, *args: object, **kwargs: object) -> object:
        seen.update(kwargs)
        return real(model, *args, **kwargs)

    monkeypatch.setattr(ember, "compile", recording)
    torch._dynamo.reset()
    model, x = build("mlp_gelu_layernorm")
    compiled = torch.compile(model, backend="ember", options={"threads": 1, "cache": False})
    with torch.no_grad():
        np.testing.assert_allclose(compiled(x).numpy(), model(x).numpy(), **TOLERANCE)
    assert seen["threads"] == 1 and seen["cache"] is False


def test_from_torch_export_failure_is_one_line():
    with pytest.raises(ImportError_) as error:
        ember.from_torch(UsesCustomOp(), (torch.randn(3),))
    assert "\n" not in str(error.value) and "UsesCustomOp" in str(error.value)


def test_from_torch_without_torch_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(ImportError_, match=r"pip install ember\[torch\]"):
        ember.from_torch(object(), ())


def test_backend_keeps_float64():
    class AddOne(torch.nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x + 1

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch._dynamo.reset()
        compiled = torch.compile(AddOne(), backend="ember")
        with torch.no_grad():
            out = compiled(torch.ones(2, dtype=torch.float64))
    assert out.dtype == torch.float64
    np.testing.assert_array_equal(out.numpy(), [2.0, 2.0])
