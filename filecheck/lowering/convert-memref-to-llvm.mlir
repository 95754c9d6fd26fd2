// RUN: ember-opt %s -p convert-memref-to-llvm --split-input-file | filecheck %s

// Loads and stores become a linearised offset (constant strides), a GEP and a load/store.
// CHECK-LABEL: func.func @load_store
func.func @load_store(%m: memref<4x8xf32>, %i: index, %j: index) {
  // CHECK: %[[P:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<4x8xf32> to !llvm.ptr
  // CHECK: %[[I:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
  // CHECK: %[[J:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
  // CHECK: %[[EIGHT:.*]] = llvm.mlir.constant(8) : i64
  // CHECK: %[[ROW:.*]] = llvm.mul %[[I]], %[[EIGHT]] : i64
  // CHECK: %[[OFF:.*]] = llvm.add %[[ROW]], %[[J]] : i64
  // CHECK: %[[ADDR:.*]] = llvm.getelementptr inbounds %[[P]][%[[OFF]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  // CHECK: %[[V:.*]] = llvm.load %[[ADDR]] : !llvm.ptr -> f32
  %v = memref.load %m[%i, %j] : memref<4x8xf32>
  // CHECK: llvm.getelementptr inbounds
  // CHECK: llvm.store %[[V]], %{{.*}} : f32, !llvm.ptr
  memref.store %v, %m[%j, %i] : memref<4x8xf32>
  func.return
}

// -----

// CHECK-LABEL: func.func @scalar_memref
func.func @scalar_memref(%m: memref<f32>) -> f32 {
  // CHECK: %[[P:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<f32> to !llvm.ptr
  // CHECK-NEXT: llvm.load %[[P]] : !llvm.ptr -> f32
  %v = memref.load %m[] : memref<f32>
  func.return %v : f32
}

// -----

// CHECK-DAG: llvm.func @free(!llvm.ptr)
// CHECK-DAG: llvm.func @aligned_alloc(i64, i64) -> !llvm.ptr
// CHECK-LABEL: func.func @alloc_dealloc
func.func @alloc_dealloc() {
  // 3x5xf32 is 60 bytes, rounded up to one 64-byte line
  // CHECK: %[[ALIGN:.*]] = llvm.mlir.constant(64) : i64
  // CHECK: %[[SIZE:.*]] = llvm.mlir.constant(64) : i64
  // CHECK: %[[BUF:.*]] = llvm.call @aligned_alloc(%[[ALIGN]], %[[SIZE]]) : (i64, i64) -> !llvm.ptr
  %m = memref.alloc() : memref<3x5xf32>
  // CHECK: llvm.call @free(%[[BUF]]) : (!llvm.ptr) -> ()
  memref.dealloc %m : memref<3x5xf32>
  func.return
}

// -----

// Globals keep their initializer, re-shaped to 1-d over a flat array.
// CHECK: llvm.mlir.global private constant @w(dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>) {addr_space = 0 : i32, alignment = 64 : i64} : !llvm.array<4 x f32>
"memref.global"() <{sym_name = "w", sym_visibility = "private", type = memref<2x2xf32>, initial_value = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>, constant}> : () -> ()
// CHECK-LABEL: func.func @get_global
func.func @get_global() -> memref<2x2xf32> {
  // CHECK: %[[A:.*]] = llvm.mlir.addressof @w : !llvm.ptr
  // CHECK: builtin.unrealized_conversion_cast %[[A]] : !llvm.ptr to memref<2x2xf32>
  %0 = memref.get_global @w : memref<2x2xf32>
  func.return %0 : memref<2x2xf32>
}

// -----

// Views with static layouts keep the base pointer; the offset lives in the type.
// CHECK-LABEL: func.func @views
func.func @views(%m: memref<2x3x4xf32>, %i: index) -> f32 {
  // CHECK: %[[P:.*]] = builtin.unrealized_conversion_cast %{{.*}} : memref<2x3x4xf32> to !llvm.ptr
  %c = memref.collapse_shape %m [[0, 1], [2]] : memref<2x3x4xf32> into memref<6x4xf32>
  // CHECK: %[[FOUR:.*]] = llvm.mlir.constant(4) : i64
  // CHECK: llvm.mul %{{.*}}, %[[FOUR]] : i64
  // CHECK: llvm.getelementptr inbounds %[[P]]
  %v = memref.load %c[%i, %i] : memref<6x4xf32>
  func.return %v : f32
}

// -----

// CHECK-LABEL: func.func @copy
func.func @copy(%a: memref<8xi32>, %b: memref<8xi32>) {
  // CHECK: %[[N:.*]] = llvm.mlir.constant(32) : i64
  // CHECK: llvm.call_intrinsic "llvm.memcpy.p0.p0.i64"(%{{.*}}, %{{.*}}, %[[N]], %{{.*}}) : (!llvm.ptr, !llvm.ptr, i64, i1) -> ()
  "memref.copy"(%a, %b) : (memref<8xi32>, memref<8xi32>) -> ()
  func.return
}

// -----

// A copy from a contiguous subview starts at the view's offset.
// CHECK-LABEL: func.func @copy_rows
func.func @copy_rows(%a: memref<4x8xf32>, %b: memref<2x8xf32>) {
  %v = memref.subview %a[2, 0] [2, 8] [1, 1] : memref<4x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 16>>
  // CHECK: %[[OFF:.*]] = llvm.mlir.constant(16) : i64
  // CHECK: %[[SRC:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[OFF]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  // CHECK: %[[N:.*]] = llvm.mlir.constant(64) : i64
  // CHECK: llvm.call_intrinsic "llvm.memcpy.p0.p0.i64"(%{{.*}}, %[[SRC]], %[[N]], %{{.*}})
  "memref.copy"(%v, %b) : (memref<2x8xf32, strided<[8, 1], offset: 16>>, memref<2x8xf32>) -> ()
  func.return
}

// -----

// A subview at run-time offsets (a tile of linalg-tile) advances the pointer by
// sum(offset_k * stride_k) (+ the source's static offset); loads through it then address from
// that pointer (its type's `offset: ?` is in the pointer).
// CHECK-LABEL: func.func @tile
// CHECK: %[[ROWS:.*]] = llvm.mul %{{.*}}, %{{.*}} : i64
// CHECK-NEXT: %[[OFF:.*]] = llvm.add %[[ROWS]], %{{.*}} : i64
// CHECK-NEXT: %[[SHIFT:.*]] = llvm.mlir.constant(8) : i64
// CHECK-NEXT: %[[ALL:.*]] = llvm.add %[[OFF]], %[[SHIFT]] : i64
// CHECK-NEXT: %[[P:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[ALL]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.getelementptr inbounds %[[P]][%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
func.func @tile(%a: memref<6x16xf32, strided<[16, 1], offset: 8>>, %i: index, %j: index) -> f32 {
  %t = memref.subview %a[%i, %j] [2, 4] [1, 1] : memref<6x16xf32, strided<[16, 1], offset: 8>> to memref<2x4xf32, strided<[16, 1], offset: ?>>
  %c1 = arith.constant 1 : index
  %v = memref.load %t[%c1, %c1] : memref<2x4xf32, strided<[16, 1], offset: ?>>
  func.return %v : f32
}

// -----

// A cast to a run-time offset moves the static offset (16) into the pointer.
// CHECK-LABEL: func.func @cast_to_run_time_offset
// CHECK: %[[OFF:.*]] = llvm.mlir.constant(16) : i64
// CHECK-NEXT: %[[P:.*]] = llvm.getelementptr inbounds %{{.*}}[%[[OFF]]] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.getelementptr inbounds %[[P]][%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
func.func @cast_to_run_time_offset(%a: memref<4x8xf32>) -> f32 {
  %v = memref.subview %a[2, 0] [2, 8] [1, 1] : memref<4x8xf32> to memref<2x8xf32, strided<[8, 1], offset: 16>>
  %w = memref.cast %v : memref<2x8xf32, strided<[8, 1], offset: 16>> to memref<2x8xf32, strided<[8, 1], offset: ?>>
  %c1 = arith.constant 1 : index
  %x = memref.load %w[%c1, %c1] : memref<2x8xf32, strided<[8, 1], offset: ?>>
  func.return %x : f32
}
