module {
  func.func @affine(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index) {
    %cst = arith.constant 0.000000e+00 : f32
    %c-8 = arith.constant -8 : index
    %c4 = arith.constant 4 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c16 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %2 = memref.load %arg0[%0] : memref<16xf32>
    %3 = arith.muli %0, %c2 overflow<nsw> : index
    %4 = arith.addi %3, %c1 : index
    memref.store %2, %arg1[%4] : memref<33xf32>
    %5 = arith.addi %0, %c1 : index
    cf.br ^bb1(%5 : index)
  ^bb3:  // pred: ^bb1
    %6 = arith.minsi %arg2, %c16 : index
    cf.br ^bb4(%c0 : index)
  ^bb4(%7: index):  // 2 preds: ^bb3, ^bb7
    %8 = arith.cmpi slt, %7, %6 : index
    cf.cond_br %8, ^bb5, ^bb8
  ^bb5:  // pred: ^bb4
    %9 = arith.addi %7, %c-8 : index
    %10 = arith.cmpi sge, %9, %c0 : index
    cf.cond_br %10, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %11 = memref.load %arg0[%7] : memref<16xf32>
    %12 = arith.addi %7, %c1 : index
    memref.store %11, %arg1[%12] : memref<33xf32>
    cf.br ^bb7
  ^bb7:  // 2 preds: ^bb5, ^bb6
    %13 = arith.addi %7, %c4 : index
    cf.br ^bb4(%13 : index)
  ^bb8:  // pred: ^bb4
    cf.br ^bb9(%c0, %cst : index, f32)
  ^bb9(%14: index, %15: f32):  // 2 preds: ^bb8, ^bb10
    %16 = arith.cmpi slt, %14, %c16 : index
    cf.cond_br %16, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %17 = memref.load %arg0[%14] : memref<16xf32>
    %18 = arith.addf %15, %17 : f32
    %19 = arith.addi %14, %c1 : index
    cf.br ^bb9(%19, %18 : index, f32)
  ^bb11:  // pred: ^bb9
    memref.store %15, %arg1[%c0] : memref<33xf32>
    return
  }
}

