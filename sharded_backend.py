"""The back half of a compile on several cores: the functions of a module lowered, translated
and optimised in parallel worker processes, then linked into one LLVM module.

Driver level (ARCHITECTURE §2: it composes lowering passes and code generation, like
:mod:`ember.driver`, which calls it). After ``scf-outline-loop-nests`` and
``convert-scf-parallel-to-openmp`` a model is an entry function calling one function per
distinct loop nest; from there on (``convert-scf-to-cf``, ``convert-to-llvm``,
``reconcile-unrealized-casts``, translation to LLVM IR and LLVM's O3) every function is handled
on its own, and that is most of a cold compile (SqueezeNet: 7 of 11 CPU seconds). So the
functions are split into ``jobs`` shards of about equal size (their op counts); the process
forks ``jobs - 1`` workers (``os.fork``: each starts with the module in memory, nothing is
serialised on the way in), and every process, the parent included, keeps the bodies of its
shard only (the other functions become declarations), runs the remaining passes, translates
and optimises, and the workers send back LLVM bitcode. The parent links the modules into its
own and restores the internal linkage of the functions that were private, so the machine code
generator sees the same module a serial compile would have produced, up to the order of its
functions and inlining across shards, which the outlined nests do not allow anyway
(``no_inline``).

The globals: large initialisers are bound at run time (external declarations in every shard,
mapped by the parent's translation); small private constants are duplicated into each shard
that reads them (internal copies, renamed by the linker); OpenMP region bodies likewise go with
every shard whose functions take their address. A module with other globals (public or mutable
small globals) or with a profiling hook is compiled serially, as are small modules.

``EMBER_COMPILE_JOBS`` sets the number of processes (1: serial); the default is the number of
cores this process may run on that other work does not keep busy (:func:`idle_cores`), at most
:data:`MAX_JOBS`. Measured in ``docs/compile-speed.md``.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import llvmlite.binding as llvm_binding
from xdsl.dialects import func, llvm, memref
from xdsl.dialects.builtin import ModuleOp, StringAttr, SymbolRefAttr
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from ember.diagnostics import EmberError
from ember.runtime.codegen import Translation, optimize, translate_module
from ember.runtime.executable import CompileTimes

MAX_JOBS = 4
MIN_OPS = 1000
"""Modules with fewer ops at the split point (loop stage, kernels outlined: SqueezeNet has 2 200,
ResNet-50 about 4 000) compile serially (a fork costs ~10-50 ms)."""
MIN_SHARD_OPS = 300
"""Fewer shards than ``jobs`` when the shards would get smaller than this."""
JOBS_VARIABLE = "EMBER_COMPILE_JOBS"


def compile_jobs() -> int:
    """Processes for the back half: ``EMBER_COMPILE_JOBS`` or the cores this process may use."""
    text = os.environ.get(JOBS_VARIABLE, "").strip()
    if text:
        if not text.isdigit() or int(text) < 1:
            raise EmberError(f"{JOBS_VARIABLE} must be a positive integer, not '{text}'")
        return int(text)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(MAX_JOBS, cores, idle_cores(cores)))


def idle_cores(cores: int) -> int:
    """Cores not busy with other work, by the 1-minute load average (which counts this
    compiling process as one): like ``make -l``, a compile on a machine other jobs keep busy
    forks no workers that would only compete with them (measured: no gain at load 3-4 on 2 cores)."""
    try:
        load = os.getloadavg()[0]
    except OSError:  # no load average on this system: assume idle
        return cores
    return int(cores - max(0.0, load - 1.0) + 0.5)


@dataclass
class ShardedResult:
    """The linked, optimised module and the parent's translation (bound globals, target)."""

    module: llvm_binding.ModuleRef
    translation: Translation


# ---- planning ----------------------------------------------------------------------------------


def _defined_functions(module: ModuleOp) -> list[func.FuncOp]:
    return [op for op in module.ops if isinstance(op, func.FuncOp) and op.body.blocks]


def _size(op: Operation) -> int:
    return sum(1 for _ in op.walk())


def shardable(module: ModuleOp) -> bool:
    """Whether the module's globals allow shards (see the module docstring)."""
    from ember.runtime.codegen import BIND_THRESHOLD

    for op in module.ops:
        if isinstance(op, memref.GlobalOp):
            small = _global_bytes(op) < BIND_THRESHOLD
            public = op.sym_visibility is None or op.sym_visibility.data == "public"
            if small and (public or op.constant is None):
                return False
        elif isinstance(op, llvm.GlobalOp):
            return False
    return True


def _global_bytes(op: memref.GlobalOp) -> int:
    from ember.lowering.to_llvm.type_converter import memref_num_elements

    element = op.type.element_type
    width = getattr(element, "bitwidth", None) or getattr(getattr(element, "width", None), "data", 8)
    return max(1, memref_num_elements(op.type)) * max(1, width // 8)


def plan_shards(module: ModuleOp, jobs: int, entry: str) -> list[set[str]]:
    """Function names per shard, shard 0 (the parent's) holding ``entry``, greedy by size; one
    shard (compile serially) for ``jobs`` = 1, a small module or globals that forbid shards."""
    functions = _defined_functions(module)
    if jobs < 2 or not shardable(module) or _size(module) < MIN_OPS:
        return [{f.sym_name.data for f in functions}]
    return balanced_shards({f.sym_name.data: _size(f) for f in functions}, jobs, entry)


def balanced_shards(sizes: dict[str, int], jobs: int, entry: str) -> list[set[str]]:
    """Names (with their op counts) in at most ``jobs`` shards of about equal total size, none
    below :data:`MIN_SHARD_OPS`; ``entry`` in shard 0."""
    sizes = dict(sizes)
    count = max(1, min(jobs, sum(sizes.values()) // MIN_SHARD_OPS))
    shards: list[set[str]] = [set() for _ in range(count)]
    loads = [0] * count
    if entry in sizes:
        shards[0].add(entry)
        loads[0] += sizes.pop(entry)
    for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
        lightest = loads.index(min(loads))
        shards[lightest].add(name)
        loads[lightest] += size
    return [s for s in shards if s] if count > 1 else shards


# ---- one shard ---------------------------------------------------------------------------------


def _referenced_symbols(ops: Sequence[Operation]) -> set[str]:
    names: set[str] = set()
    for root in ops:
        for op in root.walk():
            for attr in (*op.properties.values(), *op.attributes.values()):
                if isinstance(attr, SymbolRefAttr):
                    names.add(attr.root_reference.data)
    return names


def keep_shard(module: ModuleOp, shard: set[str], *, keep_globals: bool) -> None:
    """Reduce ``module`` to the bodies of ``shard``: other functions become declarations; the
    OpenMP bodies (and, unless ``keep_globals``, the globals) no kept function refers to go."""
    kept = []
    for fn in _defined_functions(module):
        if fn.sym_name.data in shard:
            kept.append(fn)
            continue
        for block in list(fn.body.blocks):
            fn.body.detach_block(block)
        fn.sym_visibility = StringAttr("private")
    used = _referenced_symbols(kept)
    for op in list(module.ops):
        removable = isinstance(op, llvm.FuncOp) and op.body.blocks
        removable = removable or (isinstance(op, memref.GlobalOp) and not keep_globals)
        if removable and op.sym_name.data not in used:  # type: ignore[attr-defined]
            module.body.block.erase_op(op, safe_erase=False)


def lower_shard(module: ModuleOp, passes: Sequence[ModulePass]) -> tuple[Translation, llvm_binding.ModuleRef]:
    """The remaining passes, translation and O3 for one shard."""
    from ember.context import make_context

    ctx = make_context()
    for p in passes:
        p.apply(ctx, module)
    translation = translate_module(module, bind_large_globals=True)
    return translation, optimize(str(translation.module), translation.target)


# ---- the processes -----------------------------------------------------------------------------


def _worker(module: ModuleOp, shard: set[str], passes: Sequence[ModulePass], out: int) -> None:
    """In the forked child: lower its shard, write ``("ok", bitcode)`` or ``("error", exc)``."""
    try:
        keep_shard(module, shard, keep_globals=False)
        _, optimized = lower_shard(module, passes)
        message = pickle.dumps(("ok", optimized.as_bitcode()))
    except BaseException as error:  # noqa: BLE001 - everything goes back to the parent
        try:
            message = pickle.dumps(("error", error))
        except Exception:  # noqa: BLE001 - an unpicklable exception: its text
            message = pickle.dumps(("error", EmberError(f"{type(error).__name__}: {error}")))
    with os.fdopen(out, "wb") as stream:
        stream.write(message)


def _fork(work: Callable[[int], None]) -> tuple[int, int]:
    """Run ``work(write_fd)`` in a forked child; (pid, read_fd)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into the caller's code
        status = 1
        try:
            os.close(read)
            work(write)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _collect(pid: int, read: int) -> bytes | BaseException:
    """A worker's bitcode, or the exception it raised (or one saying it died)."""
    with os.fdopen(read, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        return EmberError(f"a compile worker process died (status {status}) before it sent its code")
    kind, payload = pickle.loads(data)
    return payload


def compile_sharded(
    module: ModuleOp, passes: Sequence[ModulePass], shards: list[set[str]], times: CompileTimes
) -> ShardedResult:
    """Lower ``shards[1:]`` in workers and ``shards[0]`` here; link (see the module docstring)."""
    private = {f.sym_name.data for f in _defined_functions(module) if _is_private(f)}
    for fn in _defined_functions(module):
        fn.sym_visibility = None  # every definition linkable across shards until the link
    start = time.perf_counter()
    workers = [_fork(lambda out, s=s: _worker(module, s, passes, out)) for s in shards[1:]]
    try:
        keep_shard(module, shards[0], keep_globals=True)
        translation, linked = lower_shard(module, passes)
    except BaseException:
        for pid, read in workers:  # reap them; the parent's error is the one to report
            os.close(read)
            os.waitpid(pid, 0)
        raise
    results = [_collect(pid, read) for pid, read in workers]
    errors = [r for r in results if isinstance(r, BaseException)]
    if errors:
        raise errors[0]
    codes = [r for r in results if isinstance(r, bytes)]
    times.add("shards-lower-translate-O3", time.perf_counter() - start)
    start = time.perf_counter()
    for code in codes:
        linked.link_in(llvm_binding.parse_bitcode(code))
    for name in private:
        linked.get_function(name).linkage = llvm_binding.Linkage.internal
    times.add("shards-link", time.perf_counter() - start)
    return ShardedResult(linked, translation)


def _is_private(fn: func.FuncOp) -> bool:
    return fn.sym_visibility is not None and fn.sym_visibility.data == "private"
