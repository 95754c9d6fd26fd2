"""The no-heap build: a model as one relocatable object with a static arena (microcontrollers).

Input: the translated module of a memory-planned, single-threaded compile whose weights are
spelled out as constant initializers (``translate_module`` without bound globals). Added to it,
in LLVM IR, before LLVM optimises it for the target:

- ``P_arena``: ``[arena_bytes x i8]``, 64-byte aligned, zero-initialised (``.bss``): every
  intermediate of the model, at the offsets ``plan-memory`` computed;
- ``int P_run(in..., out..., void *arena)``: the entry with the caller's arena, or the static
  one for NULL; ``int P_run_v(inputs[], outputs[], arena)``; ``int P_abi_version(void)``;
- the metadata record in section ``.ember_meta`` (so ``ember.load`` can say what the file is).

The entry itself becomes internal. The object is then checked (:func:`check_no_heap`): it may
refer to nothing but ``memcpy``/``memset`` (and their ARM EABI aliases) and, if the model needs
them, libm functions the header lists; ``malloc``/``free``/``aligned_alloc`` (an unplanned
buffer) or the OpenMP runtime are errors.
"""

from __future__ import annotations

import llvmlite.ir as ir

from ember.diagnostics import EmberError
from ember.runtime.codegen import Translation, emit_object, optimize
from ember.runtime.elf import read_elf, undefined_symbols
from ember.runtime.library_record import ABI_VERSION, SECTION, LibraryRecord

MEMORY_FUNCTIONS = frozenset({
    "memcpy", "memset", "memmove", "__aeabi_memcpy", "__aeabi_memcpy4", "__aeabi_memcpy8", "__aeabi_memset",
    "__aeabi_memset4", "__aeabi_memset8", "__aeabi_memclr", "__aeabi_memclr4", "__aeabi_memclr8",
    "__aeabi_memmove", "__aeabi_memmove4", "__aeabi_memmove8",
})  # fmt: skip
"""What a no-heap object may call besides libm: the memory functions the application provides."""

FORBIDDEN = frozenset({"malloc", "free", "aligned_alloc", "calloc", "realloc", "posix_memalign",
                       "GOMP_parallel", "omp_get_thread_num", "omp_get_num_threads"})  # fmt: skip


def add_static_interface(module: ir.Module, record: LibraryRecord, entry: str) -> None:
    """Add the static arena, ``P_run``, ``P_run_v``, ``P_abi_version`` and the record to
    ``module`` (see the module docstring); the entry becomes internal."""
    function = module.get_global(entry)
    if not isinstance(function, ir.Function):
        raise EmberError(f"no-heap build: the module has no entry function '{entry}'")
    function.linkage = "internal"
    p = record.name
    arena_bytes = record.memory_plan.arena_bytes if record.memory_plan is not None else 0
    i8, i32 = ir.IntType(8), ir.IntType(32)
    arena = ir.GlobalVariable(module, ir.ArrayType(i8, max(arena_bytes, 1)), name=f"{p}_arena")
    arena.linkage, arena.align = "internal", 64
    arena.initializer = ir.Constant(arena.value_type, None)
    count = len(record.inputs) + len(record.outputs)
    run = _run_function(module, p, function, arena, count, record.memory_plan is not None)
    _run_vector_function(module, p, run, len(record.inputs), len(record.outputs))
    version = ir.Function(module, ir.FunctionType(i32, []), name=f"{p}_abi_version")
    ir.IRBuilder(version.append_basic_block()).ret(ir.Constant(i32, ABI_VERSION))
    text = record.to_json() + b"\0"
    meta = ir.GlobalVariable(module, ir.ArrayType(i8, len(text)), name=f"{p}_meta")
    meta.global_constant, meta.section, meta.linkage = True, SECTION, "internal"
    meta.initializer = ir.Constant(meta.value_type, bytearray(text))
    _keep(module, meta)


def _keep(module: ir.Module, value: ir.GlobalVariable) -> None:
    """Mark ``value`` used (``@llvm.used``), so the optimiser keeps the unreferenced record."""
    used_type = ir.ArrayType(ir.PointerType(), 1)
    used = ir.GlobalVariable(module, used_type, name="llvm.used")
    used.linkage, used.section = "appending", "llvm.metadata"
    used.initializer = ir.Constant(used_type, [value])


def _run_function(
    module: ir.Module, p: str, entry: ir.Function, arena: ir.GlobalVariable, count: int, has_arena: bool
) -> ir.Function:
    i32, ptr = ir.IntType(32), ir.PointerType()
    run = ir.Function(module, ir.FunctionType(i32, [ptr] * (count + 1)), name=f"{p}_run")
    builder = ir.IRBuilder(run.append_basic_block())
    given = run.args[-1]
    is_null = builder.icmp_unsigned("==", given, ir.Constant(ptr, None))
    chosen = builder.select(is_null, builder.bitcast(arena, ptr), given)
    builder.call(entry, [*run.args[:count], *([chosen] if has_arena else [])])
    builder.ret(ir.Constant(i32, 0))
    return run


def _run_vector_function(module: ir.Module, p: str, run: ir.Function, inputs: int, outputs: int) -> None:
    i32, i64, ptr = ir.IntType(32), ir.IntType(64), ir.PointerType()
    function = ir.Function(module, ir.FunctionType(i32, [ptr, ptr, ptr]), name=f"{p}_run_v")
    builder = ir.IRBuilder(function.append_basic_block())
    array_in, array_out, arena = function.args

    def load(array: ir.Argument, index: int) -> ir.Value:
        return builder.load(builder.gep(array, [ir.Constant(i64, index)], source_etype=ptr), typ=ptr)

    pointers = [load(array_in, i) for i in range(inputs)] + [load(array_out, i) for i in range(outputs)]
    builder.ret(builder.call(run, [*pointers, arena]))


def check_no_heap(undefined: list[str]) -> list[str]:
    """The libm (or other) functions the application must provide beyond memcpy/memset; an
    EmberError if the object calls the heap or the OpenMP runtime."""
    forbidden = sorted(set(undefined) & FORBIDDEN)
    if forbidden:
        raise EmberError(
            f"no-heap build: the code calls {', '.join(forbidden)}; every buffer must be in the arena "
            "and the code single-threaded (threads=1)"
        )
    return sorted(set(undefined) - MEMORY_FUNCTIONS)


def build_static_object(translation: Translation, record: LibraryRecord, entry: str) -> tuple[bytes, list[str]]:
    """The no-heap object of a translated module (weights inline) and the functions beyond
    memcpy/memset it needs (see :func:`check_no_heap`)."""
    add_static_interface(translation.module, record, entry)
    optimized = optimize(str(translation.module), translation.target)
    code = emit_object(optimized, translation.target)
    return code, check_no_heap(undefined_symbols(code, read_elf(code, "<no-heap object>")))
