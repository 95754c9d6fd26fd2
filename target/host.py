"""Detect the host as a :class:`~ember.target.description.Target` (the default target).

The CPU name and features come from LLVM (llvmlite), the vector width and register count
follow from the features, cache sizes from Linux's sysfs (``/sys/devices/system/cpu/cpu0/cache``)
with the preset of the same CPU, or a generic guess, as fallback, and the core count is the
number of CPUs this process may run on.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from ember.target.description import KiB, MiB, Target
from ember.target.presets import PRESETS

_CACHE_DIR = Path("/sys/devices/system/cpu/cpu0/cache")


def vector_shape(arch: str, features: set[str]) -> tuple[int, int]:
    """(f32 vector bits, vector registers) for an architecture and its enabled features."""
    if arch.startswith("x86"):
        if "avx512f" in features:
            return 512, 32
        if "avx" in features:
            return 256, 16
        return 128, 16
    if arch in ("aarch64", "arm64"):
        return 128, 32
    if arch.startswith("riscv"):
        return (128, 32) if "v" in features else (0, 32)
    return 0, 16


def _parse_size(text: str) -> int:
    text = text.strip().upper()
    scale = {"K": KiB, "M": MiB, "G": 1024 * MiB}.get(text[-1:], 1)
    return int(text.rstrip("KMG")) * scale


def sysfs_caches(root: Path = _CACHE_DIR) -> dict[str, int]:
    """``{"l1d": bytes, "l2": bytes, "l3": bytes}`` for the levels sysfs describes."""
    found: dict[str, int] = {}
    for index in sorted(root.glob("index*")):
        try:
            level = (index / "level").read_text().strip()
            kind = (index / "type").read_text().strip()
            size = _parse_size((index / "size").read_text())
        except (OSError, ValueError):
            continue
        if kind in ("Data", "Unified"):
            found.setdefault({"1": "l1d", "2": "l2", "3": "l3"}.get(level, f"l{level}"), size)
    return {k: v for k, v in found.items() if k in ("l1d", "l2", "l3")}


def process_cores() -> int:
    """The number of CPUs this process may run on (its affinity mask; all CPUs elsewhere)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@cache
def host_target() -> Target:
    """The machine this process runs on."""
    import llvmlite.binding as llvm

    cpu = llvm.get_host_cpu_name()
    flat = llvm.get_host_cpu_features().flatten()
    enabled = {f[1:] for f in flat.split(",") if f.startswith("+")}
    triple = llvm.get_process_triple()
    bits, registers = vector_shape(triple.split("-", 1)[0], enabled)
    base = PRESETS.get(cpu)
    caches = {"l1d": 32 * KiB, "l2": 512 * KiB, "l3": 0}
    if base is not None:
        caches = {"l1d": base.l1d, "l2": base.l2, "l3": base.l3}
    caches.update(sysfs_caches())
    fma = "fma" in enabled or not triple.startswith("x86")
    return Target("host", triple, cpu, flat, bits, registers, fma, cores=process_cores(), **caches)
