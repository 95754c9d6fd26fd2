"builtin.module"() ({
  "memref.global"() <{alignment = 64 : i64, constant, initial_value = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>, sym_name = "table", sym_visibility = "private", type = memref<4xf32>}> : () -> ()
  "memref.global"() <{initial_value, sym_name = "state", type = memref<2x2xi32>}> : () -> ()
  "func.func"() <{function_type = (memref<8x8xf32>, index) -> f32, sym_name = "mem"}> ({
  ^bb0(%arg0: memref<8x8xf32>, %arg1: index):
    %0 = "memref.get_global"() <{name = @table}> : () -> memref<4xf32>
    %1 = "memref.subview"(%arg0) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 2, 2>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32>) -> memref<4x4xf32, strided<[8, 1], offset: 18>>
    %2 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x4xf32>
    "memref.copy"(%1, %2) : (memref<4x4xf32, strided<[8, 1], offset: 18>>, memref<4x4xf32>) -> ()
    %3 = "memref.subview"(%2) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1, 0>, static_sizes = array<i64: 1, 4>, static_strides = array<i64: 1, 1>}> : (memref<4x4xf32>) -> memref<4xf32, strided<[1], offset: 4>>
    %4 = "memref.cast"(%2) : (memref<4x4xf32>) -> memref<?x?xf32>
    %5 = "arith.constant"() <{value = 0 : index}> : () -> index
    %6 = "memref.dim"(%4, %5) : (memref<?x?xf32>, index) -> index
    %7 = "memref.collapse_shape"(%2) <{reassociation = [[0, 1]]}> : (memref<4x4xf32>) -> memref<16xf32>
    %8 = "memref.expand_shape"(%7) <{reassociation = [[0, 1]], static_output_shape = array<i64: 2, 8>}> : (memref<16xf32>) -> memref<2x8xf32>
    %9 = "memref.load"(%0, %arg1) : (memref<4xf32>, index) -> f32
    %10 = "memref.load"(%3, %arg1) : (memref<4xf32, strided<[1], offset: 4>>, index) -> f32
    %11 = "memref.load"(%8, %5, %6) : (memref<2x8xf32>, index, index) -> f32
    %12 = "arith.addf"(%9, %10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %13 = "arith.addf"(%12, %11) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %14 = "memref.get_global"() <{name = @state}> : () -> memref<2x2xi32>
    %15 = "arith.fptosi"(%13) : (f32) -> i32
    "memref.store"(%15, %14, %5, %5) : (i32, memref<2x2xi32>, index, index) -> ()
    "memref.dealloc"(%2) : (memref<4x4xf32>) -> ()
    "func.return"(%13) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

