"""``ember-compile`` end to end through the C example (``examples/deploy/main.c``): build the
library (or no-heap object) for a target, link the example with that target's C compiler, run it
(under qemu-user for AArch64, RISC-V and Thumb-2 Linux) and compare its ``.npy`` outputs with
onnxruntime on the host; link the Cortex-M object against a minimal startup. Tests skip, naming
the Debian package, when a toolchain or emulator is missing (``.ci/run`` installs them)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import numpy as np
import onnx
import pytest

from ember.target import named_target
from ember.target.toolchain import EMULATOR_PACKAGE, emulator_command, toolchain_for
from ember.tools.cli import run_tool
from ember.tools.ember_compile import _main as compile_main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "deploy"
DATA = ROOT / "tests" / "models" / "data"
CNN = DATA / "resnet_blocks_batchnorm.onnx"
TRANSFORMER = DATA / "transformer_encoder_layer.onnx"


def kws_model_path(directory: Path) -> Path:
    spec = importlib.util.spec_from_file_location("kws_model", EXAMPLE / "kws_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = directory / "kws.onnx"
    onnx.save(module.kws_model(), path)
    return path


def require_tools(target: str) -> list[str]:
    """The emulator command of ``target`` (skip the test if its compiler or qemu is missing)."""
    toolchain = toolchain_for(named_target(target))
    if shutil.which(toolchain.cc) is None:
        pytest.skip(f"{toolchain.cc} not installed (Debian: apt-get install {toolchain.package})")
    if toolchain.emulator and shutil.which(toolchain.emulator) is None:
        pytest.skip(f"{toolchain.emulator} not installed (Debian: apt-get install {EMULATOR_PACKAGE})")
    return emulator_command(toolchain)


def ember_compile(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    status = run_tool(compile_main, argv)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def link_example(directory: Path, target: str, artifact: str) -> Path:
    """``main.c`` + the model, linked by ``target``'s C compiler, in ``directory``."""
    cc = toolchain_for(named_target(target)).cc
    program = directory / "run_model"
    command = [cc, "-O2", "-Wall", "-Werror", str(EXAMPLE / "main.c"), "-I", str(directory), "-o", str(program)]
    command += ["-ldl"] if artifact.endswith(".so") else [str(directory / artifact), "-lm"]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return program


def random_inputs(model_path: Path, directory: Path) -> tuple[list[np.ndarray], list[Path]]:
    model = onnx.load(model_path)
    rng = np.random.default_rng(7)
    arrays, files = [], []
    for value in model.graph.input:
        shape = [d.dim_value for d in value.type.tensor_type.shape.dim]
        array = rng.standard_normal(shape).astype(np.float32)
        path = directory / f"{value.name}.input.npy"
        np.save(path, array)
        arrays.append(array)
        files.append(path)
    return arrays, files


def onnxruntime_outputs(model_path: Path, arrays: list[np.ndarray]) -> dict[str, np.ndarray]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    names = [i.name for i in session.get_inputs()]
    results = session.run(None, dict(zip(names, arrays, strict=True)))
    return {o.name: r for o, r in zip(session.get_outputs(), results, strict=True)}


def run_example(program: Path, emulator: list[str], inputs: list[Path]) -> subprocess.CompletedProcess[str]:
    command = [*emulator, str(program), "-o", str(program.parent), *map(str, inputs)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def check_against_onnxruntime(model_path: Path, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              extra: tuple[str, ...] = ()) -> None:  # fmt: skip
    emulator = require_tools(target)
    no_heap = "--no-heap" in extra
    artifact = "model.o" if no_heap else "model.so"
    ember_compile([str(model_path), "-o", str(tmp_path / artifact), "--target", target, *extra], capsys)
    program = link_example(tmp_path, target, artifact)
    arrays, files = random_inputs(model_path, tmp_path)
    result = run_example(program, emulator, files)
    assert result.returncode == 0, result.stderr
    for name, expected in onnxruntime_outputs(model_path, arrays).items():
        got = np.load(tmp_path / f"{name}.npy")
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)


def test_host_library_through_the_c_example(tmp_path, capsys):
    check_against_onnxruntime(CNN, "host", tmp_path, capsys)


def test_aarch64_cnn_under_qemu(tmp_path, capsys):
    check_against_onnxruntime(CNN, "aarch64-linux-gnu", tmp_path, capsys)


@pytest.mark.slow
def test_aarch64_transformer_under_qemu_with_two_threads(tmp_path, capsys):
    check_against_onnxruntime(TRANSFORMER, "aarch64-linux-gnu", tmp_path, capsys, ("--threads", "2"))


@pytest.mark.slow
def test_riscv64_cnn_under_qemu(tmp_path, capsys):
    check_against_onnxruntime(CNN, "riscv64-linux-gnu", tmp_path, capsys)


@pytest.mark.slow
def test_riscv64_transformer_under_qemu(tmp_path, capsys):
    check_against_onnxruntime(TRANSFORMER, "riscv64-linux-gnu", tmp_path, capsys)


def test_riscv64_library_refuses_a_cpu_without_vectors(tmp_path, capsys):
    emulator = require_tools("riscv64-linux-gnu")
    ember_compile([str(CNN), "-o", str(tmp_path / "model.so"), "--target", "riscv64-linux-gnu"], capsys)
    program = link_example(tmp_path, "riscv64-linux-gnu", "model.so")
    _, files = random_inputs(CNN, tmp_path)
    without_vectors = [part for part in emulator if part not in ("-cpu", "rv64,v=true,vlen=128")]
    result = run_example(program, without_vectors, files)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ember ")
    assert lines[0].endswith("riscv64-unknown-linux-gnu generic-rv64: this CPU lacks features the library was compiled for")


def test_no_heap_kws_for_thumb2_linux_under_qemu_arm(tmp_path, capsys):
    out = ember_compile_kws(tmp_path, "armv7-linux-gnueabihf", capsys)
    assert "largest sum of simultaneously live intermediates" in out
    check_linked_no_heap(tmp_path, "armv7-linux-gnueabihf")


def ember_compile_kws(tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]) -> str:
    require_tools(target)
    model = kws_model_path(tmp_path)
    return ember_compile([str(model), "-o", str(tmp_path / "model.o"), "--target", target, "--no-heap"], capsys)


def check_linked_no_heap(tmp_path: Path, target: str) -> None:
    emulator = require_tools(target)
    program = link_example(tmp_path, target, "model.o")
    arrays, files = random_inputs(tmp_path / "kws.onnx", tmp_path)
    result = run_example(program, emulator, files)
    assert result.returncode == 0, result.stderr
    expected = onnxruntime_outputs(tmp_path / "kws.onnx", arrays)["logits"]
    np.testing.assert_allclose(np.load(tmp_path / "logits.npy"), expected, rtol=1e-4, atol=1e-4)


STARTUP = """\
#include "model.h"
extern unsigned long _estack;
static float input[MODEL_INPUT0_ELEMENTS], output[MODEL_OUTPUT0_ELEMENTS];
void reset(void) { model_run(input, output, 0); for (;;) {} }
__attribute__((section(".isr_vector"), used)) void *const vectors[2] = {&_estack, (void *)reset};
"""

LINKER_SCRIPT = """\
MEMORY { FLASH (rx) : ORIGIN = 0x08000000, LENGTH = 2M
         RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 512K }
SECTIONS {
  .isr_vector : { KEEP(*(.isr_vector)) } > FLASH
  .text : { *(.text*) *(.rodata*) } > FLASH
  .data : { *(.data*) } > RAM AT > FLASH
  .bss (NOLOAD) : { *(.bss*) *(COMMON) } > RAM
  /DISCARD/ : { *(.ember_meta) }
  _estack = ORIGIN(RAM) + LENGTH(RAM);
}
"""


def test_cortex_m_object_links_against_a_minimal_startup(tmp_path, capsys):
    ember_compile_kws(tmp_path, "thumbv7em-none-eabihf", capsys)
    (tmp_path / "start.c").write_text(STARTUP)
    (tmp_path / "link.ld").write_text(LINKER_SCRIPT)
    firmware = tmp_path / "firmware.elf"
    flags = ["-mcpu=cortex-m7", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-sp-d16", "-O2", "-nostartfiles",
             "--specs=nano.specs", "-Wl,--gc-sections", "-T", "link.ld"]  # fmt: skip
    subprocess.run(["arm-none-eabi-gcc", *flags, "start.c", "model.o", "-o", str(firmware)], cwd=tmp_path,
                   check=True, capture_output=True, text=True)  # fmt: skip
    sizes = subprocess.run(["arm-none-eabi-size", "-A", str(firmware)], check=True, capture_output=True, text=True)
    rows = {line.split()[0]: int(line.split()[1]) for line in sizes.stdout.splitlines()[2:] if len(line.split()) == 3}
    header = (tmp_path / "model.h").read_text()
    arena = int(header.split("#define MODEL_ARENA_BYTES ")[1].split()[0])
    weights = int(header.split("#define MODEL_WEIGHTS_BYTES ")[1].split()[0])
    assert rows[".bss"] >= arena > 0  # the static arena (plus the startup's buffers)
    assert rows[".text"] > weights > 0  # code and constant weights in flash
    undefined = subprocess.run(["arm-none-eabi-nm", "-u", str(tmp_path / "model.o")], check=True,
                               capture_output=True, text=True).stdout.split()  # fmt: skip
    assert set(undefined) - {"U"} <= {"memcpy", "memset", "__aeabi_memcpy", "__aeabi_memcpy4", "__aeabi_memset",
                                      "__aeabi_memset4", "__aeabi_memclr", "__aeabi_memclr4"}  # fmt: skip


def test_missing_cross_compiler_names_the_package(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    status = run_tool(compile_main, [str(CNN), "-o", str(tmp_path / "model.so"), "--target", "aarch64-linux-gnu"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.strip().splitlines() == [
        "error: 'aarch64-linux-gnu-gcc' not found; install it (Debian: apt-get install gcc-aarch64-linux-gnu)"
    ]


def test_no_heap_with_threads_and_bad_input_are_one_line_errors(tmp_path, capsys):
    cases = [
        ([str(CNN), "-o", str(tmp_path / "m.o"), "--no-heap", "--threads", "2"], "single-threaded"),
        ([str(tmp_path / "missing.onnx"), "-o", str(tmp_path / "m.so")], "no such file"),
        ([str(CNN), "-o", str(tmp_path / "m.so"), "--target", "nope"], "unknown target 'nope'"),
        ([str(CNN), "-o", str(tmp_path / "m.so"), "--target", "thumbv7em-none-eabihf"], "build it with --no-heap"),
    ]
    for argv, expected in cases:
        assert run_tool(compile_main, argv) == 1
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], lines


def test_aarch64_quantized_cnn_under_qemu(tmp_path, capsys):
    """The QDQ int8 CNN (graph-quantize-qdq, the integer conv kernel in its portable NEON form:
    AArch64 has no 16-bit pair dot) as an AArch64 library under qemu: the host's results, to
    within one output quantum (the float requantisation may contract differently per target)."""
    import ember
    from tests.frontend.test_onnx_quantized import _quantized_cnn

    emulator = require_tools("aarch64-linux-gnu")
    model_path = tmp_path / "int8.onnx"
    onnx.save(_quantized_cnn(tmp_path, "QDQ", True), model_path)
    ember_compile([str(model_path), "-o", str(tmp_path / "model.so"), "--target", "aarch64-linux-gnu"], capsys)
    program = link_example(tmp_path, "aarch64-linux-gnu", "model.so")
    arrays, files = random_inputs(model_path, tmp_path)
    result = run_example(program, emulator, files)
    assert result.returncode == 0, result.stderr
    (host,) = ember.compile(onnx.load(model_path), cache=False)(*arrays)
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), host, rtol=0, atol=0.006)
