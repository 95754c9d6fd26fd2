module {
  func.func @rowsum(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    affine.for %arg1 = 0 to 4 {
      affine.store %cst, %alloc[%arg1] : memref<4xf32>
    }
    affine.for %arg1 = 0 to 4 {
      affine.for %arg2 = 0 to 8 {
        %0 = affine.load %arg0[%arg1, %arg2] : memref<4x8xf32, strided<[?, ?], offset: ?>>
        %1 = affine.load %alloc[%arg1] : memref<4xf32>
        %2 = arith.addf %0, %1 : f32
        affine.store %2, %alloc[%arg1] : memref<4xf32>
      }
    }
    return %alloc : memref<4xf32>
  }
  func.func @relu_scale(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32) -> memref<4x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    affine.for %arg2 = 0 to 4 {
      affine.for %arg3 = 0 to 8 {
        %0 = affine.load %arg0[%arg2, %arg3] : memref<4x8xf32, strided<[?, ?], offset: ?>>
        %1 = arith.maximumf %0, %cst : f32
        %2 = arith.mulf %1, %arg1 : f32
        %3 = arith.remf %2, %arg1 : f32
        affine.store %3, %alloc[%arg2, %arg3] : memref<4x8xf32>
      }
    }
    return %alloc : memref<4x8xf32>
  }
}

