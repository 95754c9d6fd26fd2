"""The run-time sizes of an exported library, as C: its symbols and every size as a C expression.

A model compiled with sizes known only at run time (``docs/dynamic-shapes.md``) is exported
with a symbolic signature: its run function takes, after the buffers, one ``int64_t`` per
symbol (``batch``, ``seq``; in :func:`~ember.runtime.executable.signature_symbols` order), and
the glue (:mod:`ember.runtime.library_glue`) checks each against its declared range and computes
the compiled entry's size arguments (one per ``?`` dim of the inputs, then of the outputs) from
them; the header (:mod:`ember.runtime.library_header`) gives each tensor's shape as a function of
the symbols. This module turns the signature into those C pieces: :class:`LibrarySymbol` (name,
C parameter name, range) and :func:`c_expression` (a dim expression over ``int64_t``
variables; ember's floor divisions have non-negative numerators, so C's ``/`` is exact).
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ember.runtime.executable import TensorSpec, signature_symbols
from ember.symbolic import FloorDiv, SymDim

C_RESERVED = frozenset(
    "auto break case char const continue default do double else enum extern float for goto if inline int long "
    "register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while "
    "arena inputs outputs symbols shape index".split()
)  # C keywords and the names the run functions' other parameters use


@dataclass(frozen=True)
class LibrarySymbol:
    """One run-time size of the signature: its name, its C parameter name and its range."""

    name: str
    c_name: str
    low: int
    high: int | None
    """None: no declared maximum."""


def library_symbols(inputs: Sequence[TensorSpec], outputs: Sequence[TensorSpec]) -> list[LibrarySymbol]:
    """The signature's symbols in argument order, each with the range declared for it (at
    least 1 when none was: ember compiles for sizes >= 1)."""
    ranges = {name: (low, high) for spec in (*inputs, *outputs) for name, low, high in spec.ranges}
    symbols: list[LibrarySymbol] = []
    for index, name in enumerate(signature_symbols([*inputs, *outputs])):
        low, high = ranges.get(name, (1, None))
        usable = name.isidentifier() and name.isascii() and name not in C_RESERVED and not keyword.iskeyword(name)
        symbols.append(LibrarySymbol(name, name if usable else f"sym{index}", max(low, 1), high))
    return symbols


def c_expression(dim: Any, names: Mapping[str, str]) -> str:
    """``dim`` (an int or a SymDim) as a C ``int64_t`` expression over the variables ``names``."""
    if isinstance(dim, int):
        return str(dim)
    terms = [_c_term(monomial, coeff, names) for monomial, coeff in SymDim.of(dim).terms]
    return "(" + " + ".join(terms) + ")" if terms else "0"


def _c_term(monomial: tuple[Any, ...], coeff: int, names: Mapping[str, str]) -> str:
    factors = [names[a] if isinstance(a, str) else _c_floor_div(a, names) for a in monomial]
    if coeff != 1 or not factors:
        factors.insert(0, f"(int64_t){coeff}")
    return "*".join(factors)


def _c_floor_div(atom: FloorDiv, names: Mapping[str, str]) -> str:
    return f"({c_expression(atom.numerator, names)} / {atom.divisor})"


def range_check(symbols: Sequence[LibrarySymbol]) -> str:
    """A C condition that holds when every symbol is inside its range ("1" without symbols)."""
    checks = [f"{s.c_name} >= {s.low}" + (f" && {s.c_name} <= {s.high}" if s.high is not None else "") for s in symbols]
    return " && ".join(f"({c})" for c in checks) or "1"


def entry_size_arguments(inputs: Sequence[TensorSpec], outputs: Sequence[TensorSpec], names: Mapping[str, str]) -> list[str]:
    """The compiled entry's size arguments (one per ``?`` dim of the inputs, then the outputs)
    as C expressions over the symbols."""
    return [c_expression(d, names) for spec in (*inputs, *outputs) for d in spec.shape if not isinstance(d, int)]
