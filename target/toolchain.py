"""The outside tools that link and run code for a target: C compiler driver, sysroot, emulator.

ember generates machine code itself (LLVM through llvmlite) but links with the system's
toolchain (``docs/deploy.md`` explains the choice): the host's ``cc``, and for other
architectures Debian's cross GCC, whose driver knows where the cross C library, libm and
libgomp are. :func:`toolchain_for` looks a target's triple up in :data:`TOOLCHAINS` (the host
triple always maps to ``cc``); :func:`require` finds a tool on ``PATH`` or raises a one-line
:class:`~ember.diagnostics.EmberError` naming the Debian package to install.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from ember.diagnostics import EmberError
from ember.target.description import Target


@dataclass(frozen=True)
class Toolchain:
    """How to link for (and run programs of) one triple."""

    cc: str
    """C compiler driver that compiles the glue and links (``-shared``)."""
    package: str
    """Debian package that provides ``cc`` (with the target's C library)."""
    sysroot: str = ""
    """Root of the target's C library (``qemu-* -L``); empty for the host."""
    emulator: str = ""
    """qemu-user binary that runs the target's Linux programs here (empty: none needed/known)."""
    emulator_cpu: str = ""
    """``qemu -cpu`` value with the target's features (empty: qemu's default CPU has them)."""
    hosted: bool = True
    """A Linux target with a C library (shared libraries); False: bare metal (objects only)."""
    openmp: bool = True
    """Whether the toolchain has libgomp (the runtime of parallel loops)."""


HOST = Toolchain("cc", "gcc")

TOOLCHAINS: dict[str, Toolchain] = {
    "aarch64-unknown-linux-gnu": Toolchain(
        "aarch64-linux-gnu-gcc", "gcc-aarch64-linux-gnu", "/usr/aarch64-linux-gnu", "qemu-aarch64"
    ),
    "riscv64-unknown-linux-gnu": Toolchain(
        "riscv64-linux-gnu-gcc", "gcc-riscv64-linux-gnu", "/usr/riscv64-linux-gnu", "qemu-riscv64",
        "rv64,v=true,vlen=128",  # qemu's default RISC-V CPU has no vector unit
    ),
    "thumbv7-unknown-linux-gnueabihf": Toolchain(
        "arm-linux-gnueabihf-gcc", "gcc-arm-linux-gnueabihf", "/usr/arm-linux-gnueabihf", "qemu-arm"
    ),
    "thumbv7em-unknown-none-eabihf": Toolchain("arm-none-eabi-gcc", "gcc-arm-none-eabi", hosted=False, openmp=False),
    "x86_64-unknown-linux-gnu": Toolchain(
        "x86_64-linux-gnu-gcc", "gcc-x86-64-linux-gnu", "/usr/x86_64-linux-gnu", "qemu-x86_64"
    ),
}
"""Toolchains by LLVM triple (for a triple that is not the host's)."""

EMULATOR_PACKAGE = "qemu-user"


def host_triple() -> str:
    import llvmlite.binding as llvm

    return llvm.get_process_triple()


def toolchain_for(target: Target) -> Toolchain:
    """The toolchain that links code for ``target`` (the host's ``cc`` for the host's triple)."""
    if target.triple == host_triple():
        return HOST
    found = TOOLCHAINS.get(target.triple)
    if found is None:
        known = ", ".join(sorted(TOOLCHAINS))
        raise EmberError(f"no linker known for target '{target.name}' ({target.triple}); known triples: {known}")
    return found


def require(tool: str, package: str) -> str:
    """The path of ``tool``, or an EmberError saying which Debian package provides it."""
    path = shutil.which(tool)
    if path is None:
        raise EmberError(f"'{tool}' not found; install it (Debian: apt-get install {package})")
    return path


def emulator_command(toolchain: Toolchain) -> list[str]:
    """The command prefix that runs one of the target's Linux programs on this machine (empty
    for the host); qemu-user with the cross C library as its sysroot."""
    if not toolchain.emulator:
        return []
    command = [require(toolchain.emulator, EMULATOR_PACKAGE), "-L", toolchain.sysroot]
    return command + (["-cpu", toolchain.emulator_cpu] if toolchain.emulator_cpu else [])
