"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32>, memref<33xf32>, index) -> (), sym_name = "affine"}> ({
  ^bb0(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "arith.constant"() <{value = -8 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 2 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0 : index}> : () -> index
    %5 = "arith.constant"() <{value = 16 : index}> : () -> index
    %6 = "arith.constant"() <{value = 1 : index}> : () -> index
    "cf.br"(%4)[^bb1] : (index) -> ()
  ^bb1(%7: index):  // 2 preds: ^bb0, ^bb2
    %8 = "arith.cmpi"(%7, %5) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%8)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %9 = "memref.load"(%arg0, %7) : (memref<16xf32>, index) -> f32
    %10 = "arith.muli"(%7, %3) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
    %11 = "arith.addi"(%10, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "memref.store"(%9, %arg1, %11) : (f32, memref<33xf32>, index) -> ()
    %12 = "arith.addi"(%7, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%12)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    %13 = "arith.minsi"(%arg2, %5) : (index, index) -> index
    "cf.br"(%4)[^bb4] : (index) -> ()
  ^bb4(%14: index):  // 2 preds: ^bb3, ^bb7
    %15 = "arith.cmpi"(%14, %13) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%15)[^bb5, ^bb8] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %16 = "arith.addi"(%14, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %17 = "arith.cmpi"(%16, %4) <{predicate = 5 : i64}> : (index, index) -> i1
    "cf.cond_br"(%17)[^bb6, ^bb7] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    %18 = "memref.load"(%arg0, %14) : (memref<16xf32>, index) -> f32
    %19 = "arith.addi"(%14, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "memref.store"(%18, %arg1, %19) : (f32, memref<33xf32>, index) -> ()
    "cf.br"()[^bb7] : () -> ()
  ^bb7:  // 2 preds: ^bb5, ^bb6
    %20 = "arith.addi"(%14, %2) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%20)[^bb4] : (index) -> ()
  ^bb8:  // pred: ^bb4
    "cf.br"(%4, %0)[^bb9] : (index, f32) -> ()
  ^bb9(%21: index, %22: f32):  // 2 preds: ^bb8, ^bb10
    %23 = "arith.cmpi"(%21, %5) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%23)[^bb10, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb10:  // pred: ^bb9
    %24 = "memref.load"(%arg0, %21) : (memref<16xf32>, index) -> f32
    %25 = "arith.addf"(%22, %24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %26 = "arith.addi"(%21, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%26, %25)[^bb9] : (index, f32) -> ()
  ^bb11:  // pred: ^bb9
    "memref.store"(%22, %arg1, %4) : (f32, memref<33xf32>, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

