// RUN: ember-opt %s --split-input-file --target '{"name": "znver3", "cores": 4}' -p convert-scf-parallel-to-openmp | filecheck %s
// RUN: ember-opt %s --split-input-file --target '{"name": "znver3", "cores": 4}' -p 'convert-scf-parallel-to-openmp{num-threads=1}' | filecheck %s --check-prefix=SERIAL
// RUN: ember-opt %s --split-input-file --target '{"name": "znver3", "cores": 1}' -p convert-scf-parallel-to-openmp | filecheck %s --check-prefix=SERIAL

// The body becomes @main_omp0(%data): it loads the memrefs and the scale from the block at %data
// (each value at a multiple of its own size: %a in word 0, %s in the 4-byte slot 2, %out in word 2),
// asks the runtime for its thread number and team size, and runs its static chunk of the 64
// iterations. The caller stores the values into a block allocated in its entry block and forks
// the team; the kernel asked for 2 threads (ember.num_threads), fewer than the target's 4 cores.
// CHECK-LABEL: llvm.func @GOMP_parallel(!llvm.ptr, !llvm.ptr, i32, i32)
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[A:.*]]: memref<64xf32>, %[[OUT:.*]]: memref<64xf32>, %[[S:.*]]: f32)
// CHECK: %[[WORDS:.*]] = llvm.mlir.constant(3) : i64
// CHECK-NEXT: %[[DATA:.*]] = llvm.alloca %[[WORDS]] x !llvm.ptr {alignment = 8 : i64} : (i64) -> !llvm.ptr
// CHECK: %[[PA:.*]] = builtin.unrealized_conversion_cast %[[A]] : memref<64xf32> to !llvm.ptr
// CHECK: %[[FA:.*]] = llvm.getelementptr %[[DATA]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK: llvm.store %[[PA]], %[[FA]] : !llvm.ptr, !llvm.ptr
// CHECK: %[[FS:.*]] = llvm.getelementptr %[[DATA]][2] : (!llvm.ptr) -> !llvm.ptr, f32
// CHECK: llvm.store %[[S]], %[[FS]] : f32, !llvm.ptr
// CHECK: %[[FN:.*]] = llvm.mlir.addressof @main_omp0 : !llvm.ptr
// CHECK: %[[TEAM:.*]] = llvm.mlir.constant(2 : i32) : i32
// CHECK: llvm.call @GOMP_parallel(%[[FN]], %[[DATA]], %[[TEAM]], %{{.*}}) : (!llvm.ptr, !llvm.ptr, i32, i32) -> ()
// CHECK-NOT: scf.parallel
// CHECK: llvm.func internal @main_omp0(%[[ARG:.*]]: !llvm.ptr)
// CHECK: %[[LA:.*]] = llvm.load %{{.*}} : !llvm.ptr -> !llvm.ptr
// CHECK: builtin.unrealized_conversion_cast %[[LA]] : !llvm.ptr to memref<64xf32>
// CHECK: llvm.load %{{.*}} : !llvm.ptr -> f32
// CHECK: %[[T:.*]] = llvm.call @omp_get_thread_num() : () -> i32
// CHECK: %[[N:.*]] = llvm.call @omp_get_num_threads() : () -> i32
// CHECK: scf.for %{{.*}} = %[[LO:.*]] to %[[HI:.*]] step
// CHECK: arith.mulf
// CHECK: llvm.return

// One thread (num-threads=1, or a target with one core): plain loops, no runtime function.
// SERIAL-NOT: GOMP
// SERIAL-NOT: omp_get
// SERIAL-LABEL: func.func @main
// SERIAL: scf.for %{{.*}} = %c0 to %c64 step %c1 {
// SERIAL-NOT: scf.parallel
func.func @main(%a: memref<64xf32>, %out: memref<64xf32>, %s: f32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  "scf.parallel"(%c0, %c64, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%i: index):
    %v = memref.load %a[%i] : memref<64xf32>
    %w = arith.mulf %v, %s : f32
    memref.store %w, %out[%i] : memref<64xf32>
    scf.reduce
  }) {ember.num_threads = 2 : i64} : (index, index, index) -> ()
  func.return
}

// -----

// Inside a serial loop: the block of captured values is allocated once, in the entry block; the
// outer induction variable travels as an i64. Without ember.num_threads the team is the target's
// cores, at most the 3 iterations. The nested scf.parallel runs serially inside each thread.
// CHECK-LABEL: func.func @nested
// CHECK-NEXT: llvm.mlir.constant(2) : i64
// CHECK-NEXT: %[[DATA:.*]] = llvm.alloca
// CHECK: scf.for %[[R:.*]] = 
// CHECK: %[[R64:.*]] = builtin.unrealized_conversion_cast %[[R]] : index to i64
// CHECK: llvm.store %[[R64]]
// CHECK: llvm.mlir.constant(3 : i32)
// CHECK: llvm.call @GOMP_parallel
// CHECK: llvm.func internal @nested_omp0
// CHECK: builtin.unrealized_conversion_cast %{{.*}} : i64 to index
// CHECK: scf.for
// CHECK: scf.for
// CHECK-NOT: scf.parallel
// SERIAL-LABEL: func.func @nested
// SERIAL: scf.for
// SERIAL: scf.for
// SERIAL: scf.for
func.func @nested(%a: memref<4x3x8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  scf.for %r = %c0 to %c4 step %c1 {
    "scf.parallel"(%c0, %c3, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%i: index):
      "scf.parallel"(%c0, %c8, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb1(%j: index):
        %v = memref.load %a[%r, %i, %j] : memref<4x3x8xf32>
        %w = arith.addf %v, %v : f32
        memref.store %w, %a[%r, %i, %j] : memref<4x3x8xf32>
        scf.reduce
      }) : (index, index, index) -> ()
      scf.reduce
    }) : (index, index, index) -> ()
  }
  func.return
}
