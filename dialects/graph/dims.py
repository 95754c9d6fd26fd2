"""Graph tensor types with symbolic dims: the ``#graph.dims`` encoding and the shape readers.

A graph tensor type keeps a symbolic dim as ``?`` and names it in its encoding, one expression per
``?`` in order::

    tensor<?x?x768xf32, #graph.dims<"batch", "seq">>
    tensor<?x64x?x?xf32, #graph.dims<"batch", "(h - 1) // 2 + 1", "(w - 1) // 2 + 1">>

`tensor` builds such a type from a shape of ints and `SymDim` expressions (no encoding when every
dim is static, so static models print exactly as before); `shape_of` reads it back. The encoding
belongs to the graph stage: ``convert-graph-to-linalg`` drops it (`plain_type`), and the later
stages see upstream ``?`` dims only.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    DenseArrayBase,
    DictionaryAttr,
    NoneAttr,
    StringAttr,
    TensorType,
    i64,
)
from xdsl.ir import Attribute, Operation, ParametrizedAttribute
from xdsl.irdl import irdl_attr_definition, param_def
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from ember.symbolic import (
    Dim,
    DimRanges,
    ShapeError,
    SymDim,
    bind_shapes,
    concrete,
    is_symbolic,
    parse_dim,
    simplify,
)
from ember.symbolic import concrete_under as concrete_under  # re-exported with bind_symbols
from ember.symbolic import dims_text as dims_text


@irdl_attr_definition
class DimsAttr(ParametrizedAttribute):
    """The expressions of a graph tensor type's ``?`` dims, in order (``#graph.dims<"batch">``)."""

    name = "graph.dims"
    exprs: ArrayAttr[StringAttr] = param_def()

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        exprs = parser.parse_comma_separated_list(parser.Delimiter.ANGLE, parser.parse_str_literal)
        for text in exprs:
            try:
                parse_dim(text)
            except ValueError as error:
                parser.raise_error(str(error))
        return [ArrayAttr([StringAttr(e) for e in exprs])]

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string("<" + ", ".join(f'"{e.data}"' for e in self.exprs.data) + ">")

    def dims(self) -> list[Dim]:
        return [parse_dim(e.data) for e in self.exprs.data]

    def verify(self) -> None:
        for e in self.exprs.data:
            try:
                dim = parse_dim(e.data)
            except ValueError as error:
                raise VerifyException(str(error)) from error
            if not is_symbolic(dim):
                raise VerifyException(f"#graph.dims entry '{e.data}' is a number: write it in the shape instead of '?'")


def tensor(shape: Sequence[Dim], element: Attribute) -> TensorType:
    """A ranked tensor type; symbolic dims become ``?`` named in a ``#graph.dims`` encoding."""
    dims = [simplify(d) for d in shape]
    symbolic = [d for d in dims if is_symbolic(d)]
    if not symbolic:
        return TensorType(element, [int(d) for d in dims])
    sizes = [DYNAMIC_INDEX if is_symbolic(d) else int(d) for d in dims]
    return TensorType(element, sizes, DimsAttr(ArrayAttr([StringAttr(str(d)) for d in symbolic])))


def shape_of(t: Attribute) -> tuple[Dim, ...]:
    """The dims of a ranked tensor type: ints, and `SymDim` for ``?`` (named by its encoding;
    a ``?`` without one gets a fresh name from its position)."""
    if not isinstance(t, TensorType):
        raise ShapeError(f"expected a ranked tensor, got {t}")
    sizes = t.get_shape()
    if DYNAMIC_INDEX not in sizes:
        return tuple(int(d) for d in sizes)
    named = t.encoding.dims() if isinstance(t.encoding, DimsAttr) else []
    dynamic = sum(1 for d in sizes if d == DYNAMIC_INDEX)
    if named and len(named) != dynamic:
        raise ShapeError(f"{t} has {dynamic} '?' dims but its #graph.dims names {len(named)}")
    names = iter(named or [SymDim.of(f"d{i}") for i, d in enumerate(sizes) if d == DYNAMIC_INDEX])
    return tuple(next(names) if d == DYNAMIC_INDEX else int(d) for d in sizes)


def is_dynamic(t: Attribute) -> bool:
    """True for a ranked tensor type with a ``?`` dim."""
    return isinstance(t, TensorType) and DYNAMIC_INDEX in t.get_shape()


def plain_type(t: Attribute) -> Attribute:
    """The type without its ``#graph.dims`` encoding (what the tensor stage uses)."""
    if isinstance(t, TensorType) and not isinstance(t.encoding, NoneAttr):
        return TensorType(t.element_type, t.get_shape())
    return t


RANGES_ATTR = "graph.dim_ranges"
"""The entry function's attribute declaring symbol ranges: ``{seq = array<i64: 1, 64>}``
(inclusive bounds, as ``dynamic_dims=`` gave them); shape functions of its ops assume them."""



def ranges_attr(ranges: DimRanges) -> DictionaryAttr:
    """The `RANGES_ATTR` value for ``ranges`` (an unbounded maximum is written -1)."""
    return DictionaryAttr({n: DenseArrayBase.from_list(i64, [lo, -1 if hi is None else hi]) for n, (lo, hi) in ranges.items()})


def function_ranges(op: Operation) -> DimRanges:
    """The symbol ranges declared on the function holding ``op`` (empty if none)."""
    current: Operation | None = op
    while current is not None and not isinstance(current.attributes.get(RANGES_ATTR), DictionaryAttr):
        current = current.parent_op()
    if current is None:
        return {}
    table = current.attributes[RANGES_ATTR]
    assert isinstance(table, DictionaryAttr)
    found: dict[str, tuple[int, int | None]] = {}
    for name, bounds in table.data.items():
        if isinstance(bounds, DenseArrayBase) and len(values := bounds.get_values()) == 2:
            found[name] = (int(values[0]), None if values[1] < 0 else int(values[1]))
    return found


def concrete_shape(t: Attribute) -> tuple[int, ...]:
    """The dims of ``t`` as numbers under the current symbol `binding` (reference semantics)."""
    return tuple(concrete(d) for d in shape_of(t))


def bind_symbols(
    types: Sequence[Attribute], shapes: Sequence[tuple[int, ...]], labels: Sequence[str],
    ranges: DimRanges | None = None, who: str = "the model",
) -> dict[str, int]:
    """The value of every symbol, read from the shapes of the arguments a function is called
    with (``labels`` name them in messages, e.g. ``'x'`` or ``#0``); a `ShapeError` naming the
    argument and the rule when a static dim, a shared symbol or a declared range does not hold:
    the call-time check of every runtime."""
    return bind_shapes([shape_of(t) for t in types], shapes, labels, ranges, who)


