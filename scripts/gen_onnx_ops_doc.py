#!/usr/bin/env python
"""Generate docs/onnx-ops.md from the ONNX frontend's converter table.

    python scripts/gen_onnx_ops_doc.py [-o docs/onnx-ops.md] [--conformance results.json]

For every op of the default ONNX domain (as the installed onnx knows it) and every model opset
from 7 to the newest, the op is supported at that opset when the converter table has an entry for
the op's schema version there. ``--conformance`` adds per-op results of
``scripts/onnx_conformance.py --json`` (the page is meant to report a ``--compiled --call-time``
run, the way onnx's backend runner runs the cases; the JSON records its mode).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import onnx
from onnx import defs

from ember.frontend.onnx.converters import find_converter
from ember.frontend.onnx.functions import body_op_types
from ember.frontend.onnx.load import MIN_OPSET


def opset_ranges(opsets: list[int]) -> str:
    """[7, 8, 9, 11] -> '7-9, 11'."""
    parts: list[str] = []
    for v in opsets:
        if parts and int(parts[-1].split("-")[-1]) == v - 1:
            parts[-1] = f"{parts[-1].split('-')[0]}-{v}"
        else:
            parts.append(str(v))
    return ", ".join(parts)


def takes_sequences(schema: defs.OpSchema) -> bool:
    """Whether an input of the op is a sequence or optional (ember imports tensors only)."""
    allowed = {c.type_param_str: c.allowed_type_strs for c in schema.type_constraints}
    return any(all(t.startswith(("seq(", "optional(")) for t in allowed.get(i.type_str, [i.type_str]))
               for i in schema.inputs)


def expands(schema: defs.OpSchema, opset: int) -> bool | None:
    """Whether the op's function body at ``opset`` uses only ops with converters (the importer
    then expands a node of it, ``frontend/onnx/functions.py``); None when the body is built per
    node and onnx builds none for a sample node (the conformance column tells)."""
    if not (schema.has_function or schema.has_context_dependent_function) or takes_sequences(schema):
        return False
    ops = body_op_types(schema, opset)
    if ops is None:
        return None if schema.has_context_dependent_function and any(
            v <= opset for v in schema.context_dependent_function_opset_versions) else False
    for op in ops:
        try:
            inner = defs.get_schema(op, opset, "")
        except defs.SchemaError:
            return False
        if find_converter(op, inner.since_version) is None:
            return False
    return True


def op_rows(latest: int) -> list[tuple[str, str, str, str, str]]:
    names = sorted({s.name for s in defs.get_all_schemas_with_history() if s.domain in ("", "ai.onnx")})
    rows = []
    for name in names:
        live, supported, convs = [], [], set()
        for opset in range(MIN_OPSET, latest + 1):
            try:
                schema = defs.get_schema(name, opset, "")
            except defs.SchemaError:
                continue
            if schema.deprecated:
                continue
            live.append(opset)
            conv = find_converter(name, schema.since_version)
            if conv is not None:
                supported.append(opset)
                convs.add(f"{conv.__module__.rsplit('.', 1)[-1]}.{getattr(conv, '__name__', '?')}")
            elif (expanded := expands(schema, opset)) is not False:
                supported.append(opset)
                convs.add("function body" if expanded else "function body (built per node)")
        if not live:
            continue
        status = "supported" if supported == live else "partial" if supported else "unsupported"
        versions = sorted({defs.get_schema(name, o, "").since_version for o in live})
        rows.append((name, status, opset_ranges(supported) or "-", ", ".join(map(str, versions)), ", ".join(sorted(convs))))
    return rows


def conformance_columns(path: str | None) -> dict[str, str]:
    if not path:
        return {}
    per_op: dict[str, Counter] = defaultdict(Counter)
    for r in json.loads(Path(path).read_text()):
        per_op[r["op_type"]][r["status"]] += 1
    return {op: f"{c['passed']}/{sum(c.values())}" for op, c in per_op.items()}


MODES = {
    "compiled, call-time": "compiled with `ember.compile`, every graph input passed as data at call time "
    "as onnx's backend runner does: `--compiled --call-time`",
    "reference, call-time": "graph-stage reference interpreter, every graph input passed as data at call "
    "time: `--call-time`",
    "compiled, bind-static": "compiled, inputs ember needs at compile time bound as constants: "
    "`--compiled --bind-static`",
    "reference, bind-static": "reference interpreter, inputs ember needs at compile time bound as "
    "constants: `--bind-static`",
}
"""How the page describes each mode ``scripts/onnx_conformance.py --json`` records."""


EXPLAINED = {
    "test_attention_4d_causal_fp16": "expected data less accurate than ember's: measured against the same "
    "attention in float64, the expected output is not the correctly rounded f16 value in 40 of 192 elements "
    "(max error 4.9e-4), ember's in 22 (max 4.0e-4), and every op of ember's (the expanded form's matmuls, "
    "softmax, casts) is correctly rounded; onnxruntime fails the unexpanded case too and passes the expanded "
    "one, whose first f16 matmul it does not round correctly (23 of 144 products)",
    "test_dft_inverse": "expected data less accurate than ember's: numpy >= 2 computes `ifft` of complex64 "
    "input in single precision (max error 1.5e-6 against a float64 ifft), ember in float64 (4.4e-7); "
    "onnxruntime fails too (1.9e-5)",
}
"""Failing cases whose cause was measured, by case-name prefix (``_expanded``, ``_opset19`` forms share it)."""


def failure_lines(results: list[dict[str, str]]) -> list[str]:
    """A list of the failed cases, each with its message and, where known, the measured cause."""
    failed = sorted((r for r in results if r["status"] == "failed"), key=lambda r: r["name"])
    if not failed:
        return []
    lines = ["", "Failed cases:", ""]
    for r in failed:
        why = next((text for prefix, text in EXPLAINED.items() if r["name"].startswith(prefix)), "")
        lines.append(f"- `{r['name']}` ({r['op_type']}): {r['message']}" + (f" -- {why}" if why else ""))
    return lines


def render(conformance: str | None, mode: str = "compiled, call-time") -> str:
    latest = defs.onnx_opset_version()
    rows = op_rows(latest)
    conf = conformance_columns(conformance)
    if conformance:
        recorded = {r.get("mode") for r in json.loads(Path(conformance).read_text())} - {None}
        mode = MODES.get(recorded.pop() if len(recorded) == 1 else mode, mode)
    counts = Counter(status for _, status, *_ in rows)
    lines = [
        "# ONNX operator coverage",
        "",
        "<!-- Generated by scripts/gen_onnx_ops_doc.py from the converter table; do not edit. -->",
        "",
        f"ember's ONNX frontend (`frontend/onnx/`) against onnx {onnx.__version__} (default domain, model opsets "
        f"{MIN_OPSET}-{latest}). An op is *supported* at a model opset when the converter table has an entry for "
        "the op's schema version there; *partial* means some opsets only. Some supported ops still reject "
        "particular attribute values (e.g. Resize `cubic`) with an error naming the node and attribute.",
        "",
        f"**{counts['supported']} supported, {counts['partial']} partial, {counts['unsupported']} unsupported** "
        f"of {len(rows)} ops.",
        "",
        "```",
        "ember-import model.onnx [-o model.mlir] [--input-shape x=1x3x224x224] [--elide-large-constants]",
        "ember-run --reference model.onnx --input x=x.npy [--output out.npz]",
        "python scripts/onnx_conformance.py [--compiled] [--filter REGEX] [--op-filter REGEX]   # ONNX node tests",
        "```",
        "",
        "In Python: `ember.import_onnx(model, input_shapes={'x': (1, 3, 224, 224)})` (path, bytes or "
        "`ModelProto`). Inputs ONNX passes as tensors but ember needs static (Reshape's shape, Slice's starts, "
        "Resize's scales, TopK's k, ...) fold at import when they are constants or computable from constants "
        "(Shape -> Gather -> Concat chains); when they come from graph inputs, `ember.compile` compiles once per "
        "distinct value at call time (`docs/dynamic-shapes.md`). A model with unsupported ops fails with one error listing every "
        "(op, opset) pair and the nodes using it. Ops without a single graph-dialect op are composed from graph "
        "ops (the `ops_composite` / `ops_attention` converters; LSTM / GRU / RNN are unrolled over time by "
        "`ops_recurrent`, see `docs/recurrent.md`). A node of an op without a converter whose inputs "
        "are all constants is evaluated at import with onnx's reference evaluator (`frontend/onnx/fold.py`); "
        "such ops are still listed as unsupported here. An op without a converter that ONNX defines as a "
        "function (LinearAttention, CausalConvWithState, AffineGrid, MeanVarianceNormalization, ...) is "
        "expanded into its body at import, built by onnx for the model's opset and node (`frontend/onnx/functions.py`; "
        "converter column: *function body*).",
        "",
    ]
    header = "| op | status | supported opsets | schema versions | converter |"
    rule = "|---|---|---|---|---|"
    if conf:
        header += " node tests passed |"
        rule += "---|"
    lines += [header, rule]
    for name, status, supported, versions, convs in rows:
        row = f"| {name} | {status} | {supported} | {versions} | {convs or '-'} |"
        if conf:
            row += f" {conf.get(name, '-')} |"
        lines.append(row)
    if conformance:
        totals = Counter(r["status"] for r in json.loads(Path(conformance).read_text()))
        lines += ["", f"Node-test column: passed / total cases of `scripts/onnx_conformance.py` ({mode}) "
                  f"when this page was generated: {totals['passed']} passed, {totals['failed']} failed, "
                  f"{totals['unsupported']} unsupported of {sum(totals.values())} cases."]  # fmt: skip
        lines += failure_lines(json.loads(Path(conformance).read_text()))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", default=str(Path(__file__).resolve().parent.parent / "docs" / "onnx-ops.md"))
    parser.add_argument("--conformance", help="JSON written by scripts/onnx_conformance.py --json")
    parser.add_argument("--mode", default="compiled, call-time", choices=sorted(MODES),
                        help="the conformance run's mode, when its JSON does not record it")
    args = parser.parse_args()
    Path(args.output).write_text(render(args.conformance, args.mode))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
