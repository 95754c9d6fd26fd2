module {
  func.func @sum_to(%arg0: index) -> i64 {
    %c2_i64 = arith.constant 2 : i64
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c0_i64 = arith.constant 0 : i64
    cf.br ^bb1(%c0, %c0_i64 : index, i64)
  ^bb1(%0: index, %1: i64):  // 2 preds: ^bb0, ^bb6
    %2 = arith.cmpi slt, %0, %arg0 : index
    cf.cond_br %2, ^bb2, ^bb7
  ^bb2:  // pred: ^bb1
    %3 = arith.index_cast %0 : index to i64
    %4 = arith.remsi %3, %c2_i64 : i64
    %5 = arith.cmpi eq, %4, %c0_i64 : i64
    cf.cond_br %5, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %6 = arith.addi %1, %3 : i64
    cf.br ^bb5(%6 : i64)
  ^bb4:  // pred: ^bb2
    %7 = arith.subi %1, %3 : i64
    cf.br ^bb5(%7 : i64)
  ^bb5(%8: i64):  // 2 preds: ^bb3, ^bb4
    cf.br ^bb6
  ^bb6:  // pred: ^bb5
    %9 = arith.addi %0, %c1 : index
    cf.br ^bb1(%9, %8 : index, i64)
  ^bb7:  // pred: ^bb1
    return %1 : i64
  }
  func.func @collatz(%arg0: i32) -> i32 {
    %c2_i32 = arith.constant 2 : i32
    %c1_i32 = arith.constant 1 : i32
    cf.br ^bb1(%arg0, %c1_i32 : i32, i32)
  ^bb1(%0: i32, %1: i32):  // 2 preds: ^bb0, ^bb2
    %2 = arith.cmpi sgt, %0, %c1_i32 : i32
    cf.cond_br %2, ^bb2(%0, %1 : i32, i32), ^bb3
  ^bb2(%3: i32, %4: i32):  // pred: ^bb1
    %5 = arith.divui %3, %c2_i32 : i32
    %6 = arith.addi %4, %c1_i32 : i32
    cf.br ^bb1(%5, %6 : i32, i32)
  ^bb3:  // pred: ^bb1
    return %1 : i32
  }
  func.func @switch(%arg0: index, %arg1: f32) -> f32 {
    %0 = arith.index_cast %arg0 : index to i32
    cf.switch %0 : i32, [
      default: ^bb3,
      0: ^bb1,
      1: ^bb2
    ]
  ^bb1:  // pred: ^bb0
    %1 = arith.negf %arg1 : f32
    cf.br ^bb4(%1 : f32)
  ^bb2:  // pred: ^bb0
    %2 = arith.mulf %arg1, %arg1 : f32
    cf.br ^bb4(%2 : f32)
  ^bb3:  // pred: ^bb0
    cf.br ^bb4(%arg1 : f32)
  ^bb4(%3: f32):  // 3 preds: ^bb1, ^bb2, ^bb3
    return %3 : f32
  }
}

