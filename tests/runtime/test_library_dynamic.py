"""An exported library of a model with sizes known only at run time carries the symbolic signature:
``ember.load`` runs it at any size (bit for bit the JIT's results, checked against onnxruntime),
the C header names the sizes, their ranges and each tensor's shape as a function of them, the run
functions take the sizes and refuse ones outside the declared range, and the deployment example
``examples/deploy/main.c`` binds the sizes from its ``.npy`` inputs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

import ember
from ember.diagnostics import RuntimeCallError
from ember.runtime.library_sizes import c_expression
from ember.symbolic import parse_dim
from ember.tools.cli import run_tool
from ember.tools.ember_compile import _main as compile_main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "models" / "data_dynamic"
MAIN_C = ROOT / "examples" / "deploy" / "main.c"
RNG = np.random.default_rng(20261128)

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="cc not installed (Debian: apt-get install gcc)")


@pytest.fixture(scope="module")
def cnn(tmp_path_factory: pytest.TempPathFactory) -> tuple[ember.Executable, Path]:
    """The dynamic-batch CNN, compiled once and exported as ``model.so``."""
    directory = tmp_path_factory.mktemp("dynamic")
    exe = ember.compile(str(DATA / "cnn_dynamic.onnx"), threads=1, cache=False)
    exe.export(str(directory / "model.so"))
    return exe, directory / "model.so"


def images(batch: int) -> np.ndarray:
    return RNG.standard_normal((batch, 3, 32, 32)).astype(np.float32)


@needs_cc
def test_loaded_dynamic_library_runs_every_batch_like_the_jit_and_onnxruntime(cnn):
    import onnxruntime as ort

    exe, library = cnn
    loaded = ember.load(str(library))
    assert [s.describe() for s in loaded.inputs] == ["shape (batch, 3, 32, 32) float32"]
    session = ort.InferenceSession(str(DATA / "cnn_dynamic.onnx"), providers=["CPUExecutionProvider"])
    for batch in (1, 2, 7):
        x = images(batch)
        got = loaded(x)[0]
        assert got.shape == (batch, 10)
        assert np.array_equal(got, exe(x)[0])  # the same machine code
        np.testing.assert_allclose(got, session.run(None, {"x": x})[0], rtol=1e-4, atol=1e-5)
    with pytest.raises(RuntimeCallError, match=r"input 'x' has shape \(2, 3, 31, 32\)"):
        loaded(np.zeros((2, 3, 31, 32), np.float32))


@needs_cc
def test_header_states_the_symbolic_signature(cnn):
    header = (cnn[1].parent / "model.h").read_text()
    for line in (
        "#define MODEL_NUM_SYMBOLS 1",
        '#define MODEL_SYMBOL_NAMES {"batch"}',
        "#define MODEL_SYMBOL_MIN {1}",
        "#define MODEL_INPUT0_SHAPE {-1, 3, 32, 32}",
        '#define MODEL_INPUT0_DIMS "(batch, 3, 32, 32)"',
        "int model_run(const model_input0_t *x, model_output0_t *linear, int64_t batch, void *arena);",
        "int model_run_v(const void *const *inputs, void *const *outputs, const int64_t *symbols, void *arena);",
        "static inline int model_bind_sizes(const int64_t *const *input_shapes, int64_t *symbols) {",
    ):
        assert line in header
    assert "MODEL_INPUT0_BYTES" not in header and "MODEL_INPUT_BYTES" not in header  # not constants here


C_CALLER = r"""
#include <stdio.h>
#include <stdlib.h>
#include "model.h"
/* Calls model_run directly: argv[1] = the batch to declare, argv[2] = the batch the buffers hold. */
int main(int argc, char **argv) {
  int64_t batch = atoll(argv[1]), held = atoll(argv[2]), symbols[1] = {held}, shape[2];
  float *x = calloc((size_t)model_input_bytes(0, symbols), 1), *y = malloc(model_output_bytes(0, symbols));
  int status = model_check(MODEL_ABI_VERSION);
  if (status == MODEL_OK) status = model_run(x, y, batch, NULL);
  if (model_output_shape(0, symbols, shape) != 2 || shape[0] != held || shape[1] != 10) return 3;
  printf("%s\n", model_strerror(status));
  return status != MODEL_OK;
}
"""


@needs_cc
def test_run_function_checks_the_sizes_against_the_declared_range(tmp_path):
    library = tmp_path / "model.so"
    model = str(DATA / "cnn_dynamic.onnx")
    assert run_tool(compile_main, [model, "-o", str(library), "--dynamic-dim", "batch=1:4"]) == 0
    (tmp_path / "caller.c").write_text(C_CALLER)
    program = tmp_path / "caller"
    subprocess.run(["cc", "-O2", "-Wall", "-Werror", str(tmp_path / "caller.c"), "-I", str(tmp_path), str(library),
                    "-Wl,-rpath," + str(tmp_path), "-o", str(program)], check=True, capture_output=True, text=True)  # fmt: skip
    ok = subprocess.run([str(program), "3", "3"], capture_output=True, text=True, check=False)
    assert (ok.returncode, ok.stdout.strip()) == (0, "success")
    for batch in ("0", "5"):  # below 1, above the declared 4: refused before any code runs
        refused = subprocess.run([str(program), batch, "3"], capture_output=True, text=True, check=False)
        assert refused.returncode == 1
        assert refused.stdout.strip() == "a run-time size is outside the range the model was compiled for"
    loaded = ember.load(str(library))
    assert loaded(images(4))[0].shape == (4, 10)
    with pytest.raises(RuntimeCallError, match=r"\(batch\) is 5, outside the declared range \[1, 4\]"):
        loaded(images(5))


@needs_cc
def test_c_example_binds_the_sizes_from_its_npy_inputs(cnn, tmp_path):
    exe, library = cnn
    shutil.copy(library, tmp_path / "model.so")
    shutil.copy(library.parent / "model.h", tmp_path / "model.h")
    program = tmp_path / "run_model"
    subprocess.run(["cc", "-O2", "-Wall", "-Wextra", "-Werror", str(MAIN_C), "-I", str(tmp_path), "-o", str(program), "-ldl"],
                   check=True, capture_output=True, text=True)  # fmt: skip
    for batch in (1, 3):
        x = images(batch)
        np.save(tmp_path / "x.npy", x)
        result = subprocess.run([str(program), "-o", str(tmp_path), str(tmp_path / "x.npy")], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert np.array_equal(np.load(tmp_path / "linear.npy"), exe(x)[0])
    np.save(tmp_path / "bad.npy", np.zeros((2, 3, 31, 32), np.float32))
    result = subprocess.run([str(program), str(tmp_path / "bad.npy")], capture_output=True, text=True, check=False)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "the inputs' shapes do not fit the model" in result.stderr


def test_no_heap_build_of_a_dynamic_model_is_one_line(tmp_path, capsys):
    status = run_tool(compile_main, [str(DATA / "cnn_dynamic.onnx"), "-o", str(tmp_path / "model.o"), "--no-heap"])
    err = capsys.readouterr().err.strip()
    assert status == 1 and len(err.splitlines()) == 1
    assert "a no-heap build needs fixed sizes, but 'x' shape (batch, 3, 32, 32) float32" in err


@needs_cc
def test_c_expressions_of_sizes_evaluate_like_the_symbolic_ones(tmp_path):
    dims = [parse_dim(t) for t in ("batch*seq*768", "(h + -1) // 2 + 1", "2*batch - 1", "(h*w + 3) // 4 * c", "seq")]
    names = {"batch": "batch", "seq": "seq", "h": "h", "w": "w", "c": "c"}
    values = [dict(batch=b, seq=s, h=h, w=w, c=c) for b, s, h, w, c in ((1, 1, 1, 1, 1), (3, 17, 224, 7, 5), (64, 512, 33, 2, 3))]
    body = "\n".join(
        f'  {{ int64_t batch = {v["batch"]}, seq = {v["seq"]}, h = {v["h"]}, w = {v["w"]}, c = {v["c"]};'
        f" (void)batch; (void)seq; (void)h; (void)w; (void)c;"
        + "".join(f' printf("%lld\\n", (long long){c_expression(d, names)});' for d in dims) + " }"
        for v in values
    )
    (tmp_path / "sizes.c").write_text(f"#include <stdio.h>\n#include <stdint.h>\nint main(void) {{\n{body}\n  return 0;\n}}\n")
    subprocess.run(["cc", "-Wall", "-Werror", str(tmp_path / "sizes.c"), "-o", str(tmp_path / "sizes")], check=True)
    printed = subprocess.run([str(tmp_path / "sizes")], capture_output=True, text=True, check=True).stdout.split()
    assert [int(p) for p in printed] == [d.evaluate(v) for v in values for d in dims]
