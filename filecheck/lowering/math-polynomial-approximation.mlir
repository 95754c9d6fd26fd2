// RUN: ember-opt %s -p math-polynomial-approximation | filecheck %s

// exp: clamp, n = floor(x log2 e + 1/2) clamped to [-127, 127], two-step reduction by ln 2,
// the degree-5 polynomial, times 2^n built from exponent bits (no math.exp left).
// CHECK-LABEL: func.func @exp
// CHECK-NOT: math.exp
// CHECK: %[[LO:.*]] = arith.constant -8.870000e+01 : f32
// CHECK-NEXT: %[[X0:.*]] = arith.maximumf %x, %[[LO]] : f32
// CHECK-NEXT: %[[HI:.*]] = arith.constant 8.872000e+01 : f32
// CHECK-NEXT: %[[X:.*]] = arith.minimumf %[[X0]], %[[HI]] : f32
// CHECK: math.floor
// CHECK: arith.constant 0.693359375 : f32
// CHECK: arith.constant -0.000212194442 : f32
// CHECK: %[[BITS:.*]] = arith.bitcast %{{.*}} : f32 to i32
// CHECK-NEXT: %[[SHIFT:.*]] = arith.constant 23 : i32
// CHECK-NEXT: %[[E:.*]] = arith.shli %[[BITS]], %[[SHIFT]] : i32
// CHECK-NEXT: %[[P2:.*]] = arith.bitcast %[[E]] : i32 to f32
// CHECK-NEXT: %[[R:.*]] = arith.mulf %{{.*}}, %[[P2]] : f32
// CHECK-NEXT: func.return %[[R]] : f32
func.func @exp(%x: f32) -> f32 {
  %e = math.exp %x : f32
  func.return %e : f32
}

// tanh and erf on vectors: x P(x^2) / Q(x^2) on the clamped input, constants broadcast.
// CHECK-LABEL: func.func @tanh_erf
// CHECK-NOT: math.tanh
// CHECK-NOT: math.erf
// CHECK: %[[NINE:.*]] = arith.constant -9.000000e+00 : f32
// CHECK-NEXT: vector.broadcast %[[NINE]] : f32 to vector<8xf32>
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: %[[FOUR:.*]] = arith.constant -4.000000e+00 : f32
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
func.func @tanh_erf(%x: vector<8xf32>) -> (vector<8xf32>, vector<8xf32>) {
  %t = math.tanh %x : vector<8xf32>
  %e = math.erf %x : vector<8xf32>
  func.return %t, %e : vector<8xf32>, vector<8xf32>
}

// f64 is left to convert-math-to-llvm (libm / LLVM intrinsics).
// CHECK-LABEL: func.func @f64_untouched
// CHECK-NEXT: math.exp %x : f64
// CHECK-NEXT: math.tanh %x : f64
func.func @f64_untouched(%x: f64) -> (f64, f64) {
  %e = math.exp %x : f64
  %t = math.tanh %x : f64
  func.return %e, %t : f64, f64
}
