// RUN: ember-opt %s --split-input-file --verify-diagnostics

func.func @branch_types(%x: tensor<2xf32>, %c: tensor<i1>) -> tensor<2xf32> {
  // expected-error @+1 {{'graph.if' op else region yields (tensor<3xf32>), the op's results are (tensor<2xf32>)}}
  %0 = graph.if %c : tensor<i1> -> tensor<2xf32> {
    graph.yield %x : tensor<2xf32>
  } else {
    %1 = graph.constant dense<1.0> : tensor<3xf32>
    graph.yield %1 : tensor<3xf32>
  }
  func.return %0 : tensor<2xf32>
}

// -----

func.func @condition_type(%x: tensor<2xf32>, %c: tensor<2xi1>) -> tensor<2xf32> {
  // expected-error @+1 {{'graph.if' op condition must be a one-element tensor of i1, got tensor<2xi1>}}
  %0 = graph.if %c : tensor<2xi1> -> tensor<2xf32> {
    graph.yield %x : tensor<2xf32>
  } else {
    graph.yield %x : tensor<2xf32>
  }
  func.return %0 : tensor<2xf32>
}

// -----

func.func @carried_type(%x: tensor<2xf32>, %c: tensor<i1>, %m: tensor<i64>) -> tensor<2xf32> {
  // expected-error @+1 {{'graph.loop' op body must yield (condition, carried values of the initial types, scan slices), one scan slice per scan output}}
  %0 = graph.loop %m, %c, %x : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%i: tensor<i64>, %ci: tensor<i1>, %v: tensor<2xf32>):
    %1 = graph.constant dense<1.0> : tensor<3xf32>
    graph.yield %ci, %1 : tensor<i1>, tensor<3xf32>
  }
  func.return %0 : tensor<2xf32>
}
