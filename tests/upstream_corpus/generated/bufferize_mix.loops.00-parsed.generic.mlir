"builtin.module"() ({
  "func.func"() <{function_type = (tensor<16xf32>, index) -> tensor<16xf32>, sym_name = "accumulate"}> ({
  ^bb0(%arg2: tensor<16xf32>, %arg3: index):
    %3 = "arith.constant"() <{value = 0 : index}> : () -> index
    %4 = "arith.constant"() <{value = 1 : index}> : () -> index
    %5 = "arith.constant"() <{value = 16 : index}> : () -> index
    %6 = "scf.for"(%3, %5, %4, %arg2) ({
    ^bb0(%arg4: index, %arg5: tensor<16xf32>):
      %7 = "tensor.extract"(%arg5, %arg4) : (tensor<16xf32>, index) -> f32
      %8 = "arith.addf"(%7, %7) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
      %9 = "tensor.insert"(%8, %arg5, %arg4) : (f32, tensor<16xf32>, index) -> tensor<16xf32>
      "scf.yield"(%9) : (tensor<16xf32>) -> ()
    }) : (index, index, index, tensor<16xf32>) -> tensor<16xf32>
    "func.return"(%6) : (tensor<16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (index) -> tensor<?xf32>, sym_name = "gen"}> ({
  ^bb0(%arg0: index):
    %0 = "tensor.generate"(%arg0) ({
    ^bb0(%arg1: index):
      %1 = "arith.index_cast"(%arg1) : (index) -> i32
      %2 = "arith.sitofp"(%1) : (i32) -> f32
      "tensor.yield"(%2) : (f32) -> ()
    }) : (index) -> tensor<?xf32>
    "func.return"(%0) : (tensor<?xf32>) -> ()
  }) : () -> ()
}) : () -> ()

