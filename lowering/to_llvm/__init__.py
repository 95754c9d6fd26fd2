"""Conversions from the loop stage to the llvm dialect (MLIR's ``convert-*-to-llvm`` family).

One module per conversion, each a pass with a populate-list of patterns:
``convert-arith-to-llvm``, ``convert-math-to-llvm``, ``convert-vector-to-llvm``,
``convert-memref-to-llvm``, ``convert-func-to-llvm``, ``convert-cf-to-llvm``, then
``reconcile-unrealized-casts``. ``convert-to-llvm`` applies all their rows in one walk (what the
pipelines run; the single passes are entry points for tests). They share
the type converter in :mod:`ember.lowering.to_llvm.type_converter`; the named pipeline
``lower-to-llvm`` (graph stage -> llvm stage) lives in :mod:`ember.lowering.to_llvm.pipeline`.
"""
