#!/usr/bin/env python
"""Export the PyTorch test models to ONNX files committed under tests/models/data/.

    python scripts/export_torch_models.py [-o tests/models/data] [name ...]

For each model of ``tests/models/torch_model_defs.py`` (seeded weights, eval mode, fixed input
shape) writes ``<name>.onnx``, the seeded input ``<name>.input.npy`` and PyTorch's output
``<name>.torch_out.npy``. ``tests/models/test_exported_models.py`` checks ember against these
files without torch, which is only needed to run this script (it is not a dependency of ember).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "models" / "data"


def load_model_defs() -> ModuleType:
    """Import tests/models/torch_model_defs.py by path (tests/ is not an installed package)."""
    path = ROOT / "tests" / "models" / "torch_model_defs.py"
    spec = importlib.util.spec_from_file_location("torch_model_defs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    defs = load_model_defs()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument(
        "names", nargs="*", help=f"models (default: all of {', '.join(defs.MODELS)})"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(defs.MODELS))
    if unknown:
        parser.error(f"unknown model(s): {', '.join(unknown)}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or list(defs.MODELS):
        onnx_path = args.out / f"{name}.onnx"
        x, expected = defs.export(name, str(onnx_path))
        np.save(args.out / f"{name}.input.npy", x)
        np.save(args.out / f"{name}.torch_out.npy", expected)
        sizes = [p.stat().st_size for p in (onnx_path, args.out / f"{name}.input.npy")]
        print(
            f"{name}: {onnx_path.name} {sizes[0]} B, input {x.shape} {sizes[1]} B, output {expected.shape}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
