"""The parser's memoised builtin types (``textual.LocatingParser``): a type text parsed once is
looked up afterwards, with the same result and the same error locations as a fresh parse."""

from __future__ import annotations

import pytest
from xdsl.dialects.builtin import MemRefType, TensorType

from ember.context import make_context
from ember.textual import LocatedParseError, parse_module

FUNCTION = """
func.func @f(%a: {t}, %b: {t}) -> {t} {{
  %0 = graph.add %a, %b : ({t}, {t}) -> {t}
  %1 = graph.relu %0 : ({t}) -> {t}
  func.return %1 : {t}
}}
"""


@pytest.mark.parametrize("spelled", [
    "tensor<4x?xf32>",
    "memref<4x8xf32, strided<[8, 1], offset: ?>>",
    "tensor<2x3xi8>",
])  # fmt: skip
def test_repeated_types_parse_to_the_same_attribute(spelled: str) -> None:
    text = FUNCTION.format(t=spelled) if spelled.startswith("tensor") else (
        f"func.func @g(%a: {spelled}, %b: {spelled}) -> {spelled} {{\n  func.return %a : {spelled}\n}}\n"
    )
    module, _ = parse_module(make_context(), text, "<t>")
    fn = next(iter(module.ops))
    types = [*fn.function_type.inputs.data, *fn.function_type.outputs.data]
    assert all(t == types[0] for t in types)
    assert isinstance(types[0], TensorType | MemRefType)
    assert str(types[0]) == spelled


def test_affine_map_layouts_with_arrows_parse() -> None:
    t = "memref<4xf32, affine_map<(d0) -> (d0 + 2)>>"
    text = f"func.func @g(%a: {t}, %b: {t}) -> {t} {{\n  func.return %b : {t}\n}}\n"
    module, _ = parse_module(make_context(), text, "<t>")
    fn = next(iter(module.ops))
    assert fn.function_type.inputs.data[0] == fn.function_type.inputs.data[1]
    layout = fn.function_type.inputs.data[1].layout
    assert layout.data.eval([3], []) == (5,)


def test_a_malformed_repeat_of_a_parsed_type_is_located_where_it_is_written() -> None:
    text = (
        "func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n"
        "  %0 = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>\n"
        "  %1 = graph.relu %0 : (tensor<4xf32>) -> tensor<4xf3>\n"
        "  func.return %1 : tensor<4xf32>\n"
        "}\n"
    )
    with pytest.raises(LocatedParseError) as raised:
        parse_module(make_context(), text, "t.mlir")
    assert str(raised.value).startswith("t.mlir:3:")
