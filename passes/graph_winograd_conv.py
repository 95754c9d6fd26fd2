"""``graph-winograd-conv``: mark the 3x3 stride-1 convolutions that pay as Winograd F(2x2, 3x3).

GRAPH STAGE, after ``graph-optimize`` (batch-norm is folded, so the weights are final) and before
``graph-fuse``. Winograd's minimal filtering computes each 2x2 block of outputs of a 3x3
convolution from the 4x4 input tile around it with 16 multiplications per (input, output)
channel pair instead of 36: ``Y = A^T [(G g G^T) . (B^T d B)] A``. The pass only decides: it
puts the discardable unit attribute ``ember.winograd`` (``graph.WINOGRAD``) on each
``graph.conv`` that :func:`applies` and is :func:`worth_it`, so the op keeps its meaning (the
reference interpreter, constant folding and ``graph-fuse`` treat it as any conv), and the
lowering carries the mark to the ``linalg.conv_2d_nchw_fchw``, where ``linalg-conv-microkernel``
emits the fused, tile-blocked Winograd kernel (``lowering/kernels/winograd.py``: the
transformed weights ``U = G g G^T`` packed at compile time; per block of output tiles the input
transform into a cache-sized scratch, the 16 products on the register-blocked matmul tiles, the
output transform with the bias and the conv's fused epilogue written straight into the output).

2.25x fewer multiplications, at the cost of the transforms. The rule (:func:`worth_it`, measured
on the ``znver1`` host, 1 thread, with the earlier graph-level form of the transforms): both
channel counts at least :data:`MIN_CHANNELS`, at least :data:`MIN_FLOPS`, and at most
:data:`MAX_PIXELS` output pixels unless both channel counts are at least :data:`MANY_CHANNELS`.

Applies to f32 ``graph.conv`` with a constant 3x3 weight, strides and dilations 1, one group,
static shapes; every other conv is left alone. The results differ from the direct convolution by
rounding only (relative error ~1e-6; F(2x2, 3x3)'s transforms have entries 0, +-1 and +-1/2).

Pre-condition: graph-stage IR. Post-condition: every conv that :func:`applies` and pays (every
one that applies with ``force=true``) carries ``ember.winograd``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import Float32Type, ModuleOp, UnitAttr
from xdsl.ir import SSAValue
from xdsl.passes import ModulePass

from ember.dialects import graph
from ember.passes.patterns import constant_array
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
"""Least flops of the direct convolution (measured with the graph-level transforms, which cost
about a second of compile time per conv: light Inception-v1, whose 3x3 convs are small, ran only
2.5 % faster with every qualifying one rewritten; ResNet-50, all of whose 3x3 convs have 231
MFLOP, 9 %)."""


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


@register_pass
@dataclass(frozen=True)
class GraphWinogradConv(ModulePass):
    """Mark 3x3 stride-1 convs with enough channels (ember.winograd) for the fused Winograd F(2x2,3x3) kernel.

    Graph stage, after graph-optimize and before graph-fuse (docs/microkernels.md). Option
    force=true marks every conv that qualifies, whatever its size (tests).
    """

    name = "graph-winograd-conv"
    force: bool = False

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for conv in [o for o in op.walk() if isinstance(o, graph.ConvOp) and applies(o)]:
            (_, ci, _, _), (n, co, ho, wo) = graph.shape_of(conv.input.type), graph.shape_of(conv.result.type)
            if not self.force and not worth_it(ci, co, n * ho * wo):
                continue
            conv.attributes[graph.WINOGRAD] = UnitAttr()
