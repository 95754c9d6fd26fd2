// RUN: ember-opt %s -p convert-arith-to-llvm --split-input-file | filecheck %s

// CHECK-LABEL: func.func @int_ops
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32)
func.func @int_ops(%a: i32, %b: i32) -> i32 {
  // CHECK: %[[S:.*]] = llvm.add %[[A]], %[[B]] : i32
  %0 = arith.addi %a, %b : i32
  // CHECK: %[[M:.*]] = llvm.mul %[[S]], %[[B]] : i32
  %1 = arith.muli %0, %b : i32
  // CHECK: llvm.sdiv
  %2 = arith.divsi %1, %a : i32
  // CHECK: llvm.urem
  %3 = arith.remui %2, %a : i32
  // CHECK: llvm.ashr
  %4 = arith.shrsi %3, %b : i32
  // CHECK: llvm.xor
  %5 = arith.xori %4, %a : i32
  // CHECK: llvm.call_intrinsic "llvm.smax.i32"
  %6 = arith.maxsi %5, %a : i32
  // CHECK: llvm.call_intrinsic "llvm.umin.i32"
  %7 = arith.minui %6, %b : i32
  // CHECK: func.return
  func.return %7 : i32
}

// -----

// CHECK-LABEL: func.func @float_ops
func.func @float_ops(%a: f32, %b: f32) -> f32 {
  // CHECK: llvm.fadd
  %0 = arith.addf %a, %b : f32
  // CHECK: llvm.fdiv
  %1 = arith.divf %0, %b : f32
  // CHECK: llvm.fneg
  %2 = arith.negf %1 : f32
  // CHECK: llvm.call_intrinsic "llvm.maximum.f32"
  %3 = arith.maximumf %2, %a : f32
  // CHECK: llvm.call_intrinsic "llvm.minnum.f32"
  %4 = arith.minnumf %3, %b : f32
  func.return %4 : f32
}

// -----

// CHECK-LABEL: func.func @compare_select
func.func @compare_select(%a: f32, %b: f32, %i: i64, %j: i64) -> f32 {
  // CHECK: %[[C:.*]] = llvm.fcmp "ogt" %{{.*}}, %{{.*}} : f32
  %c = arith.cmpf ogt, %a, %b : f32
  // CHECK: llvm.icmp "sle" %{{.*}}, %{{.*}} : i64
  %d = arith.cmpi sle, %i, %j : i64
  // CHECK: llvm.and
  %e = arith.andi %c, %d : i1
  // CHECK: llvm.select %{{.*}}, %{{.*}}, %{{.*}} : i1, f32
  %r = arith.select %e, %a, %b : f32
  func.return %r : f32
}

// -----

// CHECK-LABEL: func.func @casts
func.func @casts(%a: f32, %i: i8, %u: i16) -> (f64, i32, f32, i64, f32) {
  // CHECK: llvm.fpext %{{.*}} : f32 to f64
  %0 = arith.extf %a : f32 to f64
  // CHECK: llvm.sext %{{.*}} : i8 to i32
  %1 = arith.extsi %i : i8 to i32
  // CHECK: llvm.zext %{{.*}} : i16 to i64
  // CHECK: llvm.sitofp %{{.*}} : i64 to f32
  %2 = arith.uitofp %u : i16 to f32
  // CHECK: llvm.call_intrinsic "llvm.fptosi.sat.i64.f32"
  %3 = arith.fptosi %a : f32 to i64
  // CHECK: llvm.sitofp %{{.*}} : i8 to f32
  %4 = arith.sitofp %i : i8 to f32
  func.return %0, %1, %2, %3, %4 : f64, i32, f32, i64, f32
}

// -----

// Index values become i64; the boundary to unconverted users is an unrealized cast.
// CHECK-LABEL: func.func @index_constant
func.func @index_constant(%n: index) -> index {
  // CHECK: %[[C:.*]] = llvm.mlir.constant(4) : i64
  %c4 = arith.constant 4 : index
  // CHECK: %[[N:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
  // CHECK: %[[R:.*]] = llvm.add %[[N]], %[[C]] : i64
  %r = arith.addi %n, %c4 : index
  // CHECK: %[[B:.*]] = builtin.unrealized_conversion_cast %[[R]] : i64 to index
  // CHECK: func.return %[[B]] : index
  func.return %r : index
}

// -----

// CHECK-LABEL: func.func @index_cast
func.func @index_cast(%i: i32, %n: index) -> (index, i8) {
  // CHECK: llvm.sext %{{.*}} : i32 to i64
  %0 = arith.index_cast %i : i32 to index
  // CHECK: llvm.trunc %{{.*}} : i64 to i8
  %1 = arith.index_cast %n : index to i8
  func.return %0, %1 : index, i8
}

// -----

// Fast-math flags carry over (they let LLVM vectorise reductions and form FMAs).
// CHECK-LABEL: func.func @fastmath
func.func @fastmath(%a: f32, %b: f32) -> f32 {
  // CHECK: llvm.fadd %{{.*}}, %{{.*}} {fastmathFlags = #llvm.fastmath<reassoc,contract>} : f32
  %0 = arith.addf %a, %b fastmath<reassoc,contract> : f32
  // CHECK: llvm.fmul %{{.*}}, %{{.*}} : f32
  %1 = arith.mulf %0, %b : f32
  func.return %1 : f32
}
