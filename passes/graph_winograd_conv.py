"""``graph-winograd-conv``: 3x3 stride-1 convolutions as Winograd F(2x2, 3x3) in graph ops.

GRAPH STAGE, after ``graph-optimize`` (batch-norm is folded, so the weights are final) and before
``graph-fuse``. Winograd's minimal filtering computes each 2x2 block of outputs of a 3x3
convolution from the 4x4 input tile around it with 16 multiplications per (input, output)
channel pair instead of 36:

    Y = A^T [ (G g G^T) . (B^T d B) ] A        (per tile d, per filter g; "." elementwise)

and over the channels the 16 elementwise products become 16 matrix products
``M[k] = U[k] @ V[k]``, ``U[k] = (G g G^T)[k]`` of shape ``Co x Ci`` (computed here, at compile
time, from the constant weights) and ``V[k] = (B^T d B)[k]`` of shape ``Ci x tiles``. The pass
writes that as graph ops, so every piece takes the existing lowering: 16 strided
``graph.slice`` of the padded input (the tile elements ``x[c, 2ty + a, 2tx + b]``), the input
transform as ``graph.add``/``graph.sub`` (B has entries 0 and +-1), one batched ``graph.matmul``
(the matmul micro-kernel), the output transform as a second matmul (the constant 4 x 16 matrix
``A^T (x) A^T`` times the 16 products: one pass over them, where a split into 16 copies and add
chains made 64 outlined loop nests of one conv instead of 43), and a reshape/transpose that
interleaves the 2x2 blocks into the output (sliced when
an output dim is odd). The bias becomes a ``graph.add`` that ``graph-fuse`` merges with what
follows. 2.25x fewer multiplications, at the cost of the transforms' memory traffic: measured on
the ``znver1`` host (1 thread), ResNet-50's 3x3 convs at 28x28 and 14x14 ran in 0.64-0.73x the
direct kernel's time, 64 -> 64 channels at 56x56 in 0.85x, but 64 -> 64 at 224x224 in 1.07x and
16 -> 16 at 56x56 in 1.15x. Hence the rule (:func:`worth_it`): both channel counts at least
:data:`MIN_CHANNELS`, at least :data:`MIN_FLOPS`, and at most :data:`MAX_PIXELS` output pixels
unless both channel counts are at least :data:`MANY_CHANNELS`.

Applies to f32 ``graph.conv`` with a constant 3x3 weight, strides and dilations 1, one group,
static shapes (a batch's images side by side along the tiles); every other conv is left alone.
The results differ from the direct convolution by rounding only (relative error ~1e-6; F(2x2, 3x3)'s transforms have entries
0, +-1 and +-1/2).

Pre-condition: graph-stage IR. Post-condition: no conv that :func:`applies` remains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import Float32Type, ModuleOp
from xdsl.ir import Operation, SSAValue
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.dialects.graph.base import int_attr, ints_attr
from ember.passes.patterns import constant_array, make_constant
from ember.registry import register_pass

MIN_CHANNELS = 64
"""Least input and output channels (16 -> 16 at 56x56 ran 1.15x slower than direct, 40 -> 48
at 13x13 1.25x slower, 32 -> 32 at 56x56 gained 7 %)."""
MAX_PIXELS = 56 * 56
"""Most output pixels for fewer than :data:`MANY_CHANNELS` channels (64 -> 64 at 224x224 ran
1.07x slower: the transformed tiles outgrow the caches)."""
MANY_CHANNELS = 128
"""Channels from which any size pays (128 -> 128 at 112x112: 0.82x)."""
MIN_FLOPS = 100_000_000
"""Least flops of the direct convolution: each rewritten conv adds about 60 graph ops (a second
of compile time on the ``znver1`` host), which small convs do not earn back (light
Inception-v1, whose 3x3 convs are small, ran only 2.5 % faster with every qualifying one
rewritten, for 30 % more compile time; ResNet-50, all of whose 3x3 convs have 231 MFLOP, 9 %)."""

G = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0.0, 0.0, 1.0]])
"""The filter transform of F(2x2, 3x3): ``U = G g G^T``."""
B_T = (((0, 1), (2, -1)), ((1, 1), (2, 1)), ((2, 1), (1, -1)), ((1, 1), (3, -1)))
"""Rows of the input transform ``B^T`` (4x4) as (column, sign) terms."""
A_T = np.array([[1.0, 1.0, 1.0, 0.0], [0.0, 1.0, -1.0, -1.0]])
"""The output transform (2x4): ``Y = A^T M A``, as one matmul of ``A^T (x) A^T`` (4 x 16) with
the 16 product planes (``Y[2i + j] = sum A^T[i, k] A^T[j, c] M[4k + c]``)."""


def winograd_weights(w: np.ndarray) -> np.ndarray:
    """``W[Co][Ci][3][3]`` -> ``U[16][Co][Ci]`` (``U[4k + l] = (G W G^T)[k, l]``), in float64
    and stored as ``w``'s type."""
    u = np.einsum("ka,oiab,lb->kloi", G, w.astype(np.float64), G)
    return u.reshape(16, w.shape[0], w.shape[1]).astype(w.dtype)


def _static_shape(value: SSAValue) -> tuple[int, ...] | None:
    shape = graph.shape_of(value.type)
    return shape if all(isinstance(d, int) for d in shape) else None


def applies(conv: graph.ConvOp) -> bool:
    """An f32 3x3 convolution, stride and dilation 1, one group, constant weights, static
    shapes."""
    x, w = _static_shape(conv.input), _static_shape(conv.weight)
    if x is None or w is None or len(x) != 4 or w[2:] != (3, 3):
        return False
    if not isinstance(graph.elem_of(conv.result.type), Float32Type):
        return False
    props = conv.props
    plain = all(graph.read_ints(props, name, (1, 1)) == (1, 1) for name in ("strides", "dilations"))
    return plain and graph.read_int(props, "group", 1) == 1 and constant_array(conv.weight) is not None


def worth_it(ci: int, co: int, pixels: int) -> bool:
    """Whether the transforms' traffic costs less than the multiplications saved, and the
    time saved is worth the compile time (module docstring)."""
    if min(ci, co) < MIN_CHANNELS or 2 * 9 * ci * co * pixels < MIN_FLOPS:
        return False
    return pixels <= MAX_PIXELS or min(ci, co) >= MANY_CHANNELS


@dataclass
class _Emitter:
    """Builds the replacement of one conv, inserting each new op before it."""

    conv: graph.ConvOp

    def add(self, cls: type[graph.GraphOp], operands: list[SSAValue], **props: object) -> SSAValue:
        op = cls.make(operands, props)  # type: ignore[arg-type]
        return self.insert(op).results[0]

    def insert(self, op: Operation) -> Operation:
        op.location = self.conv.location
        block = self.conv.parent_block()
        assert block is not None
        block.insert_op_before(op, self.conv)
        return op

    def combine(self, terms: list[tuple[SSAValue, int]]) -> SSAValue:
        """``t0 +- t1 +- ...`` (the first term's sign must be +)."""
        total = terms[0][0]
        for value, sign in terms[1:]:
            total = self.add(graph.AddOp if sign > 0 else graph.SubOp, [total, value])
        return total

    def tiles(self, x: SSAValue, th: int, tw: int) -> dict[tuple[int, int], SSAValue]:
        """``X[a, b][n, c, ty, tx] = x[n, c, 2ty + a, 2tx + b]`` of the padded input."""
        return {
            (a, b): self.add(graph.SliceOp, [x], starts=ints_attr([a, b]), ends=ints_attr([a + 2 * th, b + 2 * tw]),
                             axes=ints_attr([2, 3]), steps=ints_attr([2, 2]))  # fmt: skip
            for a in range(4)
            for b in range(4)
        }

    def input_transform(self, tiles: dict[tuple[int, int], SSAValue]) -> list[SSAValue]:
        """The 16 planes ``V[4k + c] = sum B^T[k, a] B^T[c, b] X[a, b]``, in order: each one
        chain of adds over its 4 tile planes (a chain fuses into one loop nest)."""
        return [self.combine(_terms(B_T[k], B_T[c], lambda a, b: tiles[a, b])) for k in range(4) for c in range(4)]


def _terms(
    rows: tuple[tuple[int, int], ...], columns: tuple[tuple[int, int], ...], plane: Callable[[int, int], SSAValue]
) -> list[tuple[SSAValue, int]]:
    """The (plane, sign) terms of ``sum_r sum_c row[r] column[c] plane(r, c)`` for a transform
    row and column given as (index, sign) terms, the positive ones first."""
    terms = [(plane(r, c), rs * cs) for r, rs in rows for c, cs in columns]
    return sorted(terms, key=lambda term: -term[1])


def rewrite(conv: graph.ConvOp) -> SSAValue:
    """The Winograd form of ``conv`` (which :func:`applies`); its value replaces the conv's."""
    (n, co, ho, wo) = graph.shape_of(conv.result.type)
    th, tw = -(-ho // 2), -(-wo // 2)
    e = _Emitter(conv)
    v = _transformed_input(e, conv, th, tw)
    u = e.insert(make_constant(winograd_weights(constant_array(conv.weight)))).results[0]  # type: ignore[arg-type]
    m = e.add(graph.MatmulOp, [u, v])
    flat = e.add(graph.ReshapeOp, [m], shape=ints_attr([16, co * n * th * tw]))
    a = e.insert(make_constant(np.kron(A_T, A_T).astype(np.float32))).results[0]
    blocks = e.add(graph.MatmulOp, [a, flat])
    blocks = e.add(graph.ReshapeOp, [blocks], shape=ints_attr([2, 2, co, n, th, tw]))
    blocks = e.add(graph.TransposeOp, [blocks], perm=ints_attr([3, 2, 4, 0, 5, 1]))
    y = e.add(graph.ReshapeOp, [blocks], shape=ints_attr([n, co, 2 * th, 2 * tw]))
    if (2 * th, 2 * tw) != (ho, wo):
        y = e.add(graph.SliceOp, [y], starts=ints_attr([0, 0]), ends=ints_attr([ho, wo]), axes=ints_attr([2, 3]))
    if conv.bias is not None:
        bias = e.add(graph.ReshapeOp, [conv.bias], shape=ints_attr([1, co, 1, 1]))
        y = e.add(graph.AddOp, [y, bias])
    return y


def _transformed_input(e: _Emitter, conv: graph.ConvOp, th: int, tw: int) -> SSAValue:
    """``V`` as ``16 x Ci x (N * tiles)``: the input padded to ``2 th + 2`` x ``2 tw + 2`` (the
    conv's own pads first), its tile planes, their transform; the images of a batch side by
    side along the tiles (one transpose)."""
    n, ci, h, w = graph.shape_of(conv.input.type)
    top, left, _, _ = graph.read_ints(conv.props, "pads", (0, 0, 0, 0))
    pads = [0, 0, top, left, 0, 0, 2 * th + 2 - h - top, 2 * tw + 2 - w - left]
    padded = e.add(graph.PadOp, [conv.input], pads=ints_attr(pads)) if any(pads) else conv.input
    stacked = e.add(graph.ConcatOp, e.input_transform(e.tiles(padded, th, tw)), axis=int_attr(0))
    if n == 1:
        return e.add(graph.ReshapeOp, [stacked], shape=ints_attr([16, ci, th * tw]))
    planes = e.add(graph.ReshapeOp, [stacked], shape=ints_attr([16, n, ci, th * tw]))
    planes = e.add(graph.TransposeOp, [planes], perm=ints_attr([0, 2, 1, 3]))
    return e.add(graph.ReshapeOp, [planes], shape=ints_attr([16, ci, n * th * tw]))


@register_pass
@dataclass(frozen=True)
class GraphWinogradConv(ModulePass):
    """Rewrite 3x3 stride-1 convs with enough channels as Winograd F(2x2,3x3) graph ops.

    Graph stage, after graph-optimize and before graph-fuse (docs/microkernels.md). Option
    force=true rewrites every conv that qualifies, whatever its size (tests).
    """

    name = "graph-winograd-conv"
    force: bool = False

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for conv in [o for o in op.walk() if isinstance(o, graph.ConvOp) and applies(o)]:
            (_, ci, _, _), (n, co, ho, wo) = graph.shape_of(conv.input.type), graph.shape_of(conv.result.type)
            if not self.force and not worth_it(ci, co, n * ho * wo):
                continue
            conv.result.replace_all_uses_with(rewrite(conv))
            conv.detach()
            conv.erase()
