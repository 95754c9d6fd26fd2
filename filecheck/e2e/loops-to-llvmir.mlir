// REQUIRES: llvmlite
// RUN: ember-opt %s -p loops-to-llvm | ember-translate --mlir-to-llvmir | filecheck %s
// RUN: ember-opt %s -p loops-to-llvm | ember-translate --mlir-to-llvmir -O3 | filecheck %s --check-prefix=OPT

// The loop stage becomes one LLVM function taking bare pointers; the global keeps its bytes.
// CHECK: @"w" = internal constant [16 x i8] c"\00\00\80?\00\00\00@\00\00@@\00\00\80@", align 64
// CHECK: declare float @"erff"(float
// CHECK: define void @"main"(ptr %".1", ptr %".2")
// CHECK: getelementptr inbounds float, ptr
// CHECK: call float @"llvm.tanh.f32"
// CHECK: call ccc float @"erff"
// CHECK: ret void

// OPT: define void @main(ptr
// OPT-NOT: alloca
"memref.global"() <{sym_name = "w", sym_visibility = "private", type = memref<4xf32>, initial_value = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>, constant}> : () -> ()
func.func @main(%x: memref<4xf32>, %out: memref<4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %w = memref.get_global @w : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %a = memref.load %x[%i] : memref<4xf32>
    %b = memref.load %w[%i] : memref<4xf32>
    %s = arith.mulf %a, %b : f32
    %t = math.tanh %s : f32
    %e = math.erf %t : f32
    memref.store %e, %out[%i] : memref<4xf32>
  }
  func.return
}
