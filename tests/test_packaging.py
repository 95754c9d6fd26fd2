"""Packaging invariants: every Python package of the repository is installed, and ``import ember``
is cheap (no ONNX, LLVM or onnxruntime loaded until a feature needs them)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_INSTALLED = {"tests", "filecheck", "benchmarks", "scripts", "examples", "docs", "build", "dist"}


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return set(config["tool"]["setuptools"]["packages"])


def _package_dirs() -> set[str]:
    found = set()
    for init in ROOT.rglob("__init__.py"):
        parts = init.parent.relative_to(ROOT).parts
        if parts and (parts[0] in NOT_INSTALLED or parts[0].startswith(".")):
            continue
        if any(p in ("Output", "__pycache__") or p.endswith(".egg-info") for p in parts):
            continue
        found.add(".".join(("ember", *parts)))
    return found


def test_every_package_directory_is_installed() -> None:
    missing = sorted(_package_dirs() - _declared_packages())
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_declared_packages_exist() -> None:
    stale = sorted(_declared_packages() - _package_dirs())
    assert not stale, f"pyproject.toml lists packages without an __init__.py: {stale}"


def test_import_ember_is_cheap() -> None:
    code = (
        "import sys, ember; "
        "print(','.join(m for m in ('onnx', 'llvmlite', 'onnxruntime') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"import ember loaded: {out.stdout.strip()}"


def test_graph_dialect_import_does_not_load_onnx_or_llvm() -> None:
    code = (
        "import sys; from ember.dialects import graph; from ember.tools import ember_opt; "
        "print(','.join(m for m in ('onnx', 'llvmlite', 'onnxruntime') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the graph dialect / ember-opt loaded: {out.stdout.strip()}"


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    import ember

    assert ember.__version__ == version("ember")
