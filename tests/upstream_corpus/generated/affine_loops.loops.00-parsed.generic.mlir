#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 * 2 + 1)>
#map2 = affine_map<() -> (0)>
#map3 = affine_map<() -> (16)>
#map4 = affine_map<(d0) -> (d0 + 1)>
#map5 = affine_map<(d0) -> (d0, 16)>
#set = affine_set<(d0) : (d0 - 8 >= 0)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32>, memref<33xf32>, index) -> (), sym_name = "affine"}> ({
  ^bb0(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index):
    "affine.for"() <{lowerBoundMap = #map2, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg6: index):
      %5 = "affine.load"(%arg0, %arg6) <{map = #map}> : (memref<16xf32>, index) -> f32
      %6 = "affine.apply"(%arg6) <{map = #map1}> : (index) -> index
      "affine.store"(%5, %arg1, %6) <{map = #map}> : (f32, memref<33xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"(%arg2) <{lowerBoundMap = #map2, operandSegmentSizes = array<i32: 0, 1, 0>, step = 4 : index, upperBoundMap = #map5}> ({
    ^bb0(%arg5: index):
      "affine.if"(%arg5) <{condition = #set}> ({
        %4 = "affine.load"(%arg0, %arg5) <{map = #map}> : (memref<16xf32>, index) -> f32
        "affine.store"(%4, %arg1, %arg5) <{map = #map4}> : (f32, memref<33xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }, {
      }) : (index) -> ()
      "affine.yield"() : () -> ()
    }) : (index) -> ()
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "affine.for"(%0) <{lowerBoundMap = #map2, operandSegmentSizes = array<i32: 0, 0, 1>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg3: index, %arg4: f32):
      %2 = "affine.load"(%arg0, %arg3) <{map = #map}> : (memref<16xf32>, index) -> f32
      %3 = "arith.addf"(%arg4, %2) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "affine.yield"(%3) : (f32) -> ()
    }) : (f32) -> f32
    "affine.store"(%1, %arg1) <{map = #map2}> : (f32, memref<33xf32>) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

