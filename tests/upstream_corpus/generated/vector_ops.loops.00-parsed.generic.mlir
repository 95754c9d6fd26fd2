#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1, d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32>, memref<4x4xf32>, f32) -> f32, sym_name = "vec"}> ({
  ^bb0(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %2 = "vector.transfer_read"(%arg0, %0, %0, %1) <{in_bounds = [true, true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<4x8xf32>, index, index, f32) -> vector<4x8xf32>
    %3 = "vector.transfer_read"(%arg0, %0, %0, %1) <{in_bounds = [true, true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map1}> : (memref<4x8xf32>, index, index, f32) -> vector<8x4xf32>
    %4 = "vector.broadcast"(%arg2) : (f32) -> vector<4x4xf32>
    %5 = "vector.contract"(%2, %3, %4) <{indexing_maps = [#map2, #map3, #map4], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>}> : (vector<4x8xf32>, vector<8x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    %6 = "vector.fma"(%5, %5, %4) : (vector<4x4xf32>, vector<4x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    "vector.transfer_write"(%6, %arg1, %0, %0) <{in_bounds = [true, true], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<4x4xf32>, memref<4x4xf32>, index, index) -> ()
    %7 = "vector.extract"(%6) <{static_position = array<i64: 0>}> : (vector<4x4xf32>) -> vector<4xf32>
    %8 = "vector.reduction"(%7) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<4xf32>) -> f32
    %9 = "vector.insert"(%8, %7) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %10 = "vector.reduction"(%9) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maximumf>}> : (vector<4xf32>) -> f32
    "func.return"(%10) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

