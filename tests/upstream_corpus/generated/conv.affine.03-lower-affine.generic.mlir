"builtin.module"() ({
  "func.func"() <{function_type = (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x8x8x8xf32>, sym_name = "conv"}> ({
  ^bb0(%arg11: memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, %arg12: memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %41 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %42 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x8x8x8xf32>
    %43 = "arith.constant"() <{value = 0 : index}> : () -> index
    %44 = "arith.constant"() <{value = 1 : index}> : () -> index
    %45 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%43, %44, %45) ({
    ^bb0(%arg20: index):
      %74 = "arith.constant"() <{value = 0 : index}> : () -> index
      %75 = "arith.constant"() <{value = 8 : index}> : () -> index
      %76 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%74, %75, %76) ({
      ^bb0(%arg21: index):
        %77 = "arith.constant"() <{value = 0 : index}> : () -> index
        %78 = "arith.constant"() <{value = 8 : index}> : () -> index
        %79 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%77, %78, %79) ({
        ^bb0(%arg22: index):
          %80 = "arith.constant"() <{value = 0 : index}> : () -> index
          %81 = "arith.constant"() <{value = 8 : index}> : () -> index
          %82 = "arith.constant"() <{value = 1 : index}> : () -> index
          "scf.for"(%80, %81, %82) ({
          ^bb0(%arg23: index):
            "memref.store"(%41, %42, %arg20, %arg21, %arg22, %arg23) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %46 = "arith.constant"() <{value = 0 : index}> : () -> index
    %47 = "arith.constant"() <{value = 1 : index}> : () -> index
    %48 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%46, %47, %48) ({
    ^bb0(%arg13: index):
      %49 = "arith.constant"() <{value = 0 : index}> : () -> index
      %50 = "arith.constant"() <{value = 8 : index}> : () -> index
      %51 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%49, %50, %51) ({
      ^bb0(%arg14: index):
        %52 = "arith.constant"() <{value = 0 : index}> : () -> index
        %53 = "arith.constant"() <{value = 8 : index}> : () -> index
        %54 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%52, %53, %54) ({
        ^bb0(%arg15: index):
          %55 = "arith.constant"() <{value = 0 : index}> : () -> index
          %56 = "arith.constant"() <{value = 8 : index}> : () -> index
          %57 = "arith.constant"() <{value = 1 : index}> : () -> index
          "scf.for"(%55, %56, %57) ({
          ^bb0(%arg16: index):
            %58 = "arith.constant"() <{value = 0 : index}> : () -> index
            %59 = "arith.constant"() <{value = 3 : index}> : () -> index
            %60 = "arith.constant"() <{value = 1 : index}> : () -> index
            "scf.for"(%58, %59, %60) ({
            ^bb0(%arg17: index):
              %61 = "arith.constant"() <{value = 0 : index}> : () -> index
              %62 = "arith.constant"() <{value = 3 : index}> : () -> index
              %63 = "arith.constant"() <{value = 1 : index}> : () -> index
              "scf.for"(%61, %62, %63) ({
              ^bb0(%arg18: index):
                %64 = "arith.constant"() <{value = 0 : index}> : () -> index
                %65 = "arith.constant"() <{value = 3 : index}> : () -> index
                %66 = "arith.constant"() <{value = 1 : index}> : () -> index
                "scf.for"(%64, %65, %66) ({
                ^bb0(%arg19: index):
                  %67 = "arith.addi"(%arg15, %arg18) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                  %68 = "arith.addi"(%arg16, %arg19) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                  %69 = "memref.load"(%arg11, %arg13, %arg17, %67, %68) : (memref<1x3x10x10xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %70 = "memref.load"(%arg12, %arg14, %arg17, %arg18, %arg19) : (memref<8x3x3x3xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                  %71 = "memref.load"(%42, %arg13, %arg14, %arg15, %arg16) : (memref<1x8x8x8xf32>, index, index, index, index) -> f32
                  %72 = "arith.mulf"(%69, %70) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  %73 = "arith.addf"(%71, %72) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                  "memref.store"(%73, %42, %arg13, %arg14, %arg15, %arg16) : (f32, memref<1x8x8x8xf32>, index, index, index, index) -> ()
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
    "func.return"(%42) : (memref<1x8x8x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>) -> memref<1x4x4x4xf32>, sym_name = "pool"}> ({
  ^bb0(%arg0: memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<1x4x4x4xf32>
    %2 = "arith.constant"() <{value = 0 : index}> : () -> index
    %3 = "arith.constant"() <{value = 1 : index}> : () -> index
    %4 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%2, %3, %4) ({
    ^bb0(%arg7: index):
      %32 = "arith.constant"() <{value = 0 : index}> : () -> index
      %33 = "arith.constant"() <{value = 4 : index}> : () -> index
      %34 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%32, %33, %34) ({
      ^bb0(%arg8: index):
        %35 = "arith.constant"() <{value = 0 : index}> : () -> index
        %36 = "arith.constant"() <{value = 4 : index}> : () -> index
        %37 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%35, %36, %37) ({
        ^bb0(%arg9: index):
          %38 = "arith.constant"() <{value = 0 : index}> : () -> index
          %39 = "arith.constant"() <{value = 4 : index}> : () -> index
          %40 = "arith.constant"() <{value = 1 : index}> : () -> index
          "scf.for"(%38, %39, %40) ({
          ^bb0(%arg10: index):
            "memref.store"(%0, %1, %arg7, %arg8, %arg9, %arg10) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %5 = "arith.constant"() <{value = 0 : index}> : () -> index
    %6 = "arith.constant"() <{value = 1 : index}> : () -> index
    %7 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%5, %6, %7) ({
    ^bb0(%arg1: index):
      %8 = "arith.constant"() <{value = 0 : index}> : () -> index
      %9 = "arith.constant"() <{value = 4 : index}> : () -> index
      %10 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%8, %9, %10) ({
      ^bb0(%arg2: index):
        %11 = "arith.constant"() <{value = 0 : index}> : () -> index
        %12 = "arith.constant"() <{value = 4 : index}> : () -> index
        %13 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%11, %12, %13) ({
        ^bb0(%arg3: index):
          %14 = "arith.constant"() <{value = 0 : index}> : () -> index
          %15 = "arith.constant"() <{value = 4 : index}> : () -> index
          %16 = "arith.constant"() <{value = 1 : index}> : () -> index
          "scf.for"(%14, %15, %16) ({
          ^bb0(%arg4: index):
            %17 = "arith.constant"() <{value = 0 : index}> : () -> index
            %18 = "arith.constant"() <{value = 2 : index}> : () -> index
            %19 = "arith.constant"() <{value = 1 : index}> : () -> index
            "scf.for"(%17, %18, %19) ({
            ^bb0(%arg5: index):
              %20 = "arith.constant"() <{value = 0 : index}> : () -> index
              %21 = "arith.constant"() <{value = 2 : index}> : () -> index
              %22 = "arith.constant"() <{value = 1 : index}> : () -> index
              "scf.for"(%20, %21, %22) ({
              ^bb0(%arg6: index):
                %23 = "arith.constant"() <{value = 2 : index}> : () -> index
                %24 = "arith.muli"(%arg3, %23) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
                %25 = "arith.addi"(%24, %arg5) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                %26 = "arith.constant"() <{value = 2 : index}> : () -> index
                %27 = "arith.muli"(%arg4, %26) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
                %28 = "arith.addi"(%27, %arg6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
                %29 = "memref.load"(%arg0, %arg1, %arg2, %25, %28) : (memref<1x4x8x8xf32, strided<[?, ?, ?, ?], offset: ?>>, index, index, index, index) -> f32
                %30 = "memref.load"(%1, %arg1, %arg2, %arg3, %arg4) : (memref<1x4x4x4xf32>, index, index, index, index) -> f32
                %31 = "arith.maximumf"(%30, %29) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
                "memref.store"(%31, %1, %arg1, %arg2, %arg3, %arg4) : (f32, memref<1x4x4x4xf32>, index, index, index, index) -> ()
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
    "func.return"(%1) : (memref<1x4x4x4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

