"""Session-wide test settings: the compile cache of every test process lives in a fresh
temporary directory (``EMBER_CACHE_DIR``), never in the user's ``~/.cache/ember``."""

from __future__ import annotations

import os
import shutil
import tempfile

_CACHE_DIR = tempfile.mkdtemp(prefix="ember-test-cache-")
os.environ["EMBER_CACHE_DIR"] = _CACHE_DIR


def pytest_unconfigure(config) -> None:  # noqa: ARG001, ANN001
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)
