"builtin.module"() ({
  "func.func"() <{function_type = (memref<4x8xf32>, memref<4x4xf32>, f32) -> f32, sym_name = "vec"}> ({
  ^bb0(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32):
    %0 = "builtin.unrealized_conversion_cast"(%arg1) : (memref<4x4xf32>) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = "builtin.unrealized_conversion_cast"(%arg0) : (memref<4x8xf32>) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %2 = "arith.constant"() <{value = dense<0.000000e+00> : vector<4x4xf32>}> : () -> vector<4x4xf32>
    %3 = "builtin.unrealized_conversion_cast"(%2) : (vector<4x4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %4 = "arith.constant"() <{value = 1 : index}> : () -> index
    %5 = "arith.constant"() <{value = 4 : index}> : () -> index
    %6 = "arith.constant"() <{value = 0 : index}> : () -> index
    %7 = "builtin.unrealized_conversion_cast"(%6) : (index) -> i64
    %8 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x8xf32>>
    %9 = "builtin.unrealized_conversion_cast"(%8) : (memref<vector<4x8xf32>>) -> !llvm.struct<(ptr, ptr, i64)>
    %10 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x8xf32>>
    %11 = "builtin.unrealized_conversion_cast"(%10) : (memref<vector<4x8xf32>>) -> !llvm.struct<(ptr, ptr, i64)>
    %12 = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<vector<4x4xf32>>
    %13 = "builtin.unrealized_conversion_cast"(%12) : (memref<vector<4x4xf32>>) -> !llvm.struct<(ptr, ptr, i64)>
    %14 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %15 = "llvm.extractvalue"(%9) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %16 = "llvm.insertvalue"(%14, %15) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %17 = "llvm.extractvalue"(%9) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %18 = "llvm.insertvalue"(%16, %17) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %19 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %20 = "llvm.insertvalue"(%18, %19) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %21 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %22 = "llvm.insertvalue"(%20, %21) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %23 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %24 = "llvm.insertvalue"(%22, %23) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %25 = "builtin.unrealized_conversion_cast"(%24) : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> memref<4xvector<8xf32>>
    "cf.br"(%6)[^bb1] : (index) -> ()
  ^bb1(%26: index):  // 2 preds: ^bb0, ^bb2
    %27 = "builtin.unrealized_conversion_cast"(%26) : (index) -> i64
    %28 = "arith.cmpi"(%26, %5) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%28)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %29 = "llvm.extractvalue"(%1) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %30 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %31 = "llvm.mul"(%27, %30) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %32 = "llvm.add"(%31, %7) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %33 = "llvm.getelementptr"(%29, %32) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %34 = "llvm.load"(%33) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> vector<8xf32>
    "memref.store"(%34, %25, %26) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
    %35 = "arith.addi"(%26, %4) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%35)[^bb1] : (index) -> ()
  ^bb3:  // pred: ^bb1
    %36 = "memref.load"(%8) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %37 = "builtin.unrealized_conversion_cast"(%36) : (vector<4x8xf32>) -> !llvm.array<4 x vector<8xf32>>
    %38 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %39 = "llvm.extractvalue"(%11) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %40 = "llvm.insertvalue"(%38, %39) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %41 = "llvm.extractvalue"(%11) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %42 = "llvm.insertvalue"(%40, %41) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %43 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %44 = "llvm.insertvalue"(%42, %43) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %45 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %46 = "llvm.insertvalue"(%44, %45) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %47 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %48 = "llvm.insertvalue"(%46, %47) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %49 = "builtin.unrealized_conversion_cast"(%48) : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> memref<4xvector<8xf32>>
    "cf.br"(%6)[^bb4] : (index) -> ()
  ^bb4(%50: index):  // 2 preds: ^bb3, ^bb5
    %51 = "builtin.unrealized_conversion_cast"(%50) : (index) -> i64
    %52 = "arith.cmpi"(%50, %5) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%52)[^bb5, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %53 = "llvm.extractvalue"(%1) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %54 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %55 = "llvm.mul"(%51, %54) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %56 = "llvm.add"(%55, %7) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %57 = "llvm.getelementptr"(%53, %56) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %58 = "llvm.load"(%57) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> vector<8xf32>
    "memref.store"(%58, %49, %50) : (vector<8xf32>, memref<4xvector<8xf32>>, index) -> ()
    %59 = "arith.addi"(%50, %4) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%59)[^bb4] : (index) -> ()
  ^bb6:  // pred: ^bb4
    %60 = "memref.load"(%10) : (memref<vector<4x8xf32>>) -> vector<4x8xf32>
    %61 = "builtin.unrealized_conversion_cast"(%60) : (vector<4x8xf32>) -> !llvm.array<4 x vector<8xf32>>
    %62 = "llvm.mlir.poison"() : () -> !llvm.array<4 x vector<4xf32>>
    %63 = "llvm.mlir.poison"() : () -> vector<4xf32>
    %64 = "llvm.mlir.constant"() <{value = 0 : i32}> : () -> i32
    %65 = "llvm.insertelement"(%63, %arg2, %64) : (vector<4xf32>, f32, i32) -> vector<4xf32>
    %66 = "llvm.shufflevector"(%65, %65) <{mask = array<i32: 0, 0, 0, 0>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %67 = "llvm.insertvalue"(%62, %66) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %68 = "llvm.insertvalue"(%67, %66) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %69 = "llvm.insertvalue"(%68, %66) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %70 = "llvm.insertvalue"(%69, %66) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %71 = "builtin.unrealized_conversion_cast"(%70) : (!llvm.array<4 x vector<4xf32>>) -> vector<4x4xf32>
    %72 = "llvm.extractvalue"(%37) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %73 = "llvm.extractvalue"(%61) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %74 = "arith.mulf"(%72, %73) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %75 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %76 = "llvm.intr.vector.reduce.fadd"(%75, %74) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %77 = "llvm.extractvalue"(%3) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %78 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %79 = "llvm.insertelement"(%77, %76, %78) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %80 = "llvm.insertvalue"(%3, %79) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %81 = "llvm.extractvalue"(%61) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %82 = "arith.mulf"(%72, %81) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %83 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %84 = "llvm.intr.vector.reduce.fadd"(%83, %82) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %85 = "llvm.extractvalue"(%80) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %86 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %87 = "llvm.insertelement"(%85, %84, %86) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %88 = "llvm.insertvalue"(%80, %87) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %89 = "llvm.extractvalue"(%61) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %90 = "arith.mulf"(%72, %89) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %91 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %92 = "llvm.intr.vector.reduce.fadd"(%91, %90) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %93 = "llvm.extractvalue"(%88) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %94 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %95 = "llvm.insertelement"(%93, %92, %94) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %96 = "llvm.insertvalue"(%88, %95) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %97 = "llvm.extractvalue"(%61) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %98 = "arith.mulf"(%72, %97) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %99 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %100 = "llvm.intr.vector.reduce.fadd"(%99, %98) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %101 = "llvm.extractvalue"(%96) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %102 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %103 = "llvm.insertelement"(%101, %100, %102) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %104 = "llvm.insertvalue"(%96, %103) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %105 = "llvm.extractvalue"(%37) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %106 = "arith.mulf"(%105, %73) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %107 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %108 = "llvm.intr.vector.reduce.fadd"(%107, %106) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %109 = "llvm.extractvalue"(%104) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %110 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %111 = "llvm.insertelement"(%109, %108, %110) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %112 = "llvm.insertvalue"(%104, %111) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %113 = "arith.mulf"(%105, %81) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %114 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %115 = "llvm.intr.vector.reduce.fadd"(%114, %113) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %116 = "llvm.extractvalue"(%112) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %117 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %118 = "llvm.insertelement"(%116, %115, %117) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %119 = "llvm.insertvalue"(%112, %118) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %120 = "arith.mulf"(%105, %89) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %121 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %122 = "llvm.intr.vector.reduce.fadd"(%121, %120) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %123 = "llvm.extractvalue"(%119) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %124 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %125 = "llvm.insertelement"(%123, %122, %124) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %126 = "llvm.insertvalue"(%119, %125) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %127 = "arith.mulf"(%105, %97) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %128 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %129 = "llvm.intr.vector.reduce.fadd"(%128, %127) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %130 = "llvm.extractvalue"(%126) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %131 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %132 = "llvm.insertelement"(%130, %129, %131) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %133 = "llvm.insertvalue"(%126, %132) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %134 = "llvm.extractvalue"(%37) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %135 = "arith.mulf"(%134, %73) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %136 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %137 = "llvm.intr.vector.reduce.fadd"(%136, %135) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %138 = "llvm.extractvalue"(%133) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %139 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %140 = "llvm.insertelement"(%138, %137, %139) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %141 = "llvm.insertvalue"(%133, %140) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %142 = "arith.mulf"(%134, %81) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %143 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %144 = "llvm.intr.vector.reduce.fadd"(%143, %142) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %145 = "llvm.extractvalue"(%141) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %146 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %147 = "llvm.insertelement"(%145, %144, %146) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %148 = "llvm.insertvalue"(%141, %147) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %149 = "arith.mulf"(%134, %89) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %150 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %151 = "llvm.intr.vector.reduce.fadd"(%150, %149) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %152 = "llvm.extractvalue"(%148) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %153 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %154 = "llvm.insertelement"(%152, %151, %153) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %155 = "llvm.insertvalue"(%148, %154) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %156 = "arith.mulf"(%134, %97) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %157 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %158 = "llvm.intr.vector.reduce.fadd"(%157, %156) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %159 = "llvm.extractvalue"(%155) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %160 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %161 = "llvm.insertelement"(%159, %158, %160) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %162 = "llvm.insertvalue"(%155, %161) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %163 = "llvm.extractvalue"(%37) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %164 = "arith.mulf"(%163, %73) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %165 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %166 = "llvm.intr.vector.reduce.fadd"(%165, %164) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %167 = "llvm.extractvalue"(%162) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %168 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %169 = "llvm.insertelement"(%167, %166, %168) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %170 = "llvm.insertvalue"(%162, %169) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %171 = "arith.mulf"(%163, %81) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %172 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %173 = "llvm.intr.vector.reduce.fadd"(%172, %171) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %174 = "llvm.extractvalue"(%170) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %175 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %176 = "llvm.insertelement"(%174, %173, %175) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %177 = "llvm.insertvalue"(%170, %176) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %178 = "arith.mulf"(%163, %89) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %179 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %180 = "llvm.intr.vector.reduce.fadd"(%179, %178) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %181 = "llvm.extractvalue"(%177) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %182 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %183 = "llvm.insertelement"(%181, %180, %182) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %184 = "llvm.insertvalue"(%177, %183) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %185 = "arith.mulf"(%163, %97) <{fastmath = #arith.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %186 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %187 = "llvm.intr.vector.reduce.fadd"(%186, %185) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %188 = "llvm.extractvalue"(%184) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %189 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %190 = "llvm.insertelement"(%188, %187, %189) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %191 = "llvm.insertvalue"(%184, %190) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %192 = "builtin.unrealized_conversion_cast"(%191) : (!llvm.array<4 x vector<4xf32>>) -> vector<4x4xf32>
    %193 = "arith.addf"(%192, %71) <{fastmath = #arith.fastmath<none>}> : (vector<4x4xf32>, vector<4x4xf32>) -> vector<4x4xf32>
    %194 = "builtin.unrealized_conversion_cast"(%193) : (vector<4x4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %195 = "llvm.extractvalue"(%194) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %196 = "llvm.extractvalue"(%194) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %197 = "llvm.extractvalue"(%70) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %198 = "llvm.intr.fmuladd"(%195, %196, %197) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %199 = "llvm.insertvalue"(%3, %198) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %200 = "llvm.extractvalue"(%194) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %201 = "llvm.extractvalue"(%194) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %202 = "llvm.extractvalue"(%70) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %203 = "llvm.intr.fmuladd"(%200, %201, %202) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %204 = "llvm.insertvalue"(%199, %203) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %205 = "llvm.extractvalue"(%194) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %206 = "llvm.extractvalue"(%194) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %207 = "llvm.extractvalue"(%70) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %208 = "llvm.intr.fmuladd"(%205, %206, %207) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %209 = "llvm.insertvalue"(%204, %208) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %210 = "llvm.extractvalue"(%194) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %211 = "llvm.extractvalue"(%194) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %212 = "llvm.extractvalue"(%70) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %213 = "llvm.intr.fmuladd"(%210, %211, %212) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %214 = "llvm.insertvalue"(%209, %213) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %215 = "builtin.unrealized_conversion_cast"(%214) : (!llvm.array<4 x vector<4xf32>>) -> vector<4x4xf32>
    "memref.store"(%215, %12) : (vector<4x4xf32>, memref<vector<4x4xf32>>) -> ()
    %216 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %217 = "llvm.extractvalue"(%13) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %218 = "llvm.insertvalue"(%216, %217) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %219 = "llvm.extractvalue"(%13) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %220 = "llvm.insertvalue"(%218, %219) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %221 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %222 = "llvm.insertvalue"(%220, %221) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %223 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %224 = "llvm.insertvalue"(%222, %223) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %225 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %226 = "llvm.insertvalue"(%224, %225) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %227 = "builtin.unrealized_conversion_cast"(%226) : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> memref<4xvector<4xf32>>
    "cf.br"(%6)[^bb7] : (index) -> ()
  ^bb7(%228: index):  // 2 preds: ^bb6, ^bb8
    %229 = "builtin.unrealized_conversion_cast"(%228) : (index) -> i64
    %230 = "arith.cmpi"(%228, %5) <{predicate = 2 : i64}> : (index, index) -> i1
    "cf.cond_br"(%230)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %231 = "memref.load"(%227, %228) : (memref<4xvector<4xf32>>, index) -> vector<4xf32>
    %232 = "llvm.extractvalue"(%0) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %233 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %234 = "llvm.mul"(%229, %233) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %235 = "llvm.add"(%234, %7) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %236 = "llvm.getelementptr"(%232, %235) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%231, %236) <{alignment = 4 : i64, ordering = 0 : i64}> : (vector<4xf32>, !llvm.ptr) -> ()
    %237 = "arith.addi"(%228, %4) <{overflowFlags = #arith.overflow<none>}> : (index, index) -> index
    "cf.br"(%237)[^bb7] : (index) -> ()
  ^bb9:  // pred: ^bb7
    %238 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %239 = "llvm.intr.vector.reduce.fadd"(%238, %198) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %240 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %241 = "llvm.insertelement"(%198, %239, %240) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %242 = "llvm.intr.vector.reduce.fmaximum"(%241) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
    "func.return"(%242) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

