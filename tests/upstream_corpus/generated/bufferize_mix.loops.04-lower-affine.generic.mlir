"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32, strided<[?], offset: ?>>, index) -> memref<16xf32, strided<[?], offset: ?>>, sym_name = "accumulate"}> ({
  ^bb0(%arg2: memref<16xf32, strided<[?], offset: ?>>, %arg3: index):
    %5 = "arith.constant"() <{value = 0 : index}> : () -> index
    %6 = "arith.constant"() <{value = 1 : index}> : () -> index
    %7 = "arith.constant"() <{value = 16 : index}> : () -> index
    "scf.for"(%5, %7, %6) ({
    ^bb0(%arg4: index):
      %8 = "memref.load"(%arg2, %arg4) : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
      %9 = "arith.addf"(%8, %8) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "memref.store"(%9, %arg2, %arg4) : (f32, memref<16xf32, strided<[?], offset: ?>>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%arg2) : (memref<16xf32, strided<[?], offset: ?>>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> memref<?xf32>, sym_name = "gen"}> ({
  ^bb0(%arg0: index):
    %0 = "arith.constant"() <{value = 1 : index}> : () -> index
    %1 = "arith.constant"() <{value = 0 : index}> : () -> index
    %2 = "memref.alloc"(%arg0) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xf32>
    "scf.for"(%1, %arg0, %0) ({
    ^bb0(%arg1: index):
      %3 = "arith.index_cast"(%arg1) : (index) -> i32
      %4 = "arith.sitofp"(%3) : (i32) -> f32
      "memref.store"(%4, %2, %arg1) : (f32, memref<?xf32>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%2) : (memref<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

