"""``torch.compile(model, backend="ember")``: TorchDynamo hands ember each captured FX graph, and
ember returns native code for it; graph breaks stay with PyTorch.

Where it sits: above the driver (it calls ``ember.compile``), beside the public API. PyTorch
finds it through the ``torch_dynamo_backends`` entry point in ``pyproject.toml``.

What happens to a graph (``docs/pytorch.md``):

1. Its placeholders are sorted: parameters and buffers (Dynamo marks them as static inputs) are
   **frozen** into the compiled model as constants, as Inductor's ``freezing`` does; sizes Dynamo
   passes as ``SymInt`` are recomputed from the input tensors' shapes; the other tensors are the
   model's inputs.
2. A wrapper module with that signature is exported to ONNX (``frontend.torch.export_onnx``);
   dims Dynamo made dynamic stay symbolic, so one compile serves every size.
3. ``ember.compile`` builds it; the returned callable moves tensors to and from numpy without
   copies where the layout allows.

Graphs that need autograd (grad mode on and an input requiring grad) run in eager PyTorch with a
warning: ember compiles inference. A graph ember cannot compile raises one line; with
``options={"fallback": "eager"}`` it runs in eager PyTorch with a warning instead."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ember.diagnostics import EmberError, UnsupportedError
from ember.frontend.torch import export_onnx, require_torch

OPTIONS = {
    "threads": "threads of the parallel loops (default: as ember.compile)",
    "target": "the target (default: the host)",
    "cache": "reuse machine code from ember's compile cache (default True)",
    "tuning": "a tuning log written by ember-tune",
    "fallback": "'error' (default) or 'eager': what to do with a graph ember cannot compile",
}
"""``torch.compile(..., options={...})`` keys the backend takes."""


@dataclass(frozen=True)
class SizeSource:
    """A ``SymInt`` placeholder's value: dim ``dim`` of model input ``input``."""

    input: int
    dim: int


@dataclass
class GraphSignature:
    """How the FX graph's placeholders map to the exported model.

    ``frozen``: placeholder index -> the parameter or buffer baked in as a constant;
    ``sizes``: placeholder index -> where its ``SymInt`` comes from; ``inputs``: placeholder
    indices of the model's tensor inputs, in order; ``dynamic``: per model input, its dims
    Dynamo made symbolic."""

    count: int
    frozen: dict[int, Any] = field(default_factory=dict)
    sizes: dict[int, SizeSource] = field(default_factory=dict)
    inputs: list[int] = field(default_factory=list)
    dynamic: list[list[int]] = field(default_factory=list)


def ember_backend(gm: Any, example_inputs: Sequence[Any], *, mode: str | None = None,
                  options: dict[str, Any] | None = None) -> Callable[..., Any]:
    """The ``torch.compile`` backend: a callable that runs ``gm`` as ember-compiled code."""
    torch = require_torch()
    settings = _settings(options)
    if torch.is_grad_enabled() and any(_needs_grad(value) for value in example_inputs):
        _warn("the graph needs autograd (grad mode is on and an input requires grad); it runs "
              "in eager PyTorch. Call the model under torch.no_grad() or torch.inference_mode() "
              "to run ember's code")
        return gm.forward
    try:
        return _compile_graph(gm, example_inputs, settings)
    except UnsupportedError as error:
        if settings.get("fallback", "error") != "eager":
            raise
        _warn(f"{error}; the graph runs in eager PyTorch (options fallback='eager')")
        return gm.forward


def _settings(options: dict[str, Any] | None) -> dict[str, Any]:
    """The backend options, checked: an unknown key or fallback value is one line."""
    settings = dict(options or {})
    unknown = sorted(set(settings) - set(OPTIONS))
    if unknown:
        raise UnsupportedError(f"the ember backend has no option {unknown[0]!r}; it takes "
                               + ", ".join(sorted(OPTIONS)))
    if settings.get("fallback", "error") not in ("error", "eager"):
        raise UnsupportedError(f"ember backend option fallback={settings['fallback']!r}: "
                               "use 'error' or 'eager'")
    return settings


def _compile_graph(gm: Any, example_inputs: Sequence[Any], settings: dict[str, Any]) -> Callable[..., Any]:
    """A callable that exports ``gm`` with its parameters frozen and compiles it with ember on
    its first call: ``torch.export`` cannot run inside Dynamo's own compile of the frame."""
    signature = graph_signature(gm, example_inputs)
    _check_outputs(gm)
    return CompiledGraph(gm, signature, settings)


def graph_signature(gm: Any, example_inputs: Sequence[Any]) -> GraphSignature:
    """Sort ``gm``'s placeholders into frozen constants, sizes and model inputs."""
    torch = require_torch()
    placeholders = [node for node in gm.graph.nodes if node.op == "placeholder"]
    signature = GraphSignature(count=len(placeholders))
    symbols: dict[int, Any] = {}
    for index, (node, value) in enumerate(zip(placeholders, example_inputs, strict=True)):
        if isinstance(value, torch.SymInt | int):
            symbols[index] = value
        elif _is_parameter_or_buffer(torch, value):
            signature.frozen[index] = value
        elif isinstance(value, torch.Tensor):
            _check_device(value, node.name)
            signature.dynamic.append(_symbolic_dims(node))
            signature.inputs.append(index)
        else:
            raise UnsupportedError(f"graph input {node.name!r} is a {type(value).__name__}; the "
                                   "ember backend takes tensors and sizes")
    for index, value in symbols.items():
        signature.sizes[index] = _size_source(placeholders, signature, value, placeholders[index].name)
    return signature


def _is_parameter_or_buffer(torch: Any, value: Any) -> bool:
    """Parameters and the buffers Dynamo passes as static inputs (``_dynamo_static_input_type``)."""
    return isinstance(value, torch.nn.Parameter) or hasattr(value, "_dynamo_static_input_type")


def _needs_grad(value: Any) -> bool:
    return bool(getattr(value, "requires_grad", False))


def _check_device(value: Any, name: str) -> None:
    if value.device.type != "cpu":
        raise UnsupportedError(f"graph input {name!r} is on {value.device}; ember compiles for the CPU")


def _symbolic_dims(node: Any) -> list[int]:
    """The dims of a tensor placeholder that Dynamo traced as symbols (from its fake tensor)."""
    fake = node.meta.get("example_value")
    if fake is None:
        return []
    return [dim for dim, size in enumerate(fake.shape) if not isinstance(size, int)]


def _size_source(placeholders: list[Any], signature: GraphSignature, value: Any, name: str) -> SizeSource:
    """Where a ``SymInt`` placeholder's value is found among the model inputs' dims."""
    expression = str(getattr(getattr(value, "node", None), "expr", value))
    for position, index in enumerate(signature.inputs):
        fake = placeholders[index].meta.get("example_value")
        for dim, size in enumerate(getattr(fake, "shape", ())):
            if not isinstance(size, int) and str(size.node.expr) == expression:
                return SizeSource(position, dim)
    raise UnsupportedError(f"graph input {name!r} is a size ({expression}) that is not a dim of "
                           "any input tensor; the ember backend cannot compute it")


def _check_outputs(gm: Any) -> None:
    """Every graph output must be a tensor (ONNX models return tensors only)."""
    torch = require_torch()
    output = next(node for node in gm.graph.nodes if node.op == "output")
    for value in output.args[0]:
        example = getattr(value, "meta", {}).get("example_value")
        if not isinstance(example, torch.Tensor):
            raise UnsupportedError(f"graph output {value} is not a tensor; the ember backend "
                                   "returns tensors only")


def _frozen_module(gm: Any, signature: GraphSignature) -> Any:
    """A module taking only the model inputs: frozen tensors are its buffers, sizes are read
    from the inputs' shapes."""
    torch = require_torch()

    class Frozen(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.graph_module = gm
            for index, value in signature.frozen.items():
                self.register_buffer(f"frozen_{index}", value.detach())

        def forward(self, *inputs: Any) -> Any:
            args = [None] * signature.count
            for position, index in enumerate(signature.inputs):
                args[index] = inputs[position]
            for index in signature.frozen:
                args[index] = getattr(self, f"frozen_{index}")
            for index, source in signature.sizes.items():
                args[index] = inputs[source.input].shape[source.dim]
            return tuple(self.graph_module(*args))

    return Frozen().eval()


def _export_dynamic_shapes(signature: GraphSignature) -> tuple[tuple[dict[int, Any], ...]] | None:
    """``torch.export`` dynamic shapes of the wrapper's ``*inputs``: the dims Dynamo made
    symbolic, as ``Dim.AUTO``."""
    torch = require_torch()
    if not any(signature.dynamic):
        return None
    return (tuple({dim: torch.export.Dim.AUTO for dim in dims} for dims in signature.dynamic),)


class CompiledGraph:
    """What the backend returns to Dynamo: takes the graph's arguments, returns its outputs.
    The first call compiles (outside Dynamo's tracing, where ``torch.export`` works)."""

    def __init__(self, gm: Any, signature: GraphSignature, settings: dict[str, Any]) -> None:
        self.gm = gm
        self.signature = signature
        self.settings = settings
        self.run: Callable[..., Any] | None = None

    def __call__(self, *args: Any) -> Any:
        if self.run is None:
            self.run = require_torch().compiler.disable(self._build)(args)
        return self.run(*args)

    def _build(self, args: Sequence[Any]) -> Callable[..., Any]:
        """The ember executable's runner, or the eager graph when compiling fails and the
        options ask for the fallback."""
        import ember

        signature = self.signature
        wrapper = _frozen_module(self.gm, signature)
        inputs = tuple(args[index] for index in signature.inputs)
        options = {key: self.settings[key] for key in ("threads", "target", "cache", "tuning") if key in self.settings}
        try:
            model = export_onnx(wrapper, inputs, _export_dynamic_shapes(signature))
            exe = ember.compile(model, progress=False, **options)
        except EmberError as error:
            if self.settings.get("fallback", "error") != "eager":
                raise
            _warn(f"{error}; the graph runs in eager PyTorch (options fallback='eager')")
            return self.gm.forward
        self.exe = exe
        return self._run_ember

    def _run_ember(self, *args: Any) -> tuple[Any, ...]:
        arrays = [to_numpy(args[index]) for index in self.signature.inputs]
        return tuple(from_numpy(array) for array in self.exe(*arrays))


def to_numpy(tensor: Any) -> np.ndarray:
    """A CPU tensor's data as a numpy array (shared, not copied; bfloat16 via ml_dtypes)."""
    torch = require_torch()
    tensor = tensor.detach()
    if tensor.dtype == torch.bfloat16:
        import ml_dtypes

        return tensor.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
    return tensor.numpy()


def from_numpy(array: np.ndarray) -> Any:
    """A numpy result as a tensor (shared, not copied; ml_dtypes bfloat16 as torch.bfloat16)."""
    torch = require_torch()
    if array.dtype.name == "bfloat16":
        return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(array)


def _warn(message: str) -> None:
    warnings.warn(f"ember backend: {message}", stacklevel=3)
