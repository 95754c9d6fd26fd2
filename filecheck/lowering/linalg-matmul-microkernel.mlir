// RUN: ember-opt %s --target x86-64-v4 -p linalg-matmul-microkernel | filecheck %s

// A constant B is packed into [ceil(N/NR)][K][NR] panels (zero padded); the original global
// goes away once nothing reads it.
// CHECK-NOT: sym_name = "__constant_0",
// CHECK: sym_name = "__constant_0_panels16", type = memref<2x3x16xf32>
// CHECK-SAME: [1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 0.000000e+00,

// 7 rows < MR = 8: one 7-row tile; 20 columns: one 16-lane tile and a 1-lane column tail.
// CHECK-LABEL: func.func @packed
// CHECK: %[[P:.*]] = memref.get_global @__constant_0_panels16 : memref<2x3x16xf32>
// CHECK: %[[C0:.*]] = vector.load %c[%{{.*}}, %{{.*}}] : memref<7x20xf32>, vector<16xf32>
// CHECK: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %[[C0]], {{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK-NEXT: %[[B:.*]] = vector.load %[[P]][%{{.*}}, %[[K]], %{{.*}}] : memref<2x3x16xf32>, vector<16xf32>
// CHECK-NEXT: %[[A:.*]] = memref.load %a[%{{.*}}, %[[K]]] : memref<7x3xf32>
// CHECK-NEXT: %[[S:.*]] = vector.broadcast %[[A]] : f32 to vector<16xf32>
// CHECK-NEXT: %{{.*}} = vector.fma %[[S]], %[[B]], %[[ACC]] : vector<16xf32>
// CHECK: vector.store %{{.*}}, %c[%{{.*}}, %{{.*}}] : memref<7x20xf32>, vector<16xf32>
// CHECK: iter_args({{.*}}) -> (vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>)
// CHECK: vector.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<1xf32>
// CHECK-NOT: linalg.matmul
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_0", type = memref<3x20xf32>, initial_value = dense<1.000000e+00> : tensor<3x20xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @packed(%a: memref<7x3xf32>, %c: memref<7x20xf32>) {
  %b = memref.get_global @__constant_0 : memref<3x20xf32>
  linalg.matmul ins(%a, %b : memref<7x3xf32>, memref<3x20xf32>) outs(%c : memref<7x20xf32>)
  func.return
}

// B as an argument is read in place; 70 columns = one 64-column block (6 x 64 tiles, 24
// accumulators) + 6 tail columns; 13 rows = two 6-row blocks + a 1-row remainder tile.
// CHECK-LABEL: func.func @unpacked
// CHECK: scf.for
// CHECK: iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK-NEXT: vector.load %b[%{{.*}}, %{{.*}}] : memref<4x70xf32>, vector<16xf32>
// CHECK: iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK: iter_args({{.*}}) -> (vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>) {
// CHECK: iter_args({{.*}}) -> (vector<1xf32>) {
// CHECK-NOT: linalg.matmul
// CHECK: func.return
func.func @unpacked(%a: memref<13x4xf32>, %b: memref<4x70xf32>, %c: memref<13x70xf32>) {
  linalg.matmul ins(%a, %b : memref<13x4xf32>, memref<4x70xf32>) outs(%c : memref<13x70xf32>)
  func.return
}

// Other element types are left to convert-linalg-to-loops.
// CHECK-LABEL: func.func @f64_untouched
// CHECK-NEXT: linalg.matmul
func.func @f64_untouched(%a: memref<2x4xf64>, %b: memref<4x16xf64>, %c: memref<2x16xf64>) {
  linalg.matmul ins(%a, %b : memref<2x4xf64>, memref<4x16xf64>) outs(%c : memref<2x16xf64>)
  func.return
}

// graph.gemm's MAC generic (alpha = 1) with a transposed constant B: packed from B^T.
// CHECK-LABEL: func.func @gemm_trans_b
// CHECK: memref.get_global @__constant_3_panels16t : memref<1x4x16xf32>
// CHECK: vector.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<1xf32>
// CHECK-NOT: linalg.generic
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_3", type = memref<5x4xf32>, initial_value = dense<2.000000e+00> : tensor<5x4xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @gemm_trans_b(%x: memref<3x4xf32>, %c: memref<3x5xf32>) {
  %y = memref.get_global @__constant_3 : memref<5x4xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %y : memref<3x4xf32>, memref<5x4xf32>) outs(%c : memref<3x5xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Any other generic body (here a max) is left alone.
// CHECK-LABEL: func.func @not_a_mac
// CHECK-NEXT: linalg.generic
func.func @not_a_mac(%x: memref<3x4xf32>, %y: memref<4x5xf32>, %c: memref<3x5xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %y : memref<3x4xf32>, memref<4x5xf32>) outs(%c : memref<3x5xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.maximumf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// pack_a = 1: each M block's A (MC x KC) is copied into one scratch buffer before its tiles,
// a tile's MR rows interleaved per k step; the tiles then read A from there (12 x 8 with
// KC = 4, MC = 8: the buffer holds 8 x 4 values; rows 0-7 are one block, rows 8-11 the next).
// CHECK-LABEL: func.func @pack_a
// CHECK: %[[BUF:.*]] = memref.alloc() {alignment = 64 : i64} : memref<32xf32>
// CHECK: scf.for %[[K0:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[K:.*]] = %[[K0]] to
// CHECK: %[[V:.*]] = memref.load %a[%[[I]], %[[K]]] : memref<12x8xf32>
// CHECK-NEXT: memref.store %[[V]], %[[BUF]][%{{.*}}] : memref<32xf32>
// CHECK: iter_args
// CHECK: %[[PA:.*]] = memref.load %[[BUF]][%{{.*}}] : memref<32xf32>
// CHECK-NEXT: vector.broadcast %[[PA]] : f32 to vector<8xf32>
// CHECK: memref.dealloc %[[BUF]] : memref<32xf32>
// CHECK-NEXT: func.return
func.func @pack_a(%a: memref<12x8xf32>, %b: memref<8x16xf32>, %c: memref<12x16xf32>) {
  linalg.matmul {ember.schedule = {lanes = 8, mr = 4, nr = 16, kc = 4, mc = 8, pack_a = 1}} ins(%a, %b : memref<12x8xf32>, memref<8x16xf32>) outs(%c : memref<12x16xf32>)
  func.return
}
