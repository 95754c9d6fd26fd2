"""Upstream compatibility: every stage ember prints after the graph stage parses back in ember and
is accepted by ``mlir-opt-22`` (parse + verify); the llvm stage translates with
``mlir-translate-22``.

Skipped with a reason when the MLIR 22 tools are not installed (``apt install mlir-22-tools``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import onnx
import pytest

import ember
from ember.context import make_context
from ember.registry import build_pipeline
from ember.textual import parse_module, print_module

MLIR_OPT = shutil.which("mlir-opt-22")
MLIR_TRANSLATE = shutil.which("mlir-translate-22")
pytestmark = pytest.mark.skipif(
    MLIR_OPT is None or MLIR_TRANSLATE is None,
    reason="mlir-opt-22 / mlir-translate-22 not installed (apt install mlir-22-tools)",
)

ROOT = Path(__file__).resolve().parent.parent
LIGHT_DIR = Path(onnx.__file__).parent / "backend" / "test" / "data" / "light"
STAGE_PASSES = {
    "convert-graph-to-linalg": "tensor",
    "bufferize": "memref",
    "convert-linalg-to-loops": "loop",
    "convert-scf-to-cf": "cf",
    "reconcile-unrealized-casts": "llvm",
}

LOOP_STAGE = """
func.func @main(%x: memref<4x8xf32>, %out: memref<4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  scf.for %i = %c0 to %c4 step %c1 {
    %s = scf.for %j = %c0 to %c8 step %c1 iter_args(%acc = %zero) -> (f32) {
      %v = memref.load %x[%i, %j] : memref<4x8xf32>
      %e = math.exp %v : f32
      %t = math.erf %e : f32
      %n = arith.addf %acc, %t : f32
      scf.yield %n : f32
    }
    memref.store %s, %out[%i] : memref<4xf32>
  }
  func.return
}
"""


def stages(module, spec: str) -> dict[str, str]:
    """The module printed after each stage-producing pass of ``spec``."""
    ctx = make_context()
    printed: dict[str, str] = {}
    for p in build_pipeline(spec).passes:
        p.apply(ctx, module)
        if p.name in STAGE_PASSES:
            printed[STAGE_PASSES[p.name]] = print_module(module, ctx=ctx)
    return printed


def run_tool(tool: str, args: list[str], text: str, tmp_path: Path, stage: str) -> str:
    source = tmp_path / f"{stage}.mlir"
    source.write_text(text)
    done = subprocess.run([tool, *args, str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{os.path.basename(tool)} rejected the {stage} stage ({source}):\n{done.stderr[:3000]}"
    return done.stdout


def check_all_stages(printed: dict[str, str], tmp_path: Path) -> None:
    assert "llvm" in printed
    for stage, text in printed.items():
        reparsed, _ = parse_module(make_context(), text, f"{stage}.mlir")  # ember reads it back
        reparsed.verify()
        run_tool(MLIR_OPT, [], text, tmp_path, stage)
    llvm_ir = run_tool(MLIR_TRANSLATE, ["--mlir-to-llvmir"], printed["llvm"], tmp_path, "llvm-translate")
    assert "define void @main(" in llvm_ir


def test_loop_stage_ir(tmp_path):

    module, _ = parse_module(make_context(), LOOP_STAGE, "loop.mlir")
    check_all_stages(stages(module, "loops-to-llvm"), tmp_path)


def _graph_module(path: Path):

    module, _ = parse_module(make_context(), path.read_text(), str(path))
    return module


def test_mlp_example_every_stage(tmp_path):
    printed = stages(_graph_module(ROOT / "examples" / "mlp.mlir"), "lower-to-llvm")
    assert {"tensor", "memref", "loop", "llvm"} <= set(printed)
    check_all_stages(printed, tmp_path)


@pytest.mark.parametrize(
    "name",
    [
        "squeezenet",
        pytest.param("shufflenet", marks=pytest.mark.slow),
        pytest.param("inception_v1", marks=pytest.mark.slow),
        pytest.param("resnet50", marks=pytest.mark.slow),
        pytest.param("inception_v2", marks=pytest.mark.slow),
        pytest.param("densenet121", marks=pytest.mark.slow),
        pytest.param("bvlc_alexnet", marks=pytest.mark.slow),
        pytest.param("zfnet512", marks=pytest.mark.slow),
        pytest.param("vgg19", marks=pytest.mark.slow),
    ],
)
def test_light_model_every_stage(name, tmp_path):
    module = ember.import_onnx(str(LIGHT_DIR / f"light_{name}.onnx"))
    printed = stages(module, "lower-to-llvm")
    check_all_stages(printed, tmp_path)
