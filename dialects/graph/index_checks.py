"""The ``@main`` attribute listing the graph inputs that hold Gather indices and the ranges
they must keep: written by the ONNX importer (``frontend/onnx/index_inputs.py``), read by the
runtime's call-time checks (``runtime/index_checks.py``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from xdsl.dialects.builtin import StringAttr

INDEX_CHECKS_ATTR = "ember.index_checks"
"""A JSON list of ``{"input", "node", "op", "bounds"}`` records."""


def checks_attr(records: Sequence[dict[str, Any]]) -> StringAttr:
    """The ``INDEX_CHECKS_ATTR`` value for ``records``."""
    return StringAttr(json.dumps(list(records), sort_keys=True))


def check_records(fn: Any) -> list[dict[str, Any]]:
    """The records of a function's ``INDEX_CHECKS_ATTR`` ([] without one)."""
    attr = fn.attributes.get(INDEX_CHECKS_ATTR)
    return json.loads(attr.data) if isinstance(attr, StringAttr) else []
