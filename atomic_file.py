"""Files written whole or not at all: a temporary file beside the target, renamed into place.

Bottom layer (standard library only). The compile cache's entries, the digest memos beside them
and the tuning log are written this way, so a reader (another process, or this one after a
crash) sees the old file or the new one, never a part, and two writers of the same file do not
share a temporary (each gets its own name; the last rename wins).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TEMPORARY_SUFFIX = ".tmp"
"""The suffix of every temporary (``.<name>.<random>.tmp``), for cleaners of stale ones."""


@contextlib.contextmanager
def replacing(path: Path, *, binary: bool = True) -> Iterator[IO[Any]]:
    """An open temporary file in ``path``'s directory that replaces ``path`` when the block
    ends normally; on an exception it is deleted and ``path`` is left as it was."""
    handle = tempfile.NamedTemporaryFile(
        "wb" if binary else "w",
        dir=path.parent,
        prefix=f".{path.name}.",
        suffix=TEMPORARY_SUFFIX,
        delete=False,
        encoding=None if binary else "utf-8",
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
