"""The on-disk compile cache: a compiled model's machine code, weights and signature, by key.

One entry is one file, ``<dir>/<key>.ember``::

    magic (8 bytes) | header length (8, little-endian) | sha256 of the header (32)
    | header (JSON: entry, input/output specs, target, compile times, memory plan, object and
      weight extents)
    | object code (an object file for the target, 64-byte aligned)
    | each bound global (weights), 64-byte aligned

The key is an opaque digest chosen by the caller (``ember.driver`` hashes the model and every
compile option); :func:`cache_key` adds what the machine code also depends on: the format
version, a hash of ember's own source files (any code change invalidates every entry), and the
xDSL, llvmlite and LLVM versions.

Loading checks the magic, the header's hash, the file's size against the header and the object
code's hash, so a truncated or corrupt entry is a miss (the file is removed and the caller
rebuilds it); weights are mapped copy-on-write straight from the file (no copy, no hashing), so a
hit costs about the same for a small or a large model. Writes go to a temporary file in the
cache directory and are renamed into place (``os.replace``), so two processes writing the same
entry each write a whole file and a reader sees one or the other. After a write, entries are
evicted least recently used first (a hit touches the file's mtime) until the directory is under
the size limit.

Configuration (environment): ``EMBER_CACHE_DIR`` (default ``$XDG_CACHE_HOME/ember`` or
``~/.cache/ember``), ``EMBER_CACHE_SIZE`` (bytes, or with a K/M/G suffix; default 2G).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import struct
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from ember.atomic_file import TEMPORARY_SUFFIX, replacing
from ember.diagnostics import EmberError
from ember.runtime.executable import TensorSpec
from ember.target import Target

FORMAT_VERSION = 2
MAGIC = b"EMBERC\x00\x01"
PREAMBLE = struct.Struct("<8sQ32s")  # magic, header length, sha256 of the header
ALIGNMENT = 64
SUFFIX = ".ember"
DEFAULT_SIZE_LIMIT = 2 * 1024**3
STALE_TEMP_SECONDS = 3600.0
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


@dataclass
class CacheEntry:
    """What a compile leaves for the next one: enough to build an Executable without LLVM IR."""

    entry: str
    inputs: list[TensorSpec]
    outputs: list[TensorSpec]
    target: Target
    object_code: bytes
    globals: dict[str, np.ndarray] = field(default_factory=dict)
    compile_times: dict[str, float] = field(default_factory=dict)
    memory_plan: list[int] | None = None
    """``MemoryPlan.to_record()`` of the code (arena bytes, intermediate bytes, buffers), or None."""


# ---- configuration and keys ------------------------------------------------------------------


def default_cache_dir() -> Path:
    """``EMBER_CACHE_DIR``, else ``$XDG_CACHE_HOME/ember``, else ``~/.cache/ember``."""
    explicit = os.environ.get("EMBER_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ember"


def parse_size(text: str) -> int:
    """``2G``, ``500M``, ``1048576`` -> bytes; anything else is an :class:`EmberError`."""
    cleaned = text.strip().upper().removesuffix("IB").removesuffix("B")
    number, unit = (cleaned[:-1], cleaned[-1]) if cleaned[-1:] in _UNITS else (cleaned, "")
    try:
        value = float(number)
    except ValueError:
        raise EmberError(f"EMBER_CACHE_SIZE '{text}': expected bytes, e.g. 2G, 500M or 1048576") from None
    if value < 0:
        raise EmberError(f"EMBER_CACHE_SIZE '{text}' is negative")
    return int(value * _UNITS[unit])


def default_size_limit() -> int:
    """``EMBER_CACHE_SIZE`` in bytes (default 2 GiB)."""
    text = os.environ.get("EMBER_CACHE_SIZE")
    return parse_size(text) if text else DEFAULT_SIZE_LIMIT


PACKAGE_ROOT = Path(__file__).resolve().parents[1]
NOT_PACKAGE = ("tests", "filecheck", "benchmarks", "scripts", "examples", "docs", "build")


@cache
def source_digest() -> str:
    """sha256 over ember's own Python sources (path and contents), so any change to the compiler
    invalidates every cache entry."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        relative = path.relative_to(PACKAGE_ROOT)
        if relative.parts[0] in NOT_PACKAGE or relative.parts[0].startswith("."):
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def environment() -> dict[str, Any]:
    """Everything besides the model and the options that the machine code depends on."""
    import llvmlite
    import llvmlite.binding as llvm_binding
    from xdsl import __version__ as xdsl_version

    return {
        "format": FORMAT_VERSION,
        "ember-source": source_digest(),
        "xdsl": str(xdsl_version),
        "llvmlite": llvmlite.__version__,
        "llvm": list(llvm_binding.llvm_version_info),
        "python": list(sys.version_info[:2]),
    }


def cache_key(parts: Mapping[str, Any]) -> str:
    """The hex digest naming an entry: ``parts`` (JSON-able; the model's digest, the options)
    plus :func:`environment`."""
    text = json.dumps({"parts": parts, "environment": environment()}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


# ---- the store -------------------------------------------------------------------------------


class CorruptEntry(Exception):
    """An entry file that cannot be trusted (internal: it becomes a miss)."""


def _padding(offset: int) -> int:
    return -offset % ALIGNMENT




def _layout(entry: CacheEntry, start: int) -> tuple[list[int], list[list[Any]], int]:
    """(object extent, global extents, total size) when the payload starts at ``start``."""
    offset = start + _padding(start)
    extent = [offset, len(entry.object_code)]
    offset += len(entry.object_code)
    globals_ = []
    for name, data in entry.globals.items():
        offset += _padding(offset)
        globals_.append([name, offset, int(data.nbytes)])
        offset += int(data.nbytes)
    return extent, globals_, offset


def _header(entry: CacheEntry) -> bytes:
    """The header JSON; its own length fixes the payload offsets, so iterate to a fixed point."""
    length = 0
    while True:
        extent, globals_, total = _layout(entry, PREAMBLE.size + length)
        record = {
            "format": FORMAT_VERSION,
            "entry": entry.entry,
            "inputs": [s.to_record() for s in entry.inputs],
            "outputs": [s.to_record() for s in entry.outputs],
            "target": entry.target.to_dict(),
            "compile_times": entry.compile_times,
            "memory_plan": entry.memory_plan,
            "object": [*extent, hashlib.sha256(entry.object_code).hexdigest()],
            "globals": globals_,
            "size": total,
        }
        text = json.dumps(record, sort_keys=True).encode()
        if len(text) == length:
            return text
        length = len(text)


class CompileCache:
    """A directory of entries with a size limit (see the module docstring)."""

    def __init__(self, directory: Path | str | None = None, size_limit: int | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.size_limit = default_size_limit() if size_limit is None else size_limit

    def path(self, key: str) -> Path:
        return self.directory / f"{key}{SUFFIX}"

    def entries(self) -> list[Path]:
        """The entry files, least recently used first."""
        if not self.directory.is_dir():
            return []
        stats = []
        for path in self.directory.glob(f"*{SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                stats.append((path.stat().st_mtime_ns, path))
        return [p for _, p in sorted(stats)]

    def size(self) -> int:
        """Bytes the entries take."""
        total = 0
        for path in self.entries():
            with contextlib.suppress(FileNotFoundError):
                total += path.stat().st_size
        return total

    def clear(self) -> int:
        """Remove every entry, and the model-file digests remembered beside them
        (:mod:`ember.runtime.digest_memo`); the number of entries removed."""
        from ember.runtime.digest_memo import forget_all

        removed = 0
        for path in self.entries():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
        forget_all(self.directory)
        return removed

    # -- reading --

    def load(self, key: str) -> CacheEntry | None:
        """The entry stored under ``key``; None when there is none or it is unusable (a corrupt
        or truncated file is deleted, so the next compile writes a good one)."""
        path = self.path(key)
        try:
            with open(path, "rb") as handle:
                entry = _read_entry(handle)
        except FileNotFoundError:
            return None
        except (CorruptEntry, OSError, ValueError, KeyError, TypeError, IndexError):
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # most recently used
        return entry

    # -- writing --

    def store(self, key: str, entry: CacheEntry) -> bool:
        """Write ``entry`` atomically under ``key``, then evict down to the size limit. A cache
        that cannot be written (read-only directory, full disk) is not an error: False."""
        header = _header(entry)
        if json.loads(header)["size"] > self.size_limit:
            return False
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._write(key, entry, header)
        except OSError:
            return False
        self.evict()
        return True

    def _write(self, key: str, entry: CacheEntry, header: bytes) -> None:
        with replacing(self.path(key)) as handle:
            _write_entry(handle, entry, header)

    def evict(self) -> None:
        """Delete least recently used entries until the total is within the size limit, and
        temporary files that writers left behind (older than an hour)."""
        self._remove_stale_temporaries()
        sized = []
        for path in self.entries():
            with contextlib.suppress(FileNotFoundError):
                sized.append((path, path.stat().st_size))
        total = sum(size for _, size in sized)
        for path, size in sized:
            if total <= self.size_limit:
                break
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            total -= size

    def _remove_stale_temporaries(self) -> None:
        cutoff = time.time() - STALE_TEMP_SECONDS
        for path in self.directory.glob(f".*{TEMPORARY_SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def _write_entry(handle: BinaryIO, entry: CacheEntry, header: bytes) -> None:
    handle.write(PREAMBLE.pack(MAGIC, len(header), hashlib.sha256(header).digest()))
    handle.write(header)
    record = json.loads(header)
    chunks = [(record["object"][0], entry.object_code)]
    chunks += [(offset, entry.globals[name]) for name, offset, _ in record["globals"]]
    for offset, data in chunks:
        handle.write(b"\0" * (offset - handle.tell()))
        handle.write(memoryview(np.ascontiguousarray(data)).cast("B"))


def _read_entry(handle: BinaryIO) -> CacheEntry:
    preamble = handle.read(PREAMBLE.size)
    if len(preamble) != PREAMBLE.size:
        raise CorruptEntry("short preamble")
    magic, length, digest = PREAMBLE.unpack(preamble)
    if magic != MAGIC or length > os.fstat(handle.fileno()).st_size:
        raise CorruptEntry("not an entry")
    header = handle.read(length)
    if len(header) != length or hashlib.sha256(header).digest() != digest:
        raise CorruptEntry("bad header")
    record = json.loads(header)
    if record["format"] != FORMAT_VERSION or os.fstat(handle.fileno()).st_size != record["size"]:
        raise CorruptEntry("wrong format or size")
    offset, size, object_digest = record["object"]
    handle.seek(offset)
    object_code = handle.read(size)
    if hashlib.sha256(object_code).hexdigest() != object_digest:
        raise CorruptEntry("object code does not match its hash")
    return CacheEntry(
        entry=record["entry"],
        inputs=[TensorSpec.from_record(r) for r in record["inputs"]],
        outputs=[TensorSpec.from_record(r) for r in record["outputs"]],
        target=Target(**record["target"]),
        object_code=object_code,
        globals=_map_globals(handle, record["globals"]),
        compile_times={str(k): float(v) for k, v in record["compile_times"].items()},
        memory_plan=None if record["memory_plan"] is None else [int(v) for v in record["memory_plan"]],
    )


def _map_globals(handle: BinaryIO, extents: list[list[Any]]) -> dict[str, np.ndarray]:
    """The weights as views of a private (copy-on-write) mapping of the file."""
    if not extents:
        return {}
    mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY)
    return {
        str(name): np.frombuffer(mapping, dtype=np.uint8, count=size, offset=offset)
        for name, offset, size in extents
    }
