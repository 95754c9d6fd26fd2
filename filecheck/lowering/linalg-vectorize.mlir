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

// A reduction over another dim than the last (a window over channels, as in LRN): the output
// vector is loaded once, carried through the reduction loop inside the vector loop (reading the
// input at a shifted channel) and stored once.
// CHECK-LABEL: func.func @channel_window
// CHECK: scf.for %[[C:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK: scf.for %[[W:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[INIT:.*]] = vector.load %y[%[[C]], %[[W]]] : memref<4x16xf32>, vector<8xf32>
// CHECK: %[[SUM:.*]] = scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %[[INIT]]) -> (vector<8xf32>) {
// CHECK-NEXT: %[[CK:.*]] = arith.addi %[[C]], %[[K]] : index
// CHECK-NEXT: vector.load %x[%[[CK]], %[[W]]] : memref<6x16xf32>, vector<8xf32>
// CHECK: arith.addf %[[ACC]]
// CHECK: scf.yield
// CHECK: vector.store %[[SUM]], %y[%[[C]], %[[W]]]
func.func @channel_window(%x: memref<6x16xf32>, %win: memref<3xf32>, %y: memref<4x16xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0 + d1, d2)>, affine_map<(d0, d1, d2) -> (d1)>, affine_map<(d0, d1, d2) -> (d0, d2)>], iterator_types = ["parallel", "reduction", "parallel"]} ins(%x, %win : memref<6x16xf32>, memref<3xf32>) outs(%y : memref<4x16xf32>) {
  ^bb0(%a: f32, %unused: f32, %o: f32):
    %m = arith.mulf %a, %a : f32
    %r = arith.addf %o, %m : f32
    linalg.yield %r : f32
  }
  func.return
}

// A stride-2 window of 3 (max pooling along a row): the output column is the vector dim; each
// tap loads 2 x LANES contiguous elements and keeps every second one. Whole vectors stop where a
// load would pass the row's end (2 * 8 + 2 + 2 - 1 > 19 for the second vector), the 1-lane
// tail takes columns 8 and on.
// CHECK-LABEL: func.func @strided_window
// CHECK: scf.for %[[ROW:[0-9]+]] = %{{[0-9]+}} to %{{[0-9]+}} step %{{[0-9]+}} {
// CHECK-NEXT: scf.for %{{[0-9]+}} = %{{[0-9]+}} to %[[EIGHT:[0-9]+]] step %[[EIGHT]] {
// CHECK: scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>) {
// CHECK: %[[PAIRS:[0-9]+]] = vector.load %x[%[[ROW]], %{{[0-9]+}}] : memref<4x19xf32>, vector<16xf32>
// CHECK-NEXT: vector.shuffle %[[PAIRS]], %[[PAIRS]] [0, 2, 4, 6, 8, 10, 12, 14] : vector<16xf32>, vector<16xf32>
// CHECK: arith.maximumf
// CHECK: scf.for %{{.*}} = %[[EIGHT]] to %{{.*}} step %{{.*}} {
// CHECK: vector.load %x[%[[ROW]], %{{.*}}] : memref<4x19xf32>, vector<1xf32>
func.func @strided_window(%x: memref<4x19xf32>, %win: memref<3xf32>, %y: memref<4x9xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1 * 2 + d2)>, affine_map<(d0, d1, d2) -> (d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %win : memref<4x19xf32>, memref<3xf32>) outs(%y : memref<4x9xf32>) {
  ^bb0(%a: f32, %unused: f32, %o: f32):
    %r = arith.maximumf %o, %a : f32
    linalg.yield %r : f32
  }
  func.return
}

// A rank-0 operand is loaded once and broadcast, in the vector loop and in the 1-lane tail.
// CHECK-LABEL: func.func @scalar_operand
// CHECK: memref.load %s[] : memref<f32>
// CHECK: vector.broadcast %{{.*}} : f32 to vector<8xf32>
// CHECK: memref.load %s[] : memref<f32>
// CHECK: vector.broadcast %{{.*}} : f32 to vector<1xf32>
func.func @scalar_operand(%x: memref<2x11xf32>, %s: memref<f32>, %y: memref<2x11xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %s : memref<2x11xf32>, memref<f32>) outs(%y : memref<2x11xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  }
  func.return
}

// Left to convert-linalg-to-loops: a transposed read and libm-only math (math.erf is left
// for libm when math-polynomial-approximation did not run first).
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-2: linalg.generic
func.func @left_alone(%x: memref<4x16xf32>, %t: memref<16x4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x : memref<4x16xf32>) outs(%t : memref<16x4xf32>) {
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

// A reduction along the last loop dim (softmax's sum, layer-norm's mean): per row one vector
// accumulator from the neutral element, folded with vector.reduction into the output element,
// then the 1-lane tail (21 = 2 x 8 + 5).
// CHECK-LABEL: func.func @row_sum
// CHECK: scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NEXT: %[[INIT:.*]] = memref.load %s[%[[ROW]], %{{.*}}] : memref<4x1xf32>
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[ZV:.*]] = vector.broadcast %[[Z]] : f32 to vector<8xf32>
// CHECK-NEXT: %[[ACC:.*]] = scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[A:.*]] = %[[ZV]]) -> (vector<8xf32>) {
// CHECK-NEXT: %[[V:.*]] = vector.load %x[%[[ROW]], %[[I]]] : memref<4x21xf32>, vector<8xf32>
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[A]], %[[V]] : vector<8xf32>
// CHECK-NEXT: scf.yield %[[SUM]] : vector<8xf32>
// CHECK: %[[RED:.*]] = vector.reduction <add>, %[[ACC]] : vector<8xf32> into f32
// CHECK-NEXT: %[[T:.*]] = arith.addf %[[INIT]], %[[RED]] : f32
// CHECK-NEXT: %[[TV:.*]] = vector.broadcast %[[T]] : f32 to vector<1xf32>
// CHECK-NEXT: %[[TAIL:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%{{.*}} = %[[TV]]) -> (vector<1xf32>) {
// CHECK: %[[OUT:.*]] = vector.extract %[[TAIL]][0] : f32 from vector<1xf32>
// CHECK-NEXT: memref.store %[[OUT]], %s[%[[ROW]], %{{.*}}] : memref<4x1xf32>
// CHECK-NOT: linalg.generic
func.func @row_sum(%x: memref<4x21xf32>, %s: memref<4x1xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, 0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<4x21xf32>) outs(%s : memref<4x1xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %acc, %a : f32
    linalg.yield %r : f32
  }
  func.return
}

// A max along the last dim starts from -inf and reduces with <maximumf>.
// CHECK-LABEL: func.func @row_max
// CHECK: arith.constant 0xff800000 : f32
// CHECK: arith.maximumf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: vector.reduction <maximumf>, %{{.*}} : vector<8xf32> into f32
func.func @row_max(%x: memref<4x16xf32>, %s: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<4x16xf32>) outs(%s : memref<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %acc, %a : f32
    linalg.yield %r : f32
  }
  func.return
}

// Not a row reduction: the accumulator is used twice (acc * acc + x), so the op stays scalar.
// CHECK-LABEL: func.func @not_a_fold
// CHECK: linalg.generic
func.func @not_a_fold(%x: memref<4x16xf32>, %s: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%x : memref<4x16xf32>) outs(%s : memref<4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %q = arith.mulf %acc, %acc : f32
    %r = arith.addf %q, %a : f32
    linalg.yield %r : f32
  }
  func.return
}
