// RUN: ember-opt %s -p 'linalg-pack{tag=mm operand=1 blocks=4,4}' | filecheck %s
// RUN: ember-opt %s -p 'linalg-pack{tag=mm operand=1 blocks=5,4}' --verify-diagnostics

// B (16x12) is copied into a buffer of 4x3 blocks of 4x4 (outer block indices first) right
// before the op; the matmul, now a linalg.generic with the same body, reads B's element (k, j)
// at (k floordiv 4, j floordiv 4, k mod 4, j mod 4).
// CHECK-LABEL: func.func @mm
// CHECK: %[[P:.*]] = memref.alloc() : memref<4x3x4x4xf32>
// CHECK-NEXT: linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ((d0 floordiv 4), (d1 floordiv 4), (d0 mod 4), (d1 mod 4))>], iterator_types = ["parallel", "parallel"]} ins(%b : memref<16x12xf32>) outs(%[[P]] : memref<4x3x4x4xf32>)
// CHECK: linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> ((d2 floordiv 4), (d1 floordiv 4), (d2 mod 4), (d1 mod 4))>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%a, %[[P]] : memref<8x16xf32>, memref<4x3x4x4xf32>) outs(%c : memref<8x12xf32>) attrs = {ember.tag = "mm"}
// CHECK: arith.mulf
// CHECK-NEXT: arith.addf
// CHECK-NOT: linalg.matmul
func.func @mm(%a: memref<8x16xf32>, %b: memref<16x12xf32>, %c: memref<8x12xf32>) {
  // expected-error @+1 {{linalg-pack: blocks 5,4 must be 2 sizes, each >= 1 and dividing 16x12}}
  linalg.matmul {ember.tag = "mm"} ins(%a, %b : memref<8x16xf32>, memref<16x12xf32>) outs(%c : memref<8x12xf32>)
  func.return
}
