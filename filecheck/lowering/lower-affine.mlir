// RUN: ember-opt %s -p lower-affine | filecheck %s
// RUN: ember-opt %s -p lower-affine | mlir-opt-22 --verify-diagnostics > /dev/null

// The last tile of linalg-tile{partial=true}: min(size, extent - offset).
// CHECK-LABEL: func.func @last_tile
// CHECK-NOT: affine.
// CHECK: %[[M:.*]] = arith.constant -1 : index
// CHECK: %[[N:.*]] = arith.muli %{{.*}}, %[[M]] : index
// CHECK: %[[T:.*]] = arith.addi %{{.*}}, %[[N]] : index
// CHECK: %[[S:.*]] = arith.minsi %{{.*}}, %[[T]] : index
// CHECK: func.return %[[S]] : index
func.func @last_tile(%i: index) -> index {
  %c4 = arith.constant 4 : index
  %c10 = arith.constant 10 : index
  %s = affine.min affine_map<(d0, d1, d2) -> (d0, d1 - d2)>(%c4, %c10, %i)
  func.return %s : index
}

// Three results fold left to right; a symbol operand comes after the dims.
// CHECK-LABEL: func.func @three
// CHECK: %[[A:.*]] = arith.minsi %{{.*}}, %{{.*}} : index
// CHECK: %[[B:.*]] = arith.minsi %[[A]], %{{.*}} : index
// CHECK: func.return %[[B]] : index
func.func @three(%i: index, %n: index) -> index {
  %s = affine.min affine_map<(d0)[s0] -> (d0, s0, d0 * 2)>(%i)[%n]
  func.return %s : index
}

// affine.apply (linalg-fuse-into's slice offsets) becomes index arithmetic too.
// CHECK-LABEL: func.func @apply
// CHECK: %[[C:.*]] = arith.constant 4 : index
// CHECK: %[[P:.*]] = arith.muli %{{.*}}, %[[C]] : index
// CHECK: arith.addi %[[P]], %{{.*}} : index
func.func @apply(%i: index, %j: index) -> index {
  %o = affine.apply affine_map<(d0, d1) -> (d0 * 4 + d1)>(%i, %j)
  func.return %o : index
}
