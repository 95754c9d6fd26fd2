"""PyTorch models into ember: ``torch.export`` / ``torch.onnx.export(dynamo=True)`` to an ONNX
model, then ember's ONNX frontend (``ember.from_torch``; the ``torch.compile`` backend in
``ember.torch_backend`` builds on it). PyTorch is an optional extra (``pip install ember[torch]``);
nothing here imports it before it is used."""

from ember.frontend.torch.export import dim_ranges, export_onnx, require_torch

__all__ = ["dim_ranges", "export_onnx", "require_torch"]
