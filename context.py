"""The one place that builds an xDSL ``Context`` knowing every dialect ember uses.

Upstream (xDSL) dialects are registered lazily by name, ember's own dialects eagerly; every tool,
test and API entry point gets its context from :func:`make_context`.
"""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import get_all_dialects

from ember.dialects import ember_dialects
from ember.dialects.upstream import upstream_dialects


def make_context(allow_unregistered: bool = False) -> Context:
    """A fresh context with xDSL's standard dialects (with ember's upstream extensions, see
    ``ember.dialects.upstream``) and ember's dialects registered."""
    ctx = Context(allow_unregistered=allow_unregistered)
    extended = upstream_dialects()
    for name, factory in get_all_dialects().items():
        ctx.register_dialect(name, extended.get(name, factory))
    for name, factory in ember_dialects().items():
        if name in ctx.registered_dialect_names:
            continue
        ctx.register_dialect(name, factory)
    return ctx
