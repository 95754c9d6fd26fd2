"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> (ptr, ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "conv", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg11: !llvm.ptr, %arg12: !llvm.ptr, %arg13: i64, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: i64, %arg22: !llvm.ptr, %arg23: !llvm.ptr, %arg24: i64, %arg25: i64, %arg26: i64, %arg27: i64, %arg28: i64, %arg29: i64, %arg30: i64, %arg31: i64, %arg32: i64):
    %136 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %137 = "llvm.insertvalue"(%136, %arg22) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %138 = "llvm.insertvalue"(%137, %arg23) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %139 = "llvm.insertvalue"(%138, %arg24) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %140 = "llvm.insertvalue"(%139, %arg25) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %141 = "llvm.insertvalue"(%140, %arg29) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %142 = "llvm.insertvalue"(%141, %arg26) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %143 = "llvm.insertvalue"(%142, %arg30) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %144 = "llvm.insertvalue"(%143, %arg27) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %145 = "llvm.insertvalue"(%144, %arg31) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %146 = "llvm.insertvalue"(%145, %arg28) <{position = array<i64: 3, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %147 = "llvm.insertvalue"(%146, %arg32) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %148 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %149 = "llvm.insertvalue"(%148, %arg11) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %150 = "llvm.insertvalue"(%149, %arg12) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %151 = "llvm.insertvalue"(%150, %arg13) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %152 = "llvm.insertvalue"(%151, %arg14) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %153 = "llvm.insertvalue"(%152, %arg18) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %154 = "llvm.insertvalue"(%153, %arg15) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %155 = "llvm.insertvalue"(%154, %arg19) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %156 = "llvm.insertvalue"(%155, %arg16) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %157 = "llvm.insertvalue"(%156, %arg20) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %158 = "llvm.insertvalue"(%157, %arg17) <{position = array<i64: 3, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %159 = "llvm.insertvalue"(%158, %arg21) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %160 = "llvm.mlir.constant"() <{value = 3 : index}> : () -> i64
    %161 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %162 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %163 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %164 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %165 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %166 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %167 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %168 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %169 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %170 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %171 = "llvm.mlir.constant"() <{value = 512 : index}> : () -> i64
    %172 = "llvm.mlir.constant"() <{value = 512 : index}> : () -> i64
    %173 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %174 = "llvm.getelementptr"(%173, %172) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = "llvm.ptrtoint"(%174) : (!llvm.ptr) -> i64
    %176 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %177 = "llvm.add"(%175, %176) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %178 = "llvm.call"(%177) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %179 = "llvm.ptrtoint"(%178) : (!llvm.ptr) -> i64
    %180 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %181 = "llvm.sub"(%176, %180) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %182 = "llvm.add"(%179, %181) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %183 = "llvm.urem"(%182, %176) : (i64, i64) -> i64
    %184 = "llvm.sub"(%182, %183) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %185 = "llvm.inttoptr"(%184) : (i64) -> !llvm.ptr
    %186 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %187 = "llvm.insertvalue"(%186, %178) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %188 = "llvm.insertvalue"(%187, %185) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %189 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %190 = "llvm.insertvalue"(%188, %189) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %191 = "llvm.insertvalue"(%190, %165) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %192 = "llvm.insertvalue"(%191, %166) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %193 = "llvm.insertvalue"(%192, %167) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %194 = "llvm.insertvalue"(%193, %168) <{position = array<i64: 3, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %195 = "llvm.insertvalue"(%194, %171) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %196 = "llvm.insertvalue"(%195, %170) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %197 = "llvm.insertvalue"(%196, %168) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %198 = "llvm.insertvalue"(%197, %169) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    "llvm.br"(%163)[^bb1] : (i64) -> ()
  ^bb1(%199: i64):  // 2 preds: ^bb0, ^bb11
    %200 = "llvm.icmp"(%199, %162) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%200)[^bb2, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%163)[^bb3] : (i64) -> ()
  ^bb3(%201: i64):  // 2 preds: ^bb2, ^bb10
    %202 = "llvm.icmp"(%201, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%202)[^bb4, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%163)[^bb5] : (i64) -> ()
  ^bb5(%203: i64):  // 2 preds: ^bb4, ^bb9
    %204 = "llvm.icmp"(%203, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%204)[^bb6, ^bb10] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%163)[^bb7] : (i64) -> ()
  ^bb7(%205: i64):  // 2 preds: ^bb6, ^bb8
    %206 = "llvm.icmp"(%205, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%206)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %207 = "llvm.extractvalue"(%198) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %208 = "llvm.mlir.constant"() <{value = 512 : index}> : () -> i64
    %209 = "llvm.mul"(%199, %208) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %210 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %211 = "llvm.mul"(%201, %210) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %212 = "llvm.add"(%209, %211) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %213 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %214 = "llvm.mul"(%203, %213) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %215 = "llvm.add"(%212, %214) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %216 = "llvm.add"(%215, %205) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %217 = "llvm.getelementptr"(%207, %216) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%164, %217) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %218 = "llvm.add"(%205, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%218)[^bb7] : (i64) -> ()
  ^bb9:  // pred: ^bb7
    %219 = "llvm.add"(%203, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%219)[^bb5] : (i64) -> ()
  ^bb10:  // pred: ^bb5
    %220 = "llvm.add"(%201, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%220)[^bb3] : (i64) -> ()
  ^bb11:  // pred: ^bb3
    %221 = "llvm.add"(%199, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%221)[^bb1] : (i64) -> ()
  ^bb12:  // pred: ^bb1
    "llvm.br"(%163)[^bb13] : (i64) -> ()
  ^bb13(%222: i64):  // 2 preds: ^bb12, ^bb32
    %223 = "llvm.icmp"(%222, %162) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%223)[^bb14, ^bb33] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb14:  // pred: ^bb13
    "llvm.br"(%163)[^bb15] : (i64) -> ()
  ^bb15(%224: i64):  // 2 preds: ^bb14, ^bb31
    %225 = "llvm.icmp"(%224, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%225)[^bb16, ^bb32] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb16:  // pred: ^bb15
    "llvm.br"(%163)[^bb17] : (i64) -> ()
  ^bb17(%226: i64):  // 2 preds: ^bb16, ^bb30
    %227 = "llvm.icmp"(%226, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%227)[^bb18, ^bb31] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb18:  // pred: ^bb17
    "llvm.br"(%163)[^bb19] : (i64) -> ()
  ^bb19(%228: i64):  // 2 preds: ^bb18, ^bb29
    %229 = "llvm.icmp"(%228, %161) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%229)[^bb20, ^bb30] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb20:  // pred: ^bb19
    "llvm.br"(%163)[^bb21] : (i64) -> ()
  ^bb21(%230: i64):  // 2 preds: ^bb20, ^bb28
    %231 = "llvm.icmp"(%230, %160) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%231)[^bb22, ^bb29] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb22:  // pred: ^bb21
    "llvm.br"(%163)[^bb23] : (i64) -> ()
  ^bb23(%232: i64):  // 2 preds: ^bb22, ^bb27
    %233 = "llvm.icmp"(%232, %160) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%233)[^bb24, ^bb28] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb24:  // pred: ^bb23
    "llvm.br"(%163)[^bb25] : (i64) -> ()
  ^bb25(%234: i64):  // 2 preds: ^bb24, ^bb26
    %235 = "llvm.icmp"(%234, %160) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%235)[^bb26, ^bb27] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb26:  // pred: ^bb25
    %236 = "llvm.add"(%226, %232) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %237 = "llvm.add"(%228, %234) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %238 = "llvm.extractvalue"(%159) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %239 = "llvm.extractvalue"(%159) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %240 = "llvm.getelementptr"(%238, %239) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %241 = "llvm.extractvalue"(%159) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %242 = "llvm.mul"(%222, %241) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %243 = "llvm.extractvalue"(%159) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %244 = "llvm.mul"(%230, %243) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %245 = "llvm.add"(%242, %244) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %246 = "llvm.extractvalue"(%159) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %247 = "llvm.mul"(%236, %246) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %248 = "llvm.add"(%245, %247) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %249 = "llvm.extractvalue"(%159) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %250 = "llvm.mul"(%237, %249) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %251 = "llvm.add"(%248, %250) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %252 = "llvm.getelementptr"(%240, %251) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %253 = "llvm.load"(%252) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %254 = "llvm.extractvalue"(%147) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %255 = "llvm.extractvalue"(%147) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %256 = "llvm.getelementptr"(%254, %255) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %257 = "llvm.extractvalue"(%147) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %258 = "llvm.mul"(%224, %257) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %259 = "llvm.extractvalue"(%147) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %260 = "llvm.mul"(%230, %259) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %261 = "llvm.add"(%258, %260) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %262 = "llvm.extractvalue"(%147) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %263 = "llvm.mul"(%232, %262) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %264 = "llvm.add"(%261, %263) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %265 = "llvm.extractvalue"(%147) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %266 = "llvm.mul"(%234, %265) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %267 = "llvm.add"(%264, %266) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %268 = "llvm.getelementptr"(%256, %267) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %269 = "llvm.load"(%268) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %270 = "llvm.extractvalue"(%198) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %271 = "llvm.mlir.constant"() <{value = 512 : index}> : () -> i64
    %272 = "llvm.mul"(%222, %271) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %273 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %274 = "llvm.mul"(%224, %273) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %275 = "llvm.add"(%272, %274) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %276 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %277 = "llvm.mul"(%226, %276) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %278 = "llvm.add"(%275, %277) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %279 = "llvm.add"(%278, %228) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %280 = "llvm.getelementptr"(%270, %279) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %281 = "llvm.load"(%280) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %282 = "llvm.fmul"(%253, %269) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %283 = "llvm.fadd"(%281, %282) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %284 = "llvm.extractvalue"(%198) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %285 = "llvm.mlir.constant"() <{value = 512 : index}> : () -> i64
    %286 = "llvm.mul"(%222, %285) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %287 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %288 = "llvm.mul"(%224, %287) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %289 = "llvm.add"(%286, %288) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %290 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %291 = "llvm.mul"(%226, %290) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %292 = "llvm.add"(%289, %291) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %293 = "llvm.add"(%292, %228) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %294 = "llvm.getelementptr"(%284, %293) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%283, %294) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %295 = "llvm.add"(%234, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%295)[^bb25] : (i64) -> ()
  ^bb27:  // pred: ^bb25
    %296 = "llvm.add"(%232, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%296)[^bb23] : (i64) -> ()
  ^bb28:  // pred: ^bb23
    %297 = "llvm.add"(%230, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%297)[^bb21] : (i64) -> ()
  ^bb29:  // pred: ^bb21
    %298 = "llvm.add"(%228, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%298)[^bb19] : (i64) -> ()
  ^bb30:  // pred: ^bb19
    %299 = "llvm.add"(%226, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%299)[^bb17] : (i64) -> ()
  ^bb31:  // pred: ^bb17
    %300 = "llvm.add"(%224, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%300)[^bb15] : (i64) -> ()
  ^bb32:  // pred: ^bb15
    %301 = "llvm.add"(%222, %162) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%301)[^bb13] : (i64) -> ()
  ^bb33:  // pred: ^bb13
    "llvm.return"(%198) : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)> (ptr, ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "pool", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: i64, %arg8: i64, %arg9: i64, %arg10: i64):
    %0 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %1 = "llvm.insertvalue"(%0, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %2 = "llvm.insertvalue"(%1, %arg1) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %3 = "llvm.insertvalue"(%2, %arg2) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %4 = "llvm.insertvalue"(%3, %arg3) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %5 = "llvm.insertvalue"(%4, %arg7) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %6 = "llvm.insertvalue"(%5, %arg4) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %7 = "llvm.insertvalue"(%6, %arg8) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %8 = "llvm.insertvalue"(%7, %arg5) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %9 = "llvm.insertvalue"(%8, %arg9) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %10 = "llvm.insertvalue"(%9, %arg6) <{position = array<i64: 3, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %11 = "llvm.insertvalue"(%10, %arg10) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %12 = "llvm.mlir.constant"() <{value = 2 : index}> : () -> i64
    %13 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %14 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %15 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %16 = "llvm.mlir.constant"() <{value = 0xFF800000 : f32}> : () -> f32
    %17 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %18 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %19 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %20 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %21 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %22 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %23 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %24 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %25 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %26 = "llvm.getelementptr"(%25, %24) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %27 = "llvm.ptrtoint"(%26) : (!llvm.ptr) -> i64
    %28 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %29 = "llvm.add"(%27, %28) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %30 = "llvm.call"(%29) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %31 = "llvm.ptrtoint"(%30) : (!llvm.ptr) -> i64
    %32 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %33 = "llvm.sub"(%28, %32) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %34 = "llvm.add"(%31, %33) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %35 = "llvm.urem"(%34, %28) : (i64, i64) -> i64
    %36 = "llvm.sub"(%34, %35) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %37 = "llvm.inttoptr"(%36) : (i64) -> !llvm.ptr
    %38 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %39 = "llvm.insertvalue"(%38, %30) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %40 = "llvm.insertvalue"(%39, %37) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %41 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %42 = "llvm.insertvalue"(%40, %41) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %43 = "llvm.insertvalue"(%42, %17) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %44 = "llvm.insertvalue"(%43, %18) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %45 = "llvm.insertvalue"(%44, %19) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %46 = "llvm.insertvalue"(%45, %20) <{position = array<i64: 3, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %47 = "llvm.insertvalue"(%46, %23) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %48 = "llvm.insertvalue"(%47, %22) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %49 = "llvm.insertvalue"(%48, %20) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    %50 = "llvm.insertvalue"(%49, %21) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>
    "llvm.br"(%15)[^bb1] : (i64) -> ()
  ^bb1(%51: i64):  // 2 preds: ^bb0, ^bb11
    %52 = "llvm.icmp"(%51, %14) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%52)[^bb2, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%15)[^bb3] : (i64) -> ()
  ^bb3(%53: i64):  // 2 preds: ^bb2, ^bb10
    %54 = "llvm.icmp"(%53, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%54)[^bb4, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%15)[^bb5] : (i64) -> ()
  ^bb5(%55: i64):  // 2 preds: ^bb4, ^bb9
    %56 = "llvm.icmp"(%55, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%56)[^bb6, ^bb10] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    "llvm.br"(%15)[^bb7] : (i64) -> ()
  ^bb7(%57: i64):  // 2 preds: ^bb6, ^bb8
    %58 = "llvm.icmp"(%57, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%58)[^bb8, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    %59 = "llvm.extractvalue"(%50) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %60 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %61 = "llvm.mul"(%51, %60) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %62 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %63 = "llvm.mul"(%53, %62) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %64 = "llvm.add"(%61, %63) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %65 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %66 = "llvm.mul"(%55, %65) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %67 = "llvm.add"(%64, %66) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %68 = "llvm.add"(%67, %57) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %69 = "llvm.getelementptr"(%59, %68) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%16, %69) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %70 = "llvm.add"(%57, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%70)[^bb7] : (i64) -> ()
  ^bb9:  // pred: ^bb7
    %71 = "llvm.add"(%55, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%71)[^bb5] : (i64) -> ()
  ^bb10:  // pred: ^bb5
    %72 = "llvm.add"(%53, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%72)[^bb3] : (i64) -> ()
  ^bb11:  // pred: ^bb3
    %73 = "llvm.add"(%51, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%73)[^bb1] : (i64) -> ()
  ^bb12:  // pred: ^bb1
    "llvm.br"(%15)[^bb13] : (i64) -> ()
  ^bb13(%74: i64):  // 2 preds: ^bb12, ^bb29
    %75 = "llvm.icmp"(%74, %14) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%75)[^bb14, ^bb30] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb14:  // pred: ^bb13
    "llvm.br"(%15)[^bb15] : (i64) -> ()
  ^bb15(%76: i64):  // 2 preds: ^bb14, ^bb28
    %77 = "llvm.icmp"(%76, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%77)[^bb16, ^bb29] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb16:  // pred: ^bb15
    "llvm.br"(%15)[^bb17] : (i64) -> ()
  ^bb17(%78: i64):  // 2 preds: ^bb16, ^bb27
    %79 = "llvm.icmp"(%78, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%79)[^bb18, ^bb28] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb18:  // pred: ^bb17
    "llvm.br"(%15)[^bb19] : (i64) -> ()
  ^bb19(%80: i64):  // 2 preds: ^bb18, ^bb26
    %81 = "llvm.icmp"(%80, %13) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%81)[^bb20, ^bb27] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb20:  // pred: ^bb19
    "llvm.br"(%15)[^bb21] : (i64) -> ()
  ^bb21(%82: i64):  // 2 preds: ^bb20, ^bb25
    %83 = "llvm.icmp"(%82, %12) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%83)[^bb22, ^bb26] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb22:  // pred: ^bb21
    "llvm.br"(%15)[^bb23] : (i64) -> ()
  ^bb23(%84: i64):  // 2 preds: ^bb22, ^bb24
    %85 = "llvm.icmp"(%84, %12) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%85)[^bb24, ^bb25] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb24:  // pred: ^bb23
    %86 = "llvm.mul"(%78, %12) <{overflowFlags = 1 : i32}> : (i64, i64) -> i64
    %87 = "llvm.add"(%86, %82) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %88 = "llvm.mul"(%80, %12) <{overflowFlags = 1 : i32}> : (i64, i64) -> i64
    %89 = "llvm.add"(%88, %84) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %90 = "llvm.extractvalue"(%11) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %91 = "llvm.extractvalue"(%11) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %92 = "llvm.getelementptr"(%90, %91) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %93 = "llvm.extractvalue"(%11) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %94 = "llvm.mul"(%74, %93) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %95 = "llvm.extractvalue"(%11) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %96 = "llvm.mul"(%76, %95) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %97 = "llvm.add"(%94, %96) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %98 = "llvm.extractvalue"(%11) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %99 = "llvm.mul"(%87, %98) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %100 = "llvm.add"(%97, %99) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %101 = "llvm.extractvalue"(%11) <{position = array<i64: 4, 3>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> i64
    %102 = "llvm.mul"(%89, %101) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %103 = "llvm.add"(%100, %102) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %104 = "llvm.getelementptr"(%92, %103) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %105 = "llvm.load"(%104) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %106 = "llvm.extractvalue"(%50) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %107 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %108 = "llvm.mul"(%74, %107) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %109 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %110 = "llvm.mul"(%76, %109) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %111 = "llvm.add"(%108, %110) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %112 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %113 = "llvm.mul"(%78, %112) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %114 = "llvm.add"(%111, %113) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %115 = "llvm.add"(%114, %80) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %116 = "llvm.getelementptr"(%106, %115) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %117 = "llvm.load"(%116) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %118 = "llvm.intr.maximum"(%117, %105) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %119 = "llvm.extractvalue"(%50) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> !llvm.ptr
    %120 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %121 = "llvm.mul"(%74, %120) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %122 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %123 = "llvm.mul"(%76, %122) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %124 = "llvm.add"(%121, %123) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %125 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %126 = "llvm.mul"(%78, %125) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %127 = "llvm.add"(%124, %126) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %128 = "llvm.add"(%127, %80) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %129 = "llvm.getelementptr"(%119, %128) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%118, %129) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %130 = "llvm.add"(%84, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%130)[^bb23] : (i64) -> ()
  ^bb25:  // pred: ^bb23
    %131 = "llvm.add"(%82, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%131)[^bb21] : (i64) -> ()
  ^bb26:  // pred: ^bb21
    %132 = "llvm.add"(%80, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%132)[^bb19] : (i64) -> ()
  ^bb27:  // pred: ^bb19
    %133 = "llvm.add"(%78, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%133)[^bb17] : (i64) -> ()
  ^bb28:  // pred: ^bb17
    %134 = "llvm.add"(%76, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%134)[^bb15] : (i64) -> ()
  ^bb29:  // pred: ^bb15
    %135 = "llvm.add"(%74, %14) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%135)[^bb13] : (i64) -> ()
  ^bb30:  // pred: ^bb13
    "llvm.return"(%50) : (!llvm.struct<(ptr, ptr, i64, array<4 x i64>, array<4 x i64>)>) -> ()
  }) : () -> ()
}) : () -> ()

