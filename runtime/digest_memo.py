"""Model-file digests remembered by the file's status, beside the compile cache's entries.

Runtime level, used by :mod:`ember.driver` to key the compile cache. A cache hit must first
know the model's digest, and hashing a model file means reading all of it: for VGG-19 with its
548 MB of weights that was 1.9 of the 1.9 s a hit took (read, sha256, and the search for
external-data records). So the digest of a model file is remembered in
``<cache dir>/digests/<hash of the file's absolute path>``, with the file's size, modification
and status-change times (nanoseconds), inode and device, the way ``make`` and ``ccache``'s
direct mode trust a file's status: a file that changed any of them is hashed again. Only files
that are the whole model are remembered (one that refers to external-data files is hashed each
time, with those files' stamps: ``frontend.onnx.digest``). A missing, unreadable or corrupt
memo is a miss; writes go to a temporary file renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from ember.atomic_file import replacing

DIRECTORY = "digests"
HEX_DIGITS = 64


def _stamp(path: Path) -> str:
    status = path.stat()
    return f"{status.st_size} {status.st_mtime_ns} {status.st_ctime_ns} {status.st_ino} {status.st_dev}"


def _memo_path(directory: Path, path: Path) -> Path:
    name = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:40]
    return directory / DIRECTORY / name


def remembered_digest(directory: Path, path: Path, compute: Callable[[Path], tuple[str, bool]]) -> str:
    """The digest of the file at ``path``: remembered in ``directory`` when its status is
    unchanged, else ``compute(path)`` = (digest, whether it may be remembered), remembered."""
    try:
        stamp = _stamp(path)
    except OSError:
        return compute(path)[0]  # (the computation reports the missing file)
    memo = _memo_path(directory, path)
    with contextlib.suppress(OSError, UnicodeDecodeError):
        lines = memo.read_text().splitlines()
        if len(lines) == 2 and lines[0] == stamp and len(lines[1]) == HEX_DIGITS:
            return lines[1]
    digest, rememberable = compute(path)
    if rememberable and _stamp(path) == stamp:  # (not changed while it was read)
        _write(memo, f"{stamp}\n{digest}\n")
    return digest


def forget_all(directory: Path) -> None:
    """Delete every remembered digest in ``directory`` (the cache's ``clear``)."""
    folder = directory / DIRECTORY
    if folder.is_dir():
        for memo in folder.iterdir():
            with contextlib.suppress(OSError):
                memo.unlink()


def _write(memo: Path, text: str) -> None:
    with contextlib.suppress(OSError):
        memo.parent.mkdir(parents=True, exist_ok=True)
        with replacing(memo, binary=False) as handle:
            handle.write(text)
