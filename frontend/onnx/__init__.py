"""ONNX frontend: the only package that imports ``onnx``.

``import_onnx(model, input_shapes=None)`` turns an ONNX model (path, bytes or ``ModelProto``)
into a graph-dialect module (see `importer`); converters live in a table keyed by
(op type, since-version) (see `table` and the ``ops_*`` modules).
"""

from __future__ import annotations

from typing import Any

from xdsl.dialects.builtin import ModuleOp

__all__ = ["import_onnx"]


def import_onnx(model: Any, input_shapes: Any = None, weights_as_params: bool = False) -> ModuleOp:
    """Import an ONNX model as a graph-stage module (see `ember.frontend.onnx.importer`)."""
    from ember.frontend.onnx.importer import import_onnx as _import

    return _import(model, input_shapes=input_shapes, weights_as_params=weights_as_params)
