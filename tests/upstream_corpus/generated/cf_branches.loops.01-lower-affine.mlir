module {
  func.func @pick(%arg0: i1, %arg1: i32, %arg2: f32, %arg3: f32) -> f32 {
    cf.assert %arg0, "flag must hold"
    cf.cond_br %arg0, ^bb1(%arg2 : f32), ^bb3
  ^bb1(%0: f32):  // pred: ^bb0
    cf.switch %arg1 : i32, [
      default: ^bb4(%0 : f32),
      0: ^bb2,
      5: ^bb4(%arg3 : f32)
    ]
  ^bb2:  // pred: ^bb1
    %1 = arith.negf %0 : f32
    cf.br ^bb4(%1 : f32)
  ^bb3:  // pred: ^bb0
    cf.br ^bb4(%arg3 : f32)
  ^bb4(%2: f32):  // 4 preds: ^bb1, ^bb1, ^bb2, ^bb3
    return %2 : f32
  }
}

