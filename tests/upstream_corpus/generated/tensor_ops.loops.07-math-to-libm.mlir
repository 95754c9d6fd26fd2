module {
  func.func @tensors(%arg0: memref<8x8xf32, strided<[?, ?], offset: ?>>, %arg1: memref<?x8xf32, strided<[?, ?], offset: ?>>, %arg2: f32) -> (memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index) {
    %c10 = arith.constant 10 : index
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<8x8xf32, strided<[?, ?], offset: ?>> -> memref<f32>, index, index, index, index, index
    %c2 = arith.constant 2 : index
    %0 = arith.muli %strides#0, %c2 overflow<nsw> : index
    %1 = arith.addi %offset, %0 : index
    %c2_0 = arith.constant 2 : index
    %2 = arith.muli %strides#1, %c2_0 overflow<nsw> : index
    %3 = arith.addi %1, %2 : index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [%3], sizes: [4, 4], strides: [%strides#0, %strides#1] : memref<f32> to memref<4x4xf32, strided<[?, ?], offset: ?>>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<8x8xf32>
    memref.copy %arg0, %alloc : memref<8x8xf32, strided<[?, ?], offset: ?>> to memref<8x8xf32>
    %reinterpret_cast_1 = memref.reinterpret_cast %alloc to offset: [0], sizes: [4, 4], strides: [8, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1]>>
    memref.copy %reinterpret_cast, %reinterpret_cast_1 : memref<4x4xf32, strided<[?, ?], offset: ?>> to memref<4x4xf32, strided<[8, 1]>>
    %reinterpret_cast_2 = memref.reinterpret_cast %alloc to offset: [0], sizes: [4, 16], strides: [16, 1] : memref<8x8xf32> to memref<4x16xf32>
    %alloc_3 = memref.alloc() {alignment = 64 : i64} : memref<10x10xf32>
    cf.br ^bb1(%c0 : index)
  ^bb1(%4: index):  // 2 preds: ^bb0, ^bb5
    %5 = arith.cmpi slt, %4, %c10 : index
    cf.cond_br %5, ^bb2, ^bb6
  ^bb2:  // pred: ^bb1
    cf.br ^bb3(%c0 : index)
  ^bb3(%6: index):  // 2 preds: ^bb2, ^bb4
    %7 = arith.cmpi slt, %6, %c10 : index
    cf.cond_br %7, ^bb4, ^bb5
  ^bb4:  // pred: ^bb3
    memref.store %arg2, %alloc_3[%4, %6] : memref<10x10xf32>
    %8 = arith.addi %6, %c1 : index
    cf.br ^bb3(%8 : index)
  ^bb5:  // pred: ^bb3
    %9 = arith.addi %4, %c1 : index
    cf.br ^bb1(%9 : index)
  ^bb6:  // pred: ^bb1
    %reinterpret_cast_4 = memref.reinterpret_cast %alloc_3 to offset: [11], sizes: [8, 8], strides: [10, 1] : memref<10x10xf32> to memref<8x8xf32, strided<[10, 1], offset: 11>>
    memref.copy %arg0, %reinterpret_cast_4 : memref<8x8xf32, strided<[?, ?], offset: ?>> to memref<8x8xf32, strided<[10, 1], offset: 11>>
    %10 = memref.load %reinterpret_cast_2[%c1, %c1] : memref<4x16xf32>
    %11 = arith.addf %arg2, %10 : f32
    %dim = memref.dim %arg1, %c0 : memref<?x8xf32, strided<[?, ?], offset: ?>>
    %cast = memref.cast %reinterpret_cast : memref<4x4xf32, strided<[?, ?], offset: ?>> to memref<?x4xf32, strided<[?, ?], offset: ?>>
    return %cast, %alloc_3, %11, %dim : memref<?x4xf32, strided<[?, ?], offset: ?>>, memref<10x10xf32>, f32, index
  }
}

