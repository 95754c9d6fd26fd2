"""Which CPU features code for a target needs, and how a program tests for them at run time.

A library compiled for a target executes instructions of the target's CPU and features; run on a
CPU without them it dies with SIGILL. Two checks prevent that (``docs/deploy.md``):

- ``ember.load`` compares :func:`required_features` of the library's target with the host's
  features (LLVM's names, from :func:`ember.target.host_target`) before loading the library;
- the library's C glue tests the features it can detect (:func:`feature_tests`: GCC's
  ``__builtin_cpu_supports`` on x86, the kernel's ``AT_HWCAP`` bits on AArch64 and RISC-V)
  before its entry runs and returns an error code instead.

A preset names a CPU whose features LLVM implies (``x86-64-v3`` means AVX2 + FMA + ...):
:data:`IMPLIED` lists those that matter for the generated code, per CPU name.
"""

from __future__ import annotations

from ember.target.description import Target

_V2 = ("sse4.1", "sse4.2", "popcnt")
_V3 = (*_V2, "avx", "avx2", "fma", "bmi", "bmi2", "f16c", "movbe")
_V4 = (*_V3, "avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl")

_V4_VNNI = (*_V4, "avx512vnni")

IMPLIED: dict[str, tuple[str, ...]] = {
    "x86-64-v2": _V2,
    **dict.fromkeys(("x86-64-v3", "haswell", "broadwell", "skylake", "znver1", "znver2", "znver3"), _V3),
    **dict.fromkeys(("alderlake", "raptorlake", "meteorlake", "arrowlake"), (*_V3, "avxvnni")),
    **dict.fromkeys(("x86-64-v4", "skylake-avx512"), _V4),
    **dict.fromkeys(("cascadelake", "icelake-server", "icelake-client", "tigerlake"), _V4_VNNI),
    **dict.fromkeys(("sapphirerapids", "znver4", "znver5"), (*_V4_VNNI, "avx512bf16")),
}
"""Features a CPU name implies (the ones ember's code may use), beyond the explicit string."""

X86_DETECTABLE = frozenset({*_V4, "avx512vnni", "avx512bf16"})
"""LLVM feature names that are also names of GCC's ``__builtin_cpu_supports``."""

HWCAP_BITS: dict[str, dict[str, str]] = {
    "aarch64": {"neon": "1UL << 1"},  # HWCAP_ASIMD
    "riscv64": {"v": "1UL << ('V' - 'A')"},  # the single-letter extensions are bits 0-25
}
"""``AT_HWCAP`` bits (Linux's auxiliary vector) by architecture and LLVM feature name."""


def required_features(target: Target) -> set[str]:
    """The features code for ``target`` may use: its feature string plus what its CPU implies."""
    return target.enabled_features() | set(IMPLIED.get(target.cpu, ()))


def feature_tests(target: Target) -> tuple[list[str], list[tuple[str, str]]]:
    """(C headers to include, [(feature, C expression true when the CPU has it)]) for the
    features of ``target`` that a Linux program can detect; empty on other systems."""
    needed = sorted(required_features(target))
    if target.arch == "x86_64":
        return [], [(f, f'__builtin_cpu_supports("{f}")') for f in needed if f in X86_DETECTABLE]
    bits = HWCAP_BITS.get(target.arch, {})
    tests = [(f, f"(getauxval(AT_HWCAP) & ({bits[f]}))") for f in needed if f in bits]
    return (["sys/auxv.h"] if tests else []), tests


def missing_features(target: Target, machine: Target) -> list[str]:
    """Features code for ``target`` needs that ``machine`` lacks (LLVM's names)."""
    have = machine.enabled_features() | set(IMPLIED.get(machine.cpu, ()))
    return sorted(required_features(target) - have)
