#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<() -> (0)>
#map2 = affine_map<() -> (8)>
#map3 = affine_map<() -> (1)>
#map4 = affine_map<(d0, d1) -> (d0 + d1)>
#map5 = affine_map<() -> (3)>
#map6 = affine_map<() -> (4)>
#map7 = affine_map<(d0, d1) -> (d0 * 2 + d1)>
#map8 = affine_map<() -> (2)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32>, sym_name = "conv"}> ({
  ^bb0(%arg11: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg12: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %7 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %8 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x8x8x8xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg20: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
      ^bb0(%arg21: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
        ^bb0(%arg22: index):
          "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
          ^bb0(%arg23: index):
            "affine.store"(%7, %8, %arg20, %arg21, %arg22, %arg23) <{map = #map}> : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) : () -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg13: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
      ^bb0(%arg14: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
        ^bb0(%arg15: index):
          "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map2}> ({
          ^bb0(%arg16: index):
            "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map5}> ({
            ^bb0(%arg17: index):
              "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map5}> ({
              ^bb0(%arg18: index):
                "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map5}> ({
                ^bb0(%arg19: index):
                  %9 = "affine.apply"(%arg15, %arg18) <{map = #map4}> : (index, index) -> index
                  %10 = "affine.apply"(%arg16, %arg19) <{map = #map4}> : (index, index) -> index
                  %11 = "affine.load"(%arg11, %arg13, %arg17, %9, %10) <{map = #map}> : (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %12 = "affine.load"(%arg12, %arg14, %arg17, %arg18, %arg19) <{map = #map}> : (memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %13 = "affine.load"(%8, %arg13, %arg14, %arg15, %arg16) <{map = #map}> : (memref<1x8x8x8xf32>, index, index, index, index) -> f32
                  %14 = "arith.mulf"(%11, %12) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  %15 = "arith.addf"(%13, %14) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  "affine.store"(%15, %8, %arg13, %arg14, %arg15, %arg16) <{map = #map}> : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
                  "affine.yield"() : () -> ()
                }) : () -> ()
                "affine.yield"() : () -> ()
              }) : () -> ()
              "affine.yield"() : () -> ()
            }) : () -> ()
            "affine.yield"() : () -> ()
          }) : () -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%8) : (memref<1x8x8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32>, sym_name = "pool"}> ({
  ^bb0(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x4x4x4xf32>
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg7: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
      ^bb0(%arg8: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
        ^bb0(%arg9: index):
          "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
          ^bb0(%arg10: index):
            "affine.store"(%0, %1, %arg7, %arg8, %arg9, %arg10) <{map = #map}> : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
            "affine.yield"() : () -> ()
          }) : () -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map3}> ({
    ^bb0(%arg1: index):
      "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
      ^bb0(%arg2: index):
        "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
        ^bb0(%arg3: index):
          "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map6}> ({
          ^bb0(%arg4: index):
            "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map8}> ({
            ^bb0(%arg5: index):
              "affine.for"() <{lowerBoundMap = #map1, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = #map8}> ({
              ^bb0(%arg6: index):
                %2 = "affine.apply"(%arg3, %arg5) <{map = #map7}> : (index, index) -> index
                %3 = "affine.apply"(%arg4, %arg6) <{map = #map7}> : (index, index) -> index
                %4 = "affine.load"(%arg0, %arg1, %arg2, %2, %3) <{map = #map}> : (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                %5 = "affine.load"(%1, %arg1, %arg2, %arg3, %arg4) <{map = #map}> : (memref<1x4x4x4xf32>, index, index, index, index) -> f32
                %6 = "arith.maximumf"(%5, %4) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                "affine.store"(%6, %1, %arg1, %arg2, %arg3, %arg4) <{map = #map}> : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
                "affine.yield"() : () -> ()
              }) : () -> ()
              "affine.yield"() : () -> ()
            }) : () -> ()
            "affine.yield"() : () -> ()
          }) : () -> ()
          "affine.yield"() : () -> ()
        }) : () -> ()
        "affine.yield"() : () -> ()
      }) : () -> ()
      "affine.yield"() : () -> ()
    }) : () -> ()
    "func.return"(%1) : (memref<1x4x4x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

