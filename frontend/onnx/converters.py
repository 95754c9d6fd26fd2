"""Fills the converter table (`ember.frontend.onnx.table.CONVERTERS`) by importing every
converter family; import this module before looking converters up."""

from ember.frontend.onnx import ops_elementwise, ops_nn, ops_shape  # noqa: F401, I001
from ember.frontend.onnx import ops_composite  # noqa: F401  (after ops_nn: wraps LayerNormalization)
from ember.frontend.onnx import (  # noqa: F401
    control_flow, ops_attention, ops_data_dependent, ops_quantized, ops_recurrent, ops_roi, ops_sampling, ops_sequence, ops_signal,
    ops_unfold, scan,
)
from ember.frontend.onnx.table import CONVERTERS, find_converter, supported_since

__all__ = ["CONVERTERS", "find_converter", "supported_since"]
