"""Typed reading of ONNX node attributes, for the converters of ``ember.frontend.onnx``.

Each converter states an attribute's ONNX default exactly once, at the call that reads it
(``attrs.int_("axis", 1)``); a missing required attribute or one of the wrong kind raises an
`OnnxImportError` naming the node, its op type and the attribute.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import onnx
from onnx import AttributeProto, numpy_helper

from ember.diagnostics import ImportError_

OnnxImportError = ImportError_

_REQUIRED: Any = object()
"""Sentinel default: the attribute must be present."""


def node_label(node: onnx.NodeProto) -> str:
    """How errors name a node: ``'name' (OpType)``; unnamed nodes by their first output given
    (an RNN may leave its first output, Y, unnamed)."""
    name = node.name or next((output for output in node.output if output), "")
    return f"node '{name}' ({node.op_type})"


def shortest_float(value: float) -> float:
    """ONNX float attributes are float32: 0.2 arrives as 0.20000000298...; keep the shortest
    decimal that rounds to the same float32 (0.2), which is what the model's author wrote."""
    return float(repr(np.float32(value)).removeprefix("np.float32(").removesuffix(")"))


FLAGS = frozenset({
    "keepdims", "is_causal", "transA", "transB", "ceil_mode", "count_include_pad", "select_last_index",
    "exclusive", "reverse", "align_corners", "largest", "sorted", "linear_before_reset", "onesided",
    "inverse", "noop_with_empty_axes", "detect_negative", "detect_positive", "center_point_box", "saturate",
})
"""ONNX's 0-or-1 attributes: any other value is an error (onnx's shape inference and
onnxruntime read them differently: some as 'equals 1', some as 'non-zero')."""


class AttrReader:
    """Read the attributes of one node with their declared kind and ONNX default."""

    def __init__(self, node: onnx.NodeProto) -> None:
        self.node = node
        self._attrs = {a.name: a for a in node.attribute}

    def error(self, name: str, problem: str) -> OnnxImportError:
        return OnnxImportError(f"{node_label(self.node)}: attribute '{name}' {problem}")

    def has(self, name: str) -> bool:
        return name in self._attrs

    def _get(self, name: str, kind: int, default: Any) -> AttributeProto | None:
        attr = self._attrs.get(name)
        if attr is None:
            if default is _REQUIRED:
                raise self.error(name, "is required but missing")
            return None
        if attr.ref_attr_name:
            raise self.error(name, "refers to a function attribute, which is not supported")
        if attr.type != kind:
            expected = AttributeProto.AttributeType.Name(kind)
            actual = AttributeProto.AttributeType.Name(attr.type)
            raise self.error(name, f"must be of kind {expected}, got {actual}")
        return attr

    def int_(self, name: str, default: Any = _REQUIRED) -> int:
        attr = self._get(name, AttributeProto.INT, default)
        if attr is not None and name in FLAGS and attr.i not in (0, 1):
            raise self.error(name, f"is {attr.i}; it takes 0 or 1")
        return default if attr is None else int(attr.i)

    def bool_(self, name: str, default: bool | Any = _REQUIRED) -> bool:
        """A flag: 0 or 1 (anything else is an error, as onnx's shape inference reads only 1 as
        true and onnxruntime rejects the rest)."""
        value = self.int_(name, default)
        if value not in (0, 1):
            raise self.error(name, f"is {value}; it takes 0 or 1")
        return bool(value)

    def float_(self, name: str, default: Any = _REQUIRED) -> float:
        attr = self._get(name, AttributeProto.FLOAT, default)
        return default if attr is None else shortest_float(attr.f)

    def str_(self, name: str, default: Any = _REQUIRED, choices: Sequence[str] | None = None) -> str:
        attr = self._get(name, AttributeProto.STRING, default)
        value = default if attr is None else attr.s.decode("utf-8")
        if choices is not None and value not in choices:
            raise self.error(name, f"is '{value}', ember supports {', '.join(repr(c) for c in choices)}")
        return value

    def ints(self, name: str, default: Any = _REQUIRED) -> tuple[int, ...] | None:
        attr = self._get(name, AttributeProto.INTS, default)
        if attr is None:
            return None if default is None else tuple(default)
        return tuple(int(v) for v in attr.ints)

    def floats(self, name: str, default: Any = _REQUIRED) -> tuple[float, ...] | None:
        attr = self._get(name, AttributeProto.FLOATS, default)
        if attr is None:
            return None if default is None else tuple(default)
        return tuple(shortest_float(v) for v in attr.floats)

    def tensor(self, name: str, default: Any = _REQUIRED) -> np.ndarray | None:
        attr = self._get(name, AttributeProto.TENSOR, default)
        return default if attr is None else numpy_helper.to_array(attr.t)

    def names(self) -> tuple[str, ...]:
        return tuple(self._attrs)
