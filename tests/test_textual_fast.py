"""The parser's fast path (``textual_fast``): the modules it builds and the errors it lets the
normal parse report are exactly those of the token-by-token parse, on every lit input, on
invalid ops inside long runs of fast-parsed ops, and at scale (N and 4N ops); and the
printer's (``TextPrinter``'s plain ops) writes the same text as the format programs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from xdsl.dialects.builtin import UNKNOWN_LOC
from xdsl.ir import Block, Operation, SSAValue

from ember.context import make_context
from ember.textual import LocatedParseError, LocatingParser, SourceMap, parse_module, print_module
from ember.textual_fast import append_op, new_op

ROOT = Path(__file__).resolve().parents[1]
LIT_INPUTS = sorted((ROOT / "filecheck").rglob("*.mlir"))


def _chunks(path: Path) -> list[tuple[int, str]]:
    """The file's ``// -----`` chunks (the whole file if it is not split), with line offsets."""
    text = path.read_text(errors="replace")
    if "--split-input-file" not in text:
        return [(0, text)]
    chunks, line = [], 0
    for chunk in text.split("// -----"):
        chunks.append((line, chunk))
        line += chunk.count("\n")
    return chunks


def _outcome(text: str, name: str, line_offset: int, fast: bool) -> tuple[str, ...]:
    """What parsing gives: both printed forms and every op's source span, or the error
    (``fast``: fast parse and fast print, else the normal ones)."""
    try:
        module, sources = parse_module(make_context(), text, name, line_offset, fast=fast)
    except LocatedParseError as error:
        return ("error", str(error))
    except Exception as error:  # (the same exception either way is all that matters here)
        return ("raised", type(error).__name__, str(error))
    spans = " ".join(f"{sources.spans[op].start}-{sources.spans[op].end}" for op in module.walk() if op in sources.spans)
    try:
        printed = (
            _blob_keys(print_module(module, fast=fast)),
            _blob_keys(print_module(module, generic=True, fast=fast)),
        )
    except Exception as error:  # (a few invalid inputs parse but do not print)
        printed = ("print raised", type(error).__name__, str(error))
    return (*printed, spans)


def _blob_keys(text: str) -> str:
    """Resource keys numbered in order of use: a second parse in a process renames them
    (``w0`` becomes ``w0_0``: xDSL's process-global blob storage), whichever path parsed."""
    keys: dict[str, str] = {}
    return re.sub(r"dense_resource<([^>]+)>", lambda m: f"dense_resource<{keys.setdefault(m[1], f'k{len(keys)}')}>", text)


@pytest.mark.parametrize("path", LIT_INPUTS, ids=lambda p: str(p.relative_to(ROOT / "filecheck")))
def test_fast_and_normal_parse_agree_on_lit_inputs(path: Path) -> None:
    for offset, chunk in _chunks(path):
        fast = _outcome(chunk, str(path), offset, fast=True)
        assert fast == _outcome(chunk, str(path), offset, fast=False), f"{path}:{offset + 1}"


def test_generic_form_of_lit_inputs_parses_the_same_fast() -> None:
    """The generic form (every op ``"name"(...) : (...) -> ...``) takes the fast path too."""
    checked = 0
    for path in LIT_INPUTS[:40]:
        for offset, chunk in _chunks(path):
            first = _outcome(chunk, str(path), offset, fast=False)
            if first[0] in ("error", "raised"):
                continue
            generic = first[1]
            assert _outcome(generic, "<generic>", 0, fast=True) == _outcome(generic, "<generic>", 0, fast=False)
            checked += 1
    assert checked > 20


T = "tensor<4xf32>"


def straight_line(n: int, bad: str | None = None) -> str:
    """``n`` graph ops (relu / add / mul in turn); ``bad`` replaces the middle one."""
    lines = [f"func.func @main(%a: {T}) -> {T} {{"]
    previous = "%a"
    for i in range(n):
        op = ("graph.relu", "graph.add", "graph.mul")[i % 3]
        operands, types = (previous, T) if i % 3 == 0 else (f"{previous}, %a", f"{T}, {T}")
        line = f"  %v{i} = {op} {operands} : ({types}) -> {T}"
        lines.append(bad.replace("PREV", previous) if bad is not None and i == n // 2 else line)
        previous = f"%v{i}"
    lines.append(f"  func.return {previous} : {T}\n}}")
    return "\n".join(lines) + "\n"


class CountingParser(LocatingParser):
    """Counts the ops the normal (token-by-token) parse reads."""

    normal = 0

    def _get_op_by_name(self, name: str):  # type: ignore[no-untyped-def]
        CountingParser.normal += 1
        return super()._get_op_by_name(name)


def test_common_ops_take_the_fast_path() -> None:
    CountingParser.normal = 0
    module = CountingParser(make_context(), straight_line(300)).parse_module()
    assert len(list(module.walk())) == 300 + 3
    # module, func.func, func.return and the first op of each of the 3 signatures
    assert CountingParser.normal <= 6


BAD_OPS = {
    "undefined value": f"  %v150 = graph.relu %nowhere : ({T}) -> {T}",
    "operand type": f"  %v150 = graph.relu PREV : (tensor<5xf32>) -> {T}",
    "bad type": f"  %v150 = graph.relu PREV : (tensor<4xf3>) -> {T}",
    "bad type text": f"  %v150 = graph.relu PREV : (tensor<4xf32) -> {T}",
    "operand count": f"  %v150 = graph.add PREV : ({T}, {T}) -> {T}",
    "type count": f"  %v150 = graph.add PREV, %a : ({T}) -> {T}",
    "result count": f"  %v150, %w = graph.relu PREV : ({T}) -> {T}",
    "redefined": f"  %v149 = graph.relu PREV : ({T}) -> {T}",
    "unknown op": f"  %v150 = graph.relux PREV : ({T}) -> {T}",
    "inferred type": f"  %v150 = graph.relu PREV : ({T}) -> tensor<5xf32>",
    "attribute": f"  %v150 = graph.relu PREV {{axis = }} : ({T}) -> {T}",
    "generic undefined": f'  %v150 = "graph.relu"(%nowhere) : ({T}) -> {T}',
    "generic type": f'  %v150 = "graph.relu"(PREV) : (tensor<5xf32>) -> {T}',
}


@pytest.mark.parametrize("case", sorted(BAD_OPS))
def test_errors_inside_fast_parsed_code_are_located_as_before(case: str) -> None:
    text = straight_line(300, BAD_OPS[case])
    fast = _outcome(text, "bad.mlir", 0, fast=True)
    assert fast == _outcome(text, "bad.mlir", 0, fast=False)
    if fast[0] == "error":
        assert re.match(r"bad\.mlir:\d+:\d+: error: ", fast[1]), fast[1]
    if case not in ("inferred type",):  # (a verifier error: the parse itself succeeds)
        assert fast[0] == "error" and "bad.mlir:152:" in fast[1], fast


def test_forward_references_locations_and_comments_fall_back() -> None:
    text = f"""
func.func @f(%a: {T}) -> {T} {{
  %0 = graph.relu %a : ({T}) -> {T}
  %1 = graph.relu %0 : ({T}) -> {T} loc("x.py":3:4)
  %2 = graph.relu %1 : ({T}) -> {T}  // a comment
  %3 = graph.relu // inside
       %2 : ({T}) -> {T}
  %4 = "graph.relu"(%3) : ({T}) -> {T} loc("y.py":1:2)
  func.return %4 : {T}
}}
"""
    assert _outcome(text, "f.mlir", 0, fast=True) == _outcome(text, "f.mlir", 0, fast=False)
    module, _ = parse_module(make_context(), text, "f.mlir")
    assert 'loc("x.py":3:4)' in print_module(module, debuginfo=True)


def test_parse_of_n_and_4n_ops_builds_the_same_ops() -> None:
    """Scale: op i is the same op, at the same line, whatever the function's length."""

    def ops(n: int) -> tuple[list[str], SourceMap, list]:
        module, sources = parse_module(make_context(), straight_line(n), "<n>")
        body = list(module.walk())[2:-1]  # (not the module, the function, the return)
        return print_module(module).splitlines(), sources, body

    small, small_sources, small_ops = ops(250)
    large, large_sources, large_ops = ops(1000)
    assert (len(small_ops), len(large_ops)) == (250, 1000)
    assert small[2 : 2 + 250] == large[2 : 2 + 250]
    for i, (a, b) in enumerate(zip(small_ops, large_ops[:250], strict=True)):
        assert (a.name, len(a.operands), a.result_types) == (b.name, len(b.operands), b.result_types)
        where = small_sources.spans[a].get_location(), large_sources.spans[b].get_location()
        assert (where[0].line, where[0].col) == (where[1].line, where[1].col) == (i + 2, 3)
        owners = [o.owner for o in a.operands]
        assert owners[0] is (small_ops[i - 1] if i else owners[0])
    assert all(op.operands[0].owner is large_ops[i - 1] for i, op in enumerate(large_ops) if i)


ATTR_OP = f"graph.leaky_relu PREV {{alpha = 2.000000e-01 : f64}} : ({T}) -> {T}"


@pytest.mark.parametrize("bad", [
    f"graph.leaky_relu %v99 {{alpha = 2 : i64}} : ({T}) -> {T}",
    f"graph.leaky_relu %v99 {{alpha = 2.000000e-01 : f64, alpha = 1.0 : f64}} : ({T}) -> {T}",
    f"graph.leaky_relu %v99 {{alpha = }} : ({T}) -> {T}",
    f"graph.leaky_relu %v99 {{alpha = 2.000000e-01 : f64}} : ({T}) -> tensor<4xi32>",
    f"graph.leaky_relu %nowhere {{alpha = 2.000000e-01 : f64}} : ({T}) -> {T}",
])  # fmt: skip
def test_ops_with_attributes_fast_and_normal_agree(bad: str) -> None:
    """Ops with an attribute dictionary are remembered by its text too; a bad one after a
    run of good ones is reported as the normal parse reports it."""
    lines = [f"func.func @f(%a: {T}) {{", f"  %v0 = graph.relu %a : ({T}) -> {T}"]
    lines += [f"  %v{i} = " + ATTR_OP.replace("PREV", f"%v{i - 1}") for i in range(1, 100)]
    lines += [f"  %bad = {bad}", "  func.return", "}"]
    text = "\n".join(lines) + "\n"
    fast = _outcome(text, "a.mlir", 0, fast=True)
    assert fast == _outcome(text, "a.mlir", 0, fast=False)
    if fast[0] == "error":
        assert "a.mlir:102:" in fast[1], fast[1]


def test_ops_with_attributes_take_the_fast_path() -> None:
    lines = [f"func.func @f(%a: {T}) {{", f"  %v0 = graph.relu %a : ({T}) -> {T}"]
    lines += [f"  %v{i} = " + ATTR_OP.replace("PREV", f"%v{i - 1}") for i in range(1, 100)]
    CountingParser.normal = 0
    module = CountingParser(make_context(), "\n".join([*lines, "  func.return", "}"])).parse_module()
    assert len(list(module.walk())) == 100 + 3
    assert CountingParser.normal <= 5  # module, func.func, func.return, the first of each op


RUN_BREAKS = {
    "loc after a comment": f'  %v150 = graph.relu PREV : ({T}) -> {T} // note\n  loc("x.py":1:2)',
    "comment lines": f"  // loc(\n  %v150 = graph.relu PREV : ({T}) -> {T} // loc\n  // %v151 = graph.relu",
    "op over lines": f"  %v150 =\n    graph.relu\n    PREV\n    : ({T})\n    -> {T}",
    "no result name": f"  graph.relu PREV : ({T}) -> {T}\n  %v150 = graph.relu PREV : ({T}) -> {T}",
    "two names": f"  %v150, %w = graph.relu PREV : ({T}) -> {T}",
    "forward use": f"  %v150 = graph.relu %later : ({T}) -> {T}\n  %later = graph.relu PREV : ({T}) -> {T}",
    "index use": f"  %v150 = graph.relu PREV#0 : ({T}) -> {T}",
    "location-named value": f"  %loc = graph.relu PREV : ({T}) -> {T}\n  %v150 = graph.relu %loc : ({T}) -> {T}",
}


@pytest.mark.parametrize("case", sorted(RUN_BREAKS))
def test_runs_of_remembered_ops_stop_where_the_normal_parse_reads(case: str) -> None:
    """Inside a long run of remembered ops (read without the lexer), whatever the lexer must
    see (a location after a comment, a forward or indexed use, a name reused) gives the ops,
    spans and errors of the token-by-token parse."""
    text = straight_line(300, RUN_BREAKS[case])
    assert _outcome(text, "run.mlir", 0, fast=True) == _outcome(text, "run.mlir", 0, fast=False)



def _state(op: Operation) -> dict[str, object]:
    """An op's fields as xDSL keeps them, uses and results described by value."""
    fields = dict(vars(op))
    uses, results = fields.pop("_operand_uses"), fields.pop("results")
    described: dict[str, object] = {key: (type(value), value) for key, value in fields.items() if key != "_operands"}
    described["_operands"] = (type(op._operands), tuple(op._operands))
    described["uses"] = [(type(u), u.operation is op, u.index, sorted(vars(u))) for u in uses]
    described["results"] = (type(results), [(type(r), r.op is op, r.index, r.type, sorted(vars(r))) for r in results])
    return described


def _use_list(value: SSAValue) -> list[tuple[Operation, int]]:
    """The value's uses from first to last, checking the backward links on the way."""
    found, previous, use = [], None, value.first_use
    while use is not None:
        assert use._prev_use is previous
        found.append((use.operation, use.index))
        previous, use = use, use._next_use
    return found


def test_new_op_and_append_op_leave_the_state_xdsl_leaves() -> None:
    """`new_op` / `append_op` are ``Operation.create`` / ``Block.add_op`` without their
    overhead: the ops, their operands' use lists and the blocks end up as xDSL leaves them."""
    module, _ = parse_module(make_context(), straight_line(6), "<n>")
    ours_block, their_block = Block(), Block()
    for parsed in list(module.walk())[2:-1]:
        op_type, operands, types = type(parsed), list(parsed.operands), list(parsed.result_types)
        before = [_use_list(v) for v in operands]
        ours = new_op(op_type, operands, types, dict(parsed.properties), dict(parsed.attributes))
        after_ours = [_use_list(v) for v in operands]
        theirs = op_type.create(
            operands=operands, result_types=types, properties=parsed.properties,
            attributes=parsed.attributes, location=UNKNOWN_LOC,
        )
        assert _state(ours) == _state(theirs)
        assert after_ours == [[(ours, i), *uses] for i, uses in enumerate(before)]
        assert [_use_list(v) for v in operands] == [[(theirs, i), *uses] for i, uses in enumerate(after_ours)]
        append_op(ours_block, ours)
        their_block.add_op(theirs)
        assert sorted(vars(ours)) == sorted(vars(theirs))
        assert (ours.parent, ours.prev_op is None, ours.next_op) == (ours_block, theirs.prev_op is None, None)
    assert [op.name for op in ours_block.ops] == [op.name for op in their_block.ops]
    assert [op.name for op in reversed(ours_block.ops)] == [op.name for op in reversed(their_block.ops)]


def test_new_op_leaves_classes_with_their_own_post_init_to_create() -> None:
    """A class that does more after construction than xDSL's IRDL ops gets it done."""
    module, _ = parse_module(make_context(), straight_line(1), "<n>")
    relu = list(module.walk())[2]

    class Tagged(type(relu)):  # type: ignore[misc]
        def __post_init__(self) -> None:
            super().__post_init__()
            self.tagged = True

    made = new_op(Tagged, list(relu.operands), list(relu.result_types), dict(relu.properties), {})
    assert made.tagged and type(made) is Tagged and made.operands[0] is relu.operands[0]
