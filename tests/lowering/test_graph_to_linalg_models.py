"""The light ONNX models (random weights, softmax input exposed) through the lowering: the memref
stage, run by the stage interpreter, reproduces the graph stage, and every stage is accepted by
upstream mlir-opt-22."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import onnx
import pytest

import ember
from ember.context import make_context
from ember.frontend.onnx.light_models import backend_inputs, light_model_path, with_random_weights
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.runtime.reference import run_reference
from ember.textual import print_module


@pytest.mark.slow
@pytest.mark.parametrize("name", ["squeezenet", "shufflenet"])
def test_light_model_memref_stage_matches_graph_stage(name: str) -> None:
    model = with_random_weights(onnx.load(light_model_path(name)))
    inputs = backend_inputs(model)
    module = ember.import_onnx(model)
    want = run_reference(module, inputs)
    build_pipeline("convert-graph-to-linalg,bufferize").apply(make_context(), module)
    got = run_stage(module, inputs)
    assert len(got) == len(want) == 2
    for g, w in zip(got, want, strict=True):
        scale = float(np.abs(w).max())
        np.testing.assert_allclose(g, w, rtol=1e-3, atol=1e-5 * max(scale, 1.0))
    assert np.std(want[1]) > 1e-3


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("mlir-opt-22") is None, reason="mlir-opt-22 (mlir-22-tools) is not installed")
@pytest.mark.parametrize("name", ["squeezenet", "shufflenet", "inception_v1"])
def test_light_model_stages_are_upstream_mlir(name: str) -> None:
    """Tensor, memref, loop and cf stages of a light model parse and verify in mlir-opt-22. The cf
    stage is the one ``lower-to-llvm`` reaches: parallel loops become OpenMP calls first (xDSL's
    ``convert-scf-to-cf`` alone would leave an ``scf.parallel`` with a multi-block body)."""
    model = with_random_weights(onnx.load(light_model_path(name)))
    cf_stage = "lower-to-loops,scf-outline-loop-nests,convert-scf-parallel-to-openmp,convert-scf-to-cf"
    for stage in ("convert-graph-to-linalg", "convert-graph-to-linalg,bufferize", "lower-to-loops", cf_stage):
        ctx = make_context()
        module = ember.import_onnx(model)
        build_pipeline(stage).apply(ctx, module)
        text = print_module(module, ctx=ctx)
        done = subprocess.run(["mlir-opt-22", "-"], input=text, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{name} after {stage}: {done.stderr[:2000]}"
