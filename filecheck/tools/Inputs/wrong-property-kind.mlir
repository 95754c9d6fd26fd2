func.func @f(%a: tensor<2x3xf32>) {
  %0 = graph.transpose %a {perm = [1, 0]} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return
}
