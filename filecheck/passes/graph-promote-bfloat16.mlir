// RUN: ember-opt %s -p graph-promote-bfloat16 | filecheck %s

// A bf16 add is computed in f32 and rounded back once; the comparison's operands are widened
// (its i1 result stays); the reshape only moves elements and stays bf16; a cast from bf16 to
// i32 goes through f32, and one from f64 to bf16 too.
// CHECK-LABEL: func.func @main
// CHECK:         %[[A:.*]] = graph.cast %a {to = f32} : (tensor<4xbf16>) -> tensor<4xf32>
// CHECK:         %[[B:.*]] = graph.cast %b {to = f32} : (tensor<4xbf16>) -> tensor<4xf32>
// CHECK:         %[[S:.*]] = graph.add %[[A]], %[[B]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
// CHECK:         %[[SB:.*]] = graph.cast %[[S]] {to = bf16} : (tensor<4xf32>) -> tensor<4xbf16>
// CHECK:         graph.less {{.*}} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
// CHECK:         graph.reshape %[[SB]] {{.*}} : (tensor<4xbf16>) -> tensor<2x2xbf16>
// CHECK:         %[[W:.*]] = graph.cast %a {to = f32} : (tensor<4xbf16>) -> tensor<4xf32>
// CHECK:         graph.cast %[[W]] {to = i32} : (tensor<4xf32>) -> tensor<4xi32>
// CHECK:         %[[N:.*]] = graph.cast %d {to = f32} : (tensor<4xf64>) -> tensor<4xf32>
// CHECK:         graph.cast %[[N]] {to = bf16} : (tensor<4xf32>) -> tensor<4xbf16>
func.func @main(%a: tensor<4xbf16>, %b: tensor<4xbf16>, %d: tensor<4xf64>) -> (tensor<2x2xbf16>, tensor<4xi1>, tensor<4xi32>, tensor<4xbf16>) {
  %s = graph.add %a, %b : (tensor<4xbf16>, tensor<4xbf16>) -> tensor<4xbf16>
  %l = graph.less %s, %b : (tensor<4xbf16>, tensor<4xbf16>) -> tensor<4xi1>
  %r = graph.reshape %s {shape = ["2", "2"]} : (tensor<4xbf16>) -> tensor<2x2xbf16>
  %i = graph.cast %a {to = i32} : (tensor<4xbf16>) -> tensor<4xi32>
  %n = graph.cast %d {to = bf16} : (tensor<4xf64>) -> tensor<4xbf16>
  func.return %r, %l, %i, %n : tensor<2x2xbf16>, tensor<4xi1>, tensor<4xi32>, tensor<4xbf16>
}
