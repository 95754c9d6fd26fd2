module {
  func.func @conv(%arg0: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c1_0 = arith.constant 1 : index
    scf.for %arg2 = %c0 to %c1 step %c1_0 {
      %c0_4 = arith.constant 0 : index
      %c8 = arith.constant 8 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg3 = %c0_4 to %c8 step %c1_5 {
        %c0_6 = arith.constant 0 : index
        %c8_7 = arith.constant 8 : index
        %c1_8 = arith.constant 1 : index
        scf.for %arg4 = %c0_6 to %c8_7 step %c1_8 {
          %c0_9 = arith.constant 0 : index
          %c8_10 = arith.constant 8 : index
          %c1_11 = arith.constant 1 : index
          scf.for %arg5 = %c0_9 to %c8_10 step %c1_11 {
            memref.store %cst, %alloc[%arg2, %arg3, %arg4, %arg5] : memref<1x8x8x8xf32>
          }
        }
      }
    }
    %c0_1 = arith.constant 0 : index
    %c1_2 = arith.constant 1 : index
    %c1_3 = arith.constant 1 : index
    scf.for %arg2 = %c0_1 to %c1_2 step %c1_3 {
      %c0_4 = arith.constant 0 : index
      %c8 = arith.constant 8 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg3 = %c0_4 to %c8 step %c1_5 {
        %c0_6 = arith.constant 0 : index
        %c8_7 = arith.constant 8 : index
        %c1_8 = arith.constant 1 : index
        scf.for %arg4 = %c0_6 to %c8_7 step %c1_8 {
          %c0_9 = arith.constant 0 : index
          %c8_10 = arith.constant 8 : index
          %c1_11 = arith.constant 1 : index
          scf.for %arg5 = %c0_9 to %c8_10 step %c1_11 {
            %c0_12 = arith.constant 0 : index
            %c3 = arith.constant 3 : index
            %c1_13 = arith.constant 1 : index
            scf.for %arg6 = %c0_12 to %c3 step %c1_13 {
              %c0_14 = arith.constant 0 : index
              %c3_15 = arith.constant 3 : index
              %c1_16 = arith.constant 1 : index
              scf.for %arg7 = %c0_14 to %c3_15 step %c1_16 {
                %c0_17 = arith.constant 0 : index
                %c3_18 = arith.constant 3 : index
                %c1_19 = arith.constant 1 : index
                scf.for %arg8 = %c0_17 to %c3_18 step %c1_19 {
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
    %cst = arith.constant 0xFF800000 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x4x4x4xf32>
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c1_0 = arith.constant 1 : index
    scf.for %arg1 = %c0 to %c1 step %c1_0 {
      %c0_4 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg2 = %c0_4 to %c4 step %c1_5 {
        %c0_6 = arith.constant 0 : index
        %c4_7 = arith.constant 4 : index
        %c1_8 = arith.constant 1 : index
        scf.for %arg3 = %c0_6 to %c4_7 step %c1_8 {
          %c0_9 = arith.constant 0 : index
          %c4_10 = arith.constant 4 : index
          %c1_11 = arith.constant 1 : index
          scf.for %arg4 = %c0_9 to %c4_10 step %c1_11 {
            memref.store %cst, %alloc[%arg1, %arg2, %arg3, %arg4] : memref<1x4x4x4xf32>
          }
        }
      }
    }
    %c0_1 = arith.constant 0 : index
    %c1_2 = arith.constant 1 : index
    %c1_3 = arith.constant 1 : index
    scf.for %arg1 = %c0_1 to %c1_2 step %c1_3 {
      %c0_4 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg2 = %c0_4 to %c4 step %c1_5 {
        %c0_6 = arith.constant 0 : index
        %c4_7 = arith.constant 4 : index
        %c1_8 = arith.constant 1 : index
        scf.for %arg3 = %c0_6 to %c4_7 step %c1_8 {
          %c0_9 = arith.constant 0 : index
          %c4_10 = arith.constant 4 : index
          %c1_11 = arith.constant 1 : index
          scf.for %arg4 = %c0_9 to %c4_10 step %c1_11 {
            %c0_12 = arith.constant 0 : index
            %c2 = arith.constant 2 : index
            %c1_13 = arith.constant 1 : index
            scf.for %arg5 = %c0_12 to %c2 step %c1_13 {
              %c0_14 = arith.constant 0 : index
              %c2_15 = arith.constant 2 : index
              %c1_16 = arith.constant 1 : index
              scf.for %arg6 = %c0_14 to %c2_15 step %c1_16 {
                %c2_17 = arith.constant 2 : index
                %0 = arith.muli %arg3, %c2_17 overflow<nsw> : index
                %1 = arith.addi %0, %arg5 : index
                %c2_18 = arith.constant 2 : index
                %2 = arith.muli %arg4, %c2_18 overflow<nsw> : index
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

