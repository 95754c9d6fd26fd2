module {
  func.func @tensors(%arg0: tensor<8x8xf32>, %arg1: tensor<?x8xf32>, %arg2: f32) -> (tensor<4x4xf32>, tensor<10x10xf32>, f32, index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %extracted_slice = tensor.extract_slice %arg0[2, 2] [4, 4] [1, 1] : tensor<8x8xf32> to tensor<4x4xf32>
    %inserted_slice = tensor.insert_slice %extracted_slice into %arg0[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x8xf32>
    %collapsed = tensor.collapse_shape %inserted_slice [[0, 1]] : tensor<8x8xf32> into tensor<64xf32>
    %expanded = tensor.expand_shape %collapsed [[0, 1]] output_shape [4, 16] : tensor<64xf32> into tensor<4x16xf32>
    %padded = tensor.pad %arg0 low[1, 1] high[1, 1] {
    ^bb0(%arg3: index, %arg4: index):
      tensor.yield %arg2 : f32
    } : tensor<8x8xf32> to tensor<10x10xf32>
    %extracted = tensor.extract %expanded[%c1, %c1] : tensor<4x16xf32>
    %0 = arith.addf %arg2, %extracted : f32
    %dim = tensor.dim %arg1, %c0 : tensor<?x8xf32>
    %cast = tensor.cast %extracted_slice : tensor<4x4xf32> to tensor<?x4xf32>
    %cast_0 = tensor.cast %cast : tensor<?x4xf32> to tensor<4x4xf32>
    return %cast_0, %padded, %0, %dim : tensor<4x4xf32>, tensor<10x10xf32>, f32, index
  }
}

