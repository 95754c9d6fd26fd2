"""numpy <-> constant attributes: ``dense<...>`` and ``dense_resource<...>`` blobs.

Conversions go through raw bytes (no per-element Python work), so multi-megabyte weights move
between ONNX, the IR and the runtime quickly. ``dense_resource`` blobs live in the builtin
dialect's resource storage (xDSL's ``OpAsmDialectInterface``) as MLIR's blob hex strings: a
little-endian 4-byte alignment header followed by the little-endian data.
"""

from __future__ import annotations

import numpy as np
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import (
    Builtin,
    BytesAttr,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    TensorType,
)

from ember.dialects.graph.base import ShapeError, element_type, numpy_dtype, tensor

_BLOB_ALIGNMENT = 64


def _resource_storage() -> OpAsmDialectInterface:
    interface = Builtin.get_interface(OpAsmDialectInterface)
    if interface is None:
        raise ShapeError("xDSL's builtin dialect has no resource storage")
    return interface


def dense_from_numpy(array: np.ndarray) -> DenseIntOrFPElementsAttr:
    """A ``dense<...>`` attribute holding ``array`` (bool arrays become i1 bytes)."""
    array = np.asarray(array, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    ttype = tensor(array.shape, element_type(array.dtype))
    data = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
    return DenseIntOrFPElementsAttr(ttype, BytesAttr(data))


def resource_from_numpy(array: np.ndarray, name: str) -> DenseResourceAttr:
    """Store ``array`` as a ``dense_resource`` blob under a key derived from ``name``."""
    array = np.asarray(array, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    storage = _resource_storage()
    key = storage.declare_resource(_sanitize(name))
    header = _BLOB_ALIGNMENT.to_bytes(4, "little")
    storage.parse_resource(key, "0x" + (header + array.astype(array.dtype.newbyteorder("<")).tobytes()).hex().upper())
    return DenseResourceAttr.from_params(key, tensor(array.shape, element_type(array.dtype)))


def _sanitize(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    return cleaned if cleaned and not cleaned[0].isdigit() else f"blob_{cleaned}"


def dense_to_numpy(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> np.ndarray:
    """The numpy array a constant attribute holds (splats are broadcast to the full shape)."""
    ttype = attr.get_type()
    if not isinstance(ttype, TensorType):
        raise ShapeError(f"constant must have a tensor type, got {ttype}")
    dtype = numpy_dtype(ttype.get_element_type())
    shape = tuple(int(d) for d in ttype.get_shape())
    raw = _raw_bytes(attr)
    flat = np.frombuffer(raw, dtype=dtype.newbyteorder("<")).astype(dtype)
    if flat.size == 1 and int(np.prod(shape)) != 1:
        return np.full(shape, flat[0], dtype=dtype)
    if flat.size != int(np.prod(shape)):
        raise ShapeError(f"constant holds {flat.size} elements but its type {ttype} needs {int(np.prod(shape))}")
    return flat.reshape(shape).copy()


def _raw_bytes(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> bytes:
    if isinstance(attr, DenseIntOrFPElementsAttr):
        return attr.data.data
    blob = _resource_storage().lookup(attr.resource_handle.data)
    if not blob:
        raise ShapeError(f"dense_resource blob '{attr.resource_handle.data}' is not defined in this file")
    return bytes.fromhex(blob[2:])[4:]
