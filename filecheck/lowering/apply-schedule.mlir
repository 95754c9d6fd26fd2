// RUN: ember-opt %s -p 'apply-schedule{script="%S/Inputs/matmul.sched"}' | filecheck %s
// RUN: not ember-opt %s -p 'apply-schedule{script="%S/Inputs/bad-tile.sched"}' 2>&1 | filecheck %s --check-prefix=BAD

// Inputs/matmul.sched: the record goes on the op (and survives tiling, on the tile op); rows in
// parallel, the K loop of 2 tiles unrolled by 2 into one iteration with two tile ops.
// CHECK-LABEL: func.func @mm
// CHECK: "scf.parallel"
// CHECK: scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: linalg.matmul {ember.tag = "mm", ember.schedule = {lanes = 4 : i64, mr = 4 : i64, nr = 4 : i64, kc = 0 : i64, mc = 0 : i64}}
// CHECK: %[[K1:.*]] = arith.addi %[[K]], %{{.*}} : index
// CHECK: memref.subview %a[%{{.*}}, %[[K1]]] [4, 8] [1, 1]
// CHECK: linalg.matmul {ember.tag = "mm", ember.schedule =
// CHECK: } {ember.tiled_dim = "d2 reduction"}
// CHECK: } {ember.tiled_dim = "d1 parallel"}
// CHECK-NEXT: scf.reduce

// A tile size that does not divide: one line at the script's line and the option's column.
// BAD: bad-tile.sched:2:13: error: tile size 3 does not divide loop d0 of size 8 (partial=true allows a partial last tile)
// BAD-NOT: Traceback
func.func @mm(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  linalg.matmul {ember.tag = "mm"} ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
