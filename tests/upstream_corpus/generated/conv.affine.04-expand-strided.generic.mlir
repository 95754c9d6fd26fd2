"builtin.module"() ({
  "func.func"() <{function_type = (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32>, sym_name = "conv"}> ({
  ^bb0(%arg11: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg12: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %13 = "arith.constant"() <{value = 3 : index}> : () -> index
    %14 = "arith.constant"() <{value = 8 : index}> : () -> index
    %15 = "arith.constant"() <{value = 1 : index}> : () -> index
    %16 = "arith.constant"() <{value = 0 : index}> : () -> index
    %17 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %18 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x8x8x8xf32>
    "scf.for"(%16, %15, %15) ({
    ^bb0(%arg20: index):
      "scf.for"(%16, %14, %15) ({
      ^bb0(%arg21: index):
        "scf.for"(%16, %14, %15) ({
        ^bb0(%arg22: index):
          "scf.for"(%16, %14, %15) ({
          ^bb0(%arg23: index):
            "memref.store"(%17, %18, %arg20, %arg21, %arg22, %arg23) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%16, %15, %15) ({
    ^bb0(%arg13: index):
      "scf.for"(%16, %14, %15) ({
      ^bb0(%arg14: index):
        "scf.for"(%16, %14, %15) ({
        ^bb0(%arg15: index):
          "scf.for"(%16, %14, %15) ({
          ^bb0(%arg16: index):
            "scf.for"(%16, %13, %15) ({
            ^bb0(%arg17: index):
              "scf.for"(%16, %13, %15) ({
              ^bb0(%arg18: index):
                "scf.for"(%16, %13, %15) ({
                ^bb0(%arg19: index):
                  %19 = "arith.addi"(%arg15, %arg18) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                  %20 = "arith.addi"(%arg16, %arg19) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                  %21 = "memref.load"(%arg11, %arg13, %arg17, %19, %20) : (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %22 = "memref.load"(%arg12, %arg14, %arg17, %arg18, %arg19) : (memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %23 = "memref.load"(%18, %arg13, %arg14, %arg15, %arg16) : (memref<1x8x8x8xf32>, index, index, index, index) -> f32
                  %24 = "arith.mulf"(%21, %22) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  %25 = "arith.addf"(%23, %24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  "memref.store"(%25, %18, %arg13, %arg14, %arg15, %arg16) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
                  "scf.yield"() : () -> ()
                }) : (index, index, index) -> ()
                "scf.yield"() : () -> ()
              }) : (index, index, index) -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%18) : (memref<1x8x8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32>, sym_name = "pool"}> ({
  ^bb0(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 2 : index}> : () -> index
    %1 = "arith.constant"() <{value = 4 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x4x4x4xf32>
    "scf.for"(%3, %2, %2) ({
    ^bb0(%arg7: index):
      "scf.for"(%3, %1, %2) ({
      ^bb0(%arg8: index):
        "scf.for"(%3, %1, %2) ({
        ^bb0(%arg9: index):
          "scf.for"(%3, %1, %2) ({
          ^bb0(%arg10: index):
            "memref.store"(%4, %5, %arg7, %arg8, %arg9, %arg10) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%3, %2, %2) ({
    ^bb0(%arg1: index):
      "scf.for"(%3, %1, %2) ({
      ^bb0(%arg2: index):
        "scf.for"(%3, %1, %2) ({
        ^bb0(%arg3: index):
          "scf.for"(%3, %1, %2) ({
          ^bb0(%arg4: index):
            "scf.for"(%3, %0, %2) ({
            ^bb0(%arg5: index):
              "scf.for"(%3, %0, %2) ({
              ^bb0(%arg6: index):
                %6 = "arith.muli"(%arg3, %0) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
                %7 = "arith.addi"(%6, %arg5) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                %8 = "arith.muli"(%arg4, %0) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
                %9 = "arith.addi"(%8, %arg6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                %10 = "memref.load"(%arg0, %arg1, %arg2, %7, %9) : (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                %11 = "memref.load"(%5, %arg1, %arg2, %arg3, %arg4) : (memref<1x4x4x4xf32>, index, index, index, index) -> f32
                %12 = "arith.maximumf"(%11, %10) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                "memref.store"(%12, %5, %arg1, %arg2, %arg3, %arg4) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
                "scf.yield"() : () -> ()
              }) : (index, index, index) -> ()
              "scf.yield"() : () -> ()
            }) : (index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%5) : (memref<1x4x4x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

