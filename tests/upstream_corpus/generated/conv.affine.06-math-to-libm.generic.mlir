"builtin.module"() ({
  "func.func"() <{function_type = (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32>, sym_name = "conv"}> ({
  ^bb0(%arg1: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg2: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %43 = "arith.constant"() <{value = 3 : index}> : () -> index
    %44 = "arith.constant"() <{value = 8 : index}> : () -> index
    %45 = "arith.constant"() <{value = 1 : index}> : () -> index
    %46 = "arith.constant"() <{value = 0 : index}> : () -> index
    %47 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %48 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x8x8x8xf32>
    "cf.br"(%46)[^bb1] : (index) -> ()
  ^bb1(%49: index):  // 2 preds: ^bb0, ^bb11
    %50 = "arith.cmpi"(%49, %45) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%50)[^bb2, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%46)[^bb3] : (index) -> ()
  ^bb3(%51: index):  // 2 preds: ^bb2, ^bb10
    %52 = "arith.cmpi"(%51, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%52)[^bb4, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "cf.br"(%46)[^bb5] : (index) -> ()
  ^bb5(%53: index):  // 2 preds: ^bb4, ^bb9
    %54 = "arith.cmpi"(%53, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%54)[^bb6, ^bb10] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "cf.br"(%46)[^bb7] : (index) -> ()
  ^bb7(%55: index):  // 2 preds: ^bb6, ^bb8
    %56 = "arith.cmpi"(%55, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%56)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "memref.store"(%47, %48, %49, %51, %53, %55) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
    %57 = "arith.addi"(%55, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%57)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %58 = "arith.addi"(%53, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%58)[^bb5] : (index) -> ()
  ^bb10:  // pred: ^bb5
    %59 = "arith.addi"(%51, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%59)[^bb3] : (index) -> ()
  ^bb11:  // pred: ^bb3
    %60 = "arith.addi"(%49, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%60)[^bb1] : (index) -> ()
  ^bb12:  // pred: ^bb1
    "cf.br"(%46)[^bb13] : (index) -> ()
  ^bb13(%61: index):  // 2 preds: ^bb12, ^bb32
    %62 = "arith.cmpi"(%61, %45) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%62)[^bb14, ^bb33] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb14:  // pred: ^bb13
    "cf.br"(%46)[^bb15] : (index) -> ()
  ^bb15(%63: index):  // 2 preds: ^bb14, ^bb31
    %64 = "arith.cmpi"(%63, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%64)[^bb16, ^bb32] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb16:  // pred: ^bb15
    "cf.br"(%46)[^bb17] : (index) -> ()
  ^bb17(%65: index):  // 2 preds: ^bb16, ^bb30
    %66 = "arith.cmpi"(%65, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%66)[^bb18, ^bb31] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb18:  // pred: ^bb17
    "cf.br"(%46)[^bb19] : (index) -> ()
  ^bb19(%67: index):  // 2 preds: ^bb18, ^bb29
    %68 = "arith.cmpi"(%67, %44) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%68)[^bb20, ^bb30] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb20:  // pred: ^bb19
    "cf.br"(%46)[^bb21] : (index) -> ()
  ^bb21(%69: index):  // 2 preds: ^bb20, ^bb28
    %70 = "arith.cmpi"(%69, %43) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%70)[^bb22, ^bb29] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb22:  // pred: ^bb21
    "cf.br"(%46)[^bb23] : (index) -> ()
  ^bb23(%71: index):  // 2 preds: ^bb22, ^bb27
    %72 = "arith.cmpi"(%71, %43) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%72)[^bb24, ^bb28] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb24:  // pred: ^bb23
    "cf.br"(%46)[^bb25] : (index) -> ()
  ^bb25(%73: index):  // 2 preds: ^bb24, ^bb26
    %74 = "arith.cmpi"(%73, %43) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%74)[^bb26, ^bb27] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb26:  // pred: ^bb25
    %75 = "arith.addi"(%65, %71) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %76 = "arith.addi"(%67, %73) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %77 = "memref.load"(%arg1, %61, %69, %75, %76) : (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %78 = "memref.load"(%arg2, %63, %69, %71, %73) : (memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %79 = "memref.load"(%48, %61, %63, %65, %67) : (memref<1x8x8x8xf32>, index, index, index, index) -> f32
    %80 = "arith.mulf"(%77, %78) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %81 = "arith.addf"(%79, %80) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%81, %48, %61, %63, %65, %67) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
    %82 = "arith.addi"(%73, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%82)[^bb25] : (index) -> ()
  ^bb27:  // pred: ^bb25
    %83 = "arith.addi"(%71, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%83)[^bb23] : (index) -> ()
  ^bb28:  // pred: ^bb23
    %84 = "arith.addi"(%69, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%84)[^bb21] : (index) -> ()
  ^bb29:  // pred: ^bb21
    %85 = "arith.addi"(%67, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%85)[^bb19] : (index) -> ()
  ^bb30:  // pred: ^bb19
    %86 = "arith.addi"(%65, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%86)[^bb17] : (index) -> ()
  ^bb31:  // pred: ^bb17
    %87 = "arith.addi"(%63, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%87)[^bb15] : (index) -> ()
  ^bb32:  // pred: ^bb15
    %88 = "arith.addi"(%61, %45) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%88)[^bb13] : (index) -> ()
  ^bb33:  // pred: ^bb13
    "func.return"(%48) : (memref<1x8x8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32>, sym_name = "pool"}> ({
  ^bb0(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 2 : index}> : () -> index
    %1 = "arith.constant"() <{value = 4 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x4x4x4xf32>
    "cf.br"(%3)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb11
    %7 = "arith.cmpi"(%6, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%7)[^bb2, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%3)[^bb3] : (index) -> ()
  ^bb3(%8: index):  // 2 preds: ^bb2, ^bb10
    %9 = "arith.cmpi"(%8, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%9)[^bb4, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "cf.br"(%3)[^bb5] : (index) -> ()
  ^bb5(%10: index):  // 2 preds: ^bb4, ^bb9
    %11 = "arith.cmpi"(%10, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%11)[^bb6, ^bb10] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "cf.br"(%3)[^bb7] : (index) -> ()
  ^bb7(%12: index):  // 2 preds: ^bb6, ^bb8
    %13 = "arith.cmpi"(%12, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%13)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "memref.store"(%4, %5, %6, %8, %10, %12) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
    %14 = "arith.addi"(%12, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%14)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %15 = "arith.addi"(%10, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%15)[^bb5] : (index) -> ()
  ^bb10:  // pred: ^bb5
    %16 = "arith.addi"(%8, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%16)[^bb3] : (index) -> ()
  ^bb11:  // pred: ^bb3
    %17 = "arith.addi"(%6, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%17)[^bb1] : (index) -> ()
  ^bb12:  // pred: ^bb1
    "cf.br"(%3)[^bb13] : (index) -> ()
  ^bb13(%18: index):  // 2 preds: ^bb12, ^bb29
    %19 = "arith.cmpi"(%18, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%19)[^bb14, ^bb30] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb14:  // pred: ^bb13
    "cf.br"(%3)[^bb15] : (index) -> ()
  ^bb15(%20: index):  // 2 preds: ^bb14, ^bb28
    %21 = "arith.cmpi"(%20, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%21)[^bb16, ^bb29] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb16:  // pred: ^bb15
    "cf.br"(%3)[^bb17] : (index) -> ()
  ^bb17(%22: index):  // 2 preds: ^bb16, ^bb27
    %23 = "arith.cmpi"(%22, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%23)[^bb18, ^bb28] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb18:  // pred: ^bb17
    "cf.br"(%3)[^bb19] : (index) -> ()
  ^bb19(%24: index):  // 2 preds: ^bb18, ^bb26
    %25 = "arith.cmpi"(%24, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%25)[^bb20, ^bb27] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb20:  // pred: ^bb19
    "cf.br"(%3)[^bb21] : (index) -> ()
  ^bb21(%26: index):  // 2 preds: ^bb20, ^bb25
    %27 = "arith.cmpi"(%26, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%27)[^bb22, ^bb26] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb22:  // pred: ^bb21
    "cf.br"(%3)[^bb23] : (index) -> ()
  ^bb23(%28: index):  // 2 preds: ^bb22, ^bb24
    %29 = "arith.cmpi"(%28, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%29)[^bb24, ^bb25] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb24:  // pred: ^bb23
    %30 = "arith.muli"(%22, %0) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
    %31 = "arith.addi"(%30, %26) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %32 = "arith.muli"(%24, %0) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
    %33 = "arith.addi"(%32, %28) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %34 = "memref.load"(%arg0, %18, %20, %31, %33) : (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
    %35 = "memref.load"(%5, %18, %20, %22, %24) : (memref<1x4x4x4xf32>, index, index, index, index) -> f32
    %36 = "arith.maximumf"(%35, %34) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%36, %5, %18, %20, %22, %24) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
    %37 = "arith.addi"(%28, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%37)[^bb23] : (index) -> ()
  ^bb25:  // pred: ^bb23
    %38 = "arith.addi"(%26, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%38)[^bb21] : (index) -> ()
  ^bb26:  // pred: ^bb21
    %39 = "arith.addi"(%24, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%39)[^bb19] : (index) -> ()
  ^bb27:  // pred: ^bb19
    %40 = "arith.addi"(%22, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%40)[^bb17] : (index) -> ()
  ^bb28:  // pred: ^bb17
    %41 = "arith.addi"(%20, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%41)[^bb15] : (index) -> ()
  ^bb29:  // pred: ^bb15
    %42 = "arith.addi"(%18, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%42)[^bb13] : (index) -> ()
  ^bb30:  // pred: ^bb13
    "func.return"(%5) : (memref<1x4x4x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

