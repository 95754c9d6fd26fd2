"""The graph dialect as a whole: every op is registered, documented, names its family correctly
and overrides both the shape function and the reference semantics; enum attributes print and
parse back in both forms."""

from __future__ import annotations

import re

import pytest

from ember.context import make_context
from ember.dialects import graph
from ember.textual import parse_module, print_module


def test_dialect_registers_every_op_and_enum() -> None:
    assert set(graph.Graph.operations) == {*graph.ALL_OPS, *graph.CONTROL_OPS}
    assert set(graph.Graph.attributes) == {*graph.ENUM_ATTRS, graph.DimsAttr}
    names = [op.name for op in (*graph.ALL_OPS, *graph.CONTROL_OPS)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("op", graph.ALL_OPS, ids=lambda op: op.name)
def test_op_is_documented_and_complete(op: type[graph.GraphOp]) -> None:
    assert re.fullmatch(r"graph\.[a-z][a-z0-9_]*", op.name)
    camel = "".join(part.capitalize() for part in op.name[6:].split("_")) + "Op"
    assert op.__name__.lower() == camel.lower(), f"{op.__name__} should be {camel}"
    assert op.__doc__ and op.__doc__.strip(), f"{op.name} has no docstring"
    assert op.infer.__func__ is not graph.GraphOp.infer.__func__, f"{op.name} has no shape function"
    assert op.evaluate is not graph.GraphOp.evaluate, f"{op.name} has no reference semantics"


def test_family_tables_are_consistent() -> None:
    assert set(graph.BINARY_OPS) | set(graph.UNARY_OPS) <= set(graph.ALL_OPS)
    assert not set(graph.BINARY_OPS) & set(graph.UNARY_OPS)


@pytest.mark.parametrize("enum_attr", graph.ENUM_ATTRS, ids=lambda a: a.name)
def test_every_enum_value_round_trips(enum_attr: type) -> None:
    ctx = make_context()
    for member in enum_attr.enum_type:
        text = f'"test.op"() {{v = #graph<{enum_attr.name[6:]} {member.value}>}} : () -> ()'
        ctx.allow_unregistered = True
        module, _ = parse_module(ctx, text)
        printed = print_module(module)
        assert f"#graph<{enum_attr.name[6:]} {member.value}>" in printed
        (op,) = module.ops
        assert op.attributes["v"] == enum_attr(member)
