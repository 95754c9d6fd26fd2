"""Mutation fuzzing of ember-opt's parser and verifier with the lit inputs as seeds.

Each case takes a chunk of a ``filecheck/**/*.mlir`` file (comments dropped), applies one or two
token- or line-level mutations (delete, replace with another token, duplicate, swap lines,
drop a line, odd integers, duplicate a line elsewhere) and runs ``ember-opt`` on it in-process
(parse + verify + print). Outcomes are classified: ``ok`` (exit 0), ``located`` (exit 1, first
line ``file:line:col: error: ...``), and the failures ``unlocated``, ``internal`` (an internal
compiler error or traceback) and ``status`` (another exit status). ``tests/tools/test_fuzz_mlir.py``
runs a fixed-seed batch; for long runs::

    python scripts/fuzz_mlir.py --seed 7 --count 20000 [--keep DIR]

prints the counts and writes every failing input to DIR (default: a temporary directory).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"%[\w.$-]+|\^[\w.$-]+|@[\w.$-]+|\d+|[a-z_][\w.]*|\S")
ODD_INTEGERS = (0, -1, 3, 99999, 2**31, 2**63, 2**64 + 1)


def seed_chunks(root: Path = ROOT) -> list[str]:
    """The lit inputs, split at ``// -----``, without comment lines (no RUN/CHECK noise)."""
    chunks = []
    for path in sorted((root / "filecheck").rglob("*.mlir")):
        for chunk in path.read_text(errors="replace").split("// -----"):
            lines = [line for line in chunk.split("\n") if not line.strip().startswith("//")]
            if any(line.strip() for line in lines):
                chunks.append("\n".join(lines))
    return chunks


def _token_mutation(text: str, rng: random.Random, kind: int) -> str:
    tokens = list(TOKEN.finditer(text))
    if not tokens:
        return text
    token = rng.choice(tokens)
    start, end = token.span()
    replacement = {
        0: "",
        1: rng.choice(tokens).group(),
        2: f"{token.group()} {token.group()}",
        3: str(rng.choice(ODD_INTEGERS)),
    }[kind]
    return text[:start] + replacement + text[end:]


def _line_mutation(text: str, rng: random.Random, kind: int) -> str:
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if kind == 0:
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 1:
        del lines[i]
    else:
        lines.insert(j, lines[i])
    return "\n".join(lines)


def mutate(text: str, rng: random.Random) -> str:
    kind = rng.randrange(7)
    return _token_mutation(text, rng, kind) if kind < 4 else _line_mutation(text, rng, kind - 4)


def classify(path: Path) -> tuple[str, str]:
    """Run ember-opt on ``path``: (outcome, first line of stderr)."""
    from ember.tools.ember_opt import main

    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = main([str(path)])
    text = err.getvalue()
    first = text.split("\n", 1)[0]
    if status == 0:
        return "ok", first
    if "internal compiler error" in text or "Traceback" in text:
        return "internal", first
    if status != 1:
        return "status", first
    if first.startswith(f"{path}:") and re.match(r"^\d+:\d+: error: ", first[len(str(path)) + 1 :]):
        return "located", first
    return "unlocated", first


def run(seed: int, count: int, workdir: Path) -> tuple[Counter[str], list[tuple[str, str, str]]]:
    """Fuzz ``count`` mutants; the outcome counts and the failures (outcome, message, input)."""
    rng = random.Random(seed)
    chunks = seed_chunks()
    counts: Counter[str] = Counter()
    failures = []
    path = workdir / "mutant.mlir"
    for _ in range(count):
        text = rng.choice(chunks)
        for _ in range(rng.randrange(1, 3)):
            text = mutate(text, rng)
        path.write_text(text)
        outcome, message = classify(path)
        counts[outcome] += 1
        if outcome not in ("ok", "located"):
            failures.append((outcome, message, text))
    return counts, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="directory for failing inputs")
    args = parser.parse_args(argv)
    keep = args.keep or Path(tempfile.mkdtemp(prefix="ember-fuzz-"))
    keep.mkdir(parents=True, exist_ok=True)
    counts, failures = run(args.seed, args.count, keep)
    print(dict(counts))
    for number, (outcome, message, text) in enumerate(failures):
        (keep / f"failure{number}.mlir").write_text(text)
        print(f"{outcome}: {message} ({keep / f'failure{number}.mlir'})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
