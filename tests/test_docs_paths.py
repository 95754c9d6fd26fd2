"""The README and docs/ refer to nothing outside the repository: every ``*.md`` they name
exists in it, and the only absolute paths are system ones (``/dev``, ``/sys``, ``/proc``,
``/usr`` such as the Debian cross toolchains' sysroots, the user's ``~/.cache``) or the linker
script keyword ``/DISCARD/``, never a developer machine's files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SYSTEM = ("/dev/", "/sys/", "/proc/", "/usr/", "/DISCARD/")
ABSOLUTE = re.compile(r"(?:^|[\s`('\"=])(/[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]*)")
MARKDOWN = re.compile(r"[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md\b")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_path_outside_the_repository(page):
    text = page.read_text(encoding="utf-8")
    absolute = [p for p in ABSOLUTE.findall(text) if not p.startswith(SYSTEM)]
    assert not absolute, f"absolute paths: {absolute}"
    assert "../shared" not in text and "shared folder" not in text
    for name in set(MARKDOWN.findall(text)):
        candidates = [ROOT / name, page.parent / name, ROOT / "docs" / name]
        assert any(c.resolve().is_file() and ROOT in c.resolve().parents for c in candidates), f"{name} is not in the repository"
