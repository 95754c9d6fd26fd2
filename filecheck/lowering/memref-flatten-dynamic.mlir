// memref-flatten-dynamic: memrefs with a run-time size after the first dim become 1-D buffers;
// accesses compute their offset from the sizes (argument sizes from the index arguments, an
// alloc's from its operands, a reshape's from its source); memref.dim becomes the size; static
// memrefs and those whose only run-time size is the leading one (static strides) stay.
// RUN: ember-opt %s -p memref-flatten-dynamic | filecheck %s

// CHECK-LABEL: func.func @main(%x: memref<?xf32>, %s: memref<4xf32>, %out0: memref<?x4xf32>, %x_d0: index, %x_d1: index, %out0_d0: index)
// CHECK:         %[[STRIDE:.*]] = arith.muli %x_d1, %{{.*}} : index
// CHECK:         %[[A:.*]] = memref.alloc(%{{.*}}) {alignment = 64 : i64} : memref<?xf32>
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %x_d0
// CHECK:           %[[ROW:.*]] = arith.muli %[[I]], %[[STRIDE]] : index
// CHECK:           memref.load %x[%{{.*}}] : memref<?xf32>
// CHECK:           memref.load %s[%{{.*}}] : memref<4xf32>
// CHECK:           memref.store %{{.*}}, %[[A]][%{{.*}}] : memref<?xf32>
// CHECK:         %[[V:.*]] = "memref.cast"(%[[A]]) : (memref<?xf32>) -> memref<?xf32>
// CHECK:         memref.load %[[V]][%{{.*}}] : memref<?xf32>
// CHECK-NOT:     memref.dim
// CHECK:         memref.store %{{.*}}, %out0[%{{.*}}, %{{.*}}] : memref<?x4xf32>
// CHECK:         memref.dealloc %[[A]] : memref<?xf32>
func.func @main(%x: memref<?x?x4xf32>, %s: memref<4xf32>, %out0: memref<?x4xf32>, %x_d0: index, %x_d1: index, %out0_d0: index) attributes {ember.num_outputs = 1 : i64, ember.num_dim_args = 3 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %a = memref.alloc(%x_d0, %x_d1) {alignment = 64 : i64} : memref<?x?x4xf32>
  scf.for %i = %c0 to %x_d0 step %c1 {
    scf.for %j = %c0 to %x_d1 step %c1 {
      scf.for %k = %c0 to %c4 step %c1 {
        %v = memref.load %x[%i, %j, %k] : memref<?x?x4xf32>
        %w = memref.load %s[%k] : memref<4xf32>
        %p = arith.mulf %v, %w : f32
        memref.store %p, %a[%i, %j, %k] : memref<?x?x4xf32>
      }
    }
  }
  %flat = memref.collapse_shape %a [[0, 1], [2]] : memref<?x?x4xf32> into memref<?x4xf32>
  %rows = memref.dim %flat, %c0 : memref<?x4xf32>
  scf.for %r = %c0 to %rows step %c1 {
    scf.for %k = %c0 to %c4 step %c1 {
      %v = memref.load %flat[%r, %k] : memref<?x4xf32>
      memref.store %v, %out0[%r, %k] : memref<?x4xf32>
    }
  }
  memref.dealloc %a : memref<?x?x4xf32>
  func.return
}
