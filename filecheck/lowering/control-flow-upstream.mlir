// REQUIRES: mlir-opt-22
// graph.if -> scf.if and graph.loop -> scf.for on tensors, bufferized (result and carried
// buffers allocated before the op, yields copied into them), through the loop stage to cf;
// upstream MLIR accepts every stage.
// RUN: ember-opt %s -p convert-graph-to-linalg | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p convert-graph-to-linalg | mlir-opt-22 > /dev/null
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize | filecheck %s --check-prefix=MEMREF
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize | mlir-opt-22 > /dev/null
// RUN: ember-opt %s -p lower-to-loops | mlir-opt-22 > /dev/null
// RUN: ember-opt %s -p lower-to-loops,convert-scf-to-cf | filecheck %s --check-prefix=CF

// TENSOR-LABEL: func.func @main
// TENSOR:         %[[M:.*]] = tensor.extract %m[] : tensor<i64>
// TENSOR:         %[[C:.*]] = tensor.extract %c[] : tensor<i1>
// TENSOR:         %[[N:.*]] = arith.index_cast %[[M]] : i64 to index
// TENSOR:         %{{.*}}, %{{.*}}, %{{.*}} = scf.for %[[IV:[^ ]*]] = %{{.*}} to %[[N]] step %{{.*}} iter_args(%[[F:[^ ]*]] = %[[C]], %{{.*}} = %x, %{{.*}} = %{{.*}}) -> (i1, tensor<2xf32>, tensor<4x2xf32>) {
// TENSOR-NEXT:      %{{.*}}, %{{.*}}, %{{.*}} = scf.if %[[F]] -> (i1, tensor<2xf32>, tensor<4x2xf32>) {
// TENSOR:             arith.index_cast %[[IV]] : index to i64
// TENSOR:             linalg.generic
// TENSOR:             scf.if %{{.*}} -> (tensor<2xf32>) {
// TENSOR:             scf.yield
// TENSOR:             scf.yield %[[F]], %{{.*}}, %{{.*}} : i1, tensor<2xf32>, tensor<4x2xf32>
// MEMREF-LABEL: func.func @main
// MEMREF:         memref.alloc() {alignment = 64 : i64} : memref<2xf32>
// MEMREF:         memref.alloc() {alignment = 64 : i64} : memref<4x2xf32>
// MEMREF:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%{{.*}} = %{{.*}}) -> (i1) {
// MEMREF:           scf.if %{{.*}} -> (i1) {
// MEMREF:             scf.if %{{.*}} {
// CF-LABEL:     func.func @main
// CF-NOT:         scf.
// CF:             cf.cond_br
func.func @main(%x: tensor<2xf32>, %c: tensor<i1>, %m: tensor<i64>, %w: tensor<2xf32>) -> (tensor<2xf32>, tensor<4x2xf32>) {
  %1, %2 = graph.loop %m, %c, %x : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<4x2xf32>) {
  ^bb0(%i: tensor<i64>, %ci: tensor<i1>, %v: tensor<2xf32>):
    %s = graph.reduce_sum %v {keepdims = 0 : i64} : (tensor<2xf32>) -> tensor<f32>
    %z = graph.constant dense<0.0> : tensor<f32>
    %p = graph.greater %s, %z : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %3 = graph.if %p : tensor<i1> -> tensor<2xf32> {
      %4 = graph.mul %v, %w : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      graph.yield %4 : tensor<2xf32>
    } else {
      %5 = graph.sub %v, %w : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      graph.yield %5 : tensor<2xf32>
    }
    graph.yield %ci, %3, %3 : tensor<i1>, tensor<2xf32>, tensor<2xf32>
  }
  func.return %1, %2 : tensor<2xf32>, tensor<4x2xf32>
}
