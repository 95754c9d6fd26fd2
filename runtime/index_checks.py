"""Call-time range checks of index inputs: a graph input that reaches a Gather, GatherElements or
GatherND as its indices is checked before the compiled code runs, in the JIT, in ``ember.load``
and in an exported library's C ``P_run`` (which returns ``P_E_INDEX``).

The ONNX importer records each such input on ``@main`` (``dialects/graph/index_checks.py``: the
input, the node, its op and the sizes its indices must stay within); ``entry_signature`` hands
them to the input's `TensorSpec`. Indices computed inside the graph are wrapped into range by the
lowering, so no read goes out of bounds; the check turns an out-of-range index *given by the
caller* into one clear error instead of a silently wrapped row, as onnxruntime does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ember.diagnostics import RuntimeCallError


@dataclass(frozen=True)
class IndexCheck:
    """Indices of ``op`` node ``node`` lie in ``[-b, b)``: one bound for every element, or one
    per position of the last axis (GatherND's index tuples)."""

    node: str
    op: str
    bounds: tuple[int, ...]

    def to_record(self) -> dict[str, Any]:
        return {"node": self.node, "op": self.op, "bounds": list(self.bounds)}

    @staticmethod
    def from_record(record: dict[str, Any]) -> IndexCheck:
        return IndexCheck(str(record["node"]), str(record["op"]), tuple(int(b) for b in record["bounds"]))


def function_checks(fn: Any) -> dict[str, tuple[IndexCheck, ...]]:
    """input name -> its checks, from a function's ``INDEX_CHECKS_ATTR`` ({} without one)."""
    from ember.dialects.graph.index_checks import check_records

    found: dict[str, list[IndexCheck]] = {}
    for record in check_records(fn):
        found.setdefault(str(record["input"]), []).append(IndexCheck.from_record(record))
    return {name: tuple(checks) for name, checks in found.items()}


def check_indices(name: str, array: np.ndarray, checks: Sequence[IndexCheck]) -> None:
    """Raise one line naming the first index of ``array`` outside its check's range."""
    for check in checks:
        lanes = [array] if len(check.bounds) == 1 else [array[..., j] for j in range(len(check.bounds))]
        for column, (lane, bound) in enumerate(zip(lanes, check.bounds, strict=True)):
            bad = (lane < -bound) | (lane >= bound)
            if bad.any():
                where = np.unravel_index(int(np.argmax(bad)), lane.shape)
                position = list(map(int, where)) + ([column] if len(lanes) > 1 else [])
                raise RuntimeCallError(
                    f"input '{name}': index {int(lane[where])} at {position} is out of range "
                    f"[{-bound}, {bound}) for {check.op} node '{check.node}'")


def c_check_function(prefix: str, index: int, c_type: str, checks: Sequence[IndexCheck]) -> str:
    """A C function ``{prefix}_indices_ok_{index}(const void *data, int64_t n)`` returning 1
    when each of the ``n`` indices (``c_type``) of input ``index`` is inside its checks' ranges."""
    lines = [f"static int {prefix}_indices_ok_{index}(const void *data, int64_t n) {{",
             f"  const {c_type} *v = (const {c_type} *)data;"]
    for check in checks:
        lanes = len(check.bounds)
        bounds = ", ".join(f"{b}LL" for b in check.bounds)
        lines += [f"  {{ static const int64_t b[{lanes}] = {{{bounds}}};",
                  f"    for (int64_t i = 0; i < n; ++i) {{ int64_t x = (int64_t)v[i], m = b[i % {lanes}];",
                  "      if (x < -m || x >= m) return 0; } }"]
    lines += ["  return 1;", "}"]
    return "\n".join(lines)
