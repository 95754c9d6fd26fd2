// convert-scf-to-cf: scf.for (nested, with iter_args) and scf.if (with a result) become blocks
// and branches, outer loop before inner; an unused op goes as in xDSL's walk; mlir-opt-22 reads
// the result.

// RUN: ember-opt %s -p convert-scf-to-cf | filecheck %s
// RUN: ember-opt %s -p convert-scf-to-cf | mlir-opt-22 > /dev/null

// CHECK-LABEL: func.func @sum
// CHECK-NOT: scf.
// CHECK-NOT: arith.constant 7
// CHECK: cf.br ^[[OUTER:bb[0-9]+]](%c0, %zero : index, f32)
// CHECK: ^[[OUTER]](%i: index, %acc: f32):
// CHECK: arith.cmpi slt, %i, %c4 : index
// CHECK: ^[[INNER:bb[0-9]+]](%j: index, %r: f32):
// CHECK: arith.cmpi slt, %j, %c8 : index
// CHECK: memref.load %m[%i, %j]
// CHECK: arith.addi %j, %c1 : index
// CHECK: cf.br ^[[INNER]]
// CHECK: arith.addi %i, %c1 : index
// CHECK: cf.br ^[[OUTER]]
// CHECK: cf.cond_br %flag, ^[[THEN:bb[0-9]+]], ^[[ELSE:bb[0-9]+]]
// CHECK: ^[[THEN]]:
// CHECK-NEXT: cf.br ^[[MERGE:bb[0-9]+]](%acc : f32)
// CHECK: ^[[ELSE]]:
// CHECK-NEXT: cf.br ^[[MERGE]](%zero : f32)
// CHECK: ^[[MERGE]](%out: f32):
// CHECK: func.return %out : f32
// CHECK-NOT: scf.

func.func @sum(%m: memref<4x8xf32>, %flag: i1) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %unused = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  %total = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> (f32) {
    %row = scf.for %j = %c0 to %c8 step %c1 iter_args(%r = %acc) -> (f32) {
      %v = memref.load %m[%i, %j] : memref<4x8xf32>
      %s = arith.addf %r, %v : f32
      scf.yield %s : f32
    }
    scf.yield %row : f32
  }
  %out = scf.if %flag -> (f32) {
    scf.yield %total : f32
  } else {
    scf.yield %zero : f32
  }
  func.return %out : f32
}
