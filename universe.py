"""xDSL plugin entry point: ember's dialects also parse and print in plain ``xdsl-opt``.

Passes are not listed here: discovering them imports every pass module, which the multiverse
would do for any xDSL tool at start-up. ``ember-opt`` is the driver that knows ember's passes.
"""

from __future__ import annotations

from xdsl.universe import Universe

from ember.dialects import ember_dialects

EMBER_UNIVERSE = Universe(all_dialects=ember_dialects())
