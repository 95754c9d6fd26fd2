"""Every console script of pyproject.toml names an importable ``main`` whose ``--help`` works."""

from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]


@pytest.mark.parametrize(("name", "target"), sorted(SCRIPTS.items()))
def test_script_entry_point(name, target):
    module, _, function = target.partition(":")
    assert callable(getattr(importlib.import_module(module), function))
    result = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage:" in result.stdout.lower(), result.stderr
    assert name in result.stdout or module.rsplit(".", 1)[-1] in result.stdout
