"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "rowsum"}> ({
  ^bb0(%arg2: memref<4x8xf32, strided<[?, ?], offset: ?>>):
    %16 = "arith.constant"() <{value = 8 : index}> : () -> index
    %17 = "arith.constant"() <{value = 1 : index}> : () -> index
    %18 = "arith.constant"() <{value = 4 : index}> : () -> index
    %19 = "arith.constant"() <{value = 0 : index}> : () -> index
    %20 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %21 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "cf.br"(%19)[^bb1] : (index) -> ()
  ^bb1(%22: index):  // 2 preds: ^bb0, ^bb2
    %23 = "arith.cmpi"(%22, %18) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%23)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "memref.store"(%20, %21, %22) : (f32, memref<4xf32>, index) -> ()
    %24 = "arith.addi"(%22, %17) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%24)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "cf.br"(%19)[^bb4] : (index) -> ()
  ^bb4(%25: index):  // 2 preds: ^bb3, ^bb8
    %26 = "arith.cmpi"(%25, %18) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%26)[^bb5, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb5:  // pred: ^bb4
    "cf.br"(%19)[^bb6] : (index) -> ()
  ^bb6(%27: index):  // 2 preds: ^bb5, ^bb7
    %28 = "arith.cmpi"(%27, %16) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%28)[^bb7, ^bb8] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb7:  // pred: ^bb6
    %29 = "memref.load"(%arg2, %25, %27) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %30 = "memref.load"(%21, %25) : (memref<4xf32>, index) -> f32
    %31 = "arith.addf"(%29, %30) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%31, %21, %25) : (f32, memref<4xf32>, index) -> ()
    %32 = "arith.addi"(%27, %17) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%32)[^bb6] : (index) -> ()
  ^bb8:  // pred: ^bb6
    %33 = "arith.addi"(%25, %17) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%33)[^bb4] : (index) -> ()
  ^bb9:  // pred: ^bb4
    "func.return"(%21) : (memref<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, f32) -> memref<4x8xf32>, sym_name = "relu_scale"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32):
    %0 = "arith.constant"() <{value = 8 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "cf.br"(%3)[^bb1] : (index) -> ()
  ^bb1(%6: index):  // 2 preds: ^bb0, ^bb5
    %7 = "arith.cmpi"(%6, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%7)[^bb2, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "cf.br"(%3)[^bb3] : (index) -> ()
  ^bb3(%8: index):  // 2 preds: ^bb2, ^bb4
    %9 = "arith.cmpi"(%8, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%9)[^bb4, ^bb5] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %10 = "memref.load"(%arg0, %6, %8) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %11 = "arith.maximumf"(%10, %4) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %12 = "arith.mulf"(%11, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %13 = "arith.remf"(%12, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%13, %5, %6, %8) : (f32, memref<4x8xf32>, index, index) -> ()
    %14 = "arith.addi"(%8, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%14)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %15 = "arith.addi"(%6, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%15)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    "func.return"(%5) : (memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

