"""Smoke tests of the graph dialect's construction, inference, verification and semantics."""

import numpy as np
import pytest
from xdsl.dialects.builtin import f32
from xdsl.ir import Block
from xdsl.utils.exceptions import VerifyException

from ember.dialects import graph
from ember.dialects.graph.base import ints_attr, tensor


def _args(*types):
    block = Block(arg_types=list(types))
    return block.args


def test_add_broadcasts_and_evaluates():
    a, b = _args(tensor((2, 3), f32), tensor((3,), f32))
    op = graph.AddOp.make([a, b])
    assert op.result.type == tensor((2, 3), f32)
    x, y = np.random.rand(2, 3).astype(np.float32), np.random.rand(3).astype(np.float32)
    np.testing.assert_allclose(op.evaluate(x, y)[0], x + y)


def test_incompatible_broadcast_is_a_verify_error():
    a, b = _args(tensor((2, 3), f32), tensor((4,), f32))
    with pytest.raises(VerifyException, match="graph.add.*do not broadcast"):
        graph.AddOp.make([a, b])


def test_transpose_infers_permuted_shape():
    (a,) = _args(tensor((2, 3, 4), f32))
    op = graph.TransposeOp.make([a], {"perm": ints_attr((2, 0, 1))})
    assert op.result.type == tensor((4, 2, 3), f32)
    x = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
    np.testing.assert_array_equal(op.evaluate(x)[0], x.transpose(2, 0, 1))


def test_conv_matches_direct_loop():
    x = np.random.rand(1, 4, 6, 6).astype(np.float32)
    w = np.random.rand(6, 2, 3, 3).astype(np.float32)
    xa, wa = _args(tensor(x.shape, f32), tensor(w.shape, f32))
    op = graph.ConvOp.make([xa, wa], {"group": graph.int_attr(2), "pads": ints_attr((1, 1, 1, 1))})
    assert op.result.type == tensor((1, 6, 6, 6), f32)
    out = op.evaluate(x, w)[0]
    xp = np.pad(x, [(0, 0), (0, 0), (1, 1), (1, 1)])
    ref = np.zeros((1, 6, 6, 6))
    for o in range(6):
        g = o // 3
        for i in range(6):
            for j in range(6):
                ref[0, o, i, j] = (xp[0, 2 * g : 2 * g + 2, i : i + 3, j : j + 3] * w[o]).sum()
    np.testing.assert_allclose(out, ref, rtol=1e-5)
