"""Schedule scripts: a small text format that matches ops and applies schedule primitives to them.

MEMREF STAGE, like the primitives (:mod:`ember.lowering.schedule_primitives`), which it calls;
``apply-schedule{script="FILE"}`` runs a script on the payload module (issue 9 items 1 and 2).
One statement a line, ``#`` starts a comment::

    mm = match linalg.matmul tag=mm nth=0      # a handle: the matching ops (op name optional)
    i, j, k = tile mm sizes=4,8,16              # handles to the new loops, outermost first
    interchange g perm=1,0                      # linalg.generic loops
    unroll k factor=2                           # scf.for
    parallelize i                               # scf.for made by tile over a parallel dim
    vectorize g                                 # linalg.generic, linalg-vectorize's lowering
    pack mm operand=1 blocks=4,8                # B copied into a 4x8-blocked buffer first
    p = match linalg.generic tag=scale
    fuse p into=mm                              # compute p's tiles inside mm's tile loops
    schedule mm lanes=8 mr=4 nr=16 kc=64        # write the kernel record ember.schedule

A primitive applies to every op of its handle; ``tile`` returns one handle per tiled loop, each
holding that loop of every target (as MLIR's ``transform.structured.tile_using_for`` does), and
its operand handle then names the ops on one tile (what ``fuse ... into=`` and ``schedule`` want).
``schedule`` writes the same :class:`~ember.lowering.kernels.schedule.KernelSchedule` record that
``linalg-kernel-schedule`` derives from the target and a tuning log supplies, so the three
sources are one thing printed on the op.

Why not xDSL's ``transform`` dialect: its interpreter runs ``transform.structured.match`` (by op
name only: ``op_attrs`` is refused), ``tile_using_for`` and ``apply_registered_pass``; interchange,
unroll, vectorize and parallelize of one handle, and a kernel record, would each need a new
transform op and interpreter function. The text format carries the same structure (handles,
primitives with parameters) in a few lines and reports errors at the script's line and column.

Every error (unknown primitive or option, a handle never defined, a match that finds nothing, a
primitive on the wrong kind of op, a tile size that does not divide) is one line
``script:line:col: error: ...`` pointing at the offending word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass

from ember.diagnostics import EmberError
from ember.lowering.kernels.schedule import KernelSchedule, set_schedule
from ember.lowering.schedule_primitives import (
    ScheduleError,
    fuse_into,
    interchange,
    pack,
    parallelize,
    select,
    tile,
    unroll,
    vectorize,
)
from ember.registry import register_pass

Value = int | bool | str | tuple[int, ...] | tuple[str, ...]


class ScheduleScriptError(EmberError):
    """An error in a schedule script, located at ``file:line:col``."""


@dataclass(frozen=True)
class Word:
    text: str
    col: int


@dataclass
class Statement:
    """One line: ``results = primitive [handle] key=value ...``."""

    line: int
    results: list[Word]
    primitive: Word
    handle: Word | None
    options: dict[str, tuple[Word, Value]] = field(default_factory=dict)


def _value(text: str) -> Value:
    parts = text.split(",")
    if all(re.fullmatch(r"-?\d+", p) for p in parts):
        ints = tuple(int(p) for p in parts)
        return ints if len(ints) > 1 or text.endswith(",") else ints[0]
    if text in ("true", "false"):
        return text == "true"
    return tuple(parts) if len(parts) > 1 else text.strip('"')


def parse_line(number: int, text: str, path: str = "<script>") -> Statement | None:
    """The statement of one script line, ``None`` for a blank or comment line."""
    words = [Word(m.group(), m.start() + 1) for m in re.finditer(r"[^\s,]+(?:,[^\s,]+)*,?|,", text.split("#", 1)[0])]
    words = [w for w in words if w.text != ","]
    if not words:
        return None
    results: list[Word] = []
    if any(w.text == "=" for w in words):
        split = next(i for i, w in enumerate(words) if w.text == "=")
        results = [Word(name, w.col) for w in words[:split] for name in w.text.split(",") if name]
        words = words[split + 1 :]
    if not words:
        raise ScheduleScriptError(f"{path}:{number}:{len(text)}: error: expected a primitive after '='")
    primitive, rest = words[0], words[1:]
    handle = rest.pop(0) if rest and "=" not in rest[0].text else None
    statement = Statement(number, results, primitive, handle)
    for w in rest:
        key, eq, value = w.text.partition("=")
        if not eq or not value:
            raise ScheduleScriptError(f"{path}:{number}:{w.col}: error: expected key=value, got '{w.text}'")
        statement.options[key] = (w, _value(value))
    return statement


# ---- the primitives a script can call -----------------------------------------------------------

Ops = list[Operation]
Primitive = Callable[[Ops, dict[str, Value]], list[Ops]]


def _each(fn: Callable[..., object]) -> Primitive:
    def apply(ops: Ops, options: dict[str, Value]) -> list[Ops]:
        for op in ops:
            fn(op, **options)
        return []

    return apply


def _replacing(fn: Callable[..., Operation]) -> Primitive:
    """A primitive that replaces each op of the handle by the op it returns (the handle follows)."""

    def apply(ops: Ops, options: dict[str, Value]) -> list[Ops]:
        ops[:] = [fn(op, **options) for op in ops]
        return []

    return apply


def _tile(ops: Ops, options: dict[str, Value]) -> list[Ops]:
    sizes = options.get("sizes", ())
    per_op = [tile(op, sizes, bool(options.get("partial", False))) for op in ops]  # type: ignore[arg-type]
    ops[:] = [tiled for tiled, _ in per_op]
    return [list(loops) for loops in zip(*(loops for _, loops in per_op), strict=True)]


def _schedule(ops: Ops, options: dict[str, Value]) -> list[Ops]:
    try:
        record = KernelSchedule(**options).check()  # type: ignore[arg-type]
    except EmberError as error:
        raise ScheduleError(f"schedule: {error}") from None
    for op in ops:
        set_schedule(op, record)
    return []


def _fuse(ops: Ops, options: dict[str, Value]) -> list[Ops]:
    consumers = options.get("into")
    if not isinstance(consumers, list):
        raise ScheduleError("fuse needs into=HANDLE (the tiled consumer)")
    return [[copy for op in ops for consumer in consumers for copy in fuse_into(op, consumer)]]


PRIMITIVES: dict[str, tuple[Primitive, tuple[str, ...]]] = {
    "tile": (_tile, ("sizes", "partial")),
    "interchange": (_each(interchange), ("perm",)),
    "unroll": (_each(unroll), ("factor",)),
    "parallelize": (_each(parallelize), ()),
    "vectorize": (_each(vectorize), ("lanes",)),
    "fuse": (_fuse, ("into",)),
    "pack": (_replacing(pack), ("operand", "blocks")),
    "schedule": (_schedule, ("lanes", "mr", "nr", "kc", "mc", "vectorize", "parallel", "grain", "pack_a")),
}
"""Primitive name -> (function over a handle's ops, its options)."""
TUPLE_OPTIONS = ("sizes", "perm", "blocks")
"""Options that are lists of ints (``sizes=4`` is ``(4,)``)."""
HANDLE_OPTIONS = ("into",)
"""Options whose value names a handle (passed on as its ops)."""


# ---- the interpreter ---------------------------------------------------------------------------


@dataclass
class ScriptRun:
    """Runs the statements of one script on a module, keeping the handles."""

    path: str
    module: ModuleOp
    handles: dict[str, Ops] = field(default_factory=dict)

    def error(self, line: int, col: int, message: str) -> ScheduleScriptError:
        return ScheduleScriptError(f"{self.path}:{line}:{col}: error: {message}")

    def run(self, text: str) -> None:
        for number, line in enumerate(text.splitlines(), start=1):
            statement = parse_line(number, line, self.path)
            if statement is not None:
                self.execute(statement)

    def execute(self, st: Statement) -> None:
        if st.primitive.text == "match":
            self.bind(st, [self.match(st)])
            return
        entry = PRIMITIVES.get(st.primitive.text)
        if entry is None:
            known = ", ".join(["match", *PRIMITIVES])
            raise self.error(st.line, st.primitive.col, f"unknown primitive '{st.primitive.text}' (primitives: {known})")
        function, allowed = entry
        self.check_options(st, allowed)
        ops = self.operand(st)
        options = {k: self.handle_option(st, k) if k in HANDLE_OPTIONS else v for k, (_, v) in st.options.items()}
        options.update({k: (v,) for k, v in options.items() if k in TUPLE_OPTIONS and isinstance(v, int)})
        try:
            results = function(ops, options)  # type: ignore[arg-type]
        except ScheduleError as error:
            place = st.options[error.option][0].col if error.option in st.options else st.primitive.col
            raise self.error(st.line, place, str(error)) from None
        self.bind(st, results)

    def check_options(self, st: Statement, allowed: Sequence[str]) -> None:
        for key, (word, _) in st.options.items():
            if key not in allowed:
                options = ", ".join(allowed) or "none"
                raise self.error(st.line, word.col, f"{st.primitive.text} has no option '{key}' (options: {options})")

    def operand(self, st: Statement) -> Ops:
        if st.handle is None:
            raise self.error(st.line, st.primitive.col, f"{st.primitive.text} needs a handle (a name bound by match or tile)")
        if st.handle.text not in self.handles:
            raise self.error(st.line, st.handle.col, f"unknown handle '{st.handle.text}'")
        return self.handles[st.handle.text]

    def handle_option(self, st: Statement, key: str) -> Ops:
        word, value = st.options[key]
        if not isinstance(value, str) or value not in self.handles:
            raise self.error(st.line, word.col, f"unknown handle '{value}' in {key}=")
        return self.handles[value]

    def match(self, st: Statement) -> Ops:
        self.check_options(st, ("tag", "nth"))
        options = {k: v for k, (_, v) in st.options.items()}
        try:
            return select(self.module, st.handle.text if st.handle else "", str(options.get("tag", "")), int(options.get("nth", -1)))  # type: ignore[arg-type]
        except ScheduleError as error:
            word = st.options[error.option][0] if error.option in st.options else st.handle or st.primitive
            raise self.error(st.line, word.col, str(error)) from None

    def bind(self, st: Statement, results: list[Ops]) -> None:
        if len(st.results) > len(results):
            where = st.results[len(results)]
            raise self.error(st.line, where.col, f"{st.primitive.text} gives {len(results)} handle(s), {len(st.results)} names are bound")
        for name, ops in zip(st.results, results, strict=False):
            self.handles[name.text] = ops


def apply_script(module: ModuleOp, path: str) -> None:
    """Run the schedule script at ``path`` on ``module``."""
    try:
        text = Path(path).read_text()
    except OSError as error:
        raise ScheduleScriptError(f"error: cannot read schedule script '{path}': {error.strerror}") from None
    apply_script_text(module, path, text)


def apply_script_text(module: ModuleOp, path: str, text: str) -> None:
    """Run the schedule script ``text`` (read from ``path``, which errors name) on ``module``."""
    ScriptRun(path, module).run(text)


@register_pass
@dataclass(frozen=True)
class ApplySchedulePass(ModulePass):
    """Apply a schedule script (match + tile / interchange / unroll / parallelize / vectorize / pack / fuse / schedule): script="FILE".

    Memref stage; errors are located at the script's line and column."""

    name = "apply-schedule"

    script: str = ""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if not self.script:
            raise ScheduleScriptError('error: apply-schedule needs script="FILE"')
        apply_script(op, self.script)
