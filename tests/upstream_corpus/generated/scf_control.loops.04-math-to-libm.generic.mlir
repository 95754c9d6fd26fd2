"builtin.module"() ({
  "func.func"() <{function_type = (index) -> i64, sym_name = "sum_to"}> ({
  ^bb0(%arg3: index):
    %13 = "arith.constant"() <{value = 2 : i64}> : () -> i64
    %14 = "arith.constant"() <{value = 0 : index}> : () -> index
    %15 = "arith.constant"() <{value = 1 : index}> : () -> index
    %16 = "arith.constant"() <{value = 0 : i64}> : () -> i64
    "cf.br"(%14, %16)[^bb1] : (index, i64) -> ()
  ^bb1(%17: index, %18: i64):  // 2 preds: ^bb0, ^bb6
    %19 = "arith.cmpi"(%17, %arg3) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%19)[^bb2, ^bb7] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %20 = "arith.index_cast"(%17) : (index) -> i64
    %21 = "arith.remsi"(%20, %13) : (i64, i64) -> i64
    %22 = "arith.cmpi"(%21, %16) <{predicate = 0 : i64}> : (i64, i64) -> i1
    "cf.cond_br"(%22)[^bb3, ^bb4] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %23 = "arith.addi"(%18, %20) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
    "cf.br"(%23)[^bb5] : (i64) -> ()
  ^bb4:  // pred: ^bb2
    %24 = "arith.subi"(%18, %20) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
    "cf.br"(%24)[^bb5] : (i64) -> ()
  ^bb5(%25: i64):  // 2 preds: ^bb3, ^bb4
    "cf.br"()[^bb6] : () -> ()
  ^bb6:  // pred: ^bb5
    %26 = "arith.addi"(%17, %15) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%26, %25)[^bb1] : (index, i64) -> ()
  ^bb7:  // pred: ^bb1
    "func.return"(%18) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "collatz"}> ({
  ^bb0(%arg2: i32):
    %4 = "arith.constant"() <{value = 2 : i32}> : () -> i32
    %5 = "arith.constant"() <{value = 1 : i32}> : () -> i32
    "cf.br"(%arg2, %5)[^bb1] : (i32, i32) -> ()
  ^bb1(%6: i32, %7: i32):  // 2 preds: ^bb0, ^bb2
    %8 = "arith.cmpi"(%6, %5) <{predicate = 4 : i64}> : (i32, i32) -> i1
    "cf.cond_br"(%8, %6, %7)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 2, 0>}> : (i1, i32, i32) -> ()
  ^bb2(%9: i32, %10: i32):  // pred: ^bb1
    %11 = "arith.divui"(%9, %4) : (i32, i32) -> i32
    %12 = "arith.addi"(%10, %5) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "cf.br"(%11, %12)[^bb1] : (i32, i32) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%7) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, f32) -> f32, sym_name = "switch"}> ({
  ^bb0(%arg0: index, %arg1: f32):
    %0 = "arith.index_cast"(%arg0) : (index) -> i32
    "cf.switch"(%0)[^bb3, ^bb1, ^bb2] <{case_operand_segments = array<i32: 0, 0>, case_values = dense<[0, 1]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
  ^bb1:  // pred: ^bb0
    %1 = "arith.negf"(%arg1) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    "cf.br"(%1)[^bb4] : (f32) -> ()
  ^bb2:  // pred: ^bb0
    %2 = "arith.mulf"(%arg1, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "cf.br"(%2)[^bb4] : (f32) -> ()
  ^bb3:  // pred: ^bb0
    "cf.br"(%arg1)[^bb4] : (f32) -> ()
  ^bb4(%3: f32):  // 3 preds: ^bb1, ^bb2, ^bb3
    "func.return"(%3) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

