"builtin.module"() ({
  "func.func"() <{function_type = (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<?x8xf32, strided<[?, ?], offset: ?>>, f32) -> (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index), sym_name = "tensors"}> ({
  ^bb0(%arg0: memref<8x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<?x8xf32, strided<[?, ?], offset: ?>>, %arg2: f32):
    %0 = "arith.constant"() <{value = 10 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1 : index}> : () -> index
    %3:6 = "memref.extract_strided_metadata"(%arg0) : (memref<8x8xf32, strided<[?, ?], offset: ?>>) -> (memref<f32>, index, index, index, index, index)
    %4 = "arith.constant"() <{value = 2 : index}> : () -> index
    %5 = "arith.muli"(%3#4, %4) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
    %6 = "arith.addi"(%3#1, %5) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %7 = "arith.constant"() <{value = 2 : index}> : () -> index
    %8 = "arith.muli"(%3#5, %7) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
    %9 = "arith.addi"(%6, %8) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    %10 = "memref.reinterpret_cast"(%3#0, %9, %3#4, %3#5) <{operandSegmentSizes = array<i32: 1, 1, 0, 2>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: -9223372036854775808, -9223372036854775808>}> : (memref<f32>, index, index, index) -> memref<4x4xf32, strided<[?, ?], offset: ?>>
    %11 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x8xf32>
    "memref.copy"(%arg0, %11) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32>) -> ()
    %12 = "memref.reinterpret_cast"(%11) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 8, 1>}> : (memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1]>>
    "memref.copy"(%10, %12) : (memref<4x4xf32, strided<[?, ?], offset: ?>>, memref<4x4xf32, strided<[8, 1]>>) -> ()
    %13 = "memref.reinterpret_cast"(%11) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 4, 16>, static_strides = array<i64: 16, 1>}> : (memref<8x8xf32>) -> memref<4x16xf32>
    %14 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<10x10xf32>
    "scf.for"(%1, %0, %2) ({
    ^bb0(%arg3: index):
      "scf.for"(%1, %0, %2) ({
      ^bb0(%arg4: index):
        "memref.store"(%arg2, %14, %arg3, %arg4) : (f32, memref<10x10xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %15 = "memref.reinterpret_cast"(%14) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 11>, static_sizes = array<i64: 8, 8>, static_strides = array<i64: 10, 1>}> : (memref<10x10xf32>) -> memref<8x8xf32, strided<[10, 1], offset: 11>>
    "memref.copy"(%arg0, %15) : (memref<8x8xf32, strided<[?, ?], offset: ?>>, memref<8x8xf32, strided<[10, 1], offset: 11>>) -> ()
    %16 = "memref.load"(%13, %2, %2) : (memref<4x16xf32>, index, index) -> f32
    %17 = "arith.addf"(%arg2, %16) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %18 = "memref.dim"(%arg1, %1) : (memref<?x8xf32, strided<[?, ?], offset: ?>>, index) -> index
    %19 = "memref.cast"(%10) : (memref<4x4xf32, strided<[?, ?], offset: ?>>) -> memref<?x4xf32, strided<[?, ?], offset: ?>>
    "func.return"(%19, %14, %17, %18) : (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index) -> ()
  }) : () -> ()
}) : () -> ()

