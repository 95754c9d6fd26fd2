"""The converter table of the ONNX frontend: ``CONVERTERS[(op_type, since_version)]``.

A converter turns one ONNX node (seen through a `NodeContext`) into graph-dialect values, one per
ONNX output it supports. An entry keyed ``(op, v)`` handles every schema version of ``op`` from
``v`` up to the next key of the same op. ``docs/onnx-ops.md`` is generated from this table
(``scripts/gen_onnx_ops_doc.py``), so the documentation cannot go stale.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from xdsl.ir import SSAValue

if TYPE_CHECKING:
    from ember.frontend.onnx.builder import NodeContext


class Converter(Protocol):
    """Convert one node: returns its result values in ONNX output order."""

    def __call__(self, cx: NodeContext) -> SSAValue | Sequence[SSAValue]: ...


CONVERTERS: dict[tuple[str, int], Converter] = {}


def converter(op_type: str, *since_versions: int) -> Callable[[Converter], Converter]:
    """Register the decorated function for ``op_type`` from each of ``since_versions``."""

    def register(fn: Converter) -> Converter:
        for since in since_versions or (1,):
            key = (op_type, since)
            if key in CONVERTERS:
                raise KeyError(f"two ONNX converters registered for {key}")
            CONVERTERS[key] = fn
        return fn

    return register


def find_converter(op_type: str, schema_version: int) -> Converter | None:
    """The converter for ``op_type`` at ONNX schema version ``schema_version``, if any."""
    best: tuple[int, Converter] | None = None
    for (name, since), fn in CONVERTERS.items():
        if name == op_type and since <= schema_version and (best is None or since > best[0]):
            best = (since, fn)
    return None if best is None else best[1]


def supported_since(op_type: str) -> tuple[int, ...]:
    """The since-versions ``op_type`` has converters for, ascending."""
    return tuple(sorted(since for name, since in CONVERTERS if name == op_type))
