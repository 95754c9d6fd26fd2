"builtin.module"() ({
  "func.func"() <{function_type = (f64) -> f64, sym_name = "log1p", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f64) -> f64, sym_name = "exp2", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f64) -> f64, sym_name = "cos", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f64) -> f64, sym_name = "sin", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "rsqrtf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "floorf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "fabsf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32, f32) -> f32, sym_name = "atan2f", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32, f32, f32) -> f32, sym_name = "fmaf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "erff", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32, f32) -> f32, sym_name = "powf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "sqrtf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "tanhf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "logf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "expf", sym_visibility = "private"}> ({
  }) {llvm.readnone} : () -> ()
  "func.func"() <{function_type = (f32, f64, vector<4xf32>) -> (f32, f64, vector<4xf32>), sym_name = "math"}> ({
  ^bb0(%arg0: f32, %arg1: f64, %arg2: vector<4xf32>):
    %0 = "func.call"(%arg0) <{callee = @expf}> : (f32) -> f32
    %1 = "func.call"(%0) <{callee = @logf}> : (f32) -> f32
    %2 = "func.call"(%1) <{callee = @tanhf}> : (f32) -> f32
    %3 = "func.call"(%2) <{callee = @sqrtf}> : (f32) -> f32
    %4 = "func.call"(%3, %arg0) <{callee = @powf}> : (f32, f32) -> f32
    %5 = "func.call"(%4) <{callee = @erff}> : (f32) -> f32
    %6 = "func.call"(%5, %arg0, %0) <{callee = @fmaf}> : (f32, f32, f32) -> f32
    %7 = "func.call"(%6, %arg0) <{callee = @atan2f}> : (f32, f32) -> f32
    %8 = "func.call"(%7) <{callee = @fabsf}> : (f32) -> f32
    %9 = "func.call"(%8) <{callee = @floorf}> : (f32) -> f32
    %10 = "func.call"(%9) <{callee = @rsqrtf}> : (f32) -> f32
    %11 = "func.call"(%arg1) <{callee = @sin}> : (f64) -> f64
    %12 = "func.call"(%11) <{callee = @cos}> : (f64) -> f64
    %13 = "func.call"(%12) <{callee = @exp2}> : (f64) -> f64
    %14 = "func.call"(%13) <{callee = @log1p}> : (f64) -> f64
    %15 = "arith.constant"() <{value = dense<0.000000e+00> : vector<4xf32>}> : () -> vector<4xf32>
    %16 = "vector.extract"(%arg2) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f32
    %17 = "func.call"(%16) <{callee = @tanhf}> : (f32) -> f32
    %18 = "vector.insert"(%17, %15) <{static_position = array<i64: 0>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %19 = "vector.extract"(%arg2) <{static_position = array<i64: 1>}> : (vector<4xf32>) -> f32
    %20 = "func.call"(%19) <{callee = @tanhf}> : (f32) -> f32
    %21 = "vector.insert"(%20, %18) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %22 = "vector.extract"(%arg2) <{static_position = array<i64: 2>}> : (vector<4xf32>) -> f32
    %23 = "func.call"(%22) <{callee = @tanhf}> : (f32) -> f32
    %24 = "vector.insert"(%23, %21) <{static_position = array<i64: 2>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %25 = "vector.extract"(%arg2) <{static_position = array<i64: 3>}> : (vector<4xf32>) -> f32
    %26 = "func.call"(%25) <{callee = @tanhf}> : (f32) -> f32
    %27 = "vector.insert"(%26, %24) <{static_position = array<i64: 3>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %28 = "arith.constant"() <{value = dense<0.000000e+00> : vector<4xf32>}> : () -> vector<4xf32>
    %29 = "vector.extract"(%27) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f32
    %30 = "func.call"(%29) <{callee = @expf}> : (f32) -> f32
    %31 = "vector.insert"(%30, %28) <{static_position = array<i64: 0>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %32 = "vector.extract"(%27) <{static_position = array<i64: 1>}> : (vector<4xf32>) -> f32
    %33 = "func.call"(%32) <{callee = @expf}> : (f32) -> f32
    %34 = "vector.insert"(%33, %31) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %35 = "vector.extract"(%27) <{static_position = array<i64: 2>}> : (vector<4xf32>) -> f32
    %36 = "func.call"(%35) <{callee = @expf}> : (f32) -> f32
    %37 = "vector.insert"(%36, %34) <{static_position = array<i64: 2>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %38 = "vector.extract"(%27) <{static_position = array<i64: 3>}> : (vector<4xf32>) -> f32
    %39 = "func.call"(%38) <{callee = @expf}> : (f32) -> f32
    %40 = "vector.insert"(%39, %37) <{static_position = array<i64: 3>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %41 = "arith.constant"() <{value = dense<0.000000e+00> : vector<4xf32>}> : () -> vector<4xf32>
    %42 = "vector.extract"(%40) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f32
    %43 = "vector.extract"(%27) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f32
    %44 = "vector.extract"(%arg2) <{static_position = array<i64: 0>}> : (vector<4xf32>) -> f32
    %45 = "func.call"(%42, %43, %44) <{callee = @fmaf}> : (f32, f32, f32) -> f32
    %46 = "vector.insert"(%45, %41) <{static_position = array<i64: 0>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %47 = "vector.extract"(%40) <{static_position = array<i64: 1>}> : (vector<4xf32>) -> f32
    %48 = "vector.extract"(%27) <{static_position = array<i64: 1>}> : (vector<4xf32>) -> f32
    %49 = "vector.extract"(%arg2) <{static_position = array<i64: 1>}> : (vector<4xf32>) -> f32
    %50 = "func.call"(%47, %48, %49) <{callee = @fmaf}> : (f32, f32, f32) -> f32
    %51 = "vector.insert"(%50, %46) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %52 = "vector.extract"(%40) <{static_position = array<i64: 2>}> : (vector<4xf32>) -> f32
    %53 = "vector.extract"(%27) <{static_position = array<i64: 2>}> : (vector<4xf32>) -> f32
    %54 = "vector.extract"(%arg2) <{static_position = array<i64: 2>}> : (vector<4xf32>) -> f32
    %55 = "func.call"(%52, %53, %54) <{callee = @fmaf}> : (f32, f32, f32) -> f32
    %56 = "vector.insert"(%55, %51) <{static_position = array<i64: 2>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %57 = "vector.extract"(%40) <{static_position = array<i64: 3>}> : (vector<4xf32>) -> f32
    %58 = "vector.extract"(%27) <{static_position = array<i64: 3>}> : (vector<4xf32>) -> f32
    %59 = "vector.extract"(%arg2) <{static_position = array<i64: 3>}> : (vector<4xf32>) -> f32
    %60 = "func.call"(%57, %58, %59) <{callee = @fmaf}> : (f32, f32, f32) -> f32
    %61 = "vector.insert"(%60, %56) <{static_position = array<i64: 3>}> : (f32, vector<4xf32>) -> vector<4xf32>
    "func.return"(%10, %14, %61) : (f32, f64, vector<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

