"""Models exported from PyTorch (legacy TorchScript exporter) import and the reference run
matches onnxruntime and PyTorch: an MLP with GELU and LayerNorm, a small residual CNN with
batch-norm, a transformer encoder layer and a MobileNet-style depthwise-separable block.
The models are defined in ``torch_model_defs.py`` (shared with ``scripts/export_torch_models.py``,
which writes the committed copies that ``test_exported_models.py`` checks without torch).
PyTorch is a test-only dependency; the tests skip without it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import ember
from ember.context import make_context
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

pytest.importorskip("torch")

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


@pytest.mark.parametrize("name", list(defs.MODELS))
def test_torch_model_matches_onnxruntime_and_torch(name, tmp_path):
    import onnxruntime as ort

    path = str(tmp_path / f"{name}.onnx")
    x, from_torch = defs.export(name, path)
    module = ember.import_onnx(path)
    text = print_module(module, ctx=make_context(), debuginfo=True)
    module, _ = parse_module(make_context(), text, path)
    (ours,) = run_reference(module, [x])
    options = ort.SessionOptions()
    options.log_severity_level = 3
    (from_ort,) = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"]).run(
        None, {"x": x}
    )
    np.testing.assert_allclose(ours, from_ort, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(ours, from_torch, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("name", list(defs.MODELS))
def test_committed_export_matches_model_definitions(name):
    """tests/models/data/ is up to date: the committed input is the seeded input, and the
    committed PyTorch output is what the current definition computes on it (otherwise re-run
    scripts/export_torch_models.py)."""
    model, x = defs.build(name)
    np.testing.assert_array_equal(np.load(HERE / "data" / f"{name}.input.npy"), x)
    np.testing.assert_allclose(
        np.load(HERE / "data" / f"{name}.torch_out.npy"),
        defs.run_torch(model, x),
        rtol=1e-5,
        atol=1e-6,
    )
