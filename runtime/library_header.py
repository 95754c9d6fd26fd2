"""The C header of an exported model (``model.h``): constants, error codes and prototypes.

Generated from the library's record (:mod:`ember.runtime.library_record`), so it states exactly
what the library was built with: the ABI version and version string, the target, the thread
count and the runtime libraries it needs, the arena's size and alignment, the weights, and for
every input and output its name, element type, rank, shape, element and byte counts, both per
tensor (``P_INPUT0_SHAPE``) and as array initialisers over all of them (``P_INPUT_BYTES``) for
generic code such as ``examples/deploy/main.c``. A model with sizes known only at run time has
-1 for those dims, its symbols (``P_NUM_SYMBOLS``, names and ranges) and the inline functions
``P_input_shape``/``P_input_bytes`` (and ``output``) giving each tensor's shape and bytes for given
sizes; its run functions take the sizes. Then the error codes, an inline
``P_strerror`` and the functions (:mod:`ember.runtime.library_glue` for a shared library,
:mod:`ember.runtime.static_object` for the no-heap object).
"""

from __future__ import annotations

import numpy as np

from ember.runtime.executable import TensorSpec
from ember.runtime.library_glue import ERRORS
from ember.runtime.library_record import ABI_VERSION, STATIC, LibraryRecord
from ember.runtime.library_sizes import LibrarySymbol, c_expression, library_symbols, range_check
from ember.symbolic import plain_symbol

C_TYPES = {
    "float32": "float", "float64": "double", "int8": "int8_t", "int16": "int16_t", "int32": "int32_t",
    "int64": "int64_t", "uint8": "uint8_t", "uint16": "uint16_t", "uint32": "uint32_t", "uint64": "uint64_t",
    "bool": "uint8_t", "float16": "uint16_t", "bfloat16": "uint16_t",
    **{name: "uint8_t" for name in ("float8_e4m3fn", "float8_e4m3fnuz", "float8_e5m2", "float8_e5m2fnuz",
                                    "float8_e8m0fnu", "float4_e2m1fn", "int4", "uint4", "int2", "uint2")},
}  # fmt: skip
"""The C type of each numpy dtype: 16-bit floats are their bits (uint16_t), as C has no portable
half or bfloat16 type; float8, float4, int4 and int2 are one byte each (uint8_t), their bits in
the low end of the byte as ml_dtypes stores them (an int4 -1 is 0x0f, docs/element-types.md)."""


def c_type(dtype: np.dtype) -> str:
    return C_TYPES.get(dtype.name, "uint8_t")


def _shape_row(spec: TensorSpec) -> list[str]:
    """The dims as C constants, -1 for a size known only at run time."""
    return [str(d) if isinstance(d, int) else "-1" for d in spec.shape]


def _tensor_macros(prefix: str, kind: str, index: int, spec: TensorSpec) -> list[str]:
    m = f"{prefix}_{kind}{index}"
    dims = "(" + ", ".join(str(d) for d in spec.shape) + ")"
    lines = [
        f"/* {kind.lower()} {index}: {spec.name}, {spec.dtype.name} {dims} */",
        f"#define {m}_NAME {_c_string(spec.name)}",
        f'#define {m}_DTYPE "{spec.dtype.name}"',
        f"#define {m}_RANK {len(spec.shape)}",
        f"#define {m}_SHAPE {{{', '.join(_shape_row(spec)) or '1'}}}",
        f"#define {m}_DIMS {_c_string(dims)}",
    ]
    if not spec.dynamic:
        elements = int(np.prod(spec.shape, dtype=np.int64))
        lines += [f"#define {m}_ELEMENTS {elements}", f"#define {m}_BYTES {elements * spec.dtype.itemsize}"]
    return [*lines, f"typedef {c_type(spec.dtype)} {prefix.lower()}_{kind.lower()}{index}_t;"]


def _c_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _array_macros(prefix: str, kind: str, specs: list[TensorSpec]) -> list[str]:
    rank = max((len(s.shape) for s in specs), default=0) or 1

    def row(s: TensorSpec) -> str:
        return "{" + ", ".join([*_shape_row(s), *(["0"] * (rank - len(s.shape)))]) + "}"

    def join(values: list[str]) -> str:
        return "{" + ", ".join(values) + "}"

    lines = [
        f"#define {prefix}_{kind}_MAX_RANK {rank}",
        f"#define {prefix}_{kind}_NAMES {join([_c_string(s.name) for s in specs])}",
        f"#define {prefix}_{kind}_DTYPES {join([_c_string(s.dtype.name) for s in specs])}",
        f"#define {prefix}_{kind}_NPY_DESCRS {join([_c_string(s.dtype.str) for s in specs])}",
        f"#define {prefix}_{kind}_RANKS {join([str(len(s.shape)) for s in specs])}",
        f"#define {prefix}_{kind}_SHAPES {join([row(s) for s in specs])}",
    ]
    if not any(s.dynamic for s in specs):
        lines.append(
            f"#define {prefix}_{kind}_BYTES {join([str(int(np.prod(s.shape, dtype=np.int64)) * s.dtype.itemsize) for s in specs])}"
        )
    return lines


def _symbol_macros(prefix: str, symbols: list[LibrarySymbol]) -> list[str]:
    """The run-time sizes: their count, names and ranges (-1: no maximum)."""
    if not symbols:
        return [f"#define {prefix}_NUM_SYMBOLS 0 /* no run-time sizes: every shape is fixed */"]
    return [
        f"#define {prefix}_NUM_SYMBOLS {len(symbols)} /* run-time sizes, passed to run in this order */",
        f"#define {prefix}_SYMBOL_NAMES {{{', '.join(_c_string(s.name) for s in symbols)}}}",
        f"#define {prefix}_SYMBOL_MIN {{{', '.join(str(s.low) for s in symbols)}}}",
        f"#define {prefix}_SYMBOL_MAX {{{', '.join(str(-1 if s.high is None else s.high) for s in symbols)}}} /* -1: none */",
    ]


def _shape_function(p: str, kind: str, specs: list[TensorSpec], symbols: list[LibrarySymbol]) -> list[str]:
    """``P_<kind>_shape(index, symbols, shape)`` and ``P_<kind>_bytes(index, symbols)``: the
    shape and byte count of one tensor for these run-time sizes."""
    names = {s.name: s.c_name for s in symbols}
    unpack = " ".join(f"const int64_t {s.c_name} = symbols[{i}]; (void){s.c_name};" for i, s in enumerate(symbols))
    cases = []
    for index, spec in enumerate(specs):
        dims = " ".join(f"shape[{k}] = {c_expression(d, names)};" for k, d in enumerate(spec.shape))
        cases.append(f"  case {index}: {dims} return {len(spec.shape)};")
    itemsizes = ", ".join(str(s.dtype.itemsize) for s in specs) or "0"
    return [
        f"/* The shape of {kind} `index` when the run-time sizes are `symbols` ({p.upper()}_NUM_SYMBOLS values in",
        f"   {p.upper()}_SYMBOL_NAMES order): writes its dims, returns its rank (-1: no such {kind}). */",
        f"static inline int {p}_{kind}_shape(int index, const int64_t *symbols, int64_t *shape) {{",
        f"  {unpack}", "  switch (index) {", *cases, "  default: return -1;", "  }", "}",
        f"/* The byte count of {kind} `index` for the run-time sizes `symbols` (0: no such {kind}). */",
        f"static inline size_t {p}_{kind}_bytes(int index, const int64_t *symbols) {{",
        f"  static const size_t itemsizes[] = {{{itemsizes}}};",
        f"  int64_t shape[{max([len(s.shape) for s in specs] + [1])}], count = 1;",
        f"  int rank = {p}_{kind}_shape(index, symbols, shape);",
        "  if (rank < 0) return 0;",
        "  for (int k = 0; k < rank; ++k) count *= shape[k];",
        "  return (size_t)count * itemsizes[index];",
        "}",
    ]


def _bind_function(p: str, inputs: list[TensorSpec], symbols: list[LibrarySymbol]) -> list[str]:
    """``P_bind_sizes(input_shapes, symbols)``: the run-time sizes read from the inputs' shapes
    (each symbol from its first input dim that is just that symbol), then every input shape and
    range checked."""
    P = p.upper()
    first: dict[str, str] = {}
    for i, spec in enumerate(inputs):
        for k, dim in enumerate(spec.shape):
            symbol = plain_symbol(dim)
            if symbol is not None:
                first.setdefault(symbol, f"input_shapes[{i}][{k}]")
    reads = [f"  symbols[{j}] = {first[s.name]};" if s.name in first else f"  return {P}_E_SIZE; /* {s.name}: no input dim is just it */"
             for j, s in enumerate(symbols)]  # fmt: skip
    unpack = " ".join(f"const int64_t {s.c_name} = symbols[{j}];" for j, s in enumerate(symbols))
    rank = max([len(s.shape) for s in inputs] + [1])
    return [
        "/* The run-time sizes of a call on inputs of these shapes (input_shapes[i]: input i's dims), written to",
        f"   symbols ({P}_NUM_SYMBOLS values): {P}_OK, or {P}_E_SIZE when a shape does not fit the model (a fixed",
        "   dim differs, two dims of one size disagree, a size is outside its range). */",
        f"static inline int {p}_bind_sizes(const int64_t *const *input_shapes, int64_t *symbols) {{",
        *reads,
        f"  {unpack}",
        f"  if (!({range_check(symbols)})) return {P}_E_SIZE;",
        f"  for (int i = 0; i < {P}_NUM_INPUTS; ++i) {{",
        f"    int64_t want[{rank}];",
        f"    int rank = {p}_input_shape(i, symbols, want);",
        f"    for (int k = 0; k < rank; ++k) if (want[k] != input_shapes[i][k]) return {P}_E_SIZE;",
        "  }",
        f"  return {P}_OK;",
        "}",
    ]


def _typed_parameters(record: LibraryRecord) -> str:
    """``P_run``'s parameters: the typed buffers, one ``int64_t`` per run-time size, the arena."""
    p = record.name
    names = [_identifier(s.name, f"input{i}") for i, s in enumerate(record.inputs)]
    names += [_identifier(s.name, f"output{i}") for i, s in enumerate(record.outputs)]
    types = [f"const {p}_input{i}_t *" for i in range(len(record.inputs))] + [f"{p}_output{i}_t *" for i in range(len(record.outputs))]
    params = [f"{t}{n}" for t, n in zip(types, _unique(names), strict=True)]
    sizes = [s.c_name if s.c_name not in names else f"{s.c_name}_size" for s in library_symbols(record.inputs, record.outputs)]
    return ", ".join([*params, *[f"int64_t {n}" for n in sizes], "void *arena"])


def _unique(names: list[str]) -> list[str]:
    """``names`` with repeats numbered (two inputs may clean up to the same identifier)."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


def _identifier(name: str, fallback: str) -> str:
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    return cleaned if cleaned and not cleaned[0].isdigit() and cleaned not in ("arena",) else fallback


def header_source(record: LibraryRecord, *, threads: int, runtime_libraries: str) -> str:
    """The text of ``<name>.h`` for ``record``'s library or object."""
    p, P = record.name, record.name.upper()
    plan = record.memory_plan
    static = record.weights == STATIC
    lines = [
        f"/* {p}.h: generated by ember for model '{p}' (docs/deploy.md). Do not edit. */",
        f"#ifndef {P}_H_EMBER", f"#define {P}_H_EMBER", "", "#include <stddef.h>", "#include <stdint.h>", "",
        "#ifdef __cplusplus", 'extern "C" {', "#endif", "",
        f"#define {P}_ABI_VERSION {ABI_VERSION}",
        f'#define {P}_VERSION "ember {record.ember} abi {ABI_VERSION} {record.target.triple} {record.target.cpu}"',
        f"#define {P}_TARGET_TRIPLE {_c_string(record.target.triple)}",
        f"#define {P}_TARGET_CPU {_c_string(record.target.cpu)}",
        f"#define {P}_TARGET_FEATURES {_c_string(record.target.features)}",
        f"#define {P}_THREADS {threads} /* threads of the parallel loops (1: serial, no OpenMP) */",
        f'#define {P}_RUNTIME_LIBRARIES "{runtime_libraries}" /* what the code needs at run time */',
        f"#define {P}_ARENA_BYTES {plan.arena_bytes if plan else 0} /* scratch of one call (0: none) */",
        f"#define {P}_ARENA_ALIGNMENT 64",
        f"#define {P}_WEIGHTS_BYTES {record.weights_bytes}",
        f'#define {P}_WEIGHTS "{record.weights}" /* embedded | file ({p}_set_weights) | static */',
        f"#define {P}_STATIC_ARENA {int(static)} /* 1: no-heap object, one static arena, no threads */",
        f"#define {P}_NUM_INPUTS {len(record.inputs)}",
        f"#define {P}_NUM_OUTPUTS {len(record.outputs)}", "",
    ]  # fmt: skip
    for i, spec in enumerate(record.inputs):
        lines += _tensor_macros(P, "INPUT", i, spec)
    for i, spec in enumerate(record.outputs):
        lines += _tensor_macros(P, "OUTPUT", i, spec)
    lines += ["", *_array_macros(P, "INPUT", record.inputs), *_array_macros(P, "OUTPUT", record.outputs), ""]
    symbols = library_symbols(record.inputs, record.outputs)
    lines += [*_symbol_macros(P, symbols), ""]
    lines += [f"#define {P}_{name} {i}" for i, (name, _) in enumerate(ERRORS)]
    if symbols:
        lines += ["", *_shape_function(p, "input", record.inputs, symbols), *_shape_function(p, "output", record.outputs, symbols)]
        lines += _bind_function(p, record.inputs, symbols)
    lines += ["", _strerror(p, P), "", *(_static_api(record) if static else _shared_api(record)), ""]
    lines += ["#ifdef __cplusplus", "}", "#endif", f"#endif /* {P}_H_EMBER */", ""]
    return "\n".join(lines)


def _strerror(p: str, P: str) -> str:
    cases = "\n".join(f"  case {P}_{name}: return {_c_string(text)};" for name, text in ERRORS)
    return f"static inline const char *{p}_strerror(int code) {{\n  switch (code) {{\n{cases}\n  default: return \"unknown error code\";\n  }}\n}}"


def _shared_api(record: LibraryRecord) -> list[str]:
    p, P = record.name, record.name.upper()
    return [
        f"/* Run the model once. Buffers are C-contiguous; arena: {P}_ARENA_BYTES bytes, {P}_ARENA_ALIGNMENT-byte",
        "   aligned, used by no other running call (contents need not be initialised), or NULL to let the",
        f"   library allocate one for this call (aligned_alloc/free). Returns {P}_OK or an error code. */",
        f"int {p}_run({_typed_parameters(record)});",
        *_run_v_prototype(record),
        f"/* {P}_OK if this library can run here: pass {P}_ABI_VERSION (the header's ABI); checks the CPU's",
        "   features and the weights' checksum. Call it once before the first run. */",
        f"int {p}_check(int abi_version);",
        f"/* Weights from the side file of a --weights-file build ({P}_WEIGHTS_BYTES bytes, checked, copied). */",
        f"int {p}_set_weights(const void *data, size_t size);",
        f"size_t {p}_arena_bytes(void);",
        f"int {p}_abi_version(void);",
        f"const char *{p}_version(void);",
        f"const char *{p}_metadata(void); /* the library's JSON record (section .ember_meta) */",
    ]


def _run_v_prototype(record: LibraryRecord) -> list[str]:
    p, P = record.name, record.name.upper()
    if not any(s.dynamic for s in (*record.inputs, *record.outputs)):
        return [
            f"/* The same, with arrays of {P}_NUM_INPUTS input and {P}_NUM_OUTPUTS output pointers. */",
            f"int {p}_run_v(const void *const *inputs, void *const *outputs, void *arena);",
        ]
    return [
        f"/* The same, with arrays of {P}_NUM_INPUTS input and {P}_NUM_OUTPUTS output pointers and of the",
        f"   {P}_NUM_SYMBOLS run-time sizes ({P}_E_SIZE if one is outside its range). */",
        f"int {p}_run_v(const void *const *inputs, void *const *outputs, const int64_t *symbols, void *arena);",
    ]


def _static_api(record: LibraryRecord) -> list[str]:
    p, P = record.name, record.name.upper()
    return [
        "/* No-heap build: no malloc/free, no threads. The application must provide memcpy and memset",
        "   (the code calls them; on ARM EABI also the __aeabi_memcpy and __aeabi_memset families, which",
        "   libgcc or the C library usually supply). */",
        f"/* Run the model once. arena: {P}_ARENA_BYTES bytes, {P}_ARENA_ALIGNMENT-byte aligned, or NULL for the",
        "   object's own static arena (then calls must not overlap). Returns {P}_OK. */".replace("{P}", P),
        f"int {p}_run({_typed_parameters(record)});",
        f"int {p}_run_v(const void *const *inputs, void *const *outputs, void *arena);",
        f"int {p}_abi_version(void);",
        f"static inline int {p}_check(int abi_version) {{",
        f"  return abi_version == {p}_abi_version() ? {P}_OK : {P}_E_ABI;",
        "}",
    ]
