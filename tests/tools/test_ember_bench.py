"""ember-bench: the report, the JSON record, --compare onnxruntime, --profile, clean errors."""

from __future__ import annotations

import json

import pytest

from ember.tools import ember_bench


def run(capsys, *args):
    status = ember_bench.main([*args, "--quiet"])
    out, err = capsys.readouterr()
    return status, out, err


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as exit_:
        ember_bench.main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for option in ("--threads", "--compare", "--repeat", "--json", "--profile", "--stages", "--quiet"):
        assert option in text


def test_compare_profile_and_json(capsys, tiny_cnn, tmp_path):
    record_path, trace_path = tmp_path / "bench.json", tmp_path / "trace.json"
    status, out, err = run(capsys, tiny_cnn, "--threads", "1,2", "--compare", "onnxruntime", "--repeat", "3",
                           "--profile", "--trace", str(trace_path), "--json", str(record_path), "--stages")  # fmt: skip
    assert status == 0, err
    assert "ember / onnxruntime at 1 thread(s)" in out and "ember / onnxruntime at 2 thread(s)" in out
    assert "outputs agree" in out and "convert-graph-to-linalg" in out  # --stages
    assert "conv1+relu1" in out and "of the whole call" in out  # the profile table
    record = json.loads(record_path.read_text())
    assert set(record["latency"]) == {"ember 1", "ember 2", "onnxruntime 1", "onnxruntime 2"}
    assert len(record["latency"]["ember 1"]["samples_ms"]) == 3
    assert record["max_relative_error"]["prob"] < 1e-4
    assert set(record["compile_s"]) == {"1", "2"} and "llvm-O3" in record["compile_stages_s"]
    assert {u["name"] for u in record["profile"]["units"]} >= {"conv1+relu1", "pool1", "fc", "softmax"}
    assert json.loads(trace_path.read_text())["traceEvents"]


def test_missing_onnxruntime_is_one_clean_line(capsys, tiny_cnn, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime -> ImportError
    status, out, err = run(capsys, tiny_cnn, "--compare", "onnxruntime")
    assert status == 1
    assert err.strip() == "error: --compare onnxruntime: onnxruntime is not installed (pip install onnxruntime)"


def test_bad_model_is_one_clean_line(capsys, tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"not a model")
    status, out, err = run(capsys, str(bad))
    assert status == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
