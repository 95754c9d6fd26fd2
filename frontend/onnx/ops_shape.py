"""ONNX data-movement and value-source ops -> graph dialect.

The shape-like operands ONNX passes as tensors (Reshape's shape, Slice's starts/ends/axes/steps,
Pad's pads, Split's split, Squeeze/Unsqueeze's axes, Resize's scales/sizes, Tile's repeats,
Expand's shape, ConstantOfShape's shape) become static properties: they are read from constants
or from subgraphs folded at import (``NodeContext.static``). Shape and Size become constants,
since every shape is static after import.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter
from ember.symbolic import Dim, is_symbolic


def reshape_target(cx: NodeContext, shape: tuple[Dim, ...], spec: Sequence[Dim], allowzero: bool) -> tuple[Dim, ...]:
    """Resolve ONNX Reshape's 0 (copy the input dim) and -1 (infer) entries."""
    out = [shape[i] if d == 0 and not allowzero and i < len(shape) else d for i, d in enumerate(spec)]
    if out.count(-1) > 1:
        raise cx.error(f"shape {tuple(spec)} has more than one -1")
    if -1 in out:
        known = math.prod(d for d in out if d != -1)
        if known == 0 or math.prod(shape) % known:
            raise cx.error(f"cannot reshape {shape} to {tuple(spec)}")
        out[out.index(-1)] = math.prod(shape) // known
    return tuple(out)


@converter("Reshape", 5)
def reshape(cx: NodeContext) -> SSAValue:
    spec = cx.static_ints(1, "shape")
    target = reshape_target(cx, cx.shape(0), spec or (), bool(cx.attrs.int_("allowzero", 0)))
    return cx.value(graph.ReshapeOp, [cx.input(0)], {"shape": graph.dims_attr(target)})


@converter("Flatten")
def flatten(cx: NodeContext) -> SSAValue:
    return cx.value(graph.FlattenOp, [cx.input(0)], {"axis": graph.int_attr(cx.attrs.int_("axis", 1))})


@converter("Transpose")
def transpose(cx: NodeContext) -> SSAValue:
    rank = len(cx.shape(0))
    perm = cx.attrs.ints("perm", tuple(reversed(range(rank))))
    return cx.value(graph.TransposeOp, [cx.input(0)], {"perm": graph.ints_attr(perm)})  # type: ignore[arg-type]


@converter("Concat")
def concat(cx: NodeContext) -> SSAValue:
    values = [cx.input(i) for i in range(len(cx.inputs))]
    return cx.value(graph.ConcatOp, values, {"axis": graph.int_attr(cx.attrs.int_("axis"))})


def _split(cx: NodeContext, sizes: Sequence[int] | None) -> list[SSAValue]:
    shape = cx.shape(0)
    if not shape:
        raise cx.error("cannot split a rank-0 tensor")
    axis = graph.normalize_axis(cx.attrs.int_("axis", 0), len(shape))
    if sizes is None and cx.opset >= 18 and not cx.attrs.has("num_outputs"):
        raise cx.error("gives neither the 'split' input nor the 'num_outputs' attribute (one is required from opset 18)")
    if sizes is None:
        count = cx.attrs.int_("num_outputs") if cx.opset >= 18 else len(cx.node.output)
        if count != len(cx.node.output) or not 1 <= count:
            raise cx.attrs.error("num_outputs", f"is {count}, but the node has {len(cx.node.output)} outputs")
        chunk = -(-shape[axis] // count)
        sizes = [min(chunk, shape[axis] - i * chunk) for i in range(count)]
    props = {"axis": graph.int_attr(axis), "sizes": graph.ints_attr(sizes)}
    return cx.emit(graph.SplitOp, [cx.input(0)], props)


@converter("Split", 1)
def split_attr(cx: NodeContext) -> list[SSAValue]:
    return _split(cx, cx.attrs.ints("split", None))


@converter("Split", 13)
def split_input(cx: NodeContext) -> list[SSAValue]:
    return _split(cx, cx.static_ints(1, "split"))


def _slice(cx: NodeContext, starts: Sequence[int], ends: Sequence[int], axes: Sequence[int] | None, steps: Sequence[int] | None) -> SSAValue:
    props = {"starts": graph.dims_attr(starts), "ends": graph.dims_attr(ends)}
    if axes is not None:
        props["axes"] = graph.ints_attr(axes)
    if steps is not None:
        props["steps"] = graph.ints_attr(steps)
    return cx.value(graph.SliceOp, [cx.input(0)], props)


@converter("Slice", 1)
def slice_attrs(cx: NodeContext) -> SSAValue:
    starts, ends = cx.attrs.ints("starts"), cx.attrs.ints("ends")
    return _slice(cx, starts, ends, cx.attrs.ints("axes", None), None)  # type: ignore[arg-type]


@converter("Slice", 10)
def slice_inputs(cx: NodeContext) -> SSAValue:
    starts, ends = cx.static_ints(1, "starts"), cx.static_ints(2, "ends")
    return _slice(cx, starts, ends, cx.static_ints(3, "axes"), cx.static_ints(4, "steps"))  # type: ignore[arg-type]


@converter("Gather")
def gather(cx: NodeContext) -> SSAValue:
    props = {"axis": graph.int_attr(cx.attrs.int_("axis", 0))}
    return cx.value(graph.GatherOp, [cx.input(0), cx.input(1)], props)


@converter("GatherElements", 11)
def gather_elements(cx: NodeContext) -> SSAValue:
    props = {"axis": graph.int_attr(cx.attrs.int_("axis", 0))}
    return cx.value(graph.GatherElementsOp, [cx.input(0), cx.input(1)], props)


PAD_MODES = ("constant", "reflect", "edge", "wrap")


def _pad(cx: NodeContext, pads: Sequence[int], value: float, axes: Sequence[int] | None) -> SSAValue:
    _check_pad_count(cx, pads, axes)
    pads = _full_pads(len(cx.shape(0)), pads, axes)
    mode = cx.attrs.str_("mode", "constant", choices=PAD_MODES)
    if mode == "wrap":
        return _wrap_pad(cx, pads)
    props = {"pads": graph.ints_attr(pads), "mode": graph.str_attr(mode), "value": graph.float_attr(value)}
    return cx.value(graph.PadOp, [cx.input(0)], props)


def _wrap_pad(cx: NodeContext, pads: Sequence[int]) -> SSAValue:
    """Pad mode 'wrap' (numpy's): along each padded axis one ``gather`` of the indices
    ``(i - begin) mod size`` for i over the padded extent. Negative pads crop first, as in
    the other modes: the kept part is what wraps."""
    x = cx.input(0)
    shape = cx.shape(0)
    rank = len(shape)
    for axis, size in enumerate(shape):
        begin, end = pads[axis], pads[rank + axis]
        if begin == 0 and end == 0:
            continue
        start = max(-begin, 0)
        kept = size - start - max(-end, 0) if isinstance(size, int) else 0
        if kept <= 0:
            raise cx.error(f"mode 'wrap' needs a static axis {axis} that keeps elements (size {size}, pads {begin}, {end})")
        indices = start + np.arange(-max(begin, 0), kept + max(end, 0), dtype=np.int64) % kept
        x = cx.value(graph.GatherOp, [x, cx.constant(indices)], {"axis": graph.int_attr(axis)})
    return x


def _check_pad_count(cx: NodeContext, pads: Sequence[int], axes: Sequence[int] | None) -> None:
    """Two pads (begin, end) per padded axis: every axis, or those ``axes`` lists."""
    padded = len(cx.shape(0)) if axes is None else len(axes)
    if len(pads) != 2 * padded:
        raise cx.error(f"'pads' has {len(pads)} values; {2 * padded} expected (a begin and an end for each of {padded} axes)")


def _full_pads(rank: int, pads: Sequence[int], axes: Sequence[int] | None) -> list[int]:
    """``pads`` for the listed ``axes`` -> [begin_0..begin_n, end_0..end_n] over every axis."""
    if axes is None:
        return list(pads)
    full = [0] * (2 * rank)
    for i, axis in enumerate(axes):
        a = graph.normalize_axis(axis, rank)
        full[a], full[rank + a] = pads[i], pads[len(axes) + i]
    return full


@converter("Pad", 1)
def pad_attrs(cx: NodeContext) -> SSAValue:
    return _pad(cx, cx.attrs.ints("pads"), cx.attrs.float_("value", 0.0), None)  # type: ignore[arg-type]


@converter("Pad", 11)
def pad_inputs(cx: NodeContext) -> SSAValue:
    """A constant_value known only at run time is data: pad with 0, then
    ``where(inside, padded, constant_value)`` with ``inside`` a constant mask."""
    pads, axes = cx.static_ints(1, "pads") or (), cx.static_ints(3, "axes")
    constant_mode = cx.attrs.str_("mode", "constant", choices=PAD_MODES) == "constant"
    if not constant_mode or not cx.has(2) or cx.builder.static(cx.input(2)) is not None:
        value = cx.static_scalar(2, "constant_value") if constant_mode else None
        return _pad(cx, pads, float(value or 0), axes)
    padded = _pad(cx, pads, 0.0, axes)  # (checks the pads)
    inside = _inside_mask(cx.shape(0), _full_pads(len(cx.shape(0)), pads, axes))
    value = cx.input(2)
    if graph.shape_of(value.type) != ():
        value = cx.value(graph.ReshapeOp, [value], {"shape": graph.ints_attr(())})
    return cx.value(graph.WhereOp, [cx.constant(inside), padded, value])


def _inside_mask(shape: Sequence[int], pads: Sequence[int]) -> np.ndarray:
    """True where a tensor of ``shape`` padded by ``pads`` (negative: cropped) holds an input
    element."""
    rank = len(shape)
    kept = tuple(slice(max(-pads[d], 0), shape[d] - max(-pads[rank + d], 0)) for d in range(rank))
    widths = [(max(pads[d], 0), max(pads[rank + d], 0)) for d in range(rank)]
    return np.pad(np.ones(shape, bool)[kept], widths, constant_values=False)


@converter("Expand", 8)
def expand(cx: NodeContext) -> SSAValue:
    shape = cx.static_ints(1, "shape")
    return cx.value(graph.ExpandOp, [cx.input(0)], {"shape": graph.dims_attr(shape or ())})


@converter("Tile", 6)
def tile(cx: NodeContext) -> SSAValue:
    repeats = cx.static_ints(1, "repeats")
    return cx.value(graph.TileOp, [cx.input(0)], {"repeats": graph.ints_attr(repeats or ())})


def _squeeze(cx: NodeContext, axes: Sequence[int] | None) -> SSAValue:
    props = {} if axes is None else {"axes": graph.ints_attr(axes)}
    return cx.value(graph.SqueezeOp, [cx.input(0)], props)


@converter("Squeeze", 1)
def squeeze_attr(cx: NodeContext) -> SSAValue:
    return _squeeze(cx, cx.attrs.ints("axes", None))


@converter("Squeeze", 13)
def squeeze_input(cx: NodeContext) -> SSAValue:
    return _squeeze(cx, cx.static_ints(1, "axes"))


@converter("Unsqueeze", 1)
def unsqueeze_attr(cx: NodeContext) -> SSAValue:
    axes = cx.attrs.ints("axes")
    return cx.value(graph.UnsqueezeOp, [cx.input(0)], {"axes": graph.ints_attr(axes)})  # type: ignore[arg-type]


@converter("Unsqueeze", 13)
def unsqueeze_input(cx: NodeContext) -> SSAValue:
    axes = cx.static_ints(1, "axes")
    return cx.value(graph.UnsqueezeOp, [cx.input(0)], {"axes": graph.ints_attr(axes or ())})


def _depth_space(cx: NodeContext, to_space: bool) -> SSAValue:
    n, c, h, w = cx.shape(0)
    b = cx.attrs.int_("blocksize")
    if b < 1 or (c % (b * b) if to_space else h % b or w % b):
        raise cx.attrs.error("blocksize", f"is {b}; it must be at least 1 and divide "
                             + ("the channels with its square" if to_space else "the height and the width"))
    x = cx.input(0)
    if to_space:
        crd = cx.attrs.str_("mode", "DCR", choices=("DCR", "CRD")) == "CRD"
        split = (n, c // (b * b), b, b, h, w) if crd else (n, b, b, c // (b * b), h, w)
        perm = (0, 1, 4, 2, 5, 3) if crd else (0, 3, 4, 1, 5, 2)
        final = (n, c // (b * b), h * b, w * b)
    else:
        crd = cx.attrs.str_("mode", "DCR", choices=("DCR", "CRD")) == "CRD"
        split, final = (n, c, h // b, b, w // b, b), (n, c * b * b, h // b, w // b)
        perm = (0, 1, 3, 5, 2, 4) if crd else (0, 3, 5, 1, 2, 4)
    x = cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr(split)})
    x = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})
    return cx.value(graph.ReshapeOp, [x], {"shape": graph.dims_attr(final)})


@converter("DepthToSpace")
def depth_to_space(cx: NodeContext) -> SSAValue:
    return _depth_space(cx, True)


@converter("SpaceToDepth")
def space_to_depth(cx: NodeContext) -> SSAValue:
    return _depth_space(cx, False)


# ---- resize --------------------------------------------------------------------------------------

RESIZE_MODES = ("nearest", "linear")


def _resize(cx: NodeContext, scales: Sequence[float] | None, sizes: Sequence[int] | None, coordinate: str, nearest: str) -> SSAValue:
    shape = cx.shape(0)
    mode = cx.attrs.str_("mode", "nearest", choices=RESIZE_MODES)
    if sizes is None:
        if scales is None or len(scales) != len(shape):
            raise cx.error("needs one scale per dim of the input (or sizes)")
        sizes = [int(math.floor(d * s)) for d, s in zip(shape, scales, strict=True)]
    exact = scales
    props = {
        "sizes": graph.ints_attr(sizes), "mode": graph.str_attr(mode),
        "coordinate_transformation_mode": graph.str_attr(coordinate),
        "nearest_mode": graph.str_attr(nearest),
    }  # fmt: skip
    if exact is not None:
        props["scales"] = _float_array(exact)
    return cx.value(graph.ResizeOp, [cx.input(0)], props)


def _float_array(values: Sequence[float]) -> graph.Attribute:
    from xdsl.dialects.builtin import DenseArrayBase, f64

    return DenseArrayBase.from_list(f64, [float(v) for v in values])


@converter("Upsample", 7)
def upsample_attr(cx: NodeContext) -> SSAValue:
    return _resize(cx, cx.attrs.floats("scales"), None, "asymmetric", "floor")  # type: ignore[arg-type]


@converter("Upsample", 9)
def upsample_input(cx: NodeContext) -> SSAValue:
    return _resize(cx, cx.static_floats(1, "scales"), None, "asymmetric", "floor")


@converter("Resize", 10)
def resize_10(cx: NodeContext) -> SSAValue:
    return _resize(cx, cx.static_floats(1, "scales"), None, "asymmetric", "floor")


COORDINATE_MODES = ("half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel")
NEAREST_MODES = ("round_prefer_floor", "round_prefer_ceil", "floor", "ceil")


@converter("Resize", 11)
def resize_11(cx: NodeContext) -> SSAValue:
    policy = cx.attrs.str_("keep_aspect_ratio_policy", "stretch", choices=("stretch", "not_larger", "not_smaller"))
    scales = cx.static_floats(2, "scales") or None
    sizes = cx.static_ints(3, "sizes") or None
    axes = cx.attrs.ints("axes", None)
    if axes is not None:
        scales, sizes = _expand_axes(cx, axes, scales, sizes)
    if sizes is not None and policy != "stretch":
        scales, sizes = _keep_aspect_ratio(cx.shape(0), sizes, axes, policy)
    coordinate = cx.attrs.str_("coordinate_transformation_mode", "half_pixel")
    mode = cx.attrs.str_("mode", "nearest")
    plain = not cx.attrs.int_("antialias", 0) and not cx.attrs.int_("exclude_outside", 0)
    if plain and mode in RESIZE_MODES and coordinate in COORDINATE_MODES:
        nearest = cx.attrs.str_("nearest_mode", "round_prefer_floor", choices=NEAREST_MODES)
        return _resize(cx, scales, sizes, coordinate, nearest)
    from ember.frontend.onnx.resize_matrix import resize_by_matrices

    return resize_by_matrices(cx, scales, sizes)


def _keep_aspect_ratio(
    shape: Sequence[int], sizes: Sequence[int], axes: Sequence[int] | None, policy: str
) -> tuple[list[float], list[int]]:
    """One scale for all resized axes (the smallest or largest asked for), sizes rounded half up."""
    resized = {graph.normalize_axis(a, len(shape)) for a in axes} if axes is not None else set(range(len(shape)))
    ratios = [sizes[i] / shape[i] for i in sorted(resized)]
    scale = min(ratios) if policy == "not_larger" else max(ratios)
    scales = [scale if i in resized else 1.0 for i in range(len(shape))]
    return scales, [int(scale * d + 0.5) if i in resized else d for i, d in enumerate(shape)]


def _expand_axes(cx: NodeContext, axes: Sequence[int], scales: Sequence[float] | None, sizes: Sequence[int] | None) -> tuple[list[float] | None, list[int] | None]:
    shape = cx.shape(0)
    full_scales = [1.0] * len(shape) if scales is not None else None
    full_sizes = list(shape) if sizes is not None else None
    for i, axis in enumerate(axes):
        a = graph.normalize_axis(axis, len(shape))
        if full_scales is not None and scales is not None:
            full_scales[a] = scales[i]
        if full_sizes is not None and sizes is not None:
            full_sizes[a] = sizes[i]
    return full_scales, full_sizes


# ---- value sources --------------------------------------------------------------------------------

CONSTANT_ATTRS = ("value", "value_float", "value_floats", "value_int", "value_ints")


@converter("Constant")
def constant(cx: NodeContext) -> SSAValue:
    present = [n for n in cx.attrs.names() if n in (*CONSTANT_ATTRS, "value_string", "value_strings", "sparse_value")]
    if len(present) != 1:
        raise cx.error("exactly one value attribute must be set")
    name = present[0]
    readers = {
        "value": lambda: cx.attrs.tensor("value"),
        "value_float": lambda: np.array(cx.attrs.float_("value_float"), np.float32),
        "value_floats": lambda: np.array(cx.attrs.floats("value_floats"), np.float32),
        "value_int": lambda: np.array(cx.attrs.int_("value_int"), np.int64),
        "value_ints": lambda: np.array(cx.attrs.ints("value_ints"), np.int64),
    }
    if name not in readers:
        raise cx.error(f"attribute '{name}' (string or sparse constants) is not supported")
    array = readers[name]()
    _check_dtype(cx, array)
    return cx.builder.constant(array, cx.node.output[0] or "constant")


def _check_dtype(cx: NodeContext, array: np.ndarray) -> None:
    try:
        graph.element_type(array.dtype)
    except graph.ShapeError as error:
        raise cx.error(f"constant of element type {array.dtype} is not supported") from error


@converter("ConstantOfShape", 9)
def constant_of_shape(cx: NodeContext) -> SSAValue:
    shape = cx.static_ints(0, "shape") or ()
    fill = cx.attrs.tensor("value", np.zeros((1,), np.float32))
    _check_dtype(cx, fill)
    scalar = fill.reshape(-1)[0].item()
    value = graph.float_attr(scalar) if isinstance(scalar, float) else graph.int_attr(int(scalar))
    props = {"shape": graph.dims_attr(shape), "value": value, "element": graph.element_type(fill.dtype)}
    return cx.value(graph.FillOp, [], props)


@converter("Shape", 1)
def shape(cx: NodeContext) -> SSAValue:
    dims = cx.shape(0)
    start = cx.attrs.int_("start", 0)
    end = cx.attrs.int_("end", len(dims))
    clamp = lambda v: min(max(v + len(dims) if v < 0 else v, 0), len(dims))  # noqa: E731
    return cx.sizes(dims[clamp(start) : clamp(end)])


@converter("Size", 1)
def size(cx: NodeContext) -> SSAValue:
    return cx.constant(np.array(math.prod(cx.shape(0)), np.int64))


@converter("Range", 11)
def range_(cx: NodeContext) -> SSAValue:
    start, limit, delta = (cx.static_scalar(i, n) for i, n in enumerate(("start", "limit", "delta")))
    attr = graph.float_attr if isinstance(start, float) else graph.int_attr
    limit_attr = graph.str_attr(str(limit)) if is_symbolic(limit) else attr(limit)
    props = {"start": attr(start), "limit": limit_attr, "delta": attr(delta), "element": cx.elem(0)}
    return cx.value(graph.RangeOp, [], props)
