"""Which pattern passes are known to be at their fixpoint on a function's current IR.

A pattern pass is deterministic: run again on IR identical to IR it already brought to its
fixpoint, it changes nothing. Pattern passes that declare ``FUNCTION_LOCAL`` (their patterns
read only the IR under the function they rewrite) record here, after each run, a snapshot of
the function (:func:`ir_state`, a few microseconds per op) and consult it before the next: if
the function is unchanged since, the run is skipped. ``graph-optimize-fixpoint`` reads the
memo of the round's first stage to tell that a round changed nothing (``graph_optimize.py``).

The snapshot holds, for every op and block under the function in program order, the identities
of the op, its parent, operands, results and successors, and the values of its result types,
properties and attributes (and of block arguments). It holds no references to IR objects, so
the memo (weakly keyed by the function) keeps nothing alive; an identity reused after an
object died can only make two snapshots equal when the functions are identical up to the
renaming of objects, on which a deterministic pass behaves identically anyway.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from xdsl.ir import Operation

from ember.passes.patterns.walk import ops_under

IRState = list[object]


def ir_state(root: Operation) -> IRState:
    """A snapshot of the IR under ``root`` (``root`` included) that compares equal only to a
    snapshot of the same, or an identically structured, IR (see the module docstring).

    One flat list (a tuple per op costs twice the time): for each op in program order its
    class, identity, parent, operand and result identities (counted), result types,
    properties, attributes and successors, then its regions' blocks with their arguments."""
    state: IRState = []
    append, extend = state.append, state.extend
    for op in ops_under(root):
        operands, results = op._operands, op.results  # pyright: ignore[reportPrivateUsage]
        extend((type(op), id(op), id(op.parent), len(operands), *map(id, operands), len(results), *map(id, results)))
        extend([r.type for r in results])
        append(tuple(op.properties.items()) if op.properties else None)
        append(tuple(op.attributes.items()) if op.attributes else None)
        successors = op._successors  # pyright: ignore[reportPrivateUsage]
        extend((len(successors), *map(id, successors), len(op.regions)))
        for region in op.regions:
            append(len(region.blocks))
            for block in region.blocks:
                args = block.args
                extend((id(block), len(args), *map(id, args), *[a.type for a in args]))
    return state


@dataclass
class _Entry:
    state: IRState
    passes: set[Hashable] = field(default_factory=set)


_MEMO: WeakKeyDictionary[Operation, _Entry] = WeakKeyDictionary()


def fixpoint_known(root: Operation, key: Hashable) -> bool:
    """Has the pass ``key`` reached its fixpoint on ``root`` at its last recorded state? (When
    not, there is no need to take a snapshot before running it.)"""
    entry = _MEMO.get(root)
    return entry is not None and key in entry.passes


def at_fixpoint(root: Operation, key: Hashable, state: IRState) -> bool:
    """Has the pass ``key`` reached its fixpoint on IR identical to ``state`` (``root``'s now)?"""
    entry = _MEMO.get(root)
    return entry is not None and key in entry.passes and entry.state == state


def record_fixpoint(root: Operation, key: Hashable, state: IRState) -> None:
    """The pass ``key`` has just reached its fixpoint; ``state`` is ``root``'s IR now."""
    entry = _MEMO.get(root)
    if entry is None or entry.state != state:
        _MEMO[root] = entry = _Entry(state)
    entry.passes.add(key)


__all__ = ["IRState", "at_fixpoint", "fixpoint_known", "ir_state", "record_fixpoint"]
