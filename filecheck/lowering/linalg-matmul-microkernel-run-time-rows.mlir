// RUN: ember-opt %s -p linalg-matmul-microkernel | filecheck %s

// A row count known only at run time (a dynamic batch times a sequence length): the micro-kernel
// applies with the rows read at run time, MR-row tiles up to rows - rows % MR, then 1-row tiles.
// CHECK-LABEL: func.func @rows
// CHECK: %[[M:.*]] = memref.dim %a, %{{.*}} : memref<?x8xf32>
// CHECK: %[[REST:.*]] = arith.remui %[[M]], %{{.*}} : index
// CHECK: %[[FULL:.*]] = arith.subi %[[M]], %[[REST]] : index
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[FULL]] step %{{.*}} {
// CHECK: vector.fma
// CHECK: scf.for %{{.*}} = %[[FULL]] to %[[M]] step %{{.*}} {
// CHECK-NOT: linalg.matmul
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_w", type = memref<8x16xf32>, initial_value = dense<1.000000e+00> : tensor<8x16xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @rows(%a: memref<?x8xf32>, %c: memref<?x16xf32>) {
  %w = memref.get_global @__constant_w : memref<8x16xf32>
  linalg.matmul {ember.schedule = {lanes = 8, mr = 4, nr = 16}} ins(%a, %w : memref<?x8xf32>, memref<8x16xf32>) outs(%c : memref<?x16xf32>)
  func.return
}

// A linear layer on a [batch, seq, K] activation with both sizes at run time: collapsed to one
// GEMM over batch*seq rows.
// CHECK-LABEL: func.func @linear
// CHECK: memref.collapse_shape %a {{\[}}[0 : i64, 1 : i64], [2 : i64]] : memref<?x?x8xf32> into memref<?x8xf32>
// CHECK: memref.dim
// CHECK: vector.fma
// CHECK-NOT: linalg.generic
// CHECK: func.return
func.func @linear(%a: memref<?x?x8xf32>, %c: memref<?x?x16xf32>) {
  %w = memref.get_global @__constant_w : memref<8x16xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%a, %w : memref<?x?x8xf32>, memref<8x16xf32>) outs(%c : memref<?x?x16xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  func.return
}

// Run-time sizes other than the rows (attention's [batch, heads, seq, seq] products) are left to
// convert-linalg-to-loops.
// CHECK-LABEL: func.func @attention
// CHECK: linalg.generic
func.func @attention(%q: memref<?x2x?x8xf32>, %k: memref<?x2x8x?xf32>, %s: memref<?x2x?x?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d4, d3)>, affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%q, %k : memref<?x2x?x8xf32>, memref<?x2x8x?xf32>) outs(%s : memref<?x2x?x?xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %t = arith.addf %acc, %p : f32
    linalg.yield %t : f32
  }
  func.return
}

// A fusion group's epilogue (+ bias[N], + a residual of the output's own run-time type) runs
// on the finished tiles as with static rows; the generic is gone.
// CHECK-LABEL: func.func @epilogue
// CHECK:       vector.fma
// CHECK:       vector.load %bias[%{{.*}}] : memref<16xf32>, vector<8xf32>
// CHECK:       vector.store %{{.*}}, %y[%{{.*}}, %{{.*}}] : memref<?x16xf32>, vector<8xf32>
// CHECK-NOT:   linalg.generic
// CHECK:       func.return
func.func @epilogue(%a: memref<?x8xf32>, %bias: memref<16xf32>, %r: memref<?x16xf32>, %c: memref<?x16xf32>, %y: memref<?x16xf32>) {
  %w = memref.get_global @__constant_w : memref<8x16xf32>
  linalg.matmul {ember.fusion_group = 0 : i64, ember.schedule = {lanes = 8, mr = 4, nr = 16}} ins(%a, %w : memref<?x8xf32>, memref<8x16xf32>) outs(%c : memref<?x16xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%c, %bias, %r : memref<?x16xf32>, memref<16xf32>, memref<?x16xf32>) outs(%y : memref<?x16xf32>) attrs = {ember.fusion_group = 0 : i64} {
  ^bb0(%m: f32, %b: f32, %res: f32, %o: f32):
    %s = arith.addf %m, %b : f32
    %t = arith.addf %s, %res : f32
    linalg.yield %t : f32
  }
  func.return
}
