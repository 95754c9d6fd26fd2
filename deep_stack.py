"""Room for deeply nested IR: run a call on a thread with a large stack and recursion limit.

xDSL's parser, printer, verifier and walks recurse once (or a few times) per level of nested
regions, attributes and types, so Python's default limit of 1,000 frames stops them after about
100 levels. The command-line tools (``tools/cli.run_tool``) and ``ember.compile`` on text run
their work through :func:`call_with_deep_stack`, which gives :data:`NESTING_DEPTH` levels (at
least 1,000; documented in docs/tools.md) room; deeper input is reported by the parser as
``file:line:col: error: nesting too deep`` (``textual.LocatingParser``) instead of crashing.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

NESTING_DEPTH = 1000
"""Levels of nested regions, attributes or types every tool accepts."""

RECURSION_LIMIT = 30_000
"""Python frames allowed on the deep stack (1,000 nested regions need about 10,000)."""

STACK_BYTES = 1 << 30
"""The worker thread's stack (address space only: pages are touched as the recursion grows)."""


def call_with_deep_stack(function: Callable[[], T]) -> T:
    """``function()`` on a thread whose stack and recursion limit fit deeply nested IR; its
    result is returned and its exception re-raised here. Already on such a thread (or if no
    thread can be made), it runs directly."""
    if getattr(_LOCAL, "deep", False):
        return function()
    outcome: dict[str, object] = {}

    def body() -> None:
        _LOCAL.deep = True
        try:
            outcome["result"] = function()
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    previous_limit = sys.getrecursionlimit()
    try:
        previous_size = threading.stack_size(STACK_BYTES)
    except (ValueError, RuntimeError):  # platform without settable stacks: run as is
        return function()
    try:
        sys.setrecursionlimit(max(previous_limit, RECURSION_LIMIT))
        worker = threading.Thread(target=body, name="ember-deep-stack", daemon=True)
        worker.start()
    finally:
        threading.stack_size(previous_size)
    worker.join()  # (interrupted by ^C, the daemon worker dies with the process)
    sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


_LOCAL = threading.local()
