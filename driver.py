"""The compile driver: the one place that composes a whole compile (ARCHITECTURE §2).

::

    model: ONNX (path | bytes | ModelProto), .mlir (text | path), graph-stage ModuleOp
      --read_model-------> graph stage        (frontend.onnx, or textual's parser)
      --graph-optimize---> graph stage        (passes, by name through the registry)
      --lower-to-llvm----> llvm stage         (lowering)
      --translate, llvm-O3, llvm-codegen----> machine code (runtime.codegen, runtime.jit)
      --------------------> runtime.Executable
    with the compile cache around it: key = hash(model, options, host, ember's sources, LLVM);
    a hit loads the machine code and weights of an earlier compile (runtime.cache) and skips
    everything above; a miss compiles and stores.

The driver only calls downward: tools and the public API (``ember.compile``) call it; it calls
the frontend, the pass registry, the lowering, the target description and the runtime, none of
which imports the driver or each other across those lines (``tests/test_layers.py`` checks it).
The runtime receives a lowered module or machine code and knows nothing about ONNX.

Every step is timed into the Executable's ``compile_times``. A ``.mlir`` input may also start at
the memref or loop stage; then only ``loops-to-llvm`` runs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ember.diagnostics import ShapeOperandError
from ember.gc_pause import paused_gc
from ember.progress import QUIET, Progress
from ember.runtime.cache import CacheEntry, CompileCache, cache_key
from ember.runtime.executable import CompileTimes, Executable, TensorSpec, entry_signature
from ember.runtime.jit import JitModule
from ember.runtime.memory import MemoryPlan, read_memory_plan
from ember.runtime.profile import read_profile_layout
from ember.specialize import (
    DEFAULT_SPECIALIZATIONS,
    FLATTENED_MARK,
    SpecializingExecutable,
    specializing,
)
from ember.target import Target, TargetSpec

if TYPE_CHECKING:  # xDSL is imported when a model is read: a cache hit needs none of it
    import llvmlite.binding as llvm_binding
    from xdsl.dialects.builtin import ModuleOp
    from xdsl.passes import ModulePass

    from ember.runtime.codegen import Translation
    from ember.runtime.library import ExportReport

InputShapes = dict[str, tuple[int, ...]]

LLVM_STEPS = ("translate", "llvm-O3", "llvm-codegen")
"""The compile steps after the llvm stage (each a step of the progress bar)."""

PROFILE_MARKS = "graph-insert-profile-marks"
"""The pass that instruments a profiling build (``CompileOptions.profile``)."""

SHARD_POINT = "convert-scf-to-cf"
"""The first pass a multi-process compile runs per shard (:mod:`ember.sharded_backend`)."""

PLAN_MEMORY = "plan-memory"
"""The pass that puts the intermediates in one arena (``CompileOptions.memory_plan``)."""


@dataclass(frozen=True)
class CompileOptions:
    """Every option of a compile. All fields enter the cache key (:meth:`key`) generically, so
    an option added here (threads, the tuning-log records a compile used, ...) keys the cache
    with no other change."""

    entry: str = "main"
    target: Target | None = None  # None: the module's own target, else the host
    input_shapes: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    dynamic_dims: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # symbol -> (min, max) of run-time sizes
    threads: int = 1  # the target's cores: parallel loops run on up to this many threads
    fuse: bool = True  # graph-fuse: elementwise chains and kernel epilogues as one loop nest each
    winograd: bool = True  # graph-winograd-conv: 3x3 convs with enough channels as Winograd F(2x2,3x3)
    memory_plan: bool = True  # plan-memory: intermediates in one arena (False: malloc/free each)
    profile: bool = False  # graph-insert-profile-marks: a timer call around every kernel
    tuning: tuple[tuple[str, str], ...] = ()  # (task key, schedule) of the tuning log's best entries
    schedule: tuple[str, ...] = ()  # (path, text) of a schedule script applied at the memref stage

    def key(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Target):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items())}
    return value


def compile_model(
    model: Any,
    input_shapes: InputShapes | None = None,
    *,
    entry: str = "main",
    target: TargetSpec = None,
    cache: bool | CompileCache = True,
    threads: int | None = None,
    fuse: bool = True,
    winograd: bool = True,
    memory_plan: bool = True,
    profile: bool = False,
    progress: bool | None = None,
    tuning: Any = None,
    dynamic_dims: dict[str, tuple[int, int | None]] | None = None,
    specializations: int = DEFAULT_SPECIALIZATIONS,
    schedule: str | None = None,
) -> Executable | SpecializingExecutable:
    """ONNX path/bytes/ModelProto, graph-stage ModuleOp, or .mlir text/path -> Executable.

    ``target`` (a name, a dict of overrides, JSON text or a Target) replaces the module's own
    target; without it a module keeps the target it names, and anything else targets the host.
    ``cache``: look the compile up in (and add it to) the on-disk compile cache
    (``runtime.cache``; a :class:`CompileCache` to use another directory); False compiles
    afresh and writes nothing. ``threads`` (default: ``EMBER_NUM_THREADS``, else the CPUs this
    process may use) becomes the target's ``cores``: parallel loops run on up to that many
    threads; 1 emits serial code with no runtime calls. ``fuse=False`` skips ``graph-fuse``
    (every op its own loop nest: the reference the fused code is tested against).
    ``winograd=False`` skips ``graph-winograd-conv`` (3x3 convs then all take the direct kernel).
    ``memory_plan`` (default True) runs ``plan-memory``: every intermediate lives in one arena
    planned from the lifetimes (see ``docs/memory.md``); False leaves each one a heap allocation
    of the call that uses it. ``profile=True`` builds code that times every kernel (fusion
    group or op) for ``exe.profile(...)`` (``docs/tools.md``); a profiling build is not cached.
    ``progress``: a progress bar on stderr, step by step (None: when stderr is a terminal).
    ``tuning``: a tuning log (path or :class:`~ember.tuning.log.TuningLog`) whose best entries
    for the target become the schedules of the kernels they match (``docs/tuning.md``); they
    enter the cache key. ``dynamic_dims``: ``(min, max)`` ranges of the model's symbolic dims
    (``{"seq": (1, 512)}``), which shape decisions may rely on and every call checks
    (``docs/dynamic-shapes.md``). ``schedule``: a schedule script (path, ``docs/schedules.md``)
    run on the memref stage right before ``linalg-kernel-schedule`` (after a tuning log's
    schedules, so its ``schedule`` records win); its text enters the cache key.

    An ONNX model whose shapes depend on the values of graph inputs (a Reshape's shape, a
    Slice's starts, ... given as inputs: :class:`~ember.diagnostics.ShapeOperandError`) gives a
    :class:`~ember.specialize.SpecializingExecutable`: it compiles, with these same options, one
    static executable per distinct value of those inputs at call time and keeps the
    ``specializations`` most recently used (``docs/dynamic-shapes.md``)."""
    from ember.runtime.jit import check_runnable
    from ember.target import resolve_target, resolve_threads

    count = resolve_threads(threads)
    chosen = resolve_target(target) if target is not None else None
    if chosen is not None:
        check_runnable(chosen)
    shapes = tuple(sorted((name, tuple(dims)) for name, dims in (input_shapes or {}).items()))
    ranges = tuple(sorted((name, tuple(bounds)) for name, bounds in (dynamic_dims or {}).items()))
    options = CompileOptions(
        entry=entry, target=chosen, input_shapes=shapes, dynamic_dims=ranges, threads=count, fuse=fuse,
        winograd=winograd, memory_plan=memory_plan, profile=profile, tuning=tuning_entries(tuning, chosen, count),
        schedule=schedule_script(schedule),
    )  # fmt: skip
    def compile_bound(bound: Any, shapes: InputShapes) -> Executable:
        pinned = tuple(sorted((n, tuple(d)) for n, d in shapes.items()))
        return compile_with_options(bound, dataclasses.replace(options, input_shapes=pinned), cache, progress)

    try:
        exe = compile_with_options(model, options, cache, progress)
    except ShapeOperandError as error:  # (also: sequence / optional inputs, specialised on structure)
        return specializing(model, error, input_shapes, compile_bound, specializations)
    if any(FLATTENED_MARK in name for name in exe.output_names) and not is_module_op(model) and not (
            isinstance(model, str) and looks_like_mlir(model)):  # fmt: skip
        structured = specializing(model, None, input_shapes, compile_bound, specializations)
        if structured.output_names != list(exe.output_names):  # flattened outputs: returned regrouped
            structured.seed(exe)
            return structured
    return exe


def compile_with_options(
    model: Any, options: CompileOptions, cache: bool | CompileCache, progress: bool | None
) -> Executable:
    """One static compile (through the compile cache unless ``cache`` is False or profiling)."""
    times = CompileTimes()
    store = open_cache(cache) if not options.profile else None
    if store is None:
        return build_executable(model, options, times, keep_object=True, progress=progress)[0]
    start = time.perf_counter()
    key = compile_key(model, options, store)
    times.add("cache-key", time.perf_counter() - start)
    cached = load_cached(store, key, times)
    if cached is not None:
        return cached
    exe, jit = build_executable(model, options, times, keep_object=True, progress=progress)
    start = time.perf_counter()
    if jit.object_code is not None:
        store.store(key, cache_entry(exe, jit))
    times.add("cache-store", time.perf_counter() - start)
    return exe


def build_executable(
    model: Any, options: CompileOptions, times: CompileTimes, *, keep_object: bool = False,
    progress: bool | None = False,
) -> tuple[Executable, JitModule]:
    """The whole compile: read, graph passes and lowering, LLVM; no cache. ``progress``: a
    bar on stderr over the steps (None: when stderr is a terminal)."""
    from ember.dialects.graph.resources import released_blobs

    bar = Progress(progress, "compiling", total=1 + len(LLVM_STEPS))
    try:
        with paused_gc(), released_blobs():
            return _build_executable(model, options, times, keep_object=keep_object, bar=bar)
    finally:
        bar.close()


def _build_executable(
    model: Any, options: CompileOptions, times: CompileTimes, *, keep_object: bool = False,
    bar: Progress = QUIET,
) -> tuple[Executable, JitModule]:
    from ember.sharded_backend import compile_jobs

    jobs = 1 if options.profile else compile_jobs()
    tail: list[ModulePass] = []
    module, inputs, outputs, plan = lower_to_llvm(
        model, options, times, bar, hold_back=tail if jobs > 1 else None
    )
    if tail:
        jit = _compile_tail(module, tail, jobs, options, times, keep_object, bar)
        return Executable(jit, options.entry, inputs, outputs, times, plan, None), jit
    layout = read_profile_layout(module, options.entry) if options.profile else None
    jit = compile_llvm_module(
        module, times, keep_object=keep_object, profile_marks=layout.marks if layout else 0, progress=bar
    )
    return Executable(jit, options.entry, inputs, outputs, times, plan, layout), jit


def _compile_tail(
    module: ModuleOp, tail: list[ModulePass], jobs: int, options: CompileOptions, times: CompileTimes,
    keep_object: bool, bar: Progress,
) -> JitModule:
    """The held-back passes and LLVM, then the JIT's machine code."""
    optimized, translation = optimized_module(module, tail, jobs, options.entry, times, bar)
    return _machine_code(optimized, translation, times, keep_object, bar)


def optimized_module(
    module: ModuleOp, tail: list[ModulePass], jobs: int, entry: str, times: CompileTimes, bar: Progress = QUIET
) -> tuple[llvm_binding.ModuleRef, Translation]:
    """``tail`` (the passes from :data:`SHARD_POINT` on), translation and O3: in ``jobs``
    processes when the module is large enough and its globals allow it
    (:mod:`ember.sharded_backend`), else here, step by step."""
    from ember.sharded_backend import compile_sharded, plan_shards

    shards = plan_shards(module, jobs, entry)
    if len(shards) > 1:
        bar.start("lower, translate and optimise in parallel")
        result = compile_sharded(module, tail, shards, times)
        return result.module, result.translation
    _run_passes(module, tail, times, bar)
    return _translate_and_optimize(module, times, bar)


def lower_to_llvm(
    model: Any, options: CompileOptions, times: CompileTimes, bar: Progress = QUIET,
    hold_back: list[ModulePass] | None = None,
) -> tuple[ModuleOp, list[TensorSpec], list[TensorSpec], MemoryPlan | None]:
    """Read ``model`` and lower it to the llvm stage for ``options``' target and threads (a
    profiling build gets its timer marks): the module, the entry's inputs and outputs, and its
    memory plan. With ``hold_back`` (a list), the passes from :data:`SHARD_POINT` on are not run
    but appended to it (the caller runs them, e.g. in shards)."""
    from ember.target import set_target, target_of

    shapes = dict(options.input_shapes) or None
    bar.start("import")
    module, output_names = read_model(model, shapes, times, dict(options.dynamic_dims) or None)
    set_target(module, (options.target or target_of(module)).with_overrides(cores=options.threads))
    inputs, outputs, is_tensor_stage = entry_signature(module, options.entry, output_names)
    skip = () if options.memory_plan else (PLAN_MEMORY,)
    if options.profile and not is_tensor_stage:
        from ember.diagnostics import UnsupportedError

        raise UnsupportedError("profile=True needs a graph-stage model (ONNX or graph-stage .mlir)")
    spec = pipeline_spec(is_tensor_stage, fuse=options.fuse, profile=options.profile, winograd=options.winograd)
    lower_module(module, spec, times, skip=skip, progress=bar, before=schedule_hooks(options, times), hold_back=hold_back)
    return module, inputs, outputs, read_memory_plan(module, options.entry)


# ---- ahead-of-time builds (ember-compile) ----------------------------------------------------


def compile_library(
    model: Any,
    output: str,
    *,
    target: TargetSpec = None,
    threads: int = 1,
    input_shapes: InputShapes | None = None,
    no_heap: bool = False,
    weights_file: bool = False,
    name: str | None = None,
    tuning: Any = None,
    dynamic_dims: dict[str, tuple[int, int | None]] | None = None,
    schedule: str | None = None,
) -> ExportReport:
    """``ember-compile``: ``model`` -> shared library ``output`` + C header for ``target`` (any
    preset, no need to run here), or with ``no_heap`` a relocatable object with a static arena
    (``docs/deploy.md``). ``threads`` (default 1: no OpenMP runtime needed) is baked in.
    ``tuning``: a tuning log whose best entries for the target are applied (as in
    :func:`compile_model`), and ``schedule`` a schedule script; ``dynamic_dims``: ranges of the sizes left to run time (the
    library's run function takes them, see :mod:`ember.runtime.library_sizes`)."""
    from ember.diagnostics import EmberError
    from ember.runtime.codegen import emit_object
    from ember.runtime.library import CompiledModel, export_library
    from ember.target import resolve_target, resolve_threads

    count = resolve_threads(threads)
    if no_heap and count != 1:
        raise EmberError("a no-heap build is single-threaded: drop --threads (or use --threads 1)")
    shapes = tuple(sorted((n, tuple(d)) for n, d in (input_shapes or {}).items()))
    chosen = resolve_target(target)
    ranges = tuple(sorted((n, tuple(b)) for n, b in (dynamic_dims or {}).items()))
    options = CompileOptions(
        target=chosen, input_shapes=shapes, dynamic_dims=ranges, threads=count, tuning=tuning_entries(tuning, chosen, count),
        schedule=schedule_script(schedule),
    )  # fmt: skip
    times = CompileTimes()
    from ember.dialects.graph.resources import released_blobs
    from ember.sharded_backend import compile_jobs

    tail: list[ModulePass] = []
    with paused_gc(), released_blobs():
        module, inputs, outputs, plan = lower_to_llvm(model, options, times, hold_back=None if no_heap else tail)
        if no_heap and any(s.dynamic for s in (*inputs, *outputs)):
            dims = ", ".join(f"'{s.name}' {s.describe()}" for s in inputs if s.dynamic)
            raise EmberError(f"a no-heap build needs fixed sizes, but {dims}: pin them with --input-shape NAME=AxB...")
        if no_heap:
            return _static_object(module, options, output, name, (inputs, outputs, plan))
        optimized, translation = optimized_module(module, tail, compile_jobs(), options.entry, times)
        code = emit_object(optimized, translation.target)
    compiled = CompiledModel(code, translation.bound_globals, translation.target, options.entry, inputs, outputs, plan)
    return export_library(compiled, output, name=name, weights_file=weights_file)


def _static_object(
    module: ModuleOp,
    options: CompileOptions,
    output: str,
    name: str | None,
    signature: tuple[list[TensorSpec], list[TensorSpec], MemoryPlan | None],
) -> ExportReport:
    from ember.runtime.codegen import translate_module
    from ember.runtime.library import ember_version, library_name, write_static_object
    from ember.runtime.library_record import STATIC, LibraryRecord
    from ember.runtime.static_object import build_static_object

    inputs, outputs, plan = signature
    translation = translate_module(module)
    record = LibraryRecord(
        name or library_name(output), translation.target, inputs, outputs, plan, STATIC,
        translation.constant_bytes, ember=ember_version(),
    )  # fmt: skip
    code, needs = build_static_object(translation, record, options.entry)
    return write_static_object(code, record, output, needs, plan.peak_live_bytes if plan else None)


# ---- reading the input -----------------------------------------------------------------------


def looks_like_mlir(text: str) -> bool:
    """Whether a string is MLIR text (rather than a path)."""
    head = text.lstrip()[:4096]
    return any(k in head for k in ("func.func", "builtin.module", "module {", '"func.func"'))


def read_model(
    model: Any, input_shapes: InputShapes | None, times: CompileTimes, dynamic_dims: Any = None
) -> tuple[ModuleOp, list[str] | None]:
    """The graph-stage (or later) module to compile, and the output names when known
    (``dynamic_dims``: the symbol ranges of an ONNX model's dynamic dims)."""
    start = time.perf_counter()
    if is_module_op(model):
        module = model.clone()
        times.add("import", time.perf_counter() - start)
        return module, None
    if isinstance(model, os.PathLike):
        model = os.fspath(model)
    if isinstance(model, str) and model.endswith(".mlir"):
        with open(model, encoding="utf-8") as handle:
            model = handle.read()
    elif not (isinstance(model, str) and looks_like_mlir(model)):
        return _read_onnx(model, input_shapes, times, start, dynamic_dims)
    from ember.context import make_context
    from ember.deep_stack import call_with_deep_stack
    from ember.textual import parse_module, verify_module

    def parse_and_verify(text: str = model) -> ModuleOp:
        parsed, sources = parse_module(make_context(), text, "<input>")
        verify_module(parsed, sources)
        return parsed

    module = call_with_deep_stack(parse_and_verify)  # (deeply nested IR needs the room)
    times.add("parse", time.perf_counter() - start)
    return module, None


def _read_onnx(
    model: Any, input_shapes: InputShapes | None, times: CompileTimes, start: float, dynamic_dims: Any = None
) -> tuple[ModuleOp, list[str] | None]:
    from ember.frontend.onnx import import_onnx
    from ember.frontend.onnx.load import load_model

    proto = load_model(model)
    module = import_onnx(proto, input_shapes=input_shapes, dynamic_dims=dynamic_dims)
    times.add("import", time.perf_counter() - start)
    return module, None  # (the names are @main's ember.output_names: sequence outputs flattened)


# ---- the compile cache ----------------------------------------------------------------------


def open_cache(cache: bool | CompileCache) -> CompileCache | None:
    """The cache ``compile_model(cache=...)`` asks for: the default one (``EMBER_CACHE_DIR``,
    ``EMBER_CACHE_SIZE``), a given one, or none."""
    if cache is False:
        return None
    return CompileCache() if cache is True else cache


def is_module_op(model: Any) -> bool:
    """Whether ``model`` is an xDSL ModuleOp (if nothing has imported xDSL, it is not one)."""
    builtin = sys.modules.get("xdsl.dialects.builtin")
    return builtin is not None and isinstance(model, builtin.ModuleOp)


def model_identity(model: Any, store: CompileCache | None = None) -> list[str]:
    """(kind, sha256) of the model text or bytes (see ``frontend.onnx.digest`` for ONNX); an
    ONNX file's digest is remembered in ``store``'s directory by the file's status
    (``runtime.digest_memo``)."""
    if is_module_op(model):
        from ember.context import make_context
        from ember.textual import print_module

        text = print_module(model, generic=True, ctx=make_context())
        return ["module", hashlib.sha256(text.encode()).hexdigest()]
    if isinstance(model, os.PathLike):
        model = os.fspath(model)
    if isinstance(model, str) and model.endswith(".mlir"):
        with open(model, "rb") as handle:
            return ["mlir", hashlib.sha256(handle.read()).hexdigest()]
    if isinstance(model, str) and looks_like_mlir(model):
        return ["mlir", hashlib.sha256(model.encode()).hexdigest()]
    from ember.frontend.onnx.digest import file_digest, model_digest

    if isinstance(model, str) and store is not None:
        from ember.runtime.digest_memo import remembered_digest

        return ["onnx", remembered_digest(store.directory, Path(model), file_digest)]
    return ["onnx", model_digest(model)]


def compile_key(model: Any, options: CompileOptions, store: CompileCache | None = None) -> str:
    """The cache key of compiling ``model`` with ``options`` on this host (the environment
    part, ember's sources and the LLVM version, is added by ``runtime.cache.cache_key``)."""
    from ember.target import host_target

    parts = {
        "model": model_identity(model, store),
        "options": options.key(),
        "host": host_target().to_dict(),
    }
    return cache_key(parts)


def load_cached(store: CompileCache, key: str, times: CompileTimes) -> Executable | None:
    """The Executable stored under ``key`` (machine code loaded, weights mapped), or None."""
    from ember.runtime.jit import JitModule

    start = time.perf_counter()
    entry = store.load(key)
    if entry is None:
        return None
    jit = JitModule.from_object(entry.object_code, entry.globals, entry.target)
    times.add("cache-load", time.perf_counter() - start)
    times.cached = dict(entry.compile_times)
    plan = MemoryPlan.from_record(entry.memory_plan) if entry.memory_plan is not None else None
    return Executable(jit, entry.entry, entry.inputs, entry.outputs, times, plan)


def cache_entry(exe: Executable, jit: JitModule) -> CacheEntry:
    """What the cache keeps of a fresh compile."""
    return CacheEntry(
        entry=exe.entry,
        inputs=list(exe.inputs),
        outputs=list(exe.outputs),
        target=jit.target,
        object_code=jit.object_code or b"",
        globals=jit.bound_globals,
        compile_times=dict(exe.compile_times.steps),
        memory_plan=exe.memory_plan.to_record() if exe.memory_plan is not None else None,
    )


# ---- passes and code generation --------------------------------------------------------------


def pipeline_spec(is_tensor_stage: bool, *, fuse: bool = True, profile: bool = False, winograd: bool = True) -> str:
    """The passes that take a graph-stage (or else a memref/loop-stage) module to the llvm stage
    (``graph-quantize-qdq`` first, before constant folding hides the quantised weights; with
    ``winograd``, ``graph-winograd-conv`` after the graph optimisations; with ``fuse``,
    ``graph-fuse`` before the lowering; with ``profile``, ``graph-insert-profile-marks`` right
    before the lowering; ``plan-memory`` first for a memref/loop-stage module: it leaves a
    planned function alone)."""
    from ember.registry import pass_names, pipelines

    if not is_tensor_stage:
        return f"{PLAN_MEMORY},loops-to-llvm"
    known = set(pipelines()) | set(pass_names())
    graph = "graph-quantize-qdq," if "graph-quantize-qdq" in known else ""
    graph += "graph-optimize," if "graph-optimize" in known else ""
    graph += "graph-winograd-conv," if winograd else ""
    marks = f"{PROFILE_MARKS}," if profile else ""
    return graph + ("graph-fuse," if fuse else "") + marks + "lower-to-llvm"


def lower_module(
    module: ModuleOp, spec: str, times: CompileTimes, *, verify: bool = False, skip: tuple[str, ...] = (),
    progress: Progress = QUIET, before: dict[str, Callable[[ModuleOp], None]] | None = None,
    hold_back: list[ModulePass] | None = None,
) -> None:
    """Run a pipeline spec over ``module`` in place, timing every pass (but those named in
    ``skip``), each a step of ``progress``; ``before[name](module)`` runs right before the pass
    ``name`` (how a tuning log's schedules get on the ops). With ``hold_back``, the passes from
    :data:`SHARD_POINT` on are appended to that list instead of being run.

    With ``verify`` the result is checked by xDSL's verifier (18 s on ResNet-50's llvm stage, so
    off by default: LLVM verifies the translated module anyway, and ``ember-opt`` verifies
    between passes)."""
    from ember.registry import build_pipeline
    from ember.textual import verify_module

    passes = [p for p in build_pipeline(spec).passes if p.name not in skip]
    names = [p.name for p in passes]
    if hold_back is not None and SHARD_POINT in names:
        hold_back.extend(passes[names.index(SHARD_POINT) :])
        passes = passes[: names.index(SHARD_POINT)]
    _run_passes(module, passes, times, progress, before)
    if verify:
        start = time.perf_counter()
        verify_module(module, after_pass=spec)
        times.add("verify", time.perf_counter() - start)


def _run_passes(
    module: ModuleOp, passes: list[ModulePass], times: CompileTimes, progress: Progress,
    before: dict[str, Callable[[ModuleOp], None]] | None = None,
) -> None:
    from ember.context import make_context

    ctx = make_context()
    progress.add_total(len(passes))
    with paused_gc():
        for p in passes:
            if before and p.name in before:
                before[p.name](module)
            progress.start(p.name)
            start = time.perf_counter()
            p.apply(ctx, module)
            times.add(p.name, time.perf_counter() - start)


def compile_llvm_module(
    module: ModuleOp, times: CompileTimes, *, keep_object: bool = False, profile_marks: int = 0,
    progress: Progress = QUIET,
) -> JitModule:
    """llvm-stage module -> a JitModule (translate, O3, machine code), each step timed; with
    ``keep_object`` the JitModule keeps the object file (for the cache); ``profile_marks`` > 0
    (a profiling build) defines the profiler's timer hook with that many slots."""
    optimized, translation = _translate_and_optimize(module, times, progress, profile_marks)
    return _machine_code(optimized, translation, times, keep_object, progress)


def _translate_and_optimize(
    module: ModuleOp, times: CompileTimes, progress: Progress, profile_marks: int = 0
) -> tuple[llvm_binding.ModuleRef, Translation]:
    """llvm-stage module -> LLVM IR (with the profiler's hook when ``profile_marks`` > 0) -> O3,
    each step timed."""
    from ember.runtime.codegen import optimize, translate_module
    from ember.runtime.profile import define_profile_hook

    progress.start("translate")
    start = time.perf_counter()
    translation = translate_module(module, bind_large_globals=True)
    if profile_marks:
        define_profile_hook(translation.module, profile_marks)
    text = str(translation.module)
    times.add("translate", time.perf_counter() - start)
    progress.start("llvm-O3")
    start = time.perf_counter()
    optimized = optimize(text, translation.target)
    times.add("llvm-O3", time.perf_counter() - start)
    return optimized, translation


def _machine_code(
    optimized: llvm_binding.ModuleRef, translation: Translation, times: CompileTimes, keep_object: bool,
    progress: Progress,
) -> JitModule:
    """The JIT's machine code for an optimised module, timed as ``llvm-codegen``."""
    progress.start("llvm-codegen")
    start = time.perf_counter()
    jit = JitModule(optimized, translation.bound_globals, translation.target, keep_object=keep_object)
    times.add("llvm-codegen", time.perf_counter() - start)
    return jit


# ---- tuning: a log's schedules in a compile; kernel tasks and their measurement (ember-tune) --

SCHEDULE_PASS = "linalg-kernel-schedule"
"""The pass that gives every heavy op its default schedule; a tuning log's schedules are
written right before it (and kept by it)."""


def schedule_script(path: str | None) -> tuple[str, ...]:
    """``(path, text)`` of the schedule script at ``path`` (None: ``()``)."""
    if path is None:
        return ()
    from pathlib import Path

    from ember.diagnostics import EmberError

    try:
        return (str(path), Path(path).read_text())
    except OSError as error:
        raise EmberError(f"error: cannot read the schedule script '{path}': {error.strerror}") from None


def schedule_hooks(options: CompileOptions, times: CompileTimes) -> dict[str, Callable[[ModuleOp], None]]:
    """What runs right before ``linalg-kernel-schedule``: a tuning log's schedules, then a
    schedule script (timed as ``apply-tuning`` / ``apply-schedule``)."""

    def hook(module: ModuleOp) -> None:
        if options.tuning:
            apply_tuning(module, options.tuning, times)
        if options.schedule:
            from ember.lowering.schedule_script import apply_script_text

            start = time.perf_counter()
            apply_script_text(module, *options.schedule)
            times.add("apply-schedule", time.perf_counter() - start)

    return {SCHEDULE_PASS: hook} if options.tuning or options.schedule else {}


def tuning_entries(tuning: Any, target: Target | None, threads: int) -> tuple[tuple[str, str], ...]:
    """The best entries of the tuning log ``tuning`` (a path or a TuningLog; None: none) for
    ``target`` (None: the host) built for ``threads``: sorted (task key, schedule) pairs of
    canonical JSON, the form they take in :class:`CompileOptions` (and so in the cache key)."""
    if tuning is None:
        return ()
    from ember.target import host_target
    from ember.tuning.log import TuningLog, canonical, target_key

    log = tuning if isinstance(tuning, TuningLog) else TuningLog.load(tuning)
    chosen = (target or host_target()).with_overrides(cores=threads)
    table = log.best_table(target_key(chosen))
    return tuple((task, canonical(schedule)) for task, schedule in sorted(table.items()))


def apply_tuning(module: ModuleOp, entries: tuple[tuple[str, str], ...], times: CompileTimes) -> None:
    """Write the schedules of ``entries`` on the ops of their tasks (timed as ``apply-tuning``)."""
    import json

    from ember.lowering.kernels.tasks import apply_schedules

    start = time.perf_counter()
    apply_schedules(module, {task: json.loads(schedule) for task, schedule in entries})
    times.add("apply-tuning", time.perf_counter() - start)


def extract_kernel_tasks(
    model: Any, *, target: TargetSpec = None, threads: int = 1, input_shapes: InputShapes | None = None,
    tuning: Any = None,
) -> tuple[list[Any], Target]:
    """The distinct kernel tasks of ``model`` (``lowering.kernels.tasks.KernelTask``: key,
    schedule, single-op module) for ``target`` built for ``threads``, and that target: the
    model lowered to the memref stage through ``linalg-kernel-schedule``. Their schedules are
    the heuristic's, or with ``tuning`` (a log) what a compile with that log uses."""
    from ember.lowering.kernels.tasks import kernel_tasks
    from ember.registry import pipelines
    from ember.target import resolve_target, set_target

    chosen = resolve_target(target).with_overrides(cores=threads)
    times = CompileTimes()
    module, _ = read_model(model, input_shapes, times)
    set_target(module, chosen)
    _, _, is_tensor_stage = entry_signature(module, "main")
    if not is_tensor_stage:
        from ember.diagnostics import UnsupportedError

        raise UnsupportedError("tuning needs a graph-stage model (ONNX or graph-stage .mlir)")
    loops = pipelines()["lower-to-loops"].passes
    head = pipeline_spec(True).removesuffix("lower-to-llvm")
    spec = head + ",".join(loops[: loops.index(SCHEDULE_PASS) + 1])
    entries = tuning_entries(tuning, chosen, threads)
    lower_module(module, spec, times, before={SCHEDULE_PASS: lambda m: apply_tuning(m, entries, times)})
    return kernel_tasks(module), chosen


def kernel_spec() -> str:
    """The passes that take a single-op module (memref stage, scheduled) to the llvm stage."""
    from ember.registry import pipelines

    loops = pipelines()["lower-to-loops"].passes
    return ",".join([*loops[loops.index(SCHEDULE_PASS) + 1 :], "loops-to-llvm"])


@dataclass
class _Kernel:
    """A compiled single-op module ready to call: its function, the argument pointers and the
    arrays behind them (inputs, output, arena), and the JIT module that owns the code."""

    jit: JitModule
    function: Callable[..., object]
    pointers: list[int]
    arrays: list[Any]
    output: Any

    def call(self) -> None:
        self.function(*self.pointers)


def _build_kernel(text: str, schedule: dict[str, Any], seed: int) -> _Kernel:
    """Compile a single-op module with ``schedule`` on its task op; reproducible random data
    (weights from ``seed``, inputs from ``seed + 1``) bound to its arguments."""
    import ctypes

    import numpy as np

    from ember.context import make_context
    from ember.lowering.kernels.schedule import KernelSchedule, set_schedule
    from ember.lowering.kernels.tasks import fill_globals, marked_op
    from ember.runtime.memory import aligned_empty
    from ember.textual import parse_module

    module, _ = parse_module(make_context(), text, "<task>")
    fill_globals(module, seed)
    set_schedule(marked_op(module), KernelSchedule(**schedule).check())
    inputs, outputs, _ = entry_signature(module, "main")
    times = CompileTimes()
    lower_module(module, kernel_spec(), times)
    plan = read_memory_plan(module, "main")
    jit = compile_llvm_module(module, times)
    rng = np.random.default_rng(seed + 1)
    arrays = [_placed(rng.uniform(-1, 1, s.shape).astype(s.dtype), i) for i, s in enumerate(inputs)]
    arrays += [_placed(np.zeros(s.shape, s.dtype), len(inputs) + i) for i, s in enumerate(outputs)]
    if plan is not None:
        arrays.append(aligned_empty(plan.arena_bytes))
    pointers = [a.ctypes.data for a in arrays]
    function = jit.function("main", [ctypes.c_void_p] * len(pointers))
    return _Kernel(jit, function, pointers, arrays, arrays[len(inputs)])


def _placed(array: Any, index: int) -> Any:
    """A copy of ``array`` 64-byte aligned plus ``index + 1`` cache lines, so that no two
    arguments of a kernel start at the same offset within a 4 KiB page (the store-to-load
    aliasing that otherwise makes a copy of the same code run at another speed)."""
    from ember.runtime.memory import aligned_empty

    shift = 64 * (index + 1)
    storage = aligned_empty(array.nbytes + shift)
    placed = storage[shift : shift + array.nbytes].view(array.dtype).reshape(array.shape)
    placed[...] = array
    return placed


def measure_kernel(job: dict[str, Any]) -> dict[str, Any]:
    """Compile the single-op module ``job["module"]`` (text) with ``job["schedule"]`` on its
    task op, run it once on reproducible random data (``job["seed"]``) and time it: ``repeats``
    rounds of single calls lasting at least ``min_seconds`` each. With ``job["baseline"]``
    (another schedule, compiled afresh for the job: a baseline kept across jobs drifted to 2x
    its speed for minutes on a loaded machine) every call is followed by one of the baseline,
    so the two see the same load. Returns the seconds of every timed call (``times``,
    ``baseline_times``), the output array and the compile seconds. Runs in a tuning worker."""
    start = time.perf_counter()
    seed = int(job.get("seed", 0))
    kernel = _build_kernel(job["module"], job["schedule"], seed)
    compile_seconds = time.perf_counter() - start
    baseline = _build_kernel(job["module"], job["baseline"], seed) if job.get("baseline") else None
    kernel.call()
    output = kernel.output.copy()
    repeats, min_seconds = int(job.get("repeats", 5)), float(job.get("min_seconds", 0.01))
    runs = [kernel.call] + ([baseline.call] if baseline is not None else [])
    samples = _time_interleaved(runs, repeats, min_seconds) if repeats > 0 else [[] for _ in runs]
    return {
        "times": samples[0], "baseline_times": samples[1] if baseline is not None else [],
        "output": output, "compile_seconds": compile_seconds,
    }  # fmt: skip


def _time_interleaved(calls: list[Callable[[], object]], repeats: int, min_seconds: float) -> list[list[float]]:
    """Seconds of every single call of ``repeats`` rounds of at least ``min_seconds`` each, the
    calls alternating one by one (A B A B ...) after one untimed round. Single calls are timed
    (not batches) so that the fastest ones, which nothing preempted, can be told apart on a
    loaded machine; alternating them call by call lets both see the same neighbours (on a
    shared 2-core machine the other core's work changes from one millisecond to the next)."""
    start = time.perf_counter()
    for call in calls:
        call()
    per_round = max(1, int(min_seconds / max(time.perf_counter() - start, 1e-7)))
    clock = time.perf_counter
    samples: list[list[float]] = [[] for _ in calls]
    for index in range(per_round * (max(1, repeats) + 1)):
        for call, out in zip(calls, samples, strict=True):
            begin = clock()
            call()
            if index >= per_round:  # the first round warms up
                out.append(clock() - begin)
    return samples


def tune_model(
    model: Any, log_path: str, *, target: TargetSpec = None, threads: int = 1,
    input_shapes: InputShapes | None = None, options: Any = None, progress: bool = False, fault: Any = None,
    executor: Any = None,
) -> tuple[list[Any], Any]:  # fmt: skip
    """``ember-tune``: tune the kernel tasks of ``model`` for ``target`` into the tuning log at
    ``log_path`` (created, or resumed and appended to) with ``options``
    (:class:`~ember.tuning.tuner.TuneOptions`); the per-task reports and the Tuner (its
    counters). ``executor`` makes where the candidates run (None: one local worker process;
    :class:`~ember.tuning.tuner.ExecutorFactory`), ``fault`` is the tests' fault hook
    (:class:`~ember.tuning.tuner.Tuner`)."""
    from dataclasses import asdict

    from ember.lowering.kernels.space import candidate_schedules
    from ember.tuning.log import TuningLog, target_key
    from ember.tuning.tuner import Task, Tuner

    found, chosen = extract_kernel_tasks(model, target=target, threads=threads, input_shapes=input_shapes)
    tasks = [
        Task(t.key, asdict(t.default), candidate_schedules(t.key, chosen, t.default), t.module_text, t.count)
        for t in found
        if t.module_text is not None
    ]
    tuner = Tuner(TuningLog.load(log_path, missing_ok=True), target_key(chosen), measure_kernel, options,
                  progress=progress, fault=fault, executor=executor)  # fmt: skip
    return tuner.tune(tasks), tuner
