"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i64 (i64)>, linkage = #llvm.linkage<external>, sym_name = "sum_to", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg3: i64):
    %13 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %14 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %15 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %16 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    "llvm.br"(%14, %16)[^bb1] : (i64, i64) -> ()
  ^bb1(%17: i64, %18: i64):  // 2 preds: ^bb0, ^bb6
    %19 = "llvm.icmp"(%17, %arg3) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%19)[^bb2, ^bb7] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %20 = "llvm.srem"(%17, %13) : (i64, i64) -> i64
    %21 = "llvm.icmp"(%20, %16) <{predicate = 0 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%21)[^bb3, ^bb4] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb3:  // pred: ^bb2
    %22 = "llvm.add"(%18, %17) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%22)[^bb5] : (i64) -> ()
  ^bb4:  // pred: ^bb2
    %23 = "llvm.sub"(%18, %17) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%23)[^bb5] : (i64) -> ()
  ^bb5(%24: i64):  // 2 preds: ^bb3, ^bb4
    "llvm.br"()[^bb6] : () -> ()
  ^bb6:  // pred: ^bb5
    %25 = "llvm.add"(%17, %15) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%25, %24)[^bb1] : (i64, i64) -> ()
  ^bb7:  // pred: ^bb1
    "llvm.return"(%18) : (i64) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<i32 (i32)>, linkage = #llvm.linkage<external>, sym_name = "collatz", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg2: i32):
    %4 = "llvm.mlir.constant"() <{value = 2 : i32}> : () -> i32
    %5 = "llvm.mlir.constant"() <{value = 1 : i32}> : () -> i32
    "llvm.br"(%arg2, %5)[^bb1] : (i32, i32) -> ()
  ^bb1(%6: i32, %7: i32):  // 2 preds: ^bb0, ^bb2
    %8 = "llvm.icmp"(%6, %5) <{predicate = 4 : i64}> : (i32, i32) -> i1
    "llvm.cond_br"(%8, %6, %7)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 2, 0>}> : (i1, i32, i32) -> ()
  ^bb2(%9: i32, %10: i32):  // pred: ^bb1
    %11 = "llvm.udiv"(%9, %4) : (i32, i32) -> i32
    %12 = "llvm.add"(%10, %5) <{overflowFlags = 0 : i32}> : (i32, i32) -> i32
    "llvm.br"(%11, %12)[^bb1] : (i32, i32) -> ()
  ^bb3:  // pred: ^bb1
    "llvm.return"(%7) : (i32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (i64, f32)>, linkage = #llvm.linkage<external>, sym_name = "switch", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: i64, %arg1: f32):
    %0 = "llvm.trunc"(%arg0) <{overflowFlags = 0 : i32}> : (i64) -> i32
    "llvm.switch"(%0)[^bb3, ^bb1, ^bb2] <{case_operand_segments = array<i32: 0, 0>, case_values = dense<[0, 1]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
  ^bb1:  // pred: ^bb0
    %1 = "llvm.fneg"(%arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32) -> f32
    "llvm.br"(%1)[^bb4] : (f32) -> ()
  ^bb2:  // pred: ^bb0
    %2 = "llvm.fmul"(%arg1, %arg1) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    "llvm.br"(%2)[^bb4] : (f32) -> ()
  ^bb3:  // pred: ^bb0
    "llvm.br"(%arg1)[^bb4] : (f32) -> ()
  ^bb4(%3: f32):  // 3 preds: ^bb1, ^bb2, ^bb3
    "llvm.return"(%3) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

