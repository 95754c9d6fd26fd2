"""The generated reference pages (docs/dialects/graph.md, docs/dialects/patterns.md) are current
and complete: regenerating changes nothing, and every registered graph op and every public name
of the pattern API has a section."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pages_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_dialect_docs.py"), "--check"],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_registered_graph_op_has_a_section():
    from ember.dialects.graph import Graph

    text = (ROOT / "docs" / "dialects" / "graph.md").read_text()
    sections = set(re.findall(r"^### `(graph\.\w+)`$", text, re.M))
    registered = {op.name for op in Graph.operations}
    assert registered and sections == registered
    for op in Graph.operations:  # each names its Python class
        assert f"Python class: `ember.dialects.graph.{op.__name__}`" in text


def test_every_public_pattern_name_has_a_section():
    import ember.passes.patterns as api

    text = (ROOT / "docs" / "dialects" / "patterns.md").read_text()
    sections = set(re.findall(r"^### `(\w+)`", text, re.M))
    assert set(api.__all__) <= sections
    for name in ("op", "Var", "constraint", "rewrite", "compute", "Pattern"):
        assert f"### `{name}`" in text
    assert "- `.bind(" in text and "`where`" in text
