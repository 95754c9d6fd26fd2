"builtin.module"() ({
  "func.func"() <{function_type = (tensor<8x8xf32>, tensor<?x8xf32>, f32) -> (tensor<4x4xf32>, tensor<10x10xf32>, f32, index), sym_name = "tensors"}> ({
  ^bb0(%arg0: tensor<8x8xf32>, %arg1: tensor<?x8xf32>, %arg2: f32):
    %0 = "tensor.extract_slice"(%arg0) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 2>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (tensor<8x8xf32>) -> tensor<4x4xf32>
    %1 = "tensor.insert_slice"(%0, %arg0) <{operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (tensor<4x4xf32>, tensor<8x8xf32>) -> tensor<8x8xf32>
    %2 = "tensor.collapse_shape"(%1) <{reassociation = [[0, 1]]}> : (tensor<8x8xf32>) -> tensor<64xf32>
    %3 = "tensor.expand_shape"(%2) <{reassociation = [[0, 1]], static_output_shape = array<i64: 4, 16>}> : (tensor<64xf32>) -> tensor<4x16xf32>
    %4 = "tensor.pad"(%arg0) <{operandSegmentSizes = array<i32: 1, 0, 0>, static_high = array<i64: 1, 1>, static_low = array<i64: 1, 1>}> ({
    ^bb0(%arg3: index, %arg4: index):
      "tensor.yield"(%arg2) : (f32) -> ()
    }) : (tensor<8x8xf32>) -> tensor<10x10xf32>
    %5 = "tensor.from_elements"(%arg2, %arg2) : (f32, f32) -> tensor<2xf32>
    %6 = "arith.constant"() <{value = 1 : index}> : () -> index
    %7 = "tensor.extract"(%5, %6) : (tensor<2xf32>, index) -> f32
    %8 = "tensor.extract"(%3, %6, %6) : (tensor<4x16xf32>, index, index) -> f32
    %9 = "arith.addf"(%7, %8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %10 = "arith.constant"() <{value = 0 : index}> : () -> index
    %11 = "tensor.dim"(%arg1, %10) : (tensor<?x8xf32>, index) -> index
    %12 = "tensor.cast"(%0) : (tensor<4x4xf32>) -> tensor<?x4xf32>
    %13 = "tensor.cast"(%12) : (tensor<?x4xf32>) -> tensor<4x4xf32>
    "func.return"(%13, %4, %9, %11) : (tensor<4x4xf32>, tensor<10x10xf32>, f32, index) -> ()
  }) : () -> ()
}) : () -> ()

