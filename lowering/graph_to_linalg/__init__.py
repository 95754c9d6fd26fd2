"""``convert-graph-to-linalg``: the graph stage -> the TENSOR STAGE (ARCHITECTURE §1).

Input: ``func.func`` + ``graph.*`` ops on ranked tensors, static or with symbolic dims
(``#graph.dims``). Output: only upstream dialects (``func``, ``linalg`` named + generic,
``tensor``, ``arith``, ``math``, ``builtin``), printable in upstream syntax and accepted by
``mlir-opt-22``. Function signatures keep their shapes; ``#graph.dims`` names are dropped
(``?`` stays).

Contract of the tensor stage (relied upon by ``bufferize``):

* every computation is a ``linalg`` structured op on tensors in destination-passing style; each
  destination (``outs``) is a ``tensor.empty`` or the result of an earlier linalg op, used by
  exactly one linalg op (so bufferization can always write in place);
* reshapes are ``tensor.collapse_shape`` / ``tensor.expand_shape``;
* a run-time size is an ``index`` value computed once at the function's entry (each symbol a
  ``tensor.dim`` of an argument, each expression ``arith`` on them, see
  :mod:`ember.lowering.graph_to_linalg.dims`): ``tensor.empty`` and ``tensor.expand_shape`` take
  them as operands;
* integers are signless: graph ``ui8`` becomes ``i8`` storage, unsigned semantics live in
  the ops (``divui``, ``cmpi ult``, ``uitofp``, ``extui``, ...), as upstream MLIR does;
  ``bf16`` becomes ``i16`` storage the same way (its conversions are integer code, see
  :mod:`ember.lowering.graph_to_linalg.casts`);
* indexed reads that are not affine (padding, gather, resize) are ``tensor.extract`` inside a
  linalg body; constants are ``arith.constant`` with ``dense`` or ``dense_resource`` values.

The rewrite is table driven: elementwise ops are rows of
:data:`ember.lowering.graph_to_linalg.elementwise.SCALAR_BODIES` (graph op -> scalar body),
every other op has one lowering function in ``nn.LOWERINGS`` or ``shape.LOWERINGS``. A graph op's
``ember.fusion_group`` mark (``graph-fuse``) moves to the linalg op computing its result. A graph op
left behind is a :class:`~ember.diagnostics.LegalizationError` naming the op and its location.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import (
    BFloat16Type,
    FunctionType,
    IntegerType,
    ModuleOp,
    Signedness,
    TensorType,
    i8,
    i16,
)
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    GreedyRewritePatternApplier,
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
    TypeConversionPattern,
)
from xdsl.utils.exceptions import VerifyException

from ember.diagnostics import LegalizationError, UnsupportedError, at_op, op_location
from ember.dialects import graph
from ember.dialects.graph.dims import function_ranges, plain_type
from ember.lowering.graph_to_linalg import nn, shape
from ember.lowering.graph_to_linalg.builders import carry_fusion_group
from ember.lowering.graph_to_linalg.control import ControlFlowPattern
from ember.lowering.graph_to_linalg.dims import forget_sizes
from ember.lowering.graph_to_linalg.elementwise import SCALAR_BODIES, ElementwisePattern
from ember.lowering.graph_to_linalg.nn import LowerFn
from ember.lowering.graph_to_linalg.storage_casts import fold_storage_casts, is_storage_type
from ember.registry import register_pass
from ember.symbolic import SymbolicDimError, assuming

LOWERINGS: dict[type[graph.GraphOp], LowerFn] = {**nn.LOWERINGS, **shape.LOWERINGS}
"""Every non-elementwise graph op and its lowering."""


class SignlessStoragePattern(TypeConversionPattern):
    """uiN -> iN everywhere (upstream arith is signless-only): the bodies already chose the
    unsigned op variants (divui, cmpi ult, uitofp, extui, ...) while the types were uiN, so
    after this rewrite unsignedness lives in the ops, as in MLIR. bf16 -> i16 likewise: the
    bodies touch bf16 values only through ``arith.bitcast`` to i16 (LLVM has no bf16
    arithmetic and xDSL's LLVM translation no bf16 type). The storage types (float8, float4,
    int4, int2) -> i8: the bodies reach their byte through unrealized casts to / from i8, which
    this makes i8 -> i8 and :func:`fold_storage_casts` removes."""

    def convert_type(self, typ: Attribute, /) -> Attribute | None:
        if is_storage_type(typ):
            return i8
        if isinstance(typ, IntegerType) and typ.signedness.data != Signedness.SIGNLESS:
            return IntegerType(typ.width.data)
        if isinstance(typ, BFloat16Type):
            return i16
        return None


class TableLoweringPattern(RewritePattern):
    """Lowers an op that has a row in :data:`LOWERINGS` by calling its lowering function."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        lower = LOWERINGS.get(type(op))  # type: ignore[arg-type]
        if lower is None:
            return
        assert isinstance(op, graph.GraphOp)
        with static_sizes_needed(op):
            results = list(lower(rewriter, op))
        carry_fusion_group(op, results)
        rewriter.replace(op, [], results)


class LocatedElementwisePattern(ElementwisePattern):
    """:class:`ElementwisePattern` with the located error of `static_sizes_needed`."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> None:
        with static_sizes_needed(op):
            super().match_and_rewrite(op, rewriter)


@contextmanager
def static_sizes_needed(op: Operation) -> Iterator[None]:
    """A lowering that needs a number where the op has a run-time size fails with one located
    line naming the op (not an internal error)."""
    try:
        yield
    except (SymbolicDimError, VerifyException) as error:
        if not any(graph.is_dynamic(v.type) for v in (*op.operands, *op.results)):
            raise
        raise at_op(
            UnsupportedError(
                f"convert-graph-to-linalg: '{op.name}'{op_location(op)} is not lowered with sizes known only at "
                f"run time yet ({error}); pin the dynamic input dims (input_shapes=... or --input-shape)"
            ),
            op,
        ) from None



def covered_ops() -> set[type[graph.GraphOp]]:
    """Graph ops this conversion knows how to lower."""
    return set(SCALAR_BODIES) | set(LOWERINGS)


def check_legal(module: ModuleOp, pass_name: str) -> None:
    """Raise a LegalizationError for the first graph op left in ``module``."""
    for op in module.walk():
        if isinstance(op, graph.GraphOp) or op.name.startswith("graph."):
            raise at_op(
                LegalizationError(
                    f"{pass_name}: failed to legalize operation '{op.name}'{op_location(op)}: "
                    "no lowering to linalg exists for it"
                ),
                op,
            )


@register_pass
@dataclass(frozen=True)
class ConvertGraphToLinalgPass(ModulePass):
    """Lower graph ops to linalg/tensor/arith/math on tensors (the tensor stage)."""

    name = "convert-graph-to-linalg"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        walker = PatternRewriteWalker(
            GreedyRewritePatternApplier([LocatedElementwisePattern(), TableLoweringPattern(), ControlFlowPattern()]),
            apply_recursively=False,
        )
        ranges = {k: v for fn in op.ops if isinstance(fn, func.FuncOp) for k, v in function_ranges(fn).items()}
        try:
            with assuming(ranges):  # the declared ranges of the functions' symbols
                walker.rewrite_module(op)
        finally:
            forget_sizes()
        check_legal(op, self.name)
        strip_dims_encoding(op)
        if any(SignlessStoragePattern().convert_type(t) is not None for t in _types(op)):
            to_signless(op)


def strip_dims_encoding(module: ModuleOp) -> None:
    """Drop the graph stage's ``#graph.dims`` names from every type (function signatures and
    block arguments included): the tensor stage has upstream ``?`` dims only."""
    for op in module.walk():
        for value in (*op.results, *(a for r in op.regions for b in r.blocks for a in b.args)):
            if graph.is_dynamic(value.type):
                value._type = plain_type(value.type)  # noqa: SLF001  # type: ignore[attr-defined]
        if isinstance(op, func.FuncOp) and any(graph.is_dynamic(t) for t in (*op.function_type.inputs, *op.function_type.outputs)):
            kinds = op.function_type
            op.function_type = FunctionType.from_lists([plain_type(t) for t in kinds.inputs], [plain_type(t) for t in kinds.outputs])


def to_signless(module: ModuleOp) -> None:
    """Apply :class:`SignlessStoragePattern`'s type map in place to every value type, property
    and attribute (xDSL's rewriting walker does not reach a fixpoint on constants here)."""
    pattern = SignlessStoragePattern(recursive=True)
    for op in module.walk():
        values = [*op.results, *(a for r in op.regions for b in r.blocks for a in b.args)]
        for value in values:
            value._type = pattern._convert_type_rec(value.type)  # noqa: SLF001  # type: ignore[attr-defined]
        for table in (op.properties, op.attributes):
            for name, attr in list(table.items()):
                table[name] = pattern._convert_type_rec(attr)  # noqa: SLF001
    fold_storage_casts(module)


def _types(module: ModuleOp) -> list[Attribute]:
    """Every scalar element type used by a value of the module."""
    found: list[Attribute] = []
    for op in module.walk():
        for value in (*op.results, *(a for r in op.regions for b in r.blocks for a in b.args)):
            t = value.type
            found.append(t.get_element_type() if isinstance(t, TensorType) else t)
    return found
