// RUN: ember-opt %s -p "graph-winograd-conv{force=true}" --split-input-file | filecheck %s
// RUN: ember-opt %s -p graph-winograd-conv --split-input-file | filecheck %s --check-prefix=DEFAULT

// A 3x3 conv of a 5x5 input (pads 1): 3x3 tiles of 2x2 outputs, so the input is padded to 8x8
// (1 before, 2 after), 16 strided slices feed the input transform, one batched matmul of the
// transformed filters U = G g G^T (all-ones g: the outer product of [1, 1.5, 0.5, 1]) with the
// 16 planes, the output transform (A^T (x) A^T times the products), the 2x2 blocks interleaved and sliced back to 5x5, the bias.
// CHECK-LABEL: func.func @odd
// CHECK-NOT:     graph.conv
// CHECK:         %[[P:.*]] = graph.pad %x {pads = array<i64: 0, 0, 1, 1, 0, 0, 2, 2>} {{.*}} -> tensor<1x1x8x8xf32>
// CHECK-COUNT-16: graph.slice %[[P]] {{.*}}steps = array<i64: 2, 2>{{.*}} -> tensor<1x1x3x3xf32>
// CHECK:         %[[V:.*]] = graph.concat {{.*}} -> tensor<16x1x3x3xf32>
// CHECK:         %[[VR:.*]] = graph.reshape %[[V]] {shape = array<i64: 16, 1, 9>}
// CHECK:         %[[U:.*]] = graph.constant dense<{{\[\[\[}}1.000000e+00]], {{\[\[}}1.500000e+00]], {{\[\[}}5.000000e-01]], {{\[\[}}1.000000e+00]], {{\[\[}}1.500000e+00]], {{\[\[}}2.250000e+00]]{{.*}}> : tensor<16x1x1xf32>
// CHECK:         %[[M:.*]] = graph.matmul %[[U]], %[[VR]] : (tensor<16x1x1xf32>, tensor<16x1x9xf32>) -> tensor<16x1x9xf32>
// CHECK:         %[[MF:.*]] = graph.reshape %[[M]] {shape = array<i64: 16, 9>}
// CHECK:         %[[A:.*]] = graph.constant dense<{{\[\[}}1.000000e+00, 1.000000e+00, 1.000000e+00, 0.000000e+00, 1.000000e+00, {{.*}}> : tensor<4x16xf32>
// CHECK:         %[[O:.*]] = graph.matmul %[[A]], %[[MF]] : (tensor<4x16xf32>, tensor<16x9xf32>) -> tensor<4x9xf32>
// CHECK:         graph.reshape %[[O]] {shape = array<i64: 2, 2, 1, 1, 3, 3>}
// CHECK:         graph.transpose {{.*}}perm = array<i64: 3, 2, 4, 0, 5, 1>
// CHECK:         graph.reshape {{.*}} -> tensor<1x1x6x6xf32>
// CHECK:         %[[Y:.*]] = graph.slice {{.*}}ends = array<i64: 5, 5>{{.*}} -> tensor<1x1x5x5xf32>
// CHECK:         %[[B:.*]] = graph.reshape %b {shape = array<i64: 1, 1, 1, 1>}
// CHECK:         %[[R:.*]] = graph.add %[[Y]], %[[B]]
// CHECK:         func.return %[[R]]
// Too small to pay without force=true: left alone.
// DEFAULT-LABEL: func.func @odd
// DEFAULT:         graph.conv
// DEFAULT-NOT:     graph.matmul
func.func @odd(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x5x5xf32> {
  %w = graph.constant dense<1.0> : tensor<1x1x3x3xf32>
  %b = graph.constant dense<0.5> : tensor<1xf32>
  %c = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x5x5xf32>, tensor<1x1x3x3xf32>, tensor<1xf32>) -> tensor<1x1x5x5xf32>
  func.return %c : tensor<1x1x5x5xf32>
}

// -----

// 64 -> 64 channels at 56x56 (231 MFLOP): rewritten by default; no padding needed beyond the
// conv's own, no slice at the end (even output), no bias.
// CHECK-LABEL: func.func @resnet_stage1
// DEFAULT-LABEL: func.func @resnet_stage1
// DEFAULT-NOT:     graph.conv
// DEFAULT:         graph.matmul {{.*}} : (tensor<16x64x64xf32>, tensor<16x64x784xf32>) -> tensor<16x64x784xf32>
// DEFAULT:         %[[Y:.*]] = graph.reshape {{.*}} -> tensor<1x64x56x56xf32>
// DEFAULT-NEXT:    func.return %[[Y]]
func.func @resnet_stage1(%x: tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32> {
  %w = graph.constant dense<0.125> : tensor<64x64x3x3xf32>
  %c = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
  func.return %c : tensor<1x64x56x56xf32>
}

// -----

// A batch of 2: the images' tiles side by side (a transpose puts the channels before them),
// and back (the output transpose takes the image dim first).
// CHECK-LABEL: func.func @batch
// CHECK:         graph.reshape {{.*}}shape = array<i64: 16, 2, 4, 16>
// CHECK:         graph.transpose {{.*}}perm = array<i64: 0, 2, 1, 3>
// CHECK:         %[[V:.*]] = graph.reshape {{.*}}shape = array<i64: 16, 4, 32>
// CHECK:         graph.matmul {{.*}}, %[[V]] : (tensor<16x4x4xf32>, tensor<16x4x32xf32>) -> tensor<16x4x32xf32>
// CHECK:         graph.transpose {{.*}}perm = array<i64: 3, 2, 4, 0, 5, 1>{{.*}} -> tensor<2x4x4x2x4x2xf32>
// CHECK:         graph.reshape {{.*}} -> tensor<2x4x8x8xf32>
func.func @batch(%x: tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32> {
  %w = graph.constant dense<1.0> : tensor<4x4x3x3xf32>
  %c = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<2x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<2x4x8x8xf32>
  func.return %c : tensor<2x4x8x8xf32>
}

// -----

// Not Winograd F(2x2, 3x3): a stride, a dilation, groups, a 1x1 kernel, a weight that is not a
// constant, an f16 conv. Left alone even with force=true.
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-6: graph.conv
// CHECK-NOT:     graph.matmul
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
