"""The on-disk compile cache (``runtime/cache.py``, used by ``ember.driver``): hits and misses,
what the key depends on, corrupt entries, eviction, concurrent writers, configuration."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.diagnostics import EmberError
from ember.driver import CompileOptions, compile_key, compile_model
from ember.runtime import cache as cache_module
from ember.runtime.cache import CacheEntry, CompileCache, default_cache_dir, parse_size
from ember.runtime.executable import TensorSpec
from ember.target import host_target, named_target

RNG = np.random.default_rng(11)
W = RNG.standard_normal((64, 32)).astype(np.float32)  # 8 KiB: bound as a global, not inlined
B = RNG.standard_normal(32).astype(np.float32)
ROOT = Path(__file__).resolve().parents[2]


def model_bytes(rows: int | str = 4, weights: np.ndarray = W) -> bytes:
    nodes = [
        helper.make_node("MatMul", ["x", "w"], ["mm"]),
        helper.make_node("Add", ["mm", "b"], ["pre"]),
        helper.make_node("Relu", ["pre"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "dense",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [rows, 64])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [rows, 32])],
        [numpy_helper.from_array(weights, "w"), numpy_helper.from_array(B, "b")],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString()


def expected(x: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + B, 0)


@pytest.fixture
def store(tmp_path) -> CompileCache:
    return CompileCache(tmp_path / "cache")


def test_miss_then_hit_same_numerics(store):
    model = model_bytes()
    x = RNG.standard_normal((4, 64)).astype(np.float32)
    first = compile_model(model, cache=store)
    assert "cache-store" in first.compile_times.steps and "cache-load" not in first.compile_times.steps
    assert len(store.entries()) == 1
    second = compile_model(model, cache=store)
    assert "cache-load" in second.compile_times.steps and "import" not in second.compile_times.steps
    stored = {k: v for k, v in first.compile_times.steps.items() if k != "cache-store"}
    assert second.compile_times.cached == pytest.approx(stored)
    assert (second.input_names, second.output_names) == (first.input_names, first.output_names)
    assert second.inputs == first.inputs and second.outputs == first.outputs
    uncached = compile_model(model, cache=False)
    np.testing.assert_array_equal(second(x)[0], uncached(x)[0])
    np.testing.assert_allclose(second(x)[0], expected(x), rtol=1e-5, atol=1e-5)


def test_cached_weights_are_private_to_each_executable(store):
    """The weights are mapped copy-on-write: two executables from one entry share nothing the
    code could write, and the file stays intact."""
    model = model_bytes()
    compile_model(model, cache=store)
    a, b = compile_model(model, cache=store), compile_model(model, cache=store)
    weights = a._jit.bound_globals
    assert weights and all(w.ctypes.data % 64 == 0 for w in weights.values())
    for buffer in weights.values():
        buffer[...] = 0
    x = RNG.standard_normal((4, 64)).astype(np.float32)
    np.testing.assert_allclose(b(x)[0], expected(x), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(compile_model(model, cache=store)(x)[0], expected(x), rtol=1e-5, atol=1e-5)


def test_cache_false_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("EMBER_CACHE_DIR", str(tmp_path / "env-cache"))
    ember.compile(model_bytes(), cache=False)
    assert not (tmp_path / "env-cache").exists()
    ember.compile(model_bytes())  # the default cache follows EMBER_CACHE_DIR
    assert len(list((tmp_path / "env-cache").glob("*.ember"))) == 1


def test_key_follows_model_shapes_options_and_target():
    base = compile_key(model_bytes(), CompileOptions())
    assert base == compile_key(model_bytes(), CompileOptions())
    different = [
        compile_key(model_bytes(weights=W + 1), CompileOptions()),
        compile_key(model_bytes(), CompileOptions(input_shapes=(("x", (4, 64)),))),
        compile_key(model_bytes(), CompileOptions(entry="other")),
        compile_key(model_bytes(), CompileOptions(target=named_target("x86-64-v2"))),
        compile_key(model_bytes(), CompileOptions(target=host_target().with_overrides(cores=1))),
    ]
    assert len({base, *different}) == len(different) + 1


def test_key_covers_every_option_field():
    """A new CompileOptions field (threads, tuning records, ...) enters the key by itself."""
    options = CompileOptions()
    assert set(options.key()) == {f.name for f in dataclasses.fields(CompileOptions)}


def test_key_follows_ember_sources_and_llvm(monkeypatch):
    base = compile_key(model_bytes(), CompileOptions())
    environment = dict(cache_module.environment())
    for field, value in [("ember-source", "0" * 64), ("llvm", [0, 0, 0])]:
        changed = {**environment, field: value}
        monkeypatch.setattr(cache_module, "environment", lambda changed=changed: changed)
        assert compile_key(model_bytes(), CompileOptions()) != base
    assert len(cache_module.source_digest()) == 64


def test_mlir_text_and_path_share_an_entry(store, tmp_path):
    text = (ROOT / "examples" / "mlp.mlir").read_text()
    path = tmp_path / "mlp.mlir"
    path.write_text(text)
    compile_model(text, cache=store)
    assert "cache-load" in compile_model(path, cache=store).compile_times.steps


@pytest.mark.parametrize("damage", ["truncate", "flip-object-byte", "garbage", "empty"])
def test_corrupt_entry_is_ignored_and_rebuilt(store, damage):
    model = model_bytes()
    compile_model(model, cache=store)
    (path,) = store.entries()
    data = path.read_bytes()
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip-object-byte": _flip_object_byte(data),
        "garbage": os.urandom(len(data)),
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    rebuilt = compile_model(model, cache=store)
    assert "cache-store" in rebuilt.compile_times.steps  # a miss: compiled again and stored
    x = RNG.standard_normal((4, 64)).astype(np.float32)
    np.testing.assert_allclose(rebuilt(x)[0], expected(x), rtol=1e-5, atol=1e-5)
    assert "cache-load" in compile_model(model, cache=store).compile_times.steps


def _flip_object_byte(data: bytes) -> bytes:
    import json

    _, length, _ = cache_module.PREAMBLE.unpack(data[: cache_module.PREAMBLE.size])
    header = json.loads(data[cache_module.PREAMBLE.size : cache_module.PREAMBLE.size + length])
    offset = header["object"][0] + header["object"][1] // 2
    return data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1 :]


def fake_entry(size: int, tag: int = 0) -> CacheEntry:
    """An entry that is stored and read back, never run."""
    spec = TensorSpec("x", (2, 3), np.dtype(np.float32))
    return CacheEntry(
        entry="main",
        inputs=[spec],
        outputs=[spec],
        target=host_target(),
        object_code=bytes([tag]) * 100,
        globals={"w": np.full(size, tag, dtype=np.uint8), "v": np.arange(10, dtype=np.uint8)},
        compile_times={"import": 0.5},
    )


def test_store_and_load_round_trip(store):
    assert store.load("k") is None
    assert store.store("k", fake_entry(5000, tag=7))
    entry = store.load("k")
    assert entry is not None and entry.object_code == bytes([7]) * 100
    assert entry.inputs == fake_entry(1).inputs and entry.target == host_target()
    assert entry.globals["w"].size == 5000 and (entry.globals["w"] == 7).all()
    np.testing.assert_array_equal(entry.globals["v"], np.arange(10))
    assert all(g.ctypes.data % 64 == 0 for g in entry.globals.values())
    assert entry.compile_times == {"import": 0.5}


def test_least_recently_used_entries_are_evicted(tmp_path):
    store = CompileCache(tmp_path, size_limit=30_000)  # room for three entries of ~9 KB
    for key in ("a", "b", "c"):
        assert store.store(key, fake_entry(8000))
    os.utime(store.path("a"), ns=(1, 1))  # make the order explicit: a is the oldest ...
    os.utime(store.path("b"), ns=(2, 2))
    os.utime(store.path("c"), ns=(3, 3))
    assert store.load("a") is not None  # ... then used: now the newest
    store.store("d", fake_entry(8000))
    assert [p.stem for p in store.entries()] == ["c", "a", "d"]
    assert store.size() <= 30_000
    assert not store.store("huge", fake_entry(40_000))  # larger than the whole cache
    assert store.load("huge") is None


def test_stale_temporary_files_are_removed(tmp_path):
    store = CompileCache(tmp_path)
    stale, fresh = tmp_path / ".k.abc.tmp", tmp_path / ".k.def.tmp"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(stale, (1, 1))
    store.store("k", fake_entry(10))
    assert not stale.exists() and fresh.exists()


WRITER = """
import sys
import numpy as np
sys.path.insert(0, {tests!r})
from test_cache import fake_entry
from ember.runtime.cache import CompileCache
store = CompileCache({directory!r})
for _ in range(15):
    assert store.store("shared", fake_entry(2_000_000, tag={tag}))
"""


def test_concurrent_writers_do_not_corrupt(tmp_path):
    """Two processes write the same key over and over while this one reads the file directly
    (a torn or partial file would raise CorruptEntry): every file seen under the entry's name is
    one writer's complete entry, and so is the final one."""
    directory = tmp_path / "shared-cache"
    writers = [
        subprocess.Popen([sys.executable, "-c", textwrap.dedent(WRITER).format(
            tests=str(Path(__file__).parent), directory=str(directory), tag=tag)])
        for tag in (1, 2)
    ]  # fmt: skip
    store = CompileCache(directory)
    seen = set()
    while any(w.poll() is None for w in writers):
        try:
            with open(store.path("shared"), "rb") as handle:
                entry = cache_module._read_entry(handle)
        except FileNotFoundError:
            continue
        else:
            tag = entry.object_code[0]
            assert entry.object_code == bytes([tag]) * 100
            assert (entry.globals["w"] == tag).all() and entry.globals["w"].size == 2_000_000
            seen.add(tag)
    assert [w.wait() for w in writers] == [0, 0]
    final = store.load("shared")
    assert final is not None and (final.globals["w"] == final.object_code[0]).all()
    assert seen <= {1, 2}
    assert list(directory.glob("*.tmp")) == []


def test_configuration_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EMBER_CACHE_DIR", str(tmp_path / "here"))
    monkeypatch.setenv("EMBER_CACHE_SIZE", "3M")
    store = CompileCache()
    assert store.directory == tmp_path / "here" and store.size_limit == 3 * 1024**2
    assert parse_size("2G") == 2 * 1024**3 and parse_size("1048576") == 1048576
    assert parse_size("500MiB") == 500 * 1024**2
    monkeypatch.setenv("EMBER_CACHE_SIZE", "lots")
    with pytest.raises(EmberError, match="EMBER_CACHE_SIZE 'lots'"):
        CompileCache()


def test_the_suite_never_uses_the_home_cache():
    home = Path(os.path.expanduser("~")) / ".cache" / "ember"
    assert default_cache_dir() != home


def test_ember_run_no_cache(tmp_path):
    env = {**os.environ, "EMBER_CACHE_DIR": str(tmp_path / "run-cache")}
    x = tmp_path / "x.npy"
    np.save(x, np.ones((4, 8), np.float32))
    command = ["ember-run", str(ROOT / "examples" / "mlp.mlir"), "--input", str(x)]
    subprocess.run([*command, "--no-cache"], check=True, env=env, capture_output=True)
    assert not list((tmp_path / "run-cache").glob("*.ember"))
    runs = [subprocess.run(command, check=True, env=env, capture_output=True, text=True) for _ in range(2)]
    assert len(list((tmp_path / "run-cache").glob("*.ember"))) == 1
    assert runs[0].stdout == runs[1].stdout and "result0" in runs[0].stdout


def test_a_hit_in_a_new_process_imports_no_xdsl(tmp_path):
    """A cache hit needs no IR: it loads machine code and maps weights (start-up stays small)."""
    path = tmp_path / "dense.onnx"
    path.write_bytes(model_bytes())
    code = (
        "import sys, ember; exe = ember.compile(sys.argv[1]); "
        "print('cache-load' in exe.compile_times.steps, 'xdsl.ir' in sys.modules)"
    )
    env = {**os.environ, "EMBER_CACHE_DIR": str(tmp_path / "c")}
    runs = [
        subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert [r.stdout.split() for r in runs] == [["False", "True"], ["True", "False"]]


def test_a_model_file_digest_is_remembered_until_the_file_changes(store, tmp_path, monkeypatch):
    """A hit on an unchanged model file does not read it again (``runtime.digest_memo``); a
    file rewritten with other weights is hashed again and compiles to its own entry."""
    from ember.frontend.onnx import digest as digest_module

    path = tmp_path / "dense.onnx"
    path.write_bytes(model_bytes())
    x = RNG.standard_normal((4, 64)).astype(np.float32)
    compile_model(str(path), cache=store)
    assert len(list((store.directory / "digests").iterdir())) == 1
    reads: list[Path] = []
    real = digest_module.file_digest
    monkeypatch.setattr(digest_module, "file_digest", lambda p: reads.append(p) or real(p))
    hit = compile_model(str(path), cache=store)
    assert "cache-load" in hit.compile_times.steps and reads == []
    np.testing.assert_allclose(hit(x)[0], expected(x), rtol=1e-5, atol=1e-5)
    other = RNG.standard_normal((64, 32)).astype(np.float32)
    path.write_bytes(model_bytes(weights=other))  # same size, new modification time
    changed = compile_model(str(path), cache=store)
    assert reads == [path] and "cache-store" in changed.compile_times.steps
    np.testing.assert_allclose(changed(x)[0], np.maximum(x @ other + B, 0), rtol=1e-5, atol=1e-5)
    for memo in (store.directory / "digests").iterdir():
        memo.write_text("garbage")  # a corrupt memo is a miss, not an error
    assert "cache-load" in compile_model(str(path), cache=store).compile_times.steps
    assert len(reads) == 2
    assert store.clear() == 2 and list((store.directory / "digests").iterdir()) == []
