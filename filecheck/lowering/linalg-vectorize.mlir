// RUN: ember-opt %s --target x86-64-v3 -p linalg-vectorize | filecheck %s
// RUN: ember-opt %s --target x86-64-v4 -p linalg-vectorize | filecheck %s --check-prefix=WIDE

// Same-shape elementwise: one long loop over the flattened operands in steps of the target's
// vector width (8 for AVX2, 16 for AVX-512), the body on vectors (constants broadcast), then a
// 1-lane tail (2 x 3 x 37 = 222 = 27 x 8 + 6).
// CHECK-LABEL: func.func @relu
// CHECK: %[[X:.*]] = memref.collapse_shape %x {{\[}}[0 : i64, 1 : i64, 2 : i64]] : memref<2x3x37xf32> into memref<222xf32>
// CHECK: %[[Y:.*]] = memref.collapse_shape %y {{\[}}[0 : i64, 1 : i64, 2 : i64]] : memref<2x3x37xf32> into memref<222xf32>
// CHECK: %[[END:.*]] = arith.constant 216 : index
// CHECK: %[[STEP:.*]] = arith.constant 8 : index
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[END]] step %[[STEP]] {
// CHECK-NEXT: %[[V:.*]] = vector.load %[[X]][%[[I]]] : memref<222xf32>, vector<8xf32>
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[ZV:.*]] = vector.broadcast %[[Z]] : f32 to vector<8xf32>
// CHECK-NEXT: %[[R:.*]] = arith.maximumf %[[V]], %[[ZV]] : vector<8xf32>
// CHECK-NEXT: vector.store %[[R]], %[[Y]][%[[I]]] : memref<222xf32>, vector<8xf32>
// CHECK: scf.for %{{.*}} = %[[END]] to %{{.*}} step %{{.*}} {
// CHECK: arith.maximumf %{{.*}}, %{{.*}} : vector<1xf32>
// CHECK-NOT: linalg.generic
// WIDE-LABEL: func.func @relu
// WIDE: arith.maximumf %{{.*}}, %{{.*}} : vector<16xf32>
func.func @relu(%x: memref<2x3x37xf32>, %y: memref<2x3x37xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel"]} ins(%x : memref<2x3x37xf32>) outs(%y : memref<2x3x37xf32>) {
  ^bb0(%a: f32, %o: f32):
    %z = arith.constant 0.000000e+00 : f32
    %r = arith.maximumf %a, %z : f32
    linalg.yield %r : f32
  }
  func.return
}

// A per-channel operand (not indexed by the last dim) is loaded once per row and broadcast.
// CHECK-LABEL: func.func @bias
// CHECK: scf.for %[[C:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[W:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[XV:.*]] = vector.load %x[%[[C]], %[[W]]] : memref<4x20xf32>, vector<8xf32>
// CHECK-NEXT: %[[B:.*]] = memref.load %b[%[[C]]] : memref<4xf32>
// CHECK-NEXT: %[[BV:.*]] = vector.broadcast %[[B]] : f32 to vector<8xf32>
// CHECK-NEXT: arith.addf %[[XV]], %[[BV]] : vector<8xf32>
func.func @bias(%x: memref<4x20xf32>, %b: memref<4xf32>, %y: memref<4x20xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %b : memref<4x20xf32>, memref<4xf32>) outs(%y : memref<4x20xf32>) {
  ^bb0(%a: f32, %c: f32, %o: f32):
    %r = arith.addf %a, %c : f32
    linalg.yield %r : f32
  }
  func.return
}

// A reduction over another dim than the last (a window over channels, as in LRN): the reduction
// loop runs outside the vector loop, which reads the input at a shifted channel and accumulates
// into the output vector.
// CHECK-LABEL: func.func @channel_window
// CHECK: scf.for %[[C:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[W:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[CK:.*]] = arith.addi %[[C]], %[[K]] : index
// CHECK-NEXT: vector.load %x[%[[CK]], %[[W]]] : memref<6x16xf32>, vector<8xf32>
// CHECK-NEXT: vector.load %y[%[[C]], %[[W]]] : memref<4x16xf32>, vector<8xf32>
// CHECK: vector.store
func.func @channel_window(%x: memref<6x16xf32>, %win: memref<3xf32>, %y: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0 + d1, d2)>, affine_map<(d0, d1, d2) -> (d1)>, affine_map<(d0, d1, d2) -> (d0, d2)>], iterator_types = ["parallel", "reduction", "parallel"]} ins(%x, %win : memref<6x16xf32>, memref<3xf32>) outs(%y : memref<4x16xf32>) {
  ^bb0(%a: f32, %unused: f32, %o: f32):
    %m = arith.mulf %a, %a : f32
    %r = arith.addf %o, %m : f32
    linalg.yield %r : f32
  }
  func.return
}

// Left to convert-linalg-to-loops: a reduction along the last dim, a transposed read, strided
// (stride-2 pooling) reads and libm-only math.
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-4: linalg.generic
func.func @left_alone(%x: memref<4x16xf32>, %s: memref<4x1xf32>, %t: memref<16x4xf32>, %p: memref<4x8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<4x16xf32>) outs(%s : memref<4x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %o, %a : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x16xf32>) outs(%t : memref<16x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1 * 2)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x16xf32>) outs(%p : memref<4x8xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x16xf32>) outs(%x : memref<4x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %e = math.erf %a : f32
    linalg.yield %e : f32
  }
  func.return
}
