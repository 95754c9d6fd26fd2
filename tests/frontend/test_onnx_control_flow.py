"""ONNX If / Loop / Scan (``frontend/onnx/control_flow.py``, ``scan.py``; ``docs/control-flow.md``):
hand-built models compiled by ``ember.compile`` and run by the reference interpreter, against
onnxruntime, every graph input passed at call time; folding of constant conditions and trip
counts; located errors; models exported from PyTorch (``torch.cond``, ``while_loop``)."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto as T
from onnx import helper as h

import ember
from ember.diagnostics import EmberError
from ember.frontend.onnx.bind import bind_inputs
from ember.runtime.reference import run_reference

OPSET = [h.make_opsetid("", 17)]


def info(name: str, elem: int, shape: list | None) -> onnx.ValueInfoProto:
    return h.make_tensor_value_info(name, elem, shape)


def model(nodes: list, inputs: list, outputs: list, initializers: tuple = ()) -> onnx.ModelProto:
    return h.make_model(h.make_graph(nodes, "g", inputs, outputs, initializer=list(initializers)), opset_imports=OPSET)


def check(proto: onnx.ModelProto, feeds_list: list[dict], reference: bool = True) -> ember.Executable:
    """Compile once, run every feed dict, compare (values and shapes) with onnxruntime."""
    session = ort.InferenceSession(proto.SerializeToString())
    exe = ember.compile(proto, cache=False, progress=False)
    module = ember.import_onnx(proto) if reference else None
    for feeds in feeds_list:
        want = session.run(None, feeds)
        runs = [exe(*feeds.values())]
        if module is not None:
            runs.append(run_reference(module, list(feeds.values())))
        for got in runs:
            assert len(got) == len(want)
            for w, g in zip(want, got, strict=True):
                assert np.asarray(g).shape == w.shape
                np.testing.assert_allclose(np.asarray(g), w, rtol=1e-5, atol=1e-5)
    return exe


def ir_text(proto: onnx.ModelProto) -> str:
    return str(ember.import_onnx(proto))


# ---- If ------------------------------------------------------------------------------------------


def if_model(cond_from_input: bool = True, cond_value: bool = True) -> onnx.ModelProto:
    """If whose branches capture the outer x and w; the else branch has its own initializer."""
    scale = h.make_tensor("scale", T.FLOAT, [3], [2.0, -1.0, 0.5])
    then = h.make_graph([h.make_node("Add", ["x", "w"], ["t"]), h.make_node("Relu", ["t"], ["t2"])], "then", [], [info("t2", T.FLOAT, [2, 3])])
    other = h.make_graph([h.make_node("Mul", ["x", "scale"], ["e"]), h.make_node("Sub", ["e", "w"], ["e2"])], "else", [],
                         [info("e2", T.FLOAT, [2, 3])], initializer=[scale])  # fmt: skip
    w = h.make_tensor("w", T.FLOAT, [2, 3], np.linspace(-1, 1, 6).tolist())
    nodes = [h.make_node("If", ["c"], ["y"], then_branch=then, else_branch=other)]
    inputs = [info("x", T.FLOAT, [2, 3])]
    inits = [w]
    if cond_from_input:
        inputs.append(info("c", T.BOOL, []))
    else:
        inits.append(h.make_tensor("c", T.BOOL, [], [cond_value]))
    return model(nodes, inputs, [info("y", T.FLOAT, [2, 3])], inits)


def test_if_runtime_condition_takes_each_branch():
    x = np.arange(-3, 3, dtype=np.float32).reshape(2, 3)
    check(if_model(), [{"x": x, "c": np.array(True)}, {"x": x, "c": np.array(False)}])


@pytest.mark.parametrize("value", [True, False])
def test_if_constant_condition_inlines_taken_branch(value):
    proto = if_model(cond_from_input=False, cond_value=value)
    text = ir_text(proto)
    assert "graph.if" not in text
    assert ("graph.relu" in text) == value
    check(proto, [{"x": np.arange(6, dtype=np.float32).reshape(2, 3)}])


def test_if_branches_of_different_types_name_the_node():
    then = h.make_graph([h.make_node("Identity", ["x"], ["t"])], "then", [], [info("t", T.FLOAT, [2, 3])])
    other = h.make_graph([h.make_node("ReduceSum", ["x"], ["e"], keepdims=0)], "else", [], [info("e", T.FLOAT, [])])
    proto = model([h.make_node("If", ["c"], ["y"], name="choose", then_branch=then, else_branch=other)],
                  [info("x", T.FLOAT, [2, 3]), info("c", T.BOOL, [])], [info("y", T.FLOAT, [2, 3])])  # fmt: skip
    with pytest.raises(EmberError, match=r"node 'choose' \(If\): the branches yield different types"):
        ember.import_onnx(proto)


# ---- Loop ----------------------------------------------------------------------------------------


def loop_model(early_exit: bool = False, scan: bool = False, nested_if: bool = False, trip_count: bool = True) -> onnx.ModelProto:
    """v <- (v + i) * w per iteration; optionally stop when sum(v) >= 40, emit sin(v) per iteration,
    or choose the update by an If on the sign of sum(v) inside the body."""
    nodes = [h.make_node("Cast", ["i"], ["fi"], to=T.FLOAT), h.make_node("Add", ["v_in", "fi"], ["t"])]
    if nested_if:
        then = h.make_graph([h.make_node("Mul", ["t", "w"], ["a"])], "then", [], [info("a", T.FLOAT, [2, 3])])
        other = h.make_graph([h.make_node("Sub", ["t", "w"], ["b"])], "else", [], [info("b", T.FLOAT, [2, 3])])
        nodes += [h.make_node("ReduceSum", ["v_in"], ["sv"], keepdims=0), h.make_node("Greater", ["sv", "zero"], ["pos"]),
                  h.make_node("If", ["pos"], ["v_out"], then_branch=then, else_branch=other)]  # fmt: skip
    else:
        nodes.append(h.make_node("Mul", ["t", "w"], ["v_out"]))
    if early_exit:
        nodes += [h.make_node("ReduceSum", ["v_out"], ["s"], keepdims=0), h.make_node("Less", ["s", "limit"], ["c_out"])]
    else:
        nodes.append(h.make_node("Identity", ["c_in"], ["c_out"]))
    outs = [info("c_out", T.BOOL, []), info("v_out", T.FLOAT, [2, 3])]
    if scan:
        nodes.append(h.make_node("Sin", ["v_out"], ["row"]))
        outs.append(info("row", T.FLOAT, [2, 3]))
    body = h.make_graph(nodes, "body", [info("i", T.INT64, []), info("c_in", T.BOOL, []), info("v_in", T.FLOAT, [2, 3])], outs)
    inits = [h.make_tensor("w", T.FLOAT, [2, 3], [0.5, 1.0, 1.1, 0.9, 1.0, 0.7]), h.make_tensor("limit", T.FLOAT, [], [40.0]),
             h.make_tensor("zero", T.FLOAT, [], [0.0])]  # fmt: skip
    results = [info("y", T.FLOAT, [2, 3])] + ([info("z", T.FLOAT, ["n", 2, 3])] if scan else [])
    node = h.make_node("Loop", ["M" if trip_count else "", "c", "x"], [r.name for r in results], name="loop", body=body)
    inputs = ([info("M", T.INT64, [])] if trip_count else []) + [info("c", T.BOOL, []), info("x", T.FLOAT, [2, 3])]
    return model([node], inputs, results, inits)


def loop_feeds(counts, flags=(True, False), scale=1.0):
    x = np.arange(6, dtype=np.float32).reshape(2, 3) * np.float32(scale)
    return [{"M": np.array(n, np.int64), "c": np.array(c), "x": x} for n in counts for c in flags]


def test_loop_runtime_trip_count_and_carried_value():
    proto = loop_model()
    assert "graph.loop" in ir_text(proto)
    check(proto, loop_feeds([0, 1, 4, 9]))


def test_loop_early_exit_condition():
    check(loop_model(early_exit=True), loop_feeds([0, 2, 5, 20]))


def test_loop_with_if_nested_in_its_body():
    proto = loop_model(nested_if=True)
    text = ir_text(proto)
    assert text.index("graph.loop") < text.index("graph.if")
    check(proto, loop_feeds([3, 6], scale=-1.0) + loop_feeds([2], scale=1.0))


def test_loop_scan_outputs_specialise_on_trip_count():
    """Scan outputs take the trip count and condition as shape operands: one specialisation per
    value; 3 iterations unroll, 100 run as a graph.loop (scf.for)."""
    x = np.arange(6, dtype=np.float32).reshape(2, 3) / 50
    feeds = [{"M": np.array(n, np.int64), "c": np.array(c), "x": x} for n in (0, 3, 100) for c in (True, False)]
    exe = check(loop_model(scan=True), feeds, reference=False)
    assert exe.compile_count >= 3


def test_loop_scan_outputs_with_computed_condition_are_refused():
    bound = bind_inputs(loop_model(scan=True, early_exit=True), {"M": np.array(100, np.int64), "c": np.array(True)})
    with pytest.raises(EmberError, match=r"node 'loop' \(Loop\): a Loop with scan outputs whose body computes its condition"):
        ember.import_onnx(bound)


def test_while_loop_with_condition_known_at_import_unrolls():
    """No trip count; the condition depends on a counter only (what torch's while_loop exports)."""
    body = h.make_graph(
        [h.make_node("Add", ["k_in", "one"], ["k_out"]), h.make_node("Less", ["k_out", "five"], ["c_out"]),
         h.make_node("Mul", ["v_in", "k_in"], ["v_out"])],  # fmt: skip
        "body", [info("i", T.INT64, []), info("c_in", T.BOOL, []), info("k_in", T.FLOAT, []), info("v_in", T.FLOAT, [3])],
        [info("c_out", T.BOOL, []), info("k_out", T.FLOAT, []), info("v_out", T.FLOAT, [3])],
    )  # fmt: skip
    inits = [h.make_tensor(n, T.FLOAT, [], [v]) for n, v in (("one", 1.0), ("five", 5.0), ("k0", 1.0))] + [h.make_tensor("go", T.BOOL, [], [True])]
    proto = model([h.make_node("Loop", ["", "go", "k0", "x"], ["k", "y"], body=body)], [info("x", T.FLOAT, [3])],
                  [info("k", T.FLOAT, []), info("y", T.FLOAT, [3])], inits)  # fmt: skip
    assert "graph.loop" not in ir_text(proto)
    check(proto, [{"x": np.array([1.0, -2.0, 0.5], np.float32)}])


def test_while_loop_with_runtime_condition_is_refused():
    proto = loop_model(early_exit=True, trip_count=False)
    with pytest.raises(EmberError, match=r"node 'loop' \(Loop\): a Loop without a trip count"):
        ember.import_onnx(proto)


# ---- Scan ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("in_dirs", "in_axes", "out_dirs", "out_axes"), [
    ([0, 0], [0, 0], [0, 0], [0, 0]),
    ([1, 0], [0, 1], [0, 1], [1, 0]),
    ([1, 1], [1, 1], [1, 0], [-1, 1]),
])  # fmt: skip
def test_scan_two_states_directions_and_axes(in_dirs, in_axes, out_dirs, out_axes):
    """States (sum, running max) over two scan inputs; outputs stacked on the chosen axes."""
    body = h.make_graph(
        [h.make_node("Add", ["s_in", "a"], ["s1"]), h.make_node("Mul", ["b", "half"], ["hb"]), h.make_node("Add", ["s1", "hb"], ["s_out"]),
         h.make_node("Max", ["m_in", "a"], ["m_out"]), h.make_node("Tanh", ["s_out"], ["o1"]), h.make_node("Neg", ["m_out"], ["o2"])],
        "body", [info("s_in", T.FLOAT, [3]), info("m_in", T.FLOAT, [3]), info("a", T.FLOAT, [3]), info("b", T.FLOAT, [3])],
        [info("s_out", T.FLOAT, [3]), info("m_out", T.FLOAT, [3]), info("o1", T.FLOAT, [3]), info("o2", T.FLOAT, [3])],
    )  # fmt: skip
    shapes = [[4, 3] if axis == 0 else [3, 4] for axis in in_axes]
    out_shapes = [[4, 3] if axis == 0 else [3, 4] for axis in out_axes]
    node = h.make_node("Scan", ["s0", "m0", "a", "b"], ["s", "m", "o1", "o2"], body=body, num_scan_inputs=2,
                       scan_input_directions=in_dirs, scan_input_axes=in_axes, scan_output_directions=out_dirs,
                       scan_output_axes=out_axes)  # fmt: skip
    proto = model([node], [info("s0", T.FLOAT, [3]), info("m0", T.FLOAT, [3]), info("a", T.FLOAT, shapes[0]), info("b", T.FLOAT, shapes[1])],
                  [info("s", T.FLOAT, [3]), info("m", T.FLOAT, [3]), info("o1", T.FLOAT, out_shapes[0]), info("o2", T.FLOAT, out_shapes[1])],
                  [h.make_tensor("half", T.FLOAT, [], [0.5])])  # fmt: skip
    rng = np.random.default_rng(0)
    feeds = {"s0": rng.standard_normal(3).astype(np.float32), "m0": np.full(3, -5, np.float32),
             "a": rng.standard_normal(shapes[0]).astype(np.float32), "b": rng.standard_normal(shapes[1]).astype(np.float32)}  # fmt: skip
    check(proto, [feeds])


# ---- PyTorch ---------------------------------------------------------------------------------------


def _export(module, args):
    torch = pytest.importorskip("torch")
    with torch.no_grad():
        return torch.onnx.export(module.eval(), args, dynamo=True, verbose=False).model_proto


def test_torch_cond_exports_if():
    torch = pytest.importorskip("torch")

    class Choose(torch.nn.Module):
        def forward(self, x, y):
            return torch.cond(x.sum() > 0, lambda x, y: x.sin() + y, lambda x, y: x.cos() * y, (x, y))

    proto = _export(Choose(), (torch.randn(3, 4), torch.randn(3, 4)))
    assert "If" in [n.op_type for n in proto.graph.node]
    y = np.arange(12, dtype=np.float32).reshape(3, 4)
    check(proto, [{"x": np.full((3, 4), s, np.float32), "y": y} for s in (1.0, -1.0)])


def test_torch_while_loop_exports_loop():
    torch = pytest.importorskip("torch")
    from torch._higher_order_ops.while_loop import while_loop

    class Repeat(torch.nn.Module):
        def forward(self, x):
            return while_loop(lambda i, x: i < 5, lambda i, x: (i + 1, x * 1.5 + 1), (torch.zeros((), dtype=torch.int64), x))[1]

    proto = _export(Repeat(), (torch.randn(3),))
    assert [n.op_type for n in proto.graph.node] == ["Loop"]
    check(proto, [{"x": np.array([1.0, 2.0, -3.0], np.float32)}])
