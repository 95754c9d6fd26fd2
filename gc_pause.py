"""Python's cyclic garbage collector paused around work that builds much IR (a parse, a print, a
compile), and back to its previous state after.

xDSL's IR is a graph of cycles (ops, blocks, regions, uses): a compile or a parse allocates
millions of objects that all stay alive, and every collection of the oldest generation walks
them all. Paused, ResNet-50's lowering takes 16 s of CPU instead of 24 s for 10 % more peak
memory, and the collector's passes were a third of the time to parse a 5,000-op function
(docs/compile-speed.md); the garbage is collected by the next collection after.

A command-line process also skips the collections that would follow its work
(:func:`pause_until_exit`): all its IR is garbage by then, and walking it took 0.4 s of the
4.4 s ``ember-opt`` spent on a 50,000-op function.
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


_UNTIL_EXIT = False


def pause_until_exit() -> None:
    """For a command-line process, which ends when its tool returns: the cyclic garbage
    collector off from here on (the tool's IR would be walked by the first collection after
    its work, only to be freed at exit), and every object frozen at interpreter exit so that
    Python's final collection does not walk it either (the system takes the memory back).
    Finalizers registered with ``atexit`` or ``weakref.finalize`` still run. Only for a
    console script's own process: never in a library call or a test."""
    global _UNTIL_EXIT
    gc.disable()
    if not _UNTIL_EXIT:
        atexit.register(gc.freeze)
        _UNTIL_EXIT = True
