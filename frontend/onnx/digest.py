"""A model's identity for the compile cache: a sha256 of what defines an ONNX model.

Cheap on purpose (a cache hit must not pay for parsing the model or importing ``onnx``): a path
or bytes are hashed as they are; only a file that stores tensors in external-data files is
parsed, to add those files' names, sizes and modification times (their contents are not
hashed: they may be gigabytes).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from ember.diagnostics import ImportError_

EXTERNAL_DATA_MARK = b"location"
"""Every external-data record names its file under this key, so a model without it has none."""


def model_digest(model: Any) -> str:
    """Hex sha256 of an ONNX model given as a path, bytes or ``ModelProto``."""
    if isinstance(model, bytes | bytearray):
        return hashlib.sha256(model).hexdigest()
    if isinstance(model, str | os.PathLike):
        return file_digest(Path(model))[0]
    import onnx

    if isinstance(model, onnx.ModelProto):
        return hashlib.sha256(model.SerializeToString(deterministic=True)).hexdigest()
    raise ImportError_(
        f"import_onnx expects a path, bytes or onnx.ModelProto, got {type(model).__name__}"
    )


def file_digest(path: Path) -> tuple[str, bool]:
    """(hex sha256 of the model file at ``path``, whether the file is the whole model: False
    when it may refer to external-data files, whose stamps are then part of the digest)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportError_(f"cannot read ONNX model '{path}': {error.strerror or error}") from error
    digest = hashlib.sha256(data)
    external = EXTERNAL_DATA_MARK in data
    if external:
        for stamp in _external_data_stamps(data, path.parent):
            digest.update(stamp.encode())
    return digest.hexdigest(), not external


def _external_data_stamps(data: bytes, base_dir: Path) -> list[str]:
    """``location:size:mtime`` of each external-data file the model refers to."""
    from onnx import external_data_helper

    from ember.frontend.onnx.load import _external_tensors, _parse

    stamps = []
    for tensor in _external_tensors(_parse(data, "the model")):
        location = external_data_helper.ExternalDataInfo(tensor).location
        try:
            stat = (base_dir / location).stat()
        except OSError:
            continue  # the import reports the missing file
        stamps.append(f"{location}:{stat.st_size}:{stat.st_mtime_ns}")
    return sorted(set(stamps))
