// RUN: ember-opt %s -p graph-fuse | filecheck %s
// RUN: ember-opt %s -p graph-fuse,graph-fuse | filecheck %s

// A conv with its bias, residual add and ReLU: one group. The add reads two convs; it joins
// the group of the later one (%c), whose epilogue can read the finished earlier result (%s).
// CHECK-LABEL: func.func @residual
// CHECK:      %s = graph.conv %x, %w1 :
// CHECK-NEXT: %c = graph.conv %x, %w3, %b {ember.fusion_group = 0 : i64,
// CHECK-NEXT: %a = graph.add %s, %c {ember.fusion_group = 0 : i64}
// CHECK-NEXT: %y = graph.relu %a {ember.fusion_group = 0 : i64}
func.func @residual(%x: tensor<1x8x10x10xf32>, %w3: tensor<16x8x3x3xf32>, %b: tensor<16xf32>, %w1: tensor<16x8x1x1xf32>) -> tensor<1x16x10x10xf32> {
  %s = graph.conv %x, %w1 : (tensor<1x8x10x10xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x10x10xf32>
  %c = graph.conv %x, %w3, %b {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x8x10x10xf32>, tensor<16x8x3x3xf32>, tensor<16xf32>) -> tensor<1x16x10x10xf32>
  %a = graph.add %s, %c : (tensor<1x16x10x10xf32>, tensor<1x16x10x10xf32>) -> tensor<1x16x10x10xf32>
  %y = graph.relu %a : (tensor<1x16x10x10xf32>) -> tensor<1x16x10x10xf32>
  func.return %y : tensor<1x16x10x10xf32>
}

// Elementwise chains group without an anchor; a broadcast operand is fine (%bias), a
// producer that is broadcast into a bigger result is not joined (%small), nor one with a
// second user (%m feeds the group and is returned).
// CHECK-LABEL: func.func @chains
// CHECK:      %small = graph.exp %v :
// CHECK-NEXT: %m = graph.mul %x, %x {ember.fusion_group = 0 : i64}
// CHECK-NEXT: %t = graph.tanh %m {ember.fusion_group = 0 : i64}
// CHECK-NEXT: %u = graph.add %t, %bias {ember.fusion_group = 0 : i64}
// CHECK-NEXT: %big = graph.add %x, %small :
// CHECK-NEXT: %k = graph.neg %u {ember.fusion_group = 1 : i64}
// CHECK-NEXT: %z = graph.sigmoid %k {ember.fusion_group = 1 : i64}
// CHECK-NEXT: %q = graph.add %u, %x :
func.func @chains(%x: tensor<4x8xf32>, %bias: tensor<8xf32>, %v: tensor<8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %small = graph.exp %v : (tensor<8xf32>) -> tensor<8xf32>
  %m = graph.mul %x, %x : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %t = graph.tanh %m : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %u = graph.add %t, %bias : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %big = graph.add %x, %small : (tensor<4x8xf32>, tensor<8xf32>) -> tensor<4x8xf32>
  %k = graph.neg %u : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %z = graph.sigmoid %k : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %q = graph.add %u, %x : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  func.return %z, %big, %q : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}

// An epilogue runs inside the anchor's loops: an operand computed after the conv (%late)
// keeps the add out of the conv's group; it joins the group of %late's exp instead.
// CHECK-LABEL: func.func @late_operand
// CHECK:      %c = graph.conv %x, %w :
// CHECK-NEXT: %late = graph.exp %r {ember.fusion_group = 0 : i64}
// CHECK-NEXT: %a = graph.add %c, %late {ember.fusion_group = 0 : i64}
func.func @late_operand(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>, %r: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %c = graph.conv %x, %w : (tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>) -> tensor<1x8x4x4xf32>
  %late = graph.exp %r : (tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  %a = graph.add %c, %late : (tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  func.return %a : tensor<1x8x4x4xf32>
}
