"""``scf-outline-loop-nests``: move each top-level loop nest of a function into its own function.

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
which are cloned into the new function. Nests that yield results stay where they are. A nest may
be an ``scf.for`` or an ``scf.parallel`` (``convert-scf-parallel-to-openmp`` runs next).

Pre-condition: loop stage (scf.for on memrefs). Post-condition: top-level nests are calls.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, memref, scf
from xdsl.dialects.builtin import ModuleOp, UnitAttr
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from ember.registry import register_pass

CLONED_DEFINITIONS = (arith.ConstantOp, memref.GetGlobalOp)
"""Ops defining outside values that are cloned into the outlined function instead of passed."""


def free_values(nest: Operation) -> list[SSAValue]:
    """Values used inside ``nest`` but defined outside it, in first-use order."""
    inside: set[SSAValue] = set()
    for op in nest.walk():
        inside.update(op.results)
        for region in op.regions:
            for block in region.blocks:
                inside.update(block.args)
    seen: dict[SSAValue, None] = {}
    for op in nest.walk():
        for operand in op.operands:
            if operand not in inside:
                seen.setdefault(operand, None)
    return list(seen)


def outline(nest: Operation, name: str) -> func.FuncOp:
    """A ``no_inline`` function holding ``nest``; ``nest`` is replaced by a call of it."""
    block = Block()
    mapping: dict[SSAValue, SSAValue] = {}
    arguments: list[SSAValue] = []
    for value in free_values(nest):
        owner = value.owner
        if isinstance(owner, CLONED_DEFINITIONS) and not owner.operands:
            clone = owner.clone()
            block.add_op(clone)
            mapping[value] = clone.results[0]
            continue
        arg = block.insert_arg(value.type, len(block.args))
        arg.name_hint = value.name_hint
        mapping[value] = arg
        arguments.append(value)
    block.add_op(nest.clone(value_mapper=mapping))
    block.add_op(func.ReturnOp())
    kernel = func.FuncOp(
        name, ([a.type for a in arguments], []), Region(block), visibility="private"
    )
    kernel.attributes["no_inline"] = UnitAttr()
    parent = nest.parent_block()
    assert parent is not None
    parent.insert_op_before(func.CallOp(name, arguments, []), nest)
    nest.detach()
    nest.erase()
    return kernel


def outline_function(fn: func.FuncOp) -> list[func.FuncOp]:
    """Outline every result-free top-level ``scf.for`` / ``scf.parallel`` of ``fn``; the new
    functions."""
    if not fn.body.blocks:
        return []
    nests = [op for op in fn.body.block.ops if isinstance(op, scf.ForOp | scf.ParallelOp) and not op.results]
    if len(nests) < 2:
        return []
    name = fn.sym_name.data
    return [outline(nest, f"{name}_nest{i}") for i, nest in enumerate(nests)]


@register_pass
@dataclass(frozen=True)
class ScfOutlineLoopNestsPass(ModulePass):
    """Move each top-level loop nest into its own no_inline function (keeps LLVM's O3 linear).

    Pre-condition: loop stage. Post-condition: functions with several nests call one function
    per nest; the nests themselves are unchanged.
    """

    name = "scf-outline-loop-nests"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        functions = [f for f in op.ops if isinstance(f, func.FuncOp)]
        for fn in functions:
            for kernel in outline_function(fn):
                op.body.block.add_op(kernel)
