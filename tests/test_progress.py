"""Progress bars: drawn on a terminal stream, silent otherwise or when disabled."""

from __future__ import annotations

import io

from ember.progress import Progress, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_draws_steps_on_a_terminal():
    stream = Terminal()
    bar = Progress(None, "compiling", total=1, stream=stream)
    bar.add_total(1)
    bar.start("import")
    bar.start("graph-fuse")
    bar.close()
    text = stream.getvalue()
    assert "compiling: import" in text and "compiling: graph-fuse" in text and "1/2" in text


def test_silent_when_not_a_terminal_or_quiet():
    for enabled, stream in ((None, io.StringIO()), (False, Terminal())):
        bar = Progress(enabled, "compiling", total=2, stream=stream)
        bar.start("import")
        bar.advance(1, "x")
        bar.close()
        assert not bar.active and stream.getvalue() == ""
    assert wanted(True, io.StringIO()) and not wanted(None, io.StringIO())


def test_compile_draws_every_pass(tiny_cnn, monkeypatch):
    import sys

    import ember

    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    ember.compile(tiny_cnn, cache=False)
    text = stream.getvalue()
    for step in ("import", "convert-graph-to-linalg", "llvm-O3", "llvm-codegen"):
        assert f"compiling: {step}" in text
