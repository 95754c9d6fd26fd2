"""The :class:`Target` record: what ember knows about the machine code is generated for.

One frozen value carries everything a target-dependent decision needs: the LLVM triple, CPU
name and feature string (codegen), the f32 vector width and number of vector registers
(micro-kernel tiles), whether FMA exists, cache sizes (K / M blocking) and the core count
(parallel grain). Named presets live in :mod:`ember.target.presets`, host detection in
:mod:`ember.target.host`; the record travels with the IR as a DLTI attribute
(:mod:`ember.target.module_attr`).
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from typing import Any

from ember.diagnostics import EmberError

KiB = 1024
MiB = 1024 * KiB


@dataclass(frozen=True)
class Target:
    """A code-generation target (all sizes in bytes; ``vector_bits`` 0 means no SIMD for f32)."""

    name: str
    triple: str
    cpu: str
    features: str = ""
    vector_bits: int = 128
    vector_registers: int = 16
    fma: bool = True
    l1d: int = 32 * KiB
    l2: int = 512 * KiB
    l3: int = 0
    cores: int = 1

    @property
    def lanes(self) -> int:
        """f32 lanes of one vector register (1 on targets without float SIMD)."""
        return max(1, self.vector_bits // 32)

    @property
    def arch(self) -> str:
        """The architecture part of the triple (``x86_64``, ``aarch64``, ``thumbv7em``, ...)."""
        return self.triple.split("-", 1)[0]

    def has_feature(self, feature: str) -> bool:
        """Whether the feature string enables ``feature`` (e.g. ``avx512f``)."""
        return feature in self.enabled_features()

    def enabled_features(self) -> set[str]:
        return {f[1:] for f in self.features.split(",") if f.startswith("+")}

    def runs_on(self, machine: Target) -> bool:
        """Whether code for this target can execute on ``machine`` (same architecture, no wider
        vectors, no feature the machine lacks)."""
        return (
            self.arch == machine.arch
            and self.vector_bits <= machine.vector_bits
            and self.enabled_features() <= machine.enabled_features()
        )

    def with_overrides(self, **overrides: Any) -> Target:
        """A copy with some fields replaced; an unknown field is an :class:`EmberError`."""
        fields = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(overrides) - fields)
        if unknown:
            raise EmberError(
                f"unknown target field(s) {', '.join(unknown)}; fields are {', '.join(sorted(fields))}"
            )
        return dataclasses.replace(self, **overrides)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def summary(self) -> str:
        """One line for logs and benchmark headers."""
        caches = "/".join(_size(s) for s in (self.l1d, self.l2, self.l3))
        return (
            f"{self.name} ({self.triple}, cpu {self.cpu}, {self.vector_bits}-bit vectors x "
            f"{self.vector_registers}, {'FMA' if self.fma else 'no FMA'}, caches {caches}, "
            f"{self.cores} core{'s' if self.cores != 1 else ''})"
        )


def _size(n: int) -> str:
    if n >= MiB and n % MiB == 0:
        return f"{n // MiB}M"
    return f"{n // KiB}K" if n else "-"


FIELD_TYPES: dict[str, type] = typing.get_type_hints(Target)
"""Field name -> Python type (str, int or bool), for reading records from text."""
