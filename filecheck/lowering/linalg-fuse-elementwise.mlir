// RUN: ember-opt %s -p convert-graph-to-linalg,linalg-fuse-elementwise | filecheck %s
// RUN: ember-opt %s -p convert-graph-to-linalg,linalg-fuse-elementwise,bufferize | mlir-opt-22 --verify-diagnostics > /dev/null

// The groups are marked by hand here (graph-fuse.mlir tests how they are formed).

// mul -> tanh -> add (bias broadcast along rows) are one group: one generic computing all
// three, the producers' inputs joining with their maps; exp is outside the group.
// CHECK-LABEL: func.func @chain
// CHECK:      %[[E:.*]] = tensor.empty() : tensor<4x8xf32>
// CHECK-NEXT: %u = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], {{.*}} ins(%bias, %x, %x : tensor<8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) outs(%[[E]] : tensor<4x8xf32>) attrs = {ember.fusion_group = 0 : i64}
// CHECK-NEXT: ^bb0(%[[B:.*]]: f32, %[[X1:.*]]: f32, %[[X2:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:   %[[M:.*]] = arith.mulf %[[X1]], %[[X2]] : f32
// CHECK-NEXT:   %[[T:.*]] = math.tanh %[[M]] : f32
// CHECK-NEXT:   %[[A:.*]] = arith.addf %[[B]], %[[T]] : f32
// CHECK-NEXT:   linalg.yield %[[A]] : f32
// CHECK:      %e = linalg.generic
// CHECK:        math.exp
// CHECK-NOT:  tensor.empty
// CHECK:      func.return %e
func.func @chain(%x: tensor<4x8xf32>, %bias: tensor<8xf32>) -> tensor<4x8xf32> {
  %m = graph.mul %x, %x {ember.fusion_group = 0 : i64} : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = graph.tanh %m {ember.fusion_group = 0 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %u = graph.add %bias, %t {ember.fusion_group = 0 : i64} : (tensor<8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %e = graph.exp %u : (tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %e : tensor<4x8xf32>
}

// A consumer reading the producer through a permutation: the producer's input map is
// composed with it (neg reads %x[d1, d0] in the transpose's loops).
// CHECK-LABEL: func.func @transposed
// CHECK:      %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], {{.*}} ins(%x : tensor<4x8xf32>) outs(%{{.*}} : tensor<8x4xf32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:   %[[N:.*]] = arith.negf %[[X]] : f32
// CHECK-NEXT:   linalg.yield %[[N]] : f32
// CHECK-NOT:  linalg.generic
func.func @transposed(%x: tensor<4x8xf32>) -> tensor<8x4xf32> {
  %n = graph.neg %x {ember.fusion_group = 3 : i64} : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = graph.transpose %n {ember.fusion_group = 3 : i64, perm = array<i64: 1, 0>} : (tensor<4x8xf32>) -> tensor<8x4xf32>
  func.return %t : tensor<8x4xf32>
}

// Different groups, or a producer with a second user, stay apart.
// CHECK-LABEL: func.func @apart
// CHECK-COUNT-3: linalg.generic
func.func @apart(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %a = graph.neg %x {ember.fusion_group = 0 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.exp %a {ember.fusion_group = 1 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  %c = graph.tanh %b {ember.fusion_group = 1 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %c, %b : tensor<4xf32>, tensor<4xf32>
}
