"""Run-time sizes in ``convert-graph-to-linalg``: symbolic graph dims as ``index`` values.

The graph stage names every ``?`` dim by an expression of symbols (``#graph.dims<"batch*seq">``,
see :mod:`ember.dialects.graph.dims`). The tensor stage computes each such size once per
function: every symbol is a ``tensor.dim`` of the first argument that has it as a dim, and an
expression is ``arith`` on ``index`` values (``muli``, ``addi``, ``floordivsi``), all inserted at
the function's entry (they depend on the arguments only), each expression once. Lowerings ask
for the sizes a destination needs (`dynamic_sizes`) and build ``?`` types (`ranked`) that keep
the names while the pass runs; the pass then drops the encoding, which does not reach the
tensor stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects import arith, func, tensor
from xdsl.dialects.builtin import IndexType, IntegerAttr, TensorType
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from ember.dialects.graph.dims import shape_of
from ember.dialects.graph.dims import tensor as tensor_type
from ember.symbolic import Dim, FloorDiv, SymDim, is_symbolic


def ranked(shape: Sequence[Dim], element: Attribute) -> TensorType:
    """The tensor type of a graph shape. While the pass runs it keeps the ``#graph.dims`` names
    (later lowerings read their operands' shapes from the types); the pass drops them at the end."""
    return tensor_type(shape, element)


class FunctionSizes:
    """The ``index`` value of each symbolic size used in one function, built at its entry."""

    def __init__(self, fn: func.FuncOp) -> None:
        self.block: Block = fn.body.block
        self.anchor: Operation | None = None
        self.values: dict[str, SSAValue] = {}
        self.symbols: dict[str, tuple[SSAValue, int]] = {}
        for arg in self.block.args:
            if isinstance(arg.type, TensorType):
                for index, dim in enumerate(shape_of(arg.type)):
                    for name in _bare_symbols(dim):
                        self.symbols.setdefault(name, (arg, index))

    def value(self, dim: Dim) -> SSAValue:
        """``dim`` as an ``index`` value (a constant when static)."""
        key = str(dim)
        if key not in self.values:
            self.values[key] = self._build(dim)
        return self.values[key]

    def _insert(self, op: Operation) -> SSAValue:
        point = InsertPoint.after(self.anchor) if self.anchor is not None else InsertPoint.at_start(self.block)
        Rewriter.insert_op(op, point)
        self.anchor = op
        return op.results[0]

    def _build(self, dim: Dim) -> SSAValue:
        if not isinstance(dim, SymDim):
            return self._insert(arith.ConstantOp(IntegerAttr(int(dim), IndexType())))
        if dim.constant is not None:
            return self.value(dim.constant)
        total: SSAValue | None = None
        for monomial, coeff in dim.terms:
            term = self.value(coeff) if not monomial or coeff != 1 else None
            for atom in monomial:
                factor = self._atom(atom)
                term = factor if term is None else self._insert(arith.MuliOp(term, factor))
            assert term is not None
            total = term if total is None else self._insert(arith.AddiOp(total, term))
        assert total is not None
        return total

    def _atom(self, atom: str | FloorDiv) -> SSAValue:
        if isinstance(atom, FloorDiv):
            return self._insert(arith.FloorDivSIOp(self.value(atom.numerator), self.value(atom.divisor)))
        if atom not in self.symbols:
            raise ValueError(f"the size {atom} is not a dim of any argument of the function")
        arg, index = self.symbols[atom]
        key = f"dim:{atom}"
        if key not in self.values:
            self.values[key] = self._insert(tensor.DimOp(arg, self.value(index)))
        return self.values[key]


def _bare_symbols(dim: Dim) -> list[str]:
    """The name of a dim that is one bare symbol (``batch``), else nothing."""
    if isinstance(dim, SymDim) and len(dim.terms) == 1:
        monomial, coeff = dim.terms[0]
        if coeff == 1 and len(monomial) == 1 and isinstance(monomial[0], str):
            return [monomial[0]]
    return []


_SIZES: dict[int, FunctionSizes] = {}
"""Per function (by id) during one run of the pass; `forget_sizes` clears it."""


def function_sizes(op: Operation) -> FunctionSizes:
    """The sizes of the function holding ``op``."""
    fn = op if isinstance(op, func.FuncOp) else op.parent_op()
    while fn is not None and not isinstance(fn, func.FuncOp):
        fn = fn.parent_op()
    if fn is None:
        raise ValueError(f"'{op.name}' is not inside a function")
    if id(fn) not in _SIZES:
        _SIZES[id(fn)] = FunctionSizes(fn)
    return _SIZES[id(fn)]


def forget_sizes() -> None:
    _SIZES.clear()


def dynamic_sizes(anchor: Operation, shape: Sequence[Dim]) -> list[SSAValue]:
    """The ``index`` values of the symbolic dims of ``shape`` in order (what ``tensor.empty``
    and ``tensor.expand_shape`` take), for the function holding ``anchor``."""
    symbolic = [d for d in shape if is_symbolic(d)]
    if not symbolic:
        return []
    sizes = function_sizes(anchor)
    return [sizes.value(d) for d in symbolic]
