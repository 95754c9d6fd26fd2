module {
  func.func @tensors(%arg0: tensor<8x8xf32>, %arg1: tensor<?x8xf32>, %arg2: f32) -> (tensor<4x4xf32>, tensor<10x10xf32>, f32, index) {
    %extracted_slice = tensor.extract_slice %arg0[2, 2] [4, 4] [1, 1] : tensor<8x8xf32> to tensor<4x4xf32>
    %inserted_slice = tensor.insert_slice %extracted_slice into %arg0[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x8xf32>
    %collapsed = tensor.collapse_shape %inserted_slice [[0, 1]] : tensor<8x8xf32> into tensor<64xf32>
    %expanded = tensor.expand_shape %collapsed [[0, 1]] output_shape [4, 16] : tensor<64xf32> into tensor<4x16xf32>
    %padded = tensor.pad %arg0 low[1, 1] high[1, 1] {
    ^bb0(%arg3: index, %arg4: index):
      tensor.yield %arg2 : f32
    } : tensor<8x8xf32> to tensor<10x10xf32>
    %from_elements = tensor.from_elements %arg2, %arg2 : tensor<2xf32>
    %c1 = arith.constant 1 : index
    %extracted = tensor.extract %from_elements[%c1] : tensor<2xf32>
    %extracted_0 = tensor.extract %expanded[%c1, %c1] : tensor<4x16xf32>
    %0 = arith.addf %extracted, %extracted_0 : f32
    %c0 = arith.constant 0 : index
    %dim = tensor.dim %arg1, %c0 : tensor<?x8xf32>
    %cast = tensor.cast %extracted_slice : tensor<4x4xf32> to tensor<?x4xf32>
    %cast_1 = tensor.cast %cast : tensor<?x4xf32> to tensor<4x4xf32>
    return %cast_1, %padded, %0, %dim : tensor<4x4xf32>, tensor<10x10xf32>, f32, index
  }
}

