// tensor dialect: extract_slice, insert_slice, reshape, pad, from_elements, extract, dim, cast.
func.func @tensors(%t: tensor<8x8xf32>, %d: tensor<?x8xf32>, %f: f32) -> (tensor<4x4xf32>, tensor<10x10xf32>, f32, index) {
  %s = tensor.extract_slice %t[2, 2] [4, 4] [1, 1] : tensor<8x8xf32> to tensor<4x4xf32>
  %ins = tensor.insert_slice %s into %t[0, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x8xf32>
  %c = tensor.collapse_shape %ins [[0, 1]] : tensor<8x8xf32> into tensor<64xf32>
  %e = tensor.expand_shape %c [[0, 1]] output_shape [4, 16] : tensor<64xf32> into tensor<4x16xf32>
  %p = tensor.pad %t low[1, 1] high[1, 1] {
  ^bb0(%i: index, %j: index):
    tensor.yield %f : f32
  } : tensor<8x8xf32> to tensor<10x10xf32>
  %fe = tensor.from_elements %f, %f : tensor<2xf32>
  %c1 = arith.constant 1 : index
  %x = tensor.extract %fe[%c1] : tensor<2xf32>
  %y = tensor.extract %e[%c1, %c1] : tensor<4x16xf32>
  %z = arith.addf %x, %y : f32
  %c0 = arith.constant 0 : index
  %dd = tensor.dim %d, %c0 : tensor<?x8xf32>
  %cast = tensor.cast %s : tensor<4x4xf32> to tensor<?x4xf32>
  %back = tensor.cast %cast : tensor<?x4xf32> to tensor<4x4xf32>
  return %back, %p, %z, %dd : tensor<4x4xf32>, tensor<10x10xf32>, f32, index
}
