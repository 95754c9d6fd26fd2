"""Symbolic dims of the graph dialect: the expression algebra (`SymDim`), its text form, decisions
under declared ranges, the ``#graph.dims`` type encoding, and the call-time binding of symbols
from argument shapes (`bind_symbols`)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xdsl.dialects.builtin import f32

from ember.dialects import graph
from ember.dialects.graph.dims import bind_symbols, dims_text, plain_type
from ember.symbolic import (
    ShapeError,
    SymbolicDimError,
    SymDim,
    assuming,
    dim_min,
    parse_dim,
)

B, S = SymDim.of("batch"), SymDim.of("seq")


def test_canonical_form_makes_equal_expressions_equal() -> None:
    assert B * S * 768 == 768 * S * B
    assert (B + 1) * (B - 1) == B * B - 1
    assert hash(2 * B + S) == hash(S + B + B)
    assert B - B == 0 and (B * 4) // 4 == B
    assert math.prod([B, 3, S]) == 3 * B * S


def test_exact_division_and_floor_division_atoms() -> None:
    assert (B * S * 768).divide_exactly(B * 768) == S
    assert (B * S).divide_exactly(S * 2) is None
    half = (S - 1) // 2 + 1
    assert half != S and str(half) == "((seq - 1) // 2) + 1"
    assert half.evaluate({"seq": 33}) == 17 and half.evaluate({"seq": 32}) == 16


@settings(max_examples=60, deadline=None)
@given(a=st.integers(-5, 5), b=st.integers(-5, 5), c=st.integers(1, 4), batch=st.integers(1, 50), seq=st.integers(1, 50))
def test_expressions_evaluate_like_integers(a: int, b: int, c: int, batch: int, seq: int) -> None:
    expr = ((a * B + b * S * B + 3) // c) * S - b
    env = {"batch": batch, "seq": seq}
    assert expr.evaluate(env) == ((a * batch + b * seq * batch + 3) // c) * seq - b
    assert parse_dim(str(expr)) == expr  # the printed form parses back to the same expression


def test_decisions_use_the_declared_ranges() -> None:
    assert B > 0 and B >= 1 and not B < 1  # every symbol is a size of at least 1
    with pytest.raises(SymbolicDimError, match="cannot decide whether seq <= 64"):
        dim_min(S, 64)
    with assuming({"seq": (1, 64)}):
        assert dim_min(S, 64) == S
    assert dim_min(S, 2**63 - 1) == S  # an ONNX "to the end" slice bound


def test_numbers_are_refused_where_a_static_size_is_needed() -> None:
    with pytest.raises(SymbolicDimError, match="known only at run time"):
        int(B)
    with pytest.raises(SymbolicDimError):
        range(B)  # type: ignore[call-overload]
    assert issubclass(SymbolicDimError, ShapeError)


def test_bad_expressions_are_refused() -> None:
    for text in ("2 +", "batch ** 2", "f(x)", "1.5"):
        with pytest.raises(ValueError, match="dim expression"):
            parse_dim(text)


def test_type_encoding_round_trip() -> None:
    t = graph.tensor([B, 3, B * S], f32)
    assert str(t) == 'tensor<?x3x?xf32, #graph.dims<"batch", "batch*seq">>'
    assert graph.shape_of(t) == (B, 3, B * S)
    assert graph.tensor([2, 3], f32) == graph.tensor([SymDim.of(2), 3], f32)  # static stays plain
    assert str(plain_type(t)) == "tensor<?x3x?xf32>"
    assert dims_text(graph.shape_of(t)) == "(batch, 3, batch*seq)"


def test_bind_symbols_checks_every_rule() -> None:
    types = [graph.tensor([B, S], f32), graph.tensor([B, 4], f32), graph.tensor([B * S], f32)]
    assert bind_symbols(types, [(2, 5), (2, 4), (10,)], ["'a'", "'b'", "'c'"]) == {"batch": 2, "seq": 5}
    with pytest.raises(ShapeError, match=r"input 'b' has shape \(3, 4\), the model expects \(batch, 4\) \(dim 0 must be batch; batch = 2 from dim 0 of input 'a'\)"):
        bind_symbols(types, [(2, 5), (3, 4), (10,)], ["'a'", "'b'", "'c'"])
    with pytest.raises(ShapeError, match=r"input 'b' has shape \(2, 5\), the model expects \(batch, 4\)"):
        bind_symbols(types, [(2, 5), (2, 5), (10,)], ["'a'", "'b'", "'c'"])
    with pytest.raises(ShapeError, match=r"dim 0 must be batch\*seq"):
        bind_symbols(types, [(2, 5), (2, 4), (9,)], ["'a'", "'b'", "'c'"])
    with pytest.raises(ShapeError, match=r"dim 1 of input 'a' \(seq\) is 65, outside the declared range \[1, 64\]"):
        bind_symbols(types, [(2, 65), (2, 4), (130,)], ["'a'", "'b'", "'c'"], {"seq": (1, 64)})
