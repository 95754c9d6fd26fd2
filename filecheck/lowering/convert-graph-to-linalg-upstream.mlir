// REQUIRES: mlir-opt-22
// Every stage of lower-to-loops is accepted by upstream MLIR (parse + verify).
// RUN: ember-opt %s -p convert-graph-to-linalg | mlir-opt-22 | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize | mlir-opt-22 | filecheck %s --check-prefix=MEMREF
// RUN: ember-opt %s -p lower-to-loops | mlir-opt-22 | filecheck %s --check-prefix=LOOPS
// RUN: ember-opt %s -p lower-to-loops,convert-scf-to-cf | mlir-opt-22 | filecheck %s --check-prefix=CF

// TENSOR-LABEL: func.func @main
// TENSOR:         linalg.conv_2d_nchw_fchw
// TENSOR:         linalg.matmul
// MEMREF-LABEL: func.func @main(%{{.*}}: memref<1x3x8x8xf32>, %{{.*}}: memref<1x10xf32>) attributes {ember.num_outputs = 1 : i64}
// MEMREF:         memref.alloc
// MEMREF:         memref.dealloc
// LOOPS-LABEL:  func.func @main
// LOOPS:          scf.for
// LOOPS-NOT:      linalg.
// CF-LABEL:     func.func @main
// CF:             cf.cond_br
// CF-NOT:         scf.for
func.func @main(%x: tensor<1x3x8x8xf32>) -> tensor<1x10xf32> {
  %w = graph.constant dense<0.1> : tensor<4x3x3x3xf32>
  %b = graph.constant dense<0.5> : tensor<4xf32>
  %0 = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %1 = graph.relu %0 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %2 = graph.max_pool %1 {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  %3 = graph.flatten %2 : (tensor<1x4x4x4xf32>) -> tensor<1x64xf32>
  %fc = graph.constant dense<0.01> : tensor<64x10xf32>
  %4 = graph.matmul %3, %fc : (tensor<1x64xf32>, tensor<64x10xf32>) -> tensor<1x10xf32>
  %5 = graph.softmax %4 {axis = 1 : i64} : (tensor<1x10xf32>) -> tensor<1x10xf32>
  func.return %5 : tensor<1x10xf32>
}
