"builtin.module"() ({
  "func.func"() <{function_type = (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<?x8xf32, strided<[?, ?], offset: ?>>, f32) -> (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index), sym_name = "tensors"}> ({
  ^bb0(%arg0: memref<8x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<?x8xf32, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "memref.subview"(%arg0) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 2>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32, strided<[?, ?], offset: ?>>) -> memref<4x4xf32, strided<[?, ?], offset: ?>>
    %3 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x8xf32>
    "memref.copy"(%arg0, %3) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32>) -> ()
    %4 = "memref.subview"(%3) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1]>>
    "memref.copy"(%2, %4) : (memref<4x4xf32, strided<[?, ?], offset: ?>>, memref<4x4xf32, strided<[8, 1]>>) -> ()
    %5 = "memref.collapse_shape"(%3) <{reassociation = [[0, 1]]}> : (memref<8x8xf32>) -> memref<64xf32>
    %6 = "memref.expand_shape"(%5) <{reassociation = [[0, 1]], static_output_shape = array<i64: 4, 16>}> : (memref<64xf32>) -> memref<4x16xf32>
    %7 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<10x10xf32>
    "linalg.map"(%7) ({
    ^bb0(%arg3: f32):
      "linalg.yield"(%arg2) : (f32) -> ()
    }) : (memref<10x10xf32>) -> ()
    %8 = "memref.subview"(%7) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1, 1>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 1, 1>}> : (memref<10x10xf32>) -> memref<8x8xf32, strided<[10, 1], offset: 11>>
    "memref.copy"(%arg0, %8) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32, strided<[10, 1], offset: 11>>) -> ()
    %9 = "memref.load"(%6, %1, %1) : (memref<4x16xf32>, index, index) -> f32
    %10 = "arith.addf"(%arg2, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %11 = "memref.dim"(%arg1, %0) : (memref<?x8xf32, strided<[?, ?], offset: ?>>, index) -> index
    %12 = "memref.cast"(%2) : (memref<4x4xf32, strided<[?, ?], offset: ?>>) -> memref<?x4xf32, strided<[?, ?], offset: ?>>
    "func.return"(%12, %7, %10, %11) : (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index) -> ()
  }) : () -> ()
}) : () -> ()

