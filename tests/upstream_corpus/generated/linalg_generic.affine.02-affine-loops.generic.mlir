#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (4)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<() -> (8)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "rowsum"}> ({
  ^bb0(%arg4: memref<4x8xf32, strided<[?, ?], offset: ?>>):
    %6 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %7 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
    ^bb0(%arg7: index):
      "affine.store"(%6, %7, %arg7) <{map = #map}> : (f32, memref<4xf32>, index) -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
    ^bb0(%arg5: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
      ^bb0(%arg6: index):
        %8 = "affine.load"(%arg4, %arg5, %arg6) <{map = #map3}> : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %9 = "affine.load"(%7, %arg5) <{map = #map}> : (memref<4xf32>, index) -> f32
        %10 = "arith.addf"(%8, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "affine.store"(%10, %7, %arg5) <{map = #map}> : (f32, memref<4xf32>, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%7) : (memref<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, f32) -> memref<4x8xf32>, sym_name = "relu_scale"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
    ^bb0(%arg2: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
      ^bb0(%arg3: index):
        %2 = "affine.load"(%arg0, %arg2, %arg3) <{map = #map3}> : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %3 = "arith.maximumf"(%2, %0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %4 = "arith.mulf"(%3, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %5 = "arith.remf"(%4, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "affine.store"(%5, %1, %arg2, %arg3) <{map = #map3}> : (f32, memref<4x8xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%1) : (memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

