"""ONNX frontend: the only package that imports onnx."""
