// RUN: ember-opt %s -p convert-math-to-llvm --split-input-file | filecheck %s

// CHECK-LABEL: func.func @intrinsics
func.func @intrinsics(%x: f32, %y: f32) -> f32 {
  // CHECK: %[[E:.*]] = llvm.call_intrinsic "llvm.exp.f32"(%{{.*}}) : (f32) -> f32
  %0 = math.exp %x : f32
  // CHECK: llvm.call_intrinsic "llvm.tanh.f32"(%[[E]]) : (f32) -> f32
  %1 = math.tanh %0 : f32
  // CHECK: llvm.call_intrinsic "llvm.sqrt.f32"
  %2 = math.sqrt %1 : f32
  // CHECK: llvm.call_intrinsic "llvm.pow.f32"(%{{.*}}, %{{.*}}) : (f32, f32) -> f32
  %3 = math.powf %2, %y : f32
  // CHECK: llvm.call_intrinsic "llvm.fma.f32"(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
  %4 = math.fma %3, %x, %y : f32
  // CHECK: llvm.call_intrinsic "llvm.fabs.f32"
  %5 = math.absf %4 : f32
  // CHECK: llvm.call_intrinsic "llvm.log.f32"
  %6 = math.log %5 : f32
  func.return %6 : f32
}

// -----

// CHECK-LABEL: func.func @vector_exp
func.func @vector_exp(%v: vector<16xf32>) -> vector<16xf32> {
  // CHECK: llvm.call_intrinsic "llvm.exp.v16f32"(%{{.*}}) : (vector<16xf32>) -> vector<16xf32>
  %0 = math.exp %v : vector<16xf32>
  func.return %0 : vector<16xf32>
}

// -----

// Functions LLVM has no intrinsic for are libm calls, declared once per module.
// CHECK: llvm.func @erf(f64) -> f64
// CHECK: llvm.func @erff(f32) -> f32
// CHECK-LABEL: func.func @libm
func.func @libm(%x: f32, %d: f64) -> (f32, f64) {
  // CHECK: %[[A:.*]] = llvm.call @erff(%{{.*}}) : (f32) -> f32
  %0 = math.erf %x : f32
  // CHECK: llvm.call @erff(%[[A]]) : (f32) -> f32
  %1 = math.erf %0 : f32
  // CHECK: llvm.call @erf(%{{.*}}) : (f64) -> f64
  %2 = math.erf %d : f64
  func.return %1, %2 : f32, f64
}

// -----

// CHECK-LABEL: func.func @rsqrt
func.func @rsqrt(%x: f32) -> f32 {
  // CHECK: %[[ONE:.*]] = llvm.mlir.constant(1.000000e+00 : f32) : f32
  // CHECK: %[[R:.*]] = llvm.call_intrinsic "llvm.sqrt.f32"
  // CHECK: llvm.fdiv %[[ONE]], %[[R]] : f32
  %0 = math.rsqrt %x : f32
  func.return %0 : f32
}

// -----

// The C library has no half-precision functions: f16 and bf16 extend to f32, call the f32
// function and round the result back once.
// CHECK: llvm.func @expm1f(f32) -> f32
// CHECK-LABEL: func.func @libm_half
func.func @libm_half(%x: f16, %y: bf16) -> (f16, bf16) {
  // CHECK: %[[W:.*]] = llvm.fpext %{{.*}} : f16 to f32
  // CHECK: %[[C:.*]] = llvm.call @expm1f(%[[W]]) : (f32) -> f32
  // CHECK: llvm.fptrunc %[[C]] : f32 to f16
  %0 = math.expm1 %x : f16
  // CHECK: %[[V:.*]] = llvm.fpext %{{.*}} : bf16 to f32
  // CHECK: %[[D:.*]] = llvm.call @expm1f(%[[V]]) : (f32) -> f32
  // CHECK: llvm.fptrunc %[[D]] : f32 to bf16
  %1 = math.expm1 %y : bf16
  func.return %0, %1 : f16, bf16
}
