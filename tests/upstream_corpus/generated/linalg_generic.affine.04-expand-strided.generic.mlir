"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "rowsum"}> ({
  ^bb0(%arg4: memref<4x8xf32, strided<[?, ?], offset: ?>>):
    %10 = "arith.constant"() <{value = 8 : index}> : () -> index
    %11 = "arith.constant"() <{value = 1 : index}> : () -> index
    %12 = "arith.constant"() <{value = 4 : index}> : () -> index
    %13 = "arith.constant"() <{value = 0 : index}> : () -> index
    %14 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %15 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    "scf.for"(%13, %12, %11) ({
    ^bb0(%arg7: index):
      "memref.store"(%14, %15, %arg7) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "scf.for"(%13, %12, %11) ({
    ^bb0(%arg5: index):
      "scf.for"(%13, %10, %11) ({
      ^bb0(%arg6: index):
        %16 = "memref.load"(%arg4, %arg5, %arg6) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %17 = "memref.load"(%15, %arg5) : (memref<4xf32>, index) -> f32
        %18 = "arith.addf"(%16, %17) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%18, %15, %arg5) : (f32, memref<4xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%15) : (memref<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, f32) -> memref<4x8xf32>, sym_name = "relu_scale"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32):
    %0 = "arith.constant"() <{value = 8 : index}> : () -> index
    %1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %5 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    "scf.for"(%3, %2, %1) ({
    ^bb0(%arg2: index):
      "scf.for"(%3, %0, %1) ({
      ^bb0(%arg3: index):
        %6 = "memref.load"(%arg0, %arg2, %arg3) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %7 = "arith.maximumf"(%6, %4) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %8 = "arith.mulf"(%7, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %9 = "arith.remf"(%8, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%9, %5, %arg2, %arg3) : (f32, memref<4x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%5) : (memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

