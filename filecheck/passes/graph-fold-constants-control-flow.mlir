// RUN: ember-opt %s -p graph-fold-constants --split-input-file | filecheck %s
// graph.if on a constant condition becomes its taken branch; a graph.loop that runs no
// iteration becomes its initial values (scan outputs empty).

// CHECK-LABEL: func.func @if_true
// CHECK-NOT:     graph.if
// CHECK:         %[[A:.*]] = graph.add %x, %x
// CHECK-NEXT:    func.return %[[A]]
func.func @if_true(%x: tensor<3xf32>) -> tensor<3xf32> {
  %c = graph.constant dense<true> : tensor<i1>
  %0 = graph.if %c : tensor<i1> -> tensor<3xf32> {
    %1 = graph.add %x, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    graph.yield %1 : tensor<3xf32>
  } else {
    %2 = graph.neg %x : (tensor<3xf32>) -> tensor<3xf32>
    graph.yield %2 : tensor<3xf32>
  }
  func.return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @if_false
// CHECK-NOT:     graph.if
// CHECK:         %[[N:.*]] = graph.neg %x
// CHECK-NEXT:    func.return %[[N]]
func.func @if_false(%x: tensor<3xf32>) -> tensor<3xf32> {
  %c = graph.constant dense<false> : tensor<i1>
  %0 = graph.if %c : tensor<i1> -> tensor<3xf32> {
    %1 = graph.add %x, %x : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    graph.yield %1 : tensor<3xf32>
  } else {
    %2 = graph.neg %x : (tensor<3xf32>) -> tensor<3xf32>
    graph.yield %2 : tensor<3xf32>
  }
  func.return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @if_runtime
// CHECK:         graph.if %c
func.func @if_runtime(%x: tensor<3xf32>, %c: tensor<i1>) -> tensor<3xf32> {
  %0 = graph.if %c : tensor<i1> -> tensor<3xf32> {
    graph.yield %x : tensor<3xf32>
  } else {
    %2 = graph.neg %x : (tensor<3xf32>) -> tensor<3xf32>
    graph.yield %2 : tensor<3xf32>
  }
  func.return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @loop_zero_trips
// CHECK-NOT:     graph.loop
// CHECK:         %[[E:.*]] = graph.constant dense<> : tensor<0x2xf32>
// CHECK-NEXT:    func.return %x, %[[E]]
func.func @loop_zero_trips(%x: tensor<2xf32>, %c: tensor<i1>) -> (tensor<2xf32>, tensor<0x2xf32>) {
  %m = graph.constant dense<0> : tensor<i64>
  %0, %1 = graph.loop %m, %c, %x : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> (tensor<2xf32>, tensor<0x2xf32>) {
  ^bb0(%i: tensor<i64>, %ci: tensor<i1>, %v: tensor<2xf32>):
    %2 = graph.add %v, %v : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    graph.yield %ci, %2, %2 : tensor<i1>, tensor<2xf32>, tensor<2xf32>
  }
  func.return %0, %1 : tensor<2xf32>, tensor<0x2xf32>
}
