// REQUIRES: mlir-opt-22
// float8 / float4 / int4 / int2 storage types: printed and parsed back at the graph stage
// (graph.cast with saturate and round_mode), then lowered: from the tensor stage on every one
// is i8 storage, its conversions are integer code on the byte (no f8 / f4 / i4 type is left),
// data movement (transpose) moves bytes, and upstream MLIR accepts the tensor stage.
// RUN: ember-opt %s | filecheck %s --check-prefix=GRAPH
// RUN: ember-opt %s | ember-opt | filecheck %s --check-prefix=GRAPH
// RUN: ember-opt %s -p convert-graph-to-linalg | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p convert-graph-to-linalg | mlir-opt-22 | filecheck %s --check-prefix=UPSTREAM
// RUN: ember-opt %s -p lower-to-loops | mlir-opt-22 | filecheck %s --check-prefix=LOOPS

// GRAPH-LABEL: func.func @main(%x: tensor<2x4xf32>, %e: tensor<2x4xf8E5M2FNUZ>, %n: tensor<2x4xi4>, %u: tensor<2x4xui2>, %h: tensor<2x4xf4E2M1FN>)
// GRAPH:         graph.cast %x {to = f8E4M3FN, saturate = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf8E4M3FN>
// GRAPH:         graph.cast %x {to = f8E8M0FNU, round_mode = "nearest"} : (tensor<2x4xf32>) -> tensor<2x4xf8E8M0FNU>
// GRAPH:         graph.cast %e {to = f16} : (tensor<2x4xf8E5M2FNUZ>) -> tensor<2x4xf16>
// GRAPH:         graph.cast %n {to = i8} : (tensor<2x4xi4>) -> tensor<2x4xi8>
// GRAPH:         graph.transpose %u {perm = array<i64: 1, 0>} : (tensor<2x4xui2>) -> tensor<4x2xui2>
// GRAPH:         graph.cast %h {to = f32} : (tensor<2x4xf4E2M1FN>) -> tensor<2x4xf32>

// TENSOR-LABEL: func.func @main(%{{.*}}: tensor<2x4xf32>, %{{.*}}: tensor<2x4xi8>, %{{.*}}: tensor<2x4xi8>, %{{.*}}: tensor<2x4xi8>, %{{.*}}: tensor<2x4xi8>) -> (tensor<2x4xi8>, tensor<2x4xi8>, tensor<2x4xf16>, tensor<2x4xi8>, tensor<4x2xi8>, tensor<2x4xf32>)
// TENSOR:         arith.bitcast {{.*}} : f32 to i32
// TENSOR:         arith.addf
// TENSOR:         arith.trunci {{.*}} : i32 to i8
// TENSOR:         arith.extui {{.*}} : i8 to i32
// TENSOR:         arith.uitofp
// TENSOR:         arith.truncf {{.*}} : f32 to f16
// TENSOR:         arith.shrsi
// TENSOR-NOT:     f8E
// TENSOR-NOT:     f4E
// TENSOR-NOT:     xi4>
// TENSOR-NOT:     unrealized_conversion_cast

// UPSTREAM-LABEL: func.func @main
// LOOPS-LABEL:    func.func @main
// LOOPS:            scf.for
func.func @main(%x: tensor<2x4xf32>, %e: tensor<2x4xf8E5M2FNUZ>, %n: tensor<2x4xi4>, %u: tensor<2x4xui2>, %h: tensor<2x4xf4E2M1FN>) -> (tensor<2x4xf8E4M3FN>, tensor<2x4xf8E8M0FNU>, tensor<2x4xf16>, tensor<2x4xi8>, tensor<4x2xui2>, tensor<2x4xf32>) {
  %a = graph.cast %x {to = f8E4M3FN, saturate = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf8E4M3FN>
  %b = graph.cast %x {to = f8E8M0FNU, round_mode = "nearest"} : (tensor<2x4xf32>) -> tensor<2x4xf8E8M0FNU>
  %c = graph.cast %e {to = f16} : (tensor<2x4xf8E5M2FNUZ>) -> tensor<2x4xf16>
  %d = graph.cast %n {to = i8} : (tensor<2x4xi4>) -> tensor<2x4xi8>
  %t = graph.transpose %u {perm = array<i64: 1, 0>} : (tensor<2x4xui2>) -> tensor<4x2xui2>
  %f = graph.cast %h {to = f32} : (tensor<2x4xf4E2M1FN>) -> tensor<2x4xf32>
  func.return %a, %b, %c, %d, %t, %f : tensor<2x4xf8E4M3FN>, tensor<2x4xf8E8M0FNU>, tensor<2x4xf16>, tensor<2x4xi8>, tensor<4x2xui2>, tensor<2x4xf32>
}
