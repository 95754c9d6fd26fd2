// RUN: ember-opt %s -p graph-optimize | filecheck %s
// RUN: ember-opt %s -p graph-optimize | ember-opt -p graph-optimize | filecheck %s

// A small exported CNN head with the usual noise: batch-norm statistics computed from
// constants, a doubled relu, a flatten/reshape chain, transposes that cancel, a
// duplicated branch, identity and "+ 0" ops, and an unused op.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    %[[W:.*]] = graph.constant {{.*}} : tensor<4x3x3x3xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.constant {{.*}} : tensor<4xf32>
// CHECK-NEXT:    %[[C:.*]] = graph.conv %x, %[[W]], %[[B]] {pads = array<i64: 1, 1, 1, 1>}
// CHECK-NEXT:    %[[R:.*]] = graph.relu %[[C]]
// CHECK-NEXT:    %[[F:.*]] = graph.reshape %[[R]] {shape = array<i64: 1, 256>}
// CHECK-NEXT:    %[[FW:.*]] = graph.constant {{.*}} : tensor<10x256xf32>
// CHECK-NEXT:    %[[G:.*]] = graph.gemm %[[F]], %[[FW]] {trans_b = 1 : i64}
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[G]], %[[G]]
// CHECK-NEXT:    func.return %[[A]]
// CHECK-NOT:     graph.
func.func @main(%x: tensor<1x3x8x8xf32>) -> tensor<1x10xf32> {
  %w = graph.constant dense<0.25> : tensor<4x3x3x3xf32>
  %scale = graph.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %bias = graph.constant dense<[0.1, 0.2, 0.3, 0.4]> : tensor<4xf32>
  %mean = graph.constant dense<[0.5, 0.0, -0.5, 1.0]> : tensor<4xf32>
  %std = graph.constant dense<[1.0, 2.0, 0.5, 1.5]> : tensor<4xf32>
  %var = graph.mul %std, %std : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %conv = graph.conv %x, %w {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  %bn = graph.batch_norm %conv, %scale, %bias, %mean, %var : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %r1 = graph.relu %bn : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %r2 = graph.relu %r1 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %id = graph.identity %r2 : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %f1 = graph.flatten %id {axis = 1 : i64} : (tensor<1x4x8x8xf32>) -> tensor<1x256xf32>
  %f2 = graph.unsqueeze %f1 {axes = array<i64: 0>} : (tensor<1x256xf32>) -> tensor<1x1x256xf32>
  %f3 = graph.reshape %f2 {shape = array<i64: 1, 256>} : (tensor<1x1x256xf32>) -> tensor<1x256xf32>
  %fw = graph.constant dense<0.5> : tensor<10x256xf32>
  %fwt = graph.transpose %fw {perm = array<i64: 1, 0>} : (tensor<10x256xf32>) -> tensor<256x10xf32>
  %fwtt = graph.transpose %fwt {perm = array<i64: 1, 0>} : (tensor<256x10xf32>) -> tensor<10x256xf32>
  %g1 = graph.gemm %f3, %fwtt {trans_b = 1 : i64} : (tensor<1x256xf32>, tensor<10x256xf32>) -> tensor<1x10xf32>
  %g2 = graph.gemm %f3, %fw {trans_b = 1 : i64} : (tensor<1x256xf32>, tensor<10x256xf32>) -> tensor<1x10xf32>
  %zero = graph.constant dense<0.0> : tensor<10xf32>
  %g3 = graph.add %g2, %zero : (tensor<1x10xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  %unused = graph.sigmoid %g1 : (tensor<1x10xf32>) -> tensor<1x10xf32>
  %out = graph.add %g1, %g3 : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
  func.return %out : tensor<1x10xf32>
}
