#!/usr/bin/env python
"""Export the transformer and mobile-CNN benchmark models to ONNX (benchmarks/models/).

    python scripts/export_bench_models.py [-o benchmarks/models] [name ...]

Each model is a ``transformers`` model class with a tiny, seeded, random-initialised config (no
downloads), exported by PyTorch's current exporter (``torch.onnx.export(..., dynamo=True)``,
opset 18) with a fixed input shape. ``benchmarks/compare.py benchmarks/models/*.onnx`` times
them against onnxruntime. Needs ``torch`` and ``transformers`` (not dependencies of ember).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "models"
OPSET = 18
SEQ = 64


def _token_ids(vocab: int) -> Any:
    import torch

    return (torch.arange(SEQ, dtype=torch.int64).reshape(1, SEQ) * 7) % vocab


def bert() -> tuple[Any, tuple[Any, ...]]:
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=1000, hidden_size=128, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=512, max_position_embeddings=128)  # fmt: skip
    return BertModel(config, add_pooling_layer=False), (_token_ids(1000),)


def gpt2() -> tuple[Any, tuple[Any, ...]]:
    from transformers import GPT2Config, GPT2Model

    config = GPT2Config(vocab_size=1000, n_embd=128, n_layer=2, n_head=4, n_positions=128, use_cache=False)
    return GPT2Model(config), (_token_ids(1000),)


def t5_encoder() -> tuple[Any, tuple[Any, ...]]:
    from transformers import T5Config, T5EncoderModel

    config = T5Config(vocab_size=1000, d_model=128, d_kv=32, d_ff=512, num_layers=2, num_heads=4)
    return T5EncoderModel(config), (_token_ids(1000),)


def vit() -> tuple[Any, tuple[Any, ...]]:
    import torch
    from transformers import ViTConfig, ViTModel

    config = ViTConfig(hidden_size=128, num_hidden_layers=2, num_attention_heads=4, intermediate_size=512,
                       image_size=64, patch_size=8)  # fmt: skip
    return ViTModel(config, add_pooling_layer=False), (torch.randn(1, 3, 64, 64),)


def whisper_encoder() -> tuple[Any, tuple[Any, ...]]:
    import torch
    from transformers import WhisperConfig, WhisperModel

    config = WhisperConfig(d_model=128, encoder_layers=2, encoder_attention_heads=4, encoder_ffn_dim=512,
                           num_mel_bins=80, max_source_positions=200, decoder_layers=1,
                           decoder_attention_heads=4, decoder_ffn_dim=512)  # fmt: skip
    return WhisperModel(config).get_encoder(), (torch.randn(1, 80, 400),)


def mobilenet_v2() -> tuple[Any, tuple[Any, ...]]:
    import torch
    from transformers import MobileNetV2Config, MobileNetV2Model

    config = MobileNetV2Config(image_size=112, depth_multiplier=0.5)
    return MobileNetV2Model(config), (torch.randn(1, 3, 112, 112),)


def convnext() -> tuple[Any, tuple[Any, ...]]:
    import torch
    from transformers import ConvNextConfig, ConvNextModel

    config = ConvNextConfig(hidden_sizes=[32, 64, 128, 256], depths=[1, 1, 2, 1], image_size=112)
    return ConvNextModel(config), (torch.randn(1, 3, 112, 112),)


MODELS: dict[str, Callable[[], tuple[Any, tuple[Any, ...]]]] = {
    "bert": bert, "gpt2": gpt2, "t5_encoder": t5_encoder, "vit": vit,
    "whisper_encoder": whisper_encoder, "mobilenet_v2": mobilenet_v2, "convnext": convnext,
}  # fmt: skip


class FirstOutput:
    """Wrap a ``transformers`` model so the export has one tensor output (last hidden state)."""

    def __new__(cls, model: Any) -> Any:
        import torch

        class Wrapped(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model = model

            def forward(self, *args: Any) -> Any:
                return self.model(*args, return_dict=False)[0]

        return Wrapped().eval()


def export(name: str, out: Path) -> Path:
    """Build model ``name`` with seeded weights and export it to ``out/<name>.onnx``."""
    import torch

    torch.manual_seed(0)
    model, inputs = MODELS[name]()
    path = out / f"{name}.onnx"
    with torch.no_grad():
        program = torch.onnx.export(FirstOutput(model), inputs, dynamo=True, opset_version=OPSET,
                                    input_names=["x"], output_names=["y"], verbose=False)  # fmt: skip
    program.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("names", nargs="*", choices=[*MODELS, []], help="models (default: all)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or list(MODELS):
        path = export(name, args.out)
        print(f"{path}: {path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
