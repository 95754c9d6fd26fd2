"""``math-polynomial-approximation``: f32 ``math.exp`` / ``math.tanh`` / ``math.erf`` -> arith.

TENSOR STAGE (any stage works), in ``lower-to-loops`` after ``linalg-fuse-elementwise`` and before
the kernels and ``linalg-vectorize``. LLVM has no vector implementation of ``llvm.exp`` /
``llvm.tanh`` and ember none of ``erf``: a vector loop over them makes one libm call per lane,
which made softmax, sigmoid, GELU and tanh 7-26x slower than onnxruntime's. Like upstream
MLIR's pass of the same name (and onnxruntime's MLAS kernels), this one replaces each f32 op,
scalar or vector, by a short sequence of ``arith`` ops that ``linalg-vectorize`` and the kernel
epilogues then run on whole vectors:

- ``exp(x)``: ``x`` clamped to ``[-88.7, 88.72]``; ``n = floor(x log2 e + 1/2)`` clamped to
  ``[-127, 127]``; ``r = x - n ln 2`` in two steps (Cody-Waite); ``exp(r) = 1 + r + r^2 P(r)``
  with ``P`` of degree 5; times ``2^n`` built from its exponent bits (``2^-127`` -> ``0``).
- ``tanh(x) = x P(x^2) / Q(x^2)`` on ``x`` clamped to ``[-9, 9]`` (degrees 4 / 4).
- ``erf(x) = x P(x^2) / Q(x^2)`` on ``x`` clamped to ``[-4, 4]`` (degrees 5 / 5).

The coefficients are fitted by ``scripts/fit_math_approximations.py``, which also evaluates the
approximations in f32 over their whole range: largest relative error 1.2e-7 (exp), 4.1e-7
(tanh), 4.1e-7 (erf), i.e. a few ulp. The clamps use ``minimumf`` / ``maximumf``, so NaN
stays NaN; ``exp`` of ``+inf`` gives the largest finite float's neighbour ``3.4e38`` rather than
``inf`` and of ``-inf`` gives ``0``. f64 and other types are left to ``convert-math-to-llvm``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, math, vector
from xdsl.dialects.builtin import (
    Float32Type,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    VectorType,
    f32,
    i32,
)
from xdsl.ir import Attribute, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.pattern_rewriter import (
    PatternRewriter,
    PatternRewriteWalker,
    RewritePattern,
)

from ember.dialects.upstream import op_class
from ember.registry import register_pass

LOG2E = 1.4426950408889634
LN2_HI = 0.693359375
LN2_LO = -2.1219444005469057e-4
MAGIC = 12582912.0
"""``1.5 * 2^23``: a float whose ulp is 1, so ``MAGIC + k`` holds integer ``k`` in its low bits."""
EXP_P = (0.5000000013483702, 0.16666666719016104, 0.041666464882190356, 0.00833329847612488,
         0.0013933651271271408, 0.0001989927992294922)  # fmt: skip
TANH_P = (0.9999999797909039, 0.13380965743110454, 0.0034955144594988833, 2.060779068542096e-05,
          1.335276150760123e-08)  # fmt: skip
TANH_Q = (1.0, 0.46714281481510395, 0.025876708222154092, 0.00032855106428407, 7.775802060919212e-07)
ERF_P = (1.128379139733126, 0.19352080815662256, 0.053098025583686946, 0.0038821620354156806,
         0.000284516485885674, 1.9866757511033395e-06)  # fmt: skip
ERF_Q = (1.0, 0.504835913553378, 0.11533951201865769, 0.01520490279769207, 0.001185241677799721,
         3.741646658496356e-05)  # fmt: skip


def is_f32_like(t: Attribute) -> bool:
    """f32 or a vector of f32."""
    return isinstance(t, Float32Type) or (isinstance(t, VectorType) and isinstance(t.element_type, Float32Type))


class Emitter:
    """Emits arith ops before the op being replaced, on values of its (scalar or vector) type."""

    def __init__(self, rewriter: PatternRewriter, like: Attribute) -> None:
        self.rewriter = rewriter
        self.type = like

    def emit(self, op: Operation) -> SSAValue:
        self.rewriter.insert(op)
        return op.results[0]

    def shaped(self, element: Attribute) -> Attribute:
        return VectorType(element, self.type.get_shape()) if isinstance(self.type, VectorType) else element

    def const(self, value: float) -> SSAValue:
        scalar = self.emit(arith.ConstantOp(FloatAttr(value, f32)))
        return self._splat(scalar)

    def iconst(self, value: int) -> SSAValue:
        return self._splat(self.emit(arith.ConstantOp(IntegerAttr(value, i32))))

    def _splat(self, scalar: SSAValue) -> SSAValue:
        if not isinstance(self.type, VectorType):
            return scalar
        return self.emit(vector.BroadcastOp(scalar, self.shaped(scalar.type)))

    def add(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.AddfOp(a, b))

    def sub(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.SubfOp(a, b))

    def mul(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.MulfOp(a, b))

    def div(self, a: SSAValue, b: SSAValue) -> SSAValue:
        return self.emit(arith.DivfOp(a, b))

    def clamp(self, x: SSAValue, lo: float, hi: float) -> SSAValue:
        return self.emit(arith.MinimumfOp(self.emit(arith.MaximumfOp(x, self.const(lo))), self.const(hi)))

    def polynomial(self, coefficients: Sequence[float], z: SSAValue) -> SSAValue:
        """``sum c_i z^i`` by Horner's rule."""
        acc = self.const(coefficients[-1])
        for c in reversed(coefficients[:-1]):
            acc = self.add(self.mul(acc, z), self.const(c))
        return acc

    def exp2_of_integral(self, n: SSAValue) -> SSAValue:
        """``2^n`` for an integral-valued float ``n`` in ``[-127, 127]`` (``-127`` gives 0): adding
        ``1.5 * 2^23`` puts ``n + 127`` in the low mantissa bits, which the shift moves into the
        exponent field (no float-to-int conversion: xDSL's ``arith.fptosi`` takes no vectors)."""
        biased = self.add(n, self.const(MAGIC + 127.0))
        bits = self.emit(arith.BitcastOp(biased, self.shaped(i32)))
        shifted = self.emit(arith.ShLIOp(bits, self.iconst(23)))
        return self.emit(arith.BitcastOp(shifted, self.type))


def expand_exp(e: Emitter, x: SSAValue) -> SSAValue:
    x = e.clamp(x, -88.7, 88.72)
    n = e.emit(math.FloorOp(e.add(e.mul(x, e.const(LOG2E)), e.const(0.5))))
    n = e.clamp(n, -127.0, 127.0)
    r = e.sub(e.sub(x, e.mul(n, e.const(LN2_HI))), e.mul(n, e.const(LN2_LO)))
    p = e.add(e.add(e.const(1.0), r), e.mul(e.mul(r, r), e.polynomial(EXP_P, r)))
    return e.mul(p, e.exp2_of_integral(n))


def expand_odd_rational(e: Emitter, x: SSAValue, bound: float, p: Sequence[float], q: Sequence[float]) -> SSAValue:
    x = e.clamp(x, -bound, bound)
    z = e.mul(x, x)
    return e.div(e.mul(x, e.polynomial(p, z)), e.polynomial(q, z))


EXPANSIONS: dict[type[Operation], Callable[[Emitter, SSAValue], SSAValue]] = {
    math.ExpOp: expand_exp,
    math.TanhOp: lambda e, x: expand_odd_rational(e, x, 9.0, TANH_P, TANH_Q),
    math.ErfOp: lambda e, x: expand_odd_rational(e, x, 4.0, ERF_P, ERF_Q),
}
"""Each expanded math op and the arith code that replaces it (module docstring)."""


class ExpandMath(RewritePattern):
    """One f32 (or vector-of-f32) op of :data:`EXPANSIONS` -> its arith expansion."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter, /) -> None:
        expand = EXPANSIONS.get(op_class(op))
        if expand is not None and is_f32_like(op.results[0].type):
            rewriter.replace(op, [], [expand(Emitter(rewriter, op.results[0].type), op.operands[0])])


@register_pass
@dataclass(frozen=True)
class MathPolynomialApproximationPass(ModulePass):
    """Replace f32 math.exp / math.tanh / math.erf (scalar or vector) by polynomial arith code.

    Tensor stage or later, before linalg-vectorize: the arith sequences vectorise where a libm
    call per lane would not; a few ulp from the exact result (scripts/fit_math_approximations.py)."""

    name = "math-polynomial-approximation"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        PatternRewriteWalker(ExpandMath(), apply_recursively=False).rewrite_module(op)
