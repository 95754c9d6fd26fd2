"""numpy <-> constant attributes: ``dense<...>`` and ``dense_resource<...>`` blobs.

Conversions go through raw bytes (no per-element Python work), so multi-megabyte weights move
between ONNX, the IR and the runtime quickly. ``dense_resource`` blobs live in the builtin
dialect's resource storage (xDSL's ``OpAsmDialectInterface``), whose values are MLIR's blob hex
strings: a little-endian 4-byte alignment header followed by the little-endian data. That
storage is made a :class:`BlobStorage`, which keeps each blob as bytes and writes the hex text
only when something asks for it (printing): a weight read from ONNX and read again by each pass
that folds or packs it is never hex-encoded or decoded (VGG-19: 548 MB of weights, about 3 s of
hex per round trip). The storage is one per process; :func:`released_blobs` drops what a compile
declared once its IR is gone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import numpy as np
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import (
    Builtin,
    BytesAttr,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FixedBitwidthType,
    TensorType,
)
from xdsl.ir import Attribute

from ember.dialects.graph.base import ShapeError, element_type, numpy_dtype, tensor

_BLOB_ALIGNMENT = 64


class BlobStorage(dict[str, str]):
    """xDSL's blob storage (key -> MLIR hex text) holding blobs as bytes where it can: a blob
    stored with :meth:`store_bytes`, or decoded once by :meth:`data`, is kept in :attr:`raw`
    and turned into hex text only when xDSL reads the entry (``lookup``, ``build_resources``:
    printing). Writing an entry (xDSL's ``declare_resource`` / ``parse_resource``) replaces it."""

    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__(entries)
        self.raw: dict[str, bytes] = {}
        """key -> the blob's data (after the alignment header)."""

    def __setitem__(self, key: str, value: str) -> None:
        if key not in self:
            _note_declared(key)
        self.raw.pop(key, None)
        super().__setitem__(key, value)

    def __getitem__(self, key: str) -> str:
        data = self.raw.get(key)
        return super().__getitem__(key) if data is None else _hex_blob(data)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default

    def store_bytes(self, key: str, data: bytes) -> None:
        """Hold ``data`` (little-endian elements, no header) as the blob of declared ``key``."""
        super().__setitem__(key, "")
        self.raw[key] = data

    def data(self, key: str) -> bytes | None:
        """The blob's data without its header (None: not defined); a hex blob is decoded once
        and kept as bytes."""
        data = self.raw.get(key)
        if data is not None:
            return data
        text = super().get(key)
        if not text:
            return None
        self.store_bytes(key, bytes.fromhex(text[2:])[4:])
        return self.raw[key]

    def release(self, keys: Iterable[str]) -> None:
        """Forget the blobs ``keys`` (their bytes live on while something else holds them)."""
        for key in keys:
            self.raw.pop(key, None)
            self.pop(key, None)


_DECLARED: ContextVar[set[str] | None] = ContextVar("ember_declared_blobs", default=None)
"""The keys declared inside the innermost :func:`released_blobs` of this thread (None: none)."""


def _note_declared(key: str) -> None:
    keys = _DECLARED.get()
    if keys is not None:
        keys.add(key)


@contextmanager
def released_blobs() -> Iterator[None]:
    """Drop the blobs declared inside (by this thread: other threads' compiles keep theirs) from
    the process-global storage on the way out. For work whose IR dies with it, such as a compile
    to machine code: without this every compile of a process kept its weights (and folded
    constants) in the storage for good, and xDSL's renaming of a key that exists already walks
    every earlier copy of the name."""
    keys: set[str] = set()
    token = _DECLARED.set(keys)
    try:
        yield
    finally:
        _DECLARED.reset(token)
        _blobs().release(keys)


def _hex_blob(data: bytes) -> str:
    return "0x" + (_BLOB_ALIGNMENT.to_bytes(4, "little") + data).hex().upper()


def _resource_storage() -> OpAsmDialectInterface:
    interface = Builtin.get_interface(OpAsmDialectInterface)
    if interface is None:
        raise ShapeError("xDSL's builtin dialect has no resource storage")
    if not isinstance(interface._blob_storage, BlobStorage):  # pyright: ignore[reportPrivateUsage]
        interface._blob_storage = BlobStorage(interface._blob_storage)  # pyright: ignore[reportPrivateUsage]
    return interface


def _blobs() -> BlobStorage:
    return _resource_storage()._blob_storage  # type: ignore[return-value]  # pyright: ignore[reportPrivateUsage]


def dense_from_numpy(array: np.ndarray) -> DenseIntOrFPElementsAttr:
    """A ``dense<...>`` attribute holding ``array`` (bool arrays become i1 bytes)."""
    array = np.asarray(array, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    ttype = tensor(array.shape, element_type(array.dtype))
    data = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
    return DenseIntOrFPElementsAttr(ttype, BytesAttr(data))


def resource_from_numpy(array: np.ndarray, name: str) -> DenseResourceAttr:
    """Store ``array`` as a ``dense_resource`` blob under a key derived from ``name``."""
    array = np.asarray(array, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    key = _resource_storage().declare_resource(_sanitize(name))
    _blobs().store_bytes(key, array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes())
    return DenseResourceAttr.from_params(key, tensor(array.shape, element_type(array.dtype)))


def _sanitize(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    return cleaned if cleaned and not cleaned[0].isdigit() else f"blob_{cleaned}"


def dense_to_numpy(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> np.ndarray:
    """The numpy array a constant attribute holds (splats are broadcast to the full shape), a
    copy the caller owns."""
    view = dense_view(attr)
    return view if view.flags.writeable else view.copy()


def dense_view(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> np.ndarray:
    """The array a constant attribute holds, read-only and without a copy where it can be (a
    view of the attribute's bytes); for reading, not writing (splats are broadcast)."""
    ttype = attr.get_type()
    if not isinstance(ttype, TensorType):
        raise ShapeError(f"constant must have a tensor type, got {ttype}")
    dtype = numpy_dtype(ttype.get_element_type())
    shape = tuple(int(d) for d in ttype.get_shape())
    raw = _raw_bytes(attr)
    flat = np.frombuffer(raw, dtype=dtype.newbyteorder("<"))
    flat.flags.writeable = False  # (even over a mutable buffer: the attribute's data)
    if flat.size == 1 and int(np.prod(shape)) != 1:
        return np.full(shape, flat[0], dtype=dtype)
    if flat.size != int(np.prod(shape)):
        raise ShapeError(f"constant holds {flat.size} elements but its type {ttype} needs {int(np.prod(shape))}")
    return flat.reshape(shape) if flat.dtype == dtype else flat.astype(dtype).reshape(shape)


def dense_elements(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> DenseIntOrFPElementsAttr:
    """``attr`` as a ``dense<...>`` attribute; a blob's bytes are shared, not copied."""
    if isinstance(attr, DenseIntOrFPElementsAttr):
        return attr
    ttype = attr.get_type()
    element = ttype.get_element_type() if isinstance(ttype, TensorType) else None
    raw = _raw_bytes(attr)
    if isinstance(ttype, TensorType) and element is not None and _bits(element) % 8 == 0 and (
        len(raw) * 8 == math.prod(ttype.get_shape()) * _bits(element)
    ):
        return DenseIntOrFPElementsAttr(ttype, BytesAttr(raw))
    return dense_from_numpy(dense_to_numpy(attr))  # (i1, a splat blob: numpy's layout)


def _bits(element: Attribute) -> int:
    return element.bitwidth if isinstance(element, FixedBitwidthType) else 0


def _raw_bytes(attr: DenseIntOrFPElementsAttr | DenseResourceAttr) -> bytes:
    if isinstance(attr, DenseIntOrFPElementsAttr):
        return attr.data.data
    data = _blobs().data(attr.resource_handle.data)
    if data is None:
        raise ShapeError(f"dense_resource blob '{attr.resource_handle.data}' is not defined in this file")
    return data
