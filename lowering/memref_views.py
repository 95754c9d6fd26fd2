"""Views of memref buffers (MEMREF STAGE helpers shared by the passes that reason about aliasing).

A buffer is a ``memref.alloc`` (or a function argument); ``collapse_shape``, ``expand_shape``,
``cast``, ``subview`` and ``view`` (of an ``i8`` buffer) make views of it that read and write the same memory. ``plan-memory``
extends a buffer's lifetime over its views' uses; the kernel epilogues check that nothing
touches any view of an operand between a kernel and the op they fuse into it.
"""

from __future__ import annotations

from collections.abc import Iterator

from xdsl.dialects import memref
from xdsl.ir import Block, Operation, SSAValue

VIEW_OPS = (memref.CollapseShapeOp, memref.ExpandShapeOp, memref.CastOp, memref.SubviewOp, memref.ViewOp)
"""Ops whose result views their first operand's memory."""


def root(value: SSAValue) -> SSAValue:
    """The buffer ``value`` is a (possibly nested) view of; itself when it is no view."""
    while isinstance(value.owner, VIEW_OPS):
        value = value.owner.operands[0]
    return value


def aliases(value: SSAValue) -> Iterator[SSAValue]:
    """``value`` and every view of it, transitively."""
    work = [value]
    while work:
        current = work.pop()
        yield current
        work += [use.operation.results[0] for use in current.uses if isinstance(use.operation, VIEW_OPS)]


def top_level(op: Operation, block: Block) -> Operation:
    """The ancestor of ``op`` (or ``op``) that sits in ``block`` (the top-level op a use inside
    a loop nest counts for)."""
    while op.parent_block() is not block:
        parent = op.parent_op()
        assert parent is not None, "a use outside the function"
        op = parent
    return op
