"""In-process JIT: an optimised LLVM module becomes callable native code (MCJIT via llvmlite).

A :class:`JitModule` owns the execution engine (which owns the machine code) and the buffers
mapped into it as global variables (the model's weights), so the native function stays valid
exactly as long as the JitModule lives. Weight buffers are copied once into 64-byte aligned
storage, matching the alignment the code generator declares for globals.

Code with parallel loops calls the OpenMP runtime (``GOMP_parallel``, see
``convert-scf-parallel-to-openmp``); the JIT then loads GCC's ``libgomp`` into the process
(once) so the engine resolves those symbols. Modules without parallel loops never load it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Mapping
from functools import cache

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


OPENMP_LIBRARY = "libgomp.so.1"
"""GCC's OpenMP runtime (the soname on Linux; other systems are found through ``ctypes.util``)."""

OPENMP_SYMBOLS = ("GOMP_parallel", "omp_get_thread_num", "omp_get_num_threads")

OPENMP_DEFAULTS = {"OMP_WAIT_POLICY": "passive"}
"""Runtime settings applied when ember loads libgomp, unless the user set a wait policy
(``OMP_WAIT_POLICY`` or ``GOMP_SPINCOUNT``): idle threads sleep instead of spinning. On a
shared 2-core machine under load, spinning made ResNet-50 at 2 threads 10x slower than at 1;
with passive waiting it stayed at the 1-thread time (docs/parallel.md)."""
"""Functions whose presence in a module means it needs the OpenMP runtime."""


def uses_openmp(module: llvm_binding.ModuleRef) -> bool:
    """Whether ``module`` declares or calls an OpenMP runtime function."""
    names = {f.name for f in module.functions}
    return any(symbol in names for symbol in OPENMP_SYMBOLS)


@cache
def load_openmp_runtime() -> str:
    """Load libgomp into the process (once) so JIT code can call it; its path or soname.
    A missing library is a one-line :class:`EmberError`."""
    if not {"OMP_WAIT_POLICY", "GOMP_SPINCOUNT"} & set(os.environ):
        os.environ.update(OPENMP_DEFAULTS)  # read by libgomp when it is loaded
    candidates = [OPENMP_LIBRARY, ctypes.util.find_library("gomp")]
    errors = []
    for name in [c for c in candidates if c]:
        try:
            llvm_binding.load_library_permanently(name)
            return name
        except RuntimeError as error:
            errors.append(str(error).strip())
    raise EmberError(
        f"the compiled code runs parallel loops on the OpenMP runtime, but {OPENMP_LIBRARY} could not "
        f"be loaded ({'; '.join(errors) or 'not found'}); install GCC's libgomp or compile with threads=1"
    )


class JitModule:
    """Machine code for one LLVM module, with its global buffers mapped in."""

    def __init__(
        self, module: llvm_binding.ModuleRef, bound_globals: Mapping[str, np.ndarray], target: Target
    ) -> None:
        check_runnable(target)
        self.runtime_libraries: tuple[str, ...] = (load_openmp_runtime(),) if uses_openmp(module) else ()
        """Shared libraries loaded for this module's code (the OpenMP runtime, or none)."""
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
