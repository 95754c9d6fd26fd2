"""PyTorch model definitions shared by the torch export tests and the committed-model exporter.

Four small models cover what PyTorch's legacy (TorchScript) ONNX exporter emits for common
architectures: an MLP with GELU and LayerNorm, a residual CNN with batch-norm, a post-norm
transformer encoder layer and a MobileNet-style depthwise-separable block. ``export`` builds a
model with seeded weights (and non-trivial batch-norm statistics), runs it in eval mode on a
seeded input and writes the ONNX file.

Used by ``tests/models/test_torch_models.py`` (exports on the fly when torch is installed) and
``scripts/export_torch_models.py`` (writes ``tests/models/data/*``, which
``tests/models/test_exported_models.py`` checks without torch). Importing this module needs torch.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import torch
from torch import nn


class Mlp(nn.Module):
    """Linear -> GELU -> LayerNorm -> Linear."""

    def __init__(self) -> None:
        super().__init__()
        self.fc1, self.act, self.norm, self.fc2 = (
            nn.Linear(16, 32),
            nn.GELU(),
            nn.LayerNorm(32),
            nn.Linear(32, 8),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.norm(self.act(self.fc1(x))))


class ResidualBlock(nn.Module):
    """Two 3x3 conv + batch-norm with a ReLU between and an identity skip connection."""

    def __init__(self, c: int) -> None:
        super().__init__()
        self.conv1, self.bn1 = nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c)
        self.conv2, self.bn2 = nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(x + self.bn2(self.conv2(y)))


class SmallResNet(nn.Module):
    """Strided conv stem with max-pool, two residual blocks, global average pool, linear head."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2)
        )
        self.blocks = nn.Sequential(ResidualBlock(16), ResidualBlock(16))
        self.head = nn.Linear(16, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.blocks(self.stem(x))
        return self.head(torch.flatten(nn.functional.adaptive_avg_pool2d(y, 1), 1))


class DepthwiseBlock(nn.Module):
    """MobileNetV2/V3-style: expand 1x1, depthwise 3x3, project 1x1, with ReLU6 and HardSwish."""

    def __init__(self) -> None:
        super().__init__()
        self.expand = nn.Sequential(nn.Conv2d(8, 32, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU6())
        self.depthwise = nn.Sequential(
            nn.Conv2d(32, 32, 3, stride=2, padding=1, groups=32, bias=False),
            nn.BatchNorm2d(32),
            nn.Hardswish(),
        )
        self.project = nn.Sequential(nn.Conv2d(32, 8, 1, bias=False), nn.BatchNorm2d(8))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.project(self.depthwise(self.expand(x)))


class EncoderLayer(nn.Module):
    """Post-norm transformer encoder layer with explicit multi-head attention (the legacy
    exporter cannot trace nn.TransformerEncoderLayer's fused attention in torch 2.13)."""

    def __init__(self, d_model: int = 32, heads: int = 4, ffn: int = 64) -> None:
        super().__init__()
        self.heads = heads
        self.qkv, self.out = nn.Linear(d_model, 3 * d_model), nn.Linear(d_model, d_model)
        self.norm1, self.norm2 = nn.LayerNorm(d_model), nn.LayerNorm(d_model)
        self.ffn = nn.Sequential(nn.Linear(d_model, ffn), nn.GELU(), nn.Linear(ffn, d_model))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, s, d = x.shape
        q, k, v = self.qkv(x).reshape(b, s, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-2, -1) / (d // self.heads) ** 0.5
        attended = (scores.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, s, d)
        x = self.norm1(x + self.out(attended))
        return self.norm2(x + self.ffn(x))


# name -> (model factory, input shape)
MODELS: dict[str, tuple[Callable[[], nn.Module], tuple[int, ...]]] = {
    "mlp_gelu_layernorm": (Mlp, (4, 16)),
    "resnet_blocks_batchnorm": (SmallResNet, (2, 3, 32, 32)),
    "transformer_encoder_layer": (EncoderLayer, (2, 10, 32)),
    "mobilenet_depthwise_block": (DepthwiseBlock, (1, 8, 16, 16)),
}


def randomize_batchnorm(model: nn.Module, generator: torch.Generator) -> None:
    """Non-trivial running statistics, so the exported BatchNormalization matters."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.running_mean.copy_(torch.randn(module.num_features, generator=generator) * 0.1)
            module.running_var.copy_(torch.rand(module.num_features, generator=generator) + 0.5)
            module.weight.data.copy_(torch.rand(module.num_features, generator=generator) + 0.5)


def build(name: str) -> tuple[nn.Module, np.ndarray]:
    """The seeded model ``name`` in eval mode and its seeded float32 input."""
    factory, shape = MODELS[name]
    generator = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    model = factory()
    randomize_batchnorm(model, generator)
    model.eval()
    x = torch.randn(*shape, generator=generator)
    return model, x.numpy()


def run_torch(model: nn.Module, x: np.ndarray) -> np.ndarray:
    """``model(x)`` without autograd, as a numpy array."""
    with torch.no_grad():
        return model(torch.from_numpy(x)).numpy()


def export(name: str, path: str) -> tuple[np.ndarray, np.ndarray]:
    """Write model ``name`` as ONNX (opset 17, input ``x``, output ``y``) to ``path``;
    returns (input, torch's output)."""
    model, x = build(name)
    expected = run_torch(model, x)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # no constant folding: keeps BatchNormalization and the exporter's shape arithmetic in the graph
        torch.onnx.export(
            model,
            (torch.from_numpy(x),),
            path,
            dynamo=False,
            opset_version=17,
            input_names=["x"],
            output_names=["y"],
            do_constant_folding=False,
        )
    return x, expected
