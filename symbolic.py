"""Symbolic sizes: named run-time dims and integer expressions of them (pure Python, no xDSL).

A model exported with a dynamic batch or sequence length has dims known only when it is called.
The graph dialect keeps such a dim as ``?`` in the tensor type and records *what* it is in the
type's encoding: ``tensor<?x?x768xf32, #graph.dims<"batch", "seq">>`` — so two values of size
``batch`` are known to agree, ``batch*seq`` rows after a reshape are known to be the same rows, and
a convolution's output height is ``(h - 1) // 2 + 1``.

`SymDim` is such an expression: a polynomial with integer coefficients over *atoms* — symbol
names and floor divisions that did not divide exactly — kept in one canonical form, so two
expressions are equal exactly when their forms are. It behaves like an ``int`` in the shape
functions (``+ - * // %``, comparisons against integers, ``math.prod``), which is how every op's
``infer`` handles symbolic dims without a second code path; where a shape function needs a
concrete number (``int(d)``, ``range(d)``) it gets a `SymbolicDimError` (a `ShapeError`) naming the
dim, and the op reports that it needs static sizes.

Every symbol stands for a size of at least 1 (as in ``torch.export``); the runtime checks that
when the model is called. Expressions print as Python-like text (``batch*seq``,
``(h + -1) // 2 + 1``) and parse back with `parse_dim`.

This module sits below the dialects (the graph dialect's types and shape functions use it) and
imports nothing of ember or xDSL, so the runtime can bind and check the sizes of a call
(`bind_shapes`) without loading the compiler.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import reduce
from typing import Union

Atom = Union[str, "FloorDiv"]
Monomial = tuple[Atom, ...]
Number = Union[int, "SymDim"]


class ShapeError(Exception):
    """Raised by shape functions; the verifier turns it into an error naming the op."""


class SymbolicDimError(ShapeError):
    """A symbolic dim was used where a number is needed, or a question about it is undecidable."""


@dataclass(frozen=True)
class FloorDiv:
    """``numerator // divisor`` that does not divide exactly: an opaque atom (always >= 0 here)."""

    numerator: SymDim
    divisor: int

    def __str__(self) -> str:
        return f"({self.numerator}) // {self.divisor}"

    def evaluate(self, env: Mapping[str, int]) -> int:
        return self.numerator.evaluate(env) // self.divisor


MAX_SIZE = 2**40
"""The largest value assumed for a symbol without a declared range (no tensor dim is larger), so
``seq <= 2**63 - 1`` (an ONNX "slice to the end") is decidable."""

_RANGES: ContextVar[Mapping[str, tuple[int, int | None]] | None] = ContextVar("ember_dim_ranges", default=None)


@contextmanager
def assuming(ranges: Mapping[str, tuple[int, int | None]]) -> Iterator[None]:
    """Within the block, symbol ``name`` is known to lie in ``ranges[name]`` (inclusive; ``None``
    means `MAX_SIZE`); other symbols are in [1, MAX_SIZE]."""
    token = _RANGES.set(ranges)
    try:
        yield
    finally:
        _RANGES.reset(token)


_VALUES: ContextVar[Mapping[str, int] | None] = ContextVar("ember_dim_values", default=None)


@contextmanager
def binding(values: Mapping[str, int]) -> Iterator[None]:
    """Within the block, symbols have these values (the reference interpreter binds them from
    the entry's arguments), so `concrete` can turn an expression into a number."""
    token = _VALUES.set(values)
    try:
        yield
    finally:
        _VALUES.reset(token)


def concrete(dim: Number) -> int:
    """The number a dim stands for under the current `binding`."""
    if not isinstance(dim, SymDim):
        return int(dim)
    try:
        return dim.evaluate(_VALUES.get() or {})
    except KeyError as error:
        raise SymbolicDimError(f"the size {dim} is known only at run time ({error.args[0]} is not bound)") from None


def _atom_bounds(atom: Atom) -> tuple[float, float]:
    if isinstance(atom, str):
        lo, hi = (_RANGES.get() or {}).get(atom, (1, None))
        return float(lo), float(MAX_SIZE if hi is None else hi)
    lo, hi = atom.numerator.bounds()
    return math.floor(lo / atom.divisor), hi if hi == math.inf else math.floor(hi / atom.divisor)


def _atom_key(atom: Atom) -> str:
    return atom if isinstance(atom, str) else "~" + str(atom)


def _mono(atoms: list[Atom] | tuple[Atom, ...]) -> Monomial:
    return tuple(sorted(atoms, key=_atom_key))


@dataclass(frozen=True, eq=False)
class SymDim:
    """A canonical integer polynomial over symbols: ``terms`` maps monomials to coefficients."""

    terms: tuple[tuple[Monomial, int], ...]

    # ---- construction --------------------------------------------------------------------

    @staticmethod
    def of(value: Number | str) -> SymDim:
        if isinstance(value, SymDim):
            return value
        if isinstance(value, str):
            return SymDim((((value,), 1),))
        return SymDim((((), int(value)),) if int(value) else ())

    @staticmethod
    def _from(terms: Mapping[Monomial, int]) -> SymDim:
        kept = [(m, c) for m, c in terms.items() if c]
        kept.sort(key=lambda mc: (len(mc[0]), [_atom_key(a) for a in mc[0]]))
        return SymDim(tuple(kept))

    # ---- queries -------------------------------------------------------------------------

    @property
    def constant(self) -> int | None:
        """The value if the expression has no symbols."""
        if not self.terms:
            return 0
        if len(self.terms) == 1 and self.terms[0][0] == ():
            return self.terms[0][1]
        return None

    def symbols(self) -> set[str]:
        """The symbol names the expression uses (inside floor divisions too)."""
        found: set[str] = set()
        for monomial, _ in self.terms:
            for atom in monomial:
                found |= {atom} if isinstance(atom, str) else atom.numerator.symbols()
        return found

    def evaluate(self, env: Mapping[str, int]) -> int:
        """The value for the symbol values in ``env`` (KeyError naming a missing symbol)."""
        total = 0
        for monomial, coeff in self.terms:
            value = coeff
            for atom in monomial:
                value *= env[atom] if isinstance(atom, str) else atom.evaluate(env)
            total += value
        return total

    def bounds(self) -> tuple[float, float]:
        """The least and greatest value over the assumed symbol ranges (`assuming`; a symbol is
        in [1, inf) unless declared), by interval arithmetic (so possibly wider than exact)."""
        low, high = 0.0, 0.0
        for monomial, coeff in self.terms:
            lo, hi = 1.0, 1.0
            for atom in monomial:
                a_lo, a_hi = _atom_bounds(atom)
                lo, hi = lo * a_lo, hi * a_hi
            term = (coeff * lo, coeff * hi) if coeff >= 0 else (coeff * hi, coeff * lo)
            low, high = low + term[0], high + term[1]
        return low, high

    # ---- arithmetic ----------------------------------------------------------------------

    def __add__(self, other: Number) -> SymDim:
        terms = dict(self.terms)
        for monomial, coeff in SymDim.of(other).terms:
            terms[monomial] = terms.get(monomial, 0) + coeff
        return SymDim._from(terms)

    __radd__ = __add__

    def __neg__(self) -> SymDim:
        return SymDim._from({m: -c for m, c in self.terms})

    def __sub__(self, other: Number) -> SymDim:
        return self + -SymDim.of(other)

    def __rsub__(self, other: Number) -> SymDim:
        return SymDim.of(other) - self

    def __mul__(self, other: Number) -> SymDim:
        terms: dict[Monomial, int] = {}
        for m1, c1 in self.terms:
            for m2, c2 in SymDim.of(other).terms:
                key = _mono([*m1, *m2])
                terms[key] = terms.get(key, 0) + c1 * c2
        return SymDim._from(terms)

    __rmul__ = __mul__

    def __floordiv__(self, other: Number) -> SymDim:
        divisor = SymDim.of(other)
        exact = self.divide_exactly(divisor)
        if exact is not None:
            return exact
        if divisor.constant is None or divisor.constant <= 0:
            raise SymbolicDimError(f"cannot divide {self} by {divisor}")
        return SymDim((((FloorDiv(self, divisor.constant),), 1),))

    def __rfloordiv__(self, other: Number) -> SymDim:
        return SymDim.of(other) // self

    def __mod__(self, other: Number) -> SymDim:
        return self - (self // other) * other

    def __rmod__(self, other: Number) -> SymDim:
        return SymDim.of(other) % self

    def __pos__(self) -> SymDim:
        return self

    def divide_exactly(self, divisor: Number) -> SymDim | None:
        """``self / divisor`` when the division is exact term by term (divisor one term)."""
        d = SymDim.of(divisor)
        if len(d.terms) != 1 or d.terms[0][1] == 0:
            return None
        (dm, dc), = d.terms
        terms: dict[Monomial, int] = {}
        for monomial, coeff in self.terms:
            rest = list(monomial)
            for atom in dm:
                if atom not in rest:
                    return None
                rest.remove(atom)
            if coeff % dc:
                return None
            terms[_mono(rest)] = coeff // dc
        return SymDim._from(terms)

    # ---- comparisons (symbols are >= 1) ----------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, int | SymDim):
            return self.terms == SymDim.of(other).terms
        return NotImplemented

    def __hash__(self) -> int:
        constant = self.constant
        return hash(constant) if constant is not None else hash(self.terms)

    def __lt__(self, other: Number) -> bool:
        return self._ordered(other, "<")

    def __le__(self, other: Number) -> bool:
        return self._ordered(other, "<=")

    def __gt__(self, other: Number) -> bool:
        return self._ordered(other, ">")

    def __ge__(self, other: Number) -> bool:
        return self._ordered(other, ">=")

    def _ordered(self, other: Number, what: str) -> bool:
        low, high = (self - other).bounds()
        decided = {
            "<": True if high < 0 else False if low >= 0 else None,
            "<=": True if high <= 0 else False if low > 0 else None,
            ">": True if low > 0 else False if high <= 0 else None,
            ">=": True if low >= 0 else False if high < 0 else None,
        }[what]
        if decided is None:
            hint = ", ".join(sorted((self - other).symbols()))
            raise SymbolicDimError(
                f"cannot decide whether {self} {what} {other} for every size of {hint} "
                f"(declare a range, e.g. dynamic_dims={{'{hint.split(', ')[0]}': (1, 64)}} or --dynamic-dim {hint.split(', ')[0]}=1:64)"
            )
        return decided

    def __int__(self) -> int:
        constant = self.constant
        if constant is None:
            raise SymbolicDimError(f"the size {self} is known only at run time")
        return constant

    __index__ = __int__

    def __bool__(self) -> bool:
        return self != 0

    # ---- text --------------------------------------------------------------------------

    def __str__(self) -> str:
        if not self.terms:
            return "0"
        text = ""
        for monomial, coeff in sorted(self.terms, key=lambda mc: (-len(mc[0]), [_atom_key(a) for a in mc[0]])):
            atoms = [a if isinstance(a, str) else f"({a})" for a in monomial]
            magnitude = "*".join(([] if abs(coeff) == 1 and atoms else [str(abs(coeff))]) + atoms)
            sign = "-" if coeff < 0 else "+"
            text = (f"{text} {sign} " if text else ("-" if coeff < 0 else "")) + magnitude
        return text

    def __repr__(self) -> str:
        return f"SymDim({self})"


Dim = int | SymDim
"""One dimension of a graph tensor shape: a static size or a symbolic one."""


def is_symbolic(dim: object) -> bool:
    return isinstance(dim, SymDim) and dim.constant is None


def simplify(dim: Number) -> Dim:
    """A plain ``int`` when the expression is constant, else the expression."""
    if isinstance(dim, SymDim):
        constant = dim.constant
        return dim if constant is None else constant
    return int(dim)


_BINARY = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
           ast.FloorDiv: lambda a, b: a // b}  # fmt: skip


def parse_dim(text: str) -> Dim:
    """Parse a printed dim expression (``batch*seq``, ``(h + -1) // 2 + 1``); ValueError if it is
    not one (only names, integers, ``+ - * //`` and parentheses are allowed)."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as error:
        raise ValueError(f"'{text}' is not a dim expression") from error
    return simplify(_eval(tree.body, text))


def _eval(node: ast.AST, text: str) -> SymDim:
    if isinstance(node, ast.Name):
        return SymDim.of(node.id)
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return SymDim.of(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, text)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_eval(node.left, text), _eval(node.right, text))
    raise ValueError(f"'{text}' is not a dim expression (only names, integers, + - * // and parentheses)")


def dim_min(a: Dim, b: Dim) -> Dim:
    """The smaller dim (a `SymbolicDimError` when that depends on the run-time sizes)."""
    return a if a <= b else b


def dim_max(a: Dim, b: Dim) -> Dim:
    return a if a >= b else b


def dims_product(dims: tuple[Dim, ...] | list[Dim]) -> Dim:
    """The product of dims, an int when they are all static."""
    return simplify(reduce(lambda a, b: a * b, dims, SymDim.of(1)))


DimRanges = Mapping[str, tuple[int, int | None]]
"""Declared ``(min, max)`` ranges of symbols (``max`` None: unbounded)."""


def bind_shapes(
    expected: Sequence[Sequence[Dim]], shapes: Sequence[tuple[int, ...]], labels: Sequence[str],
    ranges: DimRanges | None = None, who: str = "the model",
) -> dict[str, int]:
    """`bind_symbols` on shapes (of ints and `SymDim`) instead of types."""
    values: dict[str, int] = {}
    where: dict[str, str] = {}
    pending: list[tuple[int, int, Dim, int]] = []
    for arg, (dims, shape) in enumerate(zip(expected, shapes, strict=True)):
        if len(shape) != len(dims):
            raise ShapeError(f"input {labels[arg]} has shape {tuple(shape)}, {who} expects {dims_text(dims)}")
        for index, (dim, size) in enumerate(zip(dims, shape, strict=True)):
            symbol = plain_symbol(dim)
            if symbol is not None and symbol not in values:
                values[symbol], where[symbol] = int(size), f"dim {index} of input {labels[arg]}"
            else:
                pending.append((arg, index, dim, int(size)))
    for arg, index, dim, size in pending:
        if concrete_under(dim, values) != size:
            bound = {s: v for s, v in values.items() if s in SymDim.of(dim).symbols()}
            because = "".join(f"; {s} = {v} from {where[s]}" for s, v in bound.items())
            raise ShapeError(
                f"input {labels[arg]} has shape {tuple(shapes[arg])}, {who} expects {dims_text(expected[arg])}"
                + (f" (dim {index} must be {dim}{because})" if bound else "")
            )
    for symbol, value in values.items():
        low, high = (ranges or {}).get(symbol, (1, None))
        if not (low <= value and (high is None or value <= high)):
            raise ShapeError(
                f"{where[symbol]} ({symbol}) is {value}, outside the "
                + (f"declared range [{low}, {'inf' if high is None else high}]" if symbol in (ranges or {}) else "sizes ember compiles for (at least 1)")
            )
    return values


def dims_text(dims: Sequence[Dim]) -> str:
    """A shape as text: ``(batch, 3, 224, 224)``."""
    return "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"


def concrete_under(dim: Dim, values: Mapping[str, int]) -> int:
    """``dim`` evaluated with these symbol values."""
    return dim.evaluate(values) if isinstance(dim, SymDim) else int(dim)


def plain_symbol(dim: Dim) -> str | None:
    """The name if ``dim`` is a bare symbol (``batch``, not ``2*batch``)."""
    if isinstance(dim, SymDim) and len(dim.terms) == 1 and dim.terms[0][1] == 1 and len(dim.terms[0][0]) == 1:
        atom = dim.terms[0][0][0]
        return atom if isinstance(atom, str) else None
    return None
