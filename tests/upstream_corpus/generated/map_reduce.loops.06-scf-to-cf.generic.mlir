"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "map_reduce"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<4x8xf32, strided<[?, ?], offset: ?>>):
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
    %11 = "memref.load"(%arg1, %6, %8) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
    %12 = "arith.mulf"(%10, %11) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %13 = "math.tanh"(%12) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    "memref.store"(%13, %5, %6, %8) : (f32, memref<4x8xf32>, index, index) -> ()
    %14 = "arith.addi"(%8, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%14)[^bb3] : (index) -> ()
  ^bb5:  // pred: ^bb3
    %15 = "arith.addi"(%6, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%15)[^bb1] : (index) -> ()
  ^bb6:  // pred: ^bb1
    %16 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "cf.br"(%3)[^bb7] : (index) -> ()
  ^bb7(%17: index):  // 2 preds: ^bb6, ^bb8
    %18 = "arith.cmpi"(%17, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%18)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "memref.store"(%4, %16, %17) : (f32, memref<4xf32>, index) -> ()
    %19 = "arith.addi"(%17, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%19)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    "cf.br"(%3)[^bb10] : (index) -> ()
  ^bb10(%20: index):  // 2 preds: ^bb9, ^bb14
    %21 = "arith.cmpi"(%20, %2) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%21)[^bb11, ^bb15] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb11:  // pred: ^bb10
    "cf.br"(%3)[^bb12] : (index) -> ()
  ^bb12(%22: index):  // 2 preds: ^bb11, ^bb13
    %23 = "arith.cmpi"(%22, %0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%23)[^bb13, ^bb14] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb13:  // pred: ^bb12
    %24 = "memref.load"(%5, %20, %22) : (memref<4x8xf32>, index, index) -> f32
    %25 = "memref.load"(%16, %20) : (memref<4xf32>, index) -> f32
    %26 = "arith.addf"(%24, %25) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%26, %16, %20) : (f32, memref<4xf32>, index) -> ()
    %27 = "arith.addi"(%22, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%27)[^bb12] : (index) -> ()
  ^bb14:  // pred: ^bb12
    %28 = "arith.addi"(%20, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%28)[^bb10] : (index) -> ()
  ^bb15:  // pred: ^bb10
    "func.return"(%16) : (memref<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

