// RUN: ember-opt %s -p convert-graph-to-linalg --split-input-file | filecheck %s
// RUN: ember-opt %s -p convert-graph-to-linalg --split-input-file | ember-opt --split-input-file | filecheck %s

// Elementwise ops are one broadcasting linalg.generic each: size-1 / missing dims read index 0.
// CHECK-LABEL: func.func @add_broadcast
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x3xf32>
// CHECK-NEXT:    %[[R:.*]] = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a, %b : tensor<2x3xf32>, tensor<3xf32>) outs(%[[E]] : tensor<2x3xf32>)
// CHECK:           arith.addf
// CHECK:         func.return %[[R]] : tensor<2x3xf32>
func.func @add_broadcast(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @relu_sigmoid
// CHECK:         arith.maximumf
// CHECK:         math.exp
// CHECK:         arith.divf
// CHECK-NOT:     graph.
func.func @relu_sigmoid(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
  %1 = graph.sigmoid %0 : (tensor<4xf32>) -> tensor<4xf32>
  func.return %1 : tensor<4xf32>
}

// -----

// 2-D matmul is the named linalg.matmul accumulating into a zero-filled destination.
// CHECK-LABEL: func.func @matmul
// CHECK:         %[[Z:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<4x16xf32>)
// CHECK:         linalg.matmul ins(%x, %w : tensor<4x8xf32>, tensor<8x16xf32>) outs(%[[Z]] : tensor<4x16xf32>) -> tensor<4x16xf32>
func.func @matmul(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %0 = graph.matmul %x, %w : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  func.return %0 : tensor<4x16xf32>
}

// -----

// Batched matmul with a broadcast batch dim is a generic with a reduction loop.
// CHECK-LABEL: func.func @batch_matmul
// CHECK:         linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
func.func @batch_matmul(%x: tensor<3x4x8xf32>, %w: tensor<8x5xf32>) -> tensor<3x4x5xf32> {
  %0 = graph.matmul %x, %w : (tensor<3x4x8xf32>, tensor<8x5xf32>) -> tensor<3x4x5xf32>
  func.return %0 : tensor<3x4x5xf32>
}

// -----

// Ungrouped 2-D convolution: padded input (zero fill, then the input copied into the interior
// through an offset output map), bias-initialised accumulator, named op.
// CHECK-LABEL: func.func @conv
// CHECK:         linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, (d2 + 1), (d3 + 1))>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : tensor<1x3x8x8xf32>) outs(%{{.*}} : tensor<1x3x10x10xf32>)
// CHECK:         linalg.conv_2d_nchw_fchw {strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%{{.*}}, %w : tensor<1x3x10x10xf32>, tensor<4x3x3x3xf32>) outs(%{{.*}} : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
func.func @conv(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x4x4x4xf32> {
  %0 = graph.conv %x, %w, %b {pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  func.return %0 : tensor<1x4x4x4xf32>
}

// -----

// Pooling: a generic with an unread window-shaped operand that gives the kernel loops a range.
// CHECK-LABEL: func.func @max_pool
// CHECK:         %[[W:.*]] = tensor.empty() : tensor<2x2xf32>
// CHECK:         linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, ((d2 * 2) + d4), ((d3 * 2) + d5))>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>, affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction"]}
// CHECK:           arith.maximumf
func.func @max_pool(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32> {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32>
  func.return %0 : tensor<1x2x2x2xf32>
}

// -----

// Reshape-like ops are collapse-to-1-D + expand (zero-copy after bufferization).
// CHECK-LABEL: func.func @flatten
// CHECK:         %[[C:.*]] = tensor.collapse_shape %x {{\[}}[0 : i64, 1 : i64, 2 : i64, 3 : i64]] : tensor<2x3x2x2xf32> into tensor<24xf32>
// CHECK-NEXT:    %[[E:.*]] = tensor.expand_shape %[[C]] {{\[}}[0 : i64, 1 : i64]] output_shape [2, 12] : tensor<24xf32> into tensor<2x12xf32>
// CHECK-NEXT:    func.return %[[E]]
func.func @flatten(%x: tensor<2x3x2x2xf32>) -> tensor<2x12xf32> {
  %0 = graph.flatten %x : (tensor<2x3x2x2xf32>) -> tensor<2x12xf32>
  func.return %0 : tensor<2x12xf32>
}

// -----

// Concat: later operands copied into offset slabs, operand 0 by a masked gather.
// CHECK-LABEL: func.func @concat
// CHECK:         linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, (d1 + 3))>]
// CHECK:         linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>]
// CHECK:           tensor.extract %a
// CHECK:           arith.select
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) -> tensor<2x7xf32> {
  %0 = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
  func.return %0 : tensor<2x7xf32>
}

// -----

// Softmax: the max along the axis (keepdims), exp(x - max) once into a tensor, its sum, then
// the division: each exp computed once.
// CHECK-LABEL: func.func @softmax
// CHECK:         iterator_types = ["parallel", "reduction"]
// CHECK:           arith.maximumf
// CHECK:         iterator_types = ["parallel", "parallel"]
// CHECK:           arith.subf
// CHECK-NEXT:      math.exp
// CHECK:         iterator_types = ["parallel", "reduction"]
// CHECK:           arith.addf
// CHECK:         iterator_types = ["parallel", "parallel"]
// CHECK:           arith.divf
func.func @softmax(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %0 = graph.softmax %x {axis = 1 : i64} : (tensor<2x10xf32>) -> tensor<2x10xf32>
  func.return %0 : tensor<2x10xf32>
}

// -----

// Constants become arith.constant on tensors.
// CHECK-LABEL: func.func @constant
// CHECK:         %{{.*}} = arith.constant dense<1.500000e+00> : tensor<3xf32>
func.func @constant(%x: tensor<3xf32>) -> tensor<3xf32> {
  %c = graph.constant dense<1.5> : tensor<3xf32>
  %0 = graph.mul %x, %c : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  func.return %0 : tensor<3xf32>
}
