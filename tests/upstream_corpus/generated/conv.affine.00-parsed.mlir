module {
  func.func @conv(%arg0: tensor<1x3x10x10xf32>, %arg1: tensor<8x3x3x3xf32>) -> tensor<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<1x8x8x8xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%arg0, %arg1 : tensor<1x3x10x10xf32>, tensor<8x3x3x3xf32>) outs(%1 : tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
    return %2 : tensor<1x8x8x8xf32>
  }
  func.func @pool(%arg0: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
    %cst = arith.constant 0xFF800000 : f32
    %0 = tensor.empty() : tensor<2x2xf32>
    %1 = tensor.empty() : tensor<1x4x4x4xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    %3 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %0 : tensor<1x4x8x8xf32>, tensor<2x2xf32>) outs(%2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
    return %3 : tensor<1x4x4x4xf32>
  }
}

