"""Targets: what machine code is generated for (ARCHITECTURE §1, "the target").

A :class:`Target` is one record (triple, CPU, features, vector width, registers, FMA, caches,
cores). ``host`` is detected; named presets cover x86-64 levels, Zen 3/4, Skylake-AVX512,
AArch64, RISC-V, Cortex-M and WebAssembly. The target travels with the IR as a DLTI module
attribute: :func:`set_target` writes it, :func:`target_of` is the one accessor every
target-dependent pass and the code generator read. ``docs/targets.md`` explains the record.
"""

from typing import Any

from ember.target.description import Target
from ember.target.host import host_target, process_cores
from ember.target.presets import PRESETS
from ember.target.resolve import (
    THREADS_VARIABLE,
    TargetSpec,
    known_targets,
    named_target,
    resolve_target,
    resolve_threads,
)

_MODULE_ATTR = ("set_target", "target_attr", "target_of")


def __getattr__(name: str) -> Any:
    """The IR accessors (``set_target``, ``target_attr``, ``target_of``) import xDSL, so they
    load on first use: a compile-cache hit reads a Target without any IR."""
    if name in _MODULE_ATTR:
        from ember.target import module_attr

        return getattr(module_attr, name)
    raise AttributeError(f"module 'ember.target' has no attribute '{name}'")

__all__ = [
    "PRESETS",
    "THREADS_VARIABLE",
    "Target",
    "TargetSpec",
    "host_target",
    "known_targets",
    "named_target",
    "process_cores",
    "resolve_target",
    "resolve_threads",
    "set_target",
    "target_attr",
    "target_of",
]
