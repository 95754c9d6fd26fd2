"""Compute-heavy graph ops: matmul/gemm, convolution, pooling, normalisation, softmax, reductions.

Reference semantics are vectorised numpy (no Python loops over pixels): convolution goes through
`sliding_window_view` + `einsum` per group, pooling through `sliding_window_view` reductions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import ClassVar

import numpy as np
from xdsl.dialects.builtin import DenseArrayBase, FloatAttr, IntegerAttr, TensorType, i64
from xdsl.ir import Attribute
from xdsl.irdl import (
    irdl_op_definition,
    operand_def,
    opt_operand_def,
    opt_prop_def,
    prop_def,
    result_def,
)

from ember.dialects.graph.base import (
    GraphOp,
    Props,
    ShapeError,
    broadcast_shapes,
    elem_of,
    is_float,
    normalize_axis,
    read_bool,
    read_float,
    read_int,
    read_ints,
    shape_of,
    tensor,
)
from ember.dialects.graph.dims import concrete_shape
from ember.symbolic import concrete

_FALSE = IntegerAttr(0, i64)
_ONE = IntegerAttr(1, i64)


def _same_elem(types: Sequence[Attribute]) -> Attribute:
    elems = {elem_of(t) for t in types}
    if len(elems) != 1:
        raise ShapeError(f"operand element types differ: {', '.join(str(e) for e in elems)}")
    return elems.pop()


def broadcasts_to(shape: tuple[int, ...], target: tuple[int, ...]) -> bool:
    """Whether ``shape`` broadcasts (unidirectionally) to ``target``."""
    try:
        return broadcast_shapes(shape, target) == target
    except ShapeError:
        return False


# ---- matmul and gemm --------------------------------------------------------------------------


def matmul_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    """numpy.matmul's shape rule: 1-D operands are promoted and the added dim removed."""
    if not a or not b:
        raise ShapeError("matmul operands must have rank >= 1")
    a2 = (1, *a) if len(a) == 1 else a
    b2 = (*b, 1) if len(b) == 1 else b
    if a2[-1] != b2[-2]:
        raise ShapeError(f"contraction dims differ: {a2[-1]} vs {b2[-2]} (shapes {a} and {b})")
    batch = broadcast_shapes(a2[:-2], b2[:-2])
    out = [*batch, a2[-2], b2[-1]]
    if len(b) == 1:
        out.pop(-1)
    if len(a) == 1:
        out.pop(-1 if len(b) == 1 else -2)
    return tuple(out)


@irdl_op_definition
class MatmulOp(GraphOp):
    """Batched matrix product with numpy.matmul semantics (broadcast batch dims, 1-D rules)."""

    name = "graph.matmul"
    lhs = operand_def(TensorType)
    rhs = operand_def(TensorType)
    result = result_def(TensorType)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        a, b = operand_types
        return [tensor(matmul_shape(shape_of(a), shape_of(b)), _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.matmul(*inputs)]


@irdl_op_definition
class GemmOp(GraphOp):
    """alpha * op(A) @ op(B) + beta * C, op = transpose when trans_a / trans_b; C broadcasts."""

    name = "graph.gemm"
    a = operand_def(TensorType)
    b = operand_def(TensorType)
    c = opt_operand_def(TensorType)
    result = result_def(TensorType)
    alpha = prop_def(FloatAttr, default_value=FloatAttr(1.0, 64))
    beta = prop_def(FloatAttr, default_value=FloatAttr(1.0, 64))
    trans_a = prop_def(IntegerAttr, default_value=_FALSE)
    trans_b = prop_def(IntegerAttr, default_value=_FALSE)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        a, b = shape_of(operand_types[0]), shape_of(operand_types[1])
        if len(a) != 2 or len(b) != 2:
            raise ShapeError(f"A and B must be 2-D, got shapes {a} and {b}")
        m, k = a[::-1] if read_bool(props, "trans_a") else a
        k2, n = b[::-1] if read_bool(props, "trans_b") else b
        if k != k2:
            raise ShapeError(f"contraction dims differ: {k} vs {k2}")
        if len(operand_types) == 3 and not broadcasts_to(shape_of(operand_types[2]), (m, n)):
            raise ShapeError(f"C of shape {shape_of(operand_types[2])} does not broadcast to {(m, n)}")
        return [tensor((m, n), _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        a, b = inputs[0], inputs[1]
        a = a.T if read_bool(self.props, "trans_a") else a
        b = b.T if read_bool(self.props, "trans_b") else b
        out = read_float(self.props, "alpha", 1.0) * (a @ b)
        if len(inputs) == 3:
            out = out + read_float(self.props, "beta", 1.0) * inputs[2]
        return [out.astype(inputs[0].dtype)]


# ---- convolution ------------------------------------------------------------------------------


def _spatial(props: Props, name: str, rank: int, default: int) -> tuple[int, ...]:
    """A per-spatial-dim property; strides, dilations and kernel sizes must be >= 1, others >= 0."""
    values = read_ints(props, name, (default,) * rank)
    if len(values) != rank:
        raise ShapeError(f"'{name}' has {len(values)} entries, expected {rank}")
    least = 0 if name == "output_padding" else 1
    if any(v < least for v in values):
        raise ShapeError(f"'{name}' must be >= {least}, got {list(values)}")
    return values


def _pads(props: Props, rank: int) -> tuple[int, ...]:
    pads = read_ints(props, "pads", (0,) * (2 * rank))
    if len(pads) != 2 * rank:
        raise ShapeError(f"'pads' has {len(pads)} entries, expected {2 * rank} (begins then ends)")
    if any(p < 0 for p in pads):
        raise ShapeError("'pads' must be non-negative")
    return pads


def conv_out_dim(size: int, kernel: int, stride: int, dilation: int, pad: int, ceil: bool) -> int:
    span = dilation * (kernel - 1) + 1
    num = size + pad - span
    if num < 0:
        raise ShapeError(f"kernel extent {span} is larger than the padded input {size + pad}")
    return (-(-num // stride) if ceil else num // stride) + 1


@irdl_op_definition
class ConvOp(GraphOp):
    """N-d convolution (1-3 spatial dims), NCHW/OIHW, with strides, dilations, pads and groups."""

    name = "graph.conv"
    input = operand_def(TensorType)
    weight = operand_def(TensorType)
    bias = opt_operand_def(TensorType)
    result = result_def(TensorType)
    strides = opt_prop_def(DenseArrayBase)
    dilations = opt_prop_def(DenseArrayBase)
    pads = opt_prop_def(DenseArrayBase)
    group = prop_def(IntegerAttr, default_value=_ONE)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x, w = shape_of(operand_types[0]), shape_of(operand_types[1])
        rank = len(x) - 2
        if rank < 1 or rank > 3 or len(w) != len(x):
            raise ShapeError(f"input {x} and weight {w} must both be N x C x spatial (1-3 dims)")
        group = read_int(props, "group", 1)
        if group < 1 or x[1] != w[1] * group or w[0] % group:
            raise ShapeError(f"channels do not match: input C={x[1]}, weight {w}, group={group}")
        if len(operand_types) == 3 and shape_of(operand_types[2]) != (w[0],):
            raise ShapeError(f"bias must have shape ({w[0]},), got {shape_of(operand_types[2])}")
        if any(k < 1 for k in w[2:]):
            raise ShapeError(f"kernel dims of weight {w} must be >= 1")
        strides = _spatial(props, "strides", rank, 1)
        dilations = _spatial(props, "dilations", rank, 1)
        pads = _pads(props, rank)
        spatial = [
            conv_out_dim(x[2 + i], w[2 + i], strides[i], dilations[i], pads[i] + pads[rank + i], False)
            for i in range(rank)
        ]
        return [tensor((x[0], w[0], *spatial), _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x, w = inputs[0], inputs[1]
        rank = x.ndim - 2
        out = conv_reference(
            x, w,
            _spatial(self.props, "strides", rank, 1),
            _spatial(self.props, "dilations", rank, 1),
            _pads(self.props, rank),
            read_int(self.props, "group", 1),
        )  # fmt: skip
        if len(inputs) == 3:
            out = out + inputs[2].reshape((-1,) + (1,) * rank)
        return [out.astype(x.dtype)]


def _pad_spatial(x: np.ndarray, pads: Sequence[int], value: float = 0.0) -> np.ndarray:
    rank = x.ndim - 2
    widths = [(0, 0), (0, 0)] + [(pads[i], pads[rank + i]) for i in range(rank)]
    return np.pad(x, widths, constant_values=value)


def _windows(
    x: np.ndarray, kernel: Sequence[int], strides: Sequence[int], dilations: Sequence[int]
) -> np.ndarray:
    """View of shape (N, C, *out_spatial, *kernel) over a padded input."""
    rank = len(kernel)
    spans = [d * (k - 1) + 1 for k, d in zip(kernel, dilations, strict=True)]
    view = np.lib.stride_tricks.sliding_window_view(x, spans, axis=tuple(range(2, 2 + rank)))
    index = (slice(None), slice(None))
    index += tuple(slice(None, None, s) for s in strides)
    index += tuple(slice(None, None, d) for d in dilations)
    return view[index]


def conv_reference(
    x: np.ndarray,
    w: np.ndarray,
    strides: Sequence[int],
    dilations: Sequence[int],
    pads: Sequence[int],
    group: int,
) -> np.ndarray:
    """Grouped N-d convolution in numpy (computed in float64 for floats, then cast back)."""
    rank = x.ndim - 2
    work = np.float64 if np.issubdtype(x.dtype, np.floating) else np.int64
    xp = _pad_spatial(x.astype(work), pads)
    win = _windows(xp, w.shape[2:], strides, dilations)  # N, C, *out, *k
    cin, cout = w.shape[1], w.shape[0] // group
    letters = "defg"[:rank]
    klet = "hijk"[:rank]
    spec = f"nc{letters}{klet},oc{klet}->no{letters}"
    parts = [
        np.einsum(spec, win[:, g * cin : (g + 1) * cin], w[g * cout : (g + 1) * cout].astype(work), optimize=True)
        for g in range(group)
    ]
    return np.concatenate(parts, axis=1)


@irdl_op_definition
class ConvTransposeOp(GraphOp):
    """Transposed N-d convolution (weight C_in x C_out/group x k...), with output_padding."""

    name = "graph.conv_transpose"
    input = operand_def(TensorType)
    weight = operand_def(TensorType)
    bias = opt_operand_def(TensorType)
    result = result_def(TensorType)
    strides = opt_prop_def(DenseArrayBase)
    dilations = opt_prop_def(DenseArrayBase)
    pads = opt_prop_def(DenseArrayBase)
    output_padding = opt_prop_def(DenseArrayBase)
    group = prop_def(IntegerAttr, default_value=_ONE)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x, w = shape_of(operand_types[0]), shape_of(operand_types[1])
        rank = len(x) - 2
        group = read_int(props, "group", 1)
        if rank < 1 or len(w) != len(x) or x[1] != w[0] or group < 1 or w[0] % group:
            raise ShapeError(f"input {x} and weight {w} do not match (group={group})")
        strides = _spatial(props, "strides", rank, 1)
        dilations = _spatial(props, "dilations", rank, 1)
        out_pad = _spatial(props, "output_padding", rank, 0)
        pads = _pads(props, rank)
        if any(p >= max(s, d) for p, s, d in zip(out_pad, strides, dilations, strict=True)):
            raise ShapeError(f"output_padding {list(out_pad)} must be smaller than the stride or dilation")
        if len(operand_types) == 3 and shape_of(operand_types[2]) != (w[1] * group,):
            raise ShapeError(f"bias must have shape ({w[1] * group},), got {shape_of(operand_types[2])}")
        spatial = [
            strides[i] * (x[2 + i] - 1) + out_pad[i] + (w[2 + i] - 1) * dilations[i] + 1
            - pads[i] - pads[rank + i]
            for i in range(rank)
        ]  # fmt: skip
        if any(s <= 0 for s in spatial):
            raise ShapeError(f"output spatial size {spatial} is not positive")
        return [tensor((x[0], w[1] * group, *spatial), _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x, w = inputs[0], inputs[1]
        rank = x.ndim - 2
        out = conv_transpose_reference(
            x, w,
            _spatial(self.props, "strides", rank, 1),
            _spatial(self.props, "dilations", rank, 1),
            _pads(self.props, rank),
            _spatial(self.props, "output_padding", rank, 0),
            read_int(self.props, "group", 1),
        )  # fmt: skip
        if len(inputs) == 3:
            out = out + inputs[2].reshape((-1,) + (1,) * rank)
        return [out.astype(x.dtype)]


def conv_transpose_reference(
    x: np.ndarray,
    w: np.ndarray,
    strides: Sequence[int],
    dilations: Sequence[int],
    pads: Sequence[int],
    output_padding: Sequence[int],
    group: int,
) -> np.ndarray:
    """Transposed conv = conv of the stride-dilated, fully padded input with the flipped kernel."""
    rank = x.ndim - 2
    n, cin = x.shape[:2]
    dilated_shape = [n, cin] + [(s - 1) * st + 1 for s, st in zip(x.shape[2:], strides, strict=True)]
    dilated = np.zeros(dilated_shape, dtype=np.float64)
    dilated[(slice(None), slice(None), *(slice(None, None, st) for st in strides))] = x
    kspan = [d * (k - 1) for k, d in zip(w.shape[2:], dilations, strict=True)]
    full_pads = [kspan[i] - pads[i] for i in range(rank)] + [
        kspan[i] - pads[rank + i] + output_padding[i] for i in range(rank)
    ]
    # negative pads crop
    crop = tuple(
        slice(max(-full_pads[i], 0), dilated.shape[2 + i] - max(-full_pads[rank + i], 0)) for i in range(rank)
    )
    dilated = dilated[(slice(None), slice(None), *crop)]
    full_pads = [max(p, 0) for p in full_pads]
    cin_g, cout_g = cin // group, w.shape[1]
    # weight (Cin, Cout/g, k) -> conv weight (Cout, Cin/g, k), flipped
    flipped = np.flip(w, axis=tuple(range(2, 2 + rank))).astype(np.float64)
    conv_w = np.concatenate(
        [flipped[g * cin_g : (g + 1) * cin_g].swapaxes(0, 1) for g in range(group)], axis=0
    )
    del cout_g
    return conv_reference(dilated, conv_w, (1,) * rank, dilations, full_pads, group)


# ---- pooling ----------------------------------------------------------------------------------


class PoolOp(GraphOp):
    """Windowed max/average over the spatial dims of an N x C x spatial tensor."""

    input = operand_def(TensorType)
    result = result_def(TensorType)
    kernel_shape = prop_def(DenseArrayBase)
    strides = opt_prop_def(DenseArrayBase)
    dilations = opt_prop_def(DenseArrayBase)
    pads = opt_prop_def(DenseArrayBase)
    ceil_mode = prop_def(IntegerAttr, default_value=_FALSE)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        rank = len(x) - 2
        if rank < 1:
            raise ShapeError(f"input must be N x C x spatial, got shape {x}")
        read_ints(props, "kernel_shape")  # required: no default
        kernel = _spatial(props, "kernel_shape", rank, 1)
        strides = _spatial(props, "strides", rank, 1)
        dilations = _spatial(props, "dilations", rank, 1)
        pads = _pads(props, rank)
        ceil = read_bool(props, "ceil_mode")
        spatial = [pool_out_dim(x[2 + i], kernel[i], strides[i], dilations[i], pads[i], pads[rank + i], ceil)
                   for i in range(rank)]  # fmt: skip
        return [tensor((*x[:2], *spatial), elem_of(operand_types[0]))]

    def geometry(self, x: np.ndarray) -> tuple[tuple[int, ...], ...]:
        rank = x.ndim - 2
        kernel = read_ints(self.props, "kernel_shape")
        strides = _spatial(self.props, "strides", rank, 1)
        dilations = _spatial(self.props, "dilations", rank, 1)
        pads = _pads(self.props, rank)
        out = tuple(concrete(d) for d in shape_of(self.result.type)[2:])
        # extra end padding so that ceil-mode windows exist
        ends = tuple(
            max(pads[rank + i], (out[i] - 1) * strides[i] + dilations[i] * (kernel[i] - 1) + 1 - x.shape[2 + i] - pads[i])
            for i in range(rank)
        )
        return kernel, strides, dilations, (*pads[:rank], *ends), pads


def pool_out_dim(size: int, k: int, s: int, d: int, pb: int, pe: int, ceil: bool) -> int:
    span = d * (k - 1) + 1
    num = size + pb + pe - span
    if num < 0:
        raise ShapeError(f"pooling window {span} is larger than the padded input {size + pb + pe}")
    out = (-(-num // s) if ceil else num // s) + 1
    if ceil and (out - 1) * s >= size + pb:
        out -= 1  # the last window must start inside the input or left padding
    return out


@irdl_op_definition
class MaxPoolOp(PoolOp):
    """Max pooling; padding never wins (it is -inf)."""

    name = "graph.max_pool"

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        kernel, strides, dilations, pads, _ = self.geometry(x)
        low = -np.inf if np.issubdtype(x.dtype, np.floating) else np.iinfo(x.dtype).min
        win = _windows(_pad_spatial(x, pads, low), kernel, strides, dilations)
        axes = tuple(range(x.ndim, win.ndim))
        return [win.max(axis=axes).astype(x.dtype)]


@irdl_op_definition
class AvgPoolOp(PoolOp):
    """Average pooling; count_include_pad = 1 divides by the full window incl. explicit pads."""

    name = "graph.avg_pool"
    count_include_pad = prop_def(IntegerAttr, default_value=_FALSE)

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        kernel, strides, dilations, pads, explicit = self.geometry(x)
        rank = x.ndim - 2
        xp = _pad_spatial(x.astype(np.float64), pads)
        win = _windows(xp, kernel, strides, dilations)
        axes = tuple(range(x.ndim, win.ndim))
        total = win.sum(axis=axes)
        if read_bool(self.props, "count_include_pad"):
            # explicit pads count, the extra ceil-mode padding does not
            mask = np.zeros((1, 1, *x.shape[2:]))
            mask = _pad_spatial(mask + 1, explicit, 1.0)
            mask = _pad_spatial(mask, (0,) * rank + tuple(p - e for p, e in zip(pads[rank:], explicit[rank:], strict=True)), 0.0)
        else:
            mask = _pad_spatial(np.ones((1, 1, *x.shape[2:])), pads, 0.0)
        count = _windows(mask, kernel, strides, dilations).sum(axis=axes)
        return [(total / count).astype(x.dtype)]


class GlobalPoolOp(GraphOp):
    """Pooling over all spatial dims; the result keeps them as size 1."""

    input = operand_def(TensorType)
    result = result_def(TensorType)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if len(x) < 3:
            raise ShapeError(f"input must be N x C x spatial, got shape {x}")
        return [tensor((*x[:2], *(1,) * (len(x) - 2)), elem_of(operand_types[0]))]


@irdl_op_definition
class GlobalAvgPoolOp(GlobalPoolOp):
    """Mean over all spatial dims."""

    name = "graph.global_avg_pool"

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        return [x.mean(axis=tuple(range(2, x.ndim)), keepdims=True).astype(x.dtype)]


@irdl_op_definition
class GlobalMaxPoolOp(GlobalPoolOp):
    """Max over all spatial dims."""

    name = "graph.global_max_pool"

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        return [x.max(axis=tuple(range(2, x.ndim)), keepdims=True)]


# ---- normalisation ----------------------------------------------------------------------------


@irdl_op_definition
class BatchNormOp(GraphOp):
    """Inference batch norm: scale * (x - mean) / sqrt(var + epsilon) + bias, per channel (dim 1)."""

    name = "graph.batch_norm"
    input = operand_def(TensorType)
    scale = operand_def(TensorType)
    bias = operand_def(TensorType)
    mean = operand_def(TensorType)
    var = operand_def(TensorType)
    result = result_def(TensorType)
    epsilon = prop_def(FloatAttr, default_value=FloatAttr(1e-5, 64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if len(x) < 2:
            raise ShapeError(f"input must have rank >= 2, got shape {x}")
        for t in operand_types[1:]:
            if shape_of(t) != (x[1],):
                raise ShapeError(f"scale, bias, mean and var must have shape ({x[1]},), got {shape_of(t)}")
        return [tensor(x, _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x, scale, bias, mean, var = inputs
        shape = (1, -1) + (1,) * (x.ndim - 2)
        eps = read_float(self.props, "epsilon", 1e-5)
        inv = scale / np.sqrt(var.astype(np.float64) + eps)
        out = (x - mean.reshape(shape)) * inv.reshape(shape) + bias.reshape(shape)
        return [out.astype(x.dtype)]


@irdl_op_definition
class LayerNormOp(GraphOp):
    """Normalise over dims [axis, rank), then scale (and bias), broadcasting over the rest."""

    name = "graph.layer_norm"
    input = operand_def(TensorType)
    scale = operand_def(TensorType)
    bias = opt_operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=IntegerAttr(-1, i64))
    epsilon = prop_def(FloatAttr, default_value=FloatAttr(1e-5, 64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        axis = normalize_axis(read_int(props, "axis", -1), len(x))
        for t in operand_types[1:]:
            if not broadcasts_to(shape_of(t), x[axis:]):
                raise ShapeError(f"scale/bias shape {shape_of(t)} does not broadcast to {x[axis:]}")
        return [tensor(x, _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x = inputs[0]
        axis = normalize_axis(read_int(self.props, "axis", -1), x.ndim)
        axes = tuple(range(axis, x.ndim))
        xf = x.astype(np.float64)
        mean = xf.mean(axis=axes, keepdims=True)
        var = ((xf - mean) ** 2).mean(axis=axes, keepdims=True)
        out = (xf - mean) / np.sqrt(var + read_float(self.props, "epsilon", 1e-5)) * inputs[1]
        if len(inputs) == 3:
            out = out + inputs[2]
        return [out.astype(x.dtype)]


@irdl_op_definition
class InstanceNormOp(GraphOp):
    """Per-instance, per-channel normalisation over the spatial dims, then scale and bias."""

    name = "graph.instance_norm"
    input = operand_def(TensorType)
    scale = operand_def(TensorType)
    bias = operand_def(TensorType)
    result = result_def(TensorType)
    epsilon = prop_def(FloatAttr, default_value=FloatAttr(1e-5, 64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if len(x) < 3:
            raise ShapeError(f"input must be N x C x spatial, got shape {x}")
        for t in operand_types[1:]:
            if shape_of(t) != (x[1],):
                raise ShapeError(f"scale and bias must have shape ({x[1]},), got {shape_of(t)}")
        return [tensor(x, _same_elem(operand_types))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x, scale, bias = inputs
        axes = tuple(range(2, x.ndim))
        shape = (1, -1) + (1,) * (x.ndim - 2)
        xf = x.astype(np.float64)
        mean = xf.mean(axis=axes, keepdims=True)
        var = xf.var(axis=axes, keepdims=True)
        out = (xf - mean) / np.sqrt(var + read_float(self.props, "epsilon", 1e-5))
        return [(out * scale.reshape(shape) + bias.reshape(shape)).astype(x.dtype)]


@irdl_op_definition
class LrnOp(GraphOp):
    """Local response normalisation across channels (ONNX LRN)."""

    name = "graph.lrn"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    size = prop_def(IntegerAttr)
    alpha = prop_def(FloatAttr, default_value=FloatAttr(1e-4, 64))
    beta = prop_def(FloatAttr, default_value=FloatAttr(0.75, 64))
    bias = prop_def(FloatAttr, default_value=FloatAttr(1.0, 64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if len(x) < 3 or read_int(props, "size") < 1:
            raise ShapeError(f"needs an N x C x spatial input and size >= 1 (shape {x})")
        return [operand_types[0]]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        size = read_int(self.props, "size")
        lo, hi = (size - 1) // 2, math.ceil((size - 1) / 2)
        sq = np.pad(x.astype(np.float64) ** 2, [(0, 0), (lo, hi)] + [(0, 0)] * (x.ndim - 2))
        sums = np.lib.stride_tricks.sliding_window_view(sq, size, axis=1).sum(axis=-1)
        alpha, beta = read_float(self.props, "alpha", 1e-4), read_float(self.props, "beta", 0.75)
        denom = (read_float(self.props, "bias", 1.0) + alpha / size * sums) ** beta
        return [(x / denom).astype(x.dtype)]


class SoftmaxBase(GraphOp):
    """Softmax-like op along one axis."""

    input = operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=IntegerAttr(-1, i64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        if not is_float(elem_of(operand_types[0])):
            raise ShapeError("input must be a float tensor")
        normalize_axis(read_int(props, "axis", -1), len(shape_of(operand_types[0])))
        return [operand_types[0]]

    def shifted(self, x: np.ndarray) -> tuple[np.ndarray, int]:
        axis = normalize_axis(read_int(self.props, "axis", -1), x.ndim)
        xf = x.astype(np.float64)
        return xf - xf.max(axis=axis, keepdims=True), axis


@irdl_op_definition
class SoftmaxOp(SoftmaxBase):
    """exp(x) / sum(exp(x)) along ``axis``."""

    name = "graph.softmax"

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        z, axis = self.shifted(inputs[0])
        e = np.exp(z)
        return [(e / e.sum(axis=axis, keepdims=True)).astype(inputs[0].dtype)]


@irdl_op_definition
class LogSoftmaxOp(SoftmaxBase):
    """x - log(sum(exp(x))) along ``axis``."""

    name = "graph.log_softmax"

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        z, axis = self.shifted(inputs[0])
        return [(z - np.log(np.exp(z).sum(axis=axis, keepdims=True))).astype(inputs[0].dtype)]


# ---- reductions -------------------------------------------------------------------------------


ReduceFn = Callable[[np.ndarray, tuple[int, ...]], np.ndarray]
"""A numpy reduction ``fn(x, axes)`` keeping the reduced dims."""


def reduced_shape(shape: tuple[int, ...], axes: Sequence[int], keepdims: bool) -> tuple[int, ...]:
    if keepdims:
        return tuple(1 if i in axes else d for i, d in enumerate(shape))
    return tuple(d for i, d in enumerate(shape) if i not in axes)


class ReduceOp(GraphOp):
    """Reduction over ``axes`` (all dims when empty), keeping them as size 1 if ``keepdims``."""

    input = operand_def(TensorType)
    result = result_def(TensorType)
    axes = opt_prop_def(DenseArrayBase)
    keepdims = prop_def(IntegerAttr, default_value=_ONE)

    REDUCE_FN: ClassVar[ReduceFn]

    @classmethod
    def norm_axes(cls, props: Props, rank: int) -> tuple[int, ...]:
        axes = read_ints(props, "axes", ())
        normal = tuple(sorted({normalize_axis(a, rank) for a in axes}))
        return normal if axes else tuple(range(rank))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        axes = cls.norm_axes(props, len(x))
        return [tensor(reduced_shape(x, axes, read_bool(props, "keepdims", True)), elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        axes = self.norm_axes(self.props, x.ndim)
        out = self.reduce(x, axes)
        shape = concrete_shape(self.result.type)
        return [np.asarray(out).reshape(shape).astype(x.dtype)]

    def reduce(self, x: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
        return type(self).REDUCE_FN(x, axes)


def _l2(x: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
    return np.sqrt(np.sum(x.astype(np.float64) ** 2, axis=axes, keepdims=True))


def _reduction(name: str, fn: ReduceFn, doc: str) -> type[ReduceOp]:
    """Declare a reduction op from its name and numpy reduction ``fn(x, axes)`` (keepdims)."""
    cls = type(
        "Reduce" + "".join(p.capitalize() for p in name.split("_")) + "Op",
        (ReduceOp,),
        {
            "name": f"graph.reduce_{name}",
            "REDUCE_FN": staticmethod(fn),
            "__doc__": doc,
            "__annotations__": {"REDUCE_FN": ClassVar[ReduceFn]},
        },
    )
    return irdl_op_definition(cls)


def _keepdims(fn: Callable[..., np.ndarray]) -> ReduceFn:
    return lambda x, axes: fn(x, axis=axes, keepdims=True)


ReduceSumOp = _reduction("sum", _keepdims(np.sum), "Sum over axes.")
ReduceMeanOp = _reduction("mean", _keepdims(np.mean), "Arithmetic mean over axes.")
ReduceMaxOp = _reduction("max", _keepdims(np.max), "Maximum over axes.")
ReduceMinOp = _reduction("min", _keepdims(np.min), "Minimum over axes.")
ReduceProdOp = _reduction("prod", _keepdims(np.prod), "Product over axes.")
ReduceL2Op = _reduction("l2", _l2, "Euclidean norm over axes.")


class ArgReduceOp(GraphOp):
    """Index (i64) of the max/min along ``axis``; first occurrence unless select_last_index."""

    input = operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=IntegerAttr(0, i64))
    keepdims = prop_def(IntegerAttr, default_value=_ONE)
    select_last_index = prop_def(IntegerAttr, default_value=_FALSE)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        axis = normalize_axis(read_int(props, "axis", 0), len(x))
        return [tensor(reduced_shape(x, (axis,), read_bool(props, "keepdims", True)), i64)]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        (x,) = inputs
        axis = normalize_axis(read_int(self.props, "axis", 0), x.ndim)
        fn = np.argmax if self.name == "graph.argmax" else np.argmin
        if read_bool(self.props, "select_last_index"):
            flipped = np.flip(x, axis=axis)
            idx = x.shape[axis] - 1 - fn(flipped, axis=axis)
        else:
            idx = fn(x, axis=axis)
        return [idx.astype(np.int64).reshape(concrete_shape(self.result.type))]


@irdl_op_definition
class ArgMaxOp(ArgReduceOp):
    """Index of the maximum along axis."""

    name = "graph.argmax"


@irdl_op_definition
class ArgMinOp(ArgReduceOp):
    """Index of the minimum along axis."""

    name = "graph.argmin"


NN_OPS = (
    MatmulOp, GemmOp, ConvOp, ConvTransposeOp, MaxPoolOp, AvgPoolOp, GlobalAvgPoolOp,
    GlobalMaxPoolOp, BatchNormOp, LayerNormOp, InstanceNormOp, LrnOp, SoftmaxOp, LogSoftmaxOp,
    ReduceSumOp, ReduceMeanOp, ReduceMaxOp, ReduceMinOp, ReduceProdOp, ReduceL2Op, ArgMaxOp,
    ArgMinOp,
)  # fmt: skip
