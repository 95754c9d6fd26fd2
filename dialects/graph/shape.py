"""Data-movement graph ops: reshape, transpose, concat, split, slice, gather, pad, expand,
squeeze/unsqueeze, flatten, tile, resize, identity; and value sources: constant, fill, range.

Every shape-like operand ONNX passes as a tensor (Reshape's shape, Slice's starts, ...) is a
static property here: the frontend reads it from constants.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import ClassVar

import numpy as np
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FloatAttr,
    IntegerAttr,
    StringAttr,
    TensorType,
    TypeAttribute,
    i64,
)
from xdsl.ir import Attribute, Operation
from xdsl.irdl import (
    irdl_op_definition,
    operand_def,
    opt_prop_def,
    prop_def,
    result_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from ember.dialects.graph.base import (
    GraphOp,
    Props,
    ShapeError,
    broadcast_shapes,
    elem_of,
    element_type,
    normalize_axis,
    numpy_dtype,
    read_dims,
    read_enum,
    read_float,
    read_int,
    read_ints,
    read_number,
    shape_of,
    tensor,
)
from ember.dialects.graph.dims import concrete_shape, dims_text
from ember.dialects.graph.enums import (
    CoordinateTransformationMode,
    CoordinateTransformationModeAttr,
    NearestMode,
    NearestModeAttr,
    PadMode,
    PadModeAttr,
    ResizeMode,
    ResizeModeAttr,
    enum_prop,
)
from ember.dialects.graph.resources import dense_to_numpy
from ember.symbolic import (
    Dim,
    concrete,
    dim_max,
    dim_min,
    dims_product,
    is_symbolic,
    parse_dim,
)

_ZERO = IntegerAttr(0, i64)


@irdl_op_definition
class ReshapeOp(GraphOp):
    """Reinterpret the elements (row-major) with the static ``shape`` (no -1 or 0 left)."""

    name = "graph.reshape"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    shape = prop_def(DenseArrayBase | ArrayAttr)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        shape = read_dims(props, "shape")
        if any(d < 0 for d in shape) or dims_product(shape) != dims_product(x):
            raise ShapeError(f"cannot reshape {dims_text(x)} ({dims_product(x)} elements) to {dims_text(shape)}")
        return [tensor(shape, elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [inputs[0].reshape([concrete(d) for d in read_dims(self.props, "shape")])]


@irdl_op_definition
class TransposeOp(GraphOp):
    """Permute dims: result dim i is input dim perm[i]."""

    name = "graph.transpose"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    perm = prop_def(DenseArrayBase)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        perm = read_ints(props, "perm")
        if sorted(perm) != list(range(len(x))):
            raise ShapeError(f"perm {perm} is not a permutation of {len(x)} dims")
        return [tensor([x[p] for p in perm], elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.ascontiguousarray(np.transpose(inputs[0], read_ints(self.props, "perm")))]


@irdl_op_definition
class ConcatOp(GraphOp):
    """Join tensors along ``axis``; all other dims must agree."""

    name = "graph.concat"
    inputs = var_operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        if not operand_types:
            raise ShapeError("needs at least one operand")
        shapes = [shape_of(t) for t in operand_types]
        axis = normalize_axis(read_int(props, "axis"), len(shapes[0]))
        rest = {s[:axis] + s[axis + 1 :] for s in shapes}
        if len(rest) != 1 or len({len(s) for s in shapes}) != 1:
            raise ShapeError(f"shapes {shapes} differ outside axis {axis}")
        if len({elem_of(t) for t in operand_types}) != 1:
            raise ShapeError("operand element types differ")
        out = list(shapes[0])
        out[axis] = sum(s[axis] for s in shapes)
        return [tensor(out, elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        axis = normalize_axis(read_int(self.props, "axis"), inputs[0].ndim)
        return [np.concatenate(inputs, axis=axis)]


@irdl_op_definition
class SplitOp(GraphOp):
    """Split along ``axis`` into pieces of the given ``sizes`` (one result per piece)."""

    name = "graph.split"
    input = operand_def(TensorType)
    outputs = var_result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=_ZERO)
    sizes = prop_def(DenseArrayBase)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if not x:
            raise ShapeError("cannot split a rank-0 tensor")
        axis = normalize_axis(read_int(props, "axis", 0), len(x))
        sizes = read_ints(props, "sizes")
        if sum(sizes) != x[axis] or any(s < 0 for s in sizes):
            raise ShapeError(f"sizes {sizes} do not add up to dim {axis} of {x}")
        return [tensor(x[:axis] + (s,) + x[axis + 1 :], elem_of(operand_types[0])) for s in sizes]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x = inputs[0]
        axis = normalize_axis(read_int(self.props, "axis", 0), x.ndim)
        bounds = np.cumsum(read_ints(self.props, "sizes"))[:-1]
        return [np.ascontiguousarray(p) for p in np.split(x, bounds, axis=axis)]


def slice_bounds(dim: int, start: int, end: int, step: int) -> slice:
    """ONNX Slice bounds of one axis as a numpy slice.

    Negative indices count from the end; then, as the ONNX spec says (and onnxruntime does),
    starts clamp to [0, dim] and ends to [0, dim] for positive steps, starts to [0, dim - 1] and
    ends to [-1, dim - 1] for negative steps. (This differs from Python slicing, which clamps a
    negative-step start to -1, e.g. for ``x[-4:-4:-1]`` on 3 elements.)
    """
    if step == 0:
        raise ShapeError("slice step must not be 0")
    if dim == 0:
        return slice(0, 0, 1)
    start = start + dim if start < 0 else start
    end = end + dim if end < 0 else end
    if step > 0:
        return slice(min(max(start, 0), dim), min(max(end, 0), dim), step)
    first, stop = min(max(start, 0), dim - 1), min(max(end, -1), dim - 1)
    # stop = -1 means "past element 0"; as a numpy index -1 would mean the last element
    return slice(first, None if stop < 0 else stop, step)


def symbolic_slice_length(dim: Dim, start: Dim, end: Dim, step: int) -> Dim:
    """How many elements ``slice_bounds`` keeps when a size or bound is symbolic (step > 0)."""
    if step <= 0:
        raise ShapeError(f"a slice with step {step} of a run-time size needs static bounds")
    first = dim_min(dim_max(start + dim if start < 0 else start, 0), dim)
    stop = dim_min(dim_max(end + dim if end < 0 else end, 0), dim)
    return dim_max((stop - first + step - 1) // step, 0)


@irdl_op_definition
class SliceOp(GraphOp):
    """Strided slice: for each listed axis, elements start, start+step, ... before end (clamped)."""

    name = "graph.slice"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    starts = prop_def(DenseArrayBase | ArrayAttr)
    ends = prop_def(DenseArrayBase | ArrayAttr)
    axes = opt_prop_def(DenseArrayBase)
    steps = opt_prop_def(DenseArrayBase)

    @classmethod
    def slices(cls, shape: tuple[int, ...], props: Props) -> tuple[slice, ...]:
        starts = [concrete(d) for d in read_dims(props, "starts")]
        ends = [concrete(d) for d in read_dims(props, "ends")]
        axes = read_ints(props, "axes", tuple(range(len(starts))))
        steps = read_ints(props, "steps", (1,) * len(starts))
        if not len(starts) == len(ends) == len(axes) == len(steps):
            raise ShapeError("starts, ends, axes and steps must have the same length")
        if not shape and axes:
            raise ShapeError("cannot slice a rank-0 tensor")
        normal = [normalize_axis(axis, len(shape)) for axis in axes]
        if len(set(normal)) != len(normal):
            raise ShapeError(f"axes {axes} name a dim twice")
        result = [slice(None)] * len(shape)
        for start, end, a, step in zip(starts, ends, normal, steps, strict=True):
            result[a] = slice_bounds(shape[a], start, end, step)
        return tuple(result)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        if any(is_symbolic(d) for d in (*x, *read_dims(props, "starts"), *read_dims(props, "ends"))):
            return [tensor(cls.symbolic_extents(x, props), elem_of(operand_types[0]))]
        sl = cls.slices(x, props)
        out = [len(range(d)[s]) for s, d in zip(sl, x, strict=True)]
        return [tensor(out, elem_of(operand_types[0]))]

    @classmethod
    def symbolic_extents(cls, shape: tuple[Dim, ...], props: Props) -> list[Dim]:
        """The result shape when sizes or bounds are known only at run time (positive steps)."""
        starts, ends = read_dims(props, "starts"), read_dims(props, "ends")
        axes = read_ints(props, "axes", tuple(range(len(starts))))
        steps = read_ints(props, "steps", (1,) * len(starts))
        if not len(starts) == len(ends) == len(axes) == len(steps):
            raise ShapeError("starts, ends, axes and steps must have the same length")
        out = list(shape)
        for start, end, axis, step in zip(starts, ends, axes, steps, strict=True):
            out[normalize_axis(axis, len(shape))] = symbolic_slice_length(shape[normalize_axis(axis, len(shape))], start, end, step)
        return out

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x = inputs[0]
        return [np.ascontiguousarray(x[self.slices(x.shape, self.props)])]


def _check_index_type(t: Attribute) -> None:
    if str(elem_of(t)) not in ("i32", "i64"):
        raise ShapeError(f"indices must be i32 or i64, got {elem_of(t)}")


@irdl_op_definition
class GatherOp(GraphOp):
    """numpy.take along ``axis``: out shape = data[:axis] + indices + data[axis+1:]; negative
    indices count from the end."""

    name = "graph.gather"
    BY_SIGNATURE: ClassVar[bool] = False  # (its checks read other ops, or nothing repeats)
    data = operand_def(TensorType)
    indices = operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=_ZERO)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        data, idx = shape_of(operand_types[0]), shape_of(operand_types[1])
        _check_index_type(operand_types[1])
        axis = normalize_axis(read_int(props, "axis", 0), len(data))
        return [tensor(data[:axis] + idx + data[axis + 1 :], elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        data, idx = inputs
        axis = normalize_axis(read_int(self.props, "axis", 0), data.ndim)
        return [np.take(data, _wrap_negative(idx, data.shape[axis]), axis=axis)]

    def verify_(self) -> None:
        super().verify_()
        check_constant_indices(self)


@irdl_op_definition
class GatherElementsOp(GraphOp):
    """numpy.take_along_axis: the result has the shape of ``indices``."""

    name = "graph.gather_elements"
    BY_SIGNATURE: ClassVar[bool] = False  # (its checks read other ops, or nothing repeats)
    data = operand_def(TensorType)
    indices = operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=_ZERO)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        data, idx = shape_of(operand_types[0]), shape_of(operand_types[1])
        _check_index_type(operand_types[1])
        if len(data) != len(idx):
            raise ShapeError(f"data {data} and indices {idx} must have the same rank")
        axis = normalize_axis(read_int(props, "axis", 0), len(data))
        if any(i > d for a, (i, d) in enumerate(zip(idx, data, strict=True)) if a != axis):
            raise ShapeError(f"indices {idx} must not be larger than data {data} outside axis {axis}")
        return [tensor(idx, elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        data, idx = inputs
        axis = normalize_axis(read_int(self.props, "axis", 0), data.ndim)
        # indices may be smaller than data outside ``axis``: gather from the leading block
        block = tuple(slice(None) if a == axis else slice(0, n) for a, n in enumerate(idx.shape))
        return [np.take_along_axis(data[block], _wrap_negative(idx, data.shape[axis]), axis=axis)]

    def verify_(self) -> None:
        super().verify_()
        check_constant_indices(self)


def check_constant_indices(op: Operation) -> None:
    """Of a gather op (any other op passes): constant indices must lie in [-dim, dim) of the gathered axis (ONNX: an error, never a
    wrap-around), checked here so that a bad model fails at compile time, located at the op."""
    if not isinstance(op, GatherOp | GatherElementsOp):
        return
    source = op.indices.owner
    if not isinstance(source, ConstantOp):
        return
    data = shape_of(op.data.type)
    axis = normalize_axis(read_int(op.props, "axis", 0), len(data))
    dim = data[axis]
    if dim < 0:  # a symbolic dimension: checked at run time
        return
    indices = source.to_array()
    bad = indices[(indices < -dim) | (indices >= dim)] if indices.size else indices
    if bad.size:
        raise VerifyException(
            f"'{op.name}' op index {int(bad.flat[0])} is out of range [-{dim}, {dim}) for axis "
            f"{axis} of size {dim}"
        )


def _wrap_negative(indices: np.ndarray, dim: int) -> np.ndarray:
    """ONNX index rule: -dim <= i < dim, negative i counts from the end; else an error."""
    idx = indices.astype(np.int64)
    if idx.size and (idx.min() < -dim or idx.max() >= dim):
        raise IndexError(f"index out of range [-{dim}, {dim}) in {indices.tolist()}")
    return np.where(idx < 0, idx + dim, idx)


PAD_MODES = tuple(mode.value for mode in PadMode)


@irdl_op_definition
class PadOp(GraphOp):
    """Pad with ``pads`` = [begin_0..begin_n, end_0..end_n] (negative pads crop), mode
    constant (with ``value``), reflect, edge or wrap."""

    name = "graph.pad"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    pads = prop_def(DenseArrayBase)
    mode = enum_prop(PadModeAttr, PadMode.CONSTANT)
    value = opt_prop_def(FloatAttr | IntegerAttr)
    assembly_format = "operands (`mode` $mode^)? attr-dict `:` functional-type(operands, results)"

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        pads = read_ints(props, "pads")
        mode = read_enum(props, "mode", PadMode.CONSTANT)
        if len(pads) != 2 * len(x):
            raise ShapeError(f"pads has {len(pads)} entries, expected {2 * len(x)} (begins then ends)")
        out = [d + pads[i] + pads[len(x) + i] for i, d in enumerate(x)]
        if any(d < 0 for d in out):
            raise ShapeError(f"padding {pads} gives a negative size {out}")
        if mode != PadMode.CONSTANT and any(p > 0 for p in pads) and 0 in x:
            raise ShapeError(f"{mode} padding of an empty tensor (shape {x}) has nothing to copy")
        if mode == PadMode.REFLECT and any(
            max(begin, end) >= d - max(-begin, 0) - max(-end, 0)
            for d, begin, end in zip(x, pads[: len(x)], pads[len(x) :], strict=True)
            if begin > 0 or end > 0
        ):
            raise ShapeError(f"reflect pads {pads} must be smaller than the (cropped) dims of {x}")
        return [tensor(out, elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        x = inputs[0]
        pads = read_ints(self.props, "pads")
        rank = x.ndim
        crop = tuple(slice(max(-pads[i], 0), x.shape[i] - max(-pads[rank + i], 0)) for i in range(rank))
        x = x[crop]
        widths = [(max(pads[i], 0), max(pads[rank + i], 0)) for i in range(rank)]
        mode = read_enum(self.props, "mode", PadMode.CONSTANT)
        if mode == PadMode.CONSTANT:
            value = np.asarray(read_number(self.props, "value", 0)).astype(x.dtype)
            return [np.pad(x, widths, mode="constant", constant_values=value)]
        return [np.pad(x, widths, mode=_NUMPY_PAD_MODE[mode])]


_NUMPY_PAD_MODE: dict[PadMode, str] = {
    PadMode.REFLECT: "reflect",
    PadMode.EDGE: "edge",
    PadMode.WRAP: "wrap",
}


@irdl_op_definition
class ExpandOp(GraphOp):
    """Broadcast to ``shape`` with ONNX Expand rules (the result shape is the broadcast of both)."""

    name = "graph.expand"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    shape = prop_def(DenseArrayBase | ArrayAttr)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        out = broadcast_shapes(shape_of(operand_types[0]), read_dims(props, "shape"))
        return [tensor(out, elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.ascontiguousarray(np.broadcast_to(inputs[0], concrete_shape(self.result.type)))]


@irdl_op_definition
class SqueezeOp(GraphOp):
    """Remove the listed size-1 dims (all size-1 dims when ``axes`` is absent)."""

    name = "graph.squeeze"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    axes = opt_prop_def(DenseArrayBase)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        default = tuple(i for i, d in enumerate(x) if d == 1)
        axes = {normalize_axis(a, len(x)) for a in read_ints(props, "axes", default)}
        if any(x[a] != 1 for a in axes):
            raise ShapeError(f"cannot squeeze dims {sorted(axes)} of shape {x}: not all are 1")
        return [tensor([d for i, d in enumerate(x) if i not in axes], elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [inputs[0].reshape(concrete_shape(self.result.type))]


@irdl_op_definition
class UnsqueezeOp(GraphOp):
    """Insert size-1 dims at ``axes`` (positions in the result)."""

    name = "graph.unsqueeze"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    axes = prop_def(DenseArrayBase)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        rank = len(x) + len(read_ints(props, "axes"))
        axes = {normalize_axis(a, rank) for a in read_ints(props, "axes")}
        if len(axes) != len(read_ints(props, "axes")):
            raise ShapeError("axes contain duplicates")
        dims = iter(x)
        return [tensor([1 if i in axes else next(dims) for i in range(rank)], elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [inputs[0].reshape(concrete_shape(self.result.type))]


@irdl_op_definition
class FlattenOp(GraphOp):
    """Reshape to 2-D: dims before ``axis`` form the rows, the rest the columns."""

    name = "graph.flatten"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    axis = prop_def(IntegerAttr, default_value=IntegerAttr(1, i64))

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        axis = read_int(props, "axis", 1)
        if not -len(x) <= axis <= len(x):
            raise ShapeError(f"axis {axis} is out of range for rank {len(x)}")
        axis = axis + len(x) if axis < 0 else axis
        return [tensor((math.prod(x[:axis]), math.prod(x[axis:])), elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [inputs[0].reshape(concrete_shape(self.result.type))]


@irdl_op_definition
class TileOp(GraphOp):
    """Repeat the tensor ``repeats[i]`` times along each dim i."""

    name = "graph.tile"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    repeats = prop_def(DenseArrayBase)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        reps = read_ints(props, "repeats")
        if len(reps) != len(x) or any(r < 0 for r in reps):
            raise ShapeError(f"repeats {reps} must have one non-negative entry per dim of {x}")
        return [tensor([d * r for d, r in zip(x, reps, strict=True)], elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.tile(inputs[0], read_ints(self.props, "repeats"))]


RESIZE_MODES = tuple(mode.value for mode in ResizeMode)
COORDINATE_MODES = tuple(mode.value for mode in CoordinateTransformationMode)
NEAREST_MODES = tuple(mode.value for mode in NearestMode)


@irdl_op_definition
class ResizeOp(GraphOp):
    """Resize to the result shape (given as ``sizes``) by nearest or (multi)linear interpolation.

    ``scales`` (optional) are the exact scale factors when the frontend knows them; otherwise
    scale = out / in per dim. Defaults follow ONNX: nearest, half_pixel, round_prefer_floor.
    """

    name = "graph.resize"
    input = operand_def(TensorType)
    result = result_def(TensorType)
    sizes = prop_def(DenseArrayBase)
    scales = opt_prop_def(DenseArrayBase)
    mode = enum_prop(ResizeModeAttr, ResizeMode.NEAREST)
    coordinate_transformation_mode = enum_prop(
        CoordinateTransformationModeAttr, CoordinateTransformationMode.HALF_PIXEL
    )
    nearest_mode = enum_prop(NearestModeAttr, NearestMode.ROUND_PREFER_FLOOR)
    assembly_format = (
        "operands (`mode` $mode^)? (`coordinate_transformation_mode` $coordinate_transformation_mode^)?"
        " (`nearest_mode` $nearest_mode^)? attr-dict `:` functional-type(operands, results)"
    )

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        x = shape_of(operand_types[0])
        sizes = read_ints(props, "sizes")
        cls.modes(props)
        if len(sizes) != len(x) or any(s <= 0 for s in sizes):
            raise ShapeError(f"sizes {sizes} must have one positive entry per dim of {x}")
        if any(d == 0 for d in x):
            raise ShapeError(f"cannot resize an empty tensor (shape {x})")
        scales = read_floats(props, "scales")
        if scales is not None and (len(scales) != len(x) or any(s <= 0 for s in scales)):
            raise ShapeError(f"scales {scales} must have one positive entry per dim of {x}")
        return [tensor(sizes, elem_of(operand_types[0]))]

    @staticmethod
    def modes(props: Props) -> tuple[ResizeMode, CoordinateTransformationMode, NearestMode]:
        return (
            read_enum(props, "mode", ResizeMode.NEAREST),
            read_enum(props, "coordinate_transformation_mode", CoordinateTransformationMode.HALF_PIXEL),
            read_enum(props, "nearest_mode", NearestMode.ROUND_PREFER_FLOOR),
        )

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        from ember.dialects.graph.resize import resize_reference

        mode, coordinate_mode, nearest_mode = self.modes(self.props)
        return [
            resize_reference(
                inputs[0],
                read_ints(self.props, "sizes"),
                read_floats(self.props, "scales"),
                mode,
                coordinate_mode,
                nearest_mode,
            )
        ]


def read_floats(props: Props, name: str) -> tuple[float, ...] | None:
    """An optional ``array<f32|f64: ...>`` (or ``array<i64: ...>``) property as floats."""
    attr = props.get(name)
    if attr is None:
        return None
    if not isinstance(attr, DenseArrayBase):
        raise ShapeError(f"property '{name}' must be an array<f64: ...>")
    return tuple(float(v) for v in attr.get_values())


@irdl_op_definition
class IdentityOp(GraphOp):
    """The input, unchanged."""

    name = "graph.identity"
    input = operand_def(TensorType)
    result = result_def(TensorType)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        return [tensor(shape_of(operand_types[0]), elem_of(operand_types[0]))]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [inputs[0]]


# ---- value sources ----------------------------------------------------------------------------


@irdl_op_definition
class ConstantOp(GraphOp):
    """A constant tensor: ``graph.constant dense<...> : tensor<...>`` (splat, dense or
    ``dense_resource`` blob)."""

    name = "graph.constant"
    BY_SIGNATURE: ClassVar[bool] = False  # (its checks read other ops, or nothing repeats)
    result = result_def(TensorType)
    value = prop_def(DenseIntOrFPElementsAttr | DenseResourceAttr)
    assembly_format = None  # custom syntax below

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        value = props.get("value")
        if not isinstance(value, DenseIntOrFPElementsAttr | DenseResourceAttr):
            raise ShapeError("'value' must be a dense elements or dense_resource attribute")
        vtype = value.get_type()
        if not isinstance(vtype, TensorType):
            raise ShapeError(f"value must have a tensor type, got {vtype}")
        numpy_dtype(vtype.get_element_type())
        return [vtype]

    @classmethod
    def from_array(cls, array: np.ndarray) -> ConstantOp:
        from ember.dialects.graph.resources import dense_from_numpy

        return cls.make([], {"value": dense_from_numpy(array)})

    def to_array(self) -> np.ndarray:
        return dense_to_numpy(self.value)

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [self.to_array()]

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_attribute(self.value)
        extra = {k: v for k, v in self.attributes.items()}
        if extra:
            printer.print_op_attributes(extra)

    @classmethod
    def parse(cls, parser: Parser) -> ConstantOp:
        value = parser.parse_attribute()
        attrs = parser.parse_optional_attr_dict()
        if not isinstance(value, DenseIntOrFPElementsAttr | DenseResourceAttr):
            parser.raise_error("graph.constant expects a dense<...> or dense_resource<...> value")
        op = cls.build(properties={"value": value}, result_types=[value.get_type()], attributes=attrs)
        return op


@irdl_op_definition
class FillOp(GraphOp):
    """A tensor of the result type with every element ``value`` (ONNX ConstantOfShape)."""

    name = "graph.fill"
    result = result_def(TensorType)
    assembly_format = "attr-dict `:` type($result)"
    shape = prop_def(DenseArrayBase | ArrayAttr)
    value = prop_def(FloatAttr | IntegerAttr)
    element = prop_def(TypeAttribute)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        shape = read_dims(props, "shape")
        element = props.get("element")
        if element is None:
            raise ShapeError("missing property 'element'")
        numpy_dtype(element)
        if any(d < 0 for d in shape):
            raise ShapeError(f"shape {shape} has a negative dim")
        return [tensor(shape, element)]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        rtype = self.result.type
        dtype = numpy_dtype(elem_of(rtype))
        value = read_number(self.props, "value", 0)
        return [np.full(shape_of(rtype), value, dtype=dtype)]


@irdl_op_definition
class RangeOp(GraphOp):
    """The sequence start, start + delta, ... strictly before limit (a 1-D tensor)."""

    name = "graph.range"
    result = result_def(TensorType)
    assembly_format = "attr-dict `:` type($result)"
    start = prop_def(FloatAttr | IntegerAttr)
    limit = prop_def(FloatAttr | IntegerAttr | StringAttr)
    """A number, or (integer ranges) an expression of run-time sizes such as ``"seq"``."""
    delta = prop_def(FloatAttr | IntegerAttr)
    element = prop_def(TypeAttribute)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        if isinstance(props.get("limit"), StringAttr):
            return [tensor((cls.symbolic_count(props),), props["element"])]
        start, limit, delta = (read_float(props, n) for n in ("start", "limit", "delta"))
        element = props.get("element")
        if element is None:
            raise ShapeError("missing property 'element'")
        numpy_dtype(element)
        if delta == 0:
            raise ShapeError("delta must not be 0")
        count = max(math.ceil((limit - start) / delta), 0)
        return [tensor((count,), element)]

    @classmethod
    def symbolic_count(cls, props: Props) -> Dim:
        """The length of an integer range whose limit is a run-time size."""
        start, delta = read_number(props, "start"), read_number(props, "delta")
        if not isinstance(start, int) or not isinstance(delta, int) or delta == 0:
            raise ShapeError("a range with a run-time limit needs integer start and a non-zero integer delta")
        try:
            limit = parse_dim(props["limit"].data)  # type: ignore[union-attr]
        except ValueError as error:
            raise ShapeError(f"property 'limit': {error}") from None
        span = limit - start if delta > 0 else start - limit
        return dim_max((span + abs(delta) - 1) // abs(delta), 0)

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        dtype = numpy_dtype(elem_of(self.result.type))
        start, delta = read_number(self.props, "start"), read_number(self.props, "delta")
        count = concrete_shape(self.result.type)[0]
        values = np.asarray(start, dtype=dtype) + np.arange(count).astype(dtype) * np.asarray(delta, dtype=dtype)
        return [values.astype(dtype)]


@irdl_op_definition
class SizesOp(GraphOp):
    """The 1-D i64 tensor of ``values``, sizes some of which are known only at run time (what
    ONNX ``Shape`` and shape arithmetic give on symbolic dims; static sizes fold to a constant)."""

    name = "graph.sizes"
    result = result_def(TensorType)
    assembly_format = "attr-dict `:` type($result)"
    values = prop_def(DenseArrayBase | ArrayAttr)

    @classmethod
    def infer(cls, operand_types: Sequence[Attribute], props: Props) -> list[Attribute]:
        return [tensor((len(read_dims(props, "values")),), i64)]

    def evaluate(self, *inputs: np.ndarray) -> list[np.ndarray]:
        return [np.array([concrete(d) for d in read_dims(self.props, "values")], dtype=np.int64)]


def element_type_for(array: np.ndarray) -> Attribute:
    return element_type(array.dtype)


SHAPE_OPS = (
    ReshapeOp, TransposeOp, ConcatOp, SplitOp, SliceOp, GatherOp, GatherElementsOp, PadOp,
    ExpandOp, SqueezeOp, UnsqueezeOp, FlattenOp, TileOp, ResizeOp, IdentityOp, ConstantOp,
    FillOp, RangeOp, SizesOp,
)  # fmt: skip
