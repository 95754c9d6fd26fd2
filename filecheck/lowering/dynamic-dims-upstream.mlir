// REQUIRES: mlir-opt-22
// The stages of a model with run-time sizes are upstream MLIR: mlir-opt-22 parses and verifies
// the tensor, memref and loop stages (their `?` dims are upstream's).
// RUN: ember-opt %s -p convert-graph-to-linalg | mlir-opt-22 | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize | mlir-opt-22 | filecheck %s --check-prefix=MEMREF
// RUN: ember-opt %s -p lower-to-loops | mlir-opt-22 | filecheck %s --check-prefix=LOOPS

// TENSOR: tensor.empty(%{{.*}}) : tensor<?x8xf32>
// MEMREF: memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?x8xf32>
// LOOPS:  memref.load %{{.*}}[%{{.*}}, %{{.*}}] : memref<?x4xf32>
func.func @main(%x: tensor<?x4xf32, #graph.dims<"n">>, %w: tensor<4x8xf32>, %b: tensor<8xf32>) -> tensor<?x8xf32, #graph.dims<"n">> {
  %0 = graph.gemm %x, %w, %b : (tensor<?x4xf32, #graph.dims<"n">>, tensor<4x8xf32>, tensor<8xf32>) -> tensor<?x8xf32, #graph.dims<"n">>
  %1 = graph.softmax %0 : (tensor<?x8xf32, #graph.dims<"n">>) -> tensor<?x8xf32, #graph.dims<"n">>
  func.return %1 : tensor<?x8xf32, #graph.dims<"n">>
}
