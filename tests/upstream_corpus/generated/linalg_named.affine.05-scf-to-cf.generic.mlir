"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8x16xf32, strided<[?, ?], offset: ?>>, memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32>, sym_name = "named"}> ({
  ^bb0(%arg4: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg5: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg6: memref<4x16xf32, strided<[?, ?], offset: ?>>):
    %54 = "arith.constant"() <{value = 8 : index}> : () -> index
    %55 = "arith.constant"() <{value = 16 : index}> : () -> index
    %56 = "arith.constant"() <{value = 1 : index}> : () -> index
    %57 = "arith.constant"() <{value = 4 : index}> : () -> index
    %58 = "arith.constant"() <{value = 0 : index}> : () -> index
    %59 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %60 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x16xf32>
    "cf.br"(%58)[^bb1] : (index) -> ()
  ^bb1(%61: index):  // 2 preds: ^bb0, ^bb5
    %62 = "arith.cmpi"(%61, %57) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%62)[^bb2, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%58)[^bb3] : (index) -> ()
  ^bb3(%63: index):  // 2 preds: ^bb2, ^bb4
    %64 = "arith.cmpi"(%63, %55) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%64)[^bb4, ^bb5] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "memref.store"(%59, %60, %61, %63) : (f32, memref<4x16xf32>, index, index) -> ()
    %65 = "arith.addi"(%63, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%65)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %66 = "arith.addi"(%61, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%66)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    "cf.br"(%58)[^bb7] : (index) -> ()
  ^bb7(%67: index):  // 2 preds: ^bb6, ^bb14
    %68 = "arith.cmpi"(%67, %57) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%68)[^bb8, ^bb15] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "cf.br"(%58)[^bb9] : (index) -> ()
  ^bb9(%69: index):  // 2 preds: ^bb8, ^bb13
    %70 = "arith.cmpi"(%69, %55) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%70)[^bb10, ^bb14] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "cf.br"(%58)[^bb11] : (index) -> ()
  ^bb11(%71: index):  // 2 preds: ^bb10, ^bb12
    %72 = "arith.cmpi"(%71, %54) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%72)[^bb12, ^bb13] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %73 = "memref.load"(%arg4, %67, %71) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %74 = "memref.load"(%arg5, %71, %69) : (memref<8x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %75 = "memref.load"(%60, %67, %69) : (memref<4x16xf32>, index, index) -> f32
    %76 = "arith.mulf"(%73, %74) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %77 = "arith.addf"(%75, %76) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%77, %60, %67, %69) : (f32, memref<4x16xf32>, index, index) -> ()
    %78 = "arith.addi"(%71, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%78)[^bb11] : (index) -> ()
  ^bb13:  // pred: ^bb11
    %79 = "arith.addi"(%69, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%79)[^bb9] : (index) -> ()
  ^bb14:  // pred: ^bb9
    %80 = "arith.addi"(%67, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%80)[^bb7] : (index) -> ()
  ^bb15:  // pred: ^bb7
    "cf.br"(%58)[^bb16] : (index) -> ()
  ^bb16(%81: index):  // 2 preds: ^bb15, ^bb20
    %82 = "arith.cmpi"(%81, %57) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%82)[^bb17, ^bb21] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb17:  // pred: ^bb16
    "cf.br"(%58)[^bb18] : (index) -> ()
  ^bb18(%83: index):  // 2 preds: ^bb17, ^bb19
    %84 = "arith.cmpi"(%83, %55) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%84)[^bb19, ^bb20] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb19:  // pred: ^bb18
    %85 = "memref.load"(%60, %81, %83) : (memref<4x16xf32>, index, index) -> f32
    %86 = "memref.load"(%arg6, %81, %83) : (memref<4x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %87 = "arith.addf"(%85, %86) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%87, %60, %81, %83) : (f32, memref<4x16xf32>, index, index) -> ()
    %88 = "arith.addi"(%83, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%88)[^bb18] : (index) -> ()
  ^bb20:  // pred: ^bb18
    %89 = "arith.addi"(%81, %56) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%89)[^bb16] : (index) -> ()
  ^bb21:  // pred: ^bb16
    "func.return"(%60) : (memref<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32>, sym_name = "batched"}> ({
  ^bb0(%arg2: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg3: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>):
    %20 = "arith.constant"() <{value = 8 : index}> : () -> index
    %21 = "arith.constant"() <{value = 16 : index}> : () -> index
    %22 = "arith.constant"() <{value = 4 : index}> : () -> index
    %23 = "arith.constant"() <{value = 1 : index}> : () -> index
    %24 = "arith.constant"() <{value = 2 : index}> : () -> index
    %25 = "arith.constant"() <{value = 0 : index}> : () -> index
    %26 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %27 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4x16xf32>
    "cf.br"(%25)[^bb1] : (index) -> ()
  ^bb1(%28: index):  // 2 preds: ^bb0, ^bb8
    %29 = "arith.cmpi"(%28, %24) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%29)[^bb2, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%25)[^bb3] : (index) -> ()
  ^bb3(%30: index):  // 2 preds: ^bb2, ^bb7
    %31 = "arith.cmpi"(%30, %22) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%31)[^bb4, ^bb8] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "cf.br"(%25)[^bb5] : (index) -> ()
  ^bb5(%32: index):  // 2 preds: ^bb4, ^bb6
    %33 = "arith.cmpi"(%32, %21) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%33)[^bb6, ^bb7] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "memref.store"(%26, %27, %28, %30, %32) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
    %34 = "arith.addi"(%32, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%34)[^bb5] : (index) -> ()
  ^bb7:  // pred: ^bb5
    %35 = "arith.addi"(%30, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%35)[^bb3] : (index) -> ()
  ^bb8:  // pred: ^bb3
    %36 = "arith.addi"(%28, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%36)[^bb1] : (index) -> ()
  ^bb9:  // pred: ^bb1
    "cf.br"(%25)[^bb10] : (index) -> ()
  ^bb10(%37: index):  // 2 preds: ^bb9, ^bb20
    %38 = "arith.cmpi"(%37, %24) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%38)[^bb11, ^bb21] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb11:  // pred: ^bb10
    "cf.br"(%25)[^bb12] : (index) -> ()
  ^bb12(%39: index):  // 2 preds: ^bb11, ^bb19
    %40 = "arith.cmpi"(%39, %22) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%40)[^bb13, ^bb20] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb13:  // pred: ^bb12
    "cf.br"(%25)[^bb14] : (index) -> ()
  ^bb14(%41: index):  // 2 preds: ^bb13, ^bb18
    %42 = "arith.cmpi"(%41, %21) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%42)[^bb15, ^bb19] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb15:  // pred: ^bb14
    "cf.br"(%25)[^bb16] : (index) -> ()
  ^bb16(%43: index):  // 2 preds: ^bb15, ^bb17
    %44 = "arith.cmpi"(%43, %20) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%44)[^bb17, ^bb18] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb17:  // pred: ^bb16
    %45 = "memref.load"(%arg2, %37, %39, %43) : (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
    %46 = "memref.load"(%arg3, %37, %43, %41) : (memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
    %47 = "memref.load"(%27, %37, %39, %41) : (memref<2x4x16xf32>, index, index, index) -> f32
    %48 = "arith.mulf"(%45, %46) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %49 = "arith.addf"(%47, %48) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%49, %27, %37, %39, %41) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
    %50 = "arith.addi"(%43, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%50)[^bb16] : (index) -> ()
  ^bb18:  // pred: ^bb16
    %51 = "arith.addi"(%41, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%51)[^bb14] : (index) -> ()
  ^bb19:  // pred: ^bb14
    %52 = "arith.addi"(%39, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%52)[^bb12] : (index) -> ()
  ^bb20:  // pred: ^bb12
    %53 = "arith.addi"(%37, %23) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%53)[^bb10] : (index) -> ()
  ^bb21:  // pred: ^bb10
    "func.return"(%27) : (memref<2x4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>), sym_name = "shuffle"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() <{value = 4 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.constant"() <{value = 8 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
    "cf.br"(%3)[^bb1] : (index) -> ()
  ^bb1(%5: index):  // 2 preds: ^bb0, ^bb5
    %6 = "arith.cmpi"(%5, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%6)[^bb2, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%3)[^bb3] : (index) -> ()
  ^bb3(%7: index):  // 2 preds: ^bb2, ^bb4
    %8 = "arith.cmpi"(%7, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%8)[^bb4, ^bb5] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %9 = "memref.load"(%arg0, %7, %5) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    "memref.store"(%9, %4, %5, %7) : (f32, memref<8x4xf32>, index, index) -> ()
    %10 = "arith.addi"(%7, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%10)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %11 = "arith.addi"(%5, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%11)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    %12 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "cf.br"(%3)[^bb7] : (index) -> ()
  ^bb7(%13: index):  // 2 preds: ^bb6, ^bb11
    %14 = "arith.cmpi"(%13, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%14)[^bb8, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "cf.br"(%3)[^bb9] : (index) -> ()
  ^bb9(%15: index):  // 2 preds: ^bb8, ^bb10
    %16 = "arith.cmpi"(%15, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%16)[^bb10, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb10:  // pred: ^bb9
    %17 = "memref.load"(%arg1, %15) : (memref<8xf32, strided<[?], offset: ?>>, index) -> f32
    "memref.store"(%17, %12, %13, %15) : (f32, memref<4x8xf32>, index, index) -> ()
    %18 = "arith.addi"(%15, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%18)[^bb9] : (index) -> ()
  ^bb11:  // pred: ^bb9
    %19 = "arith.addi"(%13, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%19)[^bb7] : (index) -> ()
  ^bb12:  // pred: ^bb7
    "func.return"(%4, %12) : (memref<8x4xf32>, memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

