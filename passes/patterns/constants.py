"""Reading and making graph constants cheaply: splat detection without materialising, and
splat-encoded new constants.

Used by constraints ("is a constant", "is a splat of 1"), by :func:`compute` targets that
return numpy arrays, and by ``graph-fold-constants``. A splat constant is stored with a single
element's bytes (``dense<1.0> : tensor<1000x1000xf32>`` costs 4 bytes, not 4 MB).
"""

from __future__ import annotations

import numpy as np
from xdsl.dialects.builtin import BytesAttr, DenseIntOrFPElementsAttr
from xdsl.ir import Attribute, SSAValue

from ember.dialects import graph
from ember.dialects.graph.resources import dense_to_numpy

SPLAT_SCAN_LIMIT = 1 << 16
"""Non-splat-encoded constants up to this many elements are scanned for equal elements."""


def constant_op(value: SSAValue | Attribute | object) -> graph.ConstantOp | None:
    """The ``graph.constant`` defining ``value``, if any."""
    if not isinstance(value, SSAValue):
        return None
    owner = value.owner
    return owner if isinstance(owner, graph.ConstantOp) else None


def num_elements(t: Attribute) -> int:
    """The element count of a ranked tensor type."""
    return int(np.prod(graph.shape_of(t), dtype=np.int64))


def constant_array(value: SSAValue | object) -> np.ndarray | None:
    """The numpy array a constant-defined value holds, or ``None`` when it is not a constant."""
    const = constant_op(value)
    return None if const is None else const.to_array()


def splat_scalar(value: SSAValue | object) -> np.generic | None:
    """The single repeated element of a constant value, or ``None`` (not constant / not splat).

    Splat-encoded constants are recognised from their byte length; small dense constants are
    scanned; large non-splat-encoded constants are not materialised and report ``None``.
    """
    const = constant_op(value)
    if const is None:
        return None
    attr = const.value
    dtype = graph.numpy_dtype(graph.elem_of(const.result.type))
    if isinstance(attr, DenseIntOrFPElementsAttr) and len(attr.data.data) == dtype.itemsize:
        return np.frombuffer(attr.data.data, dtype=dtype.newbyteorder("<"))[0].astype(dtype)
    if num_elements(const.result.type) > SPLAT_SCAN_LIMIT:
        return None
    array = dense_to_numpy(attr)
    if array.size == 0:
        return None
    flat = array.reshape(-1)
    return flat[0] if bool(np.all(flat == flat[0])) else None


def is_splat_of(value: SSAValue | object, scalar: float) -> bool:
    """Is ``value`` a constant whose every element equals ``scalar`` (exactly)?"""
    found = splat_scalar(value)
    return found is not None and bool(found == scalar)


def splat_attr(scalar: object, shape: tuple[int, ...], element: Attribute) -> DenseIntOrFPElementsAttr:
    """A splat-encoded ``dense<scalar> : tensor<shape x element>``."""
    dtype = graph.numpy_dtype(element)
    data = np.asarray(scalar).astype(dtype.newbyteorder("<")).reshape(1).tobytes()
    return DenseIntOrFPElementsAttr(graph.tensor(shape, element), BytesAttr(data))


def make_constant(array: np.ndarray) -> graph.ConstantOp:
    """A new ``graph.constant`` holding ``array``, splat-encoded when all elements are equal."""
    array = np.asarray(array)
    element = graph.element_type(array.dtype)
    flat = array.reshape(-1)
    if flat.size > 1 and bool(np.all(flat == flat[0])):
        return graph.ConstantOp.make([], {"value": splat_attr(flat[0], array.shape, element)})
    return graph.ConstantOp.from_array(array)


def make_splat(scalar: object, shape: tuple[int, ...], element: Attribute) -> graph.ConstantOp:
    """A new splat ``graph.constant`` of the given shape and element type."""
    return graph.ConstantOp.make([], {"value": splat_attr(scalar, shape, element)})
