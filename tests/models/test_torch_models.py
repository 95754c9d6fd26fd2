"""Models exported from PyTorch (legacy TorchScript exporter) import and the reference run
matches onnxruntime and PyTorch: an MLP with GELU and LayerNorm, a small residual CNN with
batch-norm, a transformer encoder layer and a MobileNet-style depthwise-separable block.
PyTorch is a test-only dependency; the tests skip without it."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import ember
from ember.context import make_context
from ember.runtime.reference import run_reference
from ember.textual import parse_module, print_module

torch = pytest.importorskip("torch")
nn = torch.nn


class Mlp(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1, self.act, self.norm, self.fc2 = nn.Linear(16, 32), nn.GELU(), nn.LayerNorm(32), nn.Linear(32, 8)

    def forward(self, x):  # noqa: ANN001, ANN201
        return self.fc2(self.norm(self.act(self.fc1(x))))


class ResidualBlock(nn.Module):
    def __init__(self, c: int) -> None:
        super().__init__()
        self.conv1, self.bn1 = nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c)
        self.conv2, self.bn2 = nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c)

    def forward(self, x):  # noqa: ANN001, ANN201
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(x + self.bn2(self.conv2(y)))


class SmallResNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2))
        self.blocks = nn.Sequential(ResidualBlock(16), ResidualBlock(16))
        self.head = nn.Linear(16, 10)

    def forward(self, x):  # noqa: ANN001, ANN201
        y = self.blocks(self.stem(x))
        return self.head(torch.flatten(nn.functional.adaptive_avg_pool2d(y, 1), 1))


class DepthwiseBlock(nn.Module):
    """MobileNetV2/V3-style: expand 1x1, depthwise 3x3, project 1x1, with ReLU6 and HardSwish."""

    def __init__(self) -> None:
        super().__init__()
        self.expand = nn.Sequential(nn.Conv2d(8, 32, 1, bias=False), nn.BatchNorm2d(32), nn.ReLU6())
        self.depthwise = nn.Sequential(nn.Conv2d(32, 32, 3, stride=2, padding=1, groups=32, bias=False), nn.BatchNorm2d(32), nn.Hardswish())
        self.project = nn.Sequential(nn.Conv2d(32, 8, 1, bias=False), nn.BatchNorm2d(8))

    def forward(self, x):  # noqa: ANN001, ANN201
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

    def forward(self, x):  # noqa: ANN001, ANN201
        b, s, d = x.shape
        q, k, v = self.qkv(x).reshape(b, s, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-2, -1) / (d // self.heads) ** 0.5
        attended = (scores.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, s, d)
        x = self.norm1(x + self.out(attended))
        return self.norm2(x + self.ffn(x))


def encoder_layer() -> nn.Module:
    return EncoderLayer()


MODELS = {
    "mlp_gelu_layernorm": (Mlp, (4, 16)),
    "resnet_blocks_batchnorm": (SmallResNet, (2, 3, 32, 32)),
    "transformer_encoder_layer": (encoder_layer, (2, 10, 32)),
    "mobilenet_depthwise_block": (DepthwiseBlock, (1, 8, 16, 16)),
}


def randomize_batchnorm(model: nn.Module, generator: torch.Generator) -> None:
    """Non-trivial running statistics, so the exported BatchNormalization matters."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.running_mean.copy_(torch.randn(module.num_features, generator=generator) * 0.1)
            module.running_var.copy_(torch.rand(module.num_features, generator=generator) + 0.5)
            module.weight.data.copy_(torch.rand(module.num_features, generator=generator) + 0.5)


def export(name: str, path: str) -> tuple[np.ndarray, np.ndarray]:
    factory, shape = MODELS[name]
    generator = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    model = factory()
    randomize_batchnorm(model, generator)
    model.eval()
    x = torch.randn(*shape, generator=generator)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = model(x).numpy()
        # no constant folding: keeps BatchNormalization and the exporter's shape arithmetic in the graph
        torch.onnx.export(model, (x,), path, dynamo=False, opset_version=17, input_names=["x"], output_names=["y"],
                          do_constant_folding=False)
    return x.numpy(), expected


@pytest.mark.parametrize("name", list(MODELS))
def test_torch_model_matches_onnxruntime_and_torch(name, tmp_path):
    import onnxruntime as ort

    path = str(tmp_path / f"{name}.onnx")
    x, from_torch = export(name, path)
    module = ember.import_onnx(path)
    text = print_module(module, ctx=make_context(), debuginfo=True)
    module, _ = parse_module(make_context(), text, path)
    (ours,) = run_reference(module, [x])
    options = ort.SessionOptions()
    options.log_severity_level = 3
    (from_ort,) = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"]).run(None, {"x": x})
    np.testing.assert_allclose(ours, from_ort, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(ours, from_torch, rtol=1e-4, atol=1e-5)
