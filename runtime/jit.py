"""In-process JIT: an optimised LLVM module becomes callable native code (MCJIT via llvmlite).

A :class:`JitModule` owns the execution engine (which owns the machine code) and the buffers
mapped into it as global variables (the model's weights), so the native function stays valid
exactly as long as the JitModule lives. Weight buffers are copied once into 64-byte aligned
storage, matching the alignment the code generator declares for globals.
"""

from __future__ import annotations

import ctypes
from collections.abc import Mapping

import llvmlite.binding as llvm_binding
import numpy as np

from ember.diagnostics import EmberError
from ember.runtime.codegen import GLOBAL_ALIGNMENT, new_target_machine
from ember.target import Target, host_target


def aligned_copy(data: np.ndarray, alignment: int = GLOBAL_ALIGNMENT) -> np.ndarray:
    """A copy of ``data``'s bytes in storage whose first byte is ``alignment``-aligned."""
    raw = np.ascontiguousarray(data).reshape(-1).view(np.uint8)
    storage = np.empty(raw.size + alignment, dtype=np.uint8)
    start = (-storage.ctypes.data) % alignment
    view = storage[start : start + raw.size]
    view[...] = raw
    return view


def check_runnable(target: Target) -> None:
    """An :class:`EmberError` unless code for ``target`` can execute in this process."""
    host = host_target()
    if not target.runs_on(host):
        raise EmberError(
            f"code for target '{target.name}' ({target.triple}, cpu {target.cpu}) cannot run on this "
            f"host ({host.cpu}, {host.vector_bits}-bit vectors); emit an object file instead "
            "(ember-translate --target ... --emit obj)"
        )


class JitModule:
    """Machine code for one LLVM module, with its global buffers mapped in."""

    def __init__(
        self, module: llvm_binding.ModuleRef, bound_globals: Mapping[str, np.ndarray], target: Target
    ) -> None:
        check_runnable(target)
        # the engine takes ownership of both the module and the target machine
        self._engine = llvm_binding.create_mcjit_compiler(module, new_target_machine(target, jit=True))
        self._module = module
        self._buffers: dict[str, np.ndarray] = {}
        for name, data in bound_globals.items():
            try:
                variable = module.get_global_variable(name)
            except NameError:  # the optimiser deleted a global nothing reads
                continue
            buffer = aligned_copy(data)
            self._buffers[name] = buffer
            self._engine.add_global_mapping(variable, buffer.ctypes.data)
        self._engine.finalize_object()
        self._engine.run_static_constructors()

    def function(
        self, name: str, argument_types: list[type], result_type: type | None = None
    ) -> ctypes._CFuncPtr:
        """The native function ``name`` as a ctypes callable (valid while this JitModule lives)."""
        address = self._engine.get_function_address(name)
        if not address:
            raise EmberError(f"the compiled module has no function '{name}'")
        prototype = ctypes.CFUNCTYPE(result_type, *argument_types)
        return prototype(address)

    @property
    def bound_bytes(self) -> int:
        """Bytes of global buffers (weights) this module owns."""
        return sum(b.size for b in self._buffers.values())
