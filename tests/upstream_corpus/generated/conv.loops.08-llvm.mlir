module {
  llvm.func @malloc(i64) -> !llvm.ptr
  llvm.func @conv(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64, %arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %1 = llvm.insertvalue %arg11, %0[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %2 = llvm.insertvalue %arg12, %1[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %3 = llvm.insertvalue %arg13, %2[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %4 = llvm.insertvalue %arg14, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %5 = llvm.insertvalue %arg18, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %6 = llvm.insertvalue %arg15, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %7 = llvm.insertvalue %arg19, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %8 = llvm.insertvalue %arg16, %7[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %9 = llvm.insertvalue %arg20, %8[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %10 = llvm.insertvalue %arg17, %9[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %11 = llvm.insertvalue %arg21, %10[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %12 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %13 = llvm.insertvalue %arg0, %12[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %14 = llvm.insertvalue %arg1, %13[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %15 = llvm.insertvalue %arg2, %14[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %16 = llvm.insertvalue %arg3, %15[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %17 = llvm.insertvalue %arg7, %16[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %18 = llvm.insertvalue %arg4, %17[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %19 = llvm.insertvalue %arg8, %18[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %20 = llvm.insertvalue %arg5, %19[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %21 = llvm.insertvalue %arg9, %20[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %22 = llvm.insertvalue %arg6, %21[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %23 = llvm.insertvalue %arg10, %22[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %24 = llvm.mlir.constant(3 : index) : i64
    %25 = llvm.mlir.constant(8 : index) : i64
    %26 = llvm.mlir.constant(1 : index) : i64
    %27 = llvm.mlir.constant(0 : index) : i64
    %28 = llvm.mlir.constant(0.000000e+00 : f32) : f32
    %29 = llvm.mlir.constant(1 : index) : i64
    %30 = llvm.mlir.constant(8 : index) : i64
    %31 = llvm.mlir.constant(8 : index) : i64
    %32 = llvm.mlir.constant(8 : index) : i64
    %33 = llvm.mlir.constant(1 : index) : i64
    %34 = llvm.mlir.constant(64 : index) : i64
    %35 = llvm.mlir.constant(512 : index) : i64
    %36 = llvm.mlir.constant(512 : index) : i64
    %37 = llvm.mlir.zero : !llvm.ptr
    %38 = llvm.getelementptr %37[%36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %39 = llvm.ptrtoint %38 : !llvm.ptr to i64
    %40 = llvm.mlir.constant(64 : index) : i64
    %41 = llvm.add %39, %40 : i64
    %42 = llvm.call @malloc(%41) : (i64) -> !llvm.ptr
    %43 = llvm.ptrtoint %42 : !llvm.ptr to i64
    %44 = llvm.mlir.constant(1 : index) : i64
    %45 = llvm.sub %40, %44 : i64
    %46 = llvm.add %43, %45 : i64
    %47 = llvm.urem %46, %40 : i64
    %48 = llvm.sub %46, %47 : i64
    %49 = llvm.inttoptr %48 : i64 to !llvm.ptr
    %50 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %51 = llvm.insertvalue %42, %50[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %52 = llvm.insertvalue %49, %51[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %53 = llvm.mlir.constant(0 : index) : i64
    %54 = llvm.insertvalue %53, %52[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %55 = llvm.insertvalue %29, %54[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %56 = llvm.insertvalue %30, %55[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %57 = llvm.insertvalue %31, %56[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %58 = llvm.insertvalue %32, %57[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %59 = llvm.insertvalue %35, %58[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.insertvalue %34, %59[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %61 = llvm.insertvalue %32, %60[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %62 = llvm.insertvalue %33, %61[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    llvm.br ^bb1(%27 : i64)
  ^bb1(%63: i64):  // 2 preds: ^bb0, ^bb11
    %64 = llvm.icmp "slt" %63, %26 : i64
    llvm.cond_br %64, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%27 : i64)
  ^bb3(%65: i64):  // 2 preds: ^bb2, ^bb10
    %66 = llvm.icmp "slt" %65, %25 : i64
    llvm.cond_br %66, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%27 : i64)
  ^bb5(%67: i64):  // 2 preds: ^bb4, ^bb9
    %68 = llvm.icmp "slt" %67, %25 : i64
    llvm.cond_br %68, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%27 : i64)
  ^bb7(%69: i64):  // 2 preds: ^bb6, ^bb8
    %70 = llvm.icmp "slt" %69, %25 : i64
    llvm.cond_br %70, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %71 = llvm.extractvalue %62[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %72 = llvm.mlir.constant(512 : index) : i64
    %73 = llvm.mul %63, %72 overflow<nsw, nuw> : i64
    %74 = llvm.mlir.constant(64 : index) : i64
    %75 = llvm.mul %65, %74 overflow<nsw, nuw> : i64
    %76 = llvm.add %73, %75 overflow<nsw, nuw> : i64
    %77 = llvm.mlir.constant(8 : index) : i64
    %78 = llvm.mul %67, %77 overflow<nsw, nuw> : i64
    %79 = llvm.add %76, %78 overflow<nsw, nuw> : i64
    %80 = llvm.add %79, %69 overflow<nsw, nuw> : i64
    %81 = llvm.getelementptr inbounds|nuw %71[%80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %28, %81 : f32, !llvm.ptr
    %82 = llvm.add %69, %26 : i64
    llvm.br ^bb7(%82 : i64)
  ^bb9:  // pred: ^bb7
    %83 = llvm.add %67, %26 : i64
    llvm.br ^bb5(%83 : i64)
  ^bb10:  // pred: ^bb5
    %84 = llvm.add %65, %26 : i64
    llvm.br ^bb3(%84 : i64)
  ^bb11:  // pred: ^bb3
    %85 = llvm.add %63, %26 : i64
    llvm.br ^bb1(%85 : i64)
  ^bb12:  // pred: ^bb1
    llvm.br ^bb13(%27 : i64)
  ^bb13(%86: i64):  // 2 preds: ^bb12, ^bb32
    %87 = llvm.icmp "slt" %86, %26 : i64
    llvm.cond_br %87, ^bb14, ^bb33
  ^bb14:  // pred: ^bb13
    llvm.br ^bb15(%27 : i64)
  ^bb15(%88: i64):  // 2 preds: ^bb14, ^bb31
    %89 = llvm.icmp "slt" %88, %25 : i64
    llvm.cond_br %89, ^bb16, ^bb32
  ^bb16:  // pred: ^bb15
    llvm.br ^bb17(%27 : i64)
  ^bb17(%90: i64):  // 2 preds: ^bb16, ^bb30
    %91 = llvm.icmp "slt" %90, %25 : i64
    llvm.cond_br %91, ^bb18, ^bb31
  ^bb18:  // pred: ^bb17
    llvm.br ^bb19(%27 : i64)
  ^bb19(%92: i64):  // 2 preds: ^bb18, ^bb29
    %93 = llvm.icmp "slt" %92, %25 : i64
    llvm.cond_br %93, ^bb20, ^bb30
  ^bb20:  // pred: ^bb19
    llvm.br ^bb21(%27 : i64)
  ^bb21(%94: i64):  // 2 preds: ^bb20, ^bb28
    %95 = llvm.icmp "slt" %94, %24 : i64
    llvm.cond_br %95, ^bb22, ^bb29
  ^bb22:  // pred: ^bb21
    llvm.br ^bb23(%27 : i64)
  ^bb23(%96: i64):  // 2 preds: ^bb22, ^bb27
    %97 = llvm.icmp "slt" %96, %24 : i64
    llvm.cond_br %97, ^bb24, ^bb28
  ^bb24:  // pred: ^bb23
    llvm.br ^bb25(%27 : i64)
  ^bb25(%98: i64):  // 2 preds: ^bb24, ^bb26
    %99 = llvm.icmp "slt" %98, %24 : i64
    llvm.cond_br %99, ^bb26, ^bb27
  ^bb26:  // pred: ^bb25
    %100 = llvm.add %90, %96 : i64
    %101 = llvm.add %92, %98 : i64
    %102 = llvm.extractvalue %23[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %103 = llvm.extractvalue %23[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %104 = llvm.getelementptr %102[%103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %105 = llvm.extractvalue %23[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %106 = llvm.mul %86, %105 overflow<nsw, nuw> : i64
    %107 = llvm.extractvalue %23[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %108 = llvm.mul %94, %107 overflow<nsw, nuw> : i64
    %109 = llvm.add %106, %108 overflow<nsw, nuw> : i64
    %110 = llvm.extractvalue %23[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %111 = llvm.mul %100, %110 overflow<nsw, nuw> : i64
    %112 = llvm.add %109, %111 overflow<nsw, nuw> : i64
    %113 = llvm.extractvalue %23[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %114 = llvm.mul %101, %113 overflow<nsw, nuw> : i64
    %115 = llvm.add %112, %114 overflow<nsw, nuw> : i64
    %116 = llvm.getelementptr inbounds|nuw %104[%115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %117 = llvm.load %116 : !llvm.ptr -> f32
    %118 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %119 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %120 = llvm.getelementptr %118[%119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %121 = llvm.extractvalue %11[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %122 = llvm.mul %88, %121 overflow<nsw, nuw> : i64
    %123 = llvm.extractvalue %11[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %124 = llvm.mul %94, %123 overflow<nsw, nuw> : i64
    %125 = llvm.add %122, %124 overflow<nsw, nuw> : i64
    %126 = llvm.extractvalue %11[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %127 = llvm.mul %96, %126 overflow<nsw, nuw> : i64
    %128 = llvm.add %125, %127 overflow<nsw, nuw> : i64
    %129 = llvm.extractvalue %11[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %130 = llvm.mul %98, %129 overflow<nsw, nuw> : i64
    %131 = llvm.add %128, %130 overflow<nsw, nuw> : i64
    %132 = llvm.getelementptr inbounds|nuw %120[%131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %133 = llvm.load %132 : !llvm.ptr -> f32
    %134 = llvm.extractvalue %62[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %135 = llvm.mlir.constant(512 : index) : i64
    %136 = llvm.mul %86, %135 overflow<nsw, nuw> : i64
    %137 = llvm.mlir.constant(64 : index) : i64
    %138 = llvm.mul %88, %137 overflow<nsw, nuw> : i64
    %139 = llvm.add %136, %138 overflow<nsw, nuw> : i64
    %140 = llvm.mlir.constant(8 : index) : i64
    %141 = llvm.mul %90, %140 overflow<nsw, nuw> : i64
    %142 = llvm.add %139, %141 overflow<nsw, nuw> : i64
    %143 = llvm.add %142, %92 overflow<nsw, nuw> : i64
    %144 = llvm.getelementptr inbounds|nuw %134[%143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %145 = llvm.load %144 : !llvm.ptr -> f32
    %146 = llvm.fmul %117, %133 : f32
    %147 = llvm.fadd %145, %146 : f32
    %148 = llvm.extractvalue %62[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %149 = llvm.mlir.constant(512 : index) : i64
    %150 = llvm.mul %86, %149 overflow<nsw, nuw> : i64
    %151 = llvm.mlir.constant(64 : index) : i64
    %152 = llvm.mul %88, %151 overflow<nsw, nuw> : i64
    %153 = llvm.add %150, %152 overflow<nsw, nuw> : i64
    %154 = llvm.mlir.constant(8 : index) : i64
    %155 = llvm.mul %90, %154 overflow<nsw, nuw> : i64
    %156 = llvm.add %153, %155 overflow<nsw, nuw> : i64
    %157 = llvm.add %156, %92 overflow<nsw, nuw> : i64
    %158 = llvm.getelementptr inbounds|nuw %148[%157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %147, %158 : f32, !llvm.ptr
    %159 = llvm.add %98, %26 : i64
    llvm.br ^bb25(%159 : i64)
  ^bb27:  // pred: ^bb25
    %160 = llvm.add %96, %26 : i64
    llvm.br ^bb23(%160 : i64)
  ^bb28:  // pred: ^bb23
    %161 = llvm.add %94, %26 : i64
    llvm.br ^bb21(%161 : i64)
  ^bb29:  // pred: ^bb21
    %162 = llvm.add %92, %26 : i64
    llvm.br ^bb19(%162 : i64)
  ^bb30:  // pred: ^bb19
    %163 = llvm.add %90, %26 : i64
    llvm.br ^bb17(%163 : i64)
  ^bb31:  // pred: ^bb17
    %164 = llvm.add %88, %26 : i64
    llvm.br ^bb15(%164 : i64)
  ^bb32:  // pred: ^bb15
    %165 = llvm.add %86, %26 : i64
    llvm.br ^bb13(%165 : i64)
  ^bb33:  // pred: ^bb13
    llvm.return %62 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
  }
  llvm.func @pool(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> {
    %0 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %1 = llvm.insertvalue %arg0, %0[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %2 = llvm.insertvalue %arg1, %1[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %3 = llvm.insertvalue %arg2, %2[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %4 = llvm.insertvalue %arg3, %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %5 = llvm.insertvalue %arg7, %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %6 = llvm.insertvalue %arg4, %5[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %7 = llvm.insertvalue %arg8, %6[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %8 = llvm.insertvalue %arg5, %7[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %9 = llvm.insertvalue %arg9, %8[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %10 = llvm.insertvalue %arg6, %9[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %11 = llvm.insertvalue %arg10, %10[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %12 = llvm.mlir.constant(2 : index) : i64
    %13 = llvm.mlir.constant(4 : index) : i64
    %14 = llvm.mlir.constant(1 : index) : i64
    %15 = llvm.mlir.constant(0 : index) : i64
    %16 = llvm.mlir.constant(0xFF800000 : f32) : f32
    %17 = llvm.mlir.constant(1 : index) : i64
    %18 = llvm.mlir.constant(4 : index) : i64
    %19 = llvm.mlir.constant(4 : index) : i64
    %20 = llvm.mlir.constant(4 : index) : i64
    %21 = llvm.mlir.constant(1 : index) : i64
    %22 = llvm.mlir.constant(16 : index) : i64
    %23 = llvm.mlir.constant(64 : index) : i64
    %24 = llvm.mlir.constant(64 : index) : i64
    %25 = llvm.mlir.zero : !llvm.ptr
    %26 = llvm.getelementptr %25[%24] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %27 = llvm.ptrtoint %26 : !llvm.ptr to i64
    %28 = llvm.mlir.constant(64 : index) : i64
    %29 = llvm.add %27, %28 : i64
    %30 = llvm.call @malloc(%29) : (i64) -> !llvm.ptr
    %31 = llvm.ptrtoint %30 : !llvm.ptr to i64
    %32 = llvm.mlir.constant(1 : index) : i64
    %33 = llvm.sub %28, %32 : i64
    %34 = llvm.add %31, %33 : i64
    %35 = llvm.urem %34, %28 : i64
    %36 = llvm.sub %34, %35 : i64
    %37 = llvm.inttoptr %36 : i64 to !llvm.ptr
    %38 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %39 = llvm.insertvalue %30, %38[0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %40 = llvm.insertvalue %37, %39[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %41 = llvm.mlir.constant(0 : index) : i64
    %42 = llvm.insertvalue %41, %40[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %43 = llvm.insertvalue %17, %42[3, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %44 = llvm.insertvalue %18, %43[3, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %45 = llvm.insertvalue %19, %44[3, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %46 = llvm.insertvalue %20, %45[3, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %47 = llvm.insertvalue %23, %46[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %48 = llvm.insertvalue %22, %47[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %49 = llvm.insertvalue %20, %48[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %50 = llvm.insertvalue %21, %49[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    llvm.br ^bb1(%15 : i64)
  ^bb1(%51: i64):  // 2 preds: ^bb0, ^bb11
    %52 = llvm.icmp "slt" %51, %14 : i64
    llvm.cond_br %52, ^bb2, ^bb12
  ^bb2:  // pred: ^bb1
    llvm.br ^bb3(%15 : i64)
  ^bb3(%53: i64):  // 2 preds: ^bb2, ^bb10
    %54 = llvm.icmp "slt" %53, %13 : i64
    llvm.cond_br %54, ^bb4, ^bb11
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%15 : i64)
  ^bb5(%55: i64):  // 2 preds: ^bb4, ^bb9
    %56 = llvm.icmp "slt" %55, %13 : i64
    llvm.cond_br %56, ^bb6, ^bb10
  ^bb6:  // pred: ^bb5
    llvm.br ^bb7(%15 : i64)
  ^bb7(%57: i64):  // 2 preds: ^bb6, ^bb8
    %58 = llvm.icmp "slt" %57, %13 : i64
    llvm.cond_br %58, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %59 = llvm.extractvalue %50[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %60 = llvm.mlir.constant(64 : index) : i64
    %61 = llvm.mul %51, %60 overflow<nsw, nuw> : i64
    %62 = llvm.mlir.constant(16 : index) : i64
    %63 = llvm.mul %53, %62 overflow<nsw, nuw> : i64
    %64 = llvm.add %61, %63 overflow<nsw, nuw> : i64
    %65 = llvm.mlir.constant(4 : index) : i64
    %66 = llvm.mul %55, %65 overflow<nsw, nuw> : i64
    %67 = llvm.add %64, %66 overflow<nsw, nuw> : i64
    %68 = llvm.add %67, %57 overflow<nsw, nuw> : i64
    %69 = llvm.getelementptr inbounds|nuw %59[%68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %16, %69 : f32, !llvm.ptr
    %70 = llvm.add %57, %14 : i64
    llvm.br ^bb7(%70 : i64)
  ^bb9:  // pred: ^bb7
    %71 = llvm.add %55, %14 : i64
    llvm.br ^bb5(%71 : i64)
  ^bb10:  // pred: ^bb5
    %72 = llvm.add %53, %14 : i64
    llvm.br ^bb3(%72 : i64)
  ^bb11:  // pred: ^bb3
    %73 = llvm.add %51, %14 : i64
    llvm.br ^bb1(%73 : i64)
  ^bb12:  // pred: ^bb1
    llvm.br ^bb13(%15 : i64)
  ^bb13(%74: i64):  // 2 preds: ^bb12, ^bb29
    %75 = llvm.icmp "slt" %74, %14 : i64
    llvm.cond_br %75, ^bb14, ^bb30
  ^bb14:  // pred: ^bb13
    llvm.br ^bb15(%15 : i64)
  ^bb15(%76: i64):  // 2 preds: ^bb14, ^bb28
    %77 = llvm.icmp "slt" %76, %13 : i64
    llvm.cond_br %77, ^bb16, ^bb29
  ^bb16:  // pred: ^bb15
    llvm.br ^bb17(%15 : i64)
  ^bb17(%78: i64):  // 2 preds: ^bb16, ^bb27
    %79 = llvm.icmp "slt" %78, %13 : i64
    llvm.cond_br %79, ^bb18, ^bb28
  ^bb18:  // pred: ^bb17
    llvm.br ^bb19(%15 : i64)
  ^bb19(%80: i64):  // 2 preds: ^bb18, ^bb26
    %81 = llvm.icmp "slt" %80, %13 : i64
    llvm.cond_br %81, ^bb20, ^bb27
  ^bb20:  // pred: ^bb19
    llvm.br ^bb21(%15 : i64)
  ^bb21(%82: i64):  // 2 preds: ^bb20, ^bb25
    %83 = llvm.icmp "slt" %82, %12 : i64
    llvm.cond_br %83, ^bb22, ^bb26
  ^bb22:  // pred: ^bb21
    llvm.br ^bb23(%15 : i64)
  ^bb23(%84: i64):  // 2 preds: ^bb22, ^bb24
    %85 = llvm.icmp "slt" %84, %12 : i64
    llvm.cond_br %85, ^bb24, ^bb25
  ^bb24:  // pred: ^bb23
    %86 = llvm.mul %78, %12 overflow<nsw> : i64
    %87 = llvm.add %86, %82 : i64
    %88 = llvm.mul %80, %12 overflow<nsw> : i64
    %89 = llvm.add %88, %84 : i64
    %90 = llvm.extractvalue %11[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %91 = llvm.extractvalue %11[2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %92 = llvm.getelementptr %90[%91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %93 = llvm.extractvalue %11[4, 0] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %94 = llvm.mul %74, %93 overflow<nsw, nuw> : i64
    %95 = llvm.extractvalue %11[4, 1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %96 = llvm.mul %76, %95 overflow<nsw, nuw> : i64
    %97 = llvm.add %94, %96 overflow<nsw, nuw> : i64
    %98 = llvm.extractvalue %11[4, 2] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %99 = llvm.mul %87, %98 overflow<nsw, nuw> : i64
    %100 = llvm.add %97, %99 overflow<nsw, nuw> : i64
    %101 = llvm.extractvalue %11[4, 3] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %102 = llvm.mul %89, %101 overflow<nsw, nuw> : i64
    %103 = llvm.add %100, %102 overflow<nsw, nuw> : i64
    %104 = llvm.getelementptr inbounds|nuw %92[%103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %105 = llvm.load %104 : !llvm.ptr -> f32
    %106 = llvm.extractvalue %50[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %107 = llvm.mlir.constant(64 : index) : i64
    %108 = llvm.mul %74, %107 overflow<nsw, nuw> : i64
    %109 = llvm.mlir.constant(16 : index) : i64
    %110 = llvm.mul %76, %109 overflow<nsw, nuw> : i64
    %111 = llvm.add %108, %110 overflow<nsw, nuw> : i64
    %112 = llvm.mlir.constant(4 : index) : i64
    %113 = llvm.mul %78, %112 overflow<nsw, nuw> : i64
    %114 = llvm.add %111, %113 overflow<nsw, nuw> : i64
    %115 = llvm.add %114, %80 overflow<nsw, nuw> : i64
    %116 = llvm.getelementptr inbounds|nuw %106[%115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %117 = llvm.load %116 : !llvm.ptr -> f32
    %118 = llvm.intr.maximum(%117, %105) : (f32, f32) -> f32
    %119 = llvm.extractvalue %50[1] : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> 
    %120 = llvm.mlir.constant(64 : index) : i64
    %121 = llvm.mul %74, %120 overflow<nsw, nuw> : i64
    %122 = llvm.mlir.constant(16 : index) : i64
    %123 = llvm.mul %76, %122 overflow<nsw, nuw> : i64
    %124 = llvm.add %121, %123 overflow<nsw, nuw> : i64
    %125 = llvm.mlir.constant(4 : index) : i64
    %126 = llvm.mul %78, %125 overflow<nsw, nuw> : i64
    %127 = llvm.add %124, %126 overflow<nsw, nuw> : i64
    %128 = llvm.add %127, %80 overflow<nsw, nuw> : i64
    %129 = llvm.getelementptr inbounds|nuw %119[%128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %118, %129 : f32, !llvm.ptr
    %130 = llvm.add %84, %14 : i64
    llvm.br ^bb23(%130 : i64)
  ^bb25:  // pred: ^bb23
    %131 = llvm.add %82, %14 : i64
    llvm.br ^bb21(%131 : i64)
  ^bb26:  // pred: ^bb21
    %132 = llvm.add %80, %14 : i64
    llvm.br ^bb19(%132 : i64)
  ^bb27:  // pred: ^bb19
    %133 = llvm.add %78, %14 : i64
    llvm.br ^bb17(%133 : i64)
  ^bb28:  // pred: ^bb17
    %134 = llvm.add %76, %14 : i64
    llvm.br ^bb15(%134 : i64)
  ^bb29:  // pred: ^bb15
    %135 = llvm.add %74, %14 : i64
    llvm.br ^bb13(%135 : i64)
  ^bb30:  // pred: ^bb13
    llvm.return %50 : !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
  }
}

