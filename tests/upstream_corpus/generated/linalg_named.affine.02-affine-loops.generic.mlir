#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (16)>
#map3 = affine_map<() -> (4)>
#map4 = affine_map<() -> (8)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map6 = affine_map<() -> (2)>
#map7 = affine_map<(d0) -> (d0)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8x16xf32, strided<[?, ?], offset: ?>>, memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32>, sym_name = "named"}> ({
  ^bb0(%arg15: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg16: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg17: memref<4x16xf32, strided<[?, ?], offset: ?>>):
    %11 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %12 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x16xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg23: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
      ^bb0(%arg24: index):
        "affine.store"(%11, %12, %arg23, %arg24) <{map = #map}> : (f32, memref<4x16xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg20: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
      ^bb0(%arg21: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
        ^bb0(%arg22: index):
          %16 = "affine.load"(%arg15, %arg20, %arg22) <{map = #map}> : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %17 = "affine.load"(%arg16, %arg22, %arg21) <{map = #map}> : (memref<8x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %18 = "affine.load"(%12, %arg20, %arg21) <{map = #map}> : (memref<4x16xf32>, index, index) -> f32
          %19 = "arith.mulf"(%16, %17) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %20 = "arith.addf"(%18, %19) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "affine.store"(%20, %12, %arg20, %arg21) <{map = #map}> : (f32, memref<4x16xf32>, index, index) -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg18: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
      ^bb0(%arg19: index):
        %13 = "affine.load"(%12, %arg18, %arg19) <{map = #map}> : (memref<4x16xf32>, index, index) -> f32
        %14 = "affine.load"(%arg17, %arg18, %arg19) <{map = #map}> : (memref<4x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %15 = "arith.addf"(%13, %14) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "affine.store"(%15, %12, %arg18, %arg19) <{map = #map}> : (f32, memref<4x16xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%12) : (memref<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32>, sym_name = "batched"}> ({
  ^bb0(%arg6: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg7: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>):
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4x16xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
    ^bb0(%arg12: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
      ^bb0(%arg13: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
        ^bb0(%arg14: index):
          "affine.store"(%4, %5, %arg12, %arg13, %arg14) <{map = #map5}> : (f32, memref<2x4x16xf32>, index, index, index) -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
    ^bb0(%arg8: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
      ^bb0(%arg9: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
        ^bb0(%arg10: index):
          "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
          ^bb0(%arg11: index):
            %6 = "affine.load"(%arg6, %arg8, %arg9, %arg11) <{map = #map5}> : (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %7 = "affine.load"(%arg7, %arg8, %arg11, %arg10) <{map = #map5}> : (memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %8 = "affine.load"(%5, %arg8, %arg9, %arg10) <{map = #map5}> : (memref<2x4x16xf32>, index, index, index) -> f32
            %9 = "arith.mulf"(%6, %7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            %10 = "arith.addf"(%8, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            "affine.store"(%10, %5, %arg8, %arg9, %arg10) <{map = #map5}> : (f32, memref<2x4x16xf32>, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) : () -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%5) : (memref<2x4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>), sym_name = "shuffle"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
    ^bb0(%arg4: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
      ^bb0(%arg5: index):
        %3 = "affine.load"(%arg0, %arg5, %arg4) <{map = #map}> : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "affine.store"(%3, %0, %arg4, %arg5) <{map = #map}> : (f32, memref<8x4xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg2: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map4}> ({
      ^bb0(%arg3: index):
        %2 = "affine.load"(%arg1, %arg3) <{map = #map7}> : (memref<8xf32, strided<[?], offset: ?>>, index) -> f32
        "affine.store"(%2, %1, %arg2, %arg3) <{map = #map}> : (f32, memref<4x8xf32>, index, index) -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%0, %1) : (memref<8x4xf32>, memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

