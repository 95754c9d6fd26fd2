"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8x16xf32, strided<[?, ?], offset: ?>>, memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32>, sym_name = "named"}> ({
  ^bb0(%arg15: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg16: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg17: memref<4x16xf32, strided<[?, ?], offset: ?>>):
    %44 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %45 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x16xf32>
    %46 = "arith.constant"() <{value = 0 : index}> : () -> index
    %47 = "arith.constant"() <{value = 4 : index}> : () -> index
    %48 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%46, %47, %48) ({
    ^bb0(%arg23: index):
      %72 = "arith.constant"() <{value = 0 : index}> : () -> index
      %73 = "arith.constant"() <{value = 16 : index}> : () -> index
      %74 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%72, %73, %74) ({
      ^bb0(%arg24: index):
        "memref.store"(%44, %45, %arg23, %arg24) : (f32, memref<4x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %49 = "arith.constant"() <{value = 0 : index}> : () -> index
    %50 = "arith.constant"() <{value = 4 : index}> : () -> index
    %51 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%49, %50, %51) ({
    ^bb0(%arg20: index):
      %61 = "arith.constant"() <{value = 0 : index}> : () -> index
      %62 = "arith.constant"() <{value = 16 : index}> : () -> index
      %63 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%61, %62, %63) ({
      ^bb0(%arg21: index):
        %64 = "arith.constant"() <{value = 0 : index}> : () -> index
        %65 = "arith.constant"() <{value = 8 : index}> : () -> index
        %66 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%64, %65, %66) ({
        ^bb0(%arg22: index):
          %67 = "memref.load"(%arg15, %arg20, %arg22) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %68 = "memref.load"(%arg16, %arg22, %arg21) : (memref<8x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %69 = "memref.load"(%45, %arg20, %arg21) : (memref<4x16xf32>, index, index) -> f32
          %70 = "arith.mulf"(%67, %68) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %71 = "arith.addf"(%69, %70) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "memref.store"(%71, %45, %arg20, %arg21) : (f32, memref<4x16xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %52 = "arith.constant"() <{value = 0 : index}> : () -> index
    %53 = "arith.constant"() <{value = 4 : index}> : () -> index
    %54 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%52, %53, %54) ({
    ^bb0(%arg18: index):
      %55 = "arith.constant"() <{value = 0 : index}> : () -> index
      %56 = "arith.constant"() <{value = 16 : index}> : () -> index
      %57 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%55, %56, %57) ({
      ^bb0(%arg19: index):
        %58 = "memref.load"(%45, %arg18, %arg19) : (memref<4x16xf32>, index, index) -> f32
        %59 = "memref.load"(%arg17, %arg18, %arg19) : (memref<4x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %60 = "arith.addf"(%58, %59) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%60, %45, %arg18, %arg19) : (f32, memref<4x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%45) : (memref<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32>, sym_name = "batched"}> ({
  ^bb0(%arg6: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg7: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>):
    %16 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %17 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4x16xf32>
    %18 = "arith.constant"() <{value = 0 : index}> : () -> index
    %19 = "arith.constant"() <{value = 2 : index}> : () -> index
    %20 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%18, %19, %20) ({
    ^bb0(%arg12: index):
      %38 = "arith.constant"() <{value = 0 : index}> : () -> index
      %39 = "arith.constant"() <{value = 4 : index}> : () -> index
      %40 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%38, %39, %40) ({
      ^bb0(%arg13: index):
        %41 = "arith.constant"() <{value = 0 : index}> : () -> index
        %42 = "arith.constant"() <{value = 16 : index}> : () -> index
        %43 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%41, %42, %43) ({
        ^bb0(%arg14: index):
          "memref.store"(%16, %17, %arg12, %arg13, %arg14) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %21 = "arith.constant"() <{value = 0 : index}> : () -> index
    %22 = "arith.constant"() <{value = 2 : index}> : () -> index
    %23 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%21, %22, %23) ({
    ^bb0(%arg8: index):
      %24 = "arith.constant"() <{value = 0 : index}> : () -> index
      %25 = "arith.constant"() <{value = 4 : index}> : () -> index
      %26 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%24, %25, %26) ({
      ^bb0(%arg9: index):
        %27 = "arith.constant"() <{value = 0 : index}> : () -> index
        %28 = "arith.constant"() <{value = 16 : index}> : () -> index
        %29 = "arith.constant"() <{value = 1 : index}> : () -> index
        "scf.for"(%27, %28, %29) ({
        ^bb0(%arg10: index):
          %30 = "arith.constant"() <{value = 0 : index}> : () -> index
          %31 = "arith.constant"() <{value = 8 : index}> : () -> index
          %32 = "arith.constant"() <{value = 1 : index}> : () -> index
          "scf.for"(%30, %31, %32) ({
          ^bb0(%arg11: index):
            %33 = "memref.load"(%arg6, %arg8, %arg9, %arg11) : (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %34 = "memref.load"(%arg7, %arg8, %arg11, %arg10) : (memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %35 = "memref.load"(%17, %arg8, %arg9, %arg10) : (memref<2x4x16xf32>, index, index, index) -> f32
            %36 = "arith.mulf"(%33, %34) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            %37 = "arith.addf"(%35, %36) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            "memref.store"(%37, %17, %arg8, %arg9, %arg10) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%17) : (memref<2x4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>), sym_name = "shuffle"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>):
    %0 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "arith.constant"() <{value = 8 : index}> : () -> index
    %3 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%1, %2, %3) ({
    ^bb0(%arg4: index):
      %12 = "arith.constant"() <{value = 0 : index}> : () -> index
      %13 = "arith.constant"() <{value = 4 : index}> : () -> index
      %14 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%12, %13, %14) ({
      ^bb0(%arg5: index):
        %15 = "memref.load"(%arg0, %arg5, %arg4) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "memref.store"(%15, %0, %arg4, %arg5) : (f32, memref<8x4xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %4 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    %5 = "arith.constant"() <{value = 0 : index}> : () -> index
    %6 = "arith.constant"() <{value = 4 : index}> : () -> index
    %7 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%5, %6, %7) ({
    ^bb0(%arg2: index):
      %8 = "arith.constant"() <{value = 0 : index}> : () -> index
      %9 = "arith.constant"() <{value = 8 : index}> : () -> index
      %10 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%8, %9, %10) ({
      ^bb0(%arg3: index):
        %11 = "memref.load"(%arg1, %arg3) : (memref<8xf32, strided<[?], offset: ?>>, index) -> f32
        "memref.store"(%11, %4, %arg2, %arg3) : (f32, memref<4x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%0, %4) : (memref<8x4xf32>, memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

