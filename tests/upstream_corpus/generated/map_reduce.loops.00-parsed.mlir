module {
  func.func @map_reduce(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<4x8xf32>
    %mapped = linalg.map ins(%arg0, %arg1 : tensor<4x8xf32>, tensor<4x8xf32>) outs(%0 : tensor<4x8xf32>)
      (%in: f32, %in_0: f32, %init: f32) {
        %3 = arith.mulf %in, %in_0 : f32
        %4 = math.tanh %3 : f32
        linalg.yield %4 : f32
      }
    %1 = tensor.empty() : tensor<4xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<4xf32>) -> tensor<4xf32>
    %reduced = linalg.reduce ins(%mapped : tensor<4x8xf32>) outs(%2 : tensor<4xf32>) dimensions = [1] 
      (%in: f32, %init: f32) {
        %3 = arith.addf %in, %init : f32
        linalg.yield %3 : f32
      }
    return %reduced : tensor<4xf32>
  }
}

