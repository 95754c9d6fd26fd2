"""The pass and pipeline registry: how passes become reachable by name.

A pass joins ember by decorating its class with :func:`register_pass`; a named pipeline by a
call to :func:`register_pipeline`. Nothing here lists passes by hand: :func:`load_all_passes`
imports every module of the pass packages (``ember.passes``, ``ember.lowering``) once, and the
decorators fill the tables as a side effect. Plugin files (``ember-opt --load-pass-plugin``) use
the same decorators.

Pipelines are expanded at the spec level, so ``-p graph-optimize,lower-to-llvm`` is the same as
spelling out their passes, and ``--print-ir-after-all`` shows every stage.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from xdsl.passes import ModulePass, PassPipeline
from xdsl.utils.arg_spec import ArgSpec, parse_pipeline

from ember.diagnostics import EmberError

PASS_PACKAGES: tuple[str, ...] = ("ember.passes", "ember.lowering")
"""Packages whose every module is imported to discover registered passes."""


@dataclass(frozen=True)
class NamedPipeline:
    """A named sequence of pass specs, e.g. ``lower-to-llvm``."""

    name: str
    passes: tuple[str, ...]
    summary: str


_PASSES: dict[str, type[ModulePass]] = {}
_PIPELINES: dict[str, NamedPipeline] = {}
_loaded = False


_P = TypeVar("_P", bound=type[ModulePass])


def register_pass(cls: _P) -> _P:
    """Class decorator: make ``cls`` reachable as ``-p <cls.name>``."""
    name = cls.name
    existing = _PASSES.get(name)
    if existing is not None and existing is not cls and existing.__qualname__ != cls.__qualname__:
        raise EmberError(f"pass name '{name}' registered twice ({existing.__module__}, {cls.__module__})")
    _PASSES[name] = cls
    return cls


def register_pipeline(name: str, passes: tuple[str, ...], summary: str) -> NamedPipeline:
    """Register a named pipeline expanding to ``passes`` (each a pass spec or pipeline name)."""
    pipeline = NamedPipeline(name, passes, summary)
    _PIPELINES[name] = pipeline
    return pipeline


def _import_package_modules(package_name: str) -> None:
    package = importlib.import_module(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        importlib.import_module(info.name)


def load_all_passes() -> None:
    """Import every module of the pass packages once, so their decorators register passes."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for package_name in PASS_PACKAGES:
        _import_package_modules(package_name)


def load_plugin(path: str) -> None:
    """Execute a user's Python file; the passes it registers join the registry."""
    file = Path(path)
    if not file.is_file():
        raise EmberError(f"{path}: error: pass plugin file not found")
    module_name = f"ember_plugin_{file.stem}_{abs(hash(file.resolve()))}"
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise EmberError(f"{path}: error: cannot load pass plugin")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)


def ember_passes() -> dict[str, type[ModulePass]]:
    """ember's own passes (and plugins'), by name."""
    load_all_passes()
    return dict(_PASSES)


def pipelines() -> dict[str, NamedPipeline]:
    """Registered named pipelines, by name."""
    load_all_passes()
    return dict(_PIPELINES)


def available_passes() -> dict[str, Callable[[], type[ModulePass]]]:
    """Every pass usable in a pipeline: xDSL's standard passes, then ember's (which win)."""
    from xdsl.transforms import get_all_passes

    table: dict[str, Callable[[], type[ModulePass]]] = dict(get_all_passes())
    for name, cls in ember_passes().items():
        table[name] = _constant_factory(cls)
    return table


def _constant_factory(cls: type[ModulePass]) -> Callable[[], type[ModulePass]]:
    return lambda: cls


def expand_pipeline_specs(spec: str) -> list[ArgSpec]:
    """Parse a pass-pipeline string, replacing named pipelines by their passes (recursively)."""
    return list(_expand(list(parse_pipeline(spec)), depth=0))


def _expand(specs: list[ArgSpec], depth: int) -> Iterator[ArgSpec]:
    if depth > 16:
        raise EmberError("named pipelines nest too deeply (a pipeline includes itself?)")
    named = pipelines()
    for arg_spec in specs:
        pipeline = named.get(arg_spec.name)
        if pipeline is None:
            yield arg_spec
            continue
        for part in pipeline.passes:
            yield from _expand(list(parse_pipeline(part)), depth + 1)


def build_pipeline(spec: str, callback: Callable[..., None] | None = None) -> PassPipeline:
    """Build a runnable pipeline from a spec such as ``graph-canonicalize,cse``."""
    table = available_passes()
    specs = expand_pipeline_specs(spec)
    unknown = [s.name for s in specs if s.name not in table]
    if unknown:
        raise EmberError(f"unknown pass or pipeline: {', '.join(unknown)} (see ember-opt --help)")
    passes = tuple(table[s.name]().from_pass_spec(s) for s in specs)
    return PassPipeline(passes, callback)


def first_doc_line(obj: object) -> str:
    """The one-line summary of a class or function: the first line of its docstring."""
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return doc.splitlines()[0].strip() if doc else ""


__all__ = [
    "NamedPipeline",
    "available_passes",
    "build_pipeline",
    "ember_passes",
    "expand_pipeline_specs",
    "first_doc_line",
    "load_all_passes",
    "load_plugin",
    "pipelines",
    "register_pass",
    "register_pipeline",
]
