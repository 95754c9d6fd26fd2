"""Graph passes keep numerics: every function in the passes' lit files, and generated conv/gemm/
matmul + batch-norm graphs, give the same reference results (``op.evaluate`` interpreter) before
and after each pass and after ``graph-optimize``; ``graph-optimize`` reaches a fixpoint."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp

from ember.context import make_context
from ember.dialects import graph
from ember.passes.graph_canonicalize import CANONICALIZE_PATTERNS
from ember.passes.patterns.constants import splat_scalar
from ember.registry import build_pipeline, ember_passes
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

LIT_DIR = Path(__file__).resolve().parents[2] / "filecheck" / "passes"
PASS_FILES = sorted(p for p in LIT_DIR.glob("*.mlir") if p.stem in ember_passes() or p.stem in ("cse", "dce"))


def parse(text: str) -> ModuleOp:
    return parse_module(make_context(), text)[0]


def run_pass(module: ModuleOp, spec: str) -> ModuleOp:
    build_pipeline(spec).apply(make_context(), module)
    module.verify()
    return module


def random_inputs(fn: func.FuncOp, rng: np.random.Generator) -> list[np.ndarray]:
    arrays = []
    for arg in fn.body.block.args:
        shape, dtype = graph.shape_of(arg.type), graph.numpy_dtype(graph.elem_of(arg.type))
        if dtype == np.bool_:
            arrays.append(rng.random(shape) < 0.5)
        elif np.issubdtype(dtype, np.integer):
            arrays.append(rng.integers(-5, 6, size=shape).astype(dtype))
        else:
            arrays.append(rng.standard_normal(shape).astype(dtype))
    return arrays


def assert_same_results(before: ModuleOp, after: ModuleOp, entry: str, seed: int = 0, rtol: float = 1e-5) -> None:
    fn = next(o for o in before.walk() if isinstance(o, func.FuncOp) and o.sym_name.data == entry)
    rng = np.random.default_rng(seed)
    for _ in range(2):
        inputs = random_inputs(fn, rng)
        expected = run_reference(before, inputs, entry)
        actual = run_reference(after, inputs, entry)
        assert len(expected) == len(actual)
        for e, a in zip(expected, actual, strict=True):
            assert e.shape == a.shape and e.dtype == a.dtype
            np.testing.assert_allclose(a, e, rtol=rtol, atol=rtol)


def run_line_spec(text: str) -> str:
    """The pass spec of the file's first RUN line (``-p spec`` or ``-p "spec"``)."""
    found = re.search(r'-p\s+"([^"]+)"|-p\s+(\S+)', text)
    assert found, "lit file without -p in its RUN line"
    return found.group(1) or found.group(2)


def lit_cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for path in PASS_FILES:
        spec_of_file = run_line_spec(path.read_text())
        for index, chunk in enumerate(path.read_text().split("// -----")):
            module = parse(chunk)
            for fn in (o for o in module.walk() if isinstance(o, func.FuncOp)):
                for spec in dict.fromkeys((spec_of_file, "graph-optimize")):
                    cases.append((f"{path.stem}:{index}:{fn.sym_name.data}:{spec}", chunk, fn.sym_name.data, spec))
    return cases


LIT_CASES = lit_cases()


@pytest.mark.parametrize(("case", "text", "entry", "spec"), LIT_CASES, ids=[c[0] for c in LIT_CASES])
def test_lit_functions_keep_their_results(case: str, text: str, entry: str, spec: str):
    before = parse(text)
    after = run_pass(parse(text), spec)
    assert_same_results(before, after, entry)


def test_every_graph_pass_has_a_lit_file_with_cases():
    graph_passes = {n for n, cls in ember_passes().items() if cls.__module__.startswith("ember.passes.graph_")}
    assert graph_passes >= {
        "graph-canonicalize", "graph-fold-constants", "graph-fold-batchnorm", "graph-simplify-shapes"
    }  # fmt: skip
    for name in graph_passes:
        assert (LIT_DIR / f"{name}.mlir").is_file(), name
    assert len(LIT_CASES) > 50


def test_graph_optimize_reaches_a_fixpoint_on_the_lit_graphs():
    for path in PASS_FILES:
        for chunk in path.read_text().split("// -----"):
            once = print_module(run_pass(parse(chunk), "graph-optimize"))
            twice = print_module(run_pass(parse(once), "graph-optimize"))
            assert once == twice, f"{path.name}: second graph-optimize run changed:\n{once}\n{twice}"


def test_canonicalize_pattern_names_are_unique():
    names = [getattr(p, "name", type(p).__name__) for p in CANONICALIZE_PATTERNS]
    assert len(names) == len(set(names))


# ---- batch-norm folding on random weights -----------------------------------------------------

BN = "%scale, %bias, %mean, %var {{epsilon = 1.0e-3 : f64}}"


def _const(name: str, array: np.ndarray) -> str:
    data = np.ascontiguousarray(array, dtype="<f4").tobytes().hex().upper()
    shape = "x".join(str(d) for d in array.shape)
    return f'%{name} = graph.constant dense<"0x{data}"> : tensor<{shape}xf32>'


def _bn_params(rng: np.random.Generator, channels: int) -> list[str]:
    return [
        _const("scale", rng.standard_normal(channels)),
        _const("bias", rng.standard_normal(channels)),
        _const("mean", rng.standard_normal(channels)),
        _const("var", rng.random(channels) + 0.1),
    ]


def _vec_t(n: int) -> str:
    return ", ".join([f"tensor<{n}xf32>"] * 4)


def conv_bn_module(rng: np.random.Generator, group: int, with_bias: bool, stride: int) -> str:
    cin, cout, k = 4, 6, 3
    w = rng.standard_normal((cout, cin // group, k, k))
    out = (7 + 2 - k) // stride + 1
    wtext = _const("w", w)
    operands = "%x, %w, %b" if with_bias else "%x, %w"
    types = f"tensor<1x{cin}x7x7xf32>, tensor<{cout}x{cin // group}x{k}x{k}xf32>" + (f", tensor<{cout}xf32>" if with_bias else "")
    out_t = f"tensor<1x{cout}x{out}x{out}xf32>"
    lines = [wtext, _const("b", rng.standard_normal(cout)), *_bn_params(rng, cout)]
    lines.append(
        f"%c = graph.conv {operands} {{group = {group} : i64, pads = array<i64: 1, 1, 1, 1>, "
        f"strides = array<i64: {stride}, {stride}>}} : ({types}) -> {out_t}"
    )
    lines.append(f"%y = graph.batch_norm %c, {BN.format()} : ({out_t}, {_vec_t(cout)}) -> {out_t}")
    body = "\n  ".join(lines)
    return f"func.func @main(%x: tensor<1x{cin}x7x7xf32>) -> {out_t} {{\n  {body}\n  func.return %y : {out_t}\n}}"


@pytest.mark.parametrize("group", [1, 2])
@pytest.mark.parametrize("with_bias", [False, True])
@pytest.mark.parametrize("stride", [1, 2])
def test_conv_batchnorm_fold_numerics(group: int, with_bias: bool, stride: int):
    text = conv_bn_module(np.random.default_rng(group * 10 + stride), group, with_bias, stride)
    after = run_pass(parse(text), "graph-fold-batchnorm")
    assert not [o for o in after.walk() if isinstance(o, graph.BatchNormOp)]
    assert_same_results(parse(text), after, "main", rtol=1e-4)


def gemm_bn_module(rng: np.random.Generator, trans_b: int, c_shape: tuple[int, ...] | None) -> str:
    m, k, n = 3, 5, 4
    b = rng.standard_normal((n, k) if trans_b else (k, n))
    lines = [_const("w", b), *_bn_params(rng, n)]
    operands, types = "%x, %w", f"tensor<{m}x{k}xf32>, tensor<{b.shape[0]}x{b.shape[1]}xf32>"
    if c_shape is not None:
        lines.append(_const("cc", rng.standard_normal(c_shape)))
        operands += ", %cc"
        types += f", tensor<{'x'.join(map(str, c_shape))}xf32>"
    out_t = f"tensor<{m}x{n}xf32>"
    lines.append(
        f"%g = graph.gemm {operands} {{alpha = 0.5 : f64, beta = 2.0 : f64, trans_b = {trans_b} : i64}} "
        f": ({types}) -> {out_t}"
    )
    lines.append(f"%y = graph.batch_norm %g, {BN.format()} : ({out_t}, {_vec_t(n)}) -> {out_t}")
    body = "\n  ".join(lines)
    return f"func.func @main(%x: tensor<{m}x{k}xf32>) -> {out_t} {{\n  {body}\n  func.return %y : {out_t}\n}}"


@pytest.mark.parametrize("trans_b", [0, 1])
@pytest.mark.parametrize("c_shape", [None, (4,), (3, 4), (3, 1)])
def test_gemm_batchnorm_fold_numerics(trans_b: int, c_shape: tuple[int, ...] | None):
    text = gemm_bn_module(np.random.default_rng(trans_b), trans_b, c_shape)
    after = run_pass(parse(text), "graph-fold-batchnorm")
    assert not [o for o in after.walk() if isinstance(o, graph.BatchNormOp)]
    assert_same_results(parse(text), after, "main", rtol=1e-4)


def test_matmul_batchnorm_fold_numerics():
    rng = np.random.default_rng(3)
    lines = [_const("w", rng.standard_normal((5, 4))), *_bn_params(rng, 4)]
    lines.append("%g = graph.matmul %x, %w : (tensor<3x5xf32>, tensor<5x4xf32>) -> tensor<3x4xf32>")
    lines.append(f"%y = graph.batch_norm %g, {BN.format()} : (tensor<3x4xf32>, {_vec_t(4)}) -> tensor<3x4xf32>")
    body = "\n  ".join(lines)
    text = f"func.func @main(%x: tensor<3x5xf32>) -> tensor<3x4xf32> {{\n  {body}\n  func.return %y : tensor<3x4xf32>\n}}"
    after = run_pass(parse(text), "graph-optimize")
    assert not [o for o in after.walk() if isinstance(o, graph.BatchNormOp)]
    assert_same_results(parse(text), after, "main", rtol=1e-4)


# ---- constant folding details -------------------------------------------------------------------


def test_folded_splats_are_stored_as_one_element():
    text = """func.func @main() -> tensor<512x512xf32> {
      %a = graph.fill {shape = array<i64: 512, 512>, value = 3.0 : f64, element = f32} : tensor<512x512xf32>
      %b = graph.exp %a : (tensor<512x512xf32>) -> tensor<512x512xf32>
      func.return %b : tensor<512x512xf32>
    }"""
    after = run_pass(parse(text), "graph-fold-constants{size-limit=16}")
    (const,) = [o for o in after.walk() if isinstance(o, graph.ConstantOp)]
    assert len(const.value.data.data) == 4
    assert float(splat_scalar(const.result)) == pytest.approx(np.exp(np.float32(3.0)), rel=1e-6)
    assert const.to_array().shape == (512, 512)


def test_size_limit_keeps_large_results_when_operands_stay_alive():
    rng = np.random.default_rng(0)
    w = rng.standard_normal((8, 8)).astype(np.float32)
    text = f"""func.func @main() -> (tensor<8x8xf32>, tensor<8x8xf32>) {{
      {_const("w", w)}
      %t = graph.transpose %w {{perm = array<i64: 1, 0>}} : (tensor<8x8xf32>) -> tensor<8x8xf32>
      func.return %w, %t : tensor<8x8xf32>, tensor<8x8xf32>
    }}"""
    limited = run_pass(parse(text), "graph-fold-constants{size-limit=32}")
    assert [o for o in limited.walk() if isinstance(o, graph.TransposeOp)]
    folded = run_pass(parse(text), "graph-fold-constants{size-limit=64}")
    assert not [o for o in folded.walk() if isinstance(o, graph.TransposeOp)]
    np.testing.assert_array_equal(run_reference(folded, [])[1], w.T)
    # a single-use operand is folded whatever the limit: the old constant goes away
    single = text.replace("func.return %w, %t", "func.return %t, %t")
    assert not [o for o in run_pass(parse(single), "graph-fold-constants{size-limit=1}").walk()
                if isinstance(o, graph.TransposeOp)]  # fmt: skip


def test_large_folded_results_become_resource_blobs():
    text = """func.func @main() -> tensor<64x64xi32> {
      %r = graph.range {start = 0 : i64, limit = 4096 : i64, delta = 1 : i64, element = i32} : tensor<4096xi32>
      %s = graph.reshape %r {shape = array<i64: 64, 64>} : (tensor<4096xi32>) -> tensor<64x64xi32>
      func.return %s : tensor<64x64xi32>
    }"""
    after = run_pass(parse(text), "graph-fold-constants")
    text_out = print_module(after, ctx=make_context())
    assert "dense_resource<" in text_out
    np.testing.assert_array_equal(run_reference(after, [])[0], np.arange(4096, dtype=np.int32).reshape(64, 64))
    again = parse(text_out)
    np.testing.assert_array_equal(run_reference(again, [])[0], np.arange(4096, dtype=np.int32).reshape(64, 64))


def test_conv_scale_shift_fold_numerics():
    rng = np.random.default_rng(5)
    lines = [
        _const("w", rng.standard_normal((3, 2, 3, 3))),
        _const("s", rng.standard_normal((3, 1, 1))),
        _const("t", rng.standard_normal((1, 3, 1, 1))),
        "%c = graph.conv %x, %w : (tensor<1x2x5x5xf32>, tensor<3x2x3x3xf32>) -> tensor<1x3x3x3xf32>",
        "%m = graph.mul %s, %c : (tensor<3x1x1xf32>, tensor<1x3x3x3xf32>) -> tensor<1x3x3x3xf32>",
        "%a = graph.add %m, %t : (tensor<1x3x3x3xf32>, tensor<1x3x1x1xf32>) -> tensor<1x3x3x3xf32>",
    ]
    body = "\n  ".join(lines)
    text = f"func.func @main(%x: tensor<1x2x5x5xf32>) -> tensor<1x3x3x3xf32> {{\n  {body}\n  func.return %a : tensor<1x3x3x3xf32>\n}}"
    after = run_pass(parse(text), "graph-optimize")
    assert [o.name for o in after.walk() if isinstance(o, graph.GraphOp)].count("graph.conv") == 1
    assert not [o for o in after.walk() if isinstance(o, graph.MulOp | graph.AddOp)]
    assert_same_results(parse(text), after, "main", rtol=1e-4)


LIGHT_MODELS = Path(np.__file__).parents[1] / "onnx" / "backend" / "test" / "data" / "light"


def _randomize_fills(module: ModuleOp, rng: np.random.Generator) -> None:
    """Light models store weights as fills; give them random positive values so numerics matter."""
    for fill in [o for o in module.walk() if isinstance(o, graph.FillOp)]:
        t = fill.result.type
        shape = graph.shape_of(t)
        if len(shape) >= 2:  # weights: He-style scaling keeps activations finite through the net
            values = rng.standard_normal(shape) * np.sqrt(2.0 / max(1, int(np.prod(shape[1:]))))
        else:  # per-channel scale/bias/mean/var: positive, around 1
            values = rng.uniform(0.5, 1.5, shape)
        values = values.astype(graph.numpy_dtype(graph.elem_of(t)))
        const = graph.ConstantOp.from_array(values)
        fill.parent_block().insert_op_before(const, fill)
        fill.result.replace_all_uses_with(const.result)
        fill.parent_block().erase_op(fill)


@pytest.mark.parametrize("model", ["shufflenet", pytest.param("inception_v2", marks=pytest.mark.slow)])
def test_graph_optimize_on_onnx_light_models(model: str):
    import ember

    path = LIGHT_MODELS / f"light_{model}.onnx"
    if not path.is_file():
        pytest.skip(f"{path} not shipped with this onnx")
    module = ember.import_onnx(str(path))
    _randomize_fills(module, np.random.default_rng(0))
    text = print_module(module, ctx=make_context())
    before = parse(text)
    assert [o for o in before.walk() if isinstance(o, graph.BatchNormOp)]
    after = run_pass(parse(text), "graph-optimize")
    assert not [o for o in after.walk() if isinstance(o, graph.BatchNormOp)]
    assert len(list(after.walk())) < len(list(before.walk()))
    entry = next(o for o in before.walk() if isinstance(o, func.FuncOp)).sym_name.data
    fn = next(o for o in before.walk() if isinstance(o, func.FuncOp))
    inputs = random_inputs(fn, np.random.default_rng(1))
    expected = run_reference(before, inputs, entry)
    actual = run_reference(after, inputs, entry)
    for e, a in zip(expected, actual, strict=True):
        assert np.all(np.isfinite(e)) and float(np.std(e)) > 0
        np.testing.assert_allclose(a, e, rtol=1e-3, atol=1e-4 * float(np.max(np.abs(e))))
    once = print_module(after)
    assert print_module(run_pass(parse(print_module(after, ctx=make_context())), "graph-optimize")) == once
