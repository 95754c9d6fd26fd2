module {
  func.func @rowsum(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32> {
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
    %1 = arith.cmpi slt, %0, %c4 : index
    cf.cond_br %1, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    memref.store %cst, %alloc[%0] : memref<4xf32>
    %2 = arith.addi %0, %c1 : index
    cf.br ^bb1(%2 : index)
  ^bb3:  // pred: ^bb1
    cf.br ^bb4(%c0 : index)
  ^bb4(%3: index):  // 2 preds: ^bb3, ^bb8
    %4 = arith.cmpi slt, %3, %c4 : index
    cf.cond_br %4, ^bb5, ^bb9
  ^bb5:  // pred: ^bb4
    cf.br ^bb6(%c0 : index)
  ^bb6(%5: index):  // 2 preds: ^bb5, ^bb7
    %6 = arith.cmpi slt, %5, %c8 : index
    cf.cond_br %6, ^bb7, ^bb8
  ^bb7:  // pred: ^bb6
    %7 = memref.load %arg0[%3, %5] : memref<4x8xf32, strided<[?, ?], offset: ?>>
    %8 = memref.load %alloc[%3] : memref<4xf32>
    %9 = arith.addf %7, %8 : f32
    memref.store %9, %alloc[%3] : memref<4xf32>
    %10 = arith.addi %5, %c1 : index
    cf.br ^bb6(%10 : index)
  ^bb8:  // pred: ^bb6
    %11 = arith.addi %3, %c1 : index
    cf.br ^bb4(%11 : index)
  ^bb9:  // pred: ^bb4
    return %alloc : memref<4xf32>
  }
  func.func @relu_scale(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32) -> memref<4x8xf32> {
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
    %5 = arith.maximumf %4, %cst : f32
    %6 = arith.mulf %5, %arg1 : f32
    %7 = arith.remf %6, %arg1 : f32
    memref.store %7, %alloc[%0, %2] : memref<4x8xf32>
    %8 = arith.addi %2, %c1 : index
    cf.br ^bb3(%8 : index)
  ^bb5:  // pred: ^bb3
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb6:  // pred: ^bb1
    return %alloc : memref<4x8xf32>
  }
}

