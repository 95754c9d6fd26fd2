#!/usr/bin/env python
"""Export the dynamic-shape test models to ONNX (tests/models/data_dynamic/*.onnx).

    python scripts/export_dynamic_models.py [-o tests/models/data] [name ...]

Two models a server would compile once and call with many sizes, exported by PyTorch's current
exporter (``torch.onnx.export(..., dynamo=True)``, opset 18) with symbolic dims:

- ``cnn_dynamic``: conv / conv-stride-2 / max-pool / ``x.view(x.size(0), -1)`` / linear with a
  dynamic ``batch``;
- ``bert_dynamic``: a 2-layer ``transformers`` BERT encoder (tiny random-initialised config, no
  downloads) with dynamic ``batch`` and ``seq`` for ``input_ids`` and ``attention_mask``
  (``seq`` at most 64, the position table's length).

The tests (``tests/models/test_dynamic_models.py``) read the committed copies, so CI needs no
torch; with torch installed they also re-export and compare with eager PyTorch. Needs ``torch``
and ``transformers`` (not dependencies of ember).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "models" / "data_dynamic"
OPSET = 18
MAX_SEQ = 64


def cnn_dynamic() -> tuple[Any, tuple[Any, ...], dict[str, Any], list[str]]:
    import torch
    from torch import nn

    class SmallCNN(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.c1 = nn.Conv2d(3, 8, 3, padding=1)
            self.b1 = nn.BatchNorm2d(8)
            self.c2 = nn.Conv2d(8, 16, 3, stride=2, padding=1)
            self.fc = nn.Linear(16 * 8 * 8, 10)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = torch.relu(self.b1(self.c1(x)))
            x = torch.nn.functional.max_pool2d(torch.relu(self.c2(x)), 2)
            return self.fc(x.view(x.size(0), -1))

    torch.manual_seed(0)
    batch = torch.export.Dim("batch", min=1, max=1024)
    return SmallCNN().eval(), (torch.randn(2, 3, 32, 32),), {"x": {0: batch}}, ["x"]


def bert_dynamic() -> tuple[Any, tuple[Any, ...], dict[str, Any], list[str]]:
    import torch
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    config = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=MAX_SEQ)  # fmt: skip
    model = BertModel(config).eval()
    ids = torch.randint(0, 100, (2, 8))
    mask = torch.ones(2, 8, dtype=torch.int64)
    batch = torch.export.Dim("batch", min=1, max=1024)
    seq = torch.export.Dim("seq", min=2, max=MAX_SEQ)
    shapes = {"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}}
    return model, (ids, mask), shapes, ["input_ids", "attention_mask"]


MODELS: dict[str, Callable[[], tuple[Any, tuple[Any, ...], dict[str, Any], list[str]]]] = {
    "cnn_dynamic": cnn_dynamic,
    "bert_dynamic": bert_dynamic,
}


def export(name: str, path: Path) -> Any:
    """Export model ``name`` to ``path``; returns the eager model (for comparisons)."""
    import torch

    model, args, shapes, names = MODELS[name]()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        program = torch.onnx.export(model, args, dynamo=True, opset_version=OPSET, input_names=names,
                                    dynamic_shapes=shapes, verbose=False, optimize=True)  # fmt: skip
    program.save(str(path), external_data=False)  # one self-contained file
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", choices=[[], *MODELS], help="models to export (default: all)")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or MODELS:
        path = args.out / f"{name}.onnx"
        export(name, path)
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
