"""ONNX frontend: the only package that imports ``onnx``.

``import_onnx(model, input_shapes=None)`` turns an ONNX model (path, bytes or ``ModelProto``)
into a graph-dialect module. Layout:

- ``load``: read and check the model (corrupt file, external data, checker, opset);
- ``importer``: resolve every node to a converter (all unsupported ops reported at once), build
  ``func.func @main``, check the outputs against their declared types;
- ``builder``: constants (``dense`` / ``dense_resource``), locations, import-time folding and the
  static operands ONNX passes as tensors;
- ``table`` + ``converters``: the converter table keyed by (op type, since-version), filled by
  ``ops_elementwise``, ``ops_nn``, ``ops_shape``, ``ops_composite``, ``ops_attention``,
  ``ops_signal``, ``ops_quantized``, ``ops_sampling``, ``ops_roi``, ``ops_sequence``, ``ops_unfold`` (and ``einsum``, ``resize_matrix`` helpers); ``attrs`` reads attributes;
- ``structured``: sequences and optionals as the importer holds them (tuples of tensor values),
  and how sequence / optional graph outputs are flattened into ``@main``'s results;
- ``fold``: nodes without a converter evaluated by onnx's reference when their inputs are static;
- ``digest``: a model's sha256 for the compile cache, without parsing it.
- ``bind``: graph inputs bound as initializers, and the input signature, for the driver's
  per-value compiles of shape operands (``ember.specialize``).

The ONNX node-test runner drives the frontend and the runtime from above, so it lives with the
scripts (``scripts/onnx_conformance_cases.py``), not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xdsl.dialects.builtin import ModuleOp

__all__ = ["import_onnx"]


def import_onnx(model: Any, input_shapes: Any = None, weights_as_params: bool = False, dynamic_dims: Any = None) -> ModuleOp:
    """Import an ONNX model as a graph-stage module (see `ember.frontend.onnx.importer`)."""
    from ember.frontend.onnx.importer import import_onnx as _import

    return _import(model, input_shapes=input_shapes, weights_as_params=weights_as_params, dynamic_dims=dynamic_dims)
