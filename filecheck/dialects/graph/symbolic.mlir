// Symbolic dims: a `?` size named in the type's #graph.dims encoding, inferred through ops,
// printed and parsed back; shape-like properties hold run-time size expressions.
// RUN: ember-opt %s | filecheck %s
// RUN: ember-opt %s --print-op-generic | ember-opt | filecheck %s

// CHECK-LABEL: func.func @encoder(
// CHECK-SAME: %x: tensor<?x?x32xf32, #graph.dims<"batch", "seq">>
// CHECK-SAME: attributes {graph.dim_ranges = {seq = array<i64: 1, 64>}}
func.func @encoder(%x: tensor<?x?x32xf32, #graph.dims<"batch", "seq">>, %w: tensor<32x32xf32>, %pos: tensor<64x32xf32>) -> tensor<?x4x?x8xf32, #graph.dims<"batch", "seq">> attributes {graph.dim_ranges = {seq = array<i64: 1, 64>}} {
  // CHECK-NEXT: graph.matmul {{.*}} -> tensor<?x?x32xf32, #graph.dims<"batch", "seq">>
  %0 = graph.matmul %x, %w : (tensor<?x?x32xf32, #graph.dims<"batch", "seq">>, tensor<32x32xf32>) -> tensor<?x?x32xf32, #graph.dims<"batch", "seq">>
  // The position table sliced to the sequence length: seq <= 64 holds in the declared range.
  // CHECK-NEXT: graph.slice {{.*}} ends = ["seq"]{{.*}} -> tensor<?x32xf32, #graph.dims<"seq">>
  %1 = graph.slice %pos {starts = array<i64: 0>, ends = ["seq"], axes = array<i64: 0>} : (tensor<64x32xf32>) -> tensor<?x32xf32, #graph.dims<"seq">>
  // CHECK-NEXT: graph.add {{.*}} -> tensor<?x?x32xf32, #graph.dims<"batch", "seq">>
  %2 = graph.add %0, %1 : (tensor<?x?x32xf32, #graph.dims<"batch", "seq">>, tensor<?x32xf32, #graph.dims<"seq">>) -> tensor<?x?x32xf32, #graph.dims<"batch", "seq">>
  // CHECK-NEXT: graph.reshape {{.*}} {shape = ["batch*seq", "32"]} {{.*}} -> tensor<?x32xf32, #graph.dims<"batch*seq">>
  %3 = graph.reshape %2 {shape = ["batch*seq", "32"]} : (tensor<?x?x32xf32, #graph.dims<"batch", "seq">>) -> tensor<?x32xf32, #graph.dims<"batch*seq">>
  // CHECK-NEXT: graph.reshape {{.*}} -> tensor<?x?x4x8xf32, #graph.dims<"batch", "seq">>
  %4 = graph.reshape %3 {shape = ["batch", "seq", "4", "8"]} : (tensor<?x32xf32, #graph.dims<"batch*seq">>) -> tensor<?x?x4x8xf32, #graph.dims<"batch", "seq">>
  // CHECK-NEXT: graph.transpose {{.*}} -> tensor<?x4x?x8xf32, #graph.dims<"batch", "seq">>
  %5 = graph.transpose %4 {perm = array<i64: 0, 2, 1, 3>} : (tensor<?x?x4x8xf32, #graph.dims<"batch", "seq">>) -> tensor<?x4x?x8xf32, #graph.dims<"batch", "seq">>
  func.return %5 : tensor<?x4x?x8xf32, #graph.dims<"batch", "seq">>
}

// Convolution and pooling output sizes are expressions of the input's.
// CHECK-LABEL: func.func @conv(
func.func @conv(%x: tensor<1x3x?x?xf32, #graph.dims<"h", "w">>, %k: tensor<8x3x3x3xf32>) -> tensor<1x8x?x?xf32, #graph.dims<"((h - 1) // 2) + 1", "((w - 1) // 2) + 1">> {
  // CHECK-NEXT: graph.conv {{.*}} -> tensor<1x8x?x?xf32, #graph.dims<"((h - 1) // 2) + 1", "((w - 1) // 2) + 1">>
  %0 = graph.conv %x, %k {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x?x?xf32, #graph.dims<"h", "w">>, tensor<8x3x3x3xf32>) -> tensor<1x8x?x?xf32, #graph.dims<"((h - 1) // 2) + 1", "((w - 1) // 2) + 1">>
  func.return %0 : tensor<1x8x?x?xf32, #graph.dims<"((h - 1) // 2) + 1", "((w - 1) // 2) + 1">>
}
