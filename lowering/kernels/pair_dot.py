"""16-bit pair dot products for the integer convolution micro-kernel (memref stage -> loop stage).

``linalg-conv-microkernel`` takes an i32 ``linalg.conv_2d_nchw_fchw`` with constant weights like
an f32 one (``Builder`` then multiplies with ``arith.muli`` + ``arith.addi``: on AVX2 that is
``vpmulld``, 8 products per 2-4 cycles on Zen 1, where an f32 FMA does 8 per cycle). When the
op carries ``ember.operand_bits`` <= 15 (``graph-quantize-qdq``: 8-bit values less their zero
points need 9) and the target has an instruction that multiplies signed 16-bit pairs and adds
each pair into an int32 lane, the convolution runs on **channel pairs** instead:

- the weights are packed at compile time with input channels ``2k`` and ``2k + 1`` in one 32-bit
  word (low half, high half): ``Wp[co][k][kh][kw]``, a zero channel after an odd last one;
- the padded input is packed the same way per call into a scratch buffer ``Xp[n][k][h][w]``
  (vectors of ``lanes`` words: ``(x[2k] & 0xffff) | (x[2k + 1] << 16)``);
- the unchanged tile grid of the f32 kernel (pixels or channels on the lanes, from the schedule)
  then runs over ``ceil(Ci / 2)`` channels, and each multiply-add of a tile becomes one pair dot:
  both operands bit-cast to ``vector<2*LANES x i16>``, ``acc[i] += a[2i] * b[2i] + a[2i+1] *
  b[2i+1]`` — ``vpmaddwd`` + ``vpaddd`` (AVX2 ymm ``llvm.x86.avx2.pmadd.wd``, AVX-512BW zmm
  ``llvm.x86.avx512.pmaddw.d.512``) or one ``vpdpwssd`` with AVX-512 VNNI / AVX-VNNI
  (``llvm.x86.avx512.vpdpwssd.{256,512}``), chosen by :func:`pair_dot` from the target's
  features (with those its CPU name implies: ``ember.target.cpu_features.IMPLIED``).

Exactness: with 9-bit operands a pair sums to at most 2 * 255 * 255 = 130 050, far inside int32;
the int32 accumulation wraps exactly like the scalar loops (the instructions do not saturate;
only ``vpmaddwd`` of two pairs of -32768 would, which 15-bit operands exclude). ``vpmaddubsw``
(u8 x s8 pairs summed into int16) is not used: its int16 pair sum saturates (255 * 127 * 2 =
64 770 > 32 767), and the centred 9-bit operands do not fit its u8 / s8 inputs. Targets without
such an instruction (AArch64 here: NEON ``sdot`` takes 8-bit groups of four) keep the portable
``arith.muli`` + ``arith.addi`` kernel.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import IntegerAttr, MemRefType, VectorType, i16, i32
from xdsl.ir import Block, Operation, SSAValue

from ember.lowering.kernels.builder import Builder
from ember.target import Target
from ember.target.cpu_features import required_features

MAX_OPERAND_BITS = 15
"""Widest signed operands whose pair sums cannot overflow int32 (two 16-bit -32768 squares can)."""

@dataclass(frozen=True)
class PairDot:
    """One pair-dot instruction: ``lanes`` int32 lanes, its LLVM intrinsic, and whether it adds
    into the accumulator itself (VNNI) or needs a separate ``addi`` (``vpmaddwd``)."""

    name: str
    lanes: int
    intrinsic: str
    accumulates: bool


PAIR_DOTS = (
    (PairDot("vpdpwssd zmm", 16, "llvm.x86.avx512.vpdpwssd.512", True), {"avx512vnni"}),
    (PairDot("vpmaddwd zmm", 16, "llvm.x86.avx512.pmaddw.d.512", False), {"avx512bw"}),
    (PairDot("vpdpwssd ymm", 8, "llvm.x86.avx512.vpdpwssd.256", True), {"avxvnni"}),
    (PairDot("vpdpwssd ymm", 8, "llvm.x86.avx512.vpdpwssd.256", True), {"avx512vnni", "avx512vl"}),
    (PairDot("vpmaddwd ymm", 8, "llvm.x86.avx2.pmadd.wd", False), {"avx2"}),
)
"""Candidates, best first, with the features each needs."""


def pair_dot(target: Target, lanes: int) -> PairDot | None:
    """The best pair-dot instruction of ``target`` for ``lanes``-wide int32 vectors (x86 only)."""
    if target.arch != "x86_64":
        return None
    features = required_features(target)  # (the feature string plus what the CPU name implies)
    return next((dot for dot, needs in PAIR_DOTS if dot.lanes == lanes and needs <= features), None)


class PairBuilder(Builder):
    """A :class:`Builder` over i32 words holding 16-bit pairs whose multiply-add is ``dot``."""

    def __init__(self, block: Block, anchor: Operation | None = None, threads: int = 1, *, dot: PairDot) -> None:
        super().__init__(block, anchor, threads, i32)
        self.dot = dot

    def child(self, block: Block) -> Builder:
        return PairBuilder(block, threads=self.threads, dot=self.dot)

    def fma(self, a: SSAValue, b: SSAValue, acc: SSAValue) -> SSAValue:
        """``acc[i] += a16[2i] * b16[2i] + a16[2i+1] * b16[2i+1]`` (the words as i16 pairs)."""
        lanes = acc.type.get_shape()[0]  # type: ignore[attr-defined]
        if lanes != self.dot.lanes:  # a 1-lane tail: the pair dot by hand
            return self._scalar_pairs(a, b, acc)
        halves = VectorType(i16, [2 * lanes])
        a16, b16 = (self.op(llvm.BitcastOp(v, halves)).results[0] for v in (a, b))
        if self.dot.accumulates:
            return self.op(llvm.CallIntrinsicOp(self.dot.intrinsic, [acc, a16, b16], [acc.type])).results[0]
        product = self.op(llvm.CallIntrinsicOp(self.dot.intrinsic, [a16, b16], [acc.type])).results[0]
        return self.op(arith.AddiOp(acc, product)).results[0]

    def _scalar_pairs(self, a: SSAValue, b: SSAValue, acc: SSAValue) -> SSAValue:
        """The pair dot on vectors of any width: low halves (shift left then arithmetic right
        by 16) and high halves (arithmetic right by 16) multiplied and added."""
        sixteen = self.splat(self.op(arith.ConstantOp(IntegerAttr(16, i32))).results[0], acc.type.get_shape()[0])  # type: ignore[attr-defined]

        def low(v: SSAValue) -> SSAValue:
            return self.op(arith.ShRSIOp(self.op(arith.ShLIOp(v, sixteen)).results[0], sixteen)).results[0]

        def high(v: SSAValue) -> SSAValue:
            return self.op(arith.ShRSIOp(v, sixteen)).results[0]

        for part in (low, high):
            product = self.op(arith.MuliOp(part(a), part(b))).results[0]
            acc = self.op(arith.AddiOp(acc, product)).results[0]
        return acc


def pack_pairs(w: np.ndarray, axis: int = 1) -> np.ndarray:
    """Int values (within 16 bits) with the entries ``2k`` and ``2k + 1`` of ``axis`` in one
    int32 word (low, high half); an odd last entry is paired with 0."""
    w = np.moveaxis(np.asarray(w), axis, 0)
    if w.shape[0] % 2:
        w = np.concatenate([w, np.zeros_like(w[:1])])
    low, high = (part.astype(np.int64) & 0xFFFF for part in (w[0::2], w[1::2]))
    words = (low | (high << 16)).astype(np.uint32).view(np.int32)
    return np.ascontiguousarray(np.moveaxis(words, 0, axis))


def fits(w: np.ndarray, bits: int = 16) -> bool:
    """Whether every value of ``w`` is a signed ``bits``-bit integer."""
    limit = 1 << (bits - 1)
    return w.size == 0 or (int(w.min()) >= -limit and int(w.max()) < limit)


def pack_input(b: Builder, x: SSAValue, shape: tuple[int, int, int, int], lanes: int) -> SSAValue:
    """A new ``[N][ceil(C/2)][H][W]`` i32 buffer of ``x``'s channel pairs (the caller frees it)."""
    n, c, h, w = shape
    pairs = -(-c // 2)
    packed = b.alloc([n, pairs, h, w])
    flat_x = b.collapse_spatial(x, [n, c, h * w])
    flat_p = b.collapse_spatial(packed, [n, pairs, h * w])
    full = h * w // lanes * lanes

    def per_pair(pb: Builder, image: SSAValue, k: SSAValue) -> None:
        low_channel = pb.mul(k, 2)
        high_channel = pb.add(low_channel, 1)
        has_high = pb.op(arith.CmpiOp(high_channel, pb.idx(c), "ult")).results[0]
        safe_high = pb.op(arith.MinUIOp(high_channel, pb.idx(c - 1))).results[0]

        def strip(width: int):  # noqa: ANN202
            def per_position(eb: Builder, position: SSAValue) -> None:
                low = eb.vload(flat_x, [image, low_channel, position], width)
                high = eb.vload(flat_x, [image, safe_high, position], width)
                high = eb.op(arith.SelectOp(has_high, high, eb.splat(eb.zero(), width))).results[0]
                mask = eb.splat(eb.op(arith.ConstantOp(IntegerAttr(0xFFFF, i32))).results[0], width)
                shift = eb.splat(eb.op(arith.ConstantOp(IntegerAttr(16, i32))).results[0], width)
                word = eb.op(arith.OrIOp(eb.op(arith.AndIOp(low, mask)).results[0], eb.op(arith.ShLIOp(high, shift)).results[0]))
                eb.vstore(word.results[0], flat_p, [image, k, position])

            return per_position

        if full:
            pb.simple_loop(0, full, lanes, strip(lanes))
        if h * w > full:
            pb.simple_loop(full, h * w, 1, strip(1))

    b.simple_loop(0, n, 1, lambda ib, image: ib.simple_loop(0, pairs, 1, lambda kb, k: per_pair(kb, image, k)))
    return packed


def operand_bits(op: Operation) -> int | None:
    """The op's ``ember.operand_bits`` (``graph.OPERAND_BITS``), if any."""
    from ember.dialects.graph.base import OPERAND_BITS

    attr = op.attributes.get(OPERAND_BITS)
    return attr.value.data if isinstance(attr, IntegerAttr) else None


def is_i32_memref(value: SSAValue) -> bool:
    return isinstance(value.type, MemRefType) and value.type.element_type == i32
