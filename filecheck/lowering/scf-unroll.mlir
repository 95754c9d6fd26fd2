// RUN: ember-opt %s --split-input-file -p 'scf-unroll{tag=l factor=4}' | filecheck %s
// RUN: ember-opt %s --split-input-file -p 'scf-unroll{tag=l factor=11}' | filecheck %s --check-prefix=FULL

// 11 iterations by 4: the unrolled loop runs 0..8 in steps of 4 with four copies of the body
// (iv + 1, + 2, + 3; the sum carried from copy to copy), the remainder loop 8..11 takes what
// the first one leaves.
// CHECK-LABEL: func.func @sumsq
// CHECK: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[END:.*]] = arith.constant 8 : index
// CHECK: %[[STEP:.*]] = arith.constant 4 : index
// CHECK: %[[PART:.*]] = scf.for %[[I:.*]] = %c0 to %[[END]] step %[[STEP]] iter_args(%[[ACC:.*]] = %[[Z]]) -> (f32) {
// CHECK-NEXT: memref.load %x[%[[I]]]
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: %[[N0:.*]] = arith.addf %[[ACC]], %{{.*}} : f32
// CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : index
// CHECK-NEXT: %[[I1:.*]] = arith.addi %[[I]], %[[ONE]] : index
// CHECK-NEXT: memref.load %x[%[[I1]]]
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: %[[N1:.*]] = arith.addf %[[N0]], %{{.*}} : f32
// CHECK: arith.constant 3 : index
// CHECK: %[[N3:.*]] = arith.addf
// CHECK-NEXT: scf.yield %[[N3]] : f32
// CHECK-NEXT: } {ember.tag = "l"}
// CHECK-NEXT: %[[S:.*]] = scf.for %{{.*}} = %[[END]] to %c11 step %c1 iter_args(%{{.*}} = %[[PART]]) -> (f32) {
// CHECK: } {ember.tag = "l-remainder"}
// CHECK-NEXT: memref.store %[[S]], %o[%c0]

// factor = trip count: one iteration of 11 copies, no remainder.
// FULL-LABEL: func.func @sumsq
// FULL-COUNT-1: scf.for
// FULL-NOT: scf.for
// FULL-NOT: remainder
func.func @sumsq(%x: memref<11xf32>, %o: memref<1xf32>) {
  %c0 = arith.constant 0 : index
  %c11 = arith.constant 11 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0.000000e+00 : f32
  %s = scf.for %i = %c0 to %c11 step %c1 iter_args(%acc = %z) -> (f32) {
    %v = memref.load %x[%i] : memref<11xf32>
    %w = arith.mulf %v, %v : f32
    %n = arith.addf %acc, %w : f32
    scf.yield %n : f32
  } {ember.tag = "l"}
  memref.store %s, %o[%c0] : memref<1xf32>
  func.return
}
