"""A fast walk of the ops under an op, for the pattern driver's sweeps and IR snapshots.

xDSL's ``Operation.walk`` nests three generators per op; the greedy driver visits every op of a
function on every sweep, so at 50,000 ops that overhead alone is a large share of a sweep. This
walk collects the same ops in the same order into a list with an explicit stack.
"""

from __future__ import annotations

from xdsl.ir import Operation


def ops_under(root: Operation, reverse: bool = False) -> list[Operation]:
    """The ops under ``root`` (``root`` first) in the order of ``root.walk(reverse=reverse)``:
    each op before the ops in its regions; blocks, regions and ops backwards when ``reverse``."""
    found: list[Operation] = []
    stack = [root]
    while stack:
        op = stack.pop()
        found.append(op)
        if not op.regions:
            continue
        children = [child for region in op.regions for block in region.blocks for child in block.ops]
        if not reverse:
            children.reverse()  # the stack pops the last child first
        stack.extend(children)
    return found


__all__ = ["ops_under"]
