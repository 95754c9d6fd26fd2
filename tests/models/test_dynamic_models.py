"""Models with dynamic dims import once, with symbolic sizes, and run at many sizes: a CNN with a
dynamic batch and a BERT encoder with dynamic batch and sequence length, exported by PyTorch's
current exporter (``scripts/export_dynamic_models.py`` writes the committed copies in ``data_dynamic/``).
Every result is compared with onnxruntime on the same model; with torch installed, a fresh export
is also compared with eager PyTorch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import ember
from ember.context import make_context
from ember.diagnostics import EmberError
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

DATA = Path(__file__).resolve().parent / "data_dynamic"
RNG = np.random.default_rng(20261128)
BATCHES = (1, 2, 7)
SEQS = (5, 16, 33)


def cnn_feeds(batch: int) -> dict[str, np.ndarray]:
    return {"x": RNG.standard_normal((batch, 3, 32, 32)).astype(np.float32)}


def bert_feeds(batch: int, seq: int) -> dict[str, np.ndarray]:
    mask = np.ones((batch, seq), np.int64)
    mask[0, seq // 2 :] = 0  # one padded sequence
    return {"input_ids": RNG.integers(0, 100, (batch, seq)).astype(np.int64), "attention_mask": mask}


def onnxruntime_outputs(path: Path, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
    import onnxruntime as ort

    return ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, feeds)


def assert_close(got: list[np.ndarray], want: list[np.ndarray]) -> None:
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g.shape == w.shape and g.dtype == w.dtype
        np.testing.assert_allclose(g, w, rtol=1e-4, atol=1e-5)


def test_cnn_imports_with_a_symbolic_batch_and_runs_every_batch() -> None:
    path = DATA / "cnn_dynamic.onnx"
    module = ember.import_onnx(str(path))
    text = print_module(module, ctx=make_context())
    assert 'tensor<?x3x32x32xf32, #graph.dims<"batch">>' in text
    assert '{shape = ["batch", "1024"]}' in text  # x.view(x.size(0), -1) keeps the batch symbolic
    module, _ = parse_module(make_context(), text)  # and the printed module parses back
    for batch in BATCHES:
        feeds = cnn_feeds(batch)
        assert_close(run_reference(module, list(feeds.values())), onnxruntime_outputs(path, feeds))


def test_bert_imports_with_symbolic_batch_and_sequence_and_runs_every_size() -> None:
    path = DATA / "bert_dynamic.onnx"
    module = ember.import_onnx(str(path), dynamic_dims={"seq": (1, 64)})
    text = print_module(module, ctx=make_context())
    assert 'tensor<?x?xi64, #graph.dims<"batch", "seq">>' in text
    assert "graph.dim_ranges = {seq = array<i64: 1, 64>}" in text
    module, _ = parse_module(make_context(), text)
    for batch, seq in zip(BATCHES, SEQS, strict=True):
        feeds = bert_feeds(batch, seq)
        assert_close(run_reference(module, list(feeds.values())), onnxruntime_outputs(path, feeds))


def test_bert_needs_the_sequence_range() -> None:
    """The position table has 64 rows: without a declared range for seq the slice of it cannot be
    sized, and the error says what to declare."""
    with pytest.raises(EmberError, match=r"cannot decide whether seq <= 64.*dynamic_dims=\{'seq'"):
        ember.import_onnx(str(DATA / "bert_dynamic.onnx"))


def test_call_time_sizes_are_checked() -> None:
    module = ember.import_onnx(str(DATA / "bert_dynamic.onnx"), dynamic_dims={"seq": (1, 64)})
    ids, mask = bert_feeds(2, 5).values()
    with pytest.raises(EmberError, match=r"input #1 has shape \(2, 6\), @main expects \(batch, seq\) \(dim 1 must be seq; seq = 5"):
        run_reference(module, [ids, np.ones((2, 6), np.int64)])
    with pytest.raises(EmberError, match=r"\(seq\) is 70, outside the declared range \[1, 64\]"):
        run_reference(module, [np.zeros((1, 70), np.int64), np.ones((1, 70), np.int64)])
    assert mask.shape == (2, 5)


def count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one per native compile (``driver.build_executable`` call)."""
    from ember import driver

    calls: list[int] = []
    real = driver.build_executable

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(driver, "build_executable", counted)
    return calls


def test_cnn_compiles_once_for_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_compiles(monkeypatch)
    path = DATA / "cnn_dynamic.onnx"
    exe = ember.compile(str(path), cache=False, threads=1)
    assert exe.inputs[0].describe() == "shape (batch, 3, 32, 32) float32"
    for batch in BATCHES:
        feeds = cnn_feeds(batch)
        assert_close(exe(*feeds.values()), onnxruntime_outputs(path, feeds))
    assert len(calls) == 1


def test_bert_compiles_once_for_every_batch_and_sequence(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_compiles(monkeypatch)
    path = DATA / "bert_dynamic.onnx"
    exe = ember.compile(str(path), cache=False, threads=1, dynamic_dims={"seq": (1, 64)})
    for batch, seq in zip(BATCHES, SEQS, strict=True):
        feeds = bert_feeds(batch, seq)
        assert_close(exe(*feeds.values()), onnxruntime_outputs(path, feeds))
    assert len(calls) == 1
    ids, mask = bert_feeds(2, 5).values()
    with pytest.raises(EmberError, match=r"input 'attention_mask' has shape \(2, 6\), the model expects \(batch, seq\)"):
        exe(ids, np.ones((2, 6), np.int64))
    with pytest.raises(EmberError, match=r"\(seq\) is 65, outside the declared range \[1, 64\]"):
        exe(np.zeros((1, 65), np.int64), np.ones((1, 65), np.int64))


def test_dynamic_and_static_builds_agree() -> None:
    """input_shapes pins the dims (the static fast path); both builds give the same numbers."""
    path = DATA / "cnn_dynamic.onnx"
    feeds = cnn_feeds(2)
    static = ember.compile(str(path), {"x": (2, 3, 32, 32)}, cache=False, threads=1)
    dynamic = ember.compile(str(path), cache=False, threads=1)
    assert static.inputs[0].shape == (2, 3, 32, 32)
    np.testing.assert_allclose(dynamic(*feeds.values())[0], static(*feeds.values())[0], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["cnn_dynamic", "bert_dynamic"])
def test_fresh_export_matches_eager_torch(name: str, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("export_dynamic_models", DATA.parents[2] / "scripts" / "export_dynamic_models.py")
    script = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = script  # type: ignore[union-attr]
    spec.loader.exec_module(script)  # type: ignore[union-attr]
    path = tmp_path / f"{name}.onnx"
    model = script.export(name, path)
    module = ember.import_onnx(str(path), dynamic_dims={"seq": (1, 64)} if name == "bert_dynamic" else None)
    sizes = [(b,) for b in BATCHES] if name == "cnn_dynamic" else list(zip(BATCHES, SEQS, strict=True))
    for size in sizes:
        feeds = cnn_feeds(*size) if name == "cnn_dynamic" else bert_feeds(*size)
        with torch.no_grad():
            eager = model(*(torch.from_numpy(v) for v in feeds.values()))
        first = (eager if isinstance(eager, torch.Tensor) else eager[0]).numpy()
        np.testing.assert_allclose(run_reference(module, list(feeds.values()))[0], first, rtol=1e-4, atol=1e-5)
