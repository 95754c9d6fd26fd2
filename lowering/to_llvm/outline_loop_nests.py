"""``scf-outline-loop-nests``: move each top-level loop nest of a function into its own function,
one function per distinct nest.

Loop stage -> loop stage, run first in ``loops-to-llvm``. A whole model lowers to one entry
function holding every loop nest; LLVM's loop passes (IndVarSimplify, LoopRotate, loop
unswitching, the vectoriser) then cost time superlinear in the function's size (Inception-v2:
21 k lines of IR, 23 s of O3 CPU time, against 1.1 s for SqueezeNet's 7.6 k lines). Outlining
each nest into a ``no_inline`` function keeps every function small, so O3 time grows linearly
with the model::

    func.func @main(%x, %out) {              func.func @main(%x, %out) {
      %t = memref.alloc()                      %t = memref.alloc()
      scf.for ... { use %x, %t }      ==>      func.call @main_nest0(%x, %t)
      scf.for ... { use %t, %out }             func.call @main_nest1(%t, %out)
    }                                        }
                                             func.func private @main_nest0(%x, %t) attributes {no_inline}

Values the nest uses from outside become arguments, except constants and ``memref.get_global``,
which are moved (cloned) into the new function. Nests that yield results stay where they are. A
nest may be an ``scf.for`` or an ``scf.parallel`` (``convert-scf-parallel-to-openmp`` runs next).

**Shared kernels.** Nests that are the same up to the globals they read (ResNet-50's 16 bottleneck
blocks repeat a handful of convolution shapes with different weights) become one function: the
globals are then arguments too, and every site calls it with its own. So each distinct kernel is
lowered, translated and compiled by LLVM once (ResNet-50: 169 nests, 66 functions). Identity is
structural (:func:`nest_signature`: op names, attributes, properties, types, regions and the
def-use graph), so it needs no printing.

Pre-condition: loop stage (scf.for on memrefs). Post-condition: top-level nests are calls.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import ModuleOp, UnitAttr
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from ember.registry import register_pass

CLONED_DEFINITIONS = (arith.ConstantOp, memref.GetGlobalOp)
"""Ops defining outside values that are cloned into the outlined function instead of passed
(``memref.get_global`` only in a function no other nest shares)."""


def _cloned(value: SSAValue, share: bool) -> bool:
    owner = value.owner
    if not isinstance(owner, CLONED_DEFINITIONS) or owner.operands:
        return False
    return not (share and isinstance(owner, memref.GetGlobalOp))


def free_values(nest: Operation) -> list[SSAValue]:
    """Values used inside ``nest`` but defined outside it, in first-use order."""
    return analyze(nest).free


def _attribute_key(attrs: dict[str, object]) -> tuple[Hashable, ...]:
    return tuple(sorted(attrs.items())) if attrs else ()


class Signature:
    """The tokens of a nest, hashed once (a tuple recomputes its hash on every dict lookup)."""

    __slots__ = ("_hash", "tokens")

    def __init__(self, tokens: tuple[Hashable, ...]) -> None:
        self.tokens = tokens
        self._hash = hash(tokens)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signature) and self._hash == other._hash and self.tokens == other.tokens


@dataclass
class Nest:
    """A top-level loop nest: its ops, the values it uses from outside (first-use order) and
    its structural signature (equal for nests that differ only in those values' identities
    and in the globals they read)."""

    op: Operation
    ops: list[Operation]
    free: list[SSAValue]
    signature: Signature


def _free_token(value: SSAValue, free: dict[SSAValue, int]) -> Hashable:
    """How a value defined outside the nest enters the signature: a constant by its value, a
    global or any other value by its position among the free values (with its type)."""
    owner = value.owner
    if isinstance(owner, arith.ConstantOp) and not owner.operands:
        return ("c", owner.value, value.type)
    return ("a", free.setdefault(value, len(free)), value.type)


def analyze(nest: Operation) -> Nest:
    """One pre-order walk of ``nest``: the values it defines are numbered in definition order,
    every op becomes one token (name, operands, result types, attributes, properties, the shape
    of its regions)."""
    numbers: dict[SSAValue, int] = {}
    free: dict[SSAValue, int] = {}
    order: dict[SSAValue, None] = {}
    ops: list[Operation] = []
    tokens: list[Hashable] = []
    for op in nest.walk():
        ops.append(op)
        operands = []
        for operand in op.operands:
            number = numbers.get(operand)
            if number is None:
                order.setdefault(operand, None)
                operands.append(_free_token(operand, free))
            else:
                operands.append(number)
        regions = []
        for region in op.regions:
            blocks = []
            for block in region.blocks:
                for arg in block.args:
                    numbers[arg] = len(numbers)
                blocks.append((tuple(a.type for a in block.args), len(block.ops)))
            regions.append(tuple(blocks))
        for result in op.results:
            numbers[result] = len(numbers)
        tokens.append((op.name, tuple(operands), tuple(r.type for r in op.results),
                       _attribute_key(op.attributes), _attribute_key(op.properties), tuple(regions)))  # fmt: skip
    return Nest(nest, ops, list(order), Signature(tuple(tokens)))


def outline(nest: Nest, name: str, *, share: bool = False) -> func.FuncOp:
    """A ``no_inline`` function holding ``nest`` (moved, not copied); ``nest`` is replaced by a
    call of it. With ``share`` the globals it reads are arguments too."""
    block = Block()
    arguments: list[SSAValue] = []
    mapping: dict[SSAValue, SSAValue] = {}
    for value in nest.free:
        if _cloned(value, share):
            clone = value.owner.clone()  # type: ignore[union-attr]
            block.add_op(clone)
            replacement = clone.results[0]
        else:
            replacement = block.insert_arg(value.type, len(block.args))
            replacement.name_hint = value.name_hint
            arguments.append(value)
        mapping[value] = replacement
    for op in nest.ops:  # not SSAValue.replace_uses_with_if: a constant of @main has many uses
        for index, operand in enumerate(op.operands):
            if operand in mapping:
                op.operands[index] = mapping[operand]
    parent = nest.op.parent_block()
    assert parent is not None
    parent.insert_op_before(func.CallOp(name, arguments, []), nest.op)
    nest.op.detach()
    block.add_op(nest.op)
    block.add_op(func.ReturnOp())
    kernel = func.FuncOp(name, ([a.type for a in arguments], []), Region(block), visibility="private")
    kernel.attributes["no_inline"] = UnitAttr()
    return kernel


def call_shared(nest: Nest, name: str) -> None:
    """Replace ``nest`` by a call of the already outlined identical kernel ``name``."""
    arguments = [v for v in nest.free if not _cloned(v, True)]
    parent = nest.op.parent_block()
    assert parent is not None
    parent.insert_op_before(func.CallOp(name, arguments, []), nest.op)
    nest.op.detach()
    nest.op.erase()


def outline_function(fn: func.FuncOp, kernels: dict[Signature, str]) -> list[func.FuncOp]:
    """Outline every result-free top-level ``scf.for`` / ``scf.parallel`` of ``fn``, one
    function per distinct nest (``kernels`` maps the signatures outlined so far, across the
    module's functions, to their names); the new functions."""
    if not fn.body.blocks:
        return []
    nests = [analyze(op) for op in fn.body.block.ops if isinstance(op, scf.ForOp | scf.ParallelOp) and not op.results]
    if len(nests) < 2:
        return []
    counts: dict[Signature, int] = {}
    for nest in nests:
        counts[nest.signature] = counts.get(nest.signature, 0) + 1
    name = fn.sym_name.data
    outlined = []
    for i, nest in enumerate(nests):
        shared = kernels.get(nest.signature)
        if shared is not None:
            call_shared(nest, shared)
            continue
        outlined.append(outline(nest, f"{name}_nest{i}", share=counts[nest.signature] > 1))
        if counts[nest.signature] > 1:
            kernels[nest.signature] = outlined[-1].sym_name.data
    return outlined


@register_pass
@dataclass(frozen=True)
class ScfOutlineLoopNestsPass(ModulePass):
    """Move each top-level loop nest into its own no_inline function (keeps LLVM's O3 linear);
    identical nests share one function.

    Pre-condition: loop stage. Post-condition: functions with several nests call one function
    per distinct nest (nests that differ only in the globals they read share one, which takes
    the globals as arguments); the nests themselves are unchanged.
    """

    name = "scf-outline-loop-nests"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        functions = [f for f in op.ops if isinstance(f, func.FuncOp)]
        kernels: dict[Signature, str] = {}
        for fn in functions:
            for kernel in outline_function(fn, kernels):
                op.body.block.add_op(kernel)
