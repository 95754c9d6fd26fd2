module {
  llvm.func @sum_to(%arg0: i64) -> i64 {
    %0 = llvm.mlir.constant(2 : i64) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(0 : i64) : i64
    llvm.br ^bb1(%1, %3 : i64, i64)
  ^bb1(%4: i64, %5: i64):  // 2 preds: ^bb0, ^bb6
    %6 = llvm.icmp "slt" %4, %arg0 : i64
    llvm.cond_br %6, ^bb2, ^bb7
  ^bb2:  // pred: ^bb1
    %7 = llvm.srem %4, %0 : i64
    %8 = llvm.icmp "eq" %7, %3 : i64
    llvm.cond_br %8, ^bb3, ^bb4
  ^bb3:  // pred: ^bb2
    %9 = llvm.add %5, %4 : i64
    llvm.br ^bb5(%9 : i64)
  ^bb4:  // pred: ^bb2
    %10 = llvm.sub %5, %4 : i64
    llvm.br ^bb5(%10 : i64)
  ^bb5(%11: i64):  // 2 preds: ^bb3, ^bb4
    llvm.br ^bb6
  ^bb6:  // pred: ^bb5
    %12 = llvm.add %4, %2 : i64
    llvm.br ^bb1(%12, %11 : i64, i64)
  ^bb7:  // pred: ^bb1
    llvm.return %5 : i64
  }
  llvm.func @collatz(%arg0: i32) -> i32 {
    %0 = llvm.mlir.constant(2 : i32) : i32
    %1 = llvm.mlir.constant(1 : i32) : i32
    llvm.br ^bb1(%arg0, %1 : i32, i32)
  ^bb1(%2: i32, %3: i32):  // 2 preds: ^bb0, ^bb2
    %4 = llvm.icmp "sgt" %2, %1 : i32
    llvm.cond_br %4, ^bb2(%2, %3 : i32, i32), ^bb3
  ^bb2(%5: i32, %6: i32):  // pred: ^bb1
    %7 = llvm.udiv %5, %0 : i32
    %8 = llvm.add %6, %1 : i32
    llvm.br ^bb1(%7, %8 : i32, i32)
  ^bb3:  // pred: ^bb1
    llvm.return %3 : i32
  }
  llvm.func @switch(%arg0: i64, %arg1: f32) -> f32 {
    %0 = llvm.trunc %arg0 : i64 to i32
    llvm.switch %0 : i32, ^bb3 [
      0: ^bb1,
      1: ^bb2
    ]
  ^bb1:  // pred: ^bb0
    %1 = llvm.fneg %arg1 : f32
    llvm.br ^bb4(%1 : f32)
  ^bb2:  // pred: ^bb0
    %2 = llvm.fmul %arg1, %arg1 : f32
    llvm.br ^bb4(%2 : f32)
  ^bb3:  // pred: ^bb0
    llvm.br ^bb4(%arg1 : f32)
  ^bb4(%3: f32):  // 3 preds: ^bb1, ^bb2, ^bb3
    llvm.return %3 : f32
  }
}

