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
    %alloc = memref.alloc(%arg0) {alignment = 64 : i64} : memref<?xf32>
    linalg.map outs(%alloc : memref<?xf32>)
      (%init: f32) {
        %0 = linalg.index 0 : index
        %1 = arith.index_cast %0 : index to i32
        %2 = arith.sitofp %1 : i32 to f32
        linalg.yield %2 : f32
      }
    return %alloc : memref<?xf32>
  }
}

