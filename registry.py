"""The pass and pipeline registry: how passes become reachable by name.

A pass joins ember by decorating its class with :func:`register_pass`; a named pipeline by a
call to :func:`register_pipeline`. Nothing here lists passes by hand: :func:`load_all_passes`
imports every module of the pass packages (``ember.passes``, ``ember.lowering``) once, and the
decorators fill the tables as a side effect. Plugin files (``ember-opt --load-pass-plugin``) use
the same decorators.

Start-up does not pay for importing every pass: the generated index ``ember/pass_index.py``
(``python scripts/gen_startup_index.py``; ``tests/tools/test_startup_index.py`` checks it is
current) names each pass with its summary and the module that registers it, and each pipeline
with its passes. :func:`pass_names`, :func:`pipelines` and the factories of
:func:`available_passes` read it, and a pass's module is imported when the pass is first built.
A pass missing from the index (a stale index) is still found, by loading every pass module.

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
from xdsl.utils.exceptions import DiagnosticException

from ember.diagnostics import EmberError, user_frame

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
_ORIGINS: dict[str, str] = {}  # pass or pipeline name -> the module whose import registered it
_loaded = False


_P = TypeVar("_P", bound=type[ModulePass])


def register_pass(cls: _P) -> _P:
    """Class decorator: make ``cls`` reachable as ``-p <cls.name>``."""
    name = cls.name
    existing = _PASSES.get(name)
    if existing is not None and existing is not cls and existing.__qualname__ != cls.__qualname__:
        raise EmberError(f"pass name '{name}' registered twice ({existing.__module__}, {cls.__module__})")
    _PASSES[name] = cls
    _ORIGINS.setdefault(name, _importing_module())
    return cls


def register_pipeline(name: str, passes: tuple[str, ...], summary: str) -> NamedPipeline:
    """Register a named pipeline expanding to ``passes`` (each a pass spec or pipeline name)."""
    pipeline = NamedPipeline(name, passes, summary)
    _PIPELINES[name] = pipeline
    _ORIGINS.setdefault(name, _importing_module())
    return pipeline


def _importing_module() -> str:
    """The module whose top-level code is running (the nearest ``<module>`` frame): importing
    it registers what is being registered now."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    return str(frame.f_globals.get("__name__", "")) if frame is not None else ""


def registered_pipelines() -> dict[str, NamedPipeline]:
    """Every pipeline the pass modules (and plugins) register, by name (imports them all)."""
    load_all_passes()
    return dict(_PIPELINES)


def registered_origins() -> dict[str, str]:
    """Pass and pipeline name -> the module that registers it (for the generated index)."""
    load_all_passes()
    return dict(_ORIGINS)


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
    try:
        spec.loader.exec_module(module)
    except DiagnosticException:
        raise
    except Exception as error:  # the plugin's own bug (a bad import, a misspelled class, ...)
        site = user_frame(error)
        what = f"pass plugin '{file.name}' failed to load"
        located = EmberError(f"{site}: error: {what}: {type(error).__name__}: {error}") if site else None
        raise (located or EmberError(f"{path}: error: pass plugin failed to load: {error}")) from error


def ember_passes() -> dict[str, type[ModulePass]]:
    """ember's own passes (and plugins'), by name, as classes: imports every pass module."""
    load_all_passes()
    return dict(_PASSES)


def pass_names() -> dict[str, str]:
    """ember's passes (and plugins') by name, with their one-line summaries, without importing
    the pass modules (the generated index, plus whatever registered since; once every pass
    module is loaded, the registry alone)."""
    from ember.pass_index import PASSES

    names = {} if _loaded else {name: summary for name, (_, summary) in PASSES.items()}
    names.update({name: first_doc_line(cls) for name, cls in _PASSES.items()})
    return names


def pass_class(name: str) -> type[ModulePass]:
    """The class of ember pass ``name``, importing just the module that registers it."""
    from ember.pass_index import PASSES

    if name not in _PASSES and name in PASSES:
        importlib.import_module(PASSES[name][0])
    if name not in _PASSES:
        load_all_passes()  # not in the index (a stale index): look everywhere
    if name not in _PASSES:
        raise EmberError(f"unknown pass '{name}' (see ember-opt --help)")
    return _PASSES[name]


def pipelines() -> dict[str, NamedPipeline]:
    """Named pipelines by name (the generated index, plus whatever registered since; once every
    pass module is loaded, the registry alone)."""
    from ember.pass_index import PIPELINES

    table = {} if _loaded else {n: NamedPipeline(n, p, s) for n, (p, s) in PIPELINES.items()}
    table.update(_PIPELINES)
    return table


def available_passes() -> dict[str, Callable[[], type[ModulePass]]]:
    """Every pass usable in a pipeline: xDSL's standard passes, then ember's (which win). Each
    is a factory, so a pass's module is imported only when the pass is built."""
    from xdsl.transforms import get_all_passes

    table: dict[str, Callable[[], type[ModulePass]]] = dict(get_all_passes())
    for name in pass_names():
        table[name] = _lazy_factory(name)
    return table


def _lazy_factory(name: str) -> Callable[[], type[ModulePass]]:
    return lambda: pass_class(name)


def expand_pipeline_specs(spec: str) -> list[ArgSpec]:
    """Parse a pass-pipeline string, replacing named pipelines by their passes (recursively).
    A malformed string is one `EmberError` naming the column (xDSL raises a multi-line
    ``BaseException`` that no ``except Exception`` catches)."""
    from xdsl.utils.exceptions import ArgSpecParseError

    try:
        parsed = list(parse_pipeline(spec))
    except ArgSpecParseError as error:
        raise EmberError(f"invalid pass pipeline '{spec}': {_pipeline_problem(str(error))}") from None
    return list(_expand(parsed, depth=0))


def _pipeline_problem(message: str) -> str:
    """'<what> at column N' from xDSL's message (a header, the spec, a caret line, the reason)."""
    lines = [line for line in message.splitlines()[1:] if line.strip()]
    caret = next((line for line in lines if line.strip().startswith("^")), None)
    reason = lines[-1].strip() if lines else "malformed"
    if caret is None:
        return reason
    column = caret.index("^") - (len(lines[0]) - len(lines[0].lstrip())) + 1 if lines else caret.index("^") + 1
    hint = " (quote option values that contain dots: op=\"linalg.matmul\")" if reason == "Unknown token" else ""
    return f"{reason.lower()} at column {column}{hint}"


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
    if unknown and not _loaded:  # perhaps registered by a module the index does not know yet
        load_all_passes()
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
    "pass_class",
    "pass_names",
    "pipelines",
    "register_pass",
    "register_pipeline",
    "registered_origins",
    "registered_pipelines",
]
