"""Schedule primitives and schedule scripts (issue 9 items 1-2): numerics preserved (the reference
interpreter before and after, and numpy), and located one-line errors."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from ember.context import make_context
from ember.lowering.schedule_script import apply_script
from ember.registry import build_pipeline
from ember.runtime.interpret import run_stage
from ember.textual import parse_module, print_module

MATMUL = """
func.func @main(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) attributes {ember.num_outputs = 1 : i64} {
  linalg.matmul {ember.tag = "mm"} ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
"""

# out[i, j] = sum_k x[i, k] * y[j, k] + z[j] as a generic with an index-dependent term.
GENERIC = """
func.func @main(%x: memref<6x5xf32>, %y: memref<4x5xf32>, %z: memref<4xf32>, %o: memref<6x4xf32>) attributes {ember.num_outputs = 1 : i64} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %y, %z : memref<6x5xf32>, memref<4x5xf32>, memref<4xf32>) outs(%o : memref<6x4xf32>) attrs = {ember.tag = "g"} {
  ^bb0(%a: f32, %b: f32, %c: f32, %acc: f32):
    %i = linalg.index 0 : index
    %ii = arith.index_cast %i : index to i32
    %fi = arith.sitofp %ii : i32 to f32
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %m, %acc : f32
    %t = arith.addf %s, %c : f32
    %u = arith.addf %t, %fi : f32
    linalg.yield %u : f32
  }
  func.return
}
"""

# A sum with iter_args over 0..11 step 1, written to out[0].
LOOP = """
func.func @main(%x: memref<11xf32>, %o: memref<1xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c11 = arith.constant 11 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0.000000e+00 : f32
  %s = scf.for %i = %c0 to %c11 step %c1 iter_args(%acc = %z) -> (f32) {
    %v = memref.load %x[%i] : memref<11xf32>
    %w = arith.mulf %v, %v : f32
    %n = arith.addf %acc, %w : f32
    scf.yield %n : f32
  } {ember.tag = "l"}
  memref.store %s, %o[%c0] : memref<1xf32>
  func.return
}
"""

ELEMENTWISE = """
func.func @main(%x: memref<3x13xf32>, %b: memref<13xf32>, %o: memref<3x13xf32>) attributes {ember.num_outputs = 1 : i64} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %b : memref<3x13xf32>, memref<13xf32>) outs(%o : memref<3x13xf32>) {
  ^bb0(%a: f32, %c: f32, %r: f32):
    %s = arith.addf %a, %c : f32
    %t = math.exp %s : f32
    linalg.yield %t : f32
  }
  func.return
}
"""


def _inputs(text: str, seed: int = 0) -> list[np.ndarray]:
    module, _ = parse_module(make_context(), text)
    fn = next(op for op in module.walk() if op.name == "func.func")
    n_out = fn.attributes["ember.num_outputs"].value.data
    types = fn.function_type.inputs.data[: len(fn.function_type.inputs.data) - n_out]
    rng = np.random.default_rng(seed)
    return [rng.standard_normal(t.get_shape()).astype(np.float32) for t in types]


def _run(text: str, spec: str = "", script: Path | None = None) -> tuple[list[np.ndarray], str]:
    module, _ = parse_module(make_context(), text)
    if spec:
        build_pipeline(spec).apply(make_context(), module)
    if script is not None:
        apply_script(module, str(script))
    return run_stage(module, _inputs(text)), print_module(module)


def _same_as_before(text: str, spec: str) -> str:
    before, _ = _run(text)
    after, printed = _run(text, spec)
    for b, a in zip(before, after, strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)
    return printed


@pytest.mark.parametrize(
    "spec",
    ["linalg-tile{tag=mm sizes=4,6,8}", "linalg-tile{tag=mm sizes=0,0,4}", "linalg-tile{tag=mm sizes=3,5,7 partial=true}",
     "linalg-tile{tag=mm sizes=4,6,8 loop-tags=i,j,k},scf-unroll{tag=k factor=2},scf-parallelize{tag=i},scf-parallelize{tag=j}",
     "linalg-tile{tag=mm sizes=2,0,3 partial=true loop-tags=i,k},scf-unroll{tag=k factor=4}"],
)  # fmt: skip
def test_matmul_primitives_keep_numerics(spec: str) -> None:
    printed = _same_as_before(MATMUL, spec)
    a, b = _inputs(MATMUL)
    (out,), _ = _run(MATMUL, spec)
    np.testing.assert_allclose(out, a @ b, rtol=1e-5, atol=1e-5)
    assert "memref.subview" in printed


def test_tile_marks_loops_and_parallelize_makes_scf_parallel() -> None:
    printed = _same_as_before(MATMUL, "linalg-tile{tag=mm sizes=4,6,8 loop-tags=i,j,k},scf-parallelize{tag=i}")
    assert printed.count("scf.for") == 2 and "scf.parallel" in printed
    assert 'ember.tiled_dim = "d2 reduction"' in printed and 'ember.tag = "k"' in printed


@pytest.mark.parametrize("perm", ["1,0,2", "2,0,1", "0,2,1"])
def test_interchange_keeps_numerics_and_linalg_index(perm: str) -> None:
    printed = _same_as_before(GENERIC, f"linalg-interchange{{tag=g perm={perm}}}")
    order = [int(p) for p in perm.split(",")]
    assert f"linalg.index {order.index(0)}" in printed


@pytest.mark.parametrize("perm", ["2,0,1", "1,2,0", "0,2,1"])
def test_interchange_tiled_loop_nest(perm: str) -> None:
    printed = _same_as_before(MATMUL, f"linalg-tile{{tag=mm sizes=4,6,8 loop-tags=i,j,k}},linalg-interchange{{tag=i perm={perm}}}")
    tags = [("i", "j", "k")[int(p)] for p in perm.split(",")]
    order = [printed.index(f'ember.tag = "{t}"}}') for t in tags]
    assert order == sorted(order, reverse=True)  # the outermost loop closes last


def test_interchange_needs_a_perfect_tiled_nest() -> None:
    with pytest.raises(Exception, match="needs a perfect nest of 3 scf.for loops"):
        _run(MATMUL, "linalg-tile{tag=mm sizes=4,6,8 loop-tags=i,j,k},linalg-interchange{tag=j perm=1,0,2}")
    with pytest.raises(Exception, match="needs loops made by tile without iter_args"):
        _run(LOOP, "linalg-interchange{tag=l perm=0}")


def test_interchange_then_tile_generic() -> None:
    _same_as_before(GENERIC, "linalg-interchange{tag=g perm=2,1,0},linalg-tile{tag=g sizes=5,2,3}")


@pytest.mark.parametrize("factor", [1, 2, 3, 4, 11, 12])
def test_unroll_with_iter_args_and_remainder(factor: int) -> None:
    printed = _same_as_before(LOOP, f"scf-unroll{{tag=l factor={factor}}}")
    loops = printed.count("scf.for")
    assert loops == (1 if factor in (1, 11, 12) or 11 % factor == 0 else 2)


def test_vectorize_one_op() -> None:
    printed = _same_as_before(ELEMENTWISE, 'linalg-vectorize-op{op="linalg.generic" lanes=4}')
    assert "vector<4xf32>" in printed and "linalg.generic" not in printed


def test_script_applies_primitives_and_schedule_record(tmp_path: Path) -> None:
    script = tmp_path / "mm.sched"
    script.write_text(
        "# a comment\nmm = match linalg.matmul tag=mm\nschedule mm lanes=8 mr=4 nr=8 kc=8\n"
        "i, j, k = tile mm sizes=4,6,8   # three loops\nunroll k factor=2\nparallelize i\nparallelize j\n"
    )
    a, b = _inputs(MATMUL)
    (out,), printed = _run(MATMUL, script=script)
    np.testing.assert_allclose(out, a @ b, rtol=1e-5, atol=1e-5)
    assert "ember.schedule = {lanes = 8 : i64, mr = 4 : i64, nr = 8 : i64, kc = 8 : i64, mc = 0 : i64}" in printed
    assert printed.count("scf.parallel") == 2


def test_script_schedule_is_the_kernel_record(tmp_path: Path) -> None:
    """A script's record survives linalg-kernel-schedule, which keeps records already present."""
    script = tmp_path / "s.sched"
    script.write_text("mm = match linalg.matmul\nschedule mm lanes=4 mr=2 nr=4\n")
    module, _ = parse_module(make_context(), MATMUL)
    apply_script(module, str(script))
    build_pipeline("linalg-kernel-schedule").apply(make_context(), module)
    assert "ember.schedule = {lanes = 4 : i64, mr = 2 : i64, nr = 4 : i64" in print_module(module)


BAD_SCRIPTS = [
    ("mm = match linalg.conv_2d_nchw_fchw", "1:12: error: no op matches name 'linalg.conv_2d_nchw_fchw'"),
    ("mm = match linalg.matmul\ni = tile mm sizes=3", "2:13: error: tile size 3 does not divide loop d0 of size 8"),
    ("mm = match linalg.matmul\nunroll mm factor=2", "2:1: error: unroll needs an scf.for, not 'linalg.matmul'"),
    ("mm = match linalg.matmul\ninterchange mm perm=1,0", "2:1: error: interchange needs a linalg.generic or the head of a perfect scf.for nest made by tile, not 'linalg.matmul'"),
    ("mm = match linalg.matmul\ni, j, k = tile mm sizes=4,4,4\nparallelize k", "3:1: error: parallelize of a loop over a reduction dim (d2)"),
    ("tile zz sizes=4", "1:6: error: unknown handle 'zz'"),
    ("mm = match linalg.matmul\nfrobnicate mm", "2:1: error: unknown primitive 'frobnicate'"),
    ("mm = match linalg.matmul\ntile mm size=4", "2:9: error: tile has no option 'size'"),
    ("mm = match linalg.matmul\nschedule mm lanes=8 mr=4 nr=12", "2:1: error: schedule: nr (12) must be a multiple of lanes (8)"),
    ("mm = match linalg.matmul nth=3", "1:26: error: nth=3 but only 1 op(s) match"),
    ("mm = match linalg.matmul\ni, j = tile mm sizes=4", "2:4: error: tile gives 1 handle(s), 2 names are bound"),
]  # fmt: skip


@pytest.mark.parametrize(("script", "message"), BAD_SCRIPTS)
def test_script_errors_are_located_one_line(tmp_path: Path, script: str, message: str) -> None:
    (tmp_path / "in.mlir").write_text(MATMUL)
    (tmp_path / "bad.sched").write_text(script + "\n")
    result = subprocess.run(
        ["ember-opt", "in.mlir", "-p", 'apply-schedule{script="bad.sched"}', "-o", "/dev/null"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith(f"bad.sched:{message}"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


MATMUL_FILLED = MATMUL.replace(
    "  linalg.matmul",
    "  %zero = arith.constant 0.000000e+00 : f32\n  linalg.fill ins(%zero : f32) outs(%c : memref<8x12xf32>)\n  linalg.matmul",
)


@pytest.mark.parametrize(
    "spec",
    ["linalg-tile{tag=mm sizes=4}", "linalg-tile{tag=mm sizes=0,0,8}",
     "linalg-tile{tag=mm sizes=4,6,8 loop-tags=i,j,k},scf-unroll{tag=k factor=2},scf-parallelize{tag=i}",
     "linalg-tile{tag=mm sizes=3,5,7 partial=true}",
     "linalg-tile{tag=mm sizes=3,5,0 partial=true loop-tags=i,j},scf-parallelize{tag=j}"],
)  # fmt: skip
def test_scheduled_matmul_compiles_and_runs(spec: str) -> None:
    """Tiles are subviews at run-time offsets: convert-memref-to-llvm advances the pointer; the
    micro-kernel and the OpenMP lowering run on them (compiled, 2 threads). Partial last tiles
    have run-time sizes (``affine.min``, lowered by ``lower-affine``) and constant strides."""
    import ember

    module, _ = parse_module(make_context(), MATMUL_FILLED)
    build_pipeline(f"{spec},lower-to-loops").apply(make_context(), module)
    exe = ember.compile(print_module(module), threads=2, cache=False)
    a, b = _inputs(MATMUL_FILLED)
    np.testing.assert_allclose(exe(a, b)[0], a @ b, rtol=1e-5, atol=1e-5)


# relu-like max(x * s, s) with a broadcast scale, feeding a matmul.
FUSABLE = """
func.func @main(%x: memref<8x16xf32>, %s: memref<16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) attributes {ember.num_outputs = 1 : i64} {
  %t = memref.alloc() : memref<8x16xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %s : memref<8x16xf32>, memref<16xf32>) outs(%t : memref<8x16xf32>) attrs = {ember.tag = "scale"} {
  ^bb0(%a: f32, %k: f32, %o: f32):
    %m = arith.mulf %a, %k : f32
    %r = arith.maximumf %m, %k : f32
    linalg.yield %r : f32
  }
  %zero = arith.constant 0.000000e+00 : f32
  linalg.fill ins(%zero : f32) outs(%c : memref<8x12xf32>)
  linalg.matmul {ember.tag = "mm"} ins(%t, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
"""


def _fusable_reference() -> np.ndarray:
    x, s, b = _inputs(FUSABLE)
    return np.maximum(x * s, s) @ b


@pytest.mark.parametrize("sizes", ["4,6,8", "2,0,4", "0,12,0", "3,5,7 partial=true"])
def test_fuse_into_tiles(sizes: str) -> None:
    spec = f"linalg-tile{{tag=mm sizes={sizes}}},linalg-fuse-into{{tag=scale into=mm}}"
    (out,), printed = _run(FUSABLE, spec)
    np.testing.assert_allclose(out, _fusable_reference(), rtol=1e-5, atol=1e-5)
    # the producer now runs inside the innermost tile loop, on tiles of x and s
    body = printed[printed.index("scf.for") :]
    assert "memref.subview %x" in body and body.count("linalg.generic") == 1


@pytest.mark.parametrize("tiling", ["sizes=4,6,8 loop-tags=i,j,k", "sizes=3,5,7 partial=true loop-tags=i,j,k"])
def test_fuse_into_compiles_and_runs(tiling: str) -> None:
    import ember

    module, _ = parse_module(make_context(), FUSABLE)
    build_pipeline(f"linalg-tile{{tag=mm {tiling}}},linalg-fuse-into{{tag=scale into=mm}},"
                   "scf-parallelize{tag=i},lower-to-loops").apply(make_context(), module)  # fmt: skip
    exe = ember.compile(print_module(module), threads=2, cache=False)
    np.testing.assert_allclose(exe(*_inputs(FUSABLE))[0], _fusable_reference(), rtol=1e-5, atol=1e-5)


def test_fuse_into_needs_a_tiled_consumer() -> None:
    with pytest.raises(Exception, match="reads no memref.subview of the producer's output: tile the consumer first"):
        _run(FUSABLE, "linalg-fuse-into{tag=scale into=mm}")


def test_script_fuse(tmp_path: Path) -> None:
    script = tmp_path / "f.sched"
    script.write_text("mm = match linalg.matmul\np = match linalg.generic tag=scale\n"
                      "i, j, k = tile mm sizes=4,6,8\nf = fuse p into=mm\nparallelize i\n")  # fmt: skip
    (out,), printed = _run(FUSABLE, script=script)
    np.testing.assert_allclose(out, _fusable_reference(), rtol=1e-5, atol=1e-5)
    assert "scf.parallel" in printed


@pytest.mark.parametrize(("spec", "packed"), [
    ("linalg-pack{tag=mm operand=1 blocks=4,4}", "memref<4x3x4x4xf32>"),
    ("linalg-pack{tag=mm operand=0 blocks=8,2}", "memref<1x8x8x2xf32>"),
    ("linalg-tile{tag=mm sizes=4,6,8},linalg-pack{tag=mm operand=1 blocks=4,2}", "memref<2x3x4x2xf32>"),
])  # fmt: skip
def test_pack_keeps_numerics_interpreted_and_compiled(spec: str, packed: str) -> None:
    import ember

    a, b = _inputs(MATMUL_FILLED)
    (out,), printed = _run(MATMUL_FILLED, spec)
    np.testing.assert_allclose(out, a @ b, rtol=1e-5, atol=1e-5)
    assert f"memref.alloc() : {packed}" in printed
    module, _ = parse_module(make_context(), MATMUL_FILLED)
    build_pipeline(f"{spec},lower-to-loops").apply(make_context(), module)
    exe = ember.compile(print_module(module), cache=False)
    np.testing.assert_allclose(exe(a, b)[0], a @ b, rtol=1e-5, atol=1e-5)


def test_pack_blocks_must_divide() -> None:
    with pytest.raises(Exception, match=r"blocks 5,4 must be 2 sizes, each >= 1 and dividing 16x12"):
        _run(MATMUL, "linalg-pack{tag=mm operand=1 blocks=5,4}")


def test_script_pack_then_tile(tmp_path: Path) -> None:
    script = tmp_path / "p.sched"
    script.write_text("mm = match linalg.matmul\npack mm operand=1 blocks=8,6\ni, j = tile mm sizes=4,6\nparallelize j\n")
    a, b = _inputs(MATMUL_FILLED)
    (out,), printed = _run(MATMUL_FILLED, script=script)
    np.testing.assert_allclose(out, a @ b, rtol=1e-5, atol=1e-5)
    assert "memref<2x2x8x6xf32>" in printed and "scf.parallel" in printed


GRAPH = """
func.func @main(%a: tensor<32x64xf32>, %b: tensor<64x48xf32>) -> tensor<32x48xf32> {
  %m = graph.matmul %a, %b : (tensor<32x64xf32>, tensor<64x48xf32>) -> tensor<32x48xf32>
  %r = graph.relu %m : (tensor<32x48xf32>) -> tensor<32x48xf32>
  func.return %r : tensor<32x48xf32>
}
"""


def test_compile_with_schedule_script(tmp_path: Path) -> None:
    import ember

    script = tmp_path / "c.sched"
    script.write_text("mm = match linalg.matmul\nschedule mm lanes=8 mr=4 nr=8\ni, j = tile mm sizes=16,24\nparallelize i\n")
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal((32, 64)).astype(np.float32), rng.standard_normal((64, 48)).astype(np.float32)
    exe = ember.compile(GRAPH, threads=2, cache=False, schedule=str(script))
    np.testing.assert_allclose(exe(a, b)[0], np.maximum(a @ b, 0), rtol=1e-4, atol=1e-4)
    assert "apply-schedule" in exe.compile_times.steps


def test_ember_compile_schedule_error_is_located(tmp_path: Path) -> None:
    (tmp_path / "m.mlir").write_text(GRAPH)
    (tmp_path / "bad.sched").write_text("mm = match linalg.matmul\ni = tile mm sizes=5\n")
    result = subprocess.run(
        ["ember-compile", "m.mlir", "-o", "m.so", "--schedule", "bad.sched"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "bad.sched:2:13: error: tile size 5 does not divide loop d0 of size 32 (partial=true allows a partial last tile)"
    )
