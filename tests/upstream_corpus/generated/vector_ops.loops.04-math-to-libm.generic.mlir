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
    "cf.br"(%3)[^bb1] : (index) -> ()
  ^bb1(%8: index):  // 2 preds: ^bb0, ^bb2
    %9 = "arith.cmpi"(%8, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%9)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %10 = "vector.transfer_read"(%arg0, %8, %3, %2) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<4x8xf32>, index, index, f32) -> vector<8xf32>
    "memref.store"(%10, %7, %8) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
    %11 = "arith.addi"(%8, %0) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%11)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    %12 = "memref.load"(%4) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %13 = "vector.type_cast"(%5) : (memref<vector<4x8xf32>>) -> memref<4xvector<8xf32>>
    "cf.br"(%3)[^bb4] : (index) -> ()
  ^bb4(%14: index):  // 2 preds: ^bb3, ^bb5
    %15 = "arith.cmpi"(%14, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%15)[^bb5, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %16 = "vector.transfer_read"(%arg0, %14, %3, %2) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 2, 1, 0>, permutation_map = #map}> : (memref<4x8xf32>, index, index, f32) -> vector<8xf32>
    "memref.store"(%16, %13, %14) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
    %17 = "arith.addi"(%14, %0) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%17)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %18 = "memref.load"(%5) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %19 = "vector.transpose"(%18) <{permutation = array<i64: 1, 0>}> : (vector<4x8xf32>) -> vector<8x4xf32>
    %20 = "vector.broadcast"(%arg2) : (f32) -> vector<4x4xf32>
    %21 = "vector.contract"(%12, %19, %20) <{indexing_maps = [#map1, #map2, #map3], iterator_types = [#vector.iterator_type<parallel>, #vector.iterator_type<parallel>, #vector.iterator_type<reduction>], kind = #vector.kind<add>}> : (vector<4x8xf32>, vector<8x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    %22 = "vector.fma"(%21, %21, %20) : (vector<4x4xf32>, vector<4x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    "memref.store"(%22, %6) : (vector<4x4xf32>, memref<vector<4x4xf32>>) -> ()
    %23 = "vector.type_cast"(%6) : (memref<vector<4x4xf32>>) -> memref<4xvector<4xf32>>
    "cf.br"(%3)[^bb7] : (index) -> ()
  ^bb7(%24: index):  // 2 preds: ^bb6, ^bb8
    %25 = "arith.cmpi"(%24, %1) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%25)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %26 = "memref.load"(%23, %24) : (memref<4xvector<4xf32>>, index) -> vector<4xf32>
    "vector.transfer_write"(%26, %arg1, %24, %3) <{in_bounds = [true], operandSegmentSizes = array<i32: 1, 1, 2, 0>, permutation_map = #map}> : (vector<4xf32>, memref<4x4xf32>, index, index) -> ()
    %27 = "arith.addi"(%24, %0) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%27)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %28 = "vector.extract"(%22) <{static_position = array<i64: 0>}> : (vector<4x4xf32>) -> vector<4xf32>
    %29 = "vector.reduction"(%28) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<add>}> : (vector<4xf32>) -> f32
    %30 = "vector.insert"(%29, %28) <{static_position = array<i64: 1>}> : (f32, vector<4xf32>) -> vector<4xf32>
    %31 = "vector.reduction"(%30) <{fastmath = #arith.fastmath<none>, kind = #vector.kind<maximumf>}> : (vector<4xf32>) -> f32
    "func.return"(%31) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

