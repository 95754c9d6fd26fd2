// RUN: ember-opt %s -p graph-recognize-layernorm --split-input-file | filecheck %s

// The chain PyTorch exports for nn.LayerNorm before opset 17.
// CHECK-LABEL: func.func @exported_layernorm
// CHECK:         %[[Y:.*]] = graph.layer_norm %x, %{{.*}}, %{{.*}} {axis = 2 : i64}
// CHECK-NEXT:    func.return %[[Y]]
// CHECK-NOT:     graph.reduce_mean
func.func @exported_layernorm(%x: tensor<2x5x8xf32>) -> tensor<2x5x8xf32> {
  %gamma = graph.constant dense<1.5> : tensor<8xf32>
  %beta = graph.constant dense<0.25> : tensor<8xf32>
  %two = graph.constant dense<2.0> : tensor<f32>
  %eps = graph.constant dense<1.0e-5> : tensor<f32>
  %mean = graph.reduce_mean %x {axes = array<i64: -1>} : (tensor<2x5x8xf32>) -> tensor<2x5x1xf32>
  %d = graph.sub %x, %mean : (tensor<2x5x8xf32>, tensor<2x5x1xf32>) -> tensor<2x5x8xf32>
  %sq = graph.pow %d, %two : (tensor<2x5x8xf32>, tensor<f32>) -> tensor<2x5x8xf32>
  %var = graph.reduce_mean %sq {axes = array<i64: -1>} : (tensor<2x5x8xf32>) -> tensor<2x5x1xf32>
  %ve = graph.add %var, %eps : (tensor<2x5x1xf32>, tensor<f32>) -> tensor<2x5x1xf32>
  %std = graph.sqrt %ve : (tensor<2x5x1xf32>) -> tensor<2x5x1xf32>
  %n = graph.div %d, %std : (tensor<2x5x8xf32>, tensor<2x5x1xf32>) -> tensor<2x5x8xf32>
  %s = graph.mul %n, %gamma : (tensor<2x5x8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
  %y = graph.add %s, %beta : (tensor<2x5x8xf32>, tensor<8xf32>) -> tensor<2x5x8xf32>
  func.return %y : tensor<2x5x8xf32>
}

// -----

// Squared by d * d (as graph-canonicalize writes x ** 2), over the last two dims, no bias.
// CHECK-LABEL: func.func @mul_square_no_bias
// CHECK:         %[[Y:.*]] = graph.layer_norm %x, %g {axis = 1 : i64, epsilon = 1.000000e-03 : f64}
// CHECK-NEXT:    func.return %[[Y]]
func.func @mul_square_no_bias(%x: tensor<2x3x4xf32>, %g: tensor<3x4xf32>) -> tensor<2x3x4xf32> {
  %eps = graph.constant dense<1.0e-3> : tensor<1xf32>
  %mean = graph.reduce_mean %x {axes = array<i64: 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
  %d = graph.sub %x, %mean : (tensor<2x3x4xf32>, tensor<2x1x1xf32>) -> tensor<2x3x4xf32>
  %sq = graph.mul %d, %d : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %var = graph.reduce_mean %sq {axes = array<i64: -2, -1>} : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
  %ve = graph.add %var, %eps : (tensor<2x1x1xf32>, tensor<1xf32>) -> tensor<2x1x1xf32>
  %std = graph.sqrt %ve : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
  %n = graph.div %d, %std : (tensor<2x3x4xf32>, tensor<2x1x1xf32>) -> tensor<2x3x4xf32>
  %s = graph.mul %n, %g : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  func.return %s : tensor<2x3x4xf32>
}

// -----

// Negative: the reductions use different axes; the centred value is recomputed (two subs, so
// the DAG's shared node does not match); the mean is over a leading dim.
// CHECK-LABEL: func.func @not_layernorm
// CHECK-NOT:     graph.layer_norm
func.func @not_layernorm(%x: tensor<2x3x4xf32>, %g: tensor<4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %eps = graph.constant dense<1.0e-3> : tensor<f32>
  %mean = graph.reduce_mean %x {axes = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %d = graph.sub %x, %mean : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %sq = graph.mul %d, %d : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %var = graph.reduce_mean %sq {axes = array<i64: 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x1x1xf32>
  %ve = graph.add %var, %eps : (tensor<2x1x1xf32>, tensor<f32>) -> tensor<2x1x1xf32>
  %std = graph.sqrt %ve : (tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
  %n = graph.div %d, %std : (tensor<2x3x4xf32>, tensor<2x1x1xf32>) -> tensor<2x3x4xf32>
  %s = graph.mul %n, %g : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %var2 = graph.reduce_mean %sq {axes = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %ve2 = graph.add %var2, %eps : (tensor<2x3x1xf32>, tensor<f32>) -> tensor<2x3x1xf32>
  %std2 = graph.sqrt %ve2 : (tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %d2 = graph.sub %x, %mean : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %n2 = graph.div %d2, %std2 : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %s2 = graph.mul %n2, %g : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %m0 = graph.reduce_mean %x {axes = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
  %e0 = graph.sub %x, %m0 : (tensor<2x3x4xf32>, tensor<1x3x4xf32>) -> tensor<2x3x4xf32>
  %q0 = graph.mul %e0, %e0 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %v0 = graph.reduce_mean %q0 {axes = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
  %a0 = graph.add %v0, %eps : (tensor<1x3x4xf32>, tensor<f32>) -> tensor<1x3x4xf32>
  %r0 = graph.sqrt %a0 : (tensor<1x3x4xf32>) -> tensor<1x3x4xf32>
  %n0 = graph.div %e0, %r0 : (tensor<2x3x4xf32>, tensor<1x3x4xf32>) -> tensor<2x3x4xf32>
  %s0 = graph.mul %n0, %g : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  func.return %s, %s2, %s0 : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
}
