"""A PyTorch module to an ONNX model ember imports: the front of ``ember.from_torch`` and of the
``torch.compile`` backend, before ``frontend.onnx``.

PyTorch's own exporter does the work (``torch.onnx.export(..., dynamo=True)``: ``torch.export``
traces the module to an ExportedProgram, then it is translated to ONNX). Dims declared dynamic
with ``torch.export.Dim("batch", min=1, max=64)`` stay symbolic in the ONNX model (its
``dim_param`` is the Dim's name) and their ranges become ember's ``dynamic_dims``."""

from __future__ import annotations

import io
import logging
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, redirect_stdout
from typing import Any

from ember.diagnostics import ImportError_

OPSET = 20
"""The ONNX opset ember asks the exporter for (PyTorch's exporter default is newer than some
ops' ember converters have been checked against)."""


def require_torch() -> Any:
    """The ``torch`` module, or one line saying how to get it."""
    try:
        import torch
    except ModuleNotFoundError:
        raise ImportError_(
            "PyTorch is not installed: 'pip install ember[torch]' (or 'pip install torch') "
            "to compile PyTorch modules") from None
    return torch


def export_onnx(
    module: Any, example_args: Any, dynamic_shapes: Any = None, *, opset: int = OPSET,
) -> Any:
    """The ONNX ``ModelProto`` of ``module`` called on ``example_args`` (a tuple, or one tensor).

    ``dynamic_shapes`` is ``torch.export``'s (a dict per argument name or a tuple per argument,
    each mapping dim index to a ``torch.export.Dim``). A module ``torch.export`` cannot trace is
    one line naming what it said; the exporter's progress chatter is silenced."""
    torch = require_torch()
    args = example_args if isinstance(example_args, tuple) else (example_args,)
    try:
        with _quiet_exporter():
            program = torch.onnx.export(
                module, args, dynamo=True, dynamic_shapes=dynamic_shapes,
                opset_version=opset, verbose=False)
    except Exception as error:  # noqa: BLE001 - PyTorch raises many kinds; report it in one line
        raise ImportError_(f"PyTorch could not export {type(module).__name__} to ONNX: "
                           f"{_first_line(error)}") from None
    return program.model_proto


@contextmanager
def _quiet_exporter() -> Iterator[None]:
    """Silence the exporter's progress prints, its log warnings (optional torchvision ops it
    skips) and PyTorch's internal deprecation warnings: none is about the user's model."""
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            yield
    finally:
        logger.setLevel(level)


def dim_ranges(dynamic_shapes: Any) -> dict[str, tuple[int, int | None]]:
    """``{name: (min, max)}`` of the named ``torch.export.Dim`` s in ``dynamic_shapes`` (at
    least 1; ``max`` None when unbounded); ``Dim.AUTO`` / ``Dim.DYNAMIC`` hints have no name."""
    ranges: dict[str, tuple[int, int | None]] = {}
    for dim in _dims(dynamic_shapes):
        name = getattr(dim, "__name__", None)
        if name is None or not hasattr(dim, "min"):
            continue
        high = dim.max if isinstance(dim.max, int) and dim.max < sys.maxsize else None
        ranges[name] = (max(int(dim.min), 1), high)
    return ranges


def _dims(spec: Any) -> Iterable[Any]:
    """Every leaf of a ``dynamic_shapes`` structure (dicts, tuples and lists nest)."""
    if isinstance(spec, Mapping):
        for value in spec.values():
            yield from _dims(value)
    elif isinstance(spec, list | tuple):
        for value in spec:
            yield from _dims(value)
    elif spec is not None:
        yield spec


def _first_line(error: BaseException) -> str:
    """The first non-empty line of an exception's message, without ANSI colour codes."""
    text = str(error).replace("\x1b[96m", "").replace("\x1b[0m", "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    summary = [line for line in lines if line.startswith("<class")]
    return (summary[0] if summary else lines[0] if lines else type(error).__name__)[:400]
