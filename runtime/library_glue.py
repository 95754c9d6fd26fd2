"""The C glue of an exported shared library: its stable C interface around the compiled entry.

The compiled entry function (``void main(in..., out..., arena)``, see ``docs/memory.md``) has
no way to report an error and a name every program already has. The glue, C source generated
per model and compiled by the target's own C compiler when the library is linked
(:mod:`ember.runtime.linker`), gives it the interface ``docs/deploy.md`` describes, all names
prefixed with the model's name ``P``:

- ``int P_run(in..., out..., void *arena)`` / ``int P_run_v(inputs[], outputs[], arena)``:
  check (CPU features, weights present, non-null buffers, arena alignment), allocate the arena
  for this call if the caller passes NULL, call the entry, return :data:`ERRORS`' code; a model
  with run-time sizes takes one ``int64_t`` per symbol before the arena (``P_run_v``: an array
  of them), checked against the declared ranges, and computes the entry's size arguments
  (:mod:`ember.runtime.library_sizes`);
- ``int P_check(int abi_version)``: the ABI version, the CPU and the weights' checksum;
- ``int P_set_weights(const void *data, size_t size)``: weights from a side file
  (``--weights-file``), checked and copied into the library;
- ``P_arena_bytes``, ``P_abi_version``, ``P_version``, ``P_metadata`` (the header has
  ``P_strerror``);
- the metadata record in section ``.ember_meta`` (:mod:`ember.runtime.library_record`).

The entry is reached through an assembler name (``__asm__("main")``); the link keeps every
symbol but ``P_*`` local to the library, so it never meets the program's ``main``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ember.runtime.index_checks import c_check_function
from ember.runtime.library_record import ABI_VERSION, EMBEDDED, MIX, SECTION, LibraryRecord
from ember.runtime.library_sizes import (
    c_expression,
    entry_size_arguments,
    library_symbols,
    range_check,
)
from ember.target.cpu_features import feature_tests

ERRORS: tuple[tuple[str, str], ...] = (
    ("OK", "success"),
    ("E_ABI", "the library was built for another ABI version than the header"),
    ("E_CPU", "this CPU lacks features the library was compiled for"),
    ("E_NULL", "an input, output or array pointer is NULL"),
    ("E_ALIGN", "the arena is not 64-byte aligned"),
    ("E_NOMEM", "could not allocate the arena"),
    ("E_WEIGHTS", "the weights are damaged or of the wrong size"),
    ("E_NO_WEIGHTS", "the weights are not set (built with --weights-file: call the set_weights function)"),
    ("E_SIZE", "a run-time size is outside the range the model was compiled for"),
    ("E_INDEX", "an index input holds an index outside the dimension it indexes"),
)
"""Error codes of the C interface, in order (0, 1, ...), with their messages."""


@dataclass(frozen=True)
class GlueSpec:
    """What the glue needs besides the record."""

    entry: str
    """The compiled entry's symbol in the object file."""
    has_arena: bool
    weights_symbol_begin: str
    weights_symbol_end: str


def _bytes_literal(data: bytes) -> str:
    rows = [", ".join(str(b) for b in data[i : i + 24]) for i in range(0, len(data), 24)]
    return "{\n  " + ",\n  ".join(rows) + ", 0\n}"


@dataclass(frozen=True)
class Signatures:
    """The C parameter lists and argument lists the glue's functions need."""

    entry_params: str
    entry_args: str
    run_params: str
    vector_params: str
    vector_args: str
    symbol_check: str
    """A C condition: the run-time sizes are in range ("1" for a static model)."""


def _signatures(record: LibraryRecord, has_arena: bool) -> Signatures:
    """The entry takes the buffers, its size arguments, then the arena (if planned); ``P_run``
    the buffers, one ``int64_t`` per symbol and the arena; ``P_run_v`` arrays of them."""
    n_in, n_out = len(record.inputs), len(record.outputs)
    buffers = [f"in{i}" for i in range(n_in)] + [f"out{i}" for i in range(n_out)]
    buffer_params = [f"const void *in{i}" for i in range(n_in)] + [f"void *out{i}" for i in range(n_out)]
    symbols = library_symbols(record.inputs, record.outputs)
    names = {s.name: s.c_name for s in symbols}
    sizes = entry_size_arguments(record.inputs, record.outputs, names)
    arena = ["arena"] if has_arena else []
    vector = [f"inputs[{i}]" for i in range(n_in)] + [f"outputs[{i}]" for i in range(n_out)]
    return Signatures(
        entry_params=", ".join([*buffer_params, *["int64_t"] * len(sizes), *(["void *arena"] if has_arena else [])]) or "void",
        entry_args=", ".join([*buffers, *sizes, *arena]),
        run_params=", ".join([*buffer_params, *[f"int64_t {s.c_name}" for s in symbols], "void *arena"]),
        vector_params="const void *const *inputs, void *const *outputs, " + ("const int64_t *symbols, " if symbols else "") + "void *arena",
        vector_args=", ".join([*vector, *[f"symbols[{i}]" for i in range(len(symbols))], "arena"]),
        symbol_check=range_check(symbols),
    )  # fmt: skip


def _cpu_check(record: LibraryRecord) -> tuple[str, str]:
    headers, tests = feature_tests(record.target)
    includes = "".join(f"#include <{h}>\n" for h in headers)
    condition = " && ".join(expr for _, expr in tests) or "1"
    return includes, condition


def glue_source(record: LibraryRecord, spec: GlueSpec) -> str:
    """The C source of the glue of ``record``'s library."""
    p = record.name
    signatures = _signatures(record, spec.has_arena)
    includes, cpu = _cpu_check(record)
    n_in, n_out = len(record.inputs), len(record.outputs)
    arena = record.memory_plan.arena_bytes if record.memory_plan is not None else 0
    null_checks = " || ".join([f"!in{i}" for i in range(n_in)] + [f"!out{i}" for i in range(n_out)]) or "0"
    vector_nulls = "!inputs || !outputs" + (" || !symbols" if "symbols" in signatures.vector_params else "")
    codes = "\n".join(f"#define {p.upper()}_{name} {i}" for i, (name, _) in enumerate(ERRORS))
    embedded = int(record.weights == EMBEDDED)
    return GLUE_TEMPLATE.format(
        p=p, P=p.upper(), includes=includes, codes=codes, abi=ABI_VERSION,
        version=f"ember {record.ember} abi {ABI_VERSION} {record.target.triple} {record.target.cpu}",
        section=SECTION, meta=_bytes_literal(record.to_json()), entry=spec.entry, params=signatures.entry_params,
        args=signatures.entry_args, run_params=signatures.run_params, cpu=cpu, arena=arena, embedded=embedded,
        checksum=f"0x{record.checksum:016x}ULL", mix=f"0x{MIX:016x}ULL", weights_bytes=record.weights_bytes,
        begin=spec.weights_symbol_begin, end=spec.weights_symbol_end, null_checks=null_checks,
        vector_params=signatures.vector_params, vector_args=signatures.vector_args, vector_nulls=vector_nulls,
        sizes_ok=signatures.symbol_check, **_index_checks(record),
    )  # fmt: skip


def _index_checks(record: LibraryRecord) -> dict[str, str]:
    """The C range checks of the inputs holding Gather indices (``runtime.index_checks``): their
    functions, and the condition ``P_run`` tests before the entry."""
    names = {s.name: s.c_name for s in library_symbols(record.inputs, record.outputs)}
    from ember.runtime.library_header import c_type  # (the header imports this module's ERRORS)

    functions, calls = [], []
    for i, spec in enumerate(record.inputs):
        if spec.index_checks:
            functions.append(c_check_function(record.name, i, c_type(spec.dtype), spec.index_checks))
            count = " * ".join(f"(int64_t)({c_expression(d, names)})" for d in spec.shape) or "1"
            calls.append(f"{record.name}_indices_ok_{i}(in{i}, {count})")
    return {"index_functions": "\n\n".join(functions), "indices_ok": " && ".join(calls) or "1"}


GLUE_TEMPLATE = """\
/* Generated by ember: the C interface of model '{p}' (docs/deploy.md). Do not edit. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
{includes}
#define EXPORT __attribute__((visibility("default")))
{codes}

__attribute__((section("{section}"), used, aligned(8)))
static const unsigned char {p}_meta[] = {meta};

extern void {p}_entry({params}) __asm__("{entry}");
extern unsigned char {begin}[], {end}[];

static int {p}_weights_ready = {embedded};

EXPORT int {p}_abi_version(void) {{ return {abi}; }}
EXPORT const char *{p}_version(void) {{ return "{version}"; }}
EXPORT size_t {p}_arena_bytes(void) {{ return {arena}; }}
EXPORT const char *{p}_metadata(void) {{ return (const char *){p}_meta; }}

static int {p}_cpu_ok(void) {{
  static int known = -1;
  if (known < 0) known = ({cpu}) ? 1 : 0;
  return known;
}}

/* Fletcher-style: (sum w[i] * MIX + sum (i + 1) * w[i]) mod 2^64 over little-endian 32-bit words */
static uint64_t {p}_checksum(const unsigned char *data, size_t size) {{
  uint64_t plain = 0, weighted = 0;
  for (size_t i = 0; i + 4 <= size; i += 4) {{
    uint32_t word;
    memcpy(&word, data + i, 4);
    plain += word;
    weighted += (uint64_t)(i / 4 + 1) * word;
  }}
  return plain * {mix} + weighted;
}}

EXPORT int {p}_check(int abi_version) {{
  if (abi_version != {abi}) return {P}_E_ABI;
  if (!{p}_cpu_ok()) return {P}_E_CPU;
  if (!{p}_weights_ready) return {P}_E_NO_WEIGHTS;
  if ({p}_checksum({begin}, (size_t)({end} - {begin})) != {checksum}) return {P}_E_WEIGHTS;
  return {P}_OK;
}}

EXPORT int {p}_set_weights(const void *data, size_t size) {{
  if (!data) return {P}_E_NULL;
  if ({embedded} || size != {weights_bytes}u || {p}_checksum(data, size) != {checksum}) return {P}_E_WEIGHTS;
  memcpy({begin}, data, size);
  {p}_weights_ready = 1;
  return {P}_OK;
}}

{index_functions}

EXPORT int {p}_run({run_params}) {{
  void *own = NULL;
  if (!{p}_cpu_ok()) return {P}_E_CPU;
  if (!{p}_weights_ready) return {P}_E_NO_WEIGHTS;
  if ({null_checks}) return {P}_E_NULL;
  if (!({sizes_ok})) return {P}_E_SIZE;
  if (!({indices_ok})) return {P}_E_INDEX;
  if (arena && (uintptr_t)arena % 64) return {P}_E_ALIGN;
  if (!arena && {arena} > 0) {{
    own = aligned_alloc(64, ({arena} + 63) / 64 * 64);
    if (!own) return {P}_E_NOMEM;
    arena = own;
  }}
  {p}_entry({args});
  free(own);
  return {P}_OK;
}}

EXPORT int {p}_run_v({vector_params}) {{
  if ({vector_nulls}) return {P}_E_NULL;
  return {p}_run({vector_args});
}}
"""
