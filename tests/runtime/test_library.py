"""``Executable.export`` and ``ember.load``: the exported library runs the JIT's own machine code
(bit for bit the same results), behaves like the Executable (same checks and errors), and a
damaged, truncated, wrong-target, wrong-CPU or wrong-ABI library is refused with one line before
anything in it runs, from Python and from the C example's loader path."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import onnx
import pytest

import ember
from ember.diagnostics import EmberError, RuntimeCallError
from ember.runtime.elf import read_elf, section_bytes, section_sizes
from ember.runtime.library_record import SECTION, seal
from ember.target import PRESETS, host_target
from ember.tools.cli import run_tool
from ember.tools.ember_compile import _main as compile_main

ROOT = Path(__file__).resolve().parents[2]
CNN = ROOT / "tests" / "models" / "data" / "resnet_blocks_batchnorm.onnx"
MAIN_C = ROOT / "examples" / "deploy" / "main.c"

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="cc not installed (Debian: apt-get install gcc)")


def cnn_input() -> np.ndarray:
    return np.random.default_rng(3).standard_normal((2, 3, 32, 32)).astype(np.float32)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[ember.Executable, Path]:
    directory = tmp_path_factory.mktemp("export")
    exe = ember.compile(str(CNN), threads=1, cache=False)
    exe.export(str(directory / "model.so"))
    return exe, directory / "model.so"


def one_line_error(path: Path) -> str:
    with pytest.raises(EmberError) as info:
        ember.load(str(path))
    text = str(info.value)
    assert "\n" not in text.strip()
    return text


@needs_cc
def test_loaded_library_matches_the_jit_bit_for_bit(exported):
    exe, library = exported
    loaded = ember.load(str(library))
    x = cnn_input()
    assert loaded.input_names == exe.input_names and loaded.output_names == exe.output_names
    assert loaded.memory_plan == exe.memory_plan
    for got, want in zip(loaded(x), exe(x), strict=True):
        assert got.dtype == want.dtype and np.array_equal(got, want)
    assert (library.parent / "model.h").read_text().count("int model_run(") == 1


@needs_cc
def test_loaded_library_checks_inputs_like_the_jit(exported):
    exe, library = exported
    loaded = ember.load(str(library))
    bad = np.zeros((1, 3, 32, 32), np.float32)
    messages = []
    for runner in (exe, loaded):
        with pytest.raises(RuntimeCallError) as info:
            runner(bad)
        messages.append(str(info.value))
    assert messages[0] == messages[1]


@needs_cc
def test_truncated_and_damaged_libraries_are_refused(exported, tmp_path):
    _, library = exported
    data = library.read_bytes()
    truncated = tmp_path / "truncated.so"
    truncated.write_bytes(data[: len(data) // 2])
    assert "truncated" in one_line_error(truncated)
    damaged = tmp_path / "damaged.so"
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x40
    damaged.write_bytes(bytes(flipped))
    assert "damaged" in one_line_error(damaged)
    (tmp_path / "empty.so").write_bytes(b"")
    assert "truncated" in one_line_error(tmp_path / "empty.so")
    (tmp_path / "text.so").write_text("not a library at all, just text")
    assert "not an ELF file" in one_line_error(tmp_path / "text.so")


@needs_cc
def test_another_abi_version_is_refused(exported, tmp_path):
    _, library = exported
    copy = tmp_path / "model.so"
    data = bytearray(library.read_bytes())
    info = read_elf(bytes(data), str(library))
    meta = section_bytes(bytes(data), info, SECTION) or b""
    at = info.sections[SECTION].offset + meta.index(b'"abi": 1')
    data[at : at + 8] = b'"abi": 9'
    copy.write_bytes(bytes(data))
    seal(str(copy), info.sections[SECTION].offset, meta.replace(b'"abi": 1', b'"abi": 9'))
    assert "ABI version 9" in one_line_error(copy)


def test_library_for_another_architecture_is_refused(tmp_path, capsys):
    if shutil.which("aarch64-linux-gnu-gcc") is None:
        pytest.skip("aarch64-linux-gnu-gcc not installed (Debian: apt-get install gcc-aarch64-linux-gnu)")
    library = tmp_path / "model.so"
    assert run_tool(compile_main, [str(CNN), "-o", str(library), "--target", "aarch64-linux-gnu"]) == 0
    capsys.readouterr()
    message = one_line_error(library)
    assert "built for aarch64-unknown-linux-gnu" in message and host_target().triple in message
    if shutil.which("cc") is not None and host_target().arch != "aarch64":  # the C example's loader too
        program = build_c_example(tmp_path)
        result = run_c_example(program, tmp_path)
        assert result.returncode == 1 and result.stderr.strip() == f"error: {library}: built for another architecture"


def wider_preset() -> str | None:
    """An x86-64 preset this host cannot run (AVX-512 code on an AVX2 host), if any."""
    host = host_target()
    for name in ("x86-64-v4", "znver4", "x86-64-v3"):
        target = PRESETS[name]
        if target.arch == host.arch and not target.runs_on(host):
            return name
    return None


@needs_cc
def test_library_for_a_cpu_this_host_lacks_is_refused_by_python_and_c(tmp_path, capsys):
    preset = wider_preset()
    if preset is None:
        pytest.skip("this host runs every x86-64 preset")
    library = tmp_path / "model.so"
    assert run_tool(compile_main, [str(CNN), "-o", str(library), "--target", preset]) == 0
    capsys.readouterr()
    assert "lacks avx512" in one_line_error(library)
    program = build_c_example(tmp_path)
    result = run_c_example(program, tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("this CPU lacks features the library was compiled for")
    assert len(result.stderr.strip().splitlines()) == 1


def build_c_example(directory: Path) -> Path:
    program = directory / "run_model"
    subprocess.run(["cc", "-O2", "-Wall", "-Werror", str(MAIN_C), "-I", str(directory), "-o", str(program), "-ldl"],
                   check=True, capture_output=True, text=True)  # fmt: skip
    return program


def run_c_example(program: Path, directory: Path) -> subprocess.CompletedProcess[str]:
    np.save(directory / "x.npy", cnn_input())
    command = [str(program), "-o", str(directory), str(directory / "x.npy")]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)


@needs_cc
def test_c_example_matches_the_jit_and_its_loader_refuses_bad_libraries(exported, tmp_path):
    exe, library = exported
    shutil.copy(library, tmp_path / "model.so")
    shutil.copy(library.parent / "model.h", tmp_path / "model.h")
    program = build_c_example(tmp_path)
    assert run_c_example(program, tmp_path).returncode == 0
    assert np.array_equal(np.load(tmp_path / "y.npy"), exe(cnn_input())[0])
    data = library.read_bytes()
    (tmp_path / "model.so").write_bytes(data[:32])  # truncated into its headers: the dynamic loader says so
    result = run_c_example(program, tmp_path)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1
    assert "model.so" in result.stderr and "too short" in result.stderr
    for cut in (len(data) // 2, len(data) - 100):  # past the headers: without the check, SIGBUS in dlopen
        (tmp_path / "model.so").write_bytes(data[:cut])
        result = run_c_example(program, tmp_path)
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == (
            f"error: {tmp_path / 'model.so'}: truncated: the file is too short ({cut} bytes; its ELF headers describe {len(data)})"
        )
    (tmp_path / "model.so").write_bytes(b"not a library at all")
    result = run_c_example(program, tmp_path)
    assert result.returncode == 1 and result.stderr.strip().endswith("model.so: not a shared library (no ELF header)")
    weights = data.find(np.ascontiguousarray(exe._jit.bound_globals[next(iter(exe._jit.bound_globals))]).tobytes()[:64])
    damaged = bytearray(data)
    damaged[weights] ^= 0x01  # one bit of a weight: model_check's checksum catches it
    (tmp_path / "model.so").write_bytes(bytes(damaged))
    result = run_c_example(program, tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("the weights are damaged or of the wrong size")


@needs_cc
def test_weights_in_a_side_file(tmp_path):
    exe = ember.compile(str(CNN), threads=1, cache=False)
    report = exe.export(str(tmp_path / "model.so"), weights_file=True)
    side = tmp_path / "model.weights"
    assert report.weights_file == side and side.stat().st_size == report.record.weights_bytes > 0
    library = (tmp_path / "model.so").read_bytes()
    assert section_sizes(read_elf(library, "model.so"))["rodata"] < report.record.weights_bytes
    x = cnn_input()
    assert np.array_equal(ember.load(str(tmp_path / "model.so"))(x)[0], exe(x)[0])
    blob = bytearray(side.read_bytes())
    blob[100] ^= 0x10
    side.write_bytes(bytes(blob))
    with pytest.raises(EmberError, match="weights are damaged"):
        ember.load(str(tmp_path / "model.so"))


@needs_cc
def test_export_from_a_cached_executable_and_a_loaded_one(tmp_path):
    model = onnx.load(CNN)
    ember.compile(model, threads=1)
    cached = ember.compile(model, threads=1)
    assert "cache-load" in cached.compile_times.steps
    cached.export(str(tmp_path / "model.so"))
    loaded = ember.load(str(tmp_path / "model.so"))
    assert np.array_equal(loaded(cnn_input())[0], cached(cnn_input())[0])
    with pytest.raises(EmberError, match="loaded from a library"):
        loaded.export(str(tmp_path / "again.so"))


def test_no_heap_object_is_not_loadable(tmp_path, capsys):
    assert run_tool(compile_main, [str(CNN), "-o", str(tmp_path / "model.o"), "--no-heap"]) == 0
    capsys.readouterr()
    assert "no-heap object file" in one_line_error(tmp_path / "model.o")
