"""Python's cyclic garbage collector paused around work that builds much IR (a parse, a print, a
compile), and back to its previous state after.

xDSL's IR is a graph of cycles (ops, blocks, regions, uses): a compile or a parse allocates
millions of objects that all stay alive, and every collection of the oldest generation walks
them all. Paused, ResNet-50's lowering takes 16 s of CPU instead of 24 s for 10 % more peak
memory, and the collector's passes were a third of the time to parse a 5,000-op function
(docs/compile-speed.md); the garbage is collected by the next collection after.

A command-line tool's process also skips the collection Python makes as it exits
(:func:`skip_collection_at_exit`): all its IR is garbage by then, and walking and freeing it
took 0.15 s of the 4.4 s ``ember-opt`` spends on a 50,000-op function.
"""

from __future__ import annotations

import atexit
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


_SKIPPING = False


def skip_collection_at_exit() -> None:
    """At interpreter exit (after the tool has written its output), freeze every object so
    that Python's final collection does not walk the IR left behind: the process is ending and
    the system takes its memory back. Finalizers registered with ``atexit`` or
    ``weakref.finalize`` still run. Registered once per process."""
    global _SKIPPING
    if not _SKIPPING:
        atexit.register(gc.freeze)
        _SKIPPING = True
