// RUN: ember-opt %s -p linalg-matmul-microkernel | filecheck %s

// A fusion group's elementwise generic after a matmul (+ bias[N], tanh) runs on the finished
// tiles of the last K block, which are stored into its output %y; the generic is gone, C (%c)
// keeps the partial sums of the earlier K blocks. Pinned schedule: 8 lanes, 2 x 8 tiles,
// K blocks of 4.

"memref.global"() <{sym_name = "__constant_w", type = memref<8x8xf32>, initial_value = dense<1.000000e+00> : tensor<8x8xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()

// CHECK-LABEL: func.func @bias_tanh
// The first K block stores its partial sums into C ...
// CHECK:       vector.store %{{.*}}, %c[%{{.*}}, %{{.*}}] : memref<2x8xf32>, vector<8xf32>
// ... the last one adds the bias, applies tanh and writes %y.
// CHECK:       %[[B:.*]] = vector.load %bias[%{{.*}}] : memref<8xf32>, vector<8xf32>
// CHECK-NEXT:  %[[S:.*]] = arith.addf %{{.*}}, %[[B]] : vector<8xf32>
// CHECK-NEXT:  %[[T:.*]] = math.tanh %[[S]] : vector<8xf32>
// CHECK-NEXT:  vector.store %[[T]], %y[%{{.*}}, %{{.*}}] : memref<2x8xf32>, vector<8xf32>
// CHECK-NOT:   linalg.generic
// CHECK:       func.return
func.func @bias_tanh(%a: memref<2x8xf32>, %bias: memref<8xf32>, %c: memref<2x8xf32>, %y: memref<2x8xf32>) {
  %w = memref.get_global @__constant_w : memref<8x8xf32>
  linalg.matmul {ember.fusion_group = 0 : i64, ember.schedule = {lanes = 8, mr = 2, nr = 8, kc = 4}} ins(%a, %w : memref<2x8xf32>, memref<8x8xf32>) outs(%c : memref<2x8xf32>)
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%c, %bias : memref<2x8xf32>, memref<8xf32>) outs(%y : memref<2x8xf32>) attrs = {ember.fusion_group = 0 : i64} {
  ^bb0(%m: f32, %b: f32, %o: f32):
    %s = arith.addf %m, %b : f32
    %t = math.tanh %s : f32
    linalg.yield %t : f32
  }
  func.return
}
