// RUN: ember-opt %s -p dce --split-input-file | filecheck %s
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

// -----

// Everything live (ember's pre-test skips xDSL's pass): the function is unchanged.
// CHECK-LABEL: func.func @all_live
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[R]], %x
// CHECK-NEXT:    func.return %[[A]], %[[R]]
func.func @all_live(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %a = graph.add %r, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %r : tensor<4xf32>, tensor<4xf32>
}

// -----

// A dead op whose only user is dead too: both go (the pre-test proves neither live).
// CHECK-LABEL: func.func @dead_chain
// CHECK-NEXT:    func.return %x
func.func @dead_chain(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
  func.return %x : tensor<4xf32>
}
