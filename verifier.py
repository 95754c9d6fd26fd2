"""ember's structural verifier: the checks mlir-opt makes and xDSL 0.74 does not.

``textual.verify_module`` runs :func:`find_structural_error` before xDSL's own verifier, so every
tool checks these after parsing and ``ember-opt`` after every pass:

- SSA dominance: a value is used only where its definition dominates the use (later in the same
  block, in a block the defining block dominates, or in a region nested in either); a use never
  reaches across an isolated-from-above op such as ``func.func``; the body of ``builtin.module``
  is a graph region (no dominance), as in MLIR;
- blocks: no empty block and every block ends with a terminator (unless the region's op has
  ``NoTerminator``), terminators only last, entry blocks without predecessors;
- branches: the operands passed to each successor match its block arguments in count and type,
  and a successor lives in the branch's own region;
- accesses: ``memref.load/store`` and ``vector.load/store`` give one index per memref dimension;
- ``linalg.yield`` yields one value per output of its linalg op, of the output's element type.

One iterative pre-order walk (no recursion, so deeply nested IR is fine); op positions are
numbered once per block and dominators computed once per multi-block region
(``ember.dominance``), so the cost is linear in the size of the IR. The first problem in walk
order is returned as (op or block, message); ``textual`` turns it into a located error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from xdsl.dialects.builtin import MemRefType, ModuleOp, ShapedType, UnregisteredOp
from xdsl.ir import Block, BlockArgument, Operation, OpResult, Region, SSAValue
from xdsl.traits import IsolatedFromAbove, IsTerminator, NoTerminator

from ember.dominance import RegionDominance

Anchor = Operation | Block
Finding = tuple[Anchor, str]


def _operands(op: Operation, name: str) -> tuple[SSAValue, ...]:
    return tuple(getattr(op, name))


def _switch_edges(op: Operation) -> list[tuple[Block, Sequence[SSAValue]]]:
    default = (op.default_block, _operands(op, "default_operands"))  # type: ignore[attr-defined]
    edges: list[tuple[Block, Sequence[SSAValue]]] = [default]
    edges.extend(zip(op.case_blocks, op.case_operand, strict=True))  # type: ignore[attr-defined]
    return edges


def _br_edges(op: Operation) -> list[tuple[Block, Sequence[SSAValue]]]:
    return [(op.successor, _operands(op, "arguments"))]  # type: ignore[attr-defined]


def _cond_br_edges(op: Operation) -> list[tuple[Block, Sequence[SSAValue]]]:
    return [
        (op.then_block, _operands(op, "then_arguments")),  # type: ignore[attr-defined]
        (op.else_block, _operands(op, "else_arguments")),  # type: ignore[attr-defined]
    ]


SUCCESSOR_OPERANDS: dict[str, Callable[[Operation], list[tuple[Block, Sequence[SSAValue]]]]] = {
    "cf.br": _br_edges,
    "llvm.br": _br_edges,
    "cf.cond_br": _cond_br_edges,
    "llvm.cond_br": _cond_br_edges,
    "cf.switch": _switch_edges,
}
"""For each branch op, the operands it forwards to each successor."""

INDEXED_ACCESSES: dict[str, tuple[int, str]] = {
    "memref.load": (0, "load"),
    "memref.store": (1, "store"),
    "vector.load": (0, "load"),
    "vector.store": (1, "store"),
}
"""For each memref access, the position of its memref operand (indices follow it)."""


def _check_indices(op: Operation) -> str | None:
    position, verb = INDEXED_ACCESSES[op.name]
    if len(op.operands) <= position:
        return None
    memref_type = op.operands[position].type
    if not isinstance(memref_type, MemRefType):
        return None
    given = len(op.operands) - position - 1
    rank = memref_type.get_num_dims()
    if given == rank:
        return None
    return f"incorrect number of indices for {verb}: {memref_type} has rank {rank} but {given} given"


def _check_successor_operands(op: Operation) -> str | None:
    edges = SUCCESSOR_OPERANDS[op.name](op)
    for number, (block, operands) in enumerate(edges):
        args = block.args
        if len(operands) != len(args):
            return (
                f"branch has {len(operands)} operands for successor #{number}, "
                f"but target block has {len(args)}"
            )
        for i, (value, arg) in enumerate(zip(operands, args, strict=True)):
            if value.type != arg.type:
                return (
                    f"type mismatch for bb argument #{i} of successor #{number}: "
                    f"passing {value.type} to an argument of type {arg.type}"
                )
    return None


def _check_linalg_yield(op: Operation) -> str | None:
    """A linalg body yields one value per output, of the output's element type."""
    from xdsl.dialects.linalg.abstract_ops import (
        LinalgStructuredOperation,  # (only linalg IR needs it)
    )

    parent = op.parent_op()
    outputs = getattr(parent, "outputs", None) if isinstance(parent, LinalgStructuredOperation) else None
    if outputs is None:
        return None
    if len(op.operands) != len(outputs):
        return (
            f"expected number of yield values ({len(op.operands)}) to match the number of "
            f"outputs of the enclosing '{parent.name}' ({len(outputs)})"  # type: ignore[union-attr]
        )
    for i, (value, out) in enumerate(zip(op.operands, outputs, strict=True)):
        element = out.type.get_element_type() if isinstance(out.type, ShapedType) else out.type
        if value.type != element:
            return f"type of yield operand #{i} ({value.type}) does not match the output element type {element}"
    return None


def _is_graph_region(region: Region) -> bool:
    """Regions without SSA dominance (MLIR's RegionKind::Graph): the body of builtin.module."""
    return isinstance(region.parent, ModuleOp)


def _may_terminate(op: Operation) -> bool:
    return isinstance(op, UnregisteredOp) or op.has_trait(IsTerminator)


class _Checker:
    """One walk over a module; remembers op positions and per-region dominance as it goes."""

    def __init__(self) -> None:
        self.position: dict[int, int] = {}
        """Each op's index in its block, by the op's identity (the IR is alive while checked)."""
        self.dominance: dict[Region, RegionDominance] = {}

    def run(self, root: Operation) -> Finding | None:
        stack = [root]
        while stack:
            op = stack.pop()
            found = self.check_op(op)
            if found is not None:
                return found
            for region in reversed(op.regions):
                found, block_ops = self.enter_region(region)
                if found is not None:
                    return found
                for ops in reversed(block_ops):
                    stack.extend(reversed(ops))
        return None

    def enter_region(self, region: Region) -> tuple[Finding | None, list[tuple[Operation, ...]]]:
        """Check the region's blocks' terminators and number their ops; a problem, and the
        ops of each block (for the walk)."""
        parent = region.parent
        needs_terminator = parent is not None and not (
            isinstance(parent, ModuleOp) or parent.has_trait(NoTerminator)
        )
        block_ops: list[tuple[Operation, ...]] = []
        for block in region.blocks:
            ops = tuple(block.ops)
            block_ops.append(ops)
            self.position.update(zip(map(id, ops), range(len(ops)), strict=True))
            if not needs_terminator:
                continue
            last = block.last_op
            if last is None:
                return (block, "empty block: expect at least a terminator"), block_ops
            if not _may_terminate(last):
                return (last, f"'{parent.name}' op block with no terminator, has '{last.name}'"), block_ops
        if region.first_block is not None and region.first_block.next_block is not None:
            if not _is_graph_region(region):
                self.dominance[region] = RegionDominance(region)
        return None, block_ops

    def check_op(self, op: Operation) -> Finding | None:
        message = self.op_message(op)
        return (op, message) if message is not None else None

    def op_message(self, op: Operation) -> str | None:
        for number, value in enumerate(op._operands):  # pyright: ignore[reportPrivateUsage]
            if self.use_in_own_block(op, value):
                continue
            message = self.check_use(op, value, number)
            if message is not None:
                return message
        if op._successors or _is_terminator(op):  # pyright: ignore[reportPrivateUsage]
            message = self.check_terminator(op)
            if message is not None:
                return message
        local = OP_CHECKS.get(op.name)
        return local(op) if local is not None else None

    def check_terminator(self, op: Operation) -> str | None:
        block = op.parent_block()
        if block is None:
            return None
        if op is not block.last_op:
            if op.successors:
                return "operation with block successors must terminate its parent block"
            return "must be the last operation in the parent block"
        region = block.parent
        for successor in op.successors:
            if successor.parent is not region:
                return "reference to block defined in another region"
            if region is not None and successor is region.first_block:
                return "entry block of region may not have predecessors"
        return None

    def use_in_own_block(self, user: Operation, value: SSAValue) -> bool:
        """The common valid use, told quickly: an argument of the user's block, or the result
        of an op before the user in its block (`check_use` finds no problem in either)."""
        block = user.parent
        if block is None or block.parent is None:
            return False
        kind = type(value)
        if kind is BlockArgument:
            return value.block is block  # type: ignore[attr-defined]
        if kind is OpResult:
            def_op = value.op  # type: ignore[attr-defined]
            position = self.position
            return def_op.parent is block and position[id(def_op)] < position[id(user)]
        return False

    def check_use(self, user: Operation, value: SSAValue, number: int) -> str | None:
        if not isinstance(value, BlockArgument | OpResult):  # e.g. a forward reference never defined
            return f"operand #{number} uses a value that is never defined"
        def_op = value.op if isinstance(value, OpResult) else None
        def_block = value.block if isinstance(value, BlockArgument) else value.op.parent_block()
        if def_block is None or def_block.parent is None:
            return f"operand #{number} is not defined in the IR (its definition was removed)"
        target = def_block.parent
        current = _ancestor_in(user, target)
        if isinstance(current, str):
            return f"operand #{number} {current}"
        if _is_graph_region(target):
            return None
        block = current.parent_block()
        if block is def_block:
            if not isinstance(def_op, Operation) or self.position[id(def_op)] < self.position[id(current)]:
                return None
        else:
            dominance = self.dominance.get(target)
            if dominance is None or dominance.dominates(def_block, block):  # type: ignore[arg-type]
                return None
        return f"operand #{number} does not dominate this use"


_TERMINATORS: dict[type[Operation], bool] = {}
"""Whether an op class has the ``IsTerminator`` trait (traits belong to the class)."""


def _is_terminator(op: Operation) -> bool:
    cls = type(op)
    known = _TERMINATORS.get(cls)
    if known is None:
        known = _TERMINATORS[cls] = op.has_trait(IsTerminator)
    return known


def _ancestor_in(user: Operation, target: Region) -> Operation | str:
    """``user`` or the op enclosing it that lies directly in ``target``; else why there is none."""
    current = user
    while True:
        block = current.parent_block()
        region = block.parent if block is not None else None
        if region is target:
            return current
        parent = region.parent if region is not None else None
        if parent is None:
            return "is not defined in a region enclosing this use"
        if parent.has_trait(IsolatedFromAbove):
            return (
                f"uses a value defined outside the isolated-from-above '{parent.name}' "
                "that contains this use"
            )
        current = parent


OP_CHECKS: dict[str, Callable[[Operation], str | None]] = {
    **{name: _check_indices for name in INDEXED_ACCESSES},
    **{name: _check_successor_operands for name in SUCCESSOR_OPERANDS},
    "linalg.yield": _check_linalg_yield,
}
"""Op-specific checks, by op name."""


def find_structural_error(root: Operation) -> Finding | None:
    """The first structural problem in ``root`` (walk order), as (op or block, message)."""
    return _Checker().run(root)
