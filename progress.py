"""Progress bars (tqdm) for work that can take more than a few seconds: a compile, stage by
stage, and the conformance run.

A :class:`Progress` shows the step running now (``lower-to-llvm: convert-graph-to-linalg``)
and how many of the steps are done, on stderr. It is quiet -- and tqdm is not even imported --
when disabled (``progress=False``, a tool's ``--quiet``) or, by default (``None``), when stderr
is not a terminal, so logs, pipes and test runs stay clean. Below the driver and the scripts,
above nothing: it knows no IR.
"""

from __future__ import annotations

import sys
from typing import IO, Any


def wanted(enabled: bool | None, stream: IO[str] | None = None) -> bool:
    """Whether to draw: ``True``/``False`` as given, ``None``: when ``stream`` (stderr) is a
    terminal."""
    if enabled is not None:
        return enabled
    isatty = getattr(stream or sys.stderr, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """A bar over named steps: :meth:`start` a step (the previous one counts as done),
    :meth:`add_total` when more steps become known, :meth:`close` at the end."""

    def __init__(self, enabled: bool | None, description: str, total: int = 0, stream: IO[str] | None = None) -> None:
        self._bar: Any = None
        self._open = False
        self._description = description
        if wanted(enabled, stream):
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=description, unit="step", leave=False, file=stream or sys.stderr,
                             bar_format="{desc} {n_fmt}/{total_fmt} steps [{elapsed}]")  # fmt: skip

    @property
    def active(self) -> bool:
        return self._bar is not None

    def add_total(self, steps: int) -> None:
        if self._bar is not None:
            self._bar.total += steps
            self._bar.refresh()

    def start(self, step: str) -> None:
        if self._bar is None:
            return
        if self._open:
            self._bar.update(1)
        self._open = True
        self._bar.set_description_str(f"{self._description}: {step}")

    def advance(self, steps: int = 1, note: str = "") -> None:
        """Count ``steps`` more as done (work not organised in named steps); ``note`` replaces
        the text after the description."""
        if self._bar is not None and steps:
            if note:
                self._bar.set_description_str(f"{self._description}: {note}")
            self._bar.update(steps)

    def close(self) -> None:
        if self._bar is not None:
            if self._open:
                self._bar.update(1)
            self._bar.close()
            self._bar = None


QUIET = Progress(False, "")
"""A progress object that draws nothing."""


