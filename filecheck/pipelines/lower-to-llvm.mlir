// RUN: ember-opt %s -p lower-to-llvm | filecheck %s
// RUN: ember-opt %s -p lower-to-llvm --print-ir-after-all 2>&1 >/dev/null | filecheck %s --check-prefix=STAGES
// RUN: ember-opt %s -p lower-to-llvm | filecheck %s --check-prefix=NOHEAP

// The graph stage becomes llvm-only IR: one entry function over bare pointers (inputs, then the
// caller-provided output buffers, then the arena of the intermediates), the weights as globals;
// no heap allocation remains (plan-memory).
// CHECK-NOT: graph.
// CHECK-DAG: llvm.mlir.global private constant @{{.*}} : !llvm.array<{{[0-9]+}} x f32>
// CHECK: llvm.func @main(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr) attributes {ember.num_outputs = 1 : i64, ember.arena_bytes = {{[0-9]+}} : i64
// CHECK-NOT: {{(arith|math|memref|scf|cf|func|linalg|tensor)\.}}
// CHECK-NOT: unrealized_conversion_cast
// CHECK: llvm.return

// STAGES: IR Dump After convert-graph-to-linalg
// STAGES: IR Dump After bufferize
// STAGES: IR Dump After plan-memory
// STAGES: IR Dump After convert-linalg-to-loops
// STAGES: IR Dump After convert-scf-to-cf
// STAGES: IR Dump After convert-to-llvm
// STAGES: IR Dump After reconcile-unrealized-casts
// NOHEAP-NOT: aligned_alloc
// NOHEAP: llvm.func @main
// NOHEAP-NOT: aligned_alloc
func.func @main(%x: tensor<4x8xf32>) -> tensor<4x2xf32> {
  %w1 = graph.constant dense<0.125> : tensor<8x16xf32>
  %b1 = graph.constant dense<0.5> : tensor<16xf32>
  %w2 = graph.constant dense<-0.25> : tensor<16x2xf32>
  %0 = graph.matmul %x, %w1 : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = graph.add %0, %b1 : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  %2 = graph.tanh %1 : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %3 = graph.matmul %2, %w2 : (tensor<4x16xf32>, tensor<16x2xf32>) -> tensor<4x2xf32>
  func.return %3 : tensor<4x2xf32>
}
