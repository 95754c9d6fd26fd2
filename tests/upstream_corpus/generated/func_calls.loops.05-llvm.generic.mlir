"builtin.module"() ({
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (f32)>, linkage = #llvm.linkage<external>, sym_name = "ext", sym_visibility = "private", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<f32 (f32)>, linkage = #llvm.linkage<external>, sym_name = "square", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg2: f32):
    %28 = "llvm.fmul"(%arg2, %arg2) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    "llvm.return"(%28) : (f32) -> ()
  }) : () -> ()
  "llvm.func"() <{CConv = #llvm.cconv<ccc>, function_type = !llvm.func<struct<(f32, i64, f64)> (f32, i32)>, linkage = #llvm.linkage<external>, sym_name = "calls", unnamed_addr = 0 : i64, visibility_ = 0 : i64}> ({
  ^bb0(%arg0: f32, %arg1: i32):
    %0 = "llvm.mlir.addressof"() <{global_name = @square}> : () -> !llvm.ptr
    %1 = "llvm.call"(%0, %arg0) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 2, 0>}> : (!llvm.ptr, f32) -> f32
    %2 = "llvm.call"(%1) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @square, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (f32) -> f32
    %3 = "llvm.call"(%2) <{CConv = #llvm.cconv<ccc>, TailCallKind = #llvm.tailcallkind<none>, callee = @ext, fastmathFlags = #llvm.fastmath<none>, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>}> : (f32) -> f32
    %4 = "llvm.frem"(%3, %arg0) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %5 = "llvm.fcmp"(%4, %arg0) <{fastmathFlags = #llvm.fastmath<none>, predicate = 4 : i64}> : (f32, f32) -> i1
    %6 = "llvm.select"(%5, %4, %arg0) <{fastmathFlags = #llvm.fastmath<none>}> : (i1, f32, f32) -> f32
    %7 = "llvm.sext"(%arg1) : (i32) -> i64
    %8 = "llvm.uitofp"(%arg1) : (i32) -> f32
    %9 = "llvm.intr.minimum"(%6, %8) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
    %10 = "llvm.fpext"(%9) : (f32) -> f64
    %11 = "llvm.shl"(%7, %7) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %12 = "llvm.xor"(%11, %7) : (i64, i64) -> i64
    %13 = "llvm.sdiv"(%12, %7) : (i64, i64) -> i64
    %14 = "llvm.mul"(%13, %7) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %15 = "llvm.icmp"(%12, %14) <{predicate = 1 : i64}> : (i64, i64) -> i1
    %16 = "llvm.mlir.constant"() <{value = 0 : i64}> : () -> i64
    %17 = "llvm.icmp"(%12, %16) <{predicate = 2 : i64}> : (i64, i64) -> i1
    %18 = "llvm.icmp"(%7, %16) <{predicate = 2 : i64}> : (i64, i64) -> i1
    %19 = "llvm.icmp"(%17, %18) <{predicate = 1 : i64}> : (i1, i1) -> i1
    %20 = "llvm.and"(%15, %19) : (i1, i1) -> i1
    %21 = "llvm.mlir.constant"() <{value = -1 : i64}> : () -> i64
    %22 = "llvm.add"(%13, %21) <{overflowFlags = 0 : i32}> : (i64, i64) -> i64
    %23 = "llvm.select"(%20, %22, %13) <{fastmathFlags = #llvm.fastmath<none>}> : (i1, i64, i64) -> i64
    %24 = "llvm.mlir.poison"() : () -> !llvm.struct<(f32, i64, f64)>
    %25 = "llvm.insertvalue"(%24, %9) <{position = array<i64: 0>}> : (!llvm.struct<(f32, i64, f64)>, f32) -> !llvm.struct<(f32, i64, f64)>
    %26 = "llvm.insertvalue"(%25, %23) <{position = array<i64: 1>}> : (!llvm.struct<(f32, i64, f64)>, i64) -> !llvm.struct<(f32, i64, f64)>
    %27 = "llvm.insertvalue"(%26, %10) <{position = array<i64: 2>}> : (!llvm.struct<(f32, i64, f64)>, f64) -> !llvm.struct<(f32, i64, f64)>
    "llvm.return"(%27) : (!llvm.struct<(f32, i64, f64)>) -> ()
  }) : () -> ()
}) : () -> ()

