module {
  func.func @tensors(%arg0: memref<8x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<?x8xf32, strided<[?, ?], offset: ?>>, %arg2: f32) -> (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %subview = memref.subview %arg0[2, 2] [4, 4] [1, 1] : memref<8x8xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[?, ?], offset: ?>>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x8xf32>
    memref.copy %arg0, %alloc : memref<8x8xf32, strided<[?, ?], offset: ?>> to memref<8x8xf32>
    %subview_0 = memref.subview %alloc[0, 0] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1]>>
    memref.copy %subview, %subview_0 : memref<4x4xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[8, 1]>>
    %collapse_shape = memref.collapse_shape %alloc [[0, 1]] : memref<8x8xf32> into memref<64xf32>
    %expand_shape = memref.expand_shape %collapse_shape [[0, 1]] output_shape [4, 16] : memref<64xf32> into memref<4x16xf32>
    %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<10x10xf32>
    linalg.map outs(%alloc_1 : memref<10x10xf32>)
      (%init: f32) {
        linalg.yield %arg2 : f32
      }
    %subview_2 = memref.subview %alloc_1[1, 1] [8, 8] [1, 1] : memref<10x10xf32> to memref<8x8xf32, strided<[10, 1], offset: 11>>
    memref.copy %arg0, %subview_2 : memref<8x8xf32, strided<[?, ?], offset: ?>> to memref<8x8xf32, strided<[10, 1], offset: 11>>
    %0 = memref.load %expand_shape[%c1, %c1] : memref<4x16xf32>
    %1 = arith.addf %arg2, %0 : f32
    %dim = memref.dim %arg1, %c0 : memref<?x8xf32, strided<[?, ?], offset: ?>>
    %cast = memref.cast %subview : memref<4x4xf32, strided<[?, ?], offset: ?>> to memref<?x4xf32, strided<[?, ?], offset: ?>>
    return %cast, %alloc_1, %1, %dim : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index
  }
}

