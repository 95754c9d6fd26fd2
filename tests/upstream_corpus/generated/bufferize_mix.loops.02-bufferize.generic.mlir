"builtin.module"() ({
  "func.func"() <{function_type = (memref<16xf32, strided<[?], offset: ?>>, index) -> memref<16xf32, strided<[?], offset: ?>>, sym_name = "accumulate"}> ({
  ^bb0(%arg2: memref<16xf32, strided<[?], offset: ?>>, %arg3: index):
    %4 = "arith.constant"() <{value = 0 : index}> : () -> index
    %5 = "arith.constant"() <{value = 1 : index}> : () -> index
    %6 = "arith.constant"() <{value = 16 : index}> : () -> index
    "scf.for"(%4, %6, %5) ({
    ^bb0(%arg4: index):
      %7 = "memref.load"(%arg2, %arg4) : (memref<16xf32, strided<[?], offset: ?>>, index) -> f32
      %8 = "arith.addf"(%7, %7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      "memref.store"(%8, %arg2, %arg4) : (f32, memref<16xf32, strided<[?], offset: ?>>, index) -> ()
      "scf.yield"() : () -> ()
    }) : (index, index, index) -> ()
    "func.return"(%arg2) : (memref<16xf32, strided<[?], offset: ?>>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> memref<?xf32>, sym_name = "gen"}> ({
  ^bb0(%arg0: index):
    %0 = "memref.alloc"(%arg0) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xf32>
    "linalg.map"(%0) ({
    ^bb0(%arg1: f32):
      %1 = "linalg.index"() <{dim = 0 : i64}> : () -> index
      %2 = "arith.index_cast"(%1) : (index) -> i32
      %3 = "arith.sitofp"(%2) : (i32) -> f32
      "linalg.yield"(%3) : (f32) -> ()
    }) : (memref<?xf32>) -> ()
    "func.return"(%0) : (memref<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

