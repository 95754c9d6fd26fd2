// REQUIRES: mlir-opt-22
// The planned memref and loop stages are accepted by upstream MLIR (parse + verify), and the
// arena view lowers to a byte GEP.
// RUN: ember-opt %S/../../examples/mlp.mlir -p convert-graph-to-linalg,bufferize,plan-memory | mlir-opt-22 | filecheck %s --check-prefix=MEMREF
// RUN: ember-opt %S/../../examples/mlp.mlir -p lower-to-loops | mlir-opt-22 | filecheck %s --check-prefix=LOOPS
// RUN: ember-opt %S/../../examples/mlp.mlir -p lower-to-llvm | filecheck %s --check-prefix=LLVM

// MEMREF-LABEL: func.func @main(%{{.*}}: memref<4x8xf32>, %{{.*}}: memref<4x2xf32>, %{{.*}}: memref<{{[0-9]+}}xi8>)
// MEMREF:         memref.view
// MEMREF-NOT:     memref.alloc
// LOOPS-LABEL:  func.func @main
// LOOPS:          memref.view
// LOOPS-NOT:      memref.alloc
// LLVM-LABEL:   llvm.func @main
// LLVM:           llvm.getelementptr inbounds %{{.*}}[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, i8
// LLVM-NOT:       aligned_alloc
