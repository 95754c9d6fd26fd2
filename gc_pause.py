"""Python's cyclic garbage collector paused around work that builds much IR (a parse, a print, a
compile), and back to its previous state after.

xDSL's IR is a graph of cycles (ops, blocks, regions, uses): a compile or a parse allocates
millions of objects that all stay alive, and every collection of the oldest generation walks
them all. Paused, ResNet-50's lowering takes 16 s of CPU instead of 24 s for 10 % more peak
memory, and the collector's passes were a third of the time to parse a 5,000-op function
(docs/compile-speed.md); the garbage is collected by the next collection after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for the duration (and back to its previous state)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
