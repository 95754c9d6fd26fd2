"""Exported libraries against the JIT on the light models (or any .onnx): load time and results.

For every model: a cold ``ember.compile(model, threads=1, cache=False)`` (seconds), its
``exe.export`` to a shared library (seconds, size), ``ember.load`` of that library in a fresh
process (seconds: the metadata and digest checks, ``dlopen`` and the library's own weight
checksum; Python's start-up and ``import ember`` are not counted), the ratio cold compile / load,
and whether the loaded library's outputs equal the JIT's bit for bit on the backend inputs.

    python benchmarks/deploy.py                 # the nine light models
    python benchmarks/deploy.py squeezenet resnet50
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx

import ember
from ember.frontend.onnx.light_models import (
    LIGHT_MODELS,
    backend_inputs,
    light_model_path,
    with_random_weights,
)
from ember.target import host_target

LOAD_SCRIPT = """
import sys, time, numpy as np, ember
start = time.perf_counter(); exe = ember.load(sys.argv[1]); seconds = time.perf_counter() - start
inputs = np.load(sys.argv[2]); outputs = exe(*[inputs[k] for k in sorted(inputs.files)])
np.savez(sys.argv[3], *outputs); print(seconds)
"""


def measure(name: str, directory: Path) -> str:
    model = with_random_weights(onnx.load(light_model_path(name)))
    inputs = backend_inputs(model)
    start = time.perf_counter()
    exe = ember.compile(model, threads=1, cache=False)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    exe.export(str(directory / f"{name}.so"))
    export = time.perf_counter() - start
    np.savez(directory / "inputs.npz", **{f"i{k:03d}": a for k, a in enumerate(inputs)})
    command = [sys.executable, "-c", LOAD_SCRIPT, str(directory / f"{name}.so"), str(directory / "inputs.npz"),
               str(directory / "outputs.npz")]  # fmt: skip
    load = float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip())
    loaded = np.load(directory / "outputs.npz")
    same = all(np.array_equal(loaded[f"arr_{k}"], r) for k, r in enumerate(exe(*inputs)))
    size = (directory / f"{name}.so").stat().st_size / 2**20
    return f"| {name} | {cold:.2f} | {export:.2f} | {size:.1f} | {load * 1000:.1f} | {cold / load:.0f}x | {'yes' if same else 'NO'} |"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", default=list(LIGHT_MODELS))
    args = parser.parse_args(argv)
    print(f"host: {host_target().cpu}; seconds unless stated")
    print("| model | cold compile | export | library MiB | ember.load ms | compile / load | bit for bit |")
    print("|---|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.models:
            print(measure(name, Path(scratch)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
