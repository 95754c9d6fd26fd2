"""PyTorch-exported models committed under tests/models/data/, checked without torch.

``scripts/export_torch_models.py`` wrote each ``<name>.onnx`` (legacy TorchScript exporter, opset
17, seeded weights, eval mode) with its seeded input ``<name>.input.npy`` and PyTorch's output
``<name>.torch_out.npy``. Here ember imports each model, runs the reference interpreter on the
printed-and-reparsed module and compiles it to native code (``ember.compile``); both results must
match onnxruntime and the stored PyTorch output. All four compile in a few seconds, so none is
marked slow: CI runs a transformer encoder layer and a residual CNN end to end.

Measured (max |ours - theirs|, all four models, reference and compiled, vs onnxruntime and torch):
at most 7.2e-7 absolute, so rtol=1e-4/atol=1e-5 leaves more than 10x margin.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import ember
from ember.context import make_context
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module, verify_module

DATA = Path(__file__).resolve().parent / "data"
NAMES = ["mlp_gelu_layernorm", "resnet_blocks_batchnorm", "transformer_encoder_layer",
         "mobilenet_depthwise_block"]  # fmt: skip
RTOL, ATOL = 1e-4, 1e-5


def load(name: str) -> tuple[str, np.ndarray, np.ndarray]:
    """(ONNX path, input, PyTorch's output) of committed model ``name``."""
    x = np.load(DATA / f"{name}.input.npy")
    from_torch = np.load(DATA / f"{name}.torch_out.npy")
    return str(DATA / f"{name}.onnx"), x, from_torch


def run_onnxruntime(path: str, x: np.ndarray) -> np.ndarray:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    (out,) = session.run(None, {"x": x})
    return out


def check_matches(ours: np.ndarray, from_ort: np.ndarray, from_torch: np.ndarray) -> None:
    assert ours.shape == from_ort.shape == from_torch.shape
    assert ours.dtype == np.float32
    np.testing.assert_allclose(ours, from_ort, rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(ours, from_torch, rtol=RTOL, atol=ATOL)


def test_data_directory_holds_exactly_the_exported_models():
    expected = {
        f"{n}{suffix}" for n in NAMES for suffix in (".onnx", ".input.npy", ".torch_out.npy")
    }
    assert {p.name for p in DATA.iterdir()} == expected
    for name in NAMES:
        # keep the repository small: regenerate with smaller dims rather than grow these
        assert (DATA / f"{name}.onnx").stat().st_size < 300_000


@pytest.mark.parametrize("name", NAMES)
def test_stored_files_are_consistent(name):
    """onnxruntime on the committed ONNX file reproduces the committed PyTorch output."""
    path, x, from_torch = load(name)
    assert x.dtype == np.float32 and from_torch.dtype == np.float32
    np.testing.assert_allclose(run_onnxruntime(path, x), from_torch, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize("name", NAMES)
def test_reference_run_matches_onnxruntime_and_torch(name):
    path, x, from_torch = load(name)
    module = ember.import_onnx(path)
    text = print_module(module, ctx=make_context(), debuginfo=True)
    module, sources = parse_module(make_context(), text, path)
    verify_module(module, sources)
    (ours,) = run_reference(module, [x])
    check_matches(ours, run_onnxruntime(path, x), from_torch)


@pytest.mark.parametrize("name", NAMES)
def test_compiled_matches_onnxruntime_and_torch(name):
    path, x, from_torch = load(name)
    executable = ember.compile(path)
    (ours,) = executable(x)
    check_matches(np.asarray(ours), run_onnxruntime(path, x), from_torch)
