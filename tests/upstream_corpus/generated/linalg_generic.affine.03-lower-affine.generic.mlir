"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>) -> memref<4xf32>, sym_name = "rowsum"}> ({
  ^bb0(%arg4: memref<4x8xf32, strided<[?, ?], offset: ?>>):
    %12 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %13 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
    %14 = "arith.constant"() <{value = 0 : index}> : () -> index
    %15 = "arith.constant"() <{value = 4 : index}> : () -> index
    %16 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%14, %15, %16) ({
    ^bb0(%arg7: index):
      "memref.store"(%12, %13, %arg7) : (f32, memref<4xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %17 = "arith.constant"() <{value = 0 : index}> : () -> index
    %18 = "arith.constant"() <{value = 4 : index}> : () -> index
    %19 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%17, %18, %19) ({
    ^bb0(%arg5: index):
      %20 = "arith.constant"() <{value = 0 : index}> : () -> index
      %21 = "arith.constant"() <{value = 8 : index}> : () -> index
      %22 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%20, %21, %22) ({
      ^bb0(%arg6: index):
        %23 = "memref.load"(%arg4, %arg5, %arg6) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %24 = "memref.load"(%13, %arg5) : (memref<4xf32>, index) -> f32
        %25 = "arith.addf"(%23, %24) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%25, %13, %arg5) : (f32, memref<4xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%13) : (memref<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (memref<4x8xf32, strided<[?, ?], offset: ?>>, f32) -> memref<4x8xf32>, sym_name = "relu_scale"}> ({
  ^bb0(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: f32):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "memref.alloc"() <{alignment = 64 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x8xf32>
    %2 = "arith.constant"() <{value = 0 : index}> : () -> index
    %3 = "arith.constant"() <{value = 4 : index}> : () -> index
    %4 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%2, %3, %4) ({
    ^bb0(%arg2: index):
      %5 = "arith.constant"() <{value = 0 : index}> : () -> index
      %6 = "arith.constant"() <{value = 8 : index}> : () -> index
      %7 = "arith.constant"() <{value = 1 : index}> : () -> index
      "scf.for"(%5, %6, %7) ({
      ^bb0(%arg3: index):
        %8 = "memref.load"(%arg0, %arg2, %arg3) : (memref<4x8xf32, strided<[?, ?], offset: ?>>, index, index) -> f32
        %9 = "arith.maximumf"(%8, %0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %10 = "arith.mulf"(%9, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        %11 = "arith.remf"(%10, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
        "memref.store"(%11, %1, %arg2, %arg3) : (f32, memref<4x8xf32>, index, index) -> ()
        "scf.yield"() : () -> ()
      }) : (index, index, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%1) : (memref<4x8xf32>) -> ()
  }) : () -> ()
}) : () -> ()

