module {
  func.func @vec(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32) -> f32 {
    %0 = builtin.unrealized_conversion_cast %arg1 : memref<4x4xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = builtin.unrealized_conversion_cast %arg0 : memref<4x8xf32> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %cst = arith.constant dense<0.000000e+00> : vector<4x4xf32>
    %2 = builtin.unrealized_conversion_cast %cst : vector<4x4xf32> to !llvm.array<4 x vector<4xf32>>
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %3 = builtin.unrealized_conversion_cast %c0 : index to i64
    %alloca = memref.alloca() : memref<vector<4x8xf32>>
    %4 = builtin.unrealized_conversion_cast %alloca : memref<vector<4x8xf32>> to !llvm.struct<(ptr, ptr, i64)>
    %alloca_0 = memref.alloca() : memref<vector<4x8xf32>>
    %5 = builtin.unrealized_conversion_cast %alloca_0 : memref<vector<4x8xf32>> to !llvm.struct<(ptr, ptr, i64)>
    %alloca_1 = memref.alloca() : memref<vector<4x4xf32>>
    %6 = builtin.unrealized_conversion_cast %alloca_1 : memref<vector<4x4xf32>> to !llvm.struct<(ptr, ptr, i64)>
    %7 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %8 = llvm.extractvalue %4[0] : !llvm.struct<(ptr, ptr, i64)> 
    %9 = llvm.insertvalue %8, %7[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %10 = llvm.extractvalue %4[1] : !llvm.struct<(ptr, ptr, i64)> 
    %11 = llvm.insertvalue %10, %9[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %12 = llvm.mlir.constant(0 : index) : i64
    %13 = llvm.insertvalue %12, %11[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %14 = llvm.mlir.constant(4 : index) : i64
    %15 = llvm.insertvalue %14, %13[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %16 = llvm.mlir.constant(1 : index) : i64
    %17 = llvm.insertvalue %16, %15[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = builtin.unrealized_conversion_cast %17 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xvector<8xf32>>
    cf.br ^bb1(%c0 : index)
  ^bb1(%19: index):  // 2 preds: ^bb0, ^bb2
    %20 = builtin.unrealized_conversion_cast %19 : index to i64
    %21 = arith.cmpi slt, %19, %c4 : index
    cf.cond_br %21, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %22 = llvm.extractvalue %1[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.mlir.constant(8 : index) : i64
    %24 = llvm.mul %20, %23 : i64
    %25 = llvm.add %24, %3 : i64
    %26 = llvm.getelementptr %22[%25] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %27 = llvm.load %26 {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
    memref.store %27, %18[%19] : memref<4xvector<8xf32>>
    %28 = arith.addi %19, %c1 : index
    cf.br ^bb1(%28 : index)
  ^bb3:  // pred: ^bb1
    %29 = memref.load %alloca[] : memref<vector<4x8xf32>>
    %30 = builtin.unrealized_conversion_cast %29 : vector<4x8xf32> to !llvm.array<4 x vector<8xf32>>
    %31 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %32 = llvm.extractvalue %5[0] : !llvm.struct<(ptr, ptr, i64)> 
    %33 = llvm.insertvalue %32, %31[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %34 = llvm.extractvalue %5[1] : !llvm.struct<(ptr, ptr, i64)> 
    %35 = llvm.insertvalue %34, %33[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %36 = llvm.mlir.constant(0 : index) : i64
    %37 = llvm.insertvalue %36, %35[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %38 = llvm.mlir.constant(4 : index) : i64
    %39 = llvm.insertvalue %38, %37[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %40 = llvm.mlir.constant(1 : index) : i64
    %41 = llvm.insertvalue %40, %39[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %42 = builtin.unrealized_conversion_cast %41 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xvector<8xf32>>
    cf.br ^bb4(%c0 : index)
  ^bb4(%43: index):  // 2 preds: ^bb3, ^bb5
    %44 = builtin.unrealized_conversion_cast %43 : index to i64
    %45 = arith.cmpi slt, %43, %c4 : index
    cf.cond_br %45, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %46 = llvm.extractvalue %1[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %47 = llvm.mlir.constant(8 : index) : i64
    %48 = llvm.mul %44, %47 : i64
    %49 = llvm.add %48, %3 : i64
    %50 = llvm.getelementptr %46[%49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %51 = llvm.load %50 {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
    memref.store %51, %42[%43] : memref<4xvector<8xf32>>
    %52 = arith.addi %43, %c1 : index
    cf.br ^bb4(%52 : index)
  ^bb6:  // pred: ^bb4
    %53 = memref.load %alloca_0[] : memref<vector<4x8xf32>>
    %54 = builtin.unrealized_conversion_cast %53 : vector<4x8xf32> to !llvm.array<4 x vector<8xf32>>
    %55 = llvm.mlir.poison : !llvm.array<4 x vector<4xf32>>
    %56 = llvm.mlir.poison : vector<4xf32>
    %57 = llvm.mlir.constant(0 : i32) : i32
    %58 = llvm.insertelement %arg2, %56[%57 : i32] : vector<4xf32>
    %59 = llvm.shufflevector %58, %58 [0, 0, 0, 0] : vector<4xf32> 
    %60 = llvm.insertvalue %59, %55[0] : !llvm.array<4 x vector<4xf32>> 
    %61 = llvm.insertvalue %59, %60[1] : !llvm.array<4 x vector<4xf32>> 
    %62 = llvm.insertvalue %59, %61[2] : !llvm.array<4 x vector<4xf32>> 
    %63 = llvm.insertvalue %59, %62[3] : !llvm.array<4 x vector<4xf32>> 
    %64 = builtin.unrealized_conversion_cast %63 : !llvm.array<4 x vector<4xf32>> to vector<4x4xf32>
    %65 = llvm.extractvalue %30[0] : !llvm.array<4 x vector<8xf32>> 
    %66 = llvm.extractvalue %54[0] : !llvm.array<4 x vector<8xf32>> 
    %67 = arith.mulf %65, %66 : vector<8xf32>
    %68 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %69 = "llvm.intr.vector.reduce.fadd"(%68, %67) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %70 = llvm.extractvalue %2[0] : !llvm.array<4 x vector<4xf32>> 
    %71 = llvm.mlir.constant(0 : i64) : i64
    %72 = llvm.insertelement %69, %70[%71 : i64] : vector<4xf32>
    %73 = llvm.insertvalue %72, %2[0] : !llvm.array<4 x vector<4xf32>> 
    %74 = llvm.extractvalue %54[1] : !llvm.array<4 x vector<8xf32>> 
    %75 = arith.mulf %65, %74 : vector<8xf32>
    %76 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %77 = "llvm.intr.vector.reduce.fadd"(%76, %75) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %78 = llvm.extractvalue %73[0] : !llvm.array<4 x vector<4xf32>> 
    %79 = llvm.mlir.constant(1 : i64) : i64
    %80 = llvm.insertelement %77, %78[%79 : i64] : vector<4xf32>
    %81 = llvm.insertvalue %80, %73[0] : !llvm.array<4 x vector<4xf32>> 
    %82 = llvm.extractvalue %54[2] : !llvm.array<4 x vector<8xf32>> 
    %83 = arith.mulf %65, %82 : vector<8xf32>
    %84 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %85 = "llvm.intr.vector.reduce.fadd"(%84, %83) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %86 = llvm.extractvalue %81[0] : !llvm.array<4 x vector<4xf32>> 
    %87 = llvm.mlir.constant(2 : i64) : i64
    %88 = llvm.insertelement %85, %86[%87 : i64] : vector<4xf32>
    %89 = llvm.insertvalue %88, %81[0] : !llvm.array<4 x vector<4xf32>> 
    %90 = llvm.extractvalue %54[3] : !llvm.array<4 x vector<8xf32>> 
    %91 = arith.mulf %65, %90 : vector<8xf32>
    %92 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %93 = "llvm.intr.vector.reduce.fadd"(%92, %91) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %94 = llvm.extractvalue %89[0] : !llvm.array<4 x vector<4xf32>> 
    %95 = llvm.mlir.constant(3 : i64) : i64
    %96 = llvm.insertelement %93, %94[%95 : i64] : vector<4xf32>
    %97 = llvm.insertvalue %96, %89[0] : !llvm.array<4 x vector<4xf32>> 
    %98 = llvm.extractvalue %30[1] : !llvm.array<4 x vector<8xf32>> 
    %99 = arith.mulf %98, %66 : vector<8xf32>
    %100 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %101 = "llvm.intr.vector.reduce.fadd"(%100, %99) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %102 = llvm.extractvalue %97[1] : !llvm.array<4 x vector<4xf32>> 
    %103 = llvm.mlir.constant(0 : i64) : i64
    %104 = llvm.insertelement %101, %102[%103 : i64] : vector<4xf32>
    %105 = llvm.insertvalue %104, %97[1] : !llvm.array<4 x vector<4xf32>> 
    %106 = arith.mulf %98, %74 : vector<8xf32>
    %107 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %108 = "llvm.intr.vector.reduce.fadd"(%107, %106) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %109 = llvm.extractvalue %105[1] : !llvm.array<4 x vector<4xf32>> 
    %110 = llvm.mlir.constant(1 : i64) : i64
    %111 = llvm.insertelement %108, %109[%110 : i64] : vector<4xf32>
    %112 = llvm.insertvalue %111, %105[1] : !llvm.array<4 x vector<4xf32>> 
    %113 = arith.mulf %98, %82 : vector<8xf32>
    %114 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %115 = "llvm.intr.vector.reduce.fadd"(%114, %113) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %116 = llvm.extractvalue %112[1] : !llvm.array<4 x vector<4xf32>> 
    %117 = llvm.mlir.constant(2 : i64) : i64
    %118 = llvm.insertelement %115, %116[%117 : i64] : vector<4xf32>
    %119 = llvm.insertvalue %118, %112[1] : !llvm.array<4 x vector<4xf32>> 
    %120 = arith.mulf %98, %90 : vector<8xf32>
    %121 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %122 = "llvm.intr.vector.reduce.fadd"(%121, %120) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %123 = llvm.extractvalue %119[1] : !llvm.array<4 x vector<4xf32>> 
    %124 = llvm.mlir.constant(3 : i64) : i64
    %125 = llvm.insertelement %122, %123[%124 : i64] : vector<4xf32>
    %126 = llvm.insertvalue %125, %119[1] : !llvm.array<4 x vector<4xf32>> 
    %127 = llvm.extractvalue %30[2] : !llvm.array<4 x vector<8xf32>> 
    %128 = arith.mulf %127, %66 : vector<8xf32>
    %129 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %130 = "llvm.intr.vector.reduce.fadd"(%129, %128) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %131 = llvm.extractvalue %126[2] : !llvm.array<4 x vector<4xf32>> 
    %132 = llvm.mlir.constant(0 : i64) : i64
    %133 = llvm.insertelement %130, %131[%132 : i64] : vector<4xf32>
    %134 = llvm.insertvalue %133, %126[2] : !llvm.array<4 x vector<4xf32>> 
    %135 = arith.mulf %127, %74 : vector<8xf32>
    %136 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %137 = "llvm.intr.vector.reduce.fadd"(%136, %135) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %138 = llvm.extractvalue %134[2] : !llvm.array<4 x vector<4xf32>> 
    %139 = llvm.mlir.constant(1 : i64) : i64
    %140 = llvm.insertelement %137, %138[%139 : i64] : vector<4xf32>
    %141 = llvm.insertvalue %140, %134[2] : !llvm.array<4 x vector<4xf32>> 
    %142 = arith.mulf %127, %82 : vector<8xf32>
    %143 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %144 = "llvm.intr.vector.reduce.fadd"(%143, %142) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %145 = llvm.extractvalue %141[2] : !llvm.array<4 x vector<4xf32>> 
    %146 = llvm.mlir.constant(2 : i64) : i64
    %147 = llvm.insertelement %144, %145[%146 : i64] : vector<4xf32>
    %148 = llvm.insertvalue %147, %141[2] : !llvm.array<4 x vector<4xf32>> 
    %149 = arith.mulf %127, %90 : vector<8xf32>
    %150 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %151 = "llvm.intr.vector.reduce.fadd"(%150, %149) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %152 = llvm.extractvalue %148[2] : !llvm.array<4 x vector<4xf32>> 
    %153 = llvm.mlir.constant(3 : i64) : i64
    %154 = llvm.insertelement %151, %152[%153 : i64] : vector<4xf32>
    %155 = llvm.insertvalue %154, %148[2] : !llvm.array<4 x vector<4xf32>> 
    %156 = llvm.extractvalue %30[3] : !llvm.array<4 x vector<8xf32>> 
    %157 = arith.mulf %156, %66 : vector<8xf32>
    %158 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %159 = "llvm.intr.vector.reduce.fadd"(%158, %157) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %160 = llvm.extractvalue %155[3] : !llvm.array<4 x vector<4xf32>> 
    %161 = llvm.mlir.constant(0 : i64) : i64
    %162 = llvm.insertelement %159, %160[%161 : i64] : vector<4xf32>
    %163 = llvm.insertvalue %162, %155[3] : !llvm.array<4 x vector<4xf32>> 
    %164 = arith.mulf %156, %74 : vector<8xf32>
    %165 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %166 = "llvm.intr.vector.reduce.fadd"(%165, %164) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %167 = llvm.extractvalue %163[3] : !llvm.array<4 x vector<4xf32>> 
    %168 = llvm.mlir.constant(1 : i64) : i64
    %169 = llvm.insertelement %166, %167[%168 : i64] : vector<4xf32>
    %170 = llvm.insertvalue %169, %163[3] : !llvm.array<4 x vector<4xf32>> 
    %171 = arith.mulf %156, %82 : vector<8xf32>
    %172 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %173 = "llvm.intr.vector.reduce.fadd"(%172, %171) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %174 = llvm.extractvalue %170[3] : !llvm.array<4 x vector<4xf32>> 
    %175 = llvm.mlir.constant(2 : i64) : i64
    %176 = llvm.insertelement %173, %174[%175 : i64] : vector<4xf32>
    %177 = llvm.insertvalue %176, %170[3] : !llvm.array<4 x vector<4xf32>> 
    %178 = arith.mulf %156, %90 : vector<8xf32>
    %179 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %180 = "llvm.intr.vector.reduce.fadd"(%179, %178) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %181 = llvm.extractvalue %177[3] : !llvm.array<4 x vector<4xf32>> 
    %182 = llvm.mlir.constant(3 : i64) : i64
    %183 = llvm.insertelement %180, %181[%182 : i64] : vector<4xf32>
    %184 = llvm.insertvalue %183, %177[3] : !llvm.array<4 x vector<4xf32>> 
    %185 = builtin.unrealized_conversion_cast %184 : !llvm.array<4 x vector<4xf32>> to vector<4x4xf32>
    %186 = arith.addf %185, %64 : vector<4x4xf32>
    %187 = builtin.unrealized_conversion_cast %186 : vector<4x4xf32> to !llvm.array<4 x vector<4xf32>>
    %188 = llvm.extractvalue %187[0] : !llvm.array<4 x vector<4xf32>> 
    %189 = llvm.extractvalue %187[0] : !llvm.array<4 x vector<4xf32>> 
    %190 = llvm.extractvalue %63[0] : !llvm.array<4 x vector<4xf32>> 
    %191 = llvm.intr.fmuladd(%188, %189, %190) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %192 = llvm.insertvalue %191, %2[0] : !llvm.array<4 x vector<4xf32>> 
    %193 = llvm.extractvalue %187[1] : !llvm.array<4 x vector<4xf32>> 
    %194 = llvm.extractvalue %187[1] : !llvm.array<4 x vector<4xf32>> 
    %195 = llvm.extractvalue %63[1] : !llvm.array<4 x vector<4xf32>> 
    %196 = llvm.intr.fmuladd(%193, %194, %195) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %197 = llvm.insertvalue %196, %192[1] : !llvm.array<4 x vector<4xf32>> 
    %198 = llvm.extractvalue %187[2] : !llvm.array<4 x vector<4xf32>> 
    %199 = llvm.extractvalue %187[2] : !llvm.array<4 x vector<4xf32>> 
    %200 = llvm.extractvalue %63[2] : !llvm.array<4 x vector<4xf32>> 
    %201 = llvm.intr.fmuladd(%198, %199, %200) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %202 = llvm.insertvalue %201, %197[2] : !llvm.array<4 x vector<4xf32>> 
    %203 = llvm.extractvalue %187[3] : !llvm.array<4 x vector<4xf32>> 
    %204 = llvm.extractvalue %187[3] : !llvm.array<4 x vector<4xf32>> 
    %205 = llvm.extractvalue %63[3] : !llvm.array<4 x vector<4xf32>> 
    %206 = llvm.intr.fmuladd(%203, %204, %205) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %207 = llvm.insertvalue %206, %202[3] : !llvm.array<4 x vector<4xf32>> 
    %208 = builtin.unrealized_conversion_cast %207 : !llvm.array<4 x vector<4xf32>> to vector<4x4xf32>
    memref.store %208, %alloca_1[] : memref<vector<4x4xf32>>
    %209 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %210 = llvm.extractvalue %6[0] : !llvm.struct<(ptr, ptr, i64)> 
    %211 = llvm.insertvalue %210, %209[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %212 = llvm.extractvalue %6[1] : !llvm.struct<(ptr, ptr, i64)> 
    %213 = llvm.insertvalue %212, %211[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %214 = llvm.mlir.constant(0 : index) : i64
    %215 = llvm.insertvalue %214, %213[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %216 = llvm.mlir.constant(4 : index) : i64
    %217 = llvm.insertvalue %216, %215[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %218 = llvm.mlir.constant(1 : index) : i64
    %219 = llvm.insertvalue %218, %217[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %220 = builtin.unrealized_conversion_cast %219 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xvector<4xf32>>
    cf.br ^bb7(%c0 : index)
  ^bb7(%221: index):  // 2 preds: ^bb6, ^bb8
    %222 = builtin.unrealized_conversion_cast %221 : index to i64
    %223 = arith.cmpi slt, %221, %c4 : index
    cf.cond_br %223, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %224 = memref.load %220[%221] : memref<4xvector<4xf32>>
    %225 = llvm.extractvalue %0[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %226 = llvm.mlir.constant(4 : index) : i64
    %227 = llvm.mul %222, %226 : i64
    %228 = llvm.add %227, %3 : i64
    %229 = llvm.getelementptr %225[%228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %224, %229 {alignment = 4 : i64} : vector<4xf32>, !llvm.ptr
    %230 = arith.addi %221, %c1 : index
    cf.br ^bb7(%230 : index)
  ^bb9:  // pred: ^bb7
    %231 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %232 = "llvm.intr.vector.reduce.fadd"(%231, %191) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %233 = llvm.mlir.constant(1 : i64) : i64
    %234 = llvm.insertelement %232, %191[%233 : i64] : vector<4xf32>
    %235 = llvm.intr.vector.reduce.fmaximum(%234) : (vector<4xf32>) -> f32
    return %235 : f32
  }
}

