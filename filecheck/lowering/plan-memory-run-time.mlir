// RUN: ember-opt %s -p plan-memory | filecheck %s
// RUN: ember-opt %s -p plan-memory,memref-flatten-dynamic | filecheck %s --check-prefix=FLAT

// Intermediates sized at run time: one run-time arena allocated where the first of them is,
// sized sum(P * S) over the classes S of their run-time sizes (here S = %b * %s, coefficient
// 16 * 4 = 64 bytes; %t dies before %v is made, so they share offset 0 and P = 128), each
// buffer a view at base + o * S, one dealloc before the return. The fixed-size buffer goes to
// the caller's arena as before.
// CHECK-LABEL: func.func @main
// CHECK-SAME:    ember.run_time_buffers = 3 : i64
// CHECK:         %[[S:.*]] = arith.muli %b, %s : index
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : index
// CHECK:         %[[C64:.*]] = arith.constant 64 : index
// CHECK:         %[[AT64:.*]] = arith.muli %[[S]], %[[C64]] : index
// CHECK:         %[[C128:.*]] = arith.constant 128 : index
// CHECK:         %[[TOTAL:.*]] = arith.muli %[[S]], %[[C128]] : index
// CHECK:         %[[ARENA:.*]] = memref.alloc(%[[TOTAL]]) {alignment = 64 : i64} : memref<?xi8>
// CHECK:         %t = memref.view %[[ARENA]][%[[ZERO]]][%b, %s] : memref<?xi8> to memref<?x?x16xf32>
// CHECK:         %u = memref.view %[[ARENA]][%[[AT64]]][%b, %s] : memref<?xi8> to memref<?x?x16xf32>
// CHECK:         %v = memref.view %[[ARENA]][%[[ZERO]]][%b, %s] : memref<?xi8> to memref<?x?x16xf32>
// CHECK-NOT:     memref.dealloc %{{[tuv]}}
// CHECK:         memref.dealloc %[[ARENA]] : memref<?xi8>
// CHECK-NEXT:    func.return

// After memref-flatten-dynamic the views are 1-D views of the same bytes.
// FLAT: memref.view %{{.*}}[%{{.*}}][%{{.*}}] : memref<?xi8> to memref<?xf32>
func.func @main(%x: memref<?x?x16xf32>, %out0: memref<?x?x16xf32>, %b: index, %s: index, %ob: index, %os: index) attributes {ember.num_outputs = 1 : i64, ember.num_dim_args = 4 : i64} {
  %fixed = memref.alloc() {alignment = 64 : i64} : memref<16xf32>
  %t = memref.alloc(%b, %s) {alignment = 64 : i64} : memref<?x?x16xf32>
  "memref.copy"(%x, %t) : (memref<?x?x16xf32>, memref<?x?x16xf32>) -> ()
  %u = memref.alloc(%b, %s) {alignment = 64 : i64} : memref<?x?x16xf32>
  "memref.copy"(%t, %u) : (memref<?x?x16xf32>, memref<?x?x16xf32>) -> ()
  %v = memref.alloc(%b, %s) {alignment = 64 : i64} : memref<?x?x16xf32>
  "memref.copy"(%u, %v) : (memref<?x?x16xf32>, memref<?x?x16xf32>) -> ()
  memref.dealloc %t : memref<?x?x16xf32>
  "memref.copy"(%v, %out0) : (memref<?x?x16xf32>, memref<?x?x16xf32>) -> ()
  memref.dealloc %u : memref<?x?x16xf32>
  memref.dealloc %v : memref<?x?x16xf32>
  memref.dealloc %fixed : memref<16xf32>
  func.return
}
