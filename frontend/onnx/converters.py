"""Fills the converter table (`ember.frontend.onnx.table.CONVERTERS`) by importing every
converter family; import this module before looking converters up."""

from ember.frontend.onnx import ops_elementwise, ops_nn, ops_shape  # noqa: F401
from ember.frontend.onnx.table import CONVERTERS, find_converter, supported_since

__all__ = ["CONVERTERS", "find_converter", "supported_since"]
