// RUN: ember-opt %s -p graph-fold-batchnorm --split-input-file | filecheck %s

// inv = scale / sqrt(var + eps) = [1, 3]: W' = W * inv[o]; new bias = (0 - mean) * inv + bias = [0.5, -2].
// CHECK-LABEL: func.func @conv_bn
// CHECK-DAG:     %[[W:.*]] = graph.constant dense<{{\[}}{{\[}}{{\[}}[1.000000e+00]], {{\[}}[0.000000e+00]]], {{\[}}{{\[}}[0.000000e+00]], {{\[}}[3.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<[5.000000e-01, -2.000000e+00]> : tensor<2xf32>
// CHECK:         %[[C:.*]] = graph.conv %x, %[[W]], %[[B]] {pads = array<i64: 1, 1, 1, 1>}
// CHECK-NOT:     graph.batch_norm
// CHECK:         func.return %[[C]]
func.func @conv_bn(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x5xf32> {
  %w = graph.constant dense<[[[[1.0]], [[0.0]]], [[[0.0]], [[1.0]]]]> : tensor<2x2x1x1xf32>
  %scale = graph.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x5x5xf32>
  %y = graph.batch_norm %c, %scale, %bias, %mean, %var {epsilon = 1.0 : f64} : (tensor<1x2x5x5xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x5x5xf32>
  func.return %y : tensor<1x2x5x5xf32>
}

// -----

// With a conv bias [1, 2]: (b - mean) * inv + bias = [1.5, 4].
// CHECK-LABEL: func.func @conv_bias_bn
// CHECK:         %[[B:.*]] = graph.constant dense<[1.500000e+00, 4.000000e+00]> : tensor<2xf32>
// CHECK:         graph.conv %x, %{{.*}}, %[[B]] {strides = array<i64: 2, 2>}
// CHECK-NOT:     graph.batch_norm
func.func @conv_bias_bn(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %w = graph.constant dense<[[[[1.0]], [[0.0]]], [[[0.0]], [[1.0]]]]> : tensor<2x2x1x1xf32>
  %b = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %scale = graph.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w, %b {strides = array<i64: 2, 2>} : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %y = graph.batch_norm %c, %scale, %bias, %mean, %var {epsilon = 1.0 : f64} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  func.return %y : tensor<1x2x2x2xf32>
}

// -----

// W' = W * inv[n] (trans_b: rows); C' = beta * C * inv + bias - mean * inv = [2, -6.5]; beta = 1.
// CHECK-LABEL: func.func @gemm_bn
// CHECK-DAG:     %[[W:.*]] = graph.constant dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00], [1.200000e+01, 1.500000e+01, 1.800000e+01]]>
// CHECK-DAG:     %[[C:.*]] = graph.constant dense<[2.000000e+00, -6.500000e+00]>
// CHECK:         %[[G:.*]] = graph.gemm %x, %[[W]], %[[C]] {alpha = 2.000000e+00 : f64, trans_b = 1 : i64}
// CHECK-NEXT:    func.return %[[G]]
func.func @gemm_bn(%x: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = graph.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %c = graph.constant dense<[0.5, -0.5]> : tensor<2xf32>
  %scale = graph.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %g = graph.gemm %x, %w, %c {alpha = 2.0 : f64, beta = 3.0 : f64, trans_b = 1 : i64} : (tensor<4x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  %y = graph.batch_norm %g, %scale, %bias, %mean, %var {epsilon = 1.0 : f64} : (tensor<4x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  func.return %y : tensor<4x2xf32>
}

// -----

// CHECK-LABEL: func.func @matmul_bn
// CHECK:         %[[W:.*]] = graph.constant dense<{{\[}}[1.000000e+00, 6.000000e+00], [3.000000e+00, 1.200000e+01], [5.000000e+00, 1.800000e+01]]>
// CHECK:         %[[M:.*]] = graph.matmul %x, %[[W]] : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
// CHECK:         %[[S:.*]] = graph.constant dense<[5.000000e-01, -2.000000e+00]>
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[M]], %[[S]] : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
// CHECK-NEXT:    func.return %[[A]]
func.func @matmul_bn(%x: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = graph.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %scale = graph.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %m = graph.matmul %x, %w : (tensor<4x3xf32>, tensor<3x2xf32>) -> tensor<4x2xf32>
  %y = graph.batch_norm %m, %scale, %bias, %mean, %var {epsilon = 1.0 : f64} : (tensor<4x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  func.return %y : tensor<4x2xf32>
}

// -----

// Negative: the conv result has a second use; the weights are not constant; the BN
// statistics are not constant; a 3-D matmul's channel dim is not its output dim.
// CHECK-LABEL: func.func @not_foldable
// CHECK-COUNT-4: graph.batch_norm
func.func @not_foldable(%x: tensor<1x2x3x3xf32>, %w2: tensor<2x2x1x1xf32>, %m2: tensor<2xf32>, %x3: tensor<2x2x3xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<2x2x2xf32>) {
  %w = graph.constant dense<[[[[1.0]], [[0.0]]], [[[0.0]], [[1.0]]]]> : tensor<2x2x1x1xf32>
  %w3 = graph.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %scale = graph.constant dense<[2.0, 3.0]> : tensor<2xf32>
  %bias = graph.constant dense<[1.0, 1.0]> : tensor<2xf32>
  %mean = graph.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %var = graph.constant dense<[3.0, 0.0]> : tensor<2xf32>
  %c = graph.conv %x, %w : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %y = graph.batch_norm %c, %scale, %bias, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %c2 = graph.conv %x, %w2 : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %y2 = graph.batch_norm %c2, %scale, %bias, %mean, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %c3 = graph.conv %x, %w : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %y3 = graph.batch_norm %c3, %scale, %bias, %m2, %var : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %m3 = graph.matmul %x3, %w3 : (tensor<2x2x3xf32>, tensor<3x2xf32>) -> tensor<2x2x2xf32>
  %y4 = graph.batch_norm %m3, %scale, %bias, %mean, %var : (tensor<2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2x2xf32>
  func.return %c, %y, %y2, %y3, %y4 : tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<2x2x2xf32>
}

// -----

// Batch-norm exported as a per-channel mul and add: both fold into the conv.
// W' = W * [2, -1] per output channel; b' = [1, 2] * [2, -1] + [0.5, 0.25] = [2.5, -1.75].
// CHECK-LABEL: func.func @conv_scale_shift
// CHECK-DAG:     %[[W:.*]] = graph.constant dense<{{\[}}{{\[}}{{\[}}[2.000000e+00]], {{\[}}[0.000000e+00]]], {{\[}}{{\[}}[-0.000000e+00]], {{\[}}[-1.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-DAG:     %[[B:.*]] = graph.constant dense<[2.500000e+00, -1.750000e+00]> : tensor<2xf32>
// CHECK:         %[[C:.*]] = graph.conv %x, %[[W]], %[[B]]
// CHECK-NEXT:    func.return %[[C]]
func.func @conv_scale_shift(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = graph.constant dense<[[[[1.0]], [[0.0]]], [[[0.0]], [[1.0]]]]> : tensor<2x2x1x1xf32>
  %b = graph.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %s = graph.constant dense<[[[2.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %t = graph.constant dense<[[[[0.5]], [[0.25]]]]> : tensor<1x2x1x1xf32>
  %c = graph.conv %x, %w, %b : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  %m = graph.mul %c, %s : (tensor<1x2x3x3xf32>, tensor<2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %a = graph.add %m, %t : (tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  func.return %a : tensor<1x2x3x3xf32>
}

// -----

// Negative: the factor varies along a spatial dim; the shift is not a constant.
// CHECK-LABEL: func.func @conv_not_per_channel
// CHECK:         graph.conv
// CHECK-NEXT:    graph.mul
// CHECK-NEXT:    graph.conv
// CHECK-NEXT:    graph.add
func.func @conv_not_per_channel(%x: tensor<1x2x3x3xf32>, %t: tensor<1x2x1x1xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>) {
  %w = graph.constant dense<[[[[1.0]], [[0.0]]], [[[0.0]], [[1.0]]]]> : tensor<2x2x1x1xf32>
  %s = graph.constant dense<[[1.0], [2.0], [3.0]]> : tensor<3x1xf32>
  %c = graph.conv %x, %w : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %m = graph.mul %c, %s : (tensor<1x2x3x3xf32>, tensor<3x1xf32>) -> tensor<1x2x3x3xf32>
  %c2 = graph.conv %x, %w : (tensor<1x2x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %a = graph.add %c2, %t : (tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  func.return %m, %a : tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>
}
