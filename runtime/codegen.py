"""LLVM stage -> LLVM IR -> optimised native code for a target (llvmlite 0.50 / LLVM 22).

:func:`translate_module` turns an llvm-dialect module into an llvmlite IR module, reusing
xDSL's per-op translation (``xdsl.backend.llvm``) for function bodies and handling globals itself:

- every ``llvm.mlir.global`` becomes a byte array ``[N x i8]`` aligned to 64 bytes (accesses
  go through GEPs on the element type, so the declared type only fixes the size);
- with ``bind_large_globals`` (the JIT's mode) an initializer of at least
  :data:`BIND_THRESHOLD` bytes is *not* spelled out: the global is an external declaration and
  its contents are returned as a numpy buffer for the engine to map (``add_global_mapping``), so
  compile time does not grow with the parameter count;
- smaller initializers (or all, for ``ember-translate``) are emitted as one byte string.

:func:`optimize` runs LLVM's O3 pipeline (new pass manager) with a target machine for the
module's :class:`~ember.target.Target` (triple, CPU name, features; the host by default), the same
triple, CPU and features the JIT then uses; :func:`emit_object` writes an object file for any
target LLVM has a backend for (cross-compilation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import llvmlite.binding as llvm_binding
import llvmlite.ir as ir
import numpy as np

from ember.diagnostics import EmberError, UnsupportedError
from ember.target import Target

if TYPE_CHECKING:  # translation imports xDSL when used: loading cached machine code needs none
    from xdsl.dialects import llvm
    from xdsl.dialects.builtin import ModuleOp

BIND_THRESHOLD = 1024
"""Initializers of at least this many bytes are bound as buffers rather than emitted as IR."""

GLOBAL_ALIGNMENT = 64


@dataclass
class Translation:
    """An llvmlite module plus the global buffers it expects to be mapped at run time."""

    module: ir.Module
    target: Target
    bound_globals: dict[str, np.ndarray] = field(default_factory=dict)
    constant_bytes: int = 0
    """Bytes of the initialised constant globals (weights and other constants), bound or not."""


@cache
def _initialize_targets() -> None:
    """Every backend llvmlite carries (x86, AArch64, ARM, RISC-V, WebAssembly, ...)."""
    llvm_binding.initialize_all_targets()
    llvm_binding.initialize_all_asmprinters()


def new_target_machine(target: Target, *, jit: bool = False) -> llvm_binding.TargetMachine:
    """A fresh O3 target machine for ``target``'s triple, CPU and features (an execution
    engine takes ownership of the one it is given, so each JIT gets its own)."""
    _initialize_targets()
    try:
        llvm_target = llvm_binding.Target.from_triple(target.triple)
    except RuntimeError as error:
        raise EmberError(f"target '{target.name}': LLVM has no backend for '{target.triple}'") from error
    return llvm_target.create_target_machine(
        cpu=target.cpu, features=target.features, opt=3, reloc="pic", jit=jit
    )


@cache
def target_machine(target: Target) -> llvm_binding.TargetMachine:
    """The shared target machine of ``target`` (for the optimiser, data layout, object files)."""
    return new_target_machine(target)


def global_bytes(op: llvm.GlobalOp) -> np.ndarray | None:
    """The initial contents of a global as raw bytes (None: zero-initialized)."""
    from xdsl.dialects.builtin import DenseIntOrFPElementsAttr, DenseResourceAttr

    value = op.value
    if value is None:
        return None
    if isinstance(value, DenseIntOrFPElementsAttr | DenseResourceAttr):
        from ember.dialects.graph.resources import dense_view

        array = np.ascontiguousarray(dense_view(value))  # (read-only: the JIT copies, aligned)
        return array.reshape(-1).view(np.uint8)
    raise UnsupportedError(f"global '@{op.sym_name.data}': unsupported initializer {value}")


def _abi_size(t: ir.Type, tm: llvm_binding.TargetMachine) -> int:
    return t.get_abi_size(tm.target_data)


def _convert_global(op: llvm.GlobalOp, result: Translation, bind_large: bool) -> None:
    from xdsl.backend.llvm import convert as xdsl_convert

    name = op.sym_name.data
    data = global_bytes(op)
    module, bound = result.module, result.bound_globals
    size = _abi_size(xdsl_convert.convert_type(op.global_type), target_machine(result.target))
    gvar = ir.GlobalVariable(module, ir.ArrayType(ir.IntType(8), size), name=name)
    gvar.align = GLOBAL_ALIGNMENT
    gvar.global_constant = op.constant is not None
    if data is not None and data.size != size:
        raise EmberError(f"global '@{name}': initializer has {data.size} bytes, its type {size}")
    if data is not None and gvar.global_constant:
        result.constant_bytes += size
    if bind_large and data is not None and size >= BIND_THRESHOLD:
        gvar.linkage = "external"
        bound[name] = data
        return
    gvar.linkage = "internal" if op.linkage.linkage.data in ("private", "internal") else "external"
    if data is None:
        gvar.initializer = ir.Constant(gvar.value_type, None)
    else:
        gvar.initializer = ir.Constant(gvar.value_type, bytearray(data.tobytes()))


def _function_attributes(op: llvm.FuncOp, function: ir.Function) -> None:
    """Linkage and ``noinline``, which xDSL's function declaration leaves out."""
    if op.body.blocks and op.linkage.linkage.data in ("private", "internal"):
        function.linkage = "internal"
    if "no_inline" in op.properties or "no_inline" in op.attributes:
        function.attributes.add("noinline")


def translate_module(module: ModuleOp, *, bind_large_globals: bool = False) -> Translation:
    """llvm-dialect ``module`` -> llvmlite IR for the module's target (see the module docstring
    for globals)."""
    from xdsl.backend.llvm import convert as xdsl_convert
    from xdsl.dialects import llvm
    from xdsl.utils.exceptions import LLVMTranslationException

    from ember.dialects.upstream import as_xdsl_classes
    from ember.target import target_of

    as_xdsl_classes(module)  # xDSL's translation dispatches on xDSL's exact op classes
    result = Translation(ir.Module(name="ember"), target_of(module))
    result.module.triple = result.target.triple
    result.module.data_layout = str(target_machine(result.target).target_data)
    functions: list[llvm.FuncOp] = []
    for op in module.ops:
        if isinstance(op, llvm.GlobalOp):
            _convert_global(op, result, bind_large_globals)
        elif isinstance(op, llvm.FuncOp):
            functions.append(op)
        else:
            raise UnsupportedError(
                f"translate: '{op.name}' is not in the llvm dialect; lower the module first "
                "(ember-opt -p lower-to-llvm)"
            )
    try:
        for fn in functions:
            xdsl_convert._declare_func(fn, result.module)
            _function_attributes(fn, result.module.get_global(fn.sym_name.data))
        for fn in functions:
            if fn.body.blocks:
                xdsl_convert._convert_func(fn, result.module)
    except (NotImplementedError, LLVMTranslationException, KeyError) as error:
        raise UnsupportedError(f"translate: cannot translate to LLVM IR: {error}") from error
    return result


def optimize(
    llvm_ir: str, target: Target, *, level: int = 3, loop_unrolling: bool = False
) -> llvm_binding.ModuleRef:
    """Parse and verify LLVM IR text, then run LLVM's O``level`` pipeline for ``target``.

    Loop unrolling (and the vectoriser's interleaving) is off by default: on the light models it
    made O3 plus code generation 4-5x slower (SqueezeNet 1.4 s -> 7.8 s) for code that ran 10 %
    slower; the lowering unrolls explicitly where it pays (register-blocked kernels).
    """
    tm = target_machine(target)
    try:
        parsed = llvm_binding.parse_assembly(llvm_ir)
        parsed.verify()
    except RuntimeError as error:
        raise EmberError(f"LLVM rejected the generated IR: {str(error).strip()}") from error
    parsed.triple = tm.triple
    parsed.data_layout = str(tm.target_data)
    if level > 0:
        tuning = llvm_binding.create_pipeline_tuning_options(speed_level=level)
        tuning.loop_unrolling = loop_unrolling
        tuning.loop_interleaving = loop_unrolling
        builder = llvm_binding.create_pass_builder(tm, tuning)
        builder.getModulePassManager().run(parsed, builder)
    return parsed


def emit_object(module: llvm_binding.ModuleRef, target: Target) -> bytes:
    """An optimised module as a relocatable object file for ``target`` (ELF, Wasm, ...)."""
    return target_machine(target).emit_object(module)


def emit_assembly(module: llvm_binding.ModuleRef, target: Target) -> str:
    """An optimised module as ``target``'s assembly text."""
    return target_machine(target).emit_assembly(module)
