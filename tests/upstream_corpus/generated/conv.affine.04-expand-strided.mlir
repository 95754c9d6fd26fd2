module {
  func.func @conv(%arg0: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32> {
    %c3 = arith.constant 3 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
    scf.for %arg2 = %c0 to %c1 step %c1 {
      scf.for %arg3 = %c0 to %c8 step %c1 {
        scf.for %arg4 = %c0 to %c8 step %c1 {
          scf.for %arg5 = %c0 to %c8 step %c1 {
            memref.store %cst, %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
          }
        }
      }
    }
    scf.for %arg2 = %c0 to %c1 step %c1 {
      scf.for %arg3 = %c0 to %c8 step %c1 {
        scf.for %arg4 = %c0 to %c8 step %c1 {
          scf.for %arg5 = %c0 to %c8 step %c1 {
            scf.for %arg6 = %c0 to %c3 step %c1 {
              scf.for %arg7 = %c0 to %c3 step %c1 {
                scf.for %arg8 = %c0 to %c3 step %c1 {
                  %0 = arith.addi %arg4, %arg7 : index
                  %1 = arith.addi %arg5, %arg8 : index
                  %2 = memref.load %arg0[%arg2, %arg6, %0, %1] : memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %3 = memref.load %arg1[%arg3, %arg6, %arg7, %arg8] : memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>
                  %4 = memref.load %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
                  %5 = arith.mulf %2, %3 : f32
                  %6 = arith.addf %4, %5 : f32
                  memref.store %6, %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
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
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0xFF800000 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x4x4x4xf32>
    scf.for %arg1 = %c0 to %c1 step %c1 {
      scf.for %arg2 = %c0 to %c4 step %c1 {
        scf.for %arg3 = %c0 to %c4 step %c1 {
          scf.for %arg4 = %c0 to %c4 step %c1 {
            memref.store %cst, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
          }
        }
      }
    }
    scf.for %arg1 = %c0 to %c1 step %c1 {
      scf.for %arg2 = %c0 to %c4 step %c1 {
        scf.for %arg3 = %c0 to %c4 step %c1 {
          scf.for %arg4 = %c0 to %c4 step %c1 {
            scf.for %arg5 = %c0 to %c2 step %c1 {
              scf.for %arg6 = %c0 to %c2 step %c1 {
                %0 = arith.muli %arg3, %c2 overflow<nsw> : index
                %1 = arith.addi %0, %arg5 : index
                %2 = arith.muli %arg4, %c2 overflow<nsw> : index
                %3 = arith.addi %2, %arg6 : index
                %4 = memref.load %arg0[%arg1, %arg2, %1, %3] : memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>
                %5 = memref.load %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
                %6 = arith.maximumf %5, %4 : f32
                memref.store %6, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
              }
            }
          }
        }
      }
    }
    return %alloc : memref<1x4x4x4xf32>
  }
}

