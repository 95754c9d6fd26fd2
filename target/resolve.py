"""Turn what a user writes (``"znver3"``, ``{"name": "znver3", "cores": 1}``, a JSON object, a
:class:`Target`) into a :class:`~ember.target.description.Target`.

``host`` (the default) is detected; every other name must be a preset, and an unknown one is a
one-line :class:`~ember.diagnostics.EmberError` listing the known names.

:func:`resolve_threads` is the one place the thread count of JIT-compiled code is decided:
``threads=N``, else the ``EMBER_NUM_THREADS`` environment variable, else the CPUs this process
may run on; ``ember.compile`` writes it into the target's ``cores`` (what the passes read).
"""

from __future__ import annotations

import json
import os
from typing import Any

from ember.diagnostics import EmberError
from ember.target.description import FIELD_TYPES, Target
from ember.target.host import host_target, process_cores
from ember.target.presets import PRESETS

THREADS_VARIABLE = "EMBER_NUM_THREADS"
"""Environment variable with the default thread count of ``ember.compile``."""

TargetSpec = str | dict[str, Any] | Target | None
"""Anything :func:`resolve_target` accepts (None means the host)."""


def known_targets() -> list[str]:
    return ["host", *PRESETS]


def named_target(name: str) -> Target:
    """The host or a preset by name."""
    if name == "host":
        return host_target()
    if name not in PRESETS:
        raise EmberError(f"unknown target '{name}'; known targets: {', '.join(known_targets())}")
    return PRESETS[name]


def _checked_value(key: str, value: Any) -> Any:
    expected = FIELD_TYPES[key]
    if expected is bool and isinstance(value, bool) or expected is not bool and isinstance(value, expected):
        if expected is int and isinstance(value, bool):
            raise EmberError(f"target field '{key}' must be an integer, got {value!r}")
        return value
    raise EmberError(f"target field '{key}' must be {expected.__name__}, got {value!r}")


def target_from_dict(record: dict[str, Any]) -> Target:
    """A preset (``"name"``, default host) with the other keys as overrides."""
    fields = dict(record)
    base = named_target(str(fields.pop("name", "host")))
    unknown = sorted(set(fields) - set(FIELD_TYPES))
    if unknown:
        raise EmberError(
            f"unknown target field(s) {', '.join(unknown)}; fields are {', '.join(FIELD_TYPES)}"
        )
    return base.with_overrides(**{k: _checked_value(k, v) for k, v in fields.items()})


def resolve_target(spec: TargetSpec) -> Target:
    """A Target from a name, a JSON object text, a dict of overrides, or a Target."""
    if spec is None:
        return host_target()
    if isinstance(spec, Target):
        return spec
    if isinstance(spec, dict):
        return target_from_dict(spec)
    text = spec.strip()
    if text.startswith("{"):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise EmberError(f"target: invalid JSON ({error.msg} at column {error.colno})") from error
        if not isinstance(record, dict):
            raise EmberError("target: a JSON target must be an object")
        return target_from_dict(record)
    return named_target(text)


def resolve_threads(threads: int | None = None) -> int:
    """Threads for code compiled to run in this process: ``threads``, else ``EMBER_NUM_THREADS``,
    else the CPUs the process may use. A count below 1 (or not an integer) is an EmberError."""
    source = "threads"
    if threads is None:
        text = os.environ.get(THREADS_VARIABLE, "").strip()
        if not text:
            return process_cores()
        source = THREADS_VARIABLE
        try:
            threads = int(text)
        except ValueError:
            raise EmberError(f"{THREADS_VARIABLE} must be a positive integer, got {text!r}") from None
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise EmberError(f"{source} must be a positive integer, got {threads!r}")
    return threads
