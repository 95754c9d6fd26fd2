// memref globals, subviews, copies, casts, alloc/dealloc, reshape.
memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]> {alignment = 64 : i64}
memref.global @state : memref<2x2xi32> = uninitialized
func.func @mem(%m: memref<8x8xf32>, %i: index) -> f32 {
  %g = memref.get_global @table : memref<4xf32>
  %sv = memref.subview %m[2, 2] [4, 4] [1, 1] : memref<8x8xf32> to memref<4x4xf32, strided<[8, 1], offset: 18>>
  %a = memref.alloc() {alignment = 64 : i64} : memref<4x4xf32>
  memref.copy %sv, %a : memref<4x4xf32, strided<[8, 1], offset: 18>> to memref<4x4xf32>
  %row = memref.subview %a[1, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1], offset: 4>>
  %dyn = memref.cast %a : memref<4x4xf32> to memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %d = memref.dim %dyn, %c0 : memref<?x?xf32>
  %col = memref.collapse_shape %a [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %exp = memref.expand_shape %col [[0, 1]] output_shape [2, 8] : memref<16xf32> into memref<2x8xf32>
  %v = memref.load %g[%i] : memref<4xf32>
  %w = memref.load %row[%i] : memref<4xf32, strided<[1], offset: 4>>
  %x = memref.load %exp[%c0, %d] : memref<2x8xf32>
  %s = arith.addf %v, %w : f32
  %t = arith.addf %s, %x : f32
  %st = memref.get_global @state : memref<2x2xi32>
  %ci = arith.fptosi %t : f32 to i32
  memref.store %ci, %st[%c0, %c0] : memref<2x2xi32>
  memref.dealloc %a : memref<4x4xf32>
  return %t : f32
}
