"""The target record: presets, host detection, user overrides and errors, the DLTI attribute
round trip, code generation for every preset triple, and which targets may run here."""

from __future__ import annotations

import pytest
from xdsl.dialects.builtin import ModuleOp

from ember.context import make_context
from ember.diagnostics import EmberError
from ember.driver import lower_module
from ember.runtime.executable import CompileTimes
from ember.target import (
    PRESETS,
    Target,
    host_target,
    known_targets,
    resolve_target,
    set_target,
    target_of,
)
from ember.target.host import sysfs_caches, vector_shape
from ember.textual import parse_module, print_module

MATMUL = """
func.func @main(%a: tensor<5x7xf32>, %b: tensor<7x19xf32>) -> tensor<5x19xf32> {
  %c = graph.matmul %a, %b : (tensor<5x7xf32>, tensor<7x19xf32>) -> tensor<5x19xf32>
  func.return %c : tensor<5x19xf32>
}
"""

ELF_MACHINE = {"x86_64": 62, "aarch64": 183, "riscv64": 243, "thumbv7em": 40, "thumbv7": 40}


def test_issue_presets_exist_and_are_consistent():
    for name in ("x86-64-v3", "x86-64-v4", "znver3", "znver4", "skylake-avx512", "aarch64-linux-gnu",
                 "riscv64-linux-gnu", "thumbv7em-none-eabihf", "wasm32"):  # fmt: skip
        assert name in PRESETS
    assert known_targets()[0] == "host"
    for t in PRESETS.values():
        assert t.vector_bits in (0, 128, 256, 512) and t.vector_registers >= 8
        assert t.lanes == max(1, t.vector_bits // 32)


def test_host_detection_describes_this_machine():
    import llvmlite.binding as llvm

    host = host_target()
    assert host.name == "host" and host.cpu == llvm.get_host_cpu_name()
    assert host.cores >= 1 and host.l1d > 0
    if host.arch == "x86_64":
        assert host.vector_bits == (512 if host.has_feature("avx512f") else 256 if host.has_feature("avx") else 128)
    assert host.runs_on(host)


def test_vector_shape_follows_features():
    assert vector_shape("x86_64", {"avx512f", "avx2", "avx"}) == (512, 32)
    assert vector_shape("x86_64", {"avx2", "avx"}) == (256, 16)
    assert vector_shape("x86_64", {"sse4.2"}) == (128, 16)
    assert vector_shape("aarch64", {"neon"}) == (128, 32)


def test_sysfs_caches_parse(tmp_path):
    for i, (level, kind, size) in enumerate([("1", "Data", "32K"), ("1", "Instruction", "32K"), ("2", "Unified", "1024K"), ("3", "Unified", "32M")]):
        d = tmp_path / f"index{i}"
        d.mkdir()
        (d / "level").write_text(level + "\n")
        (d / "type").write_text(kind + "\n")
        (d / "size").write_text(size + "\n")
    assert sysfs_caches(tmp_path) == {"l1d": 32 * 1024, "l2": 1024 * 1024, "l3": 32 * 1024 * 1024}


@pytest.mark.parametrize(
    "spec",
    ["znver3", '{"name": "znver3", "cores": 1}', {"name": "znver3", "cores": 1}, PRESETS["znver3"]],
)
def test_resolve_accepts_names_json_dicts_and_targets(spec):
    t = resolve_target(spec)
    assert t.cpu == "znver3" and t.vector_bits == 256


def test_overrides_replace_fields():
    t = resolve_target({"name": "x86-64-v4", "cores": 3, "l2": 2 << 20})
    assert (t.cores, t.l2, t.vector_bits) == (3, 2 << 20, 512)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("pentium9", "unknown target 'pentium9'; known targets: host, x86-64-v2"),
        ('{"name": "znver3", "lanes": 4}', "unknown target field(s) lanes"),
        ('{"name": "znver3", "cores": "2"}', "target field 'cores' must be int"),
        ('{"name": "znver3", "fma": 1}', "target field 'fma' must be bool"),
        ('{"name": ', "target: invalid JSON"),
    ],
)
def test_bad_targets_are_one_line_errors(spec, message):
    with pytest.raises(EmberError) as info:
        resolve_target(spec)
    assert message in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("name", ["host", *PRESETS])
def test_target_attribute_round_trips(name):
    ctx = make_context()
    module, _ = parse_module(ctx, MATMUL, "t")
    target = resolve_target(name)
    set_target(module, target)
    text = print_module(module, ctx=ctx)
    again, _ = parse_module(make_context(), text, "t")
    assert target_of(again) == target


def test_module_without_target_is_the_host():
    assert target_of(ModuleOp([])) == host_target()


def _object_for(target: Target) -> bytes:
    from ember.runtime.codegen import emit_object, optimize, translate_module

    module, _ = parse_module(make_context(), MATMUL, "t")
    set_target(module, target)
    lower_module(module, "lower-to-llvm", CompileTimes())
    translation = translate_module(module)
    return emit_object(optimize(str(translation.module), translation.target), translation.target)


@pytest.mark.parametrize("name", list(PRESETS))
def test_objects_for_every_preset(name):
    target = PRESETS[name]
    data = _object_for(target)
    if target.arch == "wasm32":
        assert data[:4] == b"\0asm"
        return
    assert data[:4] == b"\x7fELF"
    assert int.from_bytes(data[18:20], "little") == ELF_MACHINE[target.arch]


def test_targets_that_cannot_run_here_are_refused_before_compiling():
    import numpy as np

    import ember

    aarch64 = PRESETS["aarch64-linux-gnu"]
    host = host_target()
    if host.arch == "aarch64":
        pytest.skip("this host runs AArch64 code")
    with pytest.raises(EmberError, match="cannot run on this host"):
        ember.compile(MATMUL, target=aarch64)
    wide = PRESETS["x86-64-v4"]
    if wide.runs_on(host):
        exe = ember.compile(MATMUL, target=wide)
        a, b = np.ones((5, 7), np.float32), np.ones((7, 19), np.float32)
        np.testing.assert_allclose(exe(a, b)[0], a @ b)
    else:
        with pytest.raises(EmberError, match="'x86-64-v4'.*cannot run on this host"):
            ember.compile(MATMUL, target=wide)
