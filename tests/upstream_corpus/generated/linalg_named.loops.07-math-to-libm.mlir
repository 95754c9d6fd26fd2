module {
  func.func @named(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg2: memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32> {
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x16xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c4 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb4
    %3 = arith.cmpi slt, %2, %c16 : index
    cf.cond_br %3, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    memref.store %cst, %alloc[%0, %2] : memref<4x16xf32>
    %4 = arith.addi %2, %c1 : index
    cf.br ^bb3(%4 : index)
  ^bb5:  // pred: ^bb3
    %5 = arith.addi %0, %c1 : index
    cf.br ^bb1(%5 : index)
  ^bb6:  // pred: ^bb1
    cf.br ^bb7(%c0 : index)
  ^bb7(%6: index):  // 2 preds: ^bb6, ^bb14
    %7 = arith.cmpi slt, %6, %c4 : index
    cf.cond_br %7, ^bb8, ^bb15
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%8: index):  // 2 preds: ^bb8, ^bb13
    %9 = arith.cmpi slt, %8, %c16 : index
    cf.cond_br %9, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    cf.br ^bb11(%c0 : index)
  ^bb11(%10: index):  // 2 preds: ^bb10, ^bb12
    %11 = arith.cmpi slt, %10, %c8 : index
    cf.cond_br %11, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %12 = memref.load %arg0[%6, %10] : memref<4x8xf32, strided<[?, ?], offset: ?>>
    %13 = memref.load %arg1[%10, %8] : memref<8x16xf32, strided<[?, ?], offset: ?>>
    %14 = memref.load %alloc[%6, %8] : memref<4x16xf32>
    %15 = arith.mulf %12, %13 : f32
    %16 = arith.addf %14, %15 : f32
    memref.store %16, %alloc[%6, %8] : memref<4x16xf32>
    %17 = arith.addi %10, %c1 : index
    cf.br ^bb11(%17 : index)
  ^bb13:  // pred: ^bb11
    %18 = arith.addi %8, %c1 : index
    cf.br ^bb9(%18 : index)
  ^bb14:  // pred: ^bb9
    %19 = arith.addi %6, %c1 : index
    cf.br ^bb7(%19 : index)
  ^bb15:  // pred: ^bb7
    cf.br ^bb16(%c0 : index)
  ^bb16(%20: index):  // 2 preds: ^bb15, ^bb20
    %21 = arith.cmpi slt, %20, %c4 : index
    cf.cond_br %21, ^bb17, ^bb21
  ^bb17:  // pred: ^bb16
    cf.br ^bb18(%c0 : index)
  ^bb18(%22: index):  // 2 preds: ^bb17, ^bb19
    %23 = arith.cmpi slt, %22, %c16 : index
    cf.cond_br %23, ^bb19, ^bb20
  ^bb19:  // pred: ^bb18
    %24 = memref.load %alloc[%20, %22] : memref<4x16xf32>
    %25 = memref.load %arg2[%20, %22] : memref<4x16xf32, strided<[?, ?], offset: ?>>
    %26 = arith.addf %24, %25 : f32
    memref.store %26, %alloc[%20, %22] : memref<4x16xf32>
    %27 = arith.addi %22, %c1 : index
    cf.br ^bb18(%27 : index)
  ^bb20:  // pred: ^bb18
    %28 = arith.addi %20, %c1 : index
    cf.br ^bb16(%28 : index)
  ^bb21:  // pred: ^bb16
    return %alloc : memref<4x16xf32>
  }
  func.func @batched(%arg0: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg1: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32> {
    %c8 = arith.constant 8 : index
    %c16 = arith.constant 16 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<2x4x16xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb8
    %1 = arith.cmpi slt, %0, %c2 : index
    cf.cond_br %1, ^bb2, ^bb9
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb7
    %3 = arith.cmpi slt, %2, %c4 : index
    cf.cond_br %3, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%4: index):  // 2 preds: ^bb4, ^bb6
    %5 = arith.cmpi slt, %4, %c16 : index
    cf.cond_br %5, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    memref.store %cst, %alloc[%0, %2, %4] : memref<2x4x16xf32>
    %6 = arith.addi %4, %c1 : index
    cf.br ^bb5(%6 : index)
  ^bb7:  // pred: ^bb5
    %7 = arith.addi %2, %c1 : index
    cf.br ^bb3(%7 : index)
  ^bb8:  // pred: ^bb3
    %8 = arith.addi %0, %c1 : index
    cf.br ^bb1(%8 : index)
  ^bb9:  // pred: ^bb1
    cf.br ^bb10(%c0 : index)
  ^bb10(%9: index):  // 2 preds: ^bb9, ^bb20
    %10 = arith.cmpi slt, %9, %c2 : index
    cf.cond_br %10, ^bb11, ^bb21
  ^bb11:  // pred: ^bb10
    cf.br ^bb12(%c0 : index)
  ^bb12(%11: index):  // 2 preds: ^bb11, ^bb19
    %12 = arith.cmpi slt, %11, %c4 : index
    cf.cond_br %12, ^bb13, ^bb20
  ^bb13:  // pred: ^bb12
    cf.br ^bb14(%c0 : index)
  ^bb14(%13: index):  // 2 preds: ^bb13, ^bb18
    %14 = arith.cmpi slt, %13, %c16 : index
    cf.cond_br %14, ^bb15, ^bb19
  ^bb15:  // pred: ^bb14
    cf.br ^bb16(%c0 : index)
  ^bb16(%15: index):  // 2 preds: ^bb15, ^bb17
    %16 = arith.cmpi slt, %15, %c8 : index
    cf.cond_br %16, ^bb17, ^bb18
  ^bb17:  // pred: ^bb16
    %17 = memref.load %arg0[%9, %11, %15] : memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>
    %18 = memref.load %arg1[%9, %15, %13] : memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>
    %19 = memref.load %alloc[%9, %11, %13] : memref<2x4x16xf32>
    %20 = arith.mulf %17, %18 : f32
    %21 = arith.addf %19, %20 : f32
    memref.store %21, %alloc[%9, %11, %13] : memref<2x4x16xf32>
    %22 = arith.addi %15, %c1 : index
    cf.br ^bb16(%22 : index)
  ^bb18:  // pred: ^bb16
    %23 = arith.addi %13, %c1 : index
    cf.br ^bb14(%23 : index)
  ^bb19:  // pred: ^bb14
    %24 = arith.addi %11, %c1 : index
    cf.br ^bb12(%24 : index)
  ^bb20:  // pred: ^bb12
    %25 = arith.addi %9, %c1 : index
    cf.br ^bb10(%25 : index)
  ^bb21:  // pred: ^bb10
    return %alloc : memref<2x4x16xf32>
  }
  func.func @shuffle(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>) {
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c8 = arith.constant 8 : index
    %c0 = arith.constant 0 : index
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x4xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb5
    %1 = arith.cmpi slt, %0, %c8 : index
    cf.cond_br %1, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb4
    %3 = arith.cmpi slt, %2, %c4 : index
    cf.cond_br %3, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    %4 = memref.load %arg0[%2, %0] : memref<4x8xf32, strided<[?, ?], offset: ?>>
    memref.store %4, %alloc[%0, %2] : memref<8x4xf32>
    %5 = arith.addi %2, %c1 : index
    cf.br ^bb3(%5 : index)
  ^bb5:  // pred: ^bb3
    %6 = arith.addi %0, %c1 : index
    cf.br ^bb1(%6 : index)
  ^bb6:  // pred: ^bb1
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    cf.br ^bb7(%c0 : index)
  ^bb7(%7: index):  // 2 preds: ^bb6, ^bb11
    %8 = arith.cmpi slt, %7, %c4 : index
    cf.cond_br %8, ^bb8, ^bb12
  ^bb8:  // pred: ^bb7
    cf.br ^bb9(%c0 : index)
  ^bb9(%9: index):  // 2 preds: ^bb8, ^bb10
    %10 = arith.cmpi slt, %9, %c8 : index
    cf.cond_br %10, ^bb10, ^bb11
  ^bb10:  // pred: ^bb9
    %11 = memref.load %arg1[%9] : memref<8xf32, strided<[?], offset: ?>>
    memref.store %11, %alloc_0[%7, %9] : memref<4x8xf32>
    %12 = arith.addi %9, %c1 : index
    cf.br ^bb9(%12 : index)
  ^bb11:  // pred: ^bb9
    %13 = arith.addi %7, %c1 : index
    cf.br ^bb7(%13 : index)
  ^bb12:  // pred: ^bb7
    return %alloc, %alloc_0 : memref<8x4xf32>, memref<4x8xf32>
  }
}

