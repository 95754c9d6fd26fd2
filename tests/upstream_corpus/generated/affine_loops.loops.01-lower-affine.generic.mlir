"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32>, memref<33xf32>, index) -> (), sym_name = "affine"}> ({
  ^bb0(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index):
    %0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %1 = "arith.constant"() <{value = 16 : index}> : () -> index
    %2 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%0, %1, %2) ({
    ^bb0(%arg6: index):
      %22 = "memref.load"(%arg0, %arg6) : (memref<16xf32>, index) -> f32
      %23 = "arith.constant"() <{value = 2 : index}> : () -> index
      %24 = "arith.muli"(%arg6, %23) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
      %25 = "arith.constant"() <{value = 1 : index}> : () -> index
      %26 = "arith.addi"(%24, %25) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
      "memref.store"(%22, %arg1, %26) : (f32, memref<33xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 16 : index}> : () -> index
    %5 = "arith.minsi"(%arg2, %4) : (index, index) -> index
    %6 = "arith.constant"() <{value = 4 : index}> : () -> index
    "scf.for"(%3, %5, %6) ({
    ^bb0(%arg5: index):
      %15 = "arith.constant"() <{value = 0 : index}> : () -> index
      %16 = "arith.constant"() <{value = -8 : index}> : () -> index
      %17 = "arith.addi"(%arg5, %16) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
      %18 = "arith.cmpi"(%17, %15) <{predicate = 5 : i64}> : (index, index) -> i1
      "scf.if"(%18) ({
        %19 = "memref.load"(%arg0, %arg5) : (memref<16xf32>, index) -> f32
        %20 = "arith.constant"() <{value = 1 : index}> : () -> index
        %21 = "arith.addi"(%arg5, %20) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
        "memref.store"(%19, %arg1, %21) : (f32, memref<33xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }, {
      }) : (i1) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %7 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %8 = "arith.constant"() <{value = 0 : index}> : () -> index
    %9 = "arith.constant"() <{value = 16 : index}> : () -> index
    %10 = "arith.constant"() <{value = 1 : index}> : () -> index
    %11 = "scf.for"(%8, %9, %10, %7) ({
    ^bb0(%arg3: index, %arg4: f32):
      %13 = "memref.load"(%arg0, %arg3) : (memref<16xf32>, index) -> f32
      %14 = "arith.addf"(%arg4, %13) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%14) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    %12 = "arith.constant"() <{value = 0 : index}> : () -> index
    "memref.store"(%11, %arg1, %12) : (f32, memref<33xf32>, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

