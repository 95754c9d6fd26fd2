"builtin.module"() ({
  "func.func"() <{function_type = (i1, i32, f32, f32) -> f32, sym_name = "pick"}> ({
  ^bb0(%arg0: i1, %arg1: i32, %arg2: f32, %arg3: f32):
    "cf.assert"(%arg0) <{msg = "flag must hold"}> : (i1) -> ()
    "cf.cond_br"(%arg0, %arg2)[^bb1, ^bb3] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, f32) -> ()
  ^bb1(%0: f32):  // pred: ^bb0
    "cf.switch"(%arg1, %0, %arg3)[^bb4, ^bb2, ^bb4] <{case_operand_segments = array<i32: 0, 1>, case_values = dense<[0, 5]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, f32, f32) -> ()
  ^bb2:  // pred: ^bb1
    %1 = "arith.negf"(%0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    "cf.br"(%1)[^bb4] : (f32) -> ()
  ^bb3:  // pred: ^bb0
    "cf.br"(%arg3)[^bb4] : (f32) -> ()
  ^bb4(%2: f32):  // 4 preds: ^bb1, ^bb1, ^bb2, ^bb3
    "func.return"(%2) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

