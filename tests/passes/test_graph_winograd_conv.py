"""graph-winograd-conv + the fused Winograd kernel: F(2x2, 3x3) convolutions against onnxruntime and the direct kernel.

Marked with ``force=True`` semantics where the shapes are small (the pass option through
``ember-opt``-style pipelines is covered by the lit file); through ``ember.compile`` for shapes the
default rule takes. Odd output sizes (clamped tiles), batches (tiles of several images in one
block), channel counts that are not a multiple of the vector width (padded weight panels), a last
block past the end, one thread and two (the blocks split between threads). Tolerances are relative to the output's largest magnitude and hold for any
summation order (AVX2 or AVX-512).
"""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

import ember
from ember.context import make_context
from ember.lowering.kernels.winograd import winograd_weights
from ember.passes.graph_winograd_conv import GraphWinogradConv, worth_it
from ember.registry import build_pipeline

RTOL = 2e-6


def _conv_graph_model(
    nodes: list[onnx.NodeProto], inits: list[onnx.TensorProto], x_shape: tuple[int, int, int, int], co: int,
    pads: list[int],
) -> onnx.ModelProto:  # fmt: skip
    """The model of ``nodes`` from input ``x`` (``x_shape``) to the 3x3 conv's output ``y``."""
    batch, ci, h, w = x_shape
    ho, wo = h + pads[0] + pads[2] - 2, w + pads[1] + pads[3] - 2
    graph = helper.make_graph(
        nodes, "conv", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [batch, ci, h, w])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [batch, co, ho, wo])], inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


def conv_model(
    ci: int, co: int, h: int, w: int, pads: list[int], bias: bool, relu: bool = True, batch: int = 1
) -> onnx.ModelProto:
    rng = np.random.default_rng(ci * 1000 + h)
    inits = [numpy_helper.from_array((rng.standard_normal((co, ci, 3, 3)) * 0.2).astype(np.float32), "w")]
    inputs = ["x", "w"]
    if bias:
        inits.append(numpy_helper.from_array(rng.standard_normal(co).astype(np.float32), "b"))
        inputs.append("b")
    nodes = [helper.make_node("Conv", inputs, ["c" if relu else "y"], kernel_shape=[3, 3], pads=pads)]
    if relu:
        nodes.append(helper.make_node("Relu", ["c"], ["y"]))
    return _conv_graph_model(nodes, inits, (batch, ci, h, w), co, pads)


def forced_module(model: onnx.ModelProto):
    module = ember.import_onnx(model)
    GraphWinogradConv(force=True).apply(make_context(), module)
    return module


def check(out: np.ndarray, want: np.ndarray) -> None:
    np.testing.assert_allclose(out, want, rtol=0, atol=RTOL * 10 * float(np.max(np.abs(want))))


def onnxruntime_result(model: onnx.ModelProto, x: np.ndarray) -> np.ndarray:
    session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


def test_weight_transform_is_g_w_gt():
    w = np.random.default_rng(0).standard_normal((3, 2, 3, 3)).astype(np.float32)
    g = np.array([[1, 0, 0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0, 0, 1]])
    u = winograd_weights(w)
    assert u.shape == (16, 3, 2) and u.dtype == np.float32
    for o in range(3):
        for i in range(2):
            np.testing.assert_allclose(u[:, o, i].reshape(4, 4), g @ w[o, i] @ g.T, rtol=1e-6)


@pytest.mark.parametrize(
    ("ci", "co", "h", "w", "pads", "bias", "batch"),
    [
        (3, 5, 8, 8, [1, 1, 1, 1], True, 1),  # even output
        (4, 3, 7, 9, [1, 1, 1, 1], False, 1),  # odd output dims: padded tiles, sliced result
        (2, 4, 6, 5, [0, 0, 0, 0], True, 1),  # no padding
        (5, 2, 6, 6, [2, 0, 1, 2], True, 1),  # asymmetric pads
        (8, 8, 3, 3, [1, 1, 1, 1], False, 1),  # a single tile row and column
        (3, 4, 5, 7, [1, 1, 1, 1], True, 3),  # a batch: images side by side along the tiles
        (13, 11, 15, 17, [1, 1, 1, 1], True, 2),  # odd everything: 9 x 8 tiles x 2 images
        (20, 37, 23, 11, [1, 0, 1, 0], False, 2),  # odd output rows only, a partial weight panel
    ],
)
@pytest.mark.parametrize("threads", [1, 2])
def test_forced_rewrite_matches_onnxruntime(ci, co, h, w, pads, bias, batch, threads):
    model = conv_model(ci, co, h, w, pads, bias, batch=batch)
    module = forced_module(model)
    assert "graph.conv" in str(module) and "ember.winograd" in str(module)
    x = np.random.default_rng(1).standard_normal((batch, ci, h, w)).astype(np.float32)
    check(ember.compile(module, threads=threads, cache=False)(x)[0], onnxruntime_result(model, x))


@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize(("ci", "co", "h", "w", "relu"), [(68, 70, 29, 27, True), (64, 96, 30, 31, False)])
def test_blocks_split_between_threads_match_onnxruntime(ci, co, h, w, relu, threads):
    """Enough tiles for several blocks (and, with two threads, a parallel loop over them), odd
    output sizes, a batch of 2, channels that are not a multiple of any vector width, with and
    without the fused ReLU epilogue."""
    model = conv_model(ci, co, h, w, [1, 1, 1, 1], True, relu=relu, batch=2)
    module = forced_module(model)
    x = np.random.default_rng(3).standard_normal((2, ci, h, w)).astype(np.float32)
    check(ember.compile(module, threads=threads, cache=False)(x)[0], onnxruntime_result(model, x))


@pytest.mark.parametrize(("ci", "co", "hw", "pads"), [(96, 256, 7, [1, 1, 1, 1]), (40, 160, 9, [1, 0, 1, 2])])
def test_panels_split_between_threads_match_onnxruntime(ci, co, hw, pads):
    """Few tiles and many output channels: with two threads the panels of output channels are
    split between the threads, each transforming every tile (odd tile counts, a panel count
    that does not split evenly, pads on some sides only)."""
    model = conv_model(ci, co, hw, hw, pads, True)
    module = forced_module(model)
    x = np.random.default_rng(4).standard_normal((1, ci, hw, hw)).astype(np.float32)
    lowered = ember.compile(module, threads=2, cache=False)
    assert lowered.memory_plan is not None
    check(lowered(x)[0], onnxruntime_result(model, x))


@pytest.mark.parametrize("threads", [1, 2])
def test_default_rule_rewrites_a_resnet_conv(threads):
    """128 -> 128 channels at 28x28 with bias and ReLU (231 MFLOP): rewritten by default, within
    rounding of onnxruntime and of the direct kernel."""
    model = conv_model(128, 128, 28, 28, [1, 1, 1, 1], True)
    x = np.random.default_rng(2).standard_normal((1, 128, 28, 28)).astype(np.float32)
    winograd = ember.compile(model, threads=threads, cache=False)
    direct = ember.compile(model, threads=threads, cache=False, winograd=False)
    want = onnxruntime_result(model, x)
    check(winograd(x)[0], want)
    check(direct(x)[0], want)


def test_pipeline_places_the_pass_and_can_skip_it():
    from ember.driver import pipeline_spec

    spec = pipeline_spec(True)
    assert spec.index("graph-optimize") < spec.index("graph-winograd-conv") < spec.index("graph-fuse")
    assert "graph-winograd-conv" not in pipeline_spec(True, winograd=False)
    assert build_pipeline("graph-winograd-conv{force=true}")


def test_rule():
    assert worth_it(64, 64, 56 * 56) and worth_it(512, 512, 7 * 7) and worth_it(128, 128, 112 * 112)
    assert not worth_it(16, 16, 56 * 56)  # too few channels
    assert not worth_it(64, 64, 224 * 224)  # too many pixels for 64 channels
    assert not worth_it(64, 64, 10 * 10)  # too little work to earn its compile time


def residual_model(c: int, h: int, w: int, rng: np.random.Generator, intermediate: bool) -> onnx.ModelProto:
    """relu(conv(x) + b + residual) on a batch of 2: the residual is ``x`` itself, or (with
    ``intermediate``) ``relu(x)``, and the result is then transposed in its last two dims so the
    conv's output is an intermediate too."""
    inits = [
        numpy_helper.from_array((rng.standard_normal((c, c, 3, 3)) * 0.1).astype(np.float32), "w"),
        numpy_helper.from_array(rng.standard_normal(c).astype(np.float32), "b"),
    ]
    residual, last = ("r", "a") if intermediate else ("x", "y")
    nodes = [
        helper.make_node("Conv", ["x", "w", "b"], ["c"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
        helper.make_node("Add", ["c", residual], ["s"]),
        helper.make_node("Relu", ["s"], [last]),
    ]
    if intermediate:
        nodes = [helper.make_node("Relu", ["x"], ["r"]), *nodes, helper.make_node("Transpose", ["a"], ["y"], perm=[0, 1, 3, 2])]
    out = [2, c, w, h] if intermediate else [2, c, h, w]
    graph = helper.make_graph(
        nodes, "residual", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, c, h, w])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, out)], inits,
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])


@pytest.mark.parametrize("threads", [1, 2])
def test_residual_epilogue_matches_onnxruntime(threads):
    """conv + bias + the input (a residual add, read lane by lane along the channels) + ReLU,
    fused into the output transform; odd output sizes, a batch of 2, 36 channels (a vector
    width's multiple on no x86 target but 4-lane ones)."""
    c, h, w = 36, 19, 21
    rng = np.random.default_rng(5)
    model = residual_model(c, h, w, rng, intermediate=False)
    module = forced_module(model)
    assert "ember.winograd" in str(module)
    x = rng.standard_normal((2, c, h, w)).astype(np.float32)
    check(ember.compile(module, threads=threads, cache=False)(x)[0], onnxruntime_result(model, x))


@pytest.mark.parametrize("threads", [1, 2])
def test_intermediate_residual_overwritten_in_place(threads):
    """The residual is an intermediate (``relu(x)``) that dies at the fused add: the output
    transform writes over it (``share_residual``); 40 channels (two full panels of M and a
    partial one on 8-lane targets), odd sizes, a batch of 2; the result is transposed, so the
    conv's output is an intermediate too."""
    c, h, w = 40, 13, 11
    rng = np.random.default_rng(8)
    model = residual_model(c, h, w, rng, intermediate=True)
    module = forced_module(model)
    assert "ember.winograd" in str(module)
    x = rng.standard_normal((2, c, h, w)).astype(np.float32)
    exe = ember.compile(module, threads=threads, cache=False)
    check(exe(x)[0], onnxruntime_result(model, x))
    plain = ember.compile(forced_module(model), threads=threads, cache=False, memory_plan=False)
    check(plain(x)[0], onnxruntime_result(model, x))


def test_few_tiles_split_output_channels_between_threads():
    """A 7x7 layer's 16 tiles fit one block: with two cores the threads take halves of the
    output-channel panels (each streams its half of ``U``) rather than halves of the tiles; one
    core keeps one block; a layer with many tiles keeps splitting its blocks."""
    from ember.lowering.kernels.winograd import block_tiles
    from ember.target import named_target

    two, one = named_target("x86-64-v3").with_overrides(cores=2), named_target("x86-64-v3").with_overrides(cores=1)
    assert block_tiles(two, 256, 256, 16) == 16
    assert block_tiles(one, 256, 256, 16) == 16
    assert block_tiles(two, 64, 64, 784) < 784


@pytest.mark.parametrize(("ci", "co", "h", "w"), [(96, 256, 7, 7), (64, 192, 9, 8)])
def test_panels_split_between_threads_match_onnxruntime_and_one_thread(ci, co, h, w):
    """The panel split (few tiles, many output channels, two threads): within rounding of
    onnxruntime, and bit for bit the one-thread result (each output is computed by one thread
    in the same order)."""
    model = conv_model(ci, co, h, w, [1, 1, 1, 1], True)
    x = np.random.default_rng(4).standard_normal((1, ci, h, w)).astype(np.float32)
    outs = [ember.compile(forced_module(model), threads=t, cache=False)(x)[0] for t in (1, 2)]
    check(outs[1], onnxruntime_result(model, x))
    np.testing.assert_array_equal(outs[0], outs[1])


def padded_input_model(ci: int, co: int, h: int, w: int, pads: list[int], batch: int) -> onnx.ModelProto:
    """conv(relu(x)) + bias: the conv's input is an intermediate, so its zero pad is one the
    kernel may fold (the border is never stored)."""
    rng = np.random.default_rng(ci + 7 * h)
    inits = [
        numpy_helper.from_array((rng.standard_normal((co, ci, 3, 3)) * 0.2).astype(np.float32), "w"),
        numpy_helper.from_array(rng.standard_normal(co).astype(np.float32), "b"),
    ]
    nodes = [
        helper.make_node("Relu", ["x"], ["r"]),
        helper.make_node("Conv", ["r", "w", "b"], ["y"], kernel_shape=[3, 3], pads=pads),
    ]
    return _conv_graph_model(nodes, inits, (batch, ci, h, w), co, pads)


def lowered_allocs(module) -> list[tuple[int, ...]]:
    from xdsl.dialects import memref

    from ember.driver import lower_module
    from ember.runtime.executable import CompileTimes

    stages = "graph-fuse,convert-graph-to-linalg,linalg-fuse-elementwise,bufferize,linalg-kernel-schedule,linalg-conv-microkernel"
    lower_module(module, stages, CompileTimes())
    return [tuple(op.memref.type.get_shape()) for op in module.walk() if isinstance(op, memref.AllocOp)]


@pytest.mark.parametrize(
    ("ci", "co", "h", "w", "pads", "batch"),
    [
        (3, 5, 8, 8, [1, 1, 1, 1], 1),
        (4, 3, 7, 9, [1, 1, 1, 1], 2),  # odd output: the clamped last tiles reach the border
        (5, 2, 6, 6, [2, 0, 1, 2], 1),  # a border wider than a tile's overlap, none on one side
        (6, 4, 9, 5, [0, 2, 0, 0], 1),  # only the left border
        (3, 3, 5, 4, [0, 0, 2, 1], 1),  # only at the high ends
        (8, 8, 2, 3, [1, 1, 1, 1], 1),  # every tile is a border tile
        (20, 37, 23, 11, [1, 0, 1, 0], 2),
    ],
)
@pytest.mark.parametrize("threads", [1, 2])
def test_border_tiles_read_the_unpadded_input(ci, co, h, w, pads, batch, threads):
    """The kernel reads the unpadded input (border tiles clamp their loads and mask them to
    zero; no padded buffer is allocated) and matches onnxruntime, at 1 and 2 threads."""
    model = padded_input_model(ci, co, h, w, pads, batch)
    padded = (batch, ci, h + pads[0] + pads[2], w + pads[1] + pads[3])
    assert padded not in lowered_allocs(forced_module(model))
    x = np.random.default_rng(6).standard_normal((batch, ci, h, w)).astype(np.float32)
    check(ember.compile(forced_module(model), threads=threads, cache=False)(x)[0], onnxruntime_result(model, x))
