module {
  func.func @named(%arg0: tensor<4x8xf32>, %arg1: tensor<8x16xf32>, %arg2: tensor<4x16xf32>) -> tensor<4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<4x16xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %2 = linalg.matmul ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<8x16xf32>) outs(%1 : tensor<4x16xf32>) -> tensor<4x16xf32>
    %3 = linalg.add ins(%2, %arg2 : tensor<4x16xf32>, tensor<4x16xf32>) outs(%0 : tensor<4x16xf32>) -> tensor<4x16xf32>
    return %3 : tensor<4x16xf32>
  }
  func.func @batched(%arg0: tensor<2x4x8xf32>, %arg1: tensor<2x8x16xf32>) -> tensor<2x4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x4x16xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %2 = linalg.batch_matmul ins(%arg0, %arg1 : tensor<2x4x8xf32>, tensor<2x8x16xf32>) outs(%1 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    return %2 : tensor<2x4x16xf32>
  }
  func.func @shuffle(%arg0: tensor<4x8xf32>, %arg1: tensor<8xf32>) -> (tensor<8x4xf32>, tensor<4x8xf32>) {
    %0 = tensor.empty() : tensor<8x4xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<4x8xf32>) outs(%0 : tensor<8x4xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<4x8xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<8xf32>) outs(%1 : tensor<4x8xf32>) dimensions = [0] 
    return %transposed, %broadcasted : tensor<8x4xf32>, tensor<4x8xf32>
  }
}

