module {
  memref.global "private" constant @table : memref<4xf32> = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> {alignment = 64 : i64}
  memref.global @state : memref<2x2xi32> = uninitialized
  func.func @mem(%arg0: memref<8x8xf32>, %arg1: index) -> f32 {
    %0 = memref.get_global @table : memref<4xf32>
    %subview = memref.subview %arg0[2, 2] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 18>>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
    memref.copy %subview, %alloc : memref<4x4xf32, strided<[8, 1], offset: 18>> to memref<4x4xf32>
    %subview_0 = memref.subview %alloc[1, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
    %cast = memref.cast %alloc : memref<4x4xf32> to memref<?x?xf32>
    %c0 = arith.constant 0 : index
    %dim = memref.dim %cast, %c0 : memref<?x?xf32>
    %collapse_shape = memref.collapse_shape %alloc [[0, 1]] : memref<4x4xf32> into memref<16xf32>
    %expand_shape = memref.expand_shape %collapse_shape [[0, 1]] output_shape [2, 8] : memref<16xf32> into memref<2x8xf32>
    %1 = memref.load %0[%arg1] : memref<4xf32>
    %2 = memref.load %subview_0[%arg1] : memref<4xf32, strided<[1], offset: 4>>
    %3 = memref.load %expand_shape[%c0, %dim] : memref<2x8xf32>
    %4 = arith.addf %1, %2 : f32
    %5 = arith.addf %4, %3 : f32
    %6 = memref.get_global @state : memref<2x2xi32>
    %7 = arith.fptosi %5 : f32 to i32
    memref.store %7, %6[%c0, %c0] : memref<2x2xi32>
    memref.dealloc %alloc : memref<4x4xf32>
    return %5 : f32
  }
}

