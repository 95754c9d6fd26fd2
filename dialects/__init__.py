"""ember's own dialects. Upstream dialects (func, arith, linalg, ...) come from xDSL."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.ir import Dialect


def _graph() -> Dialect:
    from ember.dialects.graph import Graph

    return Graph


def ember_dialects() -> dict[str, Callable[[], Dialect]]:
    """ember's dialects by name, as lazy factories (for a Context or an xDSL Universe)."""
    return {"graph": _graph}
