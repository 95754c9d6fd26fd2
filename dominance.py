"""Block dominance within one region, for ember's verifier (``ember.verifier``).

A region's control-flow graph has its first block as entry and an edge from each block to the
successors of its last op. :class:`RegionDominance` computes the immediate dominators with the
iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm") over a
reverse post-order, then numbers the dominator tree so that each query is O(1). As in MLIR, a
block the entry cannot reach is dominated by every block (uses in dead code are not errors).
Everything is iterative: no recursion however long the region.
"""

from __future__ import annotations

from xdsl.ir import Block, Region


def block_successors(block: Block) -> tuple[Block, ...]:
    """The blocks control may flow to from the end of ``block``."""
    last = block.last_op
    return tuple(last.successors) if last is not None else ()


def _reverse_post_order(entry: Block) -> list[Block]:
    order: list[Block] = []
    seen = {entry}
    stack: list[tuple[Block, int]] = [(entry, 0)]
    while stack:
        block, next_child = stack[-1]
        children = block_successors(block)
        if next_child < len(children):
            stack[-1] = (block, next_child + 1)
            child = children[next_child]
            if child not in seen:
                seen.add(child)
                stack.append((child, 0))
        else:
            stack.pop()
            order.append(block)
    order.reverse()
    return order


def _immediate_dominators(order: list[Block]) -> list[int]:
    """idom[i] for the blocks in reverse post-order ``order`` (indices into it; idom[0] == 0)."""
    number = {block: i for i, block in enumerate(order)}
    preds: list[list[int]] = [[] for _ in order]
    for i, block in enumerate(order):
        for succ in block_successors(block):
            preds[number[succ]].append(i)
    idom = [-1] * len(order)
    idom[0] = 0
    changed = True
    while changed:
        changed = False
        for i in range(1, len(order)):
            new = -1
            for p in preds[i]:
                if idom[p] < 0:
                    continue
                new = p if new < 0 else _intersect(idom, p, new)
            if new != idom[i]:
                idom[i] = new
                changed = True
    return idom


def _intersect(idom: list[int], a: int, b: int) -> int:
    while a != b:
        while a > b:
            a = idom[a]
        while b > a:
            b = idom[b]
    return a


class RegionDominance:
    """Answers "does block ``a`` dominate block ``b``?" for the blocks of one region."""

    def __init__(self, region: Region) -> None:
        entry = region.first_block
        order = _reverse_post_order(entry) if entry is not None else []
        idom = _immediate_dominators(order) if order else []
        children: list[list[int]] = [[] for _ in order]
        for i in range(1, len(order)):
            children[idom[i]].append(i)
        self._enter: dict[Block, int] = {}
        self._exit: dict[Block, int] = {}
        clock = 0
        stack: list[tuple[int, int]] = [(0, 0)] if order else []
        while stack:
            node, next_child = stack[-1]
            if next_child == 0:
                self._enter[order[node]] = clock
                clock += 1
            if next_child < len(children[node]):
                stack[-1] = (node, next_child + 1)
                stack.append((children[node][next_child], 0))
            else:
                stack.pop()
                self._exit[order[node]] = clock
                clock += 1

    def reachable(self, block: Block) -> bool:
        return block in self._enter

    def dominates(self, a: Block, b: Block) -> bool:
        """``a`` dominates ``b`` (every block dominates itself and every unreachable block)."""
        if a is b or b not in self._enter:
            return True
        if a not in self._enter:
            return False
        return self._enter[a] <= self._enter[b] and self._exit[b] <= self._exit[a]
