module {
  func.func @named(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg2: memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x16xf32>
    %c0 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    scf.for %arg3 = %c0 to %c4 step %c1 {
      %c0_6 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %c1_7 = arith.constant 1 : index
      scf.for %arg4 = %c0_6 to %c16 step %c1_7 {
        memref.store %cst, %alloc[%arg3, %arg4] : memref<4x16xf32>
      }
    }
    %c0_0 = arith.constant 0 : index
    %c4_1 = arith.constant 4 : index
    %c1_2 = arith.constant 1 : index
    scf.for %arg3 = %c0_0 to %c4_1 step %c1_2 {
      %c0_6 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %c1_7 = arith.constant 1 : index
      scf.for %arg4 = %c0_6 to %c16 step %c1_7 {
        %c0_8 = arith.constant 0 : index
        %c8 = arith.constant 8 : index
        %c1_9 = arith.constant 1 : index
        scf.for %arg5 = %c0_8 to %c8 step %c1_9 {
          %0 = memref.load %arg0[%arg3, %arg5] : memref<4x8xf32, strided<[?, ?], offset: ?>>
          %1 = memref.load %arg1[%arg5, %arg4] : memref<8x16xf32, strided<[?, ?], offset: ?>>
          %2 = memref.load %alloc[%arg3, %arg4] : memref<4x16xf32>
          %3 = arith.mulf %0, %1 : f32
          %4 = arith.addf %2, %3 : f32
          memref.store %4, %alloc[%arg3, %arg4] : memref<4x16xf32>
        }
      }
    }
    %c0_3 = arith.constant 0 : index
    %c4_4 = arith.constant 4 : index
    %c1_5 = arith.constant 1 : index
    scf.for %arg3 = %c0_3 to %c4_4 step %c1_5 {
      %c0_6 = arith.constant 0 : index
      %c16 = arith.constant 16 : index
      %c1_7 = arith.constant 1 : index
      scf.for %arg4 = %c0_6 to %c16 step %c1_7 {
        %0 = memref.load %alloc[%arg3, %arg4] : memref<4x16xf32>
        %1 = memref.load %arg2[%arg3, %arg4] : memref<4x16xf32, strided<[?, ?], offset: ?>>
        %2 = arith.addf %0, %1 : f32
        memref.store %2, %alloc[%arg3, %arg4] : memref<4x16xf32>
      }
    }
    return %alloc : memref<4x16xf32>
  }
  func.func @batched(%arg0: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg1: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<2x4x16xf32>
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %c1 = arith.constant 1 : index
    scf.for %arg2 = %c0 to %c2 step %c1 {
      %c0_3 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %c1_4 = arith.constant 1 : index
      scf.for %arg3 = %c0_3 to %c4 step %c1_4 {
        %c0_5 = arith.constant 0 : index
        %c16 = arith.constant 16 : index
        %c1_6 = arith.constant 1 : index
        scf.for %arg4 = %c0_5 to %c16 step %c1_6 {
          memref.store %cst, %alloc[%arg2, %arg3, %arg4] : memref<2x4x16xf32>
        }
      }
    }
    %c0_0 = arith.constant 0 : index
    %c2_1 = arith.constant 2 : index
    %c1_2 = arith.constant 1 : index
    scf.for %arg2 = %c0_0 to %c2_1 step %c1_2 {
      %c0_3 = arith.constant 0 : index
      %c4 = arith.constant 4 : index
      %c1_4 = arith.constant 1 : index
      scf.for %arg3 = %c0_3 to %c4 step %c1_4 {
        %c0_5 = arith.constant 0 : index
        %c16 = arith.constant 16 : index
        %c1_6 = arith.constant 1 : index
        scf.for %arg4 = %c0_5 to %c16 step %c1_6 {
          %c0_7 = arith.constant 0 : index
          %c8 = arith.constant 8 : index
          %c1_8 = arith.constant 1 : index
          scf.for %arg5 = %c0_7 to %c8 step %c1_8 {
            %0 = memref.load %arg0[%arg2, %arg3, %arg5] : memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>
            %1 = memref.load %arg1[%arg2, %arg5, %arg4] : memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>
            %2 = memref.load %alloc[%arg2, %arg3, %arg4] : memref<2x4x16xf32>
            %3 = arith.mulf %0, %1 : f32
            %4 = arith.addf %2, %3 : f32
            memref.store %4, %alloc[%arg2, %arg3, %arg4] : memref<2x4x16xf32>
          }
        }
      }
    }
    return %alloc : memref<2x4x16xf32>
  }
  func.func @shuffle(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>) {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x4xf32>
    %c0 = arith.constant 0 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    scf.for %arg2 = %c0 to %c8 step %c1 {
      %c0_3 = arith.constant 0 : index
      %c4_4 = arith.constant 4 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg3 = %c0_3 to %c4_4 step %c1_5 {
        %0 = memref.load %arg0[%arg3, %arg2] : memref<4x8xf32, strided<[?, ?], offset: ?>>
        memref.store %0, %alloc[%arg2, %arg3] : memref<8x4xf32>
      }
    }
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    %c0_1 = arith.constant 0 : index
    %c4 = arith.constant 4 : index
    %c1_2 = arith.constant 1 : index
    scf.for %arg2 = %c0_1 to %c4 step %c1_2 {
      %c0_3 = arith.constant 0 : index
      %c8_4 = arith.constant 8 : index
      %c1_5 = arith.constant 1 : index
      scf.for %arg3 = %c0_3 to %c8_4 step %c1_5 {
        %0 = memref.load %arg1[%arg3] : memref<8xf32, strided<[?], offset: ?>>
        memref.store %0, %alloc_0[%arg2, %arg3] : memref<4x8xf32>
      }
    }
    return %alloc, %alloc_0 : memref<8x4xf32>, memref<4x8xf32>
  }
}

