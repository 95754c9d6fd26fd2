func.func @f(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %0 : tensor<2x3xf32>
}
