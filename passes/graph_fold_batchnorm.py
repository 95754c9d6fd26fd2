"""``graph-fold-batchnorm``: fold inference batch-norm into the conv / gemm / matmul that feeds it.

Batch-norm at inference is a per-channel affine map ``y * inv + shift`` with
``inv = scale / sqrt(var + eps)`` and ``shift = bias - mean * inv``. When the producer is linear
in its weights and the weights are constants, the map folds into them at compile time:

    conv(x, W, b)        -> conv(x, W * inv[o], (b - mean) * inv + bias)
    gemm(A, B, C)        -> gemm(A, B * inv[n], beta * C * inv + shift), beta = 1
    matmul(x, W) (2-D)   -> matmul(x, W * inv[n]) + shift

Exporters (Caffe-converted models, some inception/densenet exports) also spell batch-norm as a
per-channel ``mul`` and ``add`` after the conv; those fold the same way:

    conv(x, W, b) * s    -> conv(x, W * s[o], b * s)
    conv(x, W, b) + c    -> conv(x, W, b + c)

(constants must sit on the right, which ``graph-canonicalize`` ensures).

All three are declarative patterns whose new weights are :func:`compute` targets (numpy,
computed in float64 and stored in the weight's type). The producer must have no other use (else
folding would duplicate it), and every batch-norm parameter and weight must be constant.

Pre-condition: graph-stage IR. Post-condition: no ``graph.batch_norm`` directly consumes a conv,
gemm or 2-D matmul with constant weights and a single use; no per-channel constant ``mul``/``add``
directly consumes such a conv.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.passes.patterns import (
    OpPattern,
    Pattern,
    PatternPass,
    Var,
    all_constant,
    compute,
    constant_array,
    constraint,
    has_one_use,
    op,
)
from ember.registry import register_pass

x, w, b, c, y = Var("x"), Var("w"), Var("b"), Var("c"), Var("y")
scale, bias, mean, var, eps = Var("scale"), Var("bias"), Var("mean"), Var("var"), Var("eps")
strides, dilations, pads, group = Var("strides"), Var("dilations"), Var("pads"), Var("group")
alpha, beta, trans_a, trans_b = Var("alpha"), Var("beta"), Var("trans_a"), Var("trans_b")


def _array(value: SSAValue) -> np.ndarray:
    found = constant_array(value)
    if found is None:
        raise ValueError("batch-norm folding needs constant operands")
    return found.astype(np.float64)


def bn_inverse_std(scale_v: SSAValue, var_v: SSAValue, epsilon: float) -> np.ndarray:
    """``scale / sqrt(var + eps)``, per channel, in float64."""
    return _array(scale_v) / np.sqrt(_array(var_v) + epsilon)


def _like(array: np.ndarray, value: SSAValue) -> np.ndarray:
    return array.astype(graph.numpy_dtype(graph.elem_of(value.type)))


def conv_weight(weight: SSAValue, scale_v: SSAValue, var_v: SSAValue, epsilon: float) -> np.ndarray:
    """Conv weights scaled per output channel (dim 0)."""
    inv = bn_inverse_std(scale_v, var_v, epsilon)
    kernel = _array(weight)
    return _like(kernel * inv.reshape((-1,) + (1,) * (kernel.ndim - 1)), weight)


def conv_bias(
    old: SSAValue | None, scale_v: SSAValue, bias_v: SSAValue, mean_v: SSAValue, var_v: SSAValue, epsilon: float
) -> np.ndarray:
    """The new conv bias ``(b - mean) * inv + bias`` (``b`` = 0 when the conv had none)."""
    inv = bn_inverse_std(scale_v, var_v, epsilon)
    before = _array(old) if old is not None else np.zeros_like(inv)
    return _like((before - _array(mean_v)) * inv + _array(bias_v), bias_v)


def gemm_weight(weight: SSAValue, transposed: int, scale_v: SSAValue, var_v: SSAValue, epsilon: float) -> np.ndarray:
    """B scaled per output column n (B is K x N, or N x K when ``trans_b``)."""
    inv = bn_inverse_std(scale_v, var_v, epsilon)
    matrix = _array(weight)
    return _like(matrix * (inv[:, None] if transposed else inv[None, :]), weight)


def gemm_bias(
    old: SSAValue | None, old_beta: float, scale_v: SSAValue, bias_v: SSAValue, mean_v: SSAValue,
    var_v: SSAValue, epsilon: float,
) -> np.ndarray:  # fmt: skip
    """The new C (with beta = 1): ``beta * C * inv + bias - mean * inv``."""
    inv = bn_inverse_std(scale_v, var_v, epsilon)
    before = old_beta * _array(old) if old is not None else 0.0
    return _like(before * inv + _array(bias_v) - _array(mean_v) * inv, bias_v)


def bn_shift(scale_v: SSAValue, bias_v: SSAValue, mean_v: SSAValue, var_v: SSAValue, epsilon: float) -> np.ndarray:
    """``bias - mean * inv``, per channel."""
    inv = bn_inverse_std(scale_v, var_v, epsilon)
    return _like(_array(bias_v) - _array(mean_v) * inv, bias_v)


@constraint
def has_rank(value: SSAValue, rank: int) -> bool:
    """The value is a tensor of the given rank."""
    return len(graph.shape_of(value.type)) == rank


_BN_PARAMS = (scale, bias, mean, var)


def _bn(producer: OpPattern) -> OpPattern:
    """batch_norm(producer, scale, bias, mean, var) with its epsilon bound."""
    return op(graph.BatchNormOp, producer, scale, bias, mean, var, epsilon=eps)


def _conv_patterns() -> list[Pattern]:
    conv_props = {"strides": strides, "dilations": dilations, "pads": pads, "group": group}
    new_weight = compute(conv_weight, w, scale, var, eps)
    return [
        Pattern(
            "batchnorm-into-conv-with-bias",
            _bn(op(graph.ConvOp, x, w, b, **conv_props).bind(y)),
            op(graph.ConvOp, x, new_weight, compute(conv_bias, b, scale, bias, mean, var, eps), **conv_props),
            where=[all_constant(w, b, *_BN_PARAMS), has_one_use(y)],
        ),
        Pattern(
            "batchnorm-into-conv",
            _bn(op(graph.ConvOp, x, w, **conv_props).bind(y)),
            op(graph.ConvOp, x, new_weight, compute(conv_bias, None, scale, bias, mean, var, eps), **conv_props),
            where=[all_constant(w, *_BN_PARAMS), has_one_use(y)],
        ),
    ]


def _gemm_patterns() -> list[Pattern]:
    props = {"alpha": alpha, "beta": beta, "trans_a": trans_a, "trans_b": trans_b}
    new_props = {"alpha": alpha, "beta": 1.0, "trans_a": trans_a, "trans_b": trans_b}
    new_b = compute(gemm_weight, w, trans_b, scale, var, eps)
    return [
        Pattern(
            "batchnorm-into-gemm-with-c",
            _bn(op(graph.GemmOp, x, w, c, **props).bind(y)),
            op(graph.GemmOp, x, new_b, compute(gemm_bias, c, beta, scale, bias, mean, var, eps), **new_props),
            where=[all_constant(w, c, *_BN_PARAMS), has_one_use(y)],
        ),
        Pattern(
            "batchnorm-into-gemm",
            _bn(op(graph.GemmOp, x, w, **props).bind(y)),
            op(graph.GemmOp, x, new_b, compute(gemm_bias, None, beta, scale, bias, mean, var, eps), **new_props),
            where=[all_constant(w, *_BN_PARAMS), has_one_use(y)],
        ),
        Pattern(
            "batchnorm-into-matmul",
            _bn(op(graph.MatmulOp, x, w).bind(y)),
            op(
                graph.AddOp,
                op(graph.MatmulOp, x, compute(gemm_weight, w, 0, scale, var, eps)),
                compute(bn_shift, scale, bias, mean, var, eps),
            ),
            where=[all_constant(w, *_BN_PARAMS), has_rank(w, 2), has_rank(y, 2), has_one_use(y)],
        ),
    ]


# ---- per-channel scale and shift after a conv (batch-norm exported as mul + add) ----------------


@constraint
def is_per_channel(value: SSAValue, conv_result: SSAValue) -> bool:
    """``value`` is a constant that broadcasts along the conv's output channels only."""
    if constant_array(value) is None:
        return False
    out = graph.shape_of(conv_result.type)
    shape = graph.shape_of(value.type)
    if len(shape) > len(out):
        return False
    padded = (1,) * (len(out) - len(shape)) + shape
    return all(d == 1 for i, d in enumerate(padded) if i != 1) and padded[1] in (1, out[1])


def channel_vector(value: SSAValue, conv_result: SSAValue) -> np.ndarray:
    """A per-channel constant as a float64 vector of the conv's output channel count."""
    channels = graph.shape_of(conv_result.type)[1]
    return np.broadcast_to(_array(value).reshape(-1), (channels,)).astype(np.float64)


def scaled_conv_weight(weight: SSAValue, factor: SSAValue, conv_result: SSAValue) -> np.ndarray:
    """Conv weights times a per-output-channel factor."""
    kernel = _array(weight)
    vector = channel_vector(factor, conv_result)
    return _like(kernel * vector.reshape((-1,) + (1,) * (kernel.ndim - 1)), weight)


def scaled_bias(old: SSAValue, factor: SSAValue, conv_result: SSAValue) -> np.ndarray:
    """A conv bias times a per-channel factor."""
    return _like(_array(old) * channel_vector(factor, conv_result), old)


def shifted_bias(old: SSAValue | None, shift: SSAValue, conv_result: SSAValue) -> np.ndarray:
    """A conv bias (0 if none) plus a per-channel shift."""
    vector = channel_vector(shift, conv_result)
    before = _array(old) if old is not None else np.zeros_like(vector)
    return _like(before + vector, shift)


def _affine_patterns() -> list[Pattern]:
    conv_props = {"strides": strides, "dilations": dilations, "pads": pads, "group": group}
    k = Var("k")
    scaled_w = compute(scaled_conv_weight, w, k, y)
    return [
        Pattern(
            "scale-into-conv-with-bias",
            op(graph.MulOp, op(graph.ConvOp, x, w, b, **conv_props).bind(y), k),
            op(graph.ConvOp, x, scaled_w, compute(scaled_bias, b, k, y), **conv_props),
            where=[all_constant(w, b), is_per_channel(k, y), has_one_use(y)],
        ),
        Pattern(
            "scale-into-conv",
            op(graph.MulOp, op(graph.ConvOp, x, w, **conv_props).bind(y), k),
            op(graph.ConvOp, x, scaled_w, **conv_props),
            where=[all_constant(w), is_per_channel(k, y), has_one_use(y)],
        ),
        Pattern(
            "shift-into-conv-bias",
            op(graph.AddOp, op(graph.ConvOp, x, w, b, **conv_props).bind(y), k),
            op(graph.ConvOp, x, w, compute(shifted_bias, b, k, y), **conv_props),
            where=[all_constant(b), is_per_channel(k, y), has_one_use(y)],
        ),
        Pattern(
            "shift-into-conv",
            op(graph.AddOp, op(graph.ConvOp, x, w, **conv_props).bind(y), k),
            op(graph.ConvOp, x, w, compute(shifted_bias, None, k, y), **conv_props),
            where=[is_per_channel(k, y), has_one_use(y)],
        ),
    ]


FOLD_BATCHNORM_PATTERNS = (*_conv_patterns(), *_gemm_patterns(), *_affine_patterns())


@register_pass
@dataclass(frozen=True)
class GraphFoldBatchnormPass(PatternPass):
    """Fold inference batch_norm into the weights and bias of a preceding conv, gemm or matmul.

    Pre-condition: graph-stage IR; weights and batch-norm parameters are constants (run
    graph-fold-constants first if they are computed). Post-condition: those batch_norms are gone.
    """

    TENSOR_FUNCTIONS_ONLY = True

    name = "graph-fold-batchnorm"
    PATTERNS = FOLD_BATCHNORM_PATTERNS
