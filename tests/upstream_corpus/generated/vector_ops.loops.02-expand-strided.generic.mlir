#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32>, memref<4x4xf32>, f32) -> f32, sym_name = "vec"}> ({
  ^bb0(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32):
    %0 = "arith.constant"() <{value = 1 : index}> : () -> index
    %1 = "arith.constant"() <{value = 4 : index}> : () -> index
    %2 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x8xf32>>
    %5 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x8xf32>>
    %6 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x4xf32>>
    %7 = "vector.type_cast"(%4) : (memref<vector<4x8xf32>>) -> memref<4xvector<8xf32>>
    "scf.for"(%3, %1, %0) ({
    ^bb0(%arg5: index):
      %22 = "vector.transfer_read"(%arg0, %arg5, %3, %2) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<4x8xf32>, index, index, f32) -> vector<8xf32>
      "memref.store"(%22, %7, %arg5) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %8 = "memref.load"(%4) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %9 = "vector.type_cast"(%5) : (memref<vector<4x8xf32>>) -> memref<4xvector<8xf32>>
    "scf.for"(%3, %1, %0) ({
    ^bb0(%arg4: index):
      %21 = "vector.transfer_read"(%arg0, %arg4, %3, %2) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<4x8xf32>, index, index, f32) -> vector<8xf32>
      "memref.store"(%21, %9, %arg4) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %10 = "memref.load"(%5) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %11 = "vector.transpose"(%10) <{permutation = array<i64: 1, 0>}> : (vector<4x8xf32>) -> vector<8x4xf32>
    %12 = "vector.broadcast"(%arg2) : (f32) -> vector<4x4xf32>
    %13 = "vector.contract"(%8, %11, %12) <{indexing_maps = [#map1, #map2, #map3], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>}> : (vector<4x8xf32>, vector<8x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    %14 = "vector.fma"(%13, %13, %12) : (vector<4x4xf32>, vector<4x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    "memref.store"(%14, %6) : (vector<4x4xf32>, memref<vector<4x4xf32>>) -> ()
    %15 = "vector.type_cast"(%6) : (memref<vector<4x4xf32>>) -> memref<4xvector<4xf32>>
    "scf.for"(%3, %1, %0) ({
    ^bb0(%arg3: index):
      %20 = "memref.load"(%15, %arg3) : (memref<4xvector<4xf32>>, index) -> vector<4xf32>
      "vector.transfer_write"(%20, %arg1, %arg3, %3) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<4xf32>, memref<4x4xf32>, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %16 = "vector.extract"(%14) <{static_position = array<i64: 0>}> : (vector<4x4xf32>) -> vector<4xf32>
    %17 = "vector.reduction"(%16) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<4xf32>) -> f32
    %18 = "vector.insert"(%17, %16) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %19 = "vector.reduction"(%18) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maximumf>}> : (vector<4xf32>) -> f32
    "func.return"(%19) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

