"""ONNX Resize modes the graph dialect's ``graph.resize`` lacks (cubic, antialias,
exclude_outside, half_pixel_symmetric, tf_crop_and_resize), as one constant interpolation matrix
per resized axis.

Every ONNX Resize mode is separable and linear along each axis, so with static shapes the resize
of one axis is ``out = M @ in`` for a constant (out x in) matrix. M is computed at import by
running onnx's own reference Resize on the identity (column i of M is the resize of the unit
vector e_i), so the semantics are exactly onnx's; the graph gets a transpose, a matmul and a
transpose back per axis. tf_crop_and_resize also reads the crop box (``roi``, needed at compile
time: a call-time roi takes ember's specialising route) and fills output points that fall outside
the input with ``extrapolation_value``: per axis that is ``out = M @ in + e * m`` with ``m`` the
0/1 vector of such points (rows of M are zero there), computed the same way from the reference.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from xdsl.ir import SSAValue

from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext

COPIED_ATTRS = ("mode", "coordinate_transformation_mode", "cubic_coeff_a", "exclude_outside", "antialias", "nearest_mode")
CROP = "tf_crop_and_resize"
MATRIX_OPSET = 19
"""Opset of the single-node model evaluated for M (has every attribute above)."""


def interpolation_matrix(node: onnx.NodeProto, size: int, out: int, scale: float | None,
                         crop: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """The (out x size) matrix onnx's reference Resize applies along one axis, and the 0/1
    vector (out) of output points it fills with ``extrapolation_value`` (tf_crop_and_resize
    with the crop box ``crop`` = [start, end] of this axis, in the roi input's type, so that
    rounding ties of nearest fall as in the full-size reference; else zeros)."""
    from onnx.reference import ReferenceEvaluator

    attrs = [a for a in node.attribute if a.name in COPIED_ATTRS]
    inputs = ["x", "roi" if crop is not None else "", "scales" if scale is not None else ""]
    inputs += [] if scale is not None else ["sizes"]
    inits = [numpy_helper.from_array(np.array([1.0, scale], np.float64), "scales") if scale is not None
             else numpy_helper.from_array(np.array([size, out], np.int64), "sizes")]  # fmt: skip
    if crop is not None:
        inits.append(numpy_helper.from_array(np.array([0.0, crop[0], 1.0, crop[1]], crop.dtype), "roi"))

    def run(x: np.ndarray, extrapolation: float) -> np.ndarray:
        resize = helper.make_node("Resize", inputs, ["y"], extrapolation_value=extrapolation)
        resize.attribute.extend(attrs)
        model = helper.make_model(
            helper.make_graph([resize], "m", [helper.make_tensor_value_info("x", TensorProto.DOUBLE, [size, size])],
                              [helper.make_tensor_value_info("y", TensorProto.DOUBLE, None)], inits),
            opset_imports=[helper.make_opsetid("", MATRIX_OPSET)],
        )  # fmt: skip
        (result,) = ReferenceEvaluator(model).run(None, {"x": x})
        return np.asarray(result)

    matrix = run(np.eye(size), 0.0).T
    outside = run(np.zeros((size, size)), 1.0)[0] if crop is not None else np.zeros(out)
    return matrix, outside


def crop_boxes(cx: NodeContext, rank: int) -> list[np.ndarray] | None:
    """tf_crop_and_resize's [start, end] per dim from input #1 ``roi`` (in ``axes`` order when
    the node has axes; dims not listed are not cropped); None for the other modes."""
    if cx.attrs.str_("coordinate_transformation_mode", "half_pixel") != CROP:
        return None
    roi = cx.static(1, "roi")
    axes = [graph.normalize_axis(a, rank) for a in cx.attrs.ints("axes", list(range(rank)))]  # type: ignore[union-attr]
    if roi is None or roi.size != 2 * len(axes) or roi.dtype.kind != "f":
        raise cx.error(f"tf_crop_and_resize needs a float roi with {2 * len(axes)} values (starts, then ends)")
    roi = roi.reshape(-1)
    boxes = [np.array([0.0, 1.0], roi.dtype)] * rank
    for i, axis in enumerate(axes):
        boxes[axis] = roi[[i, len(axes) + i]]
    return boxes


def resize_by_matrices(cx: NodeContext, scales: Sequence[float] | None, sizes: Sequence[int] | None) -> SSAValue:
    x, shape = cx.input(0), cx.shape(0)
    boxes = crop_boxes(cx, len(shape))
    extrapolation = cx.attrs.float_("extrapolation_value", 0.0)
    if not graph.is_float(cx.elem(0)):
        raise cx.error(f"this Resize mode needs a floating-point input, got {cx.elem(0)}")
    if sizes is None:
        if scales is None:
            raise cx.error("needs scales or sizes")
        sizes = [int(np.floor(d * s)) for d, s in zip(shape, scales, strict=True)]
    dtype = graph.numpy_dtype(cx.elem(0))
    for axis, (size, out) in enumerate(zip(shape, sizes, strict=True)):
        scale = scales[axis] if scales is not None else None
        crop = boxes[axis] if boxes is not None else None
        if size == out and (scale is None or scale == 1.0) and (crop is None or tuple(crop) == (0.0, 1.0)):
            continue
        matrix, outside = interpolation_matrix(cx.node, size, out, scale, crop)
        perm = [d for d in range(len(shape)) if d != axis] + [axis]
        moved = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})
        mixed = cx.value(graph.MatmulOp, [moved, cx.constant(matrix.T.astype(dtype))])
        if outside.any() and extrapolation != 0.0:
            mixed = cx.value(graph.AddOp, [mixed, cx.constant((outside * extrapolation).astype(dtype))])
        back = [perm.index(d) for d in range(len(shape))]
        x = cx.value(graph.TransposeOp, [mixed], {"perm": graph.ints_attr(back)})
    return x
