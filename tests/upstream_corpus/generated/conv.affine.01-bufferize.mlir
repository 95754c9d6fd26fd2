module {
  func.func @conv(%arg0: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg1: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<1x8x8x8xf32>
    linalg.fill ins(%cst : f32) outs(%alloc : memref<1x8x8x8xf32>)
    linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%arg0, %arg1 : memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) outs(%alloc : memref<1x8x8x8xf32>)
    return %alloc : memref<1x8x8x8xf32>
  }
  func.func @pool(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32> {
    %cst = arith.constant 0xFF800000 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<2x2xf32>
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<1x4x4x4xf32>
    linalg.fill ins(%cst : f32) outs(%alloc_0 : memref<1x4x4x4xf32>)
    linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%arg0, %alloc : memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<2x2xf32>) outs(%alloc_0 : memref<1x4x4x4xf32>)
    return %alloc_0 : memref<1x4x4x4xf32>
  }
}

