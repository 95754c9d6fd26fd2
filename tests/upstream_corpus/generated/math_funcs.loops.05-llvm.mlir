module {
  llvm.func @log1p(f64) -> f64 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @exp2(f64) -> f64 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @cos(f64) -> f64 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @sin(f64) -> f64 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @rsqrtf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @floorf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @fabsf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @atan2f(f32, f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @fmaf(f32, f32, f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @erff(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @powf(f32, f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @sqrtf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @tanhf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @logf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @expf(f32) -> f32 attributes {memory_effects = #llvm.memory_effects<other = none, argMem = none, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>, sym_visibility = "private"}
  llvm.func @math(%arg0: f32, %arg1: f64, %arg2: vector<4xf32>) -> !llvm.struct<(f32, f64, vector<4xf32>)> {
    %0 = llvm.call @expf(%arg0) : (f32) -> f32
    %1 = llvm.call @logf(%0) : (f32) -> f32
    %2 = llvm.call @tanhf(%1) : (f32) -> f32
    %3 = llvm.call @sqrtf(%2) : (f32) -> f32
    %4 = llvm.call @powf(%3, %arg0) : (f32, f32) -> f32
    %5 = llvm.call @erff(%4) : (f32) -> f32
    %6 = llvm.call @fmaf(%5, %arg0, %0) : (f32, f32, f32) -> f32
    %7 = llvm.call @atan2f(%6, %arg0) : (f32, f32) -> f32
    %8 = llvm.call @fabsf(%7) : (f32) -> f32
    %9 = llvm.call @floorf(%8) : (f32) -> f32
    %10 = llvm.call @rsqrtf(%9) : (f32) -> f32
    %11 = llvm.call @sin(%arg1) : (f64) -> f64
    %12 = llvm.call @cos(%11) : (f64) -> f64
    %13 = llvm.call @exp2(%12) : (f64) -> f64
    %14 = llvm.call @log1p(%13) : (f64) -> f64
    %15 = llvm.mlir.constant(dense<0.000000e+00> : vector<4xf32>) : vector<4xf32>
    %16 = llvm.mlir.constant(0 : i64) : i64
    %17 = llvm.extractelement %arg2[%16 : i64] : vector<4xf32>
    %18 = llvm.call @tanhf(%17) : (f32) -> f32
    %19 = llvm.mlir.constant(0 : i64) : i64
    %20 = llvm.insertelement %18, %15[%19 : i64] : vector<4xf32>
    %21 = llvm.mlir.constant(1 : i64) : i64
    %22 = llvm.extractelement %arg2[%21 : i64] : vector<4xf32>
    %23 = llvm.call @tanhf(%22) : (f32) -> f32
    %24 = llvm.mlir.constant(1 : i64) : i64
    %25 = llvm.insertelement %23, %20[%24 : i64] : vector<4xf32>
    %26 = llvm.mlir.constant(2 : i64) : i64
    %27 = llvm.extractelement %arg2[%26 : i64] : vector<4xf32>
    %28 = llvm.call @tanhf(%27) : (f32) -> f32
    %29 = llvm.mlir.constant(2 : i64) : i64
    %30 = llvm.insertelement %28, %25[%29 : i64] : vector<4xf32>
    %31 = llvm.mlir.constant(3 : i64) : i64
    %32 = llvm.extractelement %arg2[%31 : i64] : vector<4xf32>
    %33 = llvm.call @tanhf(%32) : (f32) -> f32
    %34 = llvm.mlir.constant(3 : i64) : i64
    %35 = llvm.insertelement %33, %30[%34 : i64] : vector<4xf32>
    %36 = llvm.mlir.constant(dense<0.000000e+00> : vector<4xf32>) : vector<4xf32>
    %37 = llvm.call @expf(%18) : (f32) -> f32
    %38 = llvm.mlir.constant(0 : i64) : i64
    %39 = llvm.insertelement %37, %36[%38 : i64] : vector<4xf32>
    %40 = llvm.call @expf(%23) : (f32) -> f32
    %41 = llvm.mlir.constant(1 : i64) : i64
    %42 = llvm.insertelement %40, %39[%41 : i64] : vector<4xf32>
    %43 = llvm.call @expf(%28) : (f32) -> f32
    %44 = llvm.mlir.constant(2 : i64) : i64
    %45 = llvm.insertelement %43, %42[%44 : i64] : vector<4xf32>
    %46 = llvm.call @expf(%33) : (f32) -> f32
    %47 = llvm.mlir.constant(3 : i64) : i64
    %48 = llvm.insertelement %46, %45[%47 : i64] : vector<4xf32>
    %49 = llvm.mlir.constant(dense<0.000000e+00> : vector<4xf32>) : vector<4xf32>
    %50 = llvm.mlir.constant(0 : i64) : i64
    %51 = llvm.extractelement %arg2[%50 : i64] : vector<4xf32>
    %52 = llvm.call @fmaf(%37, %18, %51) : (f32, f32, f32) -> f32
    %53 = llvm.mlir.constant(0 : i64) : i64
    %54 = llvm.insertelement %52, %49[%53 : i64] : vector<4xf32>
    %55 = llvm.mlir.constant(1 : i64) : i64
    %56 = llvm.extractelement %arg2[%55 : i64] : vector<4xf32>
    %57 = llvm.call @fmaf(%40, %23, %56) : (f32, f32, f32) -> f32
    %58 = llvm.mlir.constant(1 : i64) : i64
    %59 = llvm.insertelement %57, %54[%58 : i64] : vector<4xf32>
    %60 = llvm.mlir.constant(2 : i64) : i64
    %61 = llvm.extractelement %arg2[%60 : i64] : vector<4xf32>
    %62 = llvm.call @fmaf(%43, %28, %61) : (f32, f32, f32) -> f32
    %63 = llvm.mlir.constant(2 : i64) : i64
    %64 = llvm.insertelement %62, %59[%63 : i64] : vector<4xf32>
    %65 = llvm.mlir.constant(3 : i64) : i64
    %66 = llvm.extractelement %arg2[%65 : i64] : vector<4xf32>
    %67 = llvm.call @fmaf(%46, %33, %66) : (f32, f32, f32) -> f32
    %68 = llvm.mlir.constant(3 : i64) : i64
    %69 = llvm.insertelement %67, %64[%68 : i64] : vector<4xf32>
    %70 = llvm.mlir.poison : !llvm.struct<(f32, f64, vector<4xf32>)>
    %71 = llvm.insertvalue %10, %70[0] : !llvm.struct<(f32, f64, vector<4xf32>)> 
    %72 = llvm.insertvalue %14, %71[1] : !llvm.struct<(f32, f64, vector<4xf32>)> 
    %73 = llvm.insertvalue %69, %72[2] : !llvm.struct<(f32, f64, vector<4xf32>)> 
    llvm.return %73 : !llvm.struct<(f32, f64, vector<4xf32>)>
  }
}

