"""In-process JIT: an optimised LLVM module becomes callable native code (MCJIT via llvmlite).

A :class:`JitModule` owns the execution engine (which owns the machine code) and the buffers
mapped into it as global variables (the model's weights), so the native function stays valid
exactly as long as the JitModule lives. Weight buffers are copied once into 64-byte aligned
storage (unless already aligned), matching the alignment the code generator declares for globals.

A JitModule is built either from an optimised LLVM module (MCJIT generates the machine code;
with ``keep_object`` the object file it generated is kept in :attr:`JitModule.object_code`) or,
with :meth:`JitModule.from_object`, from such an object file (the compile cache's path: no
LLVM IR, no code generation; only loading and linking).

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
from ember.runtime.codegen import GLOBAL_ALIGNMENT, new_target_machine, target_machine
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
"""Functions whose presence in a module means it needs the OpenMP runtime."""

OPENMP_DEFAULTS = {"GOMP_SPINCOUNT": "30000"}
"""Runtime settings applied when ember loads libgomp, unless the user set a wait policy
(``OMP_WAIT_POLICY`` or ``GOMP_SPINCOUNT``): an idle thread spins briefly (30 000 polls, tens of
microseconds), long enough to catch the next kernel's fork, then sleeps. libgomp's own default
spins for much longer, which made ResNet-50 at 2 threads 10x slower than at 1 on a loaded
2-core machine; sleeping at once (``OMP_WAIT_POLICY=passive``, the earlier default) paid a wake-up
per fork, which left ShuffleNet slower at 2 threads than at 1 (12.5 against 11.1 ms on the
``znver1`` host; 7.6 ms with this spin count, onnxruntime 6.8). See docs/parallel.md."""


_PINNED: list[ctypes.CDLL] = []
"""The OpenMP runtime, opened once more with ``RTLD_NODELETE`` and never released. LLVM closes the
libraries it loaded "permanently" when its globals are destroyed at process exit; unmapping
libgomp then pulled the code from under its worker threads, which crashed the process at exit
(SIGSEGV) whenever they were still spinning (``OMP_WAIT_POLICY=active``,
``GOMP_SPINCOUNT=infinite``, or an exit right after a parallel call)."""


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
            _PINNED.append(ctypes.CDLL(name, mode=os.RTLD_GLOBAL | os.RTLD_NODELETE))
            return name
        except RuntimeError as error:
            errors.append(str(error).strip())
    raise EmberError(
        f"the compiled code runs parallel loops on the OpenMP runtime, but {OPENMP_LIBRARY} could not "
        f"be loaded ({'; '.join(errors) or 'not found'}); install GCC's libgomp or compile with threads=1"
    )


class JitModule:
    """Machine code for one LLVM module, with its global buffers mapped in."""

    object_code: bytes | None
    """The object file the machine code came from (``keep_object`` or ``from_object``)."""

    def __init__(
        self,
        module: llvm_binding.ModuleRef,
        bound_globals: Mapping[str, np.ndarray],
        target: Target,
        *,
        keep_object: bool = False,
    ) -> None:
        check_runnable(target)
        self.target = target
        self.object_code = None
        self.runtime_libraries: tuple[str, ...] = (load_openmp_runtime(),) if uses_openmp(module) else ()
        """Shared libraries loaded for this module's code (the OpenMP runtime, or none)."""
        # the engine takes ownership of both the module and the target machine
        self._engine = llvm_binding.create_mcjit_compiler(module, new_target_machine(target, jit=True))
        if keep_object:
            self._engine.set_object_cache(self._keep_object)
        self._module = module
        self._map_globals(module, bound_globals)
        self._engine.finalize_object()
        if self.object_code is not None:
            check_resolvable(self.object_code, bound_globals)
        self._engine.run_static_constructors()

    @classmethod
    def from_object(
        cls, object_code: bytes, bound_globals: Mapping[str, np.ndarray], target: Target
    ) -> JitModule:
        """Load an object file that :attr:`object_code` held for ``target``; ``bound_globals``
        are the buffers its external globals resolve to (by name), used in place when aligned
        (the code may write them: give private buffers)."""
        check_runnable(target)
        jit = cls.__new__(cls)
        jit.target = target
        jit.object_code = object_code
        needs_openmp = any(symbol.encode() in object_code for symbol in OPENMP_SYMBOLS)
        jit.runtime_libraries = (load_openmp_runtime(),) if needs_openmp else ()
        declarations = _declarations_module(bound_globals, target)
        jit._engine = llvm_binding.create_mcjit_compiler(
            declarations, new_target_machine(target, jit=True)
        )
        jit._module = declarations
        jit._map_globals(declarations, bound_globals, copy=False)
        check_resolvable(object_code, bound_globals)
        jit._engine.add_object_file(llvm_binding.ObjectFileRef.from_data(object_code))
        jit._engine.finalize_object()
        return jit

    def _keep_object(self, module: llvm_binding.ModuleRef, buffer: bytes) -> None:
        self.object_code = buffer

    def _map_globals(
        self, module: llvm_binding.ModuleRef, bound_globals: Mapping[str, np.ndarray], *, copy: bool = True
    ) -> None:
        """Map each global to its buffer: a private aligned copy, or (``copy=False``, buffers the
        caller gives away, e.g. a copy-on-write file mapping) the buffer itself when aligned."""
        self._buffers: dict[str, np.ndarray] = {}
        for name, data in bound_globals.items():
            try:
                variable = module.get_global_variable(name)
            except NameError:  # the optimiser deleted a global nothing reads
                continue
            usable = data.dtype == np.uint8 and data.flags.c_contiguous and data.flags.writeable
            aligned = usable and data.ctypes.data % GLOBAL_ALIGNMENT == 0
            buffer = data if aligned and not copy else aligned_copy(data)
            self._buffers[name] = buffer
            self._engine.add_global_mapping(variable, buffer.ctypes.data)

    def function(
        self, name: str, argument_types: list[type], result_type: type | None = None
    ) -> ctypes._CFuncPtr:
        """The native function ``name`` as a ctypes callable (valid while this JitModule lives)."""
        address = self._engine.get_function_address(name)
        if not address:
            raise EmberError(f"the compiled module has no function '{name}'")
        prototype = ctypes.CFUNCTYPE(result_type, *argument_types)
        return prototype(address)

    def global_address(self, name: str) -> int:
        """The address of the global variable ``name`` in the loaded machine code."""
        address = self._engine.get_global_value_address(name)
        if not address:
            raise EmberError(f"the compiled module has no global '{name}'")
        return address

    @property
    def bound_bytes(self) -> int:
        """Bytes of global buffers (weights) this module owns."""
        return sum(b.size for b in self._buffers.values())

    @property
    def bound_globals(self) -> dict[str, np.ndarray]:
        """The global buffers mapped into the machine code, by symbol (each 64-byte aligned)."""
        return dict(self._buffers)


LINKER_SYMBOLS = frozenset({"_GLOBAL_OFFSET_TABLE_"})
"""Undefined symbols the JIT's linker (RuntimeDyld) provides itself."""


def check_resolvable(object_code: bytes, bound_globals: Mapping[str, np.ndarray]) -> None:
    """An :class:`EmberError` naming the symbols the machine code calls that neither the mapped
    globals nor this process provide (MCJIT would leave them at address 0: a crash on the call,
    e.g. a run-time library routine the code generator chose for a conversion)."""
    from ember.runtime.elf import read_elf, undefined_symbols

    missing = [
        name for name in undefined_symbols(object_code, read_elf(object_code, "<jit object>"))
        if name not in bound_globals and name not in LINKER_SYMBOLS and not llvm_binding.address_of_symbol(name)
    ]  # fmt: skip
    if missing:
        raise EmberError(
            f"the compiled code needs {', '.join(missing)}, which this process does not provide "
            "(a run-time library routine: load the library that defines it, or avoid the operation)"
        )


def _declarations_module(bound_globals: Mapping[str, np.ndarray], target: Target) -> llvm_binding.ModuleRef:
    """An LLVM module that only declares the external globals an object file refers to, so the
    engine can map them to buffers by name."""
    lines = [f'target triple = "{target.triple}"']
    lines.append(f'target datalayout = "{target_machine(target).target_data}"')
    for name, data in bound_globals.items():
        symbol = name.replace("\\", "\\5C").replace('"', "\\22")
        lines.append(f'@"{symbol}" = external global [{data.nbytes} x i8], align {GLOBAL_ALIGNMENT}')
    return llvm_binding.parse_assembly("\n".join(lines) + "\n")
