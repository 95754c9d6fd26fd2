"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32, strided<[?], offset: ?>>, index) -> memref<16xf32, strided<[?], offset: ?>>, sym_name = "accumulate"}> ({
  ^bb0(%arg1: memref<16xf32, strided<[?], offset: ?>>, %arg2: index):
    %8 = "arith.constant"() <{value = 0 : index}> : () -> index
    %9 = "arith.constant"() <{value = 1 : index}> : () -> index
    %10 = "arith.constant"() <{value = 16 : index}> : () -> index
    "cf.br"(%8)[^bb1] : (index) -> ()
  ^bb1(%11: index):  // 2 preds: ^bb0, ^bb2
    %12 = "arith.cmpi"(%11, %10) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%12)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %13 = "memref.load"(%arg1, %11) : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
    %14 = "arith.addf"(%13, %13) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "memref.store"(%14, %arg1, %11) : (f32, memref<16xf32, strided<[?], offset: ?>>, index) -> ()
    %15 = "arith.addi"(%11, %9) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%15)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%arg1) : (memref<16xf32, strided<[?], offset: ?>>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> memref<?xf32>, sym_name = "gen"}> ({
  ^bb0(%arg0: index):
    %0 = "arith.constant"() <{value = 1 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "memref.alloc"(%arg0) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xf32>
    "cf.br"(%1)[^bb1] : (index) -> ()
  ^bb1(%3: index):  // 2 preds: ^bb0, ^bb2
    %4 = "arith.cmpi"(%3, %arg0) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%4)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %5 = "arith.index_cast"(%3) : (index) -> i32
    %6 = "arith.sitofp"(%5) : (i32) -> f32
    "memref.store"(%6, %2, %3) : (f32, memref<?xf32>, index) -> ()
    %7 = "arith.addi"(%3, %0) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%7)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    "func.return"(%2) : (memref<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

