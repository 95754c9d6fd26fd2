module {
  func.func private @log1p(f64) -> f64 attributes {llvm.readnone}
  func.func private @exp2(f64) -> f64 attributes {llvm.readnone}
  func.func private @cos(f64) -> f64 attributes {llvm.readnone}
  func.func private @sin(f64) -> f64 attributes {llvm.readnone}
  func.func private @rsqrtf(f32) -> f32 attributes {llvm.readnone}
  func.func private @floorf(f32) -> f32 attributes {llvm.readnone}
  func.func private @fabsf(f32) -> f32 attributes {llvm.readnone}
  func.func private @atan2f(f32, f32) -> f32 attributes {llvm.readnone}
  func.func private @fmaf(f32, f32, f32) -> f32 attributes {llvm.readnone}
  func.func private @erff(f32) -> f32 attributes {llvm.readnone}
  func.func private @powf(f32, f32) -> f32 attributes {llvm.readnone}
  func.func private @sqrtf(f32) -> f32 attributes {llvm.readnone}
  func.func private @tanhf(f32) -> f32 attributes {llvm.readnone}
  func.func private @logf(f32) -> f32 attributes {llvm.readnone}
  func.func private @expf(f32) -> f32 attributes {llvm.readnone}
  func.func @math(%arg0: f32, %arg1: f64, %arg2: vector<4xf32>) -> (f32, f64, vector<4xf32>) {
    %0 = call @expf(%arg0) : (f32) -> f32
    %1 = call @logf(%0) : (f32) -> f32
    %2 = call @tanhf(%1) : (f32) -> f32
    %3 = call @sqrtf(%2) : (f32) -> f32
    %4 = call @powf(%3, %arg0) : (f32, f32) -> f32
    %5 = call @erff(%4) : (f32) -> f32
    %6 = call @fmaf(%5, %arg0, %0) : (f32, f32, f32) -> f32
    %7 = call @atan2f(%6, %arg0) : (f32, f32) -> f32
    %8 = call @fabsf(%7) : (f32) -> f32
    %9 = call @floorf(%8) : (f32) -> f32
    %10 = call @rsqrtf(%9) : (f32) -> f32
    %11 = call @sin(%arg1) : (f64) -> f64
    %12 = call @cos(%11) : (f64) -> f64
    %13 = call @exp2(%12) : (f64) -> f64
    %14 = call @log1p(%13) : (f64) -> f64
    %cst = arith.constant dense<0.000000e+00> : vector<4xf32>
    %15 = vector.extract %arg2[0] : f32 from vector<4xf32>
    %16 = call @tanhf(%15) : (f32) -> f32
    %17 = vector.insert %16, %cst [0] : f32 into vector<4xf32>
    %18 = vector.extract %arg2[1] : f32 from vector<4xf32>
    %19 = call @tanhf(%18) : (f32) -> f32
    %20 = vector.insert %19, %17 [1] : f32 into vector<4xf32>
    %21 = vector.extract %arg2[2] : f32 from vector<4xf32>
    %22 = call @tanhf(%21) : (f32) -> f32
    %23 = vector.insert %22, %20 [2] : f32 into vector<4xf32>
    %24 = vector.extract %arg2[3] : f32 from vector<4xf32>
    %25 = call @tanhf(%24) : (f32) -> f32
    %26 = vector.insert %25, %23 [3] : f32 into vector<4xf32>
    %cst_0 = arith.constant dense<0.000000e+00> : vector<4xf32>
    %27 = vector.extract %26[0] : f32 from vector<4xf32>
    %28 = call @expf(%27) : (f32) -> f32
    %29 = vector.insert %28, %cst_0 [0] : f32 into vector<4xf32>
    %30 = vector.extract %26[1] : f32 from vector<4xf32>
    %31 = call @expf(%30) : (f32) -> f32
    %32 = vector.insert %31, %29 [1] : f32 into vector<4xf32>
    %33 = vector.extract %26[2] : f32 from vector<4xf32>
    %34 = call @expf(%33) : (f32) -> f32
    %35 = vector.insert %34, %32 [2] : f32 into vector<4xf32>
    %36 = vector.extract %26[3] : f32 from vector<4xf32>
    %37 = call @expf(%36) : (f32) -> f32
    %38 = vector.insert %37, %35 [3] : f32 into vector<4xf32>
    %cst_1 = arith.constant dense<0.000000e+00> : vector<4xf32>
    %39 = vector.extract %38[0] : f32 from vector<4xf32>
    %40 = vector.extract %26[0] : f32 from vector<4xf32>
    %41 = vector.extract %arg2[0] : f32 from vector<4xf32>
    %42 = call @fmaf(%39, %40, %41) : (f32, f32, f32) -> f32
    %43 = vector.insert %42, %cst_1 [0] : f32 into vector<4xf32>
    %44 = vector.extract %38[1] : f32 from vector<4xf32>
    %45 = vector.extract %26[1] : f32 from vector<4xf32>
    %46 = vector.extract %arg2[1] : f32 from vector<4xf32>
    %47 = call @fmaf(%44, %45, %46) : (f32, f32, f32) -> f32
    %48 = vector.insert %47, %43 [1] : f32 into vector<4xf32>
    %49 = vector.extract %38[2] : f32 from vector<4xf32>
    %50 = vector.extract %26[2] : f32 from vector<4xf32>
    %51 = vector.extract %arg2[2] : f32 from vector<4xf32>
    %52 = call @fmaf(%49, %50, %51) : (f32, f32, f32) -> f32
    %53 = vector.insert %52, %48 [2] : f32 into vector<4xf32>
    %54 = vector.extract %38[3] : f32 from vector<4xf32>
    %55 = vector.extract %26[3] : f32 from vector<4xf32>
    %56 = vector.extract %arg2[3] : f32 from vector<4xf32>
    %57 = call @fmaf(%54, %55, %56) : (f32, f32, f32) -> f32
    %58 = vector.insert %57, %53 [3] : f32 into vector<4xf32>
    return %10, %14, %58 : f32, f64, vector<4xf32>
  }
}

