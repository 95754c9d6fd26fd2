module {
  func.func private @ext(f32) -> f32
  func.func @square(%arg0: f32) -> f32 {
    %0 = arith.mulf %arg0, %arg0 : f32
    return %0 : f32
  }
  func.func @calls(%arg0: f32, %arg1: i32) -> (f32, i64, f64) {
    %f = constant @square : (f32) -> f32
    %0 = call_indirect %f(%arg0) : (f32) -> f32
    %1 = call @square(%0) : (f32) -> f32
    %2 = call @ext(%1) : (f32) -> f32
    %3 = arith.remf %2, %arg0 : f32
    %4 = arith.cmpf olt, %3, %arg0 : f32
    %5 = arith.select %4, %3, %arg0 : f32
    %6 = arith.extsi %arg1 : i32 to i64
    %7 = arith.uitofp %arg1 : i32 to f32
    %8 = arith.minimumf %5, %7 : f32
    %9 = arith.extf %8 : f32 to f64
    %10 = arith.shli %6, %6 : i64
    %11 = arith.xori %10, %6 : i64
    %12 = arith.floordivsi %11, %6 : i64
    return %8, %12, %9 : f32, i64, f64
  }
}

