"""ember: an MLIR-style deep-learning compiler in Python, built on xDSL.

Public API (imported lazily, so ``import ember`` stays cheap)::

    module = ember.import_onnx(model, input_shapes=None, dynamic_dims=None)   # ONNX -> graph-stage ModuleOp
    module = ember.from_torch(torch_module, example_args, dynamic_shapes=None)  # PyTorch -> graph stage
    exe = ember.compile(model, input_shapes=None, dynamic_dims=None, target="host", threads=None, tuning=None, cache=True)
    outputs = exe(*arrays)
    exe.export("model.so"); exe = ember.load("model.so")   # shared library + C header, and back
    torch.compile(torch_module, backend="ember")            # ember code for TorchDynamo's graphs
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xdsl.dialects.builtin import ModuleOp

__all__ = ["__version__", "compile", "from_torch", "import_onnx", "load"]

__version__ = "0.1.0"
"""ember's version (the same as the package metadata's; ``tests/test_packaging.py`` checks)."""


def import_onnx(
    model: Any, input_shapes: dict[str, tuple[int, ...]] | None = None,
    dynamic_dims: dict[str, tuple[int, int | None]] | None = None,
) -> ModuleOp:
    """Import an ONNX model (path, bytes or ModelProto) as a graph-stage module.

    Dims the model leaves dynamic stay symbolic (``tensor<?x3xf32, #graph.dims<"batch">>``,
    named by the model's ``dim_param``); ``input_shapes`` pins inputs to static shapes instead,
    and ``dynamic_dims`` declares ``(min, max)`` ranges of symbols (``{"seq": (1, 512)}``) the
    shape functions may rely on (``docs/dynamic-shapes.md``)."""
    from ember.frontend.onnx import import_onnx as _import_onnx

    return _import_onnx(model, input_shapes=input_shapes, dynamic_dims=dynamic_dims)


def from_torch(
    module: Any, example_args: Any, dynamic_shapes: Any = None,
    input_shapes: dict[str, tuple[int, ...]] | None = None,
) -> ModuleOp:
    """Import a PyTorch module (``torch.nn.Module``) called on ``example_args`` as a graph-stage
    module, through ``torch.export`` and PyTorch's ONNX exporter (``docs/pytorch.md``).

    ``dynamic_shapes`` is ``torch.export``'s: dims given a ``torch.export.Dim("batch", min=1,
    max=64)`` stay symbolic (named by the Dim) with that range, so ``ember.compile`` builds one
    executable for every size. Parameters and buffers become constants. Needs PyTorch
    (``pip install ember[torch]``)."""
    from ember.frontend.onnx import import_onnx as _import_onnx
    from ember.frontend.torch import dim_ranges, export_onnx

    model = export_onnx(module, example_args, dynamic_shapes)
    return _import_onnx(model, input_shapes=input_shapes, dynamic_dims=dim_ranges(dynamic_shapes) or None)


def compile(  # noqa: A001
    model: Any,
    input_shapes: dict[str, tuple[int, ...]] | None = None,
    *,
    target: Any = None,
    cache: bool = True,
    threads: int | None = None,
    fuse: bool = True,
    winograd: bool = True,
    memory_plan: bool = True,
    profile: bool = False,
    progress: bool | None = None,
    tuning: Any = None,
    dynamic_dims: dict[str, tuple[int, int | None]] | None = None,
    specializations: int = 8,
    schedule: str | None = None,
) -> Any:
    """Compile an ONNX model, a graph-stage ModuleOp or .mlir text/path into an Executable.

    ``target``: ``"host"`` (default), a preset name (``"x86-64-v3"``, ``"znver4"``, ...), a dict
    of overrides (``{"name": "znver3", "cores": 1}``) or an ``ember.target.Target``.
    ``threads``: threads of the parallel loops (default ``EMBER_NUM_THREADS``, else the CPUs the
    process may use; it sets the target's ``cores``); 1 emits serial code with no runtime calls.
    ``cache``: reuse the machine code of an identical earlier compile from the on-disk cache
    (``EMBER_CACHE_DIR``, default ``~/.cache/ember``) and store new compiles there; False
    compiles afresh and writes nothing. ``fuse``: fusion groups (``graph-fuse``: elementwise
    chains, conv/matmul epilogues) as one loop nest each; False lowers every op on its own.
    ``winograd``: 3x3 stride-1 convolutions with enough channels run as Winograd F(2x2, 3x3)
    (``graph-winograd-conv``: 2.25x fewer multiplications, rounding differs by ~1e-6); False
    keeps every convolution on the direct kernel.
    ``memory_plan``: intermediates live in one arena planned at compile time from their
    lifetimes (``exe.memory_plan`` reports its size); False allocates each one per call.
    ``profile``: build code that times every kernel (fusion group or op), for
    ``exe.profile(*inputs, repeat=N)`` (a per-ONNX-node table and a Chrome trace); not cached.
    ``progress``: a progress bar on stderr, pass by pass (default: when stderr is a terminal).
    ``tuning``: a tuning log written by ``ember-tune`` (path): its best schedule of each kernel
    task for the target replaces the heuristic's; tasks it lacks keep the heuristic's
    (``docs/tuning.md``).
    ``dynamic_dims``: ``(min, max)`` ranges of the model's symbolic dims (``{"seq": (1, 512)}``):
    a model whose inputs have dims left dynamic (an ONNX ``dim_param``) compiles once for every
    size (``input_shapes`` pins them instead, for the static fast path); each call checks its
    sizes against the model's rules and these ranges (``docs/dynamic-shapes.md``).
    ``specializations``: when an ONNX model's shapes depend on the values of graph inputs (a
    Reshape's shape, a Slice's starts, Resize's scales, reduction axes... passed as inputs),
    the result compiles one static executable per distinct value of those inputs on first call
    and keeps this many, least recently used evicted (``exe.compile_count``;
    ``docs/dynamic-shapes.md``).
    ``schedule``: a schedule script (path; ``docs/schedules.md``) applied to the memref stage
    before the kernels are emitted: tile / unroll / parallelize / pack / fuse chosen ops, or set
    their ``ember.schedule`` records (which then win over a tuning log's and the heuristic's)."""
    from ember.driver import compile_model

    return compile_model(
        model, input_shapes=input_shapes, target=target, threads=threads, cache=cache, fuse=fuse, winograd=winograd,
        memory_plan=memory_plan, profile=profile, progress=progress, tuning=tuning, dynamic_dims=dynamic_dims,
        specializations=specializations, schedule=schedule,
    )  # fmt: skip


def load(path: str, weights: str | None = None) -> Any:
    """Load a shared library written by ``Executable.export`` or ``ember-compile`` as an
    Executable (same call, checks and errors as a compiled one). The library is checked before
    anything in it runs: a damaged or truncated file, another ABI version, another architecture
    or a CPU lacking its features is a one-line ``EmberError``. ``weights``: the side file of a
    ``--weights-file`` build (default: ``<stem>.weights`` beside the library). See
    ``docs/deploy.md``. Loading compiles nothing, so it skips the driver (and xDSL)."""
    from ember.runtime.library import load_library

    return load_library(path, weights)
