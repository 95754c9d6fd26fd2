"""Conversions between pipeline stages: graph -> linalg -> memref -> loops -> llvm, and codegen."""
