module {
  llvm.func @ext(f32) -> f32 attributes {sym_visibility = "private"}
  llvm.func @square(%arg0: f32) -> f32 {
    %0 = llvm.fmul %arg0, %arg0 : f32
    llvm.return %0 : f32
  }
  llvm.func @calls(%arg0: f32, %arg1: i32) -> !llvm.struct<(f32, i64, f64)> {
    %0 = llvm.mlir.addressof @square : !llvm.ptr
    %1 = llvm.call %0(%arg0) : !llvm.ptr, (f32) -> f32
    %2 = llvm.call @square(%1) : (f32) -> f32
    %3 = llvm.call @ext(%2) : (f32) -> f32
    %4 = llvm.frem %3, %arg0 : f32
    %5 = llvm.fcmp "olt" %4, %arg0 : f32
    %6 = llvm.select %5, %4, %arg0 : i1, f32
    %7 = llvm.sext %arg1 : i32 to i64
    %8 = llvm.uitofp %arg1 : i32 to f32
    %9 = llvm.intr.minimum(%6, %8) : (f32, f32) -> f32
    %10 = llvm.fpext %9 : f32 to f64
    %11 = llvm.shl %7, %7 : i64
    %12 = llvm.xor %11, %7 : i64
    %13 = llvm.sdiv %12, %7 : i64
    %14 = llvm.mul %13, %7 : i64
    %15 = llvm.icmp "ne" %12, %14 : i64
    %16 = llvm.mlir.constant(0 : i64) : i64
    %17 = llvm.icmp "slt" %12, %16 : i64
    %18 = llvm.icmp "slt" %7, %16 : i64
    %19 = llvm.icmp "ne" %17, %18 : i1
    %20 = llvm.and %15, %19 : i1
    %21 = llvm.mlir.constant(-1 : i64) : i64
    %22 = llvm.add %13, %21 : i64
    %23 = llvm.select %20, %22, %13 : i1, i64
    %24 = llvm.mlir.poison : !llvm.struct<(f32, i64, f64)>
    %25 = llvm.insertvalue %9, %24[0] : !llvm.struct<(f32, i64, f64)> 
    %26 = llvm.insertvalue %23, %25[1] : !llvm.struct<(f32, i64, f64)> 
    %27 = llvm.insertvalue %10, %26[2] : !llvm.struct<(f32, i64, f64)> 
    llvm.return %27 : !llvm.struct<(f32, i64, f64)>
  }
}

