"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (ptr, ptr, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64, i64, i64, f32)>, linkage = #llvm.linkage<external>, sym_name = "vec", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: f32):
    %0 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = "llvm.insertvalue"(%0, %arg7) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %2 = "llvm.insertvalue"(%1, %arg8) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %3 = "llvm.insertvalue"(%2, %arg9) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %4 = "llvm.insertvalue"(%3, %arg10) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %5 = "llvm.insertvalue"(%4, %arg12) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %6 = "llvm.insertvalue"(%5, %arg11) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %7 = "llvm.insertvalue"(%6, %arg13) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %8 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %9 = "llvm.insertvalue"(%8, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %10 = "llvm.insertvalue"(%9, %arg1) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %11 = "llvm.insertvalue"(%10, %arg2) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %12 = "llvm.insertvalue"(%11, %arg3) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %13 = "llvm.insertvalue"(%12, %arg5) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %14 = "llvm.insertvalue"(%13, %arg4) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %15 = "llvm.insertvalue"(%14, %arg6) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %16 = "llvm.mlir.constant"() <{value = dense<0.000000e+00> : vector<4x4xf32>}> : () -> !llvm.array<4 x vector<4xf32>>
    %17 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %18 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %19 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %20 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %21 = "llvm.alloca"(%20) <{elem_type = !llvm.array<4 x vector<8xf32>>}> : (i64) -> !llvm.ptr
    %22 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64)>
    %23 = "llvm.insertvalue"(%22, %21) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %24 = "llvm.insertvalue"(%23, %21) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %25 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %26 = "llvm.insertvalue"(%24, %25) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64)>, i64) -> !llvm.struct<(ptr, ptr, i64)>
    %27 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %28 = "llvm.alloca"(%27) <{elem_type = !llvm.array<4 x vector<8xf32>>}> : (i64) -> !llvm.ptr
    %29 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64)>
    %30 = "llvm.insertvalue"(%29, %28) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %31 = "llvm.insertvalue"(%30, %28) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %32 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %33 = "llvm.insertvalue"(%31, %32) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64)>, i64) -> !llvm.struct<(ptr, ptr, i64)>
    %34 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %35 = "llvm.alloca"(%34) <{elem_type = !llvm.array<4 x vector<4xf32>>}> : (i64) -> !llvm.ptr
    %36 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64)>
    %37 = "llvm.insertvalue"(%36, %35) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %38 = "llvm.insertvalue"(%37, %35) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64)>
    %39 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %40 = "llvm.insertvalue"(%38, %39) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64)>, i64) -> !llvm.struct<(ptr, ptr, i64)>
    %41 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %42 = "llvm.extractvalue"(%26) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %43 = "llvm.insertvalue"(%41, %42) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %44 = "llvm.extractvalue"(%26) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %45 = "llvm.insertvalue"(%43, %44) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %46 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %47 = "llvm.insertvalue"(%45, %46) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %48 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %49 = "llvm.insertvalue"(%47, %48) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %50 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %51 = "llvm.insertvalue"(%49, %50) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    "llvm.br"(%19)[^bb1] : (i64) -> ()
  ^bb1(%52: i64):  // 2 preds: ^bb0, ^bb2
    %53 = "llvm.icmp"(%52, %18) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%53)[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    %54 = "llvm.extractvalue"(%15) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %55 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %56 = "llvm.mul"(%52, %55) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %57 = "llvm.add"(%56, %19) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %58 = "llvm.getelementptr"(%54, %57) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %59 = "llvm.load"(%58) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> vector<8xf32>
    %60 = "llvm.extractvalue"(%51) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr
    %61 = "llvm.getelementptr"(%60, %52) <{elem_type = vector<8xf32>, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%59, %61) <{ordering = 0 : i64}> : (vector<8xf32>, !llvm.ptr) -> ()
    %62 = "llvm.add"(%52, %17) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%62)[^bb1] : (i64) -> ()
  ^bb3:  // pred: ^bb1
    %63 = "llvm.extractvalue"(%26) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %64 = "llvm.load"(%63) <{ordering = 0 : i64}> : (!llvm.ptr) -> !llvm.array<4 x vector<8xf32>>
    %65 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %66 = "llvm.extractvalue"(%33) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %67 = "llvm.insertvalue"(%65, %66) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %68 = "llvm.extractvalue"(%33) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %69 = "llvm.insertvalue"(%67, %68) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %70 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %71 = "llvm.insertvalue"(%69, %70) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %72 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %73 = "llvm.insertvalue"(%71, %72) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %74 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %75 = "llvm.insertvalue"(%73, %74) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    "llvm.br"(%19)[^bb4] : (i64) -> ()
  ^bb4(%76: i64):  // 2 preds: ^bb3, ^bb5
    %77 = "llvm.icmp"(%76, %18) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%77)[^bb5, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb5:  // pred: ^bb4
    %78 = "llvm.extractvalue"(%15) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %79 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %80 = "llvm.mul"(%76, %79) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %81 = "llvm.add"(%80, %19) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %82 = "llvm.getelementptr"(%78, %81) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %83 = "llvm.load"(%82) <{alignment = 4 : i64, ordering = 0 : i64}> : (!llvm.ptr) -> vector<8xf32>
    %84 = "llvm.extractvalue"(%75) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr
    %85 = "llvm.getelementptr"(%84, %76) <{elem_type = vector<8xf32>, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%83, %85) <{ordering = 0 : i64}> : (vector<8xf32>, !llvm.ptr) -> ()
    %86 = "llvm.add"(%76, %17) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%86)[^bb4] : (i64) -> ()
  ^bb6:  // pred: ^bb4
    %87 = "llvm.extractvalue"(%33) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %88 = "llvm.load"(%87) <{ordering = 0 : i64}> : (!llvm.ptr) -> !llvm.array<4 x vector<8xf32>>
    %89 = "llvm.mlir.poison"() : () -> !llvm.array<4 x vector<4xf32>>
    %90 = "llvm.mlir.poison"() : () -> vector<4xf32>
    %91 = "llvm.mlir.constant"() <{value = 0 : i32}> : () -> i32
    %92 = "llvm.insertelement"(%90, %arg14, %91) : (vector<4xf32>, f32, i32) -> vector<4xf32>
    %93 = "llvm.shufflevector"(%92, %92) <{mask = array<i32: 0, 0, 0, 0>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %94 = "llvm.insertvalue"(%89, %93) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %95 = "llvm.insertvalue"(%94, %93) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %96 = "llvm.insertvalue"(%95, %93) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %97 = "llvm.insertvalue"(%96, %93) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %98 = "llvm.extractvalue"(%64) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %99 = "llvm.extractvalue"(%88) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %100 = "llvm.fmul"(%98, %99) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %101 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %102 = "llvm.intr.vector.reduce.fadd"(%101, %100) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %103 = "llvm.extractvalue"(%16) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %104 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %105 = "llvm.insertelement"(%103, %102, %104) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %106 = "llvm.insertvalue"(%16, %105) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %107 = "llvm.extractvalue"(%88) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %108 = "llvm.fmul"(%98, %107) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %109 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %110 = "llvm.intr.vector.reduce.fadd"(%109, %108) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %111 = "llvm.extractvalue"(%106) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %112 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %113 = "llvm.insertelement"(%111, %110, %112) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %114 = "llvm.insertvalue"(%106, %113) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %115 = "llvm.extractvalue"(%88) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %116 = "llvm.fmul"(%98, %115) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %117 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %118 = "llvm.intr.vector.reduce.fadd"(%117, %116) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %119 = "llvm.extractvalue"(%114) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %120 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %121 = "llvm.insertelement"(%119, %118, %120) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %122 = "llvm.insertvalue"(%114, %121) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %123 = "llvm.extractvalue"(%88) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %124 = "llvm.fmul"(%98, %123) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %125 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %126 = "llvm.intr.vector.reduce.fadd"(%125, %124) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %127 = "llvm.extractvalue"(%122) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %128 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %129 = "llvm.insertelement"(%127, %126, %128) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %130 = "llvm.insertvalue"(%122, %129) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %131 = "llvm.extractvalue"(%64) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %132 = "llvm.fmul"(%131, %99) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %133 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %134 = "llvm.intr.vector.reduce.fadd"(%133, %132) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %135 = "llvm.extractvalue"(%130) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %136 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %137 = "llvm.insertelement"(%135, %134, %136) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %138 = "llvm.insertvalue"(%130, %137) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %139 = "llvm.fmul"(%131, %107) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %140 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %141 = "llvm.intr.vector.reduce.fadd"(%140, %139) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %142 = "llvm.extractvalue"(%138) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %143 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %144 = "llvm.insertelement"(%142, %141, %143) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %145 = "llvm.insertvalue"(%138, %144) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %146 = "llvm.fmul"(%131, %115) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %147 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %148 = "llvm.intr.vector.reduce.fadd"(%147, %146) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %149 = "llvm.extractvalue"(%145) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %150 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %151 = "llvm.insertelement"(%149, %148, %150) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %152 = "llvm.insertvalue"(%145, %151) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %153 = "llvm.fmul"(%131, %123) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %154 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %155 = "llvm.intr.vector.reduce.fadd"(%154, %153) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %156 = "llvm.extractvalue"(%152) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %157 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %158 = "llvm.insertelement"(%156, %155, %157) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %159 = "llvm.insertvalue"(%152, %158) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %160 = "llvm.extractvalue"(%64) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %161 = "llvm.fmul"(%160, %99) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %162 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %163 = "llvm.intr.vector.reduce.fadd"(%162, %161) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %164 = "llvm.extractvalue"(%159) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %165 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %166 = "llvm.insertelement"(%164, %163, %165) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %167 = "llvm.insertvalue"(%159, %166) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %168 = "llvm.fmul"(%160, %107) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %169 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %170 = "llvm.intr.vector.reduce.fadd"(%169, %168) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %171 = "llvm.extractvalue"(%167) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %172 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %173 = "llvm.insertelement"(%171, %170, %172) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %174 = "llvm.insertvalue"(%167, %173) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %175 = "llvm.fmul"(%160, %115) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %176 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %177 = "llvm.intr.vector.reduce.fadd"(%176, %175) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %178 = "llvm.extractvalue"(%174) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %179 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %180 = "llvm.insertelement"(%178, %177, %179) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %181 = "llvm.insertvalue"(%174, %180) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %182 = "llvm.fmul"(%160, %123) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %183 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %184 = "llvm.intr.vector.reduce.fadd"(%183, %182) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %185 = "llvm.extractvalue"(%181) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %186 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %187 = "llvm.insertelement"(%185, %184, %186) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %188 = "llvm.insertvalue"(%181, %187) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %189 = "llvm.extractvalue"(%64) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<8xf32>>) -> vector<8xf32>
    %190 = "llvm.fmul"(%189, %99) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %191 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %192 = "llvm.intr.vector.reduce.fadd"(%191, %190) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %193 = "llvm.extractvalue"(%188) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %194 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %195 = "llvm.insertelement"(%193, %192, %194) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %196 = "llvm.insertvalue"(%188, %195) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %197 = "llvm.fmul"(%189, %107) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %198 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %199 = "llvm.intr.vector.reduce.fadd"(%198, %197) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %200 = "llvm.extractvalue"(%196) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %201 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %202 = "llvm.insertelement"(%200, %199, %201) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %203 = "llvm.insertvalue"(%196, %202) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %204 = "llvm.fmul"(%189, %115) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %205 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %206 = "llvm.intr.vector.reduce.fadd"(%205, %204) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %207 = "llvm.extractvalue"(%203) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %208 = "llvm.mlir.constant"() <{value = 2 : i64}> : () -> i64
    %209 = "llvm.insertelement"(%207, %206, %208) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %210 = "llvm.insertvalue"(%203, %209) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %211 = "llvm.fmul"(%189, %123) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
    %212 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %213 = "llvm.intr.vector.reduce.fadd"(%212, %211) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %214 = "llvm.extractvalue"(%210) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %215 = "llvm.mlir.constant"() <{value = 3 : i64}> : () -> i64
    %216 = "llvm.insertelement"(%214, %213, %215) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %217 = "llvm.insertvalue"(%210, %216) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %218 = "llvm.mlir.poison"() : () -> !llvm.array<4 x vector<4xf32>>
    %219 = "llvm.extractvalue"(%217) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %220 = "llvm.extractvalue"(%97) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %221 = "llvm.fadd"(%219, %220) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %222 = "llvm.insertvalue"(%218, %221) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %223 = "llvm.extractvalue"(%217) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %224 = "llvm.extractvalue"(%97) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %225 = "llvm.fadd"(%223, %224) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %226 = "llvm.insertvalue"(%222, %225) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %227 = "llvm.extractvalue"(%217) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %228 = "llvm.extractvalue"(%97) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %229 = "llvm.fadd"(%227, %228) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %230 = "llvm.insertvalue"(%226, %229) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %231 = "llvm.extractvalue"(%217) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %232 = "llvm.extractvalue"(%97) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %233 = "llvm.fadd"(%231, %232) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %234 = "llvm.insertvalue"(%230, %233) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %235 = "llvm.extractvalue"(%234) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %236 = "llvm.extractvalue"(%234) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %237 = "llvm.extractvalue"(%97) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %238 = "llvm.intr.fmuladd"(%235, %236, %237) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %239 = "llvm.insertvalue"(%16, %238) <{position = array<i64: 0>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %240 = "llvm.extractvalue"(%234) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %241 = "llvm.extractvalue"(%234) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %242 = "llvm.extractvalue"(%97) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %243 = "llvm.intr.fmuladd"(%240, %241, %242) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %244 = "llvm.insertvalue"(%239, %243) <{position = array<i64: 1>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %245 = "llvm.extractvalue"(%234) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %246 = "llvm.extractvalue"(%234) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %247 = "llvm.extractvalue"(%97) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %248 = "llvm.intr.fmuladd"(%245, %246, %247) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %249 = "llvm.insertvalue"(%244, %248) <{position = array<i64: 2>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %250 = "llvm.extractvalue"(%234) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %251 = "llvm.extractvalue"(%234) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %252 = "llvm.extractvalue"(%97) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>) -> vector<4xf32>
    %253 = "llvm.intr.fmuladd"(%250, %251, %252) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %254 = "llvm.insertvalue"(%249, %253) <{position = array<i64: 3>}> : (!llvm.array<4 x vector<4xf32>>, vector<4xf32>) -> !llvm.array<4 x vector<4xf32>>
    %255 = "llvm.extractvalue"(%40) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    "llvm.store"(%254, %255) <{ordering = 0 : i64}> : (!llvm.array<4 x vector<4xf32>>, !llvm.ptr) -> ()
    %256 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %257 = "llvm.extractvalue"(%40) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %258 = "llvm.insertvalue"(%256, %257) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %259 = "llvm.extractvalue"(%40) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64)>) -> !llvm.ptr
    %260 = "llvm.insertvalue"(%258, %259) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %261 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %262 = "llvm.insertvalue"(%260, %261) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %263 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %264 = "llvm.insertvalue"(%262, %263) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %265 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %266 = "llvm.insertvalue"(%264, %265) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    "llvm.br"(%19)[^bb7] : (i64) -> ()
  ^bb7(%267: i64):  // 2 preds: ^bb6, ^bb8
    %268 = "llvm.icmp"(%267, %18) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%268)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %269 = "llvm.extractvalue"(%266) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr
    %270 = "llvm.getelementptr"(%269, %267) <{elem_type = vector<4xf32>, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %271 = "llvm.load"(%270) <{ordering = 0 : i64}> : (!llvm.ptr) -> vector<4xf32>
    %272 = "llvm.extractvalue"(%7) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %273 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %274 = "llvm.mul"(%267, %273) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %275 = "llvm.add"(%274, %19) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %276 = "llvm.getelementptr"(%272, %275) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%271, %276) <{alignment = 4 : i64, ordering = 0 : i64}> : (vector<4xf32>, !llvm.ptr) -> ()
    %277 = "llvm.add"(%267, %17) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%277)[^bb7] : (i64) -> ()
  ^bb9:  // pred: ^bb7
    %278 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %279 = "llvm.intr.vector.reduce.fadd"(%278, %238) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %280 = "llvm.mlir.constant"() <{value = 1 : i64}> : () -> i64
    %281 = "llvm.insertelement"(%238, %279, %280) : (vector<4xf32>, f32, i64) -> vector<4xf32>
    %282 = "llvm.intr.vector.reduce.fmaximum"(%281) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
    "llvm.return"(%282) : (f32) -> ()
  }) : () -> ()
}) : () -> ()

