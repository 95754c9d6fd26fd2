module {
  func.func @rowsum(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32> {
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    scf.for %arg1 = %c0 to %c4 step %c1 {
      memref.store %cst, %alloc[%arg1] : memref<4xf32>
    }
    scf.for %arg1 = %c0 to %c4 step %c1 {
      scf.for %arg2 = %c0 to %c8 step %c1 {
        %0 = memref.load %arg0[%arg1, %arg2] : memref<4x8xf32, strided<[?, ?], offset: ?>>
        %1 = memref.load %alloc[%arg1] : memref<4xf32>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %alloc[%arg1] : memref<4xf32>
      }
    }
    return %alloc : memref<4xf32>
  }
  func.func @relu_scale(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32) -> memref<4x8xf32> {
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    scf.for %arg2 = %c0 to %c4 step %c1 {
      scf.for %arg3 = %c0 to %c8 step %c1 {
        %0 = memref.load %arg0[%arg2, %arg3] : memref<4x8xf32, strided<[?, ?], offset: ?>>
        %1 = arith.maximumf %0, %cst : f32
        %2 = arith.mulf %1, %arg1 : f32
        %3 = arith.remf %2, %arg1 : f32
        memref.store %3, %alloc[%arg2, %arg3] : memref<4x8xf32>
      }
    }
    return %alloc : memref<4x8xf32>
  }
}

