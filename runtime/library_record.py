"""The metadata record every exported library carries, and the ABI version it states.

An exported model (``ember-compile``, ``Executable.export``) is a shared library or, for the
no-heap build, an object file. Its glue defines one constant byte array in a section of its own,
``.ember_meta``: this record as JSON. ``ember.load`` reads it straight from the file
(:mod:`ember.runtime.elf`) before loading anything, and refuses a library for another ABI
version, triple or CPU with one line saying which, instead of running code that would die with
SIGILL. The record holds:

- ``abi``: :data:`ABI_VERSION`, the version of the C interface (function names and arguments,
  error codes, arena contract); the header states the same number, ``<name>_check`` compares;
- the target record (triple, CPU, features, vector width, cores: the thread count baked in);
- the entry's inputs and outputs (name, shape, numpy dtype) and the memory plan;
- how the weights travel (``embedded`` in read-only data, or a side ``file``), their byte count
  and 64-bit checksum (what the C side checks), and the file's ``digest``: the sha256 of the whole
  library with the digest's own 64 characters set to ``0`` (what ``ember.load`` checks, so a
  damaged copy is refused). The digest is written into the linked file afterwards
  (:func:`seal`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ember.diagnostics import EmberError
from ember.runtime.executable import TensorSpec
from ember.runtime.memory import MemoryPlan
from ember.target import Target

ABI_VERSION = 1
SECTION = ".ember_meta"
DIGEST_KEY = b'"digest": "'
DIGEST_PLACEHOLDER = b"0" * 64
EMBEDDED, SIDE_FILE, STATIC = "embedded", "file", "static"
"""Where the weights are: read-only data of the library, a side file, or an object's data."""


@dataclass
class LibraryRecord:
    """The contents of ``.ember_meta`` (see the module docstring)."""

    name: str
    target: Target
    inputs: list[TensorSpec]
    outputs: list[TensorSpec]
    memory_plan: MemoryPlan | None
    weights: str = EMBEDDED
    weights_bytes: int = 0
    checksum: int = 0
    abi: int = ABI_VERSION
    ember: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> bytes:
        record = {
            "abi": self.abi,
            "ember": self.ember,
            "name": self.name,
            "target": self.target.to_dict(),
            "inputs": [_spec_record(s) for s in self.inputs],
            "outputs": [_spec_record(s) for s in self.outputs],
            "memory_plan": self.memory_plan.to_record() if self.memory_plan is not None else None,
            "weights": self.weights,
            "weights_bytes": self.weights_bytes,
            "weights_checksum": f"{self.checksum:016x}",
            **self.extra,
        }
        # the digest goes last, so its slot sits at a fixed place after every other field
        return json.dumps(record).encode()[:-1] + b", " + DIGEST_KEY + DIGEST_PLACEHOLDER + b'"}'

    @classmethod
    def from_json(cls, text: bytes, path: str) -> LibraryRecord:
        try:
            record = json.loads(text.rstrip(b"\0").decode())
            plan = record["memory_plan"]
            return cls(
                name=record["name"],
                target=Target(**record["target"]),
                inputs=[_spec(r) for r in record["inputs"]],
                outputs=[_spec(r) for r in record["outputs"]],
                memory_plan=MemoryPlan.from_record(plan) if plan is not None else None,
                weights=record["weights"],
                weights_bytes=int(record["weights_bytes"]),
                checksum=int(record["weights_checksum"], 16),
                abi=int(record["abi"]),
                ember=str(record["ember"]),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise EmberError(f"'{path}' is not a valid library: damaged metadata record ({error})") from error


def _spec_record(spec: TensorSpec) -> list[Any]:
    return [spec.name, list(spec.shape), spec.dtype_text]


def _spec(record: list[Any]) -> TensorSpec:
    name, shape, dtype = record
    return TensorSpec(str(name), tuple(int(d) for d in shape), np.dtype(dtype))


MASK64 = (1 << 64) - 1
MIX = 0x9E3779B97F4A7C15


def weights_checksum(blob: bytes | np.ndarray) -> int:
    """A Fletcher-style 64-bit checksum of the weights (length a multiple of 4): with ``w[i]`` the
    little-endian 32-bit words, ``(sum(w[i]) * MIX + sum((i + 1) * w[i])) mod 2**64``. The C glue
    computes the same over the weights in memory (``<name>_check``, ``<name>_set_weights``), so a
    damaged copy is caught; unlike a byte-serial hash it vectorises (numpy here)."""
    words = np.frombuffer(blob if isinstance(blob, bytes) else blob.tobytes(), dtype="<u4")
    plain, weighted = 0, 0
    step = 1 << 20
    for start in range(0, words.size, step):
        chunk = words[start : start + step].astype(np.uint64)
        index = np.arange(start + 1, start + 1 + chunk.size, dtype=np.uint64)
        plain += int(chunk.sum(dtype=np.uint64))
        weighted += int((chunk * index).sum(dtype=np.uint64))
    return ((plain & MASK64) * MIX + (weighted & MASK64)) & MASK64


def digest_slot(data: bytes | bytearray, meta_offset: int, meta: bytes, path: str) -> int:
    """File offset of the 64 digest characters inside the record at ``meta_offset``."""
    at = meta.rfind(DIGEST_KEY)
    if at < 0:
        raise EmberError(f"'{path}' is not a valid library: its metadata record has no digest")
    return meta_offset + at + len(DIGEST_KEY)


def file_digest(data: bytes | bytearray, slot: int) -> str:
    """sha256 of ``data`` with the 64 bytes at ``slot`` read as the placeholder."""
    digest = hashlib.sha256()
    view = memoryview(data)
    digest.update(view[:slot])
    digest.update(DIGEST_PLACEHOLDER)
    digest.update(view[slot + len(DIGEST_PLACEHOLDER) :])
    return digest.hexdigest()


def seal(path: str, meta_offset: int, meta: bytes) -> None:
    """Write the digest of the linked file at ``path`` into its record."""
    with open(path, "r+b") as handle:
        data = bytearray(handle.read())
        slot = digest_slot(data, meta_offset, meta, path)
        handle.seek(slot)
        handle.write(file_digest(data, slot).encode())
