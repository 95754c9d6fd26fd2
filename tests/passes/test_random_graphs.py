"""Random graph-stage programs keep their results through every graph pass and graph-optimize.

A seeded generator builds small graphs full of what the passes rewrite (neutral constants,
inverse pairs, movement chains, casts, constant subgraphs, duplicates), then the reference
interpreter checks before == after on random inputs, and a second graph-optimize run is a no-op.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation, SSAValue

from ember.context import make_context
from ember.dialects import graph
from ember.registry import build_pipeline
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

SHAPE = (2, 3, 4)
UNARY = (graph.ReluOp, graph.NegOp, graph.AbsOp, graph.SigmoidOp, graph.FloorOp, graph.TanhOp)
BINARY = (graph.AddOp, graph.SubOp, graph.MulOp, graph.MaxOp, graph.MinOp)
SPLATS = (0.0, 1.0, -1.0, 2.0, 4.0, 0.5, 3.0)


class Builder:
    """Collects ops and the values produced so far."""

    def __init__(self, rng: np.random.Generator, arg: SSAValue) -> None:
        self.rng = rng
        self.ops: list[Operation] = []
        self.values: list[SSAValue] = [arg]

    def add(self, op: Operation) -> SSAValue:
        self.ops.append(op)
        self.values.append(op.results[0])
        return op.results[0]

    def pick(self, shape: tuple[int, ...] | None = None) -> SSAValue:
        pool = [v for v in self.values if shape is None or v.type == graph.tensor(shape, graph.f32)]
        return pool[int(self.rng.integers(len(pool)))]

    def constant(self, shape: tuple[int, ...]) -> SSAValue:
        choice = int(self.rng.integers(3))
        if choice == 0:
            array = np.full((), self.rng.choice(SPLATS), np.float32)
        elif choice == 1:
            array = np.full(shape[-1:], self.rng.choice(SPLATS), np.float32)
        else:
            array = self.rng.integers(-3, 4, size=shape[-2:]).astype(np.float32)
        return self.add(graph.ConstantOp.from_array(array))

    def step(self) -> None:
        kind = int(self.rng.integers(7))
        x = self.pick(SHAPE) if kind != 6 else self.pick()
        [self._unary, self._binary_const, self._binary, self._transpose_pair, self._reshape_chain,
         self._cast_pair, self._noop][kind](x)  # fmt: skip

    def _unary(self, x: SSAValue) -> None:
        cls = UNARY[int(self.rng.integers(len(UNARY)))]
        y = self.add(cls.make([x]))
        if self.rng.random() < 0.5:
            self.add(cls.make([y]))

    def _binary_const(self, x: SSAValue) -> None:
        cls = BINARY[int(self.rng.integers(len(BINARY)))]
        c = self.constant(graph.shape_of(x.type))
        operands = [c, x] if self.rng.random() < 0.3 and cls is not graph.SubOp else [x, c]
        self.add(cls.make(operands))

    def _binary(self, x: SSAValue) -> None:
        cls = BINARY[int(self.rng.integers(len(BINARY)))]
        self.add(cls.make([x, self.pick(SHAPE)]))

    def _transpose_pair(self, x: SSAValue) -> None:
        perm = tuple(int(p) for p in self.rng.permutation(3))
        y = self.add(graph.TransposeOp.make([x], {"perm": graph.ints_attr(perm)}))
        back = tuple(int(i) for i in np.argsort(perm))
        self.add(graph.TransposeOp.make([y], {"perm": graph.ints_attr(back)}))

    def _reshape_chain(self, x: SSAValue) -> None:
        y = self.add(graph.UnsqueezeOp.make([x], {"axes": graph.ints_attr((0,))}))
        y = self.add(graph.FlattenOp.make([y], {"axis": graph.int_attr(2)}))
        self.add(graph.ReshapeOp.make([y], {"shape": graph.ints_attr(SHAPE)}))

    def _cast_pair(self, x: SSAValue) -> None:
        y = self.add(graph.CastOp.make([x], {"to": graph.f64}))
        self.add(graph.CastOp.make([y], {"to": graph.f32}))

    def _noop(self, x: SSAValue) -> None:
        self.add(graph.IdentityOp.make([x]))


def random_module(seed: int, steps: int = 14) -> str:
    rng = np.random.default_rng(seed)
    arg_type = graph.tensor(SHAPE, graph.f32)
    fn = func.FuncOp("main", ([arg_type], []))
    builder = Builder(rng, fn.body.block.args[0])
    for _ in range(steps):
        builder.step()
    outputs = [builder.values[-1], builder.pick(SHAPE)]
    fn.body.block.add_ops([*builder.ops, func.ReturnOp(*outputs)])
    fn.function_type = func.FunctionType.from_lists([arg_type], [o.type for o in outputs])
    module = ModuleOp([fn])
    module.verify()
    return print_module(module)


def parse(text: str) -> ModuleOp:
    return parse_module(make_context(), text)[0]


def run(text: str, spec: str) -> ModuleOp:
    module = parse(text)
    build_pipeline(spec).apply(make_context(), module)
    module.verify()
    return module


PASSES = ("graph-canonicalize", "graph-simplify-shapes", "graph-fold-constants", "graph-optimize")


@pytest.mark.parametrize(("seed", "spec"), list(itertools.product(range(12), PASSES)))
def test_random_graph_keeps_results(seed: int, spec: str):
    text = random_module(seed)
    after = run(text, spec)
    before = parse(text)
    x = np.random.default_rng(100 + seed).standard_normal(SHAPE).astype(np.float32) * 3
    for e, a in zip(run_reference(before, [x]), run_reference(after, [x]), strict=True):
        np.testing.assert_allclose(a, e, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("seed", range(12))
def test_random_graph_optimize_fixpoint_and_shrinks(seed: int):
    text = random_module(seed)
    once = run(text, "graph-optimize")
    assert len(list(once.walk())) <= len(list(parse(text).walk()))
    for op in once.walk():  # the inverse pairs and no-ops the generator plants are all gone
        assert not isinstance(op, graph.IdentityOp | graph.UnsqueezeOp | graph.FlattenOp | graph.CastOp)
    printed = print_module(once)
    assert print_module(run(printed, "graph-optimize")) == printed
