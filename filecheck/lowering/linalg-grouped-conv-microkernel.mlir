// RUN: ember-opt %s --target x86-64-v3 -p 'linalg-grouped-conv-microkernel{lanes=8}' | filecheck %s
// RUN: ember-opt %s --target x86-64-v3 -p 'linalg-grouped-conv-microkernel{lanes=16}' | filecheck %s --check-prefix=WIDE

// Depthwise 3x3 (4 channels, 8 x 20 outputs on a padded 10 x 22 input) with its bias
// initialisation folded in: per channel the bias is loaded once; blocks of 4 rows x 2 vectors of
// 8 lanes start from the splatted bias; the 20 columns are covered by 16-wide blocks at
// min(p, 4) for p = 0, 16 (the last overlaps, the output is written). Each tap splats one weight
// and feeds every accumulator; the input vector of row r + 1 is loaded once for taps kh = 0/1.
// CHECK-LABEL: func.func @depthwise
// CHECK-NOT: linalg.generic
// CHECK: scf.for %[[N:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[C:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: %[[BIAS:.*]] = memref.load %b[%[[C]]] : memref<4xf32>
// CHECK: scf.for %[[OH:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: %[[END:.*]] = arith.constant 32 : index
// CHECK: %[[STEP:.*]] = arith.constant 16 : index
// CHECK: scf.for %[[P:.*]] = %{{.*}} to %[[END]] step %[[STEP]] {
// CHECK: %[[OW:.*]] = arith.minsi %[[P]], %{{.*}} : index
// CHECK-NEXT: %[[ACC:.*]] = vector.broadcast %[[BIAS]] : f32 to vector<8xf32>
// CHECK: %[[W00:.*]] = memref.load %w[%[[C]], %{{.*}}, %{{.*}}, %{{.*}}] : memref<4x1x3x3xf32>
// CHECK-NEXT: %[[S00:.*]] = vector.broadcast %[[W00]] : f32 to vector<8xf32>
// CHECK-NEXT: %[[X0:.*]] = vector.load %x[%[[N]], %[[C]], %[[OH]], %[[OW]]] : memref<1x4x10x22xf32>, vector<8xf32>
// CHECK-NEXT: vector.fma %[[S00]], %[[X0]], %[[ACC]] : vector<8xf32>
// CHECK: %[[X1:.*]] = vector.load %x[%{{.*}}, %[[C]], %{{.*}}, %[[OW]]] : memref<1x4x10x22xf32>, vector<8xf32>
// CHECK-NEXT: vector.fma %[[S00]], %[[X1]], %[[ACC]] : vector<8xf32>
// CHECK: vector.fma %{{.*}}, %[[X1]], %{{.*}} : vector<8xf32>
// CHECK-COUNT-8: vector.store %{{.*}}, %y[%{{.*}}, %[[C]], %{{.*}}, %{{.*}}] : memref<1x4x8x20xf32>, vector<8xf32>
// CHECK-NOT: linalg.generic
// CHECK: func.return
// With 16 lanes: one vector per block row (64 accumulator floats), blocks at min(p, 4).
// WIDE-LABEL: func.func @depthwise
// WIDE: arith.minsi %{{.*}}, %{{.*}} : index
// WIDE: vector.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<16xf32>
"memref.global"() <{sym_name = "__constant_0", type = memref<4x1x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<4x1x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
"memref.global"() <{sym_name = "__constant_1", type = memref<4xf32>, initial_value = dense<5.000000e-01> : tensor<4xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @depthwise(%x: memref<1x4x10x22xf32>, %y: memref<1x4x8x20xf32>) {
  %w = memref.get_global @__constant_0 : memref<4x1x3x3xf32>
  %b = memref.get_global @__constant_1 : memref<4xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<4xf32>) outs(%y : memref<1x4x8x20xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, ((d1 floordiv 1) + d4), (d2 + d5), (d3 + d6))>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : memref<1x4x10x22xf32>, memref<4x1x3x3xf32>) outs(%y : memref<1x4x8x20xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %m = arith.mulf %a, %c : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Depthwise, stride 2, without a foldable initialisation: each channel is first split into
// 2 x 2 phase planes (of 3 x 3); blocks load the output and accumulate into it, and the 2
// output columns (fewer than a vector) are 1-lane tiles.
// CHECK-LABEL: func.func @depthwise_stride2
// CHECK: %[[PL:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x3x3xf32>
// CHECK: memref.store %{{.*}}, %[[PL]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<4x3x3xf32>
// CHECK: %[[OLD:.*]] = vector.load %y[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<1x2x2x2xf32>, vector<1xf32>
// CHECK: vector.load %[[PL]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<4x3x3xf32>, vector<1xf32>
// CHECK: vector.fma %{{.*}}, %{{.*}}, %[[OLD]] : vector<1xf32>
// CHECK: memref.dealloc %[[PL]] : memref<4x3x3xf32>
// CHECK-NOT: linalg.generic
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_2", type = memref<2x1x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<2x1x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @depthwise_stride2(%x: memref<1x2x5x5xf32>, %y: memref<1x2x2x2xf32>) {
  %w = memref.get_global @__constant_2 : memref<2x1x3x3xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, ((d1 floordiv 1) + d4), ((d2 * 2) + d5), ((d3 * 2) + d6))>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : memref<1x2x5x5xf32>, memref<2x1x3x3xf32>) outs(%y : memref<1x2x2x2xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %m = arith.mulf %a, %c : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Grouped 1x1, 2 groups of 2 -> 3 channels: weights packed per group into one global
// ([2 groups x 1 row block x 2 ci][1 tap x 6 rows]); a loop over the groups, each an implicit
// GEMM accumulating straight into the output (16 pixels = 2 vectors of 8).
// CHECK-LABEL: func.func @grouped
// CHECK: %[[PW:.*]] = memref.get_global @__constant_3_gconv2x3 : memref<4x3xf32>
// CHECK: %[[O:.*]] = memref.collapse_shape %y {{\[}}[0 : i64], [1 : i64], [2 : i64, 3 : i64]] : memref<1x6x4x4xf32> into memref<1x6x16xf32>
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[G:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: %[[CIN:.*]] = arith.muli %[[G]], %{{.*}} : index
// CHECK: iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// CHECK: %[[CH:.*]] = arith.addi %[[CIN]], %{{.*}} : index
// CHECK: vector.load %{{.*}}[%{{.*}}, %[[CH]], %{{.*}}] : memref<1x4x16xf32>, vector<8xf32>
// CHECK: memref.load %[[PW]][%{{.*}}, %{{.*}}] : memref<4x3xf32>
// CHECK: vector.fma
// CHECK: vector.store %{{.*}}, %[[O]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x6x16xf32>, vector<8xf32>
// CHECK-NOT: linalg.generic
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_3", type = memref<6x2x1x1xf32>, initial_value = dense<1.000000e+00> : tensor<6x2x1x1xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @grouped(%x: memref<1x4x4x4xf32>, %y: memref<1x6x4x4xf32>) {
  %w = memref.get_global @__constant_3 : memref<6x2x1x1xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, (((d1 floordiv 3) * 2) + d4), (d2 + d5), (d3 + d6))>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : memref<1x4x4x4xf32>, memref<6x2x1x1xf32>) outs(%y : memref<1x6x4x4xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %m = arith.mulf %a, %c : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Weights that are not constants are left to convert-linalg-to-loops.
// CHECK-LABEL: func.func @runtime_weights
// CHECK-NOT: vector.fma
// CHECK: linalg.generic
// CHECK: func.return
func.func @runtime_weights(%x: memref<1x4x10x22xf32>, %w: memref<4x1x3x3xf32>, %y: memref<1x4x8x20xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, ((d1 floordiv 1) + d4), (d2 + d5), (d3 + d6))>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : memref<1x4x10x22xf32>, memref<4x1x3x3xf32>) outs(%y : memref<1x4x8x20xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %m = arith.mulf %a, %c : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}

// Stride 2 on a row of 36: the phase split loads 16 contiguous inputs per block of 8 plane
// columns and shuffles them into the even and the odd plane (columns 0..15), then copies
// the last 2 columns of each plane one by one.
// CHECK-LABEL: func.func @depthwise_stride2_wide
// CHECK: %[[PL:.*]] = memref.alloc() {alignment = 64 : i64} : memref<4x2x18xf32>
// CHECK: %[[PAIR:.*]] = vector.load %x[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<1x1x4x36xf32>, vector<16xf32>
// CHECK-NEXT: %[[EVEN:.*]] = vector.shuffle %[[PAIR]], %[[PAIR]] [0, 2, 4, 6, 8, 10, 12, 14] : vector<16xf32>, vector<16xf32>
// CHECK: vector.store %[[EVEN]], %[[PL]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<4x2x18xf32>, vector<8xf32>
// CHECK: %[[ODD:.*]] = vector.shuffle %[[PAIR]], %[[PAIR]] [1, 3, 5, 7, 9, 11, 13, 15] : vector<16xf32>, vector<16xf32>
// CHECK: vector.store %[[ODD]], %[[PL]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<4x2x18xf32>, vector<8xf32>
// CHECK: memref.store %{{.*}}, %[[PL]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<4x2x18xf32>
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_w2", type = memref<1x1x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<1x1x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @depthwise_stride2_wide(%x: memref<1x1x4x36xf32>, %y: memref<1x1x1x17xf32>) {
  %w = memref.get_global @__constant_w2 : memref<1x1x3x3xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, ((d1 floordiv 1) + d4), ((d2 * 2) + d5), ((d3 * 2) + d6))>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>, affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%x, %w : memref<1x1x4x36xf32>, memref<1x1x3x3xf32>) outs(%y : memref<1x1x1x17xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %m = arith.mulf %a, %c : f32
    %s = arith.addf %o, %m : f32
    linalg.yield %s : f32
  }
  func.return
}
