// RUN: ember-opt %s -p graph-promote-half --split-input-file | filecheck %s

// An f16 matmul accumulates in f32: casts around an f32 matmul, one rounding at the end.
// CHECK-LABEL: func.func @matmul
// CHECK:         %[[A:.*]] = graph.cast %a {to = f32} : (tensor<4x64xf16>) -> tensor<4x64xf32>
// CHECK:         %[[B:.*]] = graph.cast %b {to = f32} : (tensor<64x8xf16>) -> tensor<64x8xf32>
// CHECK:         %[[Y:.*]] = graph.matmul %[[A]], %[[B]] : (tensor<4x64xf32>, tensor<64x8xf32>) -> tensor<4x8xf32>
// CHECK:         %[[R:.*]] = graph.cast %[[Y]] {to = f16} : (tensor<4x8xf32>) -> tensor<4x8xf16>
// CHECK:         func.return %[[R]]
func.func @matmul(%a: tensor<4x64xf16>, %b: tensor<64x8xf16>) -> tensor<4x8xf16> {
  %y = graph.matmul %a, %b : (tensor<4x64xf16>, tensor<64x8xf16>) -> tensor<4x8xf16>
  func.return %y : tensor<4x8xf16>
}

// -----

// Softmax keeps its attributes; the elementwise add and the max reduction stay f16; f32 ops are untouched.
// CHECK-LABEL: func.func @mixed
// CHECK:         %[[S:.*]] = graph.add %x, %x : (tensor<2x5xf16>, tensor<2x5xf16>) -> tensor<2x5xf16>
// CHECK:         %[[W:.*]] = graph.cast %[[S]] {to = f32}
// CHECK:         graph.softmax %[[W]] {axis = 0 : i64} : (tensor<2x5xf32>) -> tensor<2x5xf32>
// CHECK:         graph.cast {{.*}} {to = f16}
// CHECK:         graph.reduce_max {{.*}} : (tensor<2x5xf16>) -> tensor<2x1xf16>
// CHECK:         graph.softmax %f {axis = 0 : i64} : (tensor<3xf32>) -> tensor<3xf32>
// CHECK-NOT:     graph.cast
func.func @mixed(%x: tensor<2x5xf16>, %f: tensor<3xf32>) -> (tensor<2x5xf16>, tensor<2x1xf16>, tensor<3xf32>) {
  %s = graph.add %x, %x : (tensor<2x5xf16>, tensor<2x5xf16>) -> tensor<2x5xf16>
  %p = graph.softmax %s {axis = 0 : i64} : (tensor<2x5xf16>) -> tensor<2x5xf16>
  %m = graph.reduce_max %p {axes = array<i64: 1>, keepdims = 1 : i64} : (tensor<2x5xf16>) -> tensor<2x1xf16>
  %g = graph.softmax %f {axis = 0 : i64} : (tensor<3xf32>) -> tensor<3xf32>
  func.return %p, %m, %g : tensor<2x5xf16>, tensor<2x1xf16>, tensor<3xf32>
}
