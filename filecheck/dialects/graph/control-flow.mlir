// RUN: ember-opt %s | filecheck %s
// RUN: ember-opt %s | ember-opt | filecheck %s
// graph.if / graph.loop print, parse back, and read outer values (implicit capture).

// CHECK-LABEL: func.func @if_loop
// CHECK:         %[[R:.*]] = graph.if %c : tensor<i1> -> tensor<2xf32> {
// CHECK-NEXT:      %{{.*}} = graph.loop %m, %c, %x : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<4x2xf32>) {
// CHECK-NEXT:      ^{{.*}}(%{{.*}}: tensor<i64>, %{{.*}}: tensor<i1>, %[[V:.*]]: tensor<2xf32>):
// CHECK-NEXT:        %[[S:.*]] = graph.mul %[[V]], %w
// CHECK-NEXT:        graph.yield %{{.*}}, %[[S]], %[[S]] : tensor<i1>, tensor<2xf32>, tensor<2xf32>
// CHECK-NEXT:      }
// CHECK:         } else {
// CHECK-NEXT:      graph.yield %w : tensor<2xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    func.return %[[R]]
func.func @if_loop(%x: tensor<2xf32>, %c: tensor<i1>, %m: tensor<i64>, %w: tensor<2xf32>) -> tensor<2xf32> {
  %0 = graph.if %c : tensor<i1> -> tensor<2xf32> {
    %1, %2 = graph.loop %m, %c, %x : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<4x2xf32>) {
    ^bb0(%i: tensor<i64>, %ci: tensor<i1>, %v: tensor<2xf32>):
      %3 = graph.mul %v, %w : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      graph.yield %ci, %3, %3 : tensor<i1>, tensor<2xf32>, tensor<2xf32>
    }
    graph.yield %1 : tensor<2xf32>
  } else {
    graph.yield %w : tensor<2xf32>
  }
  func.return %0 : tensor<2xf32>
}
