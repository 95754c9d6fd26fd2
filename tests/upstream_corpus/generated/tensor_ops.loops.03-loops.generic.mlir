"builtin.module"() ({
  "func.func"() <{function_type = (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<?x8xf32, strided<[?, ?], offset: ?>>, f32) -> (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index), sym_name = "tensors"}> ({
  ^bb0(%arg0: memref<8x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<?x8xf32, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() <{value = 10 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1 : index}> : () -> index
    %3 = "memref.subview"(%arg0) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 2>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32, strided<[?, ?], offset: ?>>) -> memref<4x4xf32, strided<[?, ?], offset: ?>>
    %4 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x8xf32>
    "memref.copy"(%arg0, %4) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32>) -> ()
    %5 = "memref.subview"(%4) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1]>>
    "memref.copy"(%3, %5) : (memref<4x4xf32, strided<[?, ?], offset: ?>>, memref<4x4xf32, strided<[8, 1]>>) -> ()
    %6 = "memref.collapse_shape"(%4) <{reassociation = [[0, 1]]}> : (memref<8x8xf32>) -> memref<64xf32>
    %7 = "memref.expand_shape"(%6) <{reassociation = [[0, 1]], static_output_shape = array<i64: 4, 16>}> : (memref<64xf32>) -> memref<4x16xf32>
    %8 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<10x10xf32>
    "scf.for"(%1, %0, %2) ({
    ^bb0(%arg3: index):
      "scf.for"(%1, %0, %2) ({
      ^bb0(%arg4: index):
        "memref.store"(%arg2, %8, %arg3, %arg4) : (f32, memref<10x10xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %9 = "memref.subview"(%8) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1, 1>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 1, 1>}> : (memref<10x10xf32>) -> memref<8x8xf32, strided<[10, 1], offset: 11>>
    "memref.copy"(%arg0, %9) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32, strided<[10, 1], offset: 11>>) -> ()
    %10 = "memref.load"(%7, %2, %2) : (memref<4x16xf32>, index, index) -> f32
    %11 = "arith.addf"(%arg2, %10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %12 = "memref.dim"(%arg1, %1) : (memref<?x8xf32, strided<[?, ?], offset: ?>>, index) -> index
    %13 = "memref.cast"(%3) : (memref<4x4xf32, strided<[?, ?], offset: ?>>) -> memref<?x4xf32, strided<[?, ?], offset: ?>>
    "func.return"(%13, %8, %11, %12) : (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index) -> ()
  }) : () -> ()
}) : () -> ()

