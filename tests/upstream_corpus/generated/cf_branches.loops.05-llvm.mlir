module {
  llvm.func @abort()
  llvm.func @puts(!llvm.ptr)
  llvm.mlir.global private constant @assert_msg(dense<[102, 108, 97, 103, 32, 109, 117, 115, 116, 32, 104, 111, 108, 100, 0]> : tensor<15xi8>) {addr_space = 0 : i32} : !llvm.array<15 x i8>
  llvm.func @pick(%arg0: i1, %arg1: i32, %arg2: f32, %arg3: f32) -> f32 {
    llvm.cond_br %arg0, ^bb1, ^bb6
  ^bb1:  // pred: ^bb0
    llvm.cond_br %arg0, ^bb2, ^bb4
  ^bb2:  // pred: ^bb1
    llvm.switch %arg1 : i32, ^bb5(%arg2 : f32) [
      0: ^bb3,
      5: ^bb5(%arg3 : f32)
    ]
  ^bb3:  // pred: ^bb2
    %0 = llvm.fneg %arg2 : f32
    llvm.br ^bb5(%0 : f32)
  ^bb4:  // pred: ^bb1
    llvm.br ^bb5(%arg3 : f32)
  ^bb5(%1: f32):  // 4 preds: ^bb2, ^bb2, ^bb3, ^bb4
    llvm.return %1 : f32
  ^bb6:  // pred: ^bb0
    %2 = llvm.mlir.addressof @assert_msg : !llvm.ptr
    %3 = llvm.getelementptr %2[0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<15 x i8>
    llvm.call @puts(%3) : (!llvm.ptr) -> ()
    llvm.call @abort() : () -> ()
    llvm.unreachable
  }
}

