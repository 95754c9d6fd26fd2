"builtin.module"() ({
  "memref.global"() <{alignment = 64 : i64, constant, initial_value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>, sym_name = "table", sym_visibility = "private", type = memref<4xf32>}> : () -> ()
  "memref.global"() <{initial_value, sym_name = "state", type = memref<2x2xi32>}> : () -> ()
  "func.func"() <{function_type = (memref<8x8xf32>, index) -> f32, sym_name = "mem"}> ({
  ^bb0(%arg0: memref<8x8xf32>, %arg1: index):
    %0 = "arith.constant"() <{value = 4 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "memref.get_global"() <{name = @table}> : () -> memref<4xf32>
    %3:6 = "memref.extract_strided_metadata"(%arg0) : (memref<8x8xf32>) -> (memref<f32>, index, index, index, index, index)
    %4 = "memref.reinterpret_cast"(%3#0) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 18>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 8, 1>}> : (memref<f32>) -> memref<4x4xf32, strided<[8, 1], offset: 18>>
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x4xf32>
    "memref.copy"(%4, %5) : (memref<4x4xf32, strided<[8, 1], offset: 18>>, memref<4x4xf32>) -> ()
    %6 = "memref.reinterpret_cast"(%5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 4>, static_sizes = array<i64: 4>, static_strides = array<i64: 1>}> : (memref<4x4xf32>) -> memref<4xf32, strided<[1], offset: 4>>
    %7 = "memref.reinterpret_cast"(%5) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 2, 8>, static_strides = array<i64: 8, 1>}> : (memref<4x4xf32>) -> memref<2x8xf32>
    %8 = "memref.load"(%2, %arg1) : (memref<4xf32>, index) -> f32
    %9 = "memref.load"(%6, %arg1) : (memref<4xf32, strided<[1], offset: 4>>, index) -> f32
    %10 = "memref.load"(%7, %1, %0) : (memref<2x8xf32>, index, index) -> f32
    %11 = "arith.addf"(%8, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %12 = "arith.addf"(%11, %10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %13 = "memref.get_global"() <{name = @state}> : () -> memref<2x2xi32>
    %14 = "arith.fptosi"(%12) : (f32) -> i32
    "memref.store"(%14, %13, %1, %1) : (i32, memref<2x2xi32>, index, index) -> ()
    "memref.dealloc"(%5) : (memref<4x4xf32>) -> ()
    "func.return"(%12) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

