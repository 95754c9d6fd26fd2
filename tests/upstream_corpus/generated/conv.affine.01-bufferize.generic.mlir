#map = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d4, d2 + d5, d3 + d6)>
#map1 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d1, d4, d5, d6)>
#map2 = affine_map<(d0, d1, d2, d3, d4, d5, d6) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2 * 2 + d4, d3 * 2 + d5)>
#map4 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d4, d5)>
#map5 = affine_map<(d0, d1, d2, d3, d4, d5) -> (d0, d1, d2, d3)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32>, sym_name = "conv"}> ({
  ^bb0(%arg6: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg7: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x8x8x8xf32>
    "linalg.fill"(%4, %5) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg11: f32, %arg12: f32):
      "linalg.yield"(%arg11) : (f32) -> ()
    }) : (f32, memref<1x8x8x8xf32>) -> ()
    "linalg.conv_2d_nchw_fchw"(%arg6, %arg7, %5) <{dilations = dense<1> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<1> : tensor<2xi64>}> ({
    ^bb0(%arg8: f32, %arg9: f32, %arg10: f32):
      %6 = "arith.mulf"(%arg8, %arg9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %7 = "arith.addf"(%arg10, %6) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%7) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map, #map1, #map2]} : (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<1x8x8x8xf32>) -> ()
    "func.return"(%5) : (memref<1x8x8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32>, sym_name = "pool"}> ({
  ^bb0(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x2xf32>
    %2 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x4x4x4xf32>
    "linalg.fill"(%0, %2) <{operandSegmentSizes = array<i32: 1, 1>}> ({
    ^bb0(%arg4: f32, %arg5: f32):
      "linalg.yield"(%arg4) : (f32) -> ()
    }) : (f32, memref<1x4x4x4xf32>) -> ()
    "linalg.pooling_nchw_max"(%arg0, %1, %2) <{dilations = dense<1> : tensor<2xi64>, operandSegmentSizes = array<i32: 2, 1>, strides = dense<2> : tensor<2xi64>}> ({
    ^bb0(%arg1: f32, %arg2: f32, %arg3: f32):
      %3 = "arith.maximumf"(%arg3, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "linalg.yield"(%3) : (f32) -> ()
    }) {linalg.memoized_indexing_maps = [#map3, #map4, #map5]} : (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<2x2xf32>, memref<1x4x4x4xf32>) -> ()
    "func.return"(%2) : (memref<1x4x4x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

