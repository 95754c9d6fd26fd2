"""Link a compiled model into a shared library with the target's own C toolchain.

Inputs: the object file LLVM generated (its large constants are undefined symbols, as in the
JIT), the weights those symbols name, and the C glue (:mod:`ember.runtime.library_glue`). In a
temporary directory the linker gets

- ``model.o``, the object file as it is (the JIT's own machine code for ``Executable.export``);
- ``weights.S``: one read-only section holding every weight, 64-byte aligned, each under its
  symbol, filled with ``.incbin`` from ``weights.bin`` (so a 100 MB model never passes through
  LLVM IR or C source). With a side file (``--weights-file``) the section is zero-initialised
  and writable, and ``P_set_weights`` copies the file's bytes into it;
- ``glue.c`` and a version script that exports ``P_*`` only;

and runs ``cc -shared -fPIC -O2 glue.c model.o weights.S -Wl,-soname,P.so
-Wl,--version-script=... -lm``, plus
``-lgomp`` when the code forks parallel loops. ``cc`` is the host's compiler or the target's
cross GCC (:mod:`ember.target.toolchain`); a missing one is a one-line error naming its Debian
package, a failing link one line of the linker's message.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from ember.diagnostics import EmberError
from ember.target.toolchain import Toolchain, require

ALIGNMENT = 64
OPENMP_SYMBOLS = (b"GOMP_parallel", b"omp_get_thread_num")


def weights_blob(weights: Mapping[str, np.ndarray]) -> tuple[bytes, dict[str, int]]:
    """Every weight's bytes, each at a multiple of 64 (zeros between), and their offsets; the
    blob's length is a multiple of 64 too (what lies between ``P_weights_begin`` and ``_end``)."""
    parts: list[bytes] = []
    offsets: dict[str, int] = {}
    size = 0
    for name, data in weights.items():
        raw = np.ascontiguousarray(data).reshape(-1).view(np.uint8).tobytes()
        offsets[name] = size
        padding = -len(raw) % ALIGNMENT
        parts += [raw, b"\0" * padding]
        size += len(raw) + padding
    return b"".join(parts), offsets


def _symbol(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def weights_assembly(
    weights: Mapping[str, np.ndarray], offsets: Mapping[str, int], begin: str, end: str, *, embedded: bool
) -> str:
    """GNU assembler source defining ``begin``, every weight symbol and ``end`` (see above)."""
    section = '.section .rodata.ember_weights,"a"' if embedded else '.section .bss.ember_weights,"aw",%nobits'
    lines = ['.section .note.GNU-stack,"",%progbits', section, ".p2align 6"]
    for label in (begin,):
        lines += [f".globl {label}", f".hidden {label}", f"{label}:"]
    for name, data in weights.items():
        symbol, size = _symbol(name), data.nbytes
        body = f'.incbin "weights.bin", {offsets[name]}, {size}' if embedded else f".zero {size}"
        lines += [".p2align 6", f".globl {symbol}", f".hidden {symbol}", f".type {symbol}, %object",
                  f".size {symbol}, {size}", f"{symbol}:", body]  # fmt: skip
    lines += [".p2align 6", f".globl {end}", f".hidden {end}", f"{end}:", ""]
    return "\n".join(lines)


def uses_openmp(object_code: bytes) -> bool:
    return any(symbol in object_code for symbol in OPENMP_SYMBOLS)


def link_shared_library(
    toolchain: Toolchain,
    output: Path,
    object_code: bytes,
    glue: str,
    assembly: str,
    blob: bytes,
    exported_prefix: str,
) -> None:
    """Write the pieces to a temporary directory and link ``output`` (see the module docstring)."""
    cc = require(toolchain.cc, toolchain.package)
    with tempfile.TemporaryDirectory(prefix="ember-link-") as scratch:
        work = Path(scratch)
        (work / "model.o").write_bytes(object_code)
        (work / "glue.c").write_text(glue)
        (work / "weights.S").write_text(assembly)
        (work / "weights.bin").write_bytes(blob)
        (work / "exports.map").write_text(f"{{ global: {exported_prefix}_*; local: *; }};\n")
        command = [cc, "-shared", "-fPIC", "-O2", "-o", str(output.resolve()), "glue.c", "model.o", "weights.S",
                   f"-Wl,-soname,{output.name}", "-Wl,--version-script=exports.map", "-Wl,-z,noexecstack",
                   "-lm"]  # fmt: skip
        if uses_openmp(object_code):
            if not toolchain.openmp:
                raise EmberError(f"'{toolchain.cc}' has no OpenMP runtime; build with threads=1")
            command.append("-lgomp")
        run_tool(command, work)


def run_tool(command: list[str], cwd: Path) -> None:
    """Run a toolchain command; a failure is one line: the tool and its first error line."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if "error" in line.lower()] or result.stderr.splitlines()
        first = lines[0].strip() if lines else f"exit status {result.returncode}"
        raise EmberError(f"{Path(command[0]).name} failed: {first}")
