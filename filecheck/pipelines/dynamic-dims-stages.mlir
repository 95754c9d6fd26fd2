// A model with run-time sizes at every stage: the graph stage names them (#graph.dims), the
// tensor stage computes them once (tensor.dim at the entry) and sizes its destinations with
// them, the memref stage takes them as index arguments (ember.num_dim_args), the loop stage
// bounds its loops by them (the vector loops and the matmul micro-kernel's row loops too),
// memref-flatten-dynamic makes the addressing of buffers with an inner run-time size explicit
// (a leading one changes no stride), and the
// llvm stage takes them as i64 arguments.
// RUN: ember-opt %s | filecheck %s --check-prefix=GRAPH
// RUN: ember-opt %s -p convert-graph-to-linalg | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize | filecheck %s --check-prefix=MEMREF
// RUN: ember-opt %s -p convert-graph-to-linalg,bufferize,convert-linalg-to-loops | filecheck %s --check-prefix=LOOPS
// RUN: ember-opt %s -p lower-to-loops | filecheck %s --check-prefix=FLAT
// RUN: ember-opt %s -p lower-to-llvm | filecheck %s --check-prefix=LLVM

// GRAPH: func.func @main(%x: tensor<?x?x16xf32, #graph.dims<"batch", "seq">>, %w: tensor<16x16xf32>) -> tensor<?x16xf32, #graph.dims<"batch*seq">>
// GRAPH:   graph.matmul {{.*}} -> tensor<?x?x16xf32, #graph.dims<"batch", "seq">>
// GRAPH:   graph.reshape {{.*}} {shape = ["batch*seq", "16"]}

// TENSOR: func.func @main(%x: tensor<?x?x16xf32>, %w: tensor<16x16xf32>) -> tensor<?x16xf32>
// TENSOR-DAG: %[[B:.*]] = tensor.dim %x, %{{.*}} : tensor<?x?x16xf32>
// TENSOR-DAG: %[[S:.*]] = tensor.dim %x, %{{.*}} : tensor<?x?x16xf32>
// TENSOR:     tensor.empty(%[[B]], %[[S]]) : tensor<?x?x16xf32>
// TENSOR:     linalg.generic
// TENSOR:     tensor.collapse_shape {{.*}} into tensor<?xf32>
// TENSOR:     tensor.expand_shape {{.*}} : tensor<?xf32> into tensor<?x16xf32>

// MEMREF: func.func @main(%x: memref<?x?x16xf32>, %w: memref<16x16xf32>, %out0: memref<?x16xf32>, %x_d0: index, %x_d1: index, %out0_d0: index) attributes {ember.num_outputs = 1 : i64, ember.num_dim_args = 3 : i64}
// MEMREF:   memref.alloc(%x_d0, %x_d1) {alignment = 64 : i64} : memref<?x?x16xf32>

// LOOPS:     scf.for %{{.*}} = %{{.*}} to %{{.*}} step
// LOOPS:     memref.load %x[%{{.*}}, %{{.*}}, %{{.*}}] : memref<?x?x16xf32>

// FLAT: func.func @main(%x: memref<?xf32>, %w: memref<16x16xf32>, %out0: memref<?x16xf32>, %x_d0: index, %x_d1: index, %out0_d0: index{{.*}})
// FLAT-NOT: memref<?x?
// FLAT:     vector.store %{{.*}}, %{{.*}}[%{{.*}}] : memref<?xf32>, vector<{{[0-9]+}}xf32>
// FLAT:     memref.load %{{.*}}[%{{.*}}] : memref<?xf32>
// FLAT:     vector.fma

// LLVM: llvm.func @main(%x: !llvm.ptr, %w: !llvm.ptr, %out0: !llvm.ptr, %x_d0: i64, %x_d1: i64, %out0_d0: i64{{.*}})
// LLVM:   llvm.call @aligned_alloc
func.func @main(%x: tensor<?x?x16xf32, #graph.dims<"batch", "seq">>, %w: tensor<16x16xf32>) -> tensor<?x16xf32, #graph.dims<"batch*seq">> {
  %0 = graph.matmul %x, %w : (tensor<?x?x16xf32, #graph.dims<"batch", "seq">>, tensor<16x16xf32>) -> tensor<?x?x16xf32, #graph.dims<"batch", "seq">>
  %1 = graph.relu %0 : (tensor<?x?x16xf32, #graph.dims<"batch", "seq">>) -> tensor<?x?x16xf32, #graph.dims<"batch", "seq">>
  %2 = graph.reshape %1 {shape = ["batch*seq", "16"]} : (tensor<?x?x16xf32, #graph.dims<"batch", "seq">>) -> tensor<?x16xf32, #graph.dims<"batch*seq">>
  func.return %2 : tensor<?x16xf32, #graph.dims<"batch*seq">>
}
