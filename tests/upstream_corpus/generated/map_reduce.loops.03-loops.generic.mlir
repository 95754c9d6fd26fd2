"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "map_reduce"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<4x8xf32, strided<[?, ?], offset: ?>>):
    %0 = "arith.constant"() <{value = 8 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "scf.for"(%3, %2, %1) ({
    ^bb0(%arg5: index):
      "scf.for"(%3, %0, %1) ({
      ^bb0(%arg6: index):
        %10 = "memref.load"(%arg0, %arg5, %arg6) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %11 = "memref.load"(%arg1, %arg5, %arg6) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %12 = "arith.mulf"(%10, %11) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %13 = "math.tanh"(%12) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
        "memref.store"(%13, %5, %arg5, %arg6) : (f32, memref<4x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %6 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "scf.for"(%3, %2, %1) ({
    ^bb0(%arg4: index):
      "memref.store"(%4, %6, %arg4) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%3, %2, %1) ({
    ^bb0(%arg2: index):
      "scf.for"(%3, %0, %1) ({
      ^bb0(%arg3: index):
        %7 = "memref.load"(%5, %arg2, %arg3) : (memref<4x8xf32>, index, index) -> f32
        %8 = "memref.load"(%6, %arg2) : (memref<4xf32>, index) -> f32
        %9 = "arith.addf"(%7, %8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%9, %6, %arg2) : (f32, memref<4xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%6) : (memref<4xf32>) -> ()
  }) : () -> ()
}) : () -> ()

