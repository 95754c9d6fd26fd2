"""Named targets: the presets ``--target NAME`` and ``ember.compile(target=NAME)`` accept.

Each preset is a complete :class:`~ember.target.description.Target`; ``host`` is not here (it
is detected, :mod:`ember.target.host`). Cache sizes are per core (L3 per package) of a typical
part; a user who knows better overrides them (``{"name": "znver3", "l2": 1048576}``).
To add a target, add one entry below (see ``docs/targets.md``).
"""

from __future__ import annotations

from ember.target.description import KiB, MiB, Target

_X86 = "x86_64-unknown-linux-gnu"

PRESETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("x86-64-v2", _X86, "x86-64-v2", "", 128, 16, False, 32 * KiB, 512 * KiB, 16 * MiB),
        Target("x86-64-v3", _X86, "x86-64-v3", "", 256, 16, True, 32 * KiB, 512 * KiB, 16 * MiB),
        Target("x86-64-v4", _X86, "x86-64-v4", "", 512, 32, True, 32 * KiB, 1 * MiB, 32 * MiB),
        Target("znver3", _X86, "znver3", "", 256, 16, True, 32 * KiB, 512 * KiB, 32 * MiB),
        Target("znver4", _X86, "znver4", "", 512, 32, True, 32 * KiB, 1 * MiB, 32 * MiB),
        Target("skylake-avx512", _X86, "skylake-avx512", "", 512, 32, True, 32 * KiB, 1 * MiB, 16 * MiB),
        Target("aarch64-linux-gnu", "aarch64-unknown-linux-gnu", "generic", "+neon,+fp-armv8", 128, 32, True,
               64 * KiB, 1 * MiB, 0),  # fmt: skip
        # RVV: fixed-length vectors need a known minimum VLEN; +v implies Zvl128b.
        Target("riscv64-linux-gnu", "riscv64-unknown-linux-gnu", "generic-rv64", "+m,+a,+f,+d,+c,+v", 128, 32,
               True, 32 * KiB, 512 * KiB, 0),  # fmt: skip
        # Cortex-M4F/M7: single-precision FPU with fused MAC (-fp64: no double-precision unit), no
        # float SIMD, no data cache to speak of. The triple is spelled out (vendor "unknown"): LLVM
        # reads "thumbv7em-none-eabihf" as OS "eabihf" and then emits the soft-float ABI's objects.
        Target("thumbv7em-none-eabihf", "thumbv7em-unknown-none-eabihf", "cortex-m7", "+vfp4d16sp,-fp64,+thumb-mode", 0,
               32, True, 16 * KiB, 0, 0),  # fmt: skip
        # ARMv7-A Linux in Thumb-2 with VFPv4 and no NEON: the code of the Cortex-M preset for a
        # Linux process (the no-heap build's test runs it under qemu-arm).
        Target("armv7-linux-gnueabihf", "thumbv7-unknown-linux-gnueabihf", "cortex-a7", "+vfp4,-neon,+thumb-mode",
               0, 32, True, 32 * KiB, 256 * KiB, 0),  # fmt: skip
        Target("wasm32", "wasm32-unknown-unknown", "generic", "+simd128", 128, 16, False, 32 * KiB, 512 * KiB, 0),
    )
}
