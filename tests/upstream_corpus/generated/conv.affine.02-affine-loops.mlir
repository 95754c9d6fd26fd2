#map = affine_map<(d0, d1) -> (d0 + d1)>
#map1 = affine_map<(d0, d1) -> (d0 * 2 + d1)>
module {
  func.func @conv(%arg0: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
    affine.for %arg2 = 0 to 1 {
      affine.for %arg3 = 0 to 8 {
        affine.for %arg4 = 0 to 8 {
          affine.for %arg5 = 0 to 8 {
            affine.store %cst, %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
          }
        }
      }
    }
    affine.for %arg2 = 0 to 1 {
      affine.for %arg3 = 0 to 8 {
        affine.for %arg4 = 0 to 8 {
          affine.for %arg5 = 0 to 8 {
            affine.for %arg6 = 0 to 3 {
              affine.for %arg7 = 0 to 3 {
                affine.for %arg8 = 0 to 3 {
                  %0 = affine.apply #map(%arg4, %arg7)
                  %1 = affine.apply #map(%arg5, %arg8)
                  %2 = affine.load %arg0[%arg2, %arg6, %0, %1] : memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %3 = affine.load %arg1[%arg3, %arg6, %arg7, %arg8] : memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %4 = affine.load %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
                  %5 = arith.mulf %2, %3 : f32
                  %6 = arith.addf %4, %5 : f32
                  affine.store %6, %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
                }
              }
            }
          }
        }
      }
    }
    return %alloc : memref<1x8x8x8xf32>
  }
  func.func @pool(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32> {
    %cst = arith.constant 0xFF800000 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x4x4x4xf32>
    affine.for %arg1 = 0 to 1 {
      affine.for %arg2 = 0 to 4 {
        affine.for %arg3 = 0 to 4 {
          affine.for %arg4 = 0 to 4 {
            affine.store %cst, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
          }
        }
      }
    }
    affine.for %arg1 = 0 to 1 {
      affine.for %arg2 = 0 to 4 {
        affine.for %arg3 = 0 to 4 {
          affine.for %arg4 = 0 to 4 {
            affine.for %arg5 = 0 to 2 {
              affine.for %arg6 = 0 to 2 {
                %0 = affine.apply #map1(%arg3, %arg5)
                %1 = affine.apply #map1(%arg4, %arg6)
                %2 = affine.load %arg0[%arg1, %arg2, %0, %1] : memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                %3 = affine.load %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
                %4 = arith.maximumf %3, %2 : f32
                affine.store %4, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
              }
            }
          }
        }
      }
    }
    return %alloc : memref<1x4x4x4xf32>
  }
}

