// RUN: ember-opt %s -p "graph-winograd-conv{force=true}" --split-input-file | filecheck %s
// RUN: ember-opt %s -p graph-winograd-conv --split-input-file | filecheck %s --check-prefix=DEFAULT
// RUN: ember-opt %s -p "graph-winograd-conv{force=true},convert-graph-to-linalg" --split-input-file | filecheck %s --check-prefix=LINALG

// The pass only marks: a conv that takes Winograd F(2x2, 3x3) keeps its operands, properties and
// meaning and gains ember.winograd, which the lowering carries to the linalg.conv_2d_nchw_fchw
// (linalg-conv-microkernel then emits the fused Winograd kernel:
// filecheck/lowering/linalg-conv-microkernel-winograd.mlir).
// CHECK-LABEL: func.func @odd
// CHECK:         %[[C:.*]] = graph.conv %x, %w, %b {ember.winograd, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x5x5xf32>, tensor<1x1x3x3xf32>, tensor<1xf32>) -> tensor<1x1x5x5xf32>
// CHECK-NEXT:    func.return %[[C]]
// Too small to pay without force=true: left alone.
// DEFAULT-LABEL: func.func @odd
// DEFAULT-NOT:     ember.winograd
// LINALG-LABEL: func.func @odd
// LINALG:         linalg.conv_2d_nchw_fchw {ember.winograd
func.func @odd(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x5x5xf32> {
  %w = graph.constant dense<1.0> : tensor<1x1x3x3xf32>
  %b = graph.constant dense<0.5> : tensor<1xf32>
  %c = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x5x5xf32>, tensor<1x1x3x3xf32>, tensor<1xf32>) -> tensor<1x1x5x5xf32>
  func.return %c : tensor<1x1x5x5xf32>
}

// -----

// 64 -> 64 channels at 56x56 (231 MFLOP): marked by default.
// CHECK-LABEL: func.func @resnet_stage1
// DEFAULT-LABEL: func.func @resnet_stage1
// DEFAULT:         graph.conv {{.*}}{ember.winograd, pads = array<i64: 1, 1, 1, 1>}
func.func @resnet_stage1(%x: tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32> {
  %w = graph.constant dense<0.125> : tensor<64x64x3x3xf32>
  %c = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
  func.return %c : tensor<1x64x56x56xf32>
}

// -----

// Not Winograd F(2x2, 3x3): a stride, a dilation, groups, a 1x1 kernel, a weight that is not a
// constant, an f16 conv. Left alone even with force=true.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:     ember.winograd
func.func @left_alone(%x: tensor<1x4x8x8xf32>, %wx: tensor<4x4x3x3xf32>, %xh: tensor<1x4x8x8xf16>) -> (tensor<1x4x4x4xf32>, tensor<1x4x6x6xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf16>) {
  %w = graph.constant dense<1.0> : tensor<4x4x3x3xf32>
  %wg = graph.constant dense<1.0> : tensor<4x2x3x3xf32>
  %w1 = graph.constant dense<1.0> : tensor<4x4x1x1xf32>
  %s = graph.conv %x, %w {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x4x4xf32>
  %d = graph.conv %x, %w {dilations = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  %g = graph.conv %x, %wg {group = 2 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x8x8xf32>
  %k = graph.conv %x, %w1 : (tensor<1x4x8x8xf32>, tensor<4x4x1x1xf32>) -> tensor<1x4x8x8xf32>
  %v = graph.conv %x, %wx {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x8x8xf32>
  %wh = graph.constant dense<1.0> : tensor<4x4x3x3xf16>
  %h = graph.conv %xh, %wh {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x8xf16>, tensor<4x4x3x3xf16>) -> tensor<1x4x8x8xf16>
  func.return %s, %d, %g, %k, %v, %h : tensor<1x4x4x4xf32>, tensor<1x4x6x6xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf16>
}
