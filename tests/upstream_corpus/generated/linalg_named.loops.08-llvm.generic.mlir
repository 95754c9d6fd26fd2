"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<ptr (i64)>, linkage = #llvm.linkage<external>, sym_name = "malloc", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> (ptr, ptr, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "named", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg30: !llvm.ptr, %arg31: !llvm.ptr, %arg32: i64, %arg33: i64, %arg34: i64, %arg35: i64, %arg36: i64, %arg37: !llvm.ptr, %arg38: !llvm.ptr, %arg39: i64, %arg40: i64, %arg41: i64, %arg42: i64, %arg43: i64, %arg44: !llvm.ptr, %arg45: !llvm.ptr, %arg46: i64, %arg47: i64, %arg48: i64, %arg49: i64, %arg50: i64):
    %243 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %244 = "llvm.insertvalue"(%243, %arg44) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %245 = "llvm.insertvalue"(%244, %arg45) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %246 = "llvm.insertvalue"(%245, %arg46) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %247 = "llvm.insertvalue"(%246, %arg47) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %248 = "llvm.insertvalue"(%247, %arg49) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %249 = "llvm.insertvalue"(%248, %arg48) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %250 = "llvm.insertvalue"(%249, %arg50) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %251 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %252 = "llvm.insertvalue"(%251, %arg37) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %253 = "llvm.insertvalue"(%252, %arg38) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %254 = "llvm.insertvalue"(%253, %arg39) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %255 = "llvm.insertvalue"(%254, %arg40) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %256 = "llvm.insertvalue"(%255, %arg42) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %257 = "llvm.insertvalue"(%256, %arg41) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %258 = "llvm.insertvalue"(%257, %arg43) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %259 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %260 = "llvm.insertvalue"(%259, %arg30) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %261 = "llvm.insertvalue"(%260, %arg31) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %262 = "llvm.insertvalue"(%261, %arg32) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %263 = "llvm.insertvalue"(%262, %arg33) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %264 = "llvm.insertvalue"(%263, %arg35) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %265 = "llvm.insertvalue"(%264, %arg34) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %266 = "llvm.insertvalue"(%265, %arg36) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %267 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %268 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %269 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %270 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %271 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %272 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %273 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %274 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %275 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %276 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %277 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %278 = "llvm.getelementptr"(%277, %276) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %279 = "llvm.ptrtoint"(%278) : (!llvm.ptr) -> i64
    %280 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %281 = "llvm.add"(%279, %280) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %282 = "llvm.call"(%281) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %283 = "llvm.ptrtoint"(%282) : (!llvm.ptr) -> i64
    %284 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %285 = "llvm.sub"(%280, %284) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %286 = "llvm.add"(%283, %285) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %287 = "llvm.urem"(%286, %280) : (i64, i64) -> i64
    %288 = "llvm.sub"(%286, %287) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %289 = "llvm.inttoptr"(%288) : (i64) -> !llvm.ptr
    %290 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %291 = "llvm.insertvalue"(%290, %282) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %292 = "llvm.insertvalue"(%291, %289) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %293 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %294 = "llvm.insertvalue"(%292, %293) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %295 = "llvm.insertvalue"(%294, %273) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %296 = "llvm.insertvalue"(%295, %274) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %297 = "llvm.insertvalue"(%296, %274) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %298 = "llvm.insertvalue"(%297, %275) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%271)[^bb1] : (i64) -> ()
  ^bb1(%299: i64):  // 2 preds: ^bb0, ^bb5
    %300 = "llvm.icmp"(%299, %270) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%300)[^bb2, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%271)[^bb3] : (i64) -> ()
  ^bb3(%301: i64):  // 2 preds: ^bb2, ^bb4
    %302 = "llvm.icmp"(%301, %268) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%302)[^bb4, ^bb5] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %303 = "llvm.extractvalue"(%298) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %304 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %305 = "llvm.mul"(%299, %304) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %306 = "llvm.add"(%305, %301) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %307 = "llvm.getelementptr"(%303, %306) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%272, %307) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %308 = "llvm.add"(%301, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%308)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %309 = "llvm.add"(%299, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%309)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    "llvm.br"(%271)[^bb7] : (i64) -> ()
  ^bb7(%310: i64):  // 2 preds: ^bb6, ^bb14
    %311 = "llvm.icmp"(%310, %270) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%311)[^bb8, ^bb15] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%271)[^bb9] : (i64) -> ()
  ^bb9(%312: i64):  // 2 preds: ^bb8, ^bb13
    %313 = "llvm.icmp"(%312, %268) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%313)[^bb10, ^bb14] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb10:  // pred: ^bb9
    "llvm.br"(%271)[^bb11] : (i64) -> ()
  ^bb11(%314: i64):  // 2 preds: ^bb10, ^bb12
    %315 = "llvm.icmp"(%314, %267) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%315)[^bb12, ^bb13] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb12:  // pred: ^bb11
    %316 = "llvm.extractvalue"(%266) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %317 = "llvm.extractvalue"(%266) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %318 = "llvm.getelementptr"(%316, %317) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %319 = "llvm.extractvalue"(%266) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %320 = "llvm.mul"(%310, %319) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %321 = "llvm.extractvalue"(%266) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %322 = "llvm.mul"(%314, %321) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %323 = "llvm.add"(%320, %322) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %324 = "llvm.getelementptr"(%318, %323) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %325 = "llvm.load"(%324) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %326 = "llvm.extractvalue"(%258) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %327 = "llvm.extractvalue"(%258) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %328 = "llvm.getelementptr"(%326, %327) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %329 = "llvm.extractvalue"(%258) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %330 = "llvm.mul"(%314, %329) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %331 = "llvm.extractvalue"(%258) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %332 = "llvm.mul"(%312, %331) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %333 = "llvm.add"(%330, %332) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %334 = "llvm.getelementptr"(%328, %333) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %335 = "llvm.load"(%334) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %336 = "llvm.extractvalue"(%298) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %337 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %338 = "llvm.mul"(%310, %337) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %339 = "llvm.add"(%338, %312) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %340 = "llvm.getelementptr"(%336, %339) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %341 = "llvm.load"(%340) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %342 = "llvm.fmul"(%325, %335) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %343 = "llvm.fadd"(%341, %342) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %344 = "llvm.extractvalue"(%298) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %345 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %346 = "llvm.mul"(%310, %345) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %347 = "llvm.add"(%346, %312) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %348 = "llvm.getelementptr"(%344, %347) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%343, %348) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %349 = "llvm.add"(%314, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%349)[^bb11] : (i64) -> ()
  ^bb13:  // pred: ^bb11
    %350 = "llvm.add"(%312, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%350)[^bb9] : (i64) -> ()
  ^bb14:  // pred: ^bb9
    %351 = "llvm.add"(%310, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%351)[^bb7] : (i64) -> ()
  ^bb15:  // pred: ^bb7
    "llvm.br"(%271)[^bb16] : (i64) -> ()
  ^bb16(%352: i64):  // 2 preds: ^bb15, ^bb20
    %353 = "llvm.icmp"(%352, %270) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%353)[^bb17, ^bb21] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb17:  // pred: ^bb16
    "llvm.br"(%271)[^bb18] : (i64) -> ()
  ^bb18(%354: i64):  // 2 preds: ^bb17, ^bb19
    %355 = "llvm.icmp"(%354, %268) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%355)[^bb19, ^bb20] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb19:  // pred: ^bb18
    %356 = "llvm.extractvalue"(%298) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %357 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %358 = "llvm.mul"(%352, %357) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %359 = "llvm.add"(%358, %354) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %360 = "llvm.getelementptr"(%356, %359) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %361 = "llvm.load"(%360) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %362 = "llvm.extractvalue"(%250) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %363 = "llvm.extractvalue"(%250) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %364 = "llvm.getelementptr"(%362, %363) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %365 = "llvm.extractvalue"(%250) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %366 = "llvm.mul"(%352, %365) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %367 = "llvm.extractvalue"(%250) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %368 = "llvm.mul"(%354, %367) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %369 = "llvm.add"(%366, %368) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %370 = "llvm.getelementptr"(%364, %369) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %371 = "llvm.load"(%370) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %372 = "llvm.fadd"(%361, %371) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %373 = "llvm.extractvalue"(%298) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %374 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %375 = "llvm.mul"(%352, %374) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %376 = "llvm.add"(%375, %354) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %377 = "llvm.getelementptr"(%373, %376) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%372, %377) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %378 = "llvm.add"(%354, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%378)[^bb18] : (i64) -> ()
  ^bb20:  // pred: ^bb18
    %379 = "llvm.add"(%352, %269) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%379)[^bb16] : (i64) -> ()
  ^bb21:  // pred: ^bb16
    "llvm.return"(%298) : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)> (ptr, ptr, i64, i64, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64, i64, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "batched", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: i64, %arg21: !llvm.ptr, %arg22: !llvm.ptr, %arg23: i64, %arg24: i64, %arg25: i64, %arg26: i64, %arg27: i64, %arg28: i64, %arg29: i64):
    %112 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %113 = "llvm.insertvalue"(%112, %arg21) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %114 = "llvm.insertvalue"(%113, %arg22) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %115 = "llvm.insertvalue"(%114, %arg23) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %116 = "llvm.insertvalue"(%115, %arg24) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %117 = "llvm.insertvalue"(%116, %arg27) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %118 = "llvm.insertvalue"(%117, %arg25) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %119 = "llvm.insertvalue"(%118, %arg28) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %120 = "llvm.insertvalue"(%119, %arg26) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %121 = "llvm.insertvalue"(%120, %arg29) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %122 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %123 = "llvm.insertvalue"(%122, %arg12) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %124 = "llvm.insertvalue"(%123, %arg13) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %125 = "llvm.insertvalue"(%124, %arg14) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %126 = "llvm.insertvalue"(%125, %arg15) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %127 = "llvm.insertvalue"(%126, %arg18) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %128 = "llvm.insertvalue"(%127, %arg16) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %129 = "llvm.insertvalue"(%128, %arg19) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %130 = "llvm.insertvalue"(%129, %arg17) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %131 = "llvm.insertvalue"(%130, %arg20) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %132 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %133 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %134 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %135 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %136 = "llvm.mlir.constant"() <{value = 2 : index}> : () -> i64
    %137 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %138 = "llvm.mlir.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %139 = "llvm.mlir.constant"() <{value = 2 : index}> : () -> i64
    %140 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %141 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %142 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %143 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %144 = "llvm.mlir.constant"() <{value = 128 : index}> : () -> i64
    %145 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %146 = "llvm.getelementptr"(%145, %144) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %147 = "llvm.ptrtoint"(%146) : (!llvm.ptr) -> i64
    %148 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %149 = "llvm.add"(%147, %148) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %150 = "llvm.call"(%149) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %151 = "llvm.ptrtoint"(%150) : (!llvm.ptr) -> i64
    %152 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %153 = "llvm.sub"(%148, %152) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %154 = "llvm.add"(%151, %153) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %155 = "llvm.urem"(%154, %148) : (i64, i64) -> i64
    %156 = "llvm.sub"(%154, %155) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %157 = "llvm.inttoptr"(%156) : (i64) -> !llvm.ptr
    %158 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %159 = "llvm.insertvalue"(%158, %150) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %160 = "llvm.insertvalue"(%159, %157) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %161 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %162 = "llvm.insertvalue"(%160, %161) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %163 = "llvm.insertvalue"(%162, %139) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %164 = "llvm.insertvalue"(%163, %140) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %165 = "llvm.insertvalue"(%164, %141) <{position = array<i64: 3, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %166 = "llvm.insertvalue"(%165, %143) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %167 = "llvm.insertvalue"(%166, %141) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    %168 = "llvm.insertvalue"(%167, %142) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>
    "llvm.br"(%137)[^bb1] : (i64) -> ()
  ^bb1(%169: i64):  // 2 preds: ^bb0, ^bb8
    %170 = "llvm.icmp"(%169, %136) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%170)[^bb2, ^bb9] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%137)[^bb3] : (i64) -> ()
  ^bb3(%171: i64):  // 2 preds: ^bb2, ^bb7
    %172 = "llvm.icmp"(%171, %134) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%172)[^bb4, ^bb8] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    "llvm.br"(%137)[^bb5] : (i64) -> ()
  ^bb5(%173: i64):  // 2 preds: ^bb4, ^bb6
    %174 = "llvm.icmp"(%173, %133) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%174)[^bb6, ^bb7] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb6:  // pred: ^bb5
    %175 = "llvm.extractvalue"(%168) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> !llvm.ptr
    %176 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %177 = "llvm.mul"(%169, %176) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %178 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %179 = "llvm.mul"(%171, %178) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %180 = "llvm.add"(%177, %179) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %181 = "llvm.add"(%180, %173) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %182 = "llvm.getelementptr"(%175, %181) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%138, %182) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %183 = "llvm.add"(%173, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%183)[^bb5] : (i64) -> ()
  ^bb7:  // pred: ^bb5
    %184 = "llvm.add"(%171, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%184)[^bb3] : (i64) -> ()
  ^bb8:  // pred: ^bb3
    %185 = "llvm.add"(%169, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%185)[^bb1] : (i64) -> ()
  ^bb9:  // pred: ^bb1
    "llvm.br"(%137)[^bb10] : (i64) -> ()
  ^bb10(%186: i64):  // 2 preds: ^bb9, ^bb20
    %187 = "llvm.icmp"(%186, %136) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%187)[^bb11, ^bb21] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb11:  // pred: ^bb10
    "llvm.br"(%137)[^bb12] : (i64) -> ()
  ^bb12(%188: i64):  // 2 preds: ^bb11, ^bb19
    %189 = "llvm.icmp"(%188, %134) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%189)[^bb13, ^bb20] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb13:  // pred: ^bb12
    "llvm.br"(%137)[^bb14] : (i64) -> ()
  ^bb14(%190: i64):  // 2 preds: ^bb13, ^bb18
    %191 = "llvm.icmp"(%190, %133) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%191)[^bb15, ^bb19] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb15:  // pred: ^bb14
    "llvm.br"(%137)[^bb16] : (i64) -> ()
  ^bb16(%192: i64):  // 2 preds: ^bb15, ^bb17
    %193 = "llvm.icmp"(%192, %132) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%193)[^bb17, ^bb18] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb17:  // pred: ^bb16
    %194 = "llvm.extractvalue"(%131) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> !llvm.ptr
    %195 = "llvm.extractvalue"(%131) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %196 = "llvm.getelementptr"(%194, %195) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %197 = "llvm.extractvalue"(%131) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %198 = "llvm.mul"(%186, %197) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %199 = "llvm.extractvalue"(%131) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %200 = "llvm.mul"(%188, %199) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %201 = "llvm.add"(%198, %200) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %202 = "llvm.extractvalue"(%131) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %203 = "llvm.mul"(%192, %202) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %204 = "llvm.add"(%201, %203) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %205 = "llvm.getelementptr"(%196, %204) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %206 = "llvm.load"(%205) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %207 = "llvm.extractvalue"(%121) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> !llvm.ptr
    %208 = "llvm.extractvalue"(%121) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %209 = "llvm.getelementptr"(%207, %208) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %210 = "llvm.extractvalue"(%121) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %211 = "llvm.mul"(%186, %210) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %212 = "llvm.extractvalue"(%121) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %213 = "llvm.mul"(%192, %212) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %214 = "llvm.add"(%211, %213) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %215 = "llvm.extractvalue"(%121) <{position = array<i64: 4, 2>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> i64
    %216 = "llvm.mul"(%190, %215) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %217 = "llvm.add"(%214, %216) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %218 = "llvm.getelementptr"(%209, %217) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %219 = "llvm.load"(%218) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %220 = "llvm.extractvalue"(%168) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> !llvm.ptr
    %221 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %222 = "llvm.mul"(%186, %221) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %223 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %224 = "llvm.mul"(%188, %223) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %225 = "llvm.add"(%222, %224) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %226 = "llvm.add"(%225, %190) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %227 = "llvm.getelementptr"(%220, %226) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %228 = "llvm.load"(%227) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %229 = "llvm.fmul"(%206, %219) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %230 = "llvm.fadd"(%228, %229) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %231 = "llvm.extractvalue"(%168) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> !llvm.ptr
    %232 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %233 = "llvm.mul"(%186, %232) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %234 = "llvm.mlir.constant"() <{value = 16 : index}> : () -> i64
    %235 = "llvm.mul"(%188, %234) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %236 = "llvm.add"(%233, %235) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %237 = "llvm.add"(%236, %190) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %238 = "llvm.getelementptr"(%231, %237) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%230, %238) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %239 = "llvm.add"(%192, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%239)[^bb16] : (i64) -> ()
  ^bb18:  // pred: ^bb16
    %240 = "llvm.add"(%190, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%240)[^bb14] : (i64) -> ()
  ^bb19:  // pred: ^bb14
    %241 = "llvm.add"(%188, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%241)[^bb12] : (i64) -> ()
  ^bb20:  // pred: ^bb12
    %242 = "llvm.add"(%186, %135) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%242)[^bb10] : (i64) -> ()
  ^bb21:  // pred: ^bb10
    "llvm.return"(%168) : (!llvm.struct<(ptr, ptr, i64, array<3 x i64>, array<3 x i64>)>) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)> (ptr, ptr, i64, i64, i64, i64, i64, ptr, ptr, i64, i64, i64)>, linkage = #llvm.linkage<external>, sym_name = "shuffle", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64):
    %0 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %1 = "llvm.insertvalue"(%0, %arg7) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %2 = "llvm.insertvalue"(%1, %arg8) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %3 = "llvm.insertvalue"(%2, %arg9) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %4 = "llvm.insertvalue"(%3, %arg10) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %5 = "llvm.insertvalue"(%4, %arg11) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %6 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %7 = "llvm.insertvalue"(%6, %arg0) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %8 = "llvm.insertvalue"(%7, %arg1) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %9 = "llvm.insertvalue"(%8, %arg2) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %10 = "llvm.insertvalue"(%9, %arg3) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %11 = "llvm.insertvalue"(%10, %arg5) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %12 = "llvm.insertvalue"(%11, %arg4) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %13 = "llvm.insertvalue"(%12, %arg6) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %14 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %15 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %16 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %17 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %18 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %19 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %20 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %21 = "llvm.mlir.constant"() <{value = 32 : index}> : () -> i64
    %22 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %23 = "llvm.getelementptr"(%22, %21) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %24 = "llvm.ptrtoint"(%23) : (!llvm.ptr) -> i64
    %25 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %26 = "llvm.add"(%24, %25) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %27 = "llvm.call"(%26) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %28 = "llvm.ptrtoint"(%27) : (!llvm.ptr) -> i64
    %29 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %30 = "llvm.sub"(%25, %29) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %31 = "llvm.add"(%28, %30) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %32 = "llvm.urem"(%31, %25) : (i64, i64) -> i64
    %33 = "llvm.sub"(%31, %32) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %34 = "llvm.inttoptr"(%33) : (i64) -> !llvm.ptr
    %35 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %36 = "llvm.insertvalue"(%35, %27) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %37 = "llvm.insertvalue"(%36, %34) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %38 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %39 = "llvm.insertvalue"(%37, %38) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %40 = "llvm.insertvalue"(%39, %18) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %41 = "llvm.insertvalue"(%40, %19) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %42 = "llvm.insertvalue"(%41, %19) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %43 = "llvm.insertvalue"(%42, %20) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%17)[^bb1] : (i64) -> ()
  ^bb1(%44: i64):  // 2 preds: ^bb0, ^bb5
    %45 = "llvm.icmp"(%44, %16) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%45)[^bb2, ^bb6] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb2:  // pred: ^bb1
    "llvm.br"(%17)[^bb3] : (i64) -> ()
  ^bb3(%46: i64):  // 2 preds: ^bb2, ^bb4
    %47 = "llvm.icmp"(%46, %14) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%47)[^bb4, ^bb5] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb4:  // pred: ^bb3
    %48 = "llvm.extractvalue"(%13) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %49 = "llvm.extractvalue"(%13) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %50 = "llvm.getelementptr"(%48, %49) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %51 = "llvm.extractvalue"(%13) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %52 = "llvm.mul"(%46, %51) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %53 = "llvm.extractvalue"(%13) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> i64
    %54 = "llvm.mul"(%44, %53) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %55 = "llvm.add"(%52, %54) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %56 = "llvm.getelementptr"(%50, %55) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %57 = "llvm.load"(%56) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %58 = "llvm.extractvalue"(%43) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %59 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %60 = "llvm.mul"(%44, %59) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %61 = "llvm.add"(%60, %46) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %62 = "llvm.getelementptr"(%58, %61) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%57, %62) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %63 = "llvm.add"(%46, %15) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%63)[^bb3] : (i64) -> ()
  ^bb5:  // pred: ^bb3
    %64 = "llvm.add"(%44, %15) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%64)[^bb1] : (i64) -> ()
  ^bb6:  // pred: ^bb1
    %65 = "llvm.mlir.constant"() <{value = 4 : index}> : () -> i64
    %66 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %67 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %68 = "llvm.mlir.constant"() <{value = 32 : index}> : () -> i64
    %69 = "llvm.mlir.zero"() : () -> !llvm.ptr
    %70 = "llvm.getelementptr"(%69, %68) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %71 = "llvm.ptrtoint"(%70) : (!llvm.ptr) -> i64
    %72 = "llvm.mlir.constant"() <{value = 64 : index}> : () -> i64
    %73 = "llvm.add"(%71, %72) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %74 = "llvm.call"(%73) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @malloc, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (i64) -> !llvm.ptr
    %75 = "llvm.ptrtoint"(%74) : (!llvm.ptr) -> i64
    %76 = "llvm.mlir.constant"() <{value = 1 : index}> : () -> i64
    %77 = "llvm.sub"(%72, %76) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %78 = "llvm.add"(%75, %77) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %79 = "llvm.urem"(%78, %72) : (i64, i64) -> i64
    %80 = "llvm.sub"(%78, %79) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %81 = "llvm.inttoptr"(%80) : (i64) -> !llvm.ptr
    %82 = "llvm.mlir.poison"() : () -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %83 = "llvm.insertvalue"(%82, %74) <{position = array<i64: 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %84 = "llvm.insertvalue"(%83, %81) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %85 = "llvm.mlir.constant"() <{value = 0 : index}> : () -> i64
    %86 = "llvm.insertvalue"(%84, %85) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %87 = "llvm.insertvalue"(%86, %65) <{position = array<i64: 3, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %88 = "llvm.insertvalue"(%87, %66) <{position = array<i64: 3, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %89 = "llvm.insertvalue"(%88, %66) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %90 = "llvm.insertvalue"(%89, %67) <{position = array<i64: 4, 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    "llvm.br"(%17)[^bb7] : (i64) -> ()
  ^bb7(%91: i64):  // 2 preds: ^bb6, ^bb11
    %92 = "llvm.icmp"(%91, %14) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%92)[^bb8, ^bb12] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb8:  // pred: ^bb7
    "llvm.br"(%17)[^bb9] : (i64) -> ()
  ^bb9(%93: i64):  // 2 preds: ^bb8, ^bb10
    %94 = "llvm.icmp"(%93, %16) <{predicate = 2 : i64}> : (i64, i64) -> i1
    "llvm.cond_br"(%94)[^bb10, ^bb11] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb10:  // pred: ^bb9
    %95 = "llvm.extractvalue"(%5) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> !llvm.ptr
    %96 = "llvm.extractvalue"(%5) <{position = array<i64: 2>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> i64
    %97 = "llvm.getelementptr"(%95, %96) <{elem_type = f32, noWrapFlags = 0 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %98 = "llvm.extractvalue"(%5) <{position = array<i64: 4, 0>}> : (!llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>) -> i64
    %99 = "llvm.mul"(%93, %98) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %100 = "llvm.getelementptr"(%97, %99) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    %101 = "llvm.load"(%100) <{ordering = 0 : i64}> : (!llvm.ptr) -> f32
    %102 = "llvm.extractvalue"(%90) <{position = array<i64: 1>}> : (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.ptr
    %103 = "llvm.mlir.constant"() <{value = 8 : index}> : () -> i64
    %104 = "llvm.mul"(%91, %103) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %105 = "llvm.add"(%104, %93) <{overflowFlags = 3 : i32}> : (i64, i64) -> i64
    %106 = "llvm.getelementptr"(%102, %105) <{elem_type = f32, noWrapFlags = 7 : i32, rawConstantIndices = array<i32: -2147483648>}> : (!llvm.ptr, i64) -> !llvm.ptr
    "llvm.store"(%101, %106) <{ordering = 0 : i64}> : (f32, !llvm.ptr) -> ()
    %107 = "llvm.add"(%93, %15) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%107)[^bb9] : (i64) -> ()
  ^bb11:  // pred: ^bb9
    %108 = "llvm.add"(%91, %15) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    "llvm.br"(%108)[^bb7] : (i64) -> ()
  ^bb12:  // pred: ^bb7
    %109 = "llvm.mlir.poison"() : () -> !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
    %110 = "llvm.insertvalue"(%109, %43) <{position = array<i64: 0>}> : (!llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>, !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
    %111 = "llvm.insertvalue"(%110, %90) <{position = array<i64: 1>}> : (!llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>, !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>) -> !llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
    "llvm.return"(%111) : (!llvm.struct<(struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>) -> ()
  }) : () -> ()
}) : () -> ()

