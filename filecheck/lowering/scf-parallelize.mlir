// RUN: ember-opt %s --split-input-file -p 'linalg-tile{sizes=4,6,8 loop-tags=i,j,k},scf-parallelize{tag=i}' | filecheck %s
// RUN: ember-opt %s --split-input-file -p 'linalg-tile{sizes=4,6,8 loop-tags=i,j,k},scf-parallelize{tag=i},convert-scf-parallel-to-openmp' --target '{"name": "znver3", "cores": 2}' | filecheck %s --check-prefix=OMP
// RUN: ember-opt %s --split-input-file -p 'linalg-tile{sizes=4,6,8 loop-tags=i,j,k},scf-parallelize{tag=k}' --verify-diagnostics

// The row-tile loop (a parallel dim) becomes an scf.parallel over the same range; the loops
// inside it stay serial. convert-scf-parallel-to-openmp then outlines it for the OpenMP runtime.
// CHECK-LABEL: func.func @mm
// CHECK: "scf.parallel"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
// CHECK-NEXT: ^{{.*}}(%[[I:.*]]: index):
// CHECK-NEXT: scf.for
// CHECK: memref.subview %a[%[[I]], %{{.*}}] [4, 8] [1, 1]
// CHECK: {ember.tiled_dim = "d1 parallel", ember.tag = "j"}
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }) {ember.tag = "i"}
// OMP: llvm.call @GOMP_parallel
// A reduction loop (K) would race on the output: refused, at the op the loop was made from
// (the loop has no source line of its own, so the error is at the function).
// expected-error @+1 {{scf-parallelize: parallelize of a loop over a reduction dim (d2) would race on the output}}
func.func @mm(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  linalg.matmul ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
