// RUN: ember-opt %s -p convert-to-llvm | filecheck %s
// RUN: ember-opt %s -p convert-to-llvm,reconcile-unrealized-casts | filecheck %s --check-prefix=FINAL

// One walk lowers func, cf, arith, vector and memref together. Index values used only by
// converted ops are handed over as i64 without a cast; the memref argument and the block
// argument keep theirs until reconcile-unrealized-casts.
// CHECK-LABEL: llvm.func @scale(%{{.*}}: !llvm.ptr, %{{.*}}: i64)
// CHECK: %[[C0:.*]] = llvm.mlir.constant(0) : i64
// CHECK-NOT: unrealized_conversion_cast %[[C0]]
// CHECK: llvm.br ^[[HEAD:.*]](%[[C0]] : i64)
// CHECK: ^[[HEAD]](%[[I:.*]]: i64):
// CHECK: llvm.icmp "slt" %[[I]], %{{.*}} : i64
// CHECK: llvm.getelementptr inbounds %{{.*}}[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> vector<4xf32>
// CHECK: llvm.call_intrinsic "llvm.fma.v4f32"
// CHECK: llvm.store %{{.*}}, %{{.*}} {alignment = 4 : i64} : vector<4xf32>, !llvm.ptr
// CHECK: llvm.return
// FINAL-LABEL: llvm.func @scale
// FINAL-NOT: builtin.unrealized_conversion_cast
// FINAL-NOT: {{(arith|cf|func|memref|vector)\.}}
// FINAL: llvm.return
func.func @scale(%m: memref<16xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %two = arith.constant dense<2.0> : vector<4xf32>
  cf.br ^head(%c0 : index)
^head(%i: index):
  %more = arith.cmpi slt, %i, %n : index
  cf.cond_br %more, ^body, ^exit
^body:
  %v = vector.load %m[%i] : memref<16xf32>, vector<4xf32>
  %w = vector.fma %v, %two, %v : vector<4xf32>
  vector.store %w, %m[%i] : memref<16xf32>, vector<4xf32>
  %next = arith.addi %i, %c4 : index
  cf.br ^head(%next : index)
^exit:
  func.return
}


// Addresses: an index `x + c` folds its constant into the access's offset, and the accesses of
// a block share the run-time part `i * 8 + j` (one multiply and one add for all three); a
// constant index needs no run-time part; the index adds left unused are erased.
// CHECK-LABEL: llvm.func @tile_stores
// CHECK-COUNT-1: llvm.mul
// CHECK-NOT: llvm.mul
// CHECK: %[[BASE:.*]] = llvm.add %{{.*}}, %{{.*}} : i64
// CHECK: %[[ONE:.*]] = llvm.mlir.constant(1) : i64
// CHECK: llvm.add %[[BASE]], %[[ONE]] : i64
// CHECK: %[[TWO:.*]] = llvm.mlir.constant(2) : i64
// CHECK: llvm.add %[[BASE]], %[[TWO]] : i64
// CHECK: %[[CORNER:.*]] = llvm.mlir.constant(9) : i64
// CHECK: llvm.getelementptr inbounds %{{.*}}[%[[CORNER]]]
// CHECK-NOT: llvm.add
// CHECK: llvm.return
func.func @tile_stores(%m: memref<4x8xf32>, %i: index, %j: index, %v: f32) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %j1 = arith.addi %j, %c1 : index
  %j2 = arith.addi %j, %c2 : index
  memref.store %v, %m[%i, %j] : memref<4x8xf32>
  memref.store %v, %m[%i, %j1] : memref<4x8xf32>
  memref.store %v, %m[%i, %j2] : memref<4x8xf32>
  memref.store %v, %m[%c1, %c1] : memref<4x8xf32>
  return
}
