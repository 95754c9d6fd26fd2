"builtin.module"() ({
  "func.func"() <{function_type = (f32, f64, vector<4xf32>) -> (f32, f64, vector<4xf32>), sym_name = "math"}> ({
  ^bb0(%arg0: f32, %arg1: f64, %arg2: vector<4xf32>):
    %0 = "math.exp"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %1 = "math.log"(%0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %2 = "math.tanh"(%1) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %3 = "math.sqrt"(%2) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %4 = "math.powf"(%3, %arg0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %5 = "math.erf"(%4) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %6 = "math.fma"(%5, %arg0, %0) <{fastmath = #arith.fastmath<none>}> : (f32, f32, f32) -> f32
    %7 = "math.atan2"(%6, %arg0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %8 = "math.absf"(%7) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %9 = "math.floor"(%8) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %10 = "math.rsqrt"(%9) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    %11 = "math.sin"(%arg1) <{fastmath = #arith.fastmath<none>}> : (f64) -> f64
    %12 = "math.cos"(%11) <{fastmath = #arith.fastmath<none>}> : (f64) -> f64
    %13 = "math.exp2"(%12) <{fastmath = #arith.fastmath<none>}> : (f64) -> f64
    %14 = "math.log1p"(%13) <{fastmath = #arith.fastmath<none>}> : (f64) -> f64
    %15 = "math.tanh"(%arg2) <{fastmath = #arith.fastmath<none>}> : (vector<4xf32>) -> vector<4xf32>
    %16 = "math.exp"(%15) <{fastmath = #arith.fastmath<none>}> : (vector<4xf32>) -> vector<4xf32>
    %17 = "math.fma"(%16, %15, %arg2) <{fastmath = #arith.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    "func.return"(%10, %14, %17) : (f32, f64, vector<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

