"""The package's imports point down only (ARCHITECTURE §2):

    tools -> driver -> {sharded_backend, specialize} -> {frontend, passes, lowering, tuning, runtime} -> dialects -> xDSL

Every ``import`` / ``from`` statement of every module of the installed package is read with
``ast`` (function-level lazy imports included, ``TYPE_CHECKING`` blocks included) and checked
against the layer of the importing module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_PACKAGE = {"tests", "filecheck", "benchmarks", "scripts", "examples", "docs", "build"}

LEVEL = {
    "tools": 7,
    "__init__": 6,
    "torch_backend": 6,  # torch.compile's backend: calls the public compile  # the public API: calls the driver (and the frontend for import_onnx)
    "driver": 5,
    "sharded_backend": 4,  # the driver's multi-process back half: lowering passes + codegen
    "specialize": 4,  # per-value compiles of shape operands; the driver hands it its compile function
    "frontend": 3,
    "passes": 3,
    "lowering": 3,
    "tuning": 3,
    "runtime": 3,
    "registry": 2,
    "pass_index": 1,  # generated data, imports nothing
    "textual": 2,
    "textual_fast": 1,  # the textual parser's fast path (textual.LocatingParser calls it)
    "progress": 2,
    "context": 2,
    "target": 2,
    "universe": 2,
    "dialects": 1,
    "verifier": 1,  # ember-side structural verification (textual.verify_module runs it)
    "dominance": 0,  # dominator trees for the verifier
    "deep_stack": 0,
    "atomic_file": 0,  # files written whole or not at all (cache entries, digest memos, tuning logs)
    "pass_report": 0,  # passes report "changed nothing" to the pass manager (ember-opt's verification)
    "gc_pause": 0,  # the cyclic GC paused around parse, print and compile  # running tools on a thread with room for deeply nested input
    "diagnostics": 0,
    "symbolic": 0,  # symbolic sizes: expressions of run-time dims (pure Python)
}
"""Layer of each top-level module or package: imports go to a lower level, or stay inside the
importing package. The level-3 packages are peers that do not import one another."""


def package_modules() -> list[Path]:
    files = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if parts[0] in NOT_PACKAGE or any(p.startswith(".") or p == "__pycache__" for p in parts):
            continue
        files.append(path)
    return files


def area(path: Path) -> str:
    """The top-level module or package a file belongs to (``runtime``, ``driver``, ...)."""
    parts = path.relative_to(ROOT).parts
    return parts[0] if len(parts) > 1 else path.stem


def imported_areas(path: Path) -> list[tuple[int, str]]:
    """(line, top-level ember area) of every ember import in the file, at any depth."""
    found = []
    package = ["ember", *path.relative_to(ROOT).parent.parts]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the file's package
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [base] if base != "ember" else [f"ember.{a.name}" for a in node.names]
        for name in names:
            if name.startswith("ember."):
                found.append((node.lineno, _area_of(name.split(".")[1])))
    return sorted(found)


def _area_of(top: str) -> str:
    """``from ember import X``: a module or package X, else a name defined in ``__init__``."""
    is_module = (ROOT / top).is_dir() or (ROOT / f"{top}.py").is_file()
    return top if is_module else "__init__"


def violations(path: Path) -> list[str]:
    source = area(path)
    level = LEVEL[source]
    bad = []
    for line, target in imported_areas(path):
        if target == source:
            continue
        where = f"{path.relative_to(ROOT)}:{line}"
        if target not in LEVEL:
            bad.append(f"{where}: imports ember.{target}, which has no layer in this test")
        elif LEVEL[target] >= level:
            bad.append(f"{where}: {source} (level {level}) imports {target} (level {LEVEL[target]})")
    return bad


def test_every_area_has_a_layer():
    areas = {area(p) for p in package_modules()}
    assert areas - set(LEVEL) == set(), "give new top-level modules a layer in LEVEL"
    assert {"driver", "runtime", "frontend", "tools"} <= areas


@pytest.mark.parametrize("path", package_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path):
    assert violations(path) == []


def test_the_checker_sees_lazy_and_relative_imports(tmp_path, monkeypatch):
    """A function-level import of the frontend from the runtime is caught (the rule can fail)."""
    fake = tmp_path / "runtime"
    fake.mkdir()
    (tmp_path / "driver.py").write_text("")
    (tmp_path / "frontend").mkdir()
    (tmp_path / "tools").mkdir()
    (fake / "bad.py").write_text(
        "def f():\n    from ember.frontend.onnx import import_onnx\n\n"
        "from ..tools import cli\nfrom ember import driver\n"
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    found = violations(fake / "bad.py")
    assert len(found) == 3
    assert "runtime (level 3) imports frontend (level 3)" in found[0]
    assert "imports tools (level 7)" in found[1] and "imports driver" in found[2]


def test_no_library_module_imports_the_command_line():
    offenders = [
        f"{p.relative_to(ROOT)}:{line}"
        for p in package_modules()
        if area(p) != "tools"
        for line, target in imported_areas(p)
        if target == "tools"
    ]
    assert offenders == []


def test_the_runtime_knows_nothing_about_onnx():
    for path in (ROOT / "runtime").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        modules |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(m == "onnx" or m.startswith(("onnx.", "ember.frontend")) for m in modules), path
