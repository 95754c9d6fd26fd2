"""ember-viz: the SVG's structure (nodes, edges, fusion-group clusters, shapes, no weights),
the .dot source, profile colouring, and clean errors."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from ember.tools import ember_viz

graphviz = pytest.importorskip("graphviz", reason="the graphviz Python package is not installed (pip install 'ember[viz]')")
needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot program is not installed (apt-get install graphviz)")
SVG = "{http://www.w3.org/2000/svg}"


def groups(root, kind):
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == kind]


def texts(g):
    return [t.text for t in g.iter(f"{SVG}text")]


@needs_dot
def test_svg_structure(tiny_cnn, tmp_path, capsys):
    out = tmp_path / "graph.svg"
    assert ember_viz.main([tiny_cnn, "-p", "graph-optimize,graph-fuse", "-o", str(out)]) == 0
    root = ET.parse(out).getroot()
    nodes = groups(root, "node")
    labels = {tuple(texts(n)) for n in nodes}
    # the input, six ops, the output; the four weights are not nodes
    assert len(nodes) == 8
    assert ("x", "1x3x16x16 f32") in labels and ("prob", "1x10 f32") in labels
    assert ("conv", "conv1", "1x8x16x16 f32", "weights 8x3x3x3, 8") in labels
    assert ("gemm", "fc", "1x10 f32", "weights 10x512, 10") in labels
    assert len(groups(root, "edge")) == 7
    clusters = groups(root, "cluster")
    assert len(clusters) == 1 and "fusion group 0" in texts(clusters[0])
    # without graph-fuse there are no groups
    assert ember_viz.main([tiny_cnn, "-o", str(out)]) == 0
    assert groups(ET.parse(out).getroot(), "cluster") == []


@needs_dot
def test_profile_colours_nodes(tiny_cnn, tmp_path):
    out = tmp_path / "graph.svg"
    assert ember_viz.main([tiny_cnn, "-p", "graph-optimize,graph-fuse", "--profile", "--repeat", "2", "--quiet", "-o", str(out)]) == 0
    nodes = groups(ET.parse(out).getroot(), "node")
    timed = [n for n in nodes if any(t and t.endswith("%)") for t in texts(n))]
    assert len(timed) == 6  # every op has a time (the conv and relu share their group's)
    fills = {shape.get("fill") for n in timed for shape in n if shape.tag in (f"{SVG}path", f"{SVG}polygon")}
    assert fills - {"white", "#ffffff"}


def test_dot_source_without_rendering(tiny_cnn, tmp_path, capsys):
    out = tmp_path / "graph.dot"
    assert ember_viz.main([tiny_cnn, "-p", "graph-fuse", "-o", str(out)]) == 0
    source = out.read_text()
    assert source.startswith("digraph ember") and "subgraph cluster_main_group0" in source
    assert ember_viz.main([tiny_cnn]) == 0
    assert capsys.readouterr().out.startswith("digraph ember")


def test_mlir_input_draws_the_same_graph(tiny_cnn, tmp_path, capsys):
    from ember.tools import ember_import

    mlir = tmp_path / "tiny.mlir"
    assert ember_import.main([tiny_cnn, "-o", str(mlir)]) == 0
    assert ember_viz.main([str(mlir), "-p", "graph-fuse"]) == 0
    from_mlir = capsys.readouterr().out
    assert ember_viz.main([tiny_cnn, "-p", "graph-fuse"]) == 0
    assert capsys.readouterr().out == from_mlir and 'label="prob' in from_mlir


def test_help_and_errors(tiny_cnn, tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as exit_:
        ember_viz.main(["--help"])
    assert exit_.value.code == 0 and "--profile" in capsys.readouterr().out
    assert ember_viz.main([tiny_cnn, "-o", str(tmp_path / "graph.bmp")]) == 1
    assert "unknown format '.bmp'" in capsys.readouterr().err
    monkeypatch.setitem(sys.modules, "graphviz", None)
    assert ember_viz.main([tiny_cnn]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ember-viz needs the graphviz Python package") and "\n" not in err
