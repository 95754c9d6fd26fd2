"""Files written whole or not at all (``ember.atomic_file``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ember.atomic_file import TEMPORARY_SUFFIX, replacing


def test_the_new_text_replaces_the_file_only_when_the_block_ends(tmp_path: Path) -> None:
    path = tmp_path / "log.json"
    path.write_text("old\n")
    with replacing(path, binary=False) as handle:
        handle.write("new\n")
        assert path.read_text() == "old\n"  # (readers see the old file until the rename)
    assert path.read_text() == "new\n"
    assert list(tmp_path.glob(f"*{TEMPORARY_SUFFIX}")) == []


def test_an_error_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "entry.bin"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(path) as handle:
        handle.write(b"half")
        raise RuntimeError("disk full")
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]
