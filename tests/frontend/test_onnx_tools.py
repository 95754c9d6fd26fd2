"""ember-import and ember-run on a real model: import, re-parse with ember-opt, reference run."""

import math
import os
import subprocess
import sys

import numpy as np
import onnx
from onnx import numpy_helper

LIGHT = os.path.join(os.path.dirname(onnx.__file__), "backend", "test", "data", "light")
SQUEEZENET = os.path.join(LIGHT, "light_squeezenet.onnx")


def tool(name, *args):
    return subprocess.run([sys.executable, "-m", f"ember.tools.{name}", *args], capture_output=True, text=True)


def test_ember_import_output_reparses_with_ember_opt(tmp_path):
    out = tmp_path / "squeezenet.mlir"
    result = tool("ember_import", SQUEEZENET, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert 'loc("conv1")' in text or "loc(" in text
    assert "dialect_resources" in text and text.count("graph.conv ") == 26
    reparsed = tool("ember_opt", str(out))
    assert reparsed.returncode == 0, reparsed.stderr
    assert reparsed.stdout.count("graph.conv ") == 26


def test_ember_run_reference_onnx_and_mlir(tmp_path):
    shape = (1, 3, 224, 224)
    x = (np.arange(math.prod(shape)).reshape(shape) / math.prod(shape)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    expected = numpy_helper.to_array(onnx.load_tensor(os.path.join(LIGHT, "light_squeezenet_output_0.pb")))
    result = tool("ember_run", "--reference", SQUEEZENET, "--input", f"data_0={tmp_path / 'x.npy'}", "--output", str(tmp_path / "out.npz"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("softmaxout_1: tensor<1x1000x1x1> float32")
    np.testing.assert_allclose(np.load(tmp_path / "out.npz")["softmaxout_1"], expected, rtol=1e-3, atol=1e-5)
    mlir = tmp_path / "m.mlir"
    assert tool("ember_import", SQUEEZENET, "-o", str(mlir)).returncode == 0
    result = tool("ember_run", "--reference", str(mlir), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "o2.npz"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("softmaxout_1: tensor<1x1000x1x1> float32")  # the .onnx's names
    np.testing.assert_allclose(np.load(tmp_path / "o2.npz")["softmaxout_1"], expected, rtol=1e-3, atol=1e-5)


def test_ember_run_errors(tmp_path):
    result = tool("ember_run", "--reference", SQUEEZENET)
    assert result.returncode == 1 and "missing input 'data_0'" in result.stderr and "Traceback" not in result.stderr
    np.save(tmp_path / "bad.npy", np.zeros((1, 3, 10, 10), np.float32))
    result = tool("ember_run", "--reference", SQUEEZENET, "--input", f"data_0={tmp_path / 'bad.npy'}")
    assert result.returncode == 1 and "input #0 has shape (1, 3, 10, 10)" in result.stderr
    result = tool("ember_run", "--reference", SQUEEZENET, "--input", f"nope={tmp_path / 'bad.npy'}")
    assert result.returncode == 1 and "--input nope: no such input (inputs: data_0)" in result.stderr


def test_conformance_script_prints_per_op_and_total(tmp_path):
    script = os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "onnx_conformance.py")
    result = subprocess.run(
        [sys.executable, script, "--filter", "^test_(relu|abs|string_concat)$", "--jobs", "1",
         "--show", "unsupported", "--json", str(tmp_path / "r.json")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.split()[:4] == ["Relu", "1", "0", "0"] for line in lines)
    assert any(line.split()[:4] == ["StringConcat", "0", "0", "1"] for line in lines)
    assert any(line.startswith("TOTAL (3 cases, 3 op types)") and line.split()[-3:] == ["2", "0", "1"] for line in lines)
    assert any(line.startswith("unsupported test_string_concat") for line in lines)
