"""ONNX Col2Im and MaxUnpool composed from graph ops at import: the inverses of sliding windows
(and MaxPool's Indices output, the window geometry read the other way).

Both write window elements back to image positions. The window geometry is static, so for each
output position the (few) window elements that can land on it are known at import: the result
is a sum over "rounds", each one ``gather`` of the flattened input at constant indices, masked
where a position has fewer contributors. Col2Im sums every contributor; MaxUnpool keeps a
candidate only where its run-time index (from MaxPool) names that position, so it needs no
scatter and reads nothing out of bounds whatever the indices hold.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter


def _rounds(targets: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """For sources writing to ``targets`` (-1: nowhere) in an output of ``size``: per round r,
    the source of each output position and whether it has an r-th source (shape (R, size))."""
    valid = np.nonzero(targets >= 0)[0]
    order = valid[np.argsort(targets[valid], kind="stable")]
    counts = np.bincount(targets[order], minlength=size)
    rounds = max(int(counts.max(initial=0)), 1)
    source, present = np.zeros((rounds, size), np.int64), np.zeros((rounds, size), bool)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    for r in range(rounds):
        has = counts > r
        source[r, has] = order[starts[has] + r]
        present[r, has] = True
    return source, present


def _window_positions(image: Sequence[int], block: Sequence[int], pads: Sequence[int], strides: Sequence[int],
                      dilations: Sequence[int], counts: Sequence[int] | None = None) -> tuple[np.ndarray, int]:  # fmt: skip
    """For every (block offset, window) pair in row-major order, the flat image position it
    covers (-1 in the padding), and the number of windows (``counts`` per dim, or as many as
    fit)."""
    rank = len(image)
    if counts is None:
        counts = [(image[d] + pads[d] + pads[rank + d] - dilations[d] * (block[d] - 1) - 1) // strides[d] + 1 for d in range(rank)]
    offsets = np.array(list(itertools.product(*(range(b) for b in block))), np.int64).reshape(-1, rank)
    windows = np.array(list(itertools.product(*(range(c) for c in counts))), np.int64).reshape(-1, rank)
    pos = (windows[None, :, :] * np.array(strides) - np.array(pads[:rank]) + offsets[:, None, :] * np.array(dilations))
    inside = np.all((pos >= 0) & (pos < np.array(image)), axis=-1)
    flat = np.ravel_multi_index(tuple(np.clip(pos, 0, np.array(image) - 1).transpose(2, 0, 1)), tuple(image))
    return np.where(inside, flat, -1).reshape(-1), math.prod(counts)


@converter("Col2Im", 18)
def col2im(cx: NodeContext) -> SSAValue:
    image = cx.static_ints(1, "image_shape") or ()
    block = cx.static_ints(2, "block_shape") or ()
    shape = cx.shape(0)
    rank = len(image)
    if len(block) != rank or not all(isinstance(v, int) and v > 0 for v in (*image, *block, *shape)):
        raise cx.error(f"image_shape {tuple(image)} and block_shape {tuple(block)} must be positive and of one length")
    dilations = cx.attrs.ints("dilations", (1,) * rank) or ()
    pads = cx.attrs.ints("pads", (0,) * 2 * rank) or ()
    strides = cx.attrs.ints("strides", (1,) * rank) or ()
    targets, windows = _window_positions(image, block, pads, strides, dilations)  # type: ignore[arg-type]
    n, rows, columns = shape
    per_channel = math.prod(block)  # type: ignore[arg-type]
    if rows % per_channel or columns != windows:
        raise cx.error(f"input of shape {tuple(shape)} does not fit blocks {tuple(block)} over {windows} windows")
    channels, pixels = rows // per_channel, math.prod(image)  # type: ignore[arg-type]
    # source element (c, offset, window) -> target c * pixels + position
    sources = np.concatenate([np.where(targets >= 0, targets + c * pixels, -1) for c in range(channels)])
    flat = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr((n, rows * columns))})
    total = _sum_rounds(cx, flat, *_rounds(sources, channels * pixels))
    return cx.value(graph.ReshapeOp, [total], {"shape": graph.dims_attr((n, channels, *image))})


def _sum_rounds(cx: NodeContext, flat: SSAValue, source: np.ndarray, present: np.ndarray) -> SSAValue:
    total = None
    zero = cx.constant(0, like=flat)
    for r in range(source.shape[0]):
        picked = cx.value(graph.GatherOp, [flat, cx.constant(source[r])], {"axis": graph.int_attr(1)})
        if not present[r].all():
            picked = cx.value(graph.WhereOp, [cx.constant(present[r]), picked, zero])
        total = picked if total is None else cx.value(graph.AddOp, [total, picked])
    assert total is not None
    return total


@converter("MaxUnpool", 9)
def max_unpool(cx: NodeContext) -> SSAValue:
    shape = cx.shape(0)
    kernel = cx.attrs.ints("kernel_shape") or ()
    rank = len(kernel)
    pads = cx.attrs.ints("pads", (0,) * 2 * rank) or ()
    strides = cx.attrs.ints("strides", (1,) * rank) or ()
    if len(shape) != rank + 2 or not all(isinstance(d, int) for d in shape):
        raise cx.error(f"input of shape {tuple(shape)} does not fit kernel_shape {tuple(kernel)}")
    n, c, spatial = shape[0], shape[1], tuple(shape[2:])
    default = tuple((spatial[d] - 1) * strides[d] - pads[d] - pads[rank + d] + kernel[d] for d in range(rank))
    out = tuple(cx.static_ints(2, "output_shape") or ())[2:] if cx.has(2) else default
    if len(out) != rank or any(o < d for o, d in zip(out, default, strict=True)):
        raise cx.error(f"output_shape {out} is smaller than the unpooled size {default}")
    # the windows of the pooling (one per input element, over the unpooled image) and what they
    # cover; as onnx's reference, the indices are positions in the default-sized result, which a
    # larger output_shape pads with zeros at the end
    targets, windows = _window_positions(default, kernel, pads, strides, (1,) * rank, spatial)
    offsets = math.prod(kernel)
    window_of = np.tile(np.arange(windows, dtype=np.int64), offsets)  # (offset, window) -> window
    source, present = _rounds(targets, math.prod(default))
    candidates = window_of[source]  # (rounds, pixels): the windows that may have put a value there
    x = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr((n * c, windows))})
    idx = cx.value(graph.ReshapeOp, [cx.input(1)], {"shape": graph.dims_attr((n * c, windows))})
    pixels = math.prod(default)
    # a MaxPool index is flat over the whole output: position + pixels * (n * C + c)
    wanted = (np.arange(n * c, dtype=np.int64)[:, None] * pixels + np.arange(pixels, dtype=np.int64)[None, :])
    total = None
    zero = cx.constant(0, like=x)
    for r in range(source.shape[0]):
        picked = cx.value(graph.GatherOp, [x, cx.constant(candidates[r])], {"axis": graph.int_attr(1)})
        named = cx.value(graph.GatherOp, [idx, cx.constant(candidates[r])], {"axis": graph.int_attr(1)})
        hit = cx.value(graph.AndOp, [cx.value(graph.EqualOp, [named, cx.constant(wanted)]), cx.constant(present[r])])
        picked = cx.value(graph.WhereOp, [hit, picked, zero])
        # a position named by two windows (overlapping pools) takes the value once
        total = picked if total is None else cx.value(graph.WhereOp, [hit, picked, total])
    assert total is not None
    total = cx.value(graph.ReshapeOp, [total], {"shape": graph.dims_attr((n, c, *default))})
    if out == default:
        return total
    pads_out = [0] * (rank + 2) + [0, 0, *(o - d for o, d in zip(out, default, strict=True))]
    props = {"pads": graph.ints_attr(pads_out), "mode": graph.str_attr("constant"), "value": graph.float_attr(0.0)}
    return cx.value(graph.PadOp, [total], props)


def max_pool_indices(cx: NodeContext) -> SSAValue:
    """MaxPool's Indices output: per window the flat input position of its first largest element
    (row-major scan, as onnx's reference), counted over the whole tensor, spatial part in
    row-major (storage_order 0) or column-major (1) order. One gather per kernel offset."""
    shape = cx.shape(0)
    kernel = cx.attrs.ints("kernel_shape") or ()
    rank = len(kernel)
    if cx.attrs.str_("auto_pad", "NOTSET") != "NOTSET" or cx.attrs.int_("ceil_mode", 0):
        raise cx.error("the Indices output is supported with explicit pads and ceil_mode = 0 only")
    if len(shape) != rank + 2 or not all(isinstance(d, int) for d in shape):
        raise cx.error(f"input of shape {tuple(shape)} does not fit kernel_shape {tuple(kernel)}")
    pads = cx.attrs.ints("pads", (0,) * 2 * rank) or ()
    strides = cx.attrs.ints("strides", (1,) * rank) or ()
    dilations = cx.attrs.ints("dilations", (1,) * rank) or ()
    spatial = tuple(shape[2:])
    targets, windows = _window_positions(spatial, kernel, pads, strides, dilations)
    counts = [(spatial[d] + pads[d] + pads[rank + d] - dilations[d] * (kernel[d] - 1) - 1) // strides[d] + 1 for d in range(rank)]
    planes, pixels = shape[0] * shape[1], math.prod(spatial)
    x = cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr((planes, pixels))})
    order = "F" if cx.attrs.int_("storage_order", 0) else "C"
    stored = np.ravel_multi_index(np.unravel_index(np.arange(pixels), spatial), spatial, order=order).astype(np.int64)
    best = best_index = seen = None
    for offset in range(math.prod(kernel)):
        pos = targets[offset * windows : (offset + 1) * windows]
        valid = cx.constant(np.broadcast_to(pos >= 0, (planes, windows)).copy())
        cand = cx.value(graph.GatherOp, [x, cx.constant(np.maximum(pos, 0))], {"axis": graph.int_attr(1)})
        index = cx.constant(np.where(pos >= 0, stored[np.maximum(pos, 0)], 0)[None, :] + np.arange(planes, dtype=np.int64)[:, None] * pixels)
        if best is None:
            best, best_index, seen = cand, index, valid
            continue
        improves = cx.value(graph.OrOp, [cx.value(graph.NotOp, [seen]), cx.value(graph.GreaterOp, [cand, best])])
        take = cx.value(graph.AndOp, [valid, improves])
        best = cx.value(graph.WhereOp, [take, cand, best])
        best_index = cx.value(graph.WhereOp, [take, index, best_index])
        seen = cx.value(graph.OrOp, [seen, valid])
    assert best_index is not None
    return cx.value(graph.ReshapeOp, [best_index], {"shape": graph.dims_attr((shape[0], shape[1], *counts))})
