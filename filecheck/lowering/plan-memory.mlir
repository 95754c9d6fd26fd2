// RUN: ember-opt %s -p plan-memory --split-input-file | filecheck %s
// RUN: ember-opt %s -p plan-memory,plan-memory --split-input-file | filecheck %s

// Two buffers whose lifetimes do not overlap share offset 0; the deallocs are gone; the arena is
// a trailing argument after the output and the plan is recorded on the function.
// CHECK-LABEL: func.func @chain(%x: memref<16xf32>, %out0: memref<16xf32>, %arena: memref<128xi8>)
// CHECK-SAME:    ember.arena_bytes = 128 : i64, ember.intermediate_bytes = 192 : i64, ember.arena_buffers = 3 : i64
// CHECK:         %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[A:.*]] = memref.view %arena[%[[C0]]][] : memref<128xi8> to memref<16xf32>
// CHECK:         %[[C64:.*]] = arith.constant 64 : index
// CHECK-NEXT:    %[[B:.*]] = memref.view %arena[%[[C64]]][] : memref<128xi8> to memref<16xf32>
// CHECK:         "memref.copy"(%[[A]], %[[B]])
// CHECK:         %[[C0B:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[C:.*]] = memref.view %arena[%[[C0B]]][] : memref<128xi8> to memref<16xf32>
// CHECK-NOT:     memref.alloc
// CHECK-NOT:     memref.dealloc
// CHECK:         func.return
func.func @chain(%x: memref<16xf32>, %out0: memref<16xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  "memref.copy"(%x, %a) : (memref<16xf32>, memref<16xf32>) -> ()
  %b = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  "memref.copy"(%a, %b) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %a : memref<16xf32>
  %c = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  "memref.copy"(%b, %c) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %b : memref<16xf32>
  "memref.copy"(%c, %out0) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %c : memref<16xf32>
  func.return
}

// -----

// In place: an elementwise generic (identity maps, parallel iterators) writes its output into
// the bytes of the input that dies at it, while the broadcast operand keeps its own bytes. A
// view of a buffer (collapse_shape) extends the buffer's lifetime.
// CHECK-LABEL: func.func @in_place
// CHECK-SAME:    %arena: memref<128xi8>
// CHECK-SAME:    ember.arena_bytes = 128 : i64, ember.intermediate_bytes = 192 : i64, ember.arena_buffers = 3 : i64
// CHECK:         %[[OA:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[A:.*]] = memref.view %arena[%[[OA]]][] : memref<128xi8> to memref<2x8xf32>
// CHECK:         %[[OS:.*]] = arith.constant 64 : index
// CHECK-NEXT:    %[[S:.*]] = memref.view %arena[%[[OS]]][] : memref<128xi8> to memref<8xf32>
// CHECK:         %[[OB:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[B:.*]] = memref.view %arena[%[[OB]]][] : memref<128xi8> to memref<2x8xf32>
// CHECK-NEXT:    linalg.generic {{.*}} ins(%[[A]], %[[S]] : memref<2x8xf32>, memref<8xf32>) outs(%[[B]] : memref<2x8xf32>)
// CHECK:         memref.collapse_shape %[[B]]
func.func @in_place(%x: memref<2x8xf32>, %s0: memref<8xf32>, %out0: memref<16xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<2x8xf32>
  "memref.copy"(%x, %a) : (memref<2x8xf32>, memref<2x8xf32>) -> ()
  %s = memref.alloc() {alignment = 64 : i64} : memref<8xf32>
  "memref.copy"(%s0, %s) : (memref<8xf32>, memref<8xf32>) -> ()
  %b = memref.alloc() {alignment = 64 : i64} : memref<2x8xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a, %s : memref<2x8xf32>, memref<8xf32>) outs(%b : memref<2x8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.addf %p, %q : f32
    linalg.yield %r : f32
  }
  memref.dealloc %a : memref<2x8xf32>
  memref.dealloc %s : memref<8xf32>
  %flat = memref.collapse_shape %b [[0, 1]] : memref<2x8xf32> into memref<16xf32>
  "memref.copy"(%flat, %out0) : (memref<16xf32>, memref<16xf32>) -> ()
  memref.dealloc %b : memref<2x8xf32>
  func.return
}

// -----

// A scratch buffer inside a parallel loop gets one slot per iteration (4 x 64 bytes, slot
// (iv - lb) / step); one inside a serial loop is left as it is. A function without
// ember.num_outputs is not an entry function: nothing changes.
// CHECK-LABEL: func.func @nested
// CHECK-SAME:    %arena: memref<256xi8>
// CHECK-SAME:    ember.arena_bytes = 256 : i64, ember.intermediate_bytes = 256 : i64, ember.arena_buffers = 1 : i64
// CHECK:         "scf.parallel"
// CHECK-NEXT:    ^{{.*}}(%[[I:.*]]: index):
// CHECK:           %[[BASE:.*]] = arith.constant 0 : index
// CHECK-NEXT:      %[[SLOT:.*]] = arith.constant 64 : index
// CHECK-NEXT:      %[[REL:.*]] = arith.subi %[[I]], %{{.*}} : index
// CHECK-NEXT:      %[[IT:.*]] = arith.divui %[[REL]], %{{.*}} : index
// CHECK-NEXT:      %[[MUL:.*]] = arith.muli %[[IT]], %[[SLOT]] : index
// CHECK-NEXT:      %[[SHIFT:.*]] = arith.addi %[[MUL]], %[[BASE]] : index
// CHECK-NEXT:      memref.view %arena[%[[SHIFT]]][] : memref<256xi8> to memref<4xf32>
// CHECK-NOT:       memref.dealloc
// CHECK:         scf.for
// CHECK-NEXT:      memref.alloc()
// CHECK:           memref.dealloc
// CHECK-LABEL: func.func @not_entry(%x: memref<4xf32>)
// CHECK-NEXT:    memref.alloc()
func.func @nested(%x: memref<8x4xf32>, %out0: memref<8x4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  "scf.parallel"(%c0, %c8, %c2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%i: index):
    %t = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    %v = memref.load %x[%i, %c0] : memref<8x4xf32>
    memref.store %v, %t[%c0] : memref<4xf32>
    %w = memref.load %t[%c0] : memref<4xf32>
    memref.store %w, %out0[%i, %c0] : memref<8x4xf32>
    memref.dealloc %t : memref<4xf32>
    scf.reduce
  }) : (index, index, index) -> ()
  scf.for %j = %c0 to %c8 step %c1 {
    %u = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    memref.dealloc %u : memref<4xf32>
  }
  func.return
}
func.func @not_entry(%x: memref<4xf32>) {
  %a = memref.alloc() : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  func.return
}

// -----

// No in place when the dying input is also read through another map (here broadcast along
// d1): writing out[i, j] over it would clobber elements other iterations still read.
// CHECK-LABEL: func.func @not_in_place
// CHECK-SAME:    ember.arena_bytes = 128 : i64, ember.intermediate_bytes = 128 : i64, ember.arena_buffers = 2 : i64
func.func @not_in_place(%x: memref<4x4xf32>, %out0: memref<4x4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %a = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
  "memref.copy"(%x, %a) : (memref<4x4xf32>, memref<4x4xf32>) -> ()
  %b = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a, %a : memref<4x4xf32>, memref<4x4xf32>) outs(%b : memref<4x4xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %r = arith.addf %p, %q : f32
    linalg.yield %r : f32
  }
  memref.dealloc %a : memref<4x4xf32>
  "memref.copy"(%b, %out0) : (memref<4x4xf32>, memref<4x4xf32>) -> ()
  memref.dealloc %b : memref<4x4xf32>
  func.return
}
