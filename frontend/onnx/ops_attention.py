"""ONNX Attention (opset 23+) composed from graph ops: heads split from 3-D inputs, KV cache
concatenation, grouped-query head repetition, scaled Q.K^T, softcap, additive/boolean masks,
causal, sliding-window and key-padding biases (constants, since shapes and nonpad_kv_seqlen are
static), softmax and the
weighted sum, following onnx's reference implementation step by step.
"""

from __future__ import annotations

import math

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter


def _split_heads(cx: NodeContext, x: SSAValue, heads: int | None, what: str) -> SSAValue:
    """(B, S, H*D) -> (B, H, S, D); 4-D inputs pass through."""
    shape = graph.shape_of(x.type)
    if len(shape) == 4:
        return x
    if heads is None or len(shape) != 3 or shape[2] % heads:
        raise cx.error(f"3-D {what} needs q_num_heads / kv_num_heads dividing its hidden size")
    b, s, hidden = shape
    x = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((b, s, heads, hidden // heads))})
    return cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr((0, 2, 1, 3))})


def _repeat_heads(cx: NodeContext, x: SSAValue, reps: int) -> SSAValue:
    """np.repeat along the head axis via unsqueeze + expand + reshape (grouped-query attention)."""
    if reps == 1:
        return x
    b, h, s, d = graph.shape_of(x.type)
    x = cx.value(graph.UnsqueezeOp, [x], {"axes": graph.ints_attr((2,))})
    x = cx.value(graph.ExpandOp, [x], {"shape": graph.dims_attr((b, h, reps, s, d))})
    return cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr((b, h * reps, s, d))})


def _static_bias(cx: NodeContext, q_len: int, kv_len: int, past: int) -> np.ndarray | None:
    """The causal, sliding-window and key-padding part of the bias, shape (B or 1, 1, q, kv):
    0 where allowed, -inf elsewhere. With nonpad_kv_seqlen the causal frontier is per batch."""
    nonpad = cx.static_ints(6, "nonpad_kv_seqlen")
    offsets = np.asarray(nonpad, np.int64) - q_len if nonpad is not None else np.array([past])
    i = np.arange(q_len).reshape(1, 1, -1, 1) + offsets.reshape(-1, 1, 1, 1)
    j = np.arange(kv_len).reshape(1, 1, 1, -1)
    allowed = np.ones((len(offsets), 1, q_len, kv_len), dtype=bool)
    if cx.attrs.int_("is_causal", 0):
        allowed &= j <= i
    left, right = cx.attrs.int_("left_window_size", -1), cx.attrs.int_("right_window_size", -1)
    if left >= 0:
        allowed &= i - j <= left
    if right >= 0:
        allowed &= j - i <= right
    if nonpad is not None:
        allowed &= j < np.asarray(nonpad).reshape(-1, 1, 1, 1)
    return None if allowed.all() else np.where(allowed, 0.0, -np.inf)


def _mask_bias(cx: NodeContext, like: SSAValue, kv_len: int) -> SSAValue | None:
    """The attn_mask input as an additive float bias, padded to the key length."""
    mask = cx.optional(3)
    if mask is None:
        return None
    shape = graph.shape_of(mask.type)
    is_bool = graph.elem_of(mask.type) == graph.i1
    if shape[-1] < kv_len:
        pads = [0] * (2 * len(shape))
        pads[-1] = kv_len - shape[-1]
        value = 0.0 if is_bool else -math.inf
        mask = cx.value(graph.PadOp, [mask], {"pads": graph.ints_attr(pads), "value": graph.float_attr(value)})
    if is_bool:
        mask = cx.value(graph.WhereOp, [mask, cx.constant(0, like=like), cx.constant(-np.inf, like=like)])
    return mask


def _combined_bias(cx: NodeContext, q: SSAValue, q_len: int, kv_len: int, past: int) -> SSAValue | None:
    static = _static_bias(cx, q_len, kv_len, past)
    mask = _mask_bias(cx, q, kv_len)
    if static is None:
        return mask
    static_value = cx.constant(static, like=q)
    return static_value if mask is None else cx.value(graph.AddOp, [mask, static_value])


def _softmax_masked(cx: NodeContext, scores: SSAValue, bias: SSAValue | None) -> SSAValue:
    """Softmax over keys; rows whose bias is all -inf (nothing to attend) become 0."""
    probs = cx.value(graph.SoftmaxOp, [scores], {"axis": graph.int_attr(-1)})
    if bias is None:
        return probs
    peak = cx.value(graph.ReduceMaxOp, [bias], {"axes": graph.ints_attr((-1,)), "keepdims": graph.int_attr(1)})
    dead = cx.value(graph.EqualOp, [peak, cx.constant(-np.inf, like=bias)])
    return cx.value(graph.WhereOp, [dead, cx.constant(0, like=probs), probs])


def _with_past(cx: NodeContext, x: SSAValue, index: int) -> SSAValue:
    past = cx.optional(index)
    return x if past is None else cx.value(graph.ConcatOp, [past, x], {"axis": graph.int_attr(2)})


@converter("Attention", 23)
def attention(cx: NodeContext) -> list[SSAValue]:
    q_heads, kv_heads = cx.attrs.int_("q_num_heads", 0) or None, cx.attrs.int_("kv_num_heads", 0) or None
    rank3 = len(cx.shape(0)) == 3
    q = _split_heads(cx, cx.input(0), q_heads, "Q")
    k = _with_past(cx, _split_heads(cx, cx.input(1), kv_heads, "K"), 4)
    v = _with_past(cx, _split_heads(cx, cx.input(2), kv_heads, "V"), 5)
    present_k, present_v = k, v
    (b, hq, q_len, d), kv_len = graph.shape_of(q.type), graph.shape_of(k.type)[2]
    past = graph.shape_of(cx.input(4).type)[2] if cx.has(4) else 0
    reps = hq // graph.shape_of(k.type)[1]
    k, v = _repeat_heads(cx, k, reps), _repeat_heads(cx, v, reps)
    scale = cx.attrs.float_("scale", 1 / math.sqrt(d))
    root = cx.constant(np.sqrt(scale), like=q)
    kt = cx.value(graph.TransposeOp, [cx.value(graph.MulOp, [k, root])], {"perm": graph.ints_attr((0, 1, 3, 2))})
    scores = cx.value(graph.MatmulOp, [cx.value(graph.MulOp, [q, root]), kt])
    softcap = cx.attrs.float_("softcap", 0.0)
    if softcap > 0:
        cap = cx.constant(softcap, like=scores)
        scores = cx.value(graph.MulOp, [cx.value(graph.TanhOp, [cx.value(graph.DivOp, [scores, cap])]), cap])
    qk_out = scores
    bias = _combined_bias(cx, q, q_len, kv_len, past)
    if bias is not None:
        scores = cx.value(graph.AddOp, [scores, bias])
    mode = cx.attrs.int_("qk_matmul_output_mode", 0)
    if mode not in (0, 1, 2, 3):
        raise cx.attrs.error("qk_matmul_output_mode", f"is {mode}; it takes 0, 1, 2 or 3")
    if mode == 2:
        qk_out = scores
    precision = cx.attrs.int_("softmax_precision", 0)
    if precision:
        from ember.frontend.onnx.importer import element_type

        scores = cx.value(graph.CastOp, [scores], {"to": element_type(precision, f"{cx.label}: softmax_precision")})
    probs = _softmax_masked(cx, scores, bias)
    if graph.elem_of(probs.type) != cx.elem(0):
        probs = cx.value(graph.CastOp, [probs], {"to": cx.elem(0)})
    if mode == 3:
        qk_out = probs
    y = cx.value(graph.MatmulOp, [probs, v])
    if rank3:
        y = cx.value(graph.TransposeOp, [y], {"perm": graph.ints_attr((0, 2, 1, 3))})
        y = cx.value(graph.ReshapeOp, [y], {"shape": graph.dims_attr((b, q_len, hq * graph.shape_of(v.type)[3]))})
    return [y, present_k, present_v, qk_out]


# ---- TensorScatter (KV-cache update) -------------------------------------------------------------


@converter("TensorScatter", 24)
def tensor_scatter(cx: NodeContext) -> SSAValue:
    """``update`` (B, ..., S, ...) written into ``past_cache`` (B, ..., L, ...) along ``axis`` from
    position ``write_indices[b]`` per batch (wrapping modulo L in circular mode; linear mode
    drops positions past L). Composed as a select: cache position p of batch b takes update
    position p - w[b] where that lies in [0, S), gathered with the index clamped, so no read is
    out of bounds whatever write_indices holds."""
    mode = cx.attrs.str_("mode", "linear", choices=("linear", "circular"))
    cache, update = cx.input(0), cx.input(1)
    shape, update_shape = cx.shape(0), cx.shape(1)
    if not all(isinstance(d, int) for d in (*shape, *update_shape)):
        raise cx.error("run-time sizes are not supported (TensorScatter needs static shapes)")
    rank = len(shape)
    axis = graph.normalize_axis(cx.attrs.int_("axis", -2), rank)
    if axis == 0 or len(update_shape) != rank or any(
            u != s if a != axis else u > s for a, (u, s) in enumerate(zip(update_shape, shape, strict=True))):  # fmt: skip
        raise cx.error(f"update of shape {update_shape} does not fit past_cache of shape {shape} along axis {axis}")
    length, steps = shape[axis], update_shape[axis]
    position = np.arange(length, dtype=np.int64).reshape([length if a == axis else 1 for a in range(rank)])
    if cx.has(2):
        starts = cx.value(graph.ReshapeOp, [cx.input(2)], {"shape": graph.dims_attr((shape[0],) + (1,) * (rank - 1))})
        relative = cx.value(graph.SubOp, [cx.constant(position), starts])
    else:
        relative = cx.constant(np.broadcast_to(position, (shape[0], *position.shape[1:])).copy())
    if mode == "circular":  # (p - w) mod L, for w in [0, L)
        negative = cx.value(graph.LessOp, [relative, cx.constant(np.int64(0))])
        wrapped = cx.value(graph.AddOp, [relative, cx.constant(np.int64(length))])
        relative = cx.value(graph.WhereOp, [negative, wrapped, relative])
    inside = cx.value(graph.AndOp, [cx.value(graph.GreaterEqualOp, [relative, cx.constant(np.int64(0))]),
                                    cx.value(graph.LessOp, [relative, cx.constant(np.int64(steps))])])  # fmt: skip
    index = cx.value(graph.ClipOp, [relative], {"min": graph.int_attr(0), "max": graph.int_attr(steps - 1)})
    full = graph.dims_attr(shape)
    index = cx.value(graph.ExpandOp, [index], {"shape": full})
    gathered = cx.value(graph.GatherElementsOp, [update, index], {"axis": graph.int_attr(axis)})
    inside = cx.value(graph.ExpandOp, [inside], {"shape": full})
    return cx.value(graph.WhereOp, [inside, gathered, cache])
