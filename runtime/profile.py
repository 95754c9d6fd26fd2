"""The per-operator profiler's run-time half: the timer hook compiled into a profiling build, and
the :class:`Profile` that ``exe.profile(*inputs, repeat=N)`` returns.

A profiling compile (``ember.compile(..., profile=True)``) runs ``graph-insert-profile-marks``,
which calls ``ember_profile_mark(id)`` before every unit of the entry function (a fusion group
or a single op) and before its return, and records the units (ONNX node names, op names, flops)
and the unit of each segment as function attributes. This module

* reads that layout from the lowered module (:func:`read_profile_layout`; attribute names are
  the pass's contract, repeated here so the runtime does not import the passes),
* defines the hook in the translated LLVM module (:func:`define_profile_hook`): it stores
  ``clock_gettime(CLOCK_MONOTONIC)`` in nanoseconds into slot ``id`` of the global array
  ``ember_profile_ticks`` (about 20 ns a mark: the clock is read through the vDSO),
* times calls and turns the marks into per-unit seconds (:func:`profile_calls`, :class:`Profile`):
  a sorted table with each unit's share of the whole call and GFLOP/s where the unit has a flop
  count, and a Chrome trace (``chrome://tracing``, https://ui.perfetto.dev).

The whole-call time is measured in Python on the same clock around the native call (input
checks, output allocation and the ctypes call included), so the table says how much of the
call the kernels account for. Knows nothing about ONNX beyond the names it is given.
"""

from __future__ import annotations

import ctypes
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import llvmlite.ir as ir
import numpy as np

if TYPE_CHECKING:
    from xdsl.dialects.builtin import ModuleOp

PROFILE_MARK = "ember_profile_mark"
TICKS_GLOBAL = "ember_profile_ticks"
UNITS_ATTR = "ember.profile_units"
SEGMENTS_ATTR = "ember.profile_segments"
CLOCK_MONOTONIC = 1
"""Linux's id of the clock ``time.perf_counter`` also reads."""


@dataclass(frozen=True)
class ProfileUnit:
    """One timed unit: a fusion group (one loop nest) or a single op."""

    nodes: tuple[str, ...]
    ops: tuple[str, ...]
    flops: int | None = None

    @property
    def name(self) -> str:
        """The ONNX node names, joined with ``+``."""
        return "+".join(self.nodes)

    @property
    def kind(self) -> str:
        """The op names without the dialect prefix, joined with ``+`` (``conv+relu``)."""
        return "+".join(op.split(".", 1)[-1] for op in self.ops)

    def to_record(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "ops": list(self.ops), "flops": self.flops}


@dataclass(frozen=True)
class ProfileLayout:
    """The units of an entry function and the unit of each timed segment, in order."""

    units: tuple[ProfileUnit, ...]
    segments: tuple[int, ...]

    @property
    def marks(self) -> int:
        return len(self.segments) + 1


def _strings(attr: Any) -> tuple[str, ...]:
    return tuple(a.data for a in attr.data)


def _unit(record: Any) -> ProfileUnit:
    fields = record.data
    flops = fields.get("flops")
    return ProfileUnit(_strings(fields["nodes"]), _strings(fields["ops"]), flops.value.data if flops else None)


def read_profile_layout(module: ModuleOp, entry: str) -> ProfileLayout | None:
    """The layout ``graph-insert-profile-marks`` recorded on function ``entry`` (at any stage),
    or None when the module was not instrumented."""
    for op in module.ops:
        name = op.properties.get("sym_name") or op.attributes.get("sym_name")
        if getattr(name, "data", None) != entry:
            continue
        units, segments = op.attributes.get(UNITS_ATTR), op.attributes.get(SEGMENTS_ATTR)
        if units is None or segments is None:
            return None
        return ProfileLayout(
            tuple(_unit(u) for u in units.data),  # type: ignore[attr-defined]
            tuple(s.value.data for s in segments.data),  # type: ignore[attr-defined]
        )
    return None


def define_profile_hook(module: ir.Module, marks: int) -> None:
    """Give the translated module the body of ``ember_profile_mark(i64 id)`` (declared by the
    translation of the instrumented code) and the ``ember_profile_ticks`` array it writes."""
    i32, i64 = ir.IntType(32), ir.IntType(64)
    ticks = ir.GlobalVariable(module, ir.ArrayType(i64, max(marks, 1)), name=TICKS_GLOBAL)
    ticks.initializer = ir.Constant(ticks.value_type, None)
    ticks.align = 64
    hook = module.globals.get(PROFILE_MARK)
    if hook is None:
        hook = ir.Function(module, ir.FunctionType(ir.VoidType(), [i64]), PROFILE_MARK)
    timespec = ir.LiteralStructType([i64, i64])
    clock = module.globals.get("clock_gettime")
    if clock is None:
        clock = ir.Function(module, ir.FunctionType(i32, [i32, timespec.as_pointer()]), "clock_gettime")
    builder = ir.IRBuilder(hook.append_basic_block("entry"))
    spec = builder.alloca(timespec)
    builder.call(clock, [ir.Constant(i32, CLOCK_MONOTONIC), spec])
    zero, one = ir.Constant(i32, 0), ir.Constant(i32, 1)
    seconds = builder.load(builder.gep(spec, [zero, zero]))
    nanoseconds = builder.load(builder.gep(spec, [zero, one]))
    stamp = builder.add(builder.mul(seconds, ir.Constant(i64, 1_000_000_000)), nanoseconds)
    builder.store(stamp, builder.gep(ticks, [ir.Constant(i64, 0), hook.args[0]]))
    builder.ret_void()


def ticks_view(address: int, marks: int) -> np.ndarray:
    """The ``ember_profile_ticks`` array at ``address`` as int64 nanoseconds (no copy)."""
    return np.ctypeslib.as_array((ctypes.c_int64 * marks).from_address(address))


def now_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def profile_calls(
    call: Callable[[], object], ticks: np.ndarray, layout: ProfileLayout, repeat: int, warmup: int = 1
) -> Profile:
    """Call ``call`` ``warmup`` times, then ``repeat`` times recording the marks and the whole
    call's start and end on the marks' clock."""
    for _ in range(warmup):
        call()
    stamps, calls = [], []
    for _ in range(max(repeat, 1)):
        start = now_ns()
        call()
        end = now_ns()
        stamps.append(ticks.copy())
        calls.append((start, end))
    return Profile(layout, np.array(stamps, dtype=np.int64), np.array(calls, dtype=np.int64))


@dataclass(frozen=True)
class ProfileRow:
    unit: ProfileUnit
    seconds: float
    share: float
    """Of the median whole call."""

    @property
    def gflops(self) -> float | None:
        if self.unit.flops is None or self.seconds <= 0:
            return None
        return self.unit.flops / self.seconds / 1e9


@dataclass(frozen=True)
class Profile:
    """Marks and whole-call times of ``repeat`` profiled calls (nanoseconds, one clock)."""

    layout: ProfileLayout
    ticks: np.ndarray  # (repeat, marks)
    calls: np.ndarray  # (repeat, 2): start, end of each whole call

    @property
    def repeat(self) -> int:
        return len(self.calls)

    def unit_seconds(self) -> np.ndarray:
        """(repeat, units): each unit's time per call, summed over its segments."""
        segments = np.diff(self.ticks, axis=1).astype(np.float64) / 1e9
        result = np.zeros((self.repeat, len(self.layout.units)))
        for index, unit in enumerate(self.layout.segments):
            result[:, unit] += segments[:, index]
        return result

    @property
    def call_seconds(self) -> float:
        """Median whole-call time, as the caller sees it."""
        return float(np.median(np.diff(self.calls, axis=1))) / 1e9

    @property
    def kernel_seconds(self) -> float:
        """Median over calls of the units' total (first mark to last)."""
        return float(np.median(self.unit_seconds().sum(axis=1)))

    @property
    def coverage(self) -> float:
        """The units' total as a fraction of the whole call (medians)."""
        return self.kernel_seconds / self.call_seconds if self.call_seconds > 0 else float("nan")

    def rows(self) -> list[ProfileRow]:
        """One row per unit (median seconds), slowest first."""
        medians = np.median(self.unit_seconds(), axis=0)
        total = self.call_seconds or 1.0
        rows = [ProfileRow(u, float(m), float(m) / total) for u, m in zip(self.layout.units, medians, strict=True)]
        return sorted(rows, key=lambda r: -r.seconds)

    def table(self, limit: int | None = None) -> str:
        """The rows as text (``limit``: only the slowest ones), then the totals."""
        rows = self.rows()
        shown = rows if limit is None else rows[:limit]
        kind_width = min(max((len(r.unit.kind) for r in shown), default=4), 28)
        lines = [f"{'ms':>9}  {'share':>6}  {'GFLOP/s':>7}  {'op':{kind_width}}  ONNX nodes"]
        for r in shown:
            gflops = f"{r.gflops:7.1f}" if r.gflops is not None else f"{'':7}"
            lines.append(f"{r.seconds * 1e3:9.3f}  {r.share * 100:5.1f}%  {gflops}  {r.unit.kind:{kind_width}}  {r.unit.name}")
        if len(shown) < len(rows):
            rest = sum(r.seconds for r in rows[len(shown):])
            lines.append(f"{rest * 1e3:9.3f}  {rest / (self.call_seconds or 1) * 100:5.1f}%  {'':7}  ({len(rows) - len(shown)} more units)")
        lines.append(
            f"{self.kernel_seconds * 1e3:9.3f} ms in {len(rows)} units = {self.coverage * 100:.1f}% of the "
            f"whole call ({self.call_seconds * 1e3:.3f} ms, median of {self.repeat})"
        )
        return "\n".join(lines)

    def chrome_trace(self) -> dict[str, Any]:
        """Every profiled call and its segments as Chrome trace events ("X", microseconds)."""
        origin = int(self.calls[0, 0])
        events: list[dict[str, Any]] = [
            {"name": "process_name", "ph": "M", "pid": 1, "args": {"name": "ember"}}
        ]
        for index, (start, end) in enumerate(self.calls):
            events.append(_event(f"call {index}", "call", int(start) - origin, int(end - start), {}))
            marks = self.ticks[index]
            for k, unit_index in enumerate(self.layout.segments):
                unit = self.layout.units[unit_index]
                duration = int(marks[k + 1] - marks[k])
                events.append(_event(unit.name, unit.kind, int(marks[k]) - origin, duration, unit.to_record()))
        return {"traceEvents": events, "displayTimeUnit": "ms"}

    def write_chrome_trace(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(self.chrome_trace(), handle)

    def to_record(self) -> dict[str, Any]:
        """The sorted rows and totals as JSON-ready data."""
        return {
            "call_ms": self.call_seconds * 1e3,
            "kernels_ms": self.kernel_seconds * 1e3,
            "coverage": self.coverage,
            "repeat": self.repeat,
            "units": [
                {**r.unit.to_record(), "name": r.unit.name, "ms": r.seconds * 1e3, "share": r.share, "gflops": r.gflops}
                for r in self.rows()
            ],
        }


def _event(name: str, category: str, start_ns: int, duration_ns: int, args: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name, "cat": category, "ph": "X", "pid": 1, "tid": 1,
        "ts": start_ns / 1e3, "dur": duration_ns / 1e3, "args": args,
    }  # fmt: skip

