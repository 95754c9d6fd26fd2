module {
  func.func @affine(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index) {
    %cst = arith.constant 0.000000e+00 : f32
    %c-8 = arith.constant -8 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    scf.for %arg3 = %c0 to %c16 step %c1 {
      %2 = memref.load %arg0[%arg3] : memref<16xf32>
      %3 = arith.muli %arg3, %c2 overflow<nsw> : index
      %4 = arith.addi %3, %c1 : index
      memref.store %2, %arg1[%4] : memref<33xf32>
    }
    %0 = arith.minsi %arg2, %c16 : index
    scf.for %arg3 = %c0 to %0 step %c4 {
      %2 = arith.addi %arg3, %c-8 : index
      %3 = arith.cmpi sge, %2, %c0 : index
      scf.if %3 {
        %4 = memref.load %arg0[%arg3] : memref<16xf32>
        %5 = arith.addi %arg3, %c1 : index
        memref.store %4, %arg1[%5] : memref<33xf32>
      }
    }
    %1 = scf.for %arg3 = %c0 to %c16 step %c1 iter_args(%arg4 = %cst) -> (f32) {
      %2 = memref.load %arg0[%arg3] : memref<16xf32>
      %3 = arith.addf %arg4, %2 : f32
      scf.yield %3 : f32
    }
    memref.store %1, %arg1[%c0] : memref<33xf32>
    return
  }
}

