module {
  func.func @named(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8x16xf32, strided<[?, ?], offset: ?>>, %arg2: memref<4x16xf32, strided<[?, ?], offset: ?>>) -> memref<4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x16xf32>
    linalg.fill ins(%cst : f32) outs(%alloc : memref<4x16xf32>)
    linalg.matmul ins(%arg0, %arg1 : memref<4x8xf32, strided<[?, ?], offset: ?>>, memref<8x16xf32, strided<[?, ?], offset: ?>>) outs(%alloc : memref<4x16xf32>)
    linalg.add ins(%alloc, %arg2 : memref<4x16xf32>, memref<4x16xf32, strided<[?, ?], offset: ?>>) outs(%alloc : memref<4x16xf32>)
    return %alloc : memref<4x16xf32>
  }
  func.func @batched(%arg0: memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, %arg1: memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) -> memref<2x4x16xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<2x4x16xf32>
    linalg.fill ins(%cst : f32) outs(%alloc : memref<2x4x16xf32>)
    linalg.batch_matmul ins(%arg0, %arg1 : memref<2x4x8xf32, strided<[?, ?, ?], offset: ?>>, memref<2x8x16xf32, strided<[?, ?, ?], offset: ?>>) outs(%alloc : memref<2x4x16xf32>)
    return %alloc : memref<2x4x16xf32>
  }
  func.func @shuffle(%arg0: memref<4x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<8xf32, strided<[?], offset: ?>>) -> (memref<8x4xf32>, memref<4x8xf32>) {
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x4xf32>
    linalg.transpose ins(%arg0 : memref<4x8xf32, strided<[?, ?], offset: ?>>) outs(%alloc : memref<8x4xf32>) permutation = [1, 0] 
    %alloc_0 = memref.alloc() {alignment = 64 : i64} : memref<4x8xf32>
    linalg.broadcast ins(%arg1 : memref<8xf32, strided<[?], offset: ?>>) outs(%alloc_0 : memref<4x8xf32>) dimensions = [0] 
    return %alloc, %alloc_0 : memref<8x4xf32>, memref<4x8xf32>
  }
}

