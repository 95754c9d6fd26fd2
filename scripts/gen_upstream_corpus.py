"""Generate the upstream-MLIR interop corpus: what mlir-opt-22's standard pipelines print.

Each source program under ``tests/upstream_corpus/src/`` is run through a chain of upstream passes
(bufferization, linalg generalization, linalg to loops / affine loops, lower-affine,
expand-strided-metadata, scf to cf, math to libm, convert-to-llvm + reconcile-unrealized-casts,
...). The output of every stage is written to ``tests/upstream_corpus/generated/`` twice: in
mlir-opt's pretty (custom) form and in its generic form. Those files are committed, so
``tests/test_upstream_corpus.py`` has fixed inputs and does not need mlir-opt to read them; it does
need mlir-opt-22 to check that ember's printed output is accepted and identical in generic form.

    python scripts/gen_upstream_corpus.py            # regenerate
    python scripts/gen_upstream_corpus.py --check    # exit 1 if the committed files are stale
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "upstream_corpus"
SOURCES = CORPUS / "src"
GENERATED = CORPUS / "generated"
MLIR_OPT = "mlir-opt-22"

# A stage is (name, mlir-opt pass pipeline applied to the previous stage's output).
Stage = tuple[str, str]

BUFFERIZE = "one-shot-bufferize{bufferize-function-boundaries},canonicalize"
TO_LLVM = "convert-to-llvm,reconcile-unrealized-casts"
LOOPS_TO_LLVM: tuple[Stage, ...] = (
    ("lower-affine", "lower-affine"),
    ("expand-strided", "expand-strided-metadata,lower-affine"),
    ("scf-to-cf", "convert-scf-to-cf"),
    ("math-to-libm", "convert-math-to-libm"),
    ("llvm", TO_LLVM),
)
TENSOR_TO_LOOPS: tuple[Stage, ...] = (
    ("generalize", "linalg-generalize-named-ops"),
    ("bufferize", BUFFERIZE),
    ("loops", "convert-linalg-to-loops"),
)
TENSOR_TO_AFFINE: tuple[Stage, ...] = (
    ("bufferize", BUFFERIZE),
    ("affine-loops", "convert-linalg-to-affine-loops"),
)
TENSOR_CHAIN = (("parsed", ""), *TENSOR_TO_LOOPS, *LOOPS_TO_LLVM)
AFFINE_CHAIN = (("parsed", ""), *TENSOR_TO_AFFINE, *LOOPS_TO_LLVM)
LOOP_CHAIN = (("parsed", ""), *LOOPS_TO_LLVM)
VECTOR_CHAIN = (
    ("parsed", ""),
    ("vector-to-scf", "convert-vector-to-scf,lower-affine"),
    *LOOPS_TO_LLVM[1:-1],
    ("vector-to-llvm", "convert-vector-to-llvm"),
    ("llvm", TO_LLVM),
)

# Which chains each source program goes through (a chain's stages are named <chain>-<stage>).
PROGRAMS: dict[str, dict[str, tuple[Stage, ...]]] = {
    "linalg_named": {"loops": TENSOR_CHAIN, "affine": AFFINE_CHAIN},
    "linalg_generic": {"loops": TENSOR_CHAIN, "affine": AFFINE_CHAIN},
    "conv": {"loops": TENSOR_CHAIN, "affine": AFFINE_CHAIN},
    "map_reduce": {"loops": TENSOR_CHAIN},
    "tensor_ops": {"loops": TENSOR_CHAIN},
    "bufferize_mix": {"loops": TENSOR_CHAIN},
    "scf_control": {"loops": LOOP_CHAIN},
    "cf_branches": {"loops": LOOP_CHAIN},
    "affine_loops": {"loops": LOOP_CHAIN},
    "math_funcs": {"loops": LOOP_CHAIN},
    "memref_ops": {"loops": LOOP_CHAIN},
    "func_calls": {"loops": LOOP_CHAIN},
    "vector_ops": {"loops": VECTOR_CHAIN},
}


def mlir_opt(text: str, pipeline: str, generic: bool, what: str) -> str:
    """Run mlir-opt-22 on ``text`` (``pipeline`` may be empty: parse, verify, print)."""
    args = [MLIR_OPT, "-"]
    if pipeline:
        args.append(f"--pass-pipeline=builtin.module({pipeline})")
    if generic:
        args.append("--mlir-print-op-generic")
    done = subprocess.run(args, input=text, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{what}: mlir-opt-22 failed:\n{done.stderr[:4000]}")
    return done.stdout


def generate(out: Path) -> list[Path]:
    """Write every stage of every program to ``out``; return the files written."""
    written: list[Path] = []
    for program, chains in PROGRAMS.items():
        source = (SOURCES / f"{program}.mlir").read_text()
        for chain, stages in chains.items():
            text = source
            for index, (stage, pipeline) in enumerate(stages):
                what = f"{program} {chain}/{stage}"
                pretty = mlir_opt(text, pipeline, False, what)
                generic = mlir_opt(pretty, "", True, what)
                stem = f"{program}.{chain}.{index:02d}-{stage}"
                for suffix, content in ((".mlir", pretty), (".generic.mlir", generic)):
                    path = out / f"{stem}{suffix}"
                    path.write_text(content)
                    written.append(path)
                text = pretty
    return written


def check() -> int:
    """Exit status 1 if ``generated/`` differs from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {p.name: p.read_text() for p in generate(Path(tmp))}
    committed = {p.name: p.read_text() for p in GENERATED.glob("*.mlir")}
    stale = sorted(name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name))
    for name in stale:
        print(f"stale: generated/{name}", file=sys.stderr)
    if stale:
        print("regenerate with: python scripts/gen_upstream_corpus.py", file=sys.stderr)
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed corpus is stale")
    args = parser.parse_args(argv)
    if shutil.which(MLIR_OPT) is None:
        print(f"{MLIR_OPT} is not installed (apt install mlir-22-tools)", file=sys.stderr)
        return 1
    if args.check:
        return check()
    if GENERATED.exists():
        shutil.rmtree(GENERATED)
    GENERATED.mkdir(parents=True)
    written = generate(GENERATED)
    print(f"wrote {len(written)} files to {GENERATED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
