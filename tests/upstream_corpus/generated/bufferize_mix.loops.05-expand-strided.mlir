module {
  func.func @accumulate(%arg0: memref<16xf32, strided<[?], offset: ?>>, %arg1: index) -> memref<16xf32, strided<[?], offset: ?>> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    scf.for %arg2 = %c0 to %c16 step %c1 {
      %0 = memref.load %arg0[%arg2] : memref<16xf32, strided<[?], offset: ?>>
      %1 = arith.addf %0, %0 : f32
      memref.store %1, %arg0[%arg2] : memref<16xf32, strided<[?], offset: ?>>
    }
    return %arg0 : memref<16xf32, strided<[?], offset: ?>>
  }
  func.func @gen(%arg0: index) -> memref<?xf32> {
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %alloc = memref.alloc(%arg0) {alignment = 64 : i64} : memref<?xf32>
    scf.for %arg1 = %c0 to %arg0 step %c1 {
      %0 = arith.index_cast %arg1 : index to i32
      %1 = arith.sitofp %0 : i32 to f32
      memref.store %1, %alloc[%arg1] : memref<?xf32>
    }
    return %alloc : memref<?xf32>
  }
}

