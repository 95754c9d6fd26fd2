"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8x16xf32, strided<[?, ?], offset: ?>>, memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32>, sym_name = "named"}> ({
  ^bb0(%arg15: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg16: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg17: memref<4x16xf32, strided<[?, ?], offset: ?>>):
    %21 = "arith.constant"() <{value = 8 : index}> : () -> index
    %22 = "arith.constant"() <{value = 16 : index}> : () -> index
    %23 = "arith.constant"() <{value = 1 : index}> : () -> index
    %24 = "arith.constant"() <{value = 4 : index}> : () -> index
    %25 = "arith.constant"() <{value = 0 : index}> : () -> index
    %26 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %27 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x16xf32>
    "scf.for"(%25, %24, %23) ({
    ^bb0(%arg23: index):
      "scf.for"(%25, %22, %23) ({
      ^bb0(%arg24: index):
        "memref.store"(%26, %27, %arg23, %arg24) : (f32, memref<4x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%25, %24, %23) ({
    ^bb0(%arg20: index):
      "scf.for"(%25, %22, %23) ({
      ^bb0(%arg21: index):
        "scf.for"(%25, %21, %23) ({
        ^bb0(%arg22: index):
          %31 = "memref.load"(%arg15, %arg20, %arg22) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %32 = "memref.load"(%arg16, %arg22, %arg21) : (memref<8x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
          %33 = "memref.load"(%27, %arg20, %arg21) : (memref<4x16xf32>, index, index) -> f32
          %34 = "arith.mulf"(%31, %32) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          %35 = "arith.addf"(%33, %34) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "memref.store"(%35, %27, %arg20, %arg21) : (f32, memref<4x16xf32>, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%25, %24, %23) ({
    ^bb0(%arg18: index):
      "scf.for"(%25, %22, %23) ({
      ^bb0(%arg19: index):
        %28 = "memref.load"(%27, %arg18, %arg19) : (memref<4x16xf32>, index, index) -> f32
        %29 = "memref.load"(%arg17, %arg18, %arg19) : (memref<4x16xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %30 = "arith.addf"(%28, %29) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%30, %27, %arg18, %arg19) : (f32, memref<4x16xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%27) : (memref<4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32>, sym_name = "batched"}> ({
  ^bb0(%arg6: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg7: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>):
    %8 = "arith.constant"() <{value = 8 : index}> : () -> index
    %9 = "arith.constant"() <{value = 16 : index}> : () -> index
    %10 = "arith.constant"() <{value = 4 : index}> : () -> index
    %11 = "arith.constant"() <{value = 1 : index}> : () -> index
    %12 = "arith.constant"() <{value = 2 : index}> : () -> index
    %13 = "arith.constant"() <{value = 0 : index}> : () -> index
    %14 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %15 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<2x4x16xf32>
    "scf.for"(%13, %12, %11) ({
    ^bb0(%arg12: index):
      "scf.for"(%13, %10, %11) ({
      ^bb0(%arg13: index):
        "scf.for"(%13, %9, %11) ({
        ^bb0(%arg14: index):
          "memref.store"(%14, %15, %arg12, %arg13, %arg14) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%13, %12, %11) ({
    ^bb0(%arg8: index):
      "scf.for"(%13, %10, %11) ({
      ^bb0(%arg9: index):
        "scf.for"(%13, %9, %11) ({
        ^bb0(%arg10: index):
          "scf.for"(%13, %8, %11) ({
          ^bb0(%arg11: index):
            %16 = "memref.load"(%arg6, %arg8, %arg9, %arg11) : (memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %17 = "memref.load"(%arg7, %arg8, %arg11, %arg10) : (memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>, index, index, index) -> f32
            %18 = "memref.load"(%15, %arg8, %arg9, %arg10) : (memref<2x4x16xf32>, index, index, index) -> f32
            %19 = "arith.mulf"(%16, %17) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            %20 = "arith.addf"(%18, %19) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
            "memref.store"(%20, %15, %arg8, %arg9, %arg10) : (f32, memref<2x4x16xf32>, index, index, index) -> ()
            "scf.yield"() : () -> ()
          }) : (index, index, index) -> ()
          "scf.yield"() : () -> ()
        }) : (index, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%15) : (memref<2x4x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>), sym_name = "shuffle"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>):
    %0 = "arith.constant"() <{value = 4 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.constant"() <{value = 8 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x4xf32>
    "scf.for"(%3, %2, %1) ({
    ^bb0(%arg4: index):
      "scf.for"(%3, %0, %1) ({
      ^bb0(%arg5: index):
        %7 = "memref.load"(%arg0, %arg5, %arg4) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        "memref.store"(%7, %4, %arg4, %arg5) : (f32, memref<8x4xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "scf.for"(%3, %0, %1) ({
    ^bb0(%arg2: index):
      "scf.for"(%3, %2, %1) ({
      ^bb0(%arg3: index):
        %6 = "memref.load"(%arg1, %arg3) : (memref<8xf32, strided<[?], offset: ?>>, index) -> f32
        "memref.store"(%6, %5, %arg2, %arg3) : (f32, memref<4x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%4, %5) : (memref<8x4xf32>, memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

