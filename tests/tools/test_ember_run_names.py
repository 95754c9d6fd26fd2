"""ember-run names the results of a model's .onnx and of its imported .mlir alike (the graph's
output names, which ember-import records as ``ember.output_names``)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np


def tool(name, *args):
    return subprocess.run([sys.executable, "-m", f"ember.tools.{name}", *args], capture_output=True, text=True)


def test_onnx_and_mlir_results_line_up(tiny_cnn, tmp_path):
    mlir = tmp_path / "tiny.mlir"
    assert tool("ember_import", tiny_cnn, "-o", str(mlir)).returncode == 0
    assert 'ember.output_names = ["prob"]' in mlir.read_text()
    np.save(tmp_path / "x.npy", np.ones((1, 3, 16, 16), np.float32))
    outputs = {}
    for source in (tiny_cnn, str(mlir)):
        for mode in ((), ("--reference",)):
            out = tmp_path / f"out{len(outputs)}.npz"
            result = tool("ember_run", *mode, source, "--input", str(tmp_path / "x.npy"), "--output", str(out), "--no-cache")
            assert result.returncode == 0, result.stderr
            assert result.stdout.startswith("prob: tensor<1x10> float32")
            outputs[(source, mode)] = np.load(out)["prob"]
    first = next(iter(outputs.values()))
    for value in outputs.values():
        np.testing.assert_allclose(value, first, rtol=1e-5, atol=1e-6)


def test_compiled_mlir_executable_uses_declared_names(tiny_cnn, tmp_path):
    import ember

    mlir = tmp_path / "tiny.mlir"
    assert tool("ember_import", tiny_cnn, "-o", str(mlir)).returncode == 0
    assert ember.compile(str(mlir), cache=False).output_names == ["prob"]
