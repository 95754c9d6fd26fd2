module {
  func.func private @tanhf(f32) -> f32 attributes {llvm.readnone}
  func.func @map_reduce(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32> {
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c4 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb4
    %3 = arith.cmpi slt, %2, %c8 : index
    cf.cond_br %3, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %4 = memref.load %arg0[%0, %2] : memref<4x8xf32, strided<[?, ?], offset: ?>>
    %5 = memref.load %arg1[%0, %2] : memref<4x8xf32, strided<[?, ?], offset: ?>>
    %6 = arith.mulf %4, %5 : f32
    %7 = call @tanhf(%6) : (f32) -> f32
    memref.store %7, %alloc[%0, %2] : memref<4x8xf32>
    %8 = arith.addi %2, %c1 : index
    cf.br ^bb3(%8 : index)
  ^bb5:  // pred: ^bb3
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb6:  // pred: ^bb1
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    cf.br ^bb7(%c0 : index)
  ^bb7(%10: index):  // 2 preds: ^bb6, ^bb8
    %11 = arith.cmpi slt, %10, %c4 : index
    cf.cond_br %11, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    memref.store %cst, %alloc_0[%10] : memref<4xf32>
    %12 = arith.addi %10, %c1 : index
    cf.br ^bb7(%12 : index)
  ^bb9:  // pred: ^bb7
    cf.br ^bb10(%c0 : index)
  ^bb10(%13: index):  // 2 preds: ^bb9, ^bb14
    %14 = arith.cmpi slt, %13, %c4 : index
    cf.cond_br %14, ^bb11, ^bb15
  ^bb11:  // pred: ^bb10
    cf.br ^bb12(%c0 : index)
  ^bb12(%15: index):  // 2 preds: ^bb11, ^bb13
    %16 = arith.cmpi slt, %15, %c8 : index
    cf.cond_br %16, ^bb13, ^bb14
  ^bb13:  // pred: ^bb12
    %17 = memref.load %alloc[%13, %15] : memref<4x8xf32>
    %18 = memref.load %alloc_0[%13] : memref<4xf32>
    %19 = arith.addf %17, %18 : f32
    memref.store %19, %alloc_0[%13] : memref<4xf32>
    %20 = arith.addi %15, %c1 : index
    cf.br ^bb12(%20 : index)
  ^bb14:  // pred: ^bb12
    %21 = arith.addi %13, %c1 : index
    cf.br ^bb10(%21 : index)
  ^bb15:  // pred: ^bb10
    return %alloc_0 : memref<4xf32>
  }
}

