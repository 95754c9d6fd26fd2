module {
  memref.global "private" constant @table : memref<4xf32> = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> {alignment = 64 : i64}
  memref.global @state : memref<2x2xi32> = uninitialized
  func.func @mem(%arg0: memref<8x8xf32>, %arg1: index) -> f32 {
    %c4 = arith.constant 4 : index
    %c0 = arith.constant 0 : index
    %0 = memref.get_global @table : memref<4xf32>
    %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<8x8xf32> -> memref<f32>, index, index, index, index, index
    %reinterpret_cast = memref.reinterpret_cast %base_buffer to offset: [18], sizes: [4, 4], strides: [8, 1] : memref<f32> to memref<4x4xf32, strided<[8, 1], offset: 18>>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
    memref.copy %reinterpret_cast, %alloc : memref<4x4xf32, strided<[8, 1], offset: 18>> to memref<4x4xf32>
    %reinterpret_cast_0 = memref.reinterpret_cast %alloc to offset: [4], sizes: [4], strides: [1] : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
    %reinterpret_cast_1 = memref.reinterpret_cast %alloc to offset: [0], sizes: [2, 8], strides: [8, 1] : memref<4x4xf32> to memref<2x8xf32>
    %1 = memref.load %0[%arg1] : memref<4xf32>
    %2 = memref.load %reinterpret_cast_0[%arg1] : memref<4xf32, strided<[1], offset: 4>>
    %3 = memref.load %reinterpret_cast_1[%c0, %c4] : memref<2x8xf32>
    %4 = arith.addf %1, %2 : f32
    %5 = arith.addf %4, %3 : f32
    %6 = memref.get_global @state : memref<2x2xi32>
    %7 = arith.fptosi %5 : f32 to i32
    memref.store %7, %6[%c0, %c0] : memref<2x2xi32>
    memref.dealloc %alloc : memref<4x4xf32>
    return %5 : f32
  }
}

