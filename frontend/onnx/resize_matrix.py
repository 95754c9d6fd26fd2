"""ONNX Resize modes the graph dialect's ``graph.resize`` lacks (cubic, antialias,
exclude_outside, half_pixel_symmetric), as one constant interpolation matrix per resized axis.

Every ONNX Resize mode except tf_crop_and_resize is separable and linear along each axis, so with
static shapes the resize of one axis is ``out = M @ in`` for a constant (out x in) matrix. M is
computed at import by running onnx's own reference Resize on the identity (column i of M is the
resize of the unit vector e_i), so the semantics are exactly onnx's; the graph gets a transpose,
a matmul and a transpose back per axis.
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
MATRIX_OPSET = 19
"""Opset of the single-node model evaluated for M (has every attribute above)."""


def interpolation_matrix(node: onnx.NodeProto, size: int, out: int, scale: float | None) -> np.ndarray:
    """The (out x size) matrix onnx's reference Resize applies along one axis."""
    from onnx.reference import ReferenceEvaluator

    attrs = [a for a in node.attribute if a.name in COPIED_ATTRS]
    inputs = ["x", "", "scales"] if scale is not None else ["x", "", "", "sizes"]
    resize = helper.make_node("Resize", inputs, ["y"])
    resize.attribute.extend(attrs)
    inits = [numpy_helper.from_array(np.array([1.0, scale], np.float64), "scales") if scale is not None
             else numpy_helper.from_array(np.array([size, out], np.int64), "sizes")]  # fmt: skip
    model = helper.make_model(
        helper.make_graph([resize], "m", [helper.make_tensor_value_info("x", TensorProto.DOUBLE, [size, size])],
                          [helper.make_tensor_value_info("y", TensorProto.DOUBLE, None)], inits),
        opset_imports=[helper.make_opsetid("", MATRIX_OPSET)],
    )  # fmt: skip
    (result,) = ReferenceEvaluator(model).run(None, {"x": np.eye(size)})
    return np.asarray(result).T


def resize_by_matrices(cx: NodeContext, scales: Sequence[float] | None, sizes: Sequence[int] | None) -> SSAValue:
    x, shape = cx.input(0), cx.shape(0)
    if cx.attrs.str_("coordinate_transformation_mode", "half_pixel") == "tf_crop_and_resize":
        raise cx.error("coordinate_transformation_mode 'tf_crop_and_resize' is not supported")
    if not graph.is_float(cx.elem(0)):
        raise cx.error(f"this Resize mode needs a floating-point input, got {cx.elem(0)}")
    if sizes is None:
        if scales is None:
            raise cx.error("needs scales or sizes")
        sizes = [int(np.floor(d * s)) for d, s in zip(shape, scales, strict=True)]
    dtype = graph.numpy_dtype(cx.elem(0))
    for axis, (size, out) in enumerate(zip(shape, sizes, strict=True)):
        scale = scales[axis] if scales is not None else None
        if size == out and (scale is None or scale == 1.0):
            continue
        matrix = interpolation_matrix(cx.node, size, out, scale)
        perm = [d for d in range(len(shape)) if d != axis] + [axis]
        moved = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr(perm)})
        mixed = cx.value(graph.MatmulOp, [moved, cx.constant(matrix.T.astype(dtype))])
        back = [perm.index(d) for d in range(len(shape))]
        x = cx.value(graph.TransposeOp, [mixed], {"perm": graph.ints_attr(back)})
    return x
