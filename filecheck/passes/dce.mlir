// RUN: ember-opt %s -p dce | filecheck %s
// xDSL's dce on graph ops (they are Pure): unused ops go, used ones stay.

// CHECK-LABEL: func.func @dead
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    func.return %[[R]]
func.func @dead(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = graph.constant dense<2.0> : tensor<4xf32>
  %m = graph.mul %x, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %n = graph.neg %m : (tensor<4xf32>) -> tensor<4xf32>
  %r = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}
