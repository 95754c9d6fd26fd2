"""Compile-time weight packing for the micro-kernel passes (memref stage).

A weight is a ``memref.get_global`` of a constant ``memref.global`` (what ``bufferize`` makes of
a constant tensor), possibly seen through ``memref.expand_shape`` / ``collapse_shape`` (e.g. the
height-1 view of a 1-D convolution's weights). :func:`constant_of` reads its data as numpy; :func:`packed_global` adds a new
constant global holding a re-laid-out copy (e.g. GEMM B panels ``[N/NR][K][NR]``) and returns a
``memref.get_global`` of it inserted before a given op.
"""

from __future__ import annotations

import numpy as np
from xdsl.dialects import memref
from xdsl.dialects.builtin import ModuleOp, StringAttr, SymbolRefAttr, UnitAttr
from xdsl.ir import Operation, SSAValue

from ember.dialects.graph.resources import dense_from_numpy, dense_view
from ember.lowering.bufferize import memref_type

ALIGNMENT = 64


def _global(module: ModuleOp, name: str) -> memref.GlobalOp | None:
    for op in module.ops:
        if isinstance(op, memref.GlobalOp) and op.sym_name.data == name:
            return op
    return None


RESHAPES = (memref.ExpandShapeOp, memref.CollapseShapeOp)


def constant_of(value: SSAValue) -> tuple[str, np.ndarray] | None:
    """(global name, data) when ``value`` is a ``memref.get_global`` of a constant global, or a
    reshape (``memref.expand_shape`` / ``collapse_shape``) of one (data in the reshaped shape,
    read-only: a view of the global's bytes)."""
    owner = value.owner
    if isinstance(owner, RESHAPES):
        source = constant_of(owner.src)
        shape = value.type.get_shape()  # type: ignore[union-attr]
        return None if source is None else (source[0], source[1].reshape(shape))
    if not isinstance(owner, memref.GetGlobalOp):
        return None
    module = owner.get_toplevel_object()
    if not isinstance(module, ModuleOp):
        return None
    name = owner.name_.root_reference.data
    glob = _global(module, name)
    if glob is None or glob.constant is None or glob.initial_value is None:
        return None
    try:
        return name, dense_view(glob.initial_value)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - an initialiser we cannot read: simply do not pack
        return None


def erase_if_unused(value: SSAValue) -> None:
    """Erase the ``memref.get_global`` defining ``value`` (through reshapes of it) once nothing
    reads it."""
    owner = value.owner
    if isinstance(owner, (memref.GetGlobalOp, *RESHAPES)) and not value.uses:
        source = owner.src if isinstance(owner, RESHAPES) else None
        owner.detach()
        owner.erase()
        if source is not None:
            erase_if_unused(source)


def drop_unused_globals(module: ModuleOp, names: set[str]) -> None:
    """Erase the globals in ``names`` that no ``memref.get_global`` reads any more (weights
    replaced by their packed copies), so that they are neither emitted nor bound."""
    used = {op.name_.root_reference.data for op in module.walk() if isinstance(op, memref.GetGlobalOp)}
    for op in list(module.ops):
        if isinstance(op, memref.GlobalOp) and op.sym_name.data in names and op.sym_name.data not in used:
            module.body.block.erase_op(op)


def packed_global(anchor: Operation, source: str, suffix: str, data: np.ndarray) -> SSAValue:
    """A constant global ``<source>_<suffix>`` holding ``data`` (created once per module), read
    by a ``memref.get_global`` inserted before ``anchor``."""
    module = anchor.get_toplevel_object()
    assert isinstance(module, ModuleOp)
    name = f"{source}_{suffix}"
    attr = dense_from_numpy(np.ascontiguousarray(data))
    mtype = memref_type(attr.get_type())
    if _global(module, name) is None:
        glob = memref.GlobalOp.get(StringAttr(name), mtype, attr, constant=UnitAttr(), alignment=ALIGNMENT)
        original = _global(module, source)
        assert original is not None
        module.body.block.insert_op_after(glob, original)
    get = memref.GetGlobalOp.build(properties={"name": SymbolRefAttr(name)}, result_types=[mtype])
    block = anchor.parent_block()
    assert block is not None
    block.insert_op_before(get, anchor)
    return get.results[0]
