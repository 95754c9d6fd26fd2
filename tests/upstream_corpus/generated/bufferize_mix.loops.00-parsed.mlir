module {
  func.func @accumulate(%arg0: tensor<16xf32>, %arg1: index) -> tensor<16xf32> {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c16 = arith.constant 16 : index
    %0 = scf.for %arg2 = %c0 to %c16 step %c1 iter_args(%arg3 = %arg0) -> (tensor<16xf32>) {
      %extracted = tensor.extract %arg3[%arg2] : tensor<16xf32>
      %1 = arith.addf %extracted, %extracted : f32
      %inserted = tensor.insert %1 into %arg3[%arg2] : tensor<16xf32>
      scf.yield %inserted : tensor<16xf32>
    }
    return %0 : tensor<16xf32>
  }
  func.func @gen(%arg0: index) -> tensor<?xf32> {
    %generated = tensor.generate %arg0 {
    ^bb0(%arg1: index):
      %0 = arith.index_cast %arg1 : index to i32
      %1 = arith.sitofp %0 : i32 to f32
      tensor.yield %1 : f32
    } : tensor<?xf32>
    return %generated : tensor<?xf32>
  }
}

