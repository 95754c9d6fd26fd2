"""Export a compiled model as a shared library (or no-heap object) plus C header, and load one.

The runtime side of ``ember-compile``, ``Executable.export`` and ``ember.load``
(``docs/deploy.md``). A :class:`CompiledModel` is what both exporters start from: an object
file for the target (the JIT's own for ``export``, so the library runs the same machine code),
its bound weights, the entry's signature and the memory plan.

- :func:`export_library`: glue + weights + object -> ``P.so`` through the target's C toolchain
  (:mod:`ember.runtime.linker`), the record sealed with the file's digest, and ``P.h``
  (:mod:`ember.runtime.library_header`); with ``weights_file`` the weights go to ``P.weights``.
- :func:`write_static_object`: the no-heap object (built by the driver with
  :mod:`ember.runtime.static_object`) and its header.
- :func:`load_library`: the checks of :func:`read_library` (ELF, record, digest, ABI version,
  architecture and CPU features: nothing is executed before they pass), then ``dlopen`` and an
  :class:`~ember.runtime.executable.Executable` over the library's ``P_run``, whose error code
  becomes a :class:`~ember.diagnostics.RuntimeCallError`.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from ember.diagnostics import EmberError, RuntimeCallError
from ember.runtime.elf import ET_DYN, ET_REL, read_elf, section_bytes, section_sizes
from ember.runtime.executable import CompileTimes, Executable, TensorSpec
from ember.runtime.library_glue import ERRORS, GlueSpec, glue_source
from ember.runtime.library_header import header_source
from ember.runtime.library_record import (
    ABI_VERSION,
    DIGEST_PLACEHOLDER,
    EMBEDDED,
    SECTION,
    SIDE_FILE,
    STATIC,
    LibraryRecord,
    digest_slot,
    file_digest,
    seal,
    weights_checksum,
)
from ember.runtime.library_sizes import library_symbols
from ember.runtime.linker import link_shared_library, uses_openmp, weights_assembly, weights_blob
from ember.runtime.memory import MemoryPlan
from ember.target import Target, host_target
from ember.target.cpu_features import missing_features
from ember.target.toolchain import toolchain_for


@dataclass
class CompiledModel:
    """An object file for ``target`` with what it needs to become a library."""

    object_code: bytes
    bound_globals: Mapping[str, np.ndarray]
    target: Target
    entry: str
    inputs: list[TensorSpec]
    outputs: list[TensorSpec]
    memory_plan: MemoryPlan | None


@dataclass
class ExportReport:
    """What an export wrote and how large it is (``ember-compile`` prints it)."""

    library: Path
    header: Path
    record: LibraryRecord
    sections: dict[str, int]
    weights_file: Path | None = None
    needs: list[str] = field(default_factory=list)
    """Functions the application must provide (no-heap build), besides memcpy/memset."""
    peak_live_bytes: int | None = None

    def lines(self) -> list[str]:
        plan = self.record.memory_plan
        arena = plan.arena_bytes if plan is not None else 0
        rows = [
            f"wrote {self.library} and {self.header}" + (f" and {self.weights_file}" if self.weights_file else ""),
            f"target: {self.record.target.triple}, cpu {self.record.target.cpu}, threads {self.record.target.cores}",
            f"code bytes: {self.sections['code']}",
            f"weight bytes: {self.record.weights_bytes}",
            f"read-only data bytes (weights and constants): {self.sections['rodata']}",
            f"arena bytes: {arena}" + (" (static, in .bss)" if self.record.weights == STATIC else ""),
        ]
        if self.peak_live_bytes is not None:
            rows.append(f"largest sum of simultaneously live intermediates: {self.peak_live_bytes} bytes")
        if self.needs:
            rows.append(f"the application must also provide: {', '.join(self.needs)}")
        return rows


def library_name(path: str | Path) -> str:
    """The C prefix of a library's symbols: its file name's stem as an identifier."""
    stem = Path(path).name.split(".", 1)[0]
    name = re.sub(r"\W", "_", stem, flags=re.ASCII) or "model"
    return f"m_{name}" if name[0].isdigit() else name


def ember_version() -> str:
    try:
        return metadata.version("ember")
    except metadata.PackageNotFoundError:
        return "unknown"


def _runtime_libraries(openmp: bool) -> str:
    return "libc libm libgomp" if openmp else "libc libm"


def export_library(model: CompiledModel, path: str | Path, *, name: str | None = None, weights_file: bool = False) -> ExportReport:
    """Link ``model`` into the shared library ``path`` and write its header beside it."""
    output = Path(path)
    toolchain = toolchain_for(model.target)
    if not toolchain.hosted:
        raise EmberError(f"target '{model.target.name}' has no operating system to load libraries: build it with --no-heap")
    prefix = name or library_name(output)
    blob, offsets = weights_blob(model.bound_globals)
    record = LibraryRecord(
        prefix, model.target, model.inputs, model.outputs, model.memory_plan, SIDE_FILE if weights_file else EMBEDDED,
        len(blob), weights_checksum(blob), ember=ember_version(),
    )  # fmt: skip
    begin, end = f"{prefix}_weights_begin", f"{prefix}_weights_end"
    glue = glue_source(record, GlueSpec(model.entry, model.memory_plan is not None, begin, end))
    assembly = weights_assembly(model.bound_globals, offsets, begin, end, embedded=not weights_file)
    link_shared_library(toolchain, output, model.object_code, glue, assembly, b"" if weights_file else blob, prefix)
    data = output.read_bytes()
    info = read_elf(data, str(output))
    seal(str(output), info.sections[SECTION].offset, section_bytes(data, info, SECTION) or b"")
    header = output.with_name(f"{prefix}.h")
    openmp = uses_openmp(model.object_code)
    header.write_text(header_source(record, threads=model.target.cores, runtime_libraries=_runtime_libraries(openmp)))
    side = None
    if weights_file:
        side = output.with_suffix(".weights")
        side.write_bytes(blob)
    return ExportReport(output, header, record, section_sizes(info), side)


def write_static_object(
    object_code: bytes, record: LibraryRecord, path: str | Path, needs: list[str], peak_live_bytes: int | None
) -> ExportReport:
    """Write the no-heap object and its header (``record.weights`` is ``static``)."""
    output = Path(path)
    output.write_bytes(object_code)
    header = output.with_name(f"{record.name}.h")
    text = header_source(record, threads=1, runtime_libraries="memcpy memset" + "".join(f" {n}" for n in needs))
    header.write_text(text)
    info = read_elf(object_code, str(output))
    return ExportReport(output, header, record, section_sizes(info), None, needs, peak_live_bytes)


# ---- loading --------------------------------------------------------------------------------


def read_library(path: str | Path) -> LibraryRecord:
    """The record of the library at ``path``, after every check that needs no loading: an
    EmberError (one line) for a damaged or truncated file, another ABI version, a no-heap
    object, another architecture or a CPU lacking the library's features."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise EmberError(f"cannot read '{where}': {error.strerror or error}") from error
    info = read_elf(data, where)
    meta = section_bytes(data, info, SECTION)
    if meta is None:
        raise EmberError(f"'{where}' is not a library exported by ember (it has no {SECTION} section)")
    slot = digest_slot(data, info.sections[SECTION].offset, meta, where)
    stored = data[slot : slot + len(DIGEST_PLACEHOLDER)].decode("latin-1")
    if info.file_type == ET_DYN and stored != file_digest(data, slot):
        raise EmberError(f"'{where}' is damaged: its contents do not match the digest recorded when it was built")
    record = LibraryRecord.from_json(meta, where)
    if record.abi != ABI_VERSION:
        raise EmberError(f"'{where}' has ABI version {record.abi}; this ember loads version {ABI_VERSION}: rebuild it")
    if info.file_type == ET_REL or record.weights == STATIC:
        raise EmberError(f"'{where}' is a no-heap object file: link it into a program (ember.load loads shared libraries)")
    if info.file_type != ET_DYN:
        raise EmberError(f"'{where}' is not a shared library")
    check_target(record.target, where)
    return record


def check_target(target: Target, where: str) -> None:
    """An EmberError unless this machine can run code built for ``target``."""
    host = host_target()
    if target.arch != host.arch:
        raise EmberError(
            f"'{where}' was built for {target.triple} (cpu {target.cpu}); this machine is {host.triple}: "
            f"run it there, or rebuild with --target host"
        )
    missing = missing_features(target, host)
    if missing or target.vector_bits > host.vector_bits:
        lacking = ", ".join(missing) or f"{target.vector_bits}-bit vectors"
        raise EmberError(
            f"'{where}' was built for cpu {target.cpu} ({target.triple}); this CPU ({host.cpu}) lacks {lacking}: "
            "rebuild it with --target host"
        )


class LoadedLibrary:
    """A dlopen'ed library: ``function`` gives its ``P_run`` as a callable raising on errors."""

    def __init__(self, path: Path, record: LibraryRecord, weights: Path | None) -> None:
        if record.target.cores > 1:
            from ember.runtime.jit import load_openmp_runtime

            load_openmp_runtime()  # with ember's wait policy, before the library pulls libgomp in
        self.record = record
        self._library = ctypes.CDLL(str(path.resolve()), mode=ctypes.RTLD_LOCAL)
        prefix = record.name
        if record.weights == SIDE_FILE:
            self._set_weights(weights or path.with_suffix(".weights"))
        status = getattr(self._library, f"{prefix}_check")(ABI_VERSION)
        if status:
            raise EmberError(f"'{path}': {error_message(status)}")
        self._run = getattr(self._library, f"{prefix}_run")
        self._run.restype = ctypes.c_int

    def _set_weights(self, weights: Path) -> None:
        try:
            blob = np.fromfile(weights, dtype=np.uint8)
        except OSError as error:
            raise EmberError(f"cannot read the weights file '{weights}': {error.strerror or error}") from error
        setter = getattr(self._library, f"{self.record.name}_set_weights")
        status = setter(blob.ctypes.data_as(ctypes.c_void_p), ctypes.c_size_t(blob.size))
        if status:
            raise EmberError(f"weights file '{weights}': {error_message(status)}")

    takes_symbols = True
    """``P_run`` takes the values of the run-time sizes' symbols, not the entry's size arguments."""

    def function(self, name: str, argument_types: list[type]) -> Callable[..., None]:
        """``P_run`` taking the Executable's arguments (the arena last, when it has one)."""
        symbols = len(library_symbols(self.record.inputs, self.record.outputs))
        expected = [ctypes.c_void_p] * (len(self.record.inputs) + len(self.record.outputs))
        expected += [ctypes.c_int64] * symbols + [ctypes.c_void_p]
        self._run.argtypes = expected
        run = self._run
        missing_arena = len(expected) - len(argument_types)

        def call(*pointers: Any) -> None:
            status = run(*pointers, *([None] * missing_arena))
            if status:
                raise RuntimeCallError(f"{name}: {error_message(status)}")

        return call


def error_message(status: int) -> str:
    return ERRORS[status][1] if 0 <= status < len(ERRORS) else f"error code {status}"


def load_library(path: str | Path, weights: str | Path | None = None) -> Executable:
    """An Executable over the shared library at ``path`` (see the module docstring)."""
    import time

    start = time.perf_counter()
    library = Path(path)
    record = read_library(library)
    loaded = LoadedLibrary(library, record, Path(weights) if weights is not None else None)
    times = CompileTimes()
    times.add("load-library", time.perf_counter() - start)
    return Executable(loaded, f"{record.name}_run", record.inputs, record.outputs, times, record.memory_plan)
