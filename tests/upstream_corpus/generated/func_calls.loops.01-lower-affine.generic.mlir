"builtin.module"() ({
  "func.func"() <{function_type = (f32) -> f32, sym_name = "ext", sym_visibility = "private"}> ({
  }) : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "square"}> ({
  ^bb0(%arg2: f32):
    %14 = "arith.mulf"(%arg2, %arg2) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "func.return"(%14) : (f32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32, i32) -> (f32, i64, f64), sym_name = "calls"}> ({
  ^bb0(%arg0: f32, %arg1: i32):
    %0 = "func.constant"() <{value = @square}> : () -> ((f32) -> f32)
    %1 = "func.call_indirect"(%0, %arg0) : ((f32) -> f32, f32) -> f32
    %2 = "func.call"(%1) <{callee = @square}> : (f32) -> f32
    %3 = "func.call"(%2) <{callee = @ext}> : (f32) -> f32
    %4 = "arith.remf"(%3, %arg0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %5 = "arith.cmpf"(%4, %arg0) <{fastmath = #arith.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
    %6 = "arith.select"(%5, %4, %arg0) : (i1, f32, f32) -> f32
    %7 = "arith.extsi"(%arg1) : (i32) -> i64
    %8 = "arith.uitofp"(%arg1) : (i32) -> f32
    %9 = "arith.minimumf"(%6, %8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %10 = "arith.extf"(%9) : (f32) -> f64
    %11 = "arith.shli"(%7, %7) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
    %12 = "arith.xori"(%11, %7) : (i64, i64) -> i64
    %13 = "arith.floordivsi"(%12, %7) : (i64, i64) -> i64
    "func.return"(%9, %13, %10) : (f32, i64, f64) -> ()
  }) : () -> ()
}) : () -> ()

