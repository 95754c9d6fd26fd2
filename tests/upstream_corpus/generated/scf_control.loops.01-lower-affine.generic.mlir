"builtin.module"() ({
  "func.func"() <{function_type = (index) -> i64, sym_name = "sum_to"}> ({
  ^bb0(%arg7: index):
    %9 = "arith.constant"() <{value = 0 : index}> : () -> index
    %10 = "arith.constant"() <{value = 1 : index}> : () -> index
    %11 = "arith.constant"() <{value = 0 : i64}> : () -> i64
    %12 = "scf.for"(%9, %arg7, %10, %11) ({
    ^bb0(%arg8: index, %arg9: i64):
      %13 = "arith.index_cast"(%arg8) : (index) -> i64
      %14 = "arith.constant"() <{value = 2 : i64}> : () -> i64
      %15 = "arith.remsi"(%13, %14) : (i64, i64) -> i64
      %16 = "arith.cmpi"(%15, %11) <{predicate = 0 : i64}> : (i64, i64) -> i1
      %17 = "scf.if"(%16) ({
        %19 = "arith.addi"(%arg9, %13) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
        "scf.yield"(%19) : (i64) -> ()
      }, {
        %18 = "arith.subi"(%arg9, %13) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
        "scf.yield"(%18) : (i64) -> ()
      }) : (i1) -> i64
      "scf.yield"(%17) : (i64) -> ()
    }) : (index, index, index, i64) -> i64
    "func.return"(%12) : (i64) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "collatz"}> ({
  ^bb0(%arg2: i32):
    %3 = "arith.constant"() <{value = 1 : i32}> : () -> i32
    %4:2 = "scf.while"(%arg2, %3) ({
    ^bb0(%arg5: i32, %arg6: i32):
      %8 = "arith.cmpi"(%arg5, %3) <{predicate = 4 : i64}> : (i32, i32) -> i1
      "scf.condition"(%8, %arg5, %arg6) : (i1, i32, i32) -> ()
    }, {
    ^bb0(%arg3: i32, %arg4: i32):
      %5 = "arith.constant"() <{value = 2 : i32}> : () -> i32
      %6 = "arith.divui"(%arg3, %5) : (i32, i32) -> i32
      %7 = "arith.addi"(%arg4, %3) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
      "scf.yield"(%6, %7) : (i32, i32) -> ()
    }) : (i32, i32) -> (i32, i32)
    "func.return"(%4#1) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index, f32) -> f32, sym_name = "switch"}> ({
  ^bb0(%arg0: index, %arg1: f32):
    %0 = "scf.index_switch"(%arg0) <{cases = array<i64: 0, 1>}> ({
      "scf.yield"(%arg1) : (f32) -> ()
    }, {
      %2 = "arith.negf"(%arg1) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
      "scf.yield"(%2) : (f32) -> ()
    }, {
      %1 = "arith.mulf"(%arg1, %arg1) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "scf.yield"(%1) : (f32) -> ()
    }) : (index) -> f32
    "func.return"(%0) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

