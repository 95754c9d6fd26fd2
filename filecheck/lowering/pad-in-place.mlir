// RUN: ember-opt %s -p memref-pad-in-place --split-input-file | filecheck %s
// RUN: ember-opt %s -p memref-pad-in-place,plan-memory --split-input-file | filecheck %s --check-prefix=PLAN
// RUN: ember-opt %s -p memref-pad-in-place --split-input-file | mlir-opt-22 --split-input-file | filecheck %s --check-prefix=UPSTREAM
// REQUIRES: mlir-opt-22

// The source dies at the copy: source and padded buffer become views of one i8 buffer of the
// padded size, the fill and the copy one backward expansion (rows from the last: the interior
// test, the high border, the moved elements, the low border; other rows the fill value).
// CHECK-LABEL: func.func @zero_pad
// CHECK:         %[[RAW:.*]] = memref.alloc() {alignment = 64 : i64} : memref<160xi8>
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[X:.*]] = memref.view %[[RAW]][%[[C0]]][] : memref<160xi8> to memref<2x3x4xf32>
// CHECK-NEXT:    %[[P:.*]] = memref.view %[[RAW]][%[[C0]]][] : memref<160xi8> to memref<2x5x4xf32>
// CHECK-NOT:     memref.alloc
// CHECK:         "memref.copy"(%x, %[[X]])
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK:             arith.cmpi uge
// CHECK:             arith.cmpi ult
// CHECK:             scf.if
// CHECK:               memref.load %[[X]]
// CHECK:               memref.store {{.*}}, %[[P]]
// CHECK:             } else {
// CHECK:               memref.store {{.*}}, %[[P]]
// CHECK-NOT:     linalg.generic
// CHECK:         "memref.copy"(%[[P]], %out0)
// CHECK-NEXT:    memref.dealloc %[[RAW]] : memref<160xi8>
// CHECK-NEXT:    func.return
// PLAN-LABEL:  func.func @zero_pad
// PLAN-SAME:     ember.arena_bytes = 192 : i64
// UPSTREAM-LABEL: func.func @zero_pad
// UPSTREAM:       memref.view
func.func @zero_pad(%x: memref<2x3x4xf32>, %out0: memref<2x5x4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<2x3x4xf32>
  "memref.copy"(%x, %a) : (memref<2x3x4xf32>, memref<2x3x4xf32>) -> ()
  %p = memref.alloc() {alignment = 64 : i64} : memref<2x5x4xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} outs(%p : memref<2x5x4xf32>) {
  ^bb0(%o: f32):
    %z = arith.constant 0.000000e+00 : f32
    linalg.yield %z : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, (d1 + 1), d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%a : memref<2x3x4xf32>) outs(%p : memref<2x5x4xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  }
  memref.dealloc %a : memref<2x3x4xf32>
  "memref.copy"(%p, %out0) : (memref<2x5x4xf32>, memref<2x5x4xf32>) -> ()
  memref.dealloc %p : memref<2x5x4xf32>
  func.return
}

// -----

// The source is read after the pad: nothing changes.
// CHECK-LABEL: func.func @source_still_read
// CHECK-COUNT-2: memref.alloc
// CHECK:         linalg.generic
// CHECK:         linalg.generic
func.func @source_still_read(%x: memref<4xf32>, %out0: memref<6xf32>, %out1: memref<4xf32>) attributes {ember.num_outputs = 2 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
  "memref.copy"(%x, %a) : (memref<4xf32>, memref<4xf32>) -> ()
  %p = memref.alloc() {alignment = 64 : i64} : memref<6xf32>
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%p : memref<6xf32>) {
  ^bb0(%o: f32):
    %z = arith.constant 0xFF800000 : f32
    linalg.yield %z : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ((d0 + 1))>], iterator_types = ["parallel"]} ins(%a : memref<4xf32>) outs(%p : memref<6xf32>) {
  ^bb0(%i: f32, %o: f32):
    linalg.yield %i : f32
  }
  "memref.copy"(%a, %out1) : (memref<4xf32>, memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  "memref.copy"(%p, %out0) : (memref<6xf32>, memref<6xf32>) -> ()
  memref.dealloc %p : memref<6xf32>
  func.return
}
