module {
  llvm.func @vec(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: i64, %arg13: i64, %arg14: f32) -> f32 {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = llvm.insertvalue %arg7, %0[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %2 = llvm.insertvalue %arg8, %1[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %3 = llvm.insertvalue %arg9, %2[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %4 = llvm.insertvalue %arg10, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %5 = llvm.insertvalue %arg12, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %6 = llvm.insertvalue %arg11, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %7 = llvm.insertvalue %arg13, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %8 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %9 = llvm.insertvalue %arg0, %8[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %10 = llvm.insertvalue %arg1, %9[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %11 = llvm.insertvalue %arg2, %10[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %12 = llvm.insertvalue %arg3, %11[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %13 = llvm.insertvalue %arg5, %12[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %14 = llvm.insertvalue %arg4, %13[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %15 = llvm.insertvalue %arg6, %14[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %16 = llvm.mlir.constant(dense<0.000000e+00> : vector<4x4xf32>) : !llvm.array<4 x vector<4xf32>>
    %17 = llvm.mlir.constant(1 : index) : i64
    %18 = llvm.mlir.constant(4 : index) : i64
    %19 = llvm.mlir.constant(0 : index) : i64
    %20 = llvm.mlir.constant(1 : index) : i64
    %21 = llvm.alloca %20 x !llvm.array<4 x vector<8xf32>> : (i64) -> !llvm.ptr
    %22 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %23 = llvm.insertvalue %21, %22[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.insertvalue %21, %23[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.mlir.constant(0 : index) : i64
    %26 = llvm.insertvalue %25, %24[2] : !llvm.struct<(ptr, ptr, i64)> 
    %27 = llvm.mlir.constant(1 : index) : i64
    %28 = llvm.alloca %27 x !llvm.array<4 x vector<8xf32>> : (i64) -> !llvm.ptr
    %29 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %30 = llvm.insertvalue %28, %29[0] : !llvm.struct<(ptr, ptr, i64)> 
    %31 = llvm.insertvalue %28, %30[1] : !llvm.struct<(ptr, ptr, i64)> 
    %32 = llvm.mlir.constant(0 : index) : i64
    %33 = llvm.insertvalue %32, %31[2] : !llvm.struct<(ptr, ptr, i64)> 
    %34 = llvm.mlir.constant(1 : index) : i64
    %35 = llvm.alloca %34 x !llvm.array<4 x vector<4xf32>> : (i64) -> !llvm.ptr
    %36 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %37 = llvm.insertvalue %35, %36[0] : !llvm.struct<(ptr, ptr, i64)> 
    %38 = llvm.insertvalue %35, %37[1] : !llvm.struct<(ptr, ptr, i64)> 
    %39 = llvm.mlir.constant(0 : index) : i64
    %40 = llvm.insertvalue %39, %38[2] : !llvm.struct<(ptr, ptr, i64)> 
    %41 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %42 = llvm.extractvalue %26[0] : !llvm.struct<(ptr, ptr, i64)> 
    %43 = llvm.insertvalue %42, %41[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %44 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64)> 
    %45 = llvm.insertvalue %44, %43[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %46 = llvm.mlir.constant(0 : index) : i64
    %47 = llvm.insertvalue %46, %45[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %48 = llvm.mlir.constant(4 : index) : i64
    %49 = llvm.insertvalue %48, %47[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %50 = llvm.mlir.constant(1 : index) : i64
    %51 = llvm.insertvalue %50, %49[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.br ^bb1(%19 : i64)
  ^bb1(%52: i64):  // 2 preds: ^bb0, ^bb2
    %53 = llvm.icmp "slt" %52, %18 : i64
    llvm.cond_br %53, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %54 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %55 = llvm.mlir.constant(8 : index) : i64
    %56 = llvm.mul %52, %55 : i64
    %57 = llvm.add %56, %19 : i64
    %58 = llvm.getelementptr %54[%57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %59 = llvm.load %58 {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
    %60 = llvm.extractvalue %51[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %61 = llvm.getelementptr inbounds|nuw %60[%52] : (!llvm.ptr, i64) -> !llvm.ptr, vector<8xf32>
    llvm.store %59, %61 : vector<8xf32>, !llvm.ptr
    %62 = llvm.add %52, %17 : i64
    llvm.br ^bb1(%62 : i64)
  ^bb3:  // pred: ^bb1
    %63 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64)> 
    %64 = llvm.load %63 : !llvm.ptr -> !llvm.array<4 x vector<8xf32>>
    %65 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %66 = llvm.extractvalue %33[0] : !llvm.struct<(ptr, ptr, i64)> 
    %67 = llvm.insertvalue %66, %65[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %68 = llvm.extractvalue %33[1] : !llvm.struct<(ptr, ptr, i64)> 
    %69 = llvm.insertvalue %68, %67[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %70 = llvm.mlir.constant(0 : index) : i64
    %71 = llvm.insertvalue %70, %69[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %72 = llvm.mlir.constant(4 : index) : i64
    %73 = llvm.insertvalue %72, %71[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %74 = llvm.mlir.constant(1 : index) : i64
    %75 = llvm.insertvalue %74, %73[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.br ^bb4(%19 : i64)
  ^bb4(%76: i64):  // 2 preds: ^bb3, ^bb5
    %77 = llvm.icmp "slt" %76, %18 : i64
    llvm.cond_br %77, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %78 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %79 = llvm.mlir.constant(8 : index) : i64
    %80 = llvm.mul %76, %79 : i64
    %81 = llvm.add %80, %19 : i64
    %82 = llvm.getelementptr %78[%81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %83 = llvm.load %82 {alignment = 4 : i64} : !llvm.ptr -> vector<8xf32>
    %84 = llvm.extractvalue %75[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %85 = llvm.getelementptr inbounds|nuw %84[%76] : (!llvm.ptr, i64) -> !llvm.ptr, vector<8xf32>
    llvm.store %83, %85 : vector<8xf32>, !llvm.ptr
    %86 = llvm.add %76, %17 : i64
    llvm.br ^bb4(%86 : i64)
  ^bb6:  // pred: ^bb4
    %87 = llvm.extractvalue %33[1] : !llvm.struct<(ptr, ptr, i64)> 
    %88 = llvm.load %87 : !llvm.ptr -> !llvm.array<4 x vector<8xf32>>
    %89 = llvm.mlir.poison : !llvm.array<4 x vector<4xf32>>
    %90 = llvm.mlir.poison : vector<4xf32>
    %91 = llvm.mlir.constant(0 : i32) : i32
    %92 = llvm.insertelement %arg14, %90[%91 : i32] : vector<4xf32>
    %93 = llvm.shufflevector %92, %92 [0, 0, 0, 0] : vector<4xf32> 
    %94 = llvm.insertvalue %93, %89[0] : !llvm.array<4 x vector<4xf32>> 
    %95 = llvm.insertvalue %93, %94[1] : !llvm.array<4 x vector<4xf32>> 
    %96 = llvm.insertvalue %93, %95[2] : !llvm.array<4 x vector<4xf32>> 
    %97 = llvm.insertvalue %93, %96[3] : !llvm.array<4 x vector<4xf32>> 
    %98 = llvm.extractvalue %64[0] : !llvm.array<4 x vector<8xf32>> 
    %99 = llvm.extractvalue %88[0] : !llvm.array<4 x vector<8xf32>> 
    %100 = llvm.fmul %98, %99 : vector<8xf32>
    %101 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %102 = "llvm.intr.vector.reduce.fadd"(%101, %100) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %103 = llvm.extractvalue %16[0] : !llvm.array<4 x vector<4xf32>> 
    %104 = llvm.mlir.constant(0 : i64) : i64
    %105 = llvm.insertelement %102, %103[%104 : i64] : vector<4xf32>
    %106 = llvm.insertvalue %105, %16[0] : !llvm.array<4 x vector<4xf32>> 
    %107 = llvm.extractvalue %88[1] : !llvm.array<4 x vector<8xf32>> 
    %108 = llvm.fmul %98, %107 : vector<8xf32>
    %109 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %110 = "llvm.intr.vector.reduce.fadd"(%109, %108) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %111 = llvm.extractvalue %106[0] : !llvm.array<4 x vector<4xf32>> 
    %112 = llvm.mlir.constant(1 : i64) : i64
    %113 = llvm.insertelement %110, %111[%112 : i64] : vector<4xf32>
    %114 = llvm.insertvalue %113, %106[0] : !llvm.array<4 x vector<4xf32>> 
    %115 = llvm.extractvalue %88[2] : !llvm.array<4 x vector<8xf32>> 
    %116 = llvm.fmul %98, %115 : vector<8xf32>
    %117 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %118 = "llvm.intr.vector.reduce.fadd"(%117, %116) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %119 = llvm.extractvalue %114[0] : !llvm.array<4 x vector<4xf32>> 
    %120 = llvm.mlir.constant(2 : i64) : i64
    %121 = llvm.insertelement %118, %119[%120 : i64] : vector<4xf32>
    %122 = llvm.insertvalue %121, %114[0] : !llvm.array<4 x vector<4xf32>> 
    %123 = llvm.extractvalue %88[3] : !llvm.array<4 x vector<8xf32>> 
    %124 = llvm.fmul %98, %123 : vector<8xf32>
    %125 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %126 = "llvm.intr.vector.reduce.fadd"(%125, %124) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %127 = llvm.extractvalue %122[0] : !llvm.array<4 x vector<4xf32>> 
    %128 = llvm.mlir.constant(3 : i64) : i64
    %129 = llvm.insertelement %126, %127[%128 : i64] : vector<4xf32>
    %130 = llvm.insertvalue %129, %122[0] : !llvm.array<4 x vector<4xf32>> 
    %131 = llvm.extractvalue %64[1] : !llvm.array<4 x vector<8xf32>> 
    %132 = llvm.fmul %131, %99 : vector<8xf32>
    %133 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %134 = "llvm.intr.vector.reduce.fadd"(%133, %132) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %135 = llvm.extractvalue %130[1] : !llvm.array<4 x vector<4xf32>> 
    %136 = llvm.mlir.constant(0 : i64) : i64
    %137 = llvm.insertelement %134, %135[%136 : i64] : vector<4xf32>
    %138 = llvm.insertvalue %137, %130[1] : !llvm.array<4 x vector<4xf32>> 
    %139 = llvm.fmul %131, %107 : vector<8xf32>
    %140 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %141 = "llvm.intr.vector.reduce.fadd"(%140, %139) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %142 = llvm.extractvalue %138[1] : !llvm.array<4 x vector<4xf32>> 
    %143 = llvm.mlir.constant(1 : i64) : i64
    %144 = llvm.insertelement %141, %142[%143 : i64] : vector<4xf32>
    %145 = llvm.insertvalue %144, %138[1] : !llvm.array<4 x vector<4xf32>> 
    %146 = llvm.fmul %131, %115 : vector<8xf32>
    %147 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %148 = "llvm.intr.vector.reduce.fadd"(%147, %146) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %149 = llvm.extractvalue %145[1] : !llvm.array<4 x vector<4xf32>> 
    %150 = llvm.mlir.constant(2 : i64) : i64
    %151 = llvm.insertelement %148, %149[%150 : i64] : vector<4xf32>
    %152 = llvm.insertvalue %151, %145[1] : !llvm.array<4 x vector<4xf32>> 
    %153 = llvm.fmul %131, %123 : vector<8xf32>
    %154 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %155 = "llvm.intr.vector.reduce.fadd"(%154, %153) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %156 = llvm.extractvalue %152[1] : !llvm.array<4 x vector<4xf32>> 
    %157 = llvm.mlir.constant(3 : i64) : i64
    %158 = llvm.insertelement %155, %156[%157 : i64] : vector<4xf32>
    %159 = llvm.insertvalue %158, %152[1] : !llvm.array<4 x vector<4xf32>> 
    %160 = llvm.extractvalue %64[2] : !llvm.array<4 x vector<8xf32>> 
    %161 = llvm.fmul %160, %99 : vector<8xf32>
    %162 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %163 = "llvm.intr.vector.reduce.fadd"(%162, %161) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %164 = llvm.extractvalue %159[2] : !llvm.array<4 x vector<4xf32>> 
    %165 = llvm.mlir.constant(0 : i64) : i64
    %166 = llvm.insertelement %163, %164[%165 : i64] : vector<4xf32>
    %167 = llvm.insertvalue %166, %159[2] : !llvm.array<4 x vector<4xf32>> 
    %168 = llvm.fmul %160, %107 : vector<8xf32>
    %169 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %170 = "llvm.intr.vector.reduce.fadd"(%169, %168) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %171 = llvm.extractvalue %167[2] : !llvm.array<4 x vector<4xf32>> 
    %172 = llvm.mlir.constant(1 : i64) : i64
    %173 = llvm.insertelement %170, %171[%172 : i64] : vector<4xf32>
    %174 = llvm.insertvalue %173, %167[2] : !llvm.array<4 x vector<4xf32>> 
    %175 = llvm.fmul %160, %115 : vector<8xf32>
    %176 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %177 = "llvm.intr.vector.reduce.fadd"(%176, %175) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %178 = llvm.extractvalue %174[2] : !llvm.array<4 x vector<4xf32>> 
    %179 = llvm.mlir.constant(2 : i64) : i64
    %180 = llvm.insertelement %177, %178[%179 : i64] : vector<4xf32>
    %181 = llvm.insertvalue %180, %174[2] : !llvm.array<4 x vector<4xf32>> 
    %182 = llvm.fmul %160, %123 : vector<8xf32>
    %183 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %184 = "llvm.intr.vector.reduce.fadd"(%183, %182) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %185 = llvm.extractvalue %181[2] : !llvm.array<4 x vector<4xf32>> 
    %186 = llvm.mlir.constant(3 : i64) : i64
    %187 = llvm.insertelement %184, %185[%186 : i64] : vector<4xf32>
    %188 = llvm.insertvalue %187, %181[2] : !llvm.array<4 x vector<4xf32>> 
    %189 = llvm.extractvalue %64[3] : !llvm.array<4 x vector<8xf32>> 
    %190 = llvm.fmul %189, %99 : vector<8xf32>
    %191 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %192 = "llvm.intr.vector.reduce.fadd"(%191, %190) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %193 = llvm.extractvalue %188[3] : !llvm.array<4 x vector<4xf32>> 
    %194 = llvm.mlir.constant(0 : i64) : i64
    %195 = llvm.insertelement %192, %193[%194 : i64] : vector<4xf32>
    %196 = llvm.insertvalue %195, %188[3] : !llvm.array<4 x vector<4xf32>> 
    %197 = llvm.fmul %189, %107 : vector<8xf32>
    %198 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %199 = "llvm.intr.vector.reduce.fadd"(%198, %197) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %200 = llvm.extractvalue %196[3] : !llvm.array<4 x vector<4xf32>> 
    %201 = llvm.mlir.constant(1 : i64) : i64
    %202 = llvm.insertelement %199, %200[%201 : i64] : vector<4xf32>
    %203 = llvm.insertvalue %202, %196[3] : !llvm.array<4 x vector<4xf32>> 
    %204 = llvm.fmul %189, %115 : vector<8xf32>
    %205 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %206 = "llvm.intr.vector.reduce.fadd"(%205, %204) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %207 = llvm.extractvalue %203[3] : !llvm.array<4 x vector<4xf32>> 
    %208 = llvm.mlir.constant(2 : i64) : i64
    %209 = llvm.insertelement %206, %207[%208 : i64] : vector<4xf32>
    %210 = llvm.insertvalue %209, %203[3] : !llvm.array<4 x vector<4xf32>> 
    %211 = llvm.fmul %189, %123 : vector<8xf32>
    %212 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %213 = "llvm.intr.vector.reduce.fadd"(%212, %211) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<8xf32>) -> f32
    %214 = llvm.extractvalue %210[3] : !llvm.array<4 x vector<4xf32>> 
    %215 = llvm.mlir.constant(3 : i64) : i64
    %216 = llvm.insertelement %213, %214[%215 : i64] : vector<4xf32>
    %217 = llvm.insertvalue %216, %210[3] : !llvm.array<4 x vector<4xf32>> 
    %218 = llvm.mlir.poison : !llvm.array<4 x vector<4xf32>>
    %219 = llvm.extractvalue %217[0] : !llvm.array<4 x vector<4xf32>> 
    %220 = llvm.extractvalue %97[0] : !llvm.array<4 x vector<4xf32>> 
    %221 = llvm.fadd %219, %220 : vector<4xf32>
    %222 = llvm.insertvalue %221, %218[0] : !llvm.array<4 x vector<4xf32>> 
    %223 = llvm.extractvalue %217[1] : !llvm.array<4 x vector<4xf32>> 
    %224 = llvm.extractvalue %97[1] : !llvm.array<4 x vector<4xf32>> 
    %225 = llvm.fadd %223, %224 : vector<4xf32>
    %226 = llvm.insertvalue %225, %222[1] : !llvm.array<4 x vector<4xf32>> 
    %227 = llvm.extractvalue %217[2] : !llvm.array<4 x vector<4xf32>> 
    %228 = llvm.extractvalue %97[2] : !llvm.array<4 x vector<4xf32>> 
    %229 = llvm.fadd %227, %228 : vector<4xf32>
    %230 = llvm.insertvalue %229, %226[2] : !llvm.array<4 x vector<4xf32>> 
    %231 = llvm.extractvalue %217[3] : !llvm.array<4 x vector<4xf32>> 
    %232 = llvm.extractvalue %97[3] : !llvm.array<4 x vector<4xf32>> 
    %233 = llvm.fadd %231, %232 : vector<4xf32>
    %234 = llvm.insertvalue %233, %230[3] : !llvm.array<4 x vector<4xf32>> 
    %235 = llvm.extractvalue %234[0] : !llvm.array<4 x vector<4xf32>> 
    %236 = llvm.extractvalue %234[0] : !llvm.array<4 x vector<4xf32>> 
    %237 = llvm.extractvalue %97[0] : !llvm.array<4 x vector<4xf32>> 
    %238 = llvm.intr.fmuladd(%235, %236, %237) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %239 = llvm.insertvalue %238, %16[0] : !llvm.array<4 x vector<4xf32>> 
    %240 = llvm.extractvalue %234[1] : !llvm.array<4 x vector<4xf32>> 
    %241 = llvm.extractvalue %234[1] : !llvm.array<4 x vector<4xf32>> 
    %242 = llvm.extractvalue %97[1] : !llvm.array<4 x vector<4xf32>> 
    %243 = llvm.intr.fmuladd(%240, %241, %242) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %244 = llvm.insertvalue %243, %239[1] : !llvm.array<4 x vector<4xf32>> 
    %245 = llvm.extractvalue %234[2] : !llvm.array<4 x vector<4xf32>> 
    %246 = llvm.extractvalue %234[2] : !llvm.array<4 x vector<4xf32>> 
    %247 = llvm.extractvalue %97[2] : !llvm.array<4 x vector<4xf32>> 
    %248 = llvm.intr.fmuladd(%245, %246, %247) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %249 = llvm.insertvalue %248, %244[2] : !llvm.array<4 x vector<4xf32>> 
    %250 = llvm.extractvalue %234[3] : !llvm.array<4 x vector<4xf32>> 
    %251 = llvm.extractvalue %234[3] : !llvm.array<4 x vector<4xf32>> 
    %252 = llvm.extractvalue %97[3] : !llvm.array<4 x vector<4xf32>> 
    %253 = llvm.intr.fmuladd(%250, %251, %252) : (vector<4xf32>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
    %254 = llvm.insertvalue %253, %249[3] : !llvm.array<4 x vector<4xf32>> 
    %255 = llvm.extractvalue %40[1] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %254, %255 : !llvm.array<4 x vector<4xf32>>, !llvm.ptr
    %256 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %257 = llvm.extractvalue %40[0] : !llvm.struct<(ptr, ptr, i64)> 
    %258 = llvm.insertvalue %257, %256[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %259 = llvm.extractvalue %40[1] : !llvm.struct<(ptr, ptr, i64)> 
    %260 = llvm.insertvalue %259, %258[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %261 = llvm.mlir.constant(0 : index) : i64
    %262 = llvm.insertvalue %261, %260[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %263 = llvm.mlir.constant(4 : index) : i64
    %264 = llvm.insertvalue %263, %262[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %265 = llvm.mlir.constant(1 : index) : i64
    %266 = llvm.insertvalue %265, %264[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.br ^bb7(%19 : i64)
  ^bb7(%267: i64):  // 2 preds: ^bb6, ^bb8
    %268 = llvm.icmp "slt" %267, %18 : i64
    llvm.cond_br %268, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %269 = llvm.extractvalue %266[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %270 = llvm.getelementptr inbounds|nuw %269[%267] : (!llvm.ptr, i64) -> !llvm.ptr, vector<4xf32>
    %271 = llvm.load %270 : !llvm.ptr -> vector<4xf32>
    %272 = llvm.extractvalue %7[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %273 = llvm.mlir.constant(4 : index) : i64
    %274 = llvm.mul %267, %273 : i64
    %275 = llvm.add %274, %19 : i64
    %276 = llvm.getelementptr %272[%275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %271, %276 {alignment = 4 : i64} : vector<4xf32>, !llvm.ptr
    %277 = llvm.add %267, %17 : i64
    llvm.br ^bb7(%277 : i64)
  ^bb9:  // pred: ^bb7
    %278 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %279 = "llvm.intr.vector.reduce.fadd"(%278, %238) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
    %280 = llvm.mlir.constant(1 : i64) : i64
    %281 = llvm.insertelement %279, %238[%280 : i64] : vector<4xf32>
    %282 = llvm.intr.vector.reduce.fmaximum(%281) : (vector<4xf32>) -> f32
    llvm.return %282 : f32
  }
}

