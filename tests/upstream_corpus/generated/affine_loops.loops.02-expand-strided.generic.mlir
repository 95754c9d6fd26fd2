"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32>, memref<33xf32>, index) -> (), sym_name = "affine"}> ({
  ^bb0(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index):
    %0 = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %1 = "arith.constant"() <{value = -8 : index}> : () -> index
    %2 = "arith.constant"() <{value = 4 : index}> : () -> index
    %3 = "arith.constant"() <{value = 2 : index}> : () -> index
    %4 = "arith.constant"() <{value = 0 : index}> : () -> index
    %5 = "arith.constant"() <{value = 16 : index}> : () -> index
    %6 = "arith.constant"() <{value = 1 : index}> : () -> index
    "scf.for"(%4, %5, %6) ({
    ^bb0(%arg6: index):
      %15 = "memref.load"(%arg0, %arg6) : (memref<16xf32>, index) -> f32
      %16 = "arith.muli"(%arg6, %3) <{overflowFlags = #arith.overflow<nsw>}> : (index, index) -> index
      %17 = "arith.addi"(%16, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
      "memref.store"(%15, %arg1, %17) : (f32, memref<33xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %7 = "arith.minsi"(%arg2, %5) : (index, index) -> index
    "scf.for"(%4, %7, %2) ({
    ^bb0(%arg5: index):
      %11 = "arith.addi"(%arg5, %1) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
      %12 = "arith.cmpi"(%11, %4) <{predicate = 5 : i64}> : (index, index) -> i1
      "scf.if"(%12) ({
        %13 = "memref.load"(%arg0, %arg5) : (memref<16xf32>, index) -> f32
        %14 = "arith.addi"(%arg5, %6) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
        "memref.store"(%13, %arg1, %14) : (f32, memref<33xf32>, index) -> ()
        "scf.yield"() : () -> ()
      }, {
      }) : (i1) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    %8 = "scf.for"(%4, %5, %6, %0) ({
    ^bb0(%arg3: index, %arg4: f32):
      %9 = "memref.load"(%arg0, %arg3) : (memref<16xf32>, index) -> f32
      %10 = "arith.addf"(%arg4, %9) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%10) : (f32) -> ()
    }) : (index, index, index, f32) -> f32
    "memref.store"(%8, %arg1, %4) : (f32, memref<33xf32>, index) -> ()
    "func.return"() : () -> ()
  }) : () -> ()
}) : () -> ()

