func.func @fine(%a: tensor<2xf32>) -> tensor<2xf32> {
  func.return %a : tensor<2xf32>
}

// -----

func.func @broken(%a: tensor<2xf32>) -> tensor<2xf32> {
  %0 = graph.relu %a : (tensor<2xf32>) -> tensor<2xf32>
  func.return %1 : tensor<2xf32>
}
