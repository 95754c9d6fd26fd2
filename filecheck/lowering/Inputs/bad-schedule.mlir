func.func @f(%a: memref<8x4xf32>, %b: memref<4x16xf32>, %c: memref<8x16xf32>) {
  linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 4 : i64, nr = 12 : i64}} ins(%a, %b : memref<8x4xf32>, memref<4x16xf32>) outs(%c : memref<8x16xf32>)
  func.return
}
