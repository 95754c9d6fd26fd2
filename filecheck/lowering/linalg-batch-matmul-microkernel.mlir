// RUN: ember-opt %s -p linalg-matmul-microkernel | filecheck %s
// RUN: ember-opt %s --target x86-64-v3 -p linalg-kernel-schedule | filecheck %s --check-prefix=SCHED

// Batched matmul generics (what graph.matmul lowers to for rank >= 3 operands) through the GEMM
// micro-kernel. Every op pins its kernel schedule (ember.schedule: 8-lane vectors), so the
// emitted structure does not depend on the host.

// A linear layer on a 3-D activation, x[4,10,32] x W[32,20] with W constant: x and y are viewed
// as [40,32] / [40,20] and the product is one 2-D GEMM; W is packed once into [2][32][16] panels
// and the original global goes away.
// CHECK-NOT: sym_name = "__w",
// CHECK: sym_name = "__w_panels16", type = memref<2x32x16xf32>
// CHECK-LABEL: func.func @linear
// CHECK: %[[X:.*]] = memref.collapse_shape %x {{\[}}[0 : i64, 1 : i64], [2 : i64]] : memref<4x10x32xf32> into memref<40x32xf32>
// CHECK: %[[Y:.*]] = memref.collapse_shape %y {{\[}}[0 : i64, 1 : i64], [2 : i64]] : memref<4x10x20xf32> into memref<40x20xf32>
// CHECK: %[[P:.*]] = memref.get_global @__w_panels16 : memref<2x32x16xf32>
// Column blocks of 16 outside, 4 x 16 tiles over the 40 rows inside, then the 4-column tail in
// 1-lane tiles.
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: vector.load %[[Y]][%[[I]], %[[J]]] : memref<40x20xf32>, vector<8xf32>
// CHECK: scf.for %[[K:.*]] = {{.*}} iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// CHECK-NEXT: vector.load %[[P]][%{{.*}}, %[[K]], %{{.*}}] : memref<2x32x16xf32>, vector<8xf32>
// CHECK-NEXT: vector.load %[[P]][%{{.*}}, %[[K]], %{{.*}}] : memref<2x32x16xf32>, vector<8xf32>
// CHECK-NEXT: memref.load %[[X]][%[[I]], %[[K]]] : memref<40x32xf32>
// CHECK-NEXT: vector.broadcast %{{.*}} : f32 to vector<8xf32>
// CHECK-NEXT: vector.fma
// CHECK: iter_args({{.*}}) -> (vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>) {
// CHECK-NOT: linalg.generic
// CHECK: func.return
"memref.global"() <{sym_name = "__w", type = memref<32x20xf32>, initial_value = dense<1.000000e+00> : tensor<32x20xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @linear(%x: memref<4x10x32xf32>, %y: memref<4x10x20xf32>) {
  %w = memref.get_global @__w : memref<32x20xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%x, %w : memref<4x10x32xf32>, memref<32x20xf32>) outs(%y : memref<4x10x20xf32>) attrs = {ember.schedule = {lanes = 8, mr = 4, nr = 16}} {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Attention scores with broadcasting, q[2,3,5,7] x k[2,1,7,9]: one scf.for per batch dim of the
// output around the tile grid of one 5 x 9 product; q and s are indexed with both batch
// indices, k with the first one and 0 for its broadcast dim.
// CHECK-LABEL: func.func @attention
// CHECK: scf.for %[[B0:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[B1:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: vector.load %s[%[[B0]], %[[B1]], %{{.*}}, %{{.*}}] : memref<2x3x5x9xf32>, vector<8xf32>
// CHECK: scf.for %[[K2:.*]] = {{.*}} iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK-NEXT: vector.load %k[%[[B0]], %[[ZERO]], %[[K2]], %{{.*}}] : memref<2x1x7x9xf32>, vector<8xf32>
// CHECK-NEXT: memref.load %q[%[[B0]], %[[B1]], %{{.*}}, %[[K2]]] : memref<2x3x5x7xf32>
// CHECK-NEXT: vector.broadcast
// CHECK-NEXT: vector.fma
// The column tail (9 = 8 + 1) in 1-lane tiles, still inside the batch loops.
// CHECK: iter_args({{.*}}) -> (vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>) {
// CHECK-NOT: linalg.generic
// CHECK: func.return
func.func @attention(%q: memref<2x3x5x7xf32>, %k: memref<2x1x7x9xf32>, %s: memref<2x3x5x9xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d4, d3)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : memref<2x3x5x7xf32>, memref<2x1x7x9xf32>) outs(%s : memref<2x3x5x9xf32>) attrs = {ember.schedule = {lanes = 8, mr = 5, nr = 8}} {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %t = arith.addf %o, %m : f32
    linalg.yield %t : f32
  }
  func.return
}

// Without a pinned schedule, linalg-kernel-schedule sizes a batched op by one matrix product
// (attention: 5 x 9 x 7 -> 5 x 8 tiles), or by the collapsed one (linear: 40 x 20 x 32 -> 6 x 16
// tiles).
// SCHED-LABEL: func.func @linear_default
// SCHED: ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64}
// SCHED-LABEL: func.func @attention_default
// SCHED: ember.schedule = {lanes = 8 : i64, mr = 5 : i64, nr = 8 : i64, kc = 0 : i64, mc = 0 : i64}
func.func @linear_default(%x: memref<4x10x32xf32>, %w: memref<32x20xf32>, %y: memref<4x10x20xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%x, %w : memref<4x10x32xf32>, memref<32x20xf32>) outs(%y : memref<4x10x20xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}
func.func @attention_default(%q: memref<2x3x5x7xf32>, %k: memref<2x1x7x9xf32>, %s: memref<2x3x5x9xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d4, d3)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : memref<2x3x5x7xf32>, memref<2x1x7x9xf32>) outs(%s : memref<2x3x5x9xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %t = arith.addf %o, %m : f32
    linalg.yield %t : f32
  }
  func.return
}
