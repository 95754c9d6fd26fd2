module {
  func.func @conv(%arg0: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32> {
    %c3 = arith.constant 3 : index
    %c8 = arith.constant 8 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c1 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb10
    %3 = arith.cmpi slt, %2, %c8 : index
    cf.cond_br %3, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%4: index):  // 2 preds: ^bb4, ^bb9
    %5 = arith.cmpi slt, %4, %c8 : index
    cf.cond_br %5, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%6: index):  // 2 preds: ^bb6, ^bb8
    %7 = arith.cmpi slt, %6, %c8 : index
    cf.cond_br %7, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    memref.store %cst, %alloc[%0, %2, %4, %6] : memref<1x8x8x8xf32>
    %8 = arith.addi %6, %c1 : index
    cf.br ^bb7(%8 : index)
  ^bb9:  // pred: ^bb7
    %9 = arith.addi %4, %c1 : index
    cf.br ^bb5(%9 : index)
  ^bb10:  // pred: ^bb5
    %10 = arith.addi %2, %c1 : index
    cf.br ^bb3(%10 : index)
  ^bb11:  // pred: ^bb3
    %11 = arith.addi %0, %c1 : index
    cf.br ^bb1(%11 : index)
  ^bb12:  // pred: ^bb1
    cf.br ^bb13(%c0 : index)
  ^bb13(%12: index):  // 2 preds: ^bb12, ^bb32
    %13 = arith.cmpi slt, %12, %c1 : index
    cf.cond_br %13, ^bb14, ^bb33
  ^bb14:  // pred: ^bb13
    cf.br ^bb15(%c0 : index)
  ^bb15(%14: index):  // 2 preds: ^bb14, ^bb31
    %15 = arith.cmpi slt, %14, %c8 : index
    cf.cond_br %15, ^bb16, ^bb32
  ^bb16:  // pred: ^bb15
    cf.br ^bb17(%c0 : index)
  ^bb17(%16: index):  // 2 preds: ^bb16, ^bb30
    %17 = arith.cmpi slt, %16, %c8 : index
    cf.cond_br %17, ^bb18, ^bb31
  ^bb18:  // pred: ^bb17
    cf.br ^bb19(%c0 : index)
  ^bb19(%18: index):  // 2 preds: ^bb18, ^bb29
    %19 = arith.cmpi slt, %18, %c8 : index
    cf.cond_br %19, ^bb20, ^bb30
  ^bb20:  // pred: ^bb19
    cf.br ^bb21(%c0 : index)
  ^bb21(%20: index):  // 2 preds: ^bb20, ^bb28
    %21 = arith.cmpi slt, %20, %c3 : index
    cf.cond_br %21, ^bb22, ^bb29
  ^bb22:  // pred: ^bb21
    cf.br ^bb23(%c0 : index)
  ^bb23(%22: index):  // 2 preds: ^bb22, ^bb27
    %23 = arith.cmpi slt, %22, %c3 : index
    cf.cond_br %23, ^bb24, ^bb28
  ^bb24:  // pred: ^bb23
    cf.br ^bb25(%c0 : index)
  ^bb25(%24: index):  // 2 preds: ^bb24, ^bb26
    %25 = arith.cmpi slt, %24, %c3 : index
    cf.cond_br %25, ^bb26, ^bb27
  ^bb26:  // pred: ^bb25
    %26 = arith.addi %16, %22 : index
    %27 = arith.addi %18, %24 : index
    %28 = memref.load %arg0[%12, %20, %26, %27] : memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>
    %29 = memref.load %arg1[%14, %20, %22, %24] : memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>
    %30 = memref.load %alloc[%12, %14, %16, %18] : memref<1x8x8x8xf32>
    %31 = arith.mulf %28, %29 : f32
    %32 = arith.addf %30, %31 : f32
    memref.store %32, %alloc[%12, %14, %16, %18] : memref<1x8x8x8xf32>
    %33 = arith.addi %24, %c1 : index
    cf.br ^bb25(%33 : index)
  ^bb27:  // pred: ^bb25
    %34 = arith.addi %22, %c1 : index
    cf.br ^bb23(%34 : index)
  ^bb28:  // pred: ^bb23
    %35 = arith.addi %20, %c1 : index
    cf.br ^bb21(%35 : index)
  ^bb29:  // pred: ^bb21
    %36 = arith.addi %18, %c1 : index
    cf.br ^bb19(%36 : index)
  ^bb30:  // pred: ^bb19
    %37 = arith.addi %16, %c1 : index
    cf.br ^bb17(%37 : index)
  ^bb31:  // pred: ^bb17
    %38 = arith.addi %14, %c1 : index
    cf.br ^bb15(%38 : index)
  ^bb32:  // pred: ^bb15
    %39 = arith.addi %12, %c1 : index
    cf.br ^bb13(%39 : index)
  ^bb33:  // pred: ^bb13
    return %alloc : memref<1x8x8x8xf32>
  }
  func.func @pool(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32> {
    %c2 = arith.constant 2 : index
    %c4 = arith.constant 4 : index
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0xFF800000 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x4x4x4xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb11
    %1 = arith.cmpi slt, %0, %c1 : index
    cf.cond_br %1, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%2: index):  // 2 preds: ^bb2, ^bb10
    %3 = arith.cmpi slt, %2, %c4 : index
    cf.cond_br %3, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    cf.br ^bb5(%c0 : index)
  ^bb5(%4: index):  // 2 preds: ^bb4, ^bb9
    %5 = arith.cmpi slt, %4, %c4 : index
    cf.cond_br %5, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    cf.br ^bb7(%c0 : index)
  ^bb7(%6: index):  // 2 preds: ^bb6, ^bb8
    %7 = arith.cmpi slt, %6, %c4 : index
    cf.cond_br %7, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    memref.store %cst, %alloc[%0, %2, %4, %6] : memref<1x4x4x4xf32>
    %8 = arith.addi %6, %c1 : index
    cf.br ^bb7(%8 : index)
  ^bb9:  // pred: ^bb7
    %9 = arith.addi %4, %c1 : index
    cf.br ^bb5(%9 : index)
  ^bb10:  // pred: ^bb5
    %10 = arith.addi %2, %c1 : index
    cf.br ^bb3(%10 : index)
  ^bb11:  // pred: ^bb3
    %11 = arith.addi %0, %c1 : index
    cf.br ^bb1(%11 : index)
  ^bb12:  // pred: ^bb1
    cf.br ^bb13(%c0 : index)
  ^bb13(%12: index):  // 2 preds: ^bb12, ^bb29
    %13 = arith.cmpi slt, %12, %c1 : index
    cf.cond_br %13, ^bb14, ^bb30
  ^bb14:  // pred: ^bb13
    cf.br ^bb15(%c0 : index)
  ^bb15(%14: index):  // 2 preds: ^bb14, ^bb28
    %15 = arith.cmpi slt, %14, %c4 : index
    cf.cond_br %15, ^bb16, ^bb29
  ^bb16:  // pred: ^bb15
    cf.br ^bb17(%c0 : index)
  ^bb17(%16: index):  // 2 preds: ^bb16, ^bb27
    %17 = arith.cmpi slt, %16, %c4 : index
    cf.cond_br %17, ^bb18, ^bb28
  ^bb18:  // pred: ^bb17
    cf.br ^bb19(%c0 : index)
  ^bb19(%18: index):  // 2 preds: ^bb18, ^bb26
    %19 = arith.cmpi slt, %18, %c4 : index
    cf.cond_br %19, ^bb20, ^bb27
  ^bb20:  // pred: ^bb19
    cf.br ^bb21(%c0 : index)
  ^bb21(%20: index):  // 2 preds: ^bb20, ^bb25
    %21 = arith.cmpi slt, %20, %c2 : index
    cf.cond_br %21, ^bb22, ^bb26
  ^bb22:  // pred: ^bb21
    cf.br ^bb23(%c0 : index)
  ^bb23(%22: index):  // 2 preds: ^bb22, ^bb24
    %23 = arith.cmpi slt, %22, %c2 : index
    cf.cond_br %23, ^bb24, ^bb25
  ^bb24:  // pred: ^bb23
    %24 = arith.muli %16, %c2 overflow<nsw> : index
    %25 = arith.addi %24, %20 : index
    %26 = arith.muli %18, %c2 overflow<nsw> : index
    %27 = arith.addi %26, %22 : index
    %28 = memref.load %arg0[%12, %14, %25, %27] : memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>
    %29 = memref.load %alloc[%12, %14, %16, %18] : memref<1x4x4x4xf32>
    %30 = arith.maximumf %29, %28 : f32
    memref.store %30, %alloc[%12, %14, %16, %18] : memref<1x4x4x4xf32>
    %31 = arith.addi %22, %c1 : index
    cf.br ^bb23(%31 : index)
  ^bb25:  // pred: ^bb23
    %32 = arith.addi %20, %c1 : index
    cf.br ^bb21(%32 : index)
  ^bb26:  // pred: ^bb21
    %33 = arith.addi %18, %c1 : index
    cf.br ^bb19(%33 : index)
  ^bb27:  // pred: ^bb19
    %34 = arith.addi %16, %c1 : index
    cf.br ^bb17(%34 : index)
  ^bb28:  // pred: ^bb17
    %35 = arith.addi %14, %c1 : index
    cf.br ^bb15(%35 : index)
  ^bb29:  // pred: ^bb15
    %36 = arith.addi %12, %c1 : index
    cf.br ^bb13(%36 : index)
  ^bb30:  // pred: ^bb13
    return %alloc : memref<1x4x4x4xf32>
  }
}

