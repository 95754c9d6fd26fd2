// RUN: ember-opt %s -p convert-cf-to-llvm | filecheck %s

// Block arguments of index type become i64; branches become llvm.br / llvm.cond_br.
// CHECK-LABEL: func.func @loop
func.func @loop(%n: index, %step: index) -> index {
  %c0 = arith.constant 0 : index
  // CHECK: %[[ZERO:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
  // CHECK: llvm.br ^[[HEAD:.*]](%[[ZERO]] : i64)
  cf.br ^head(%c0 : index)
// CHECK: ^[[HEAD]](%[[I:.*]]: i64):
^head(%i: index):
  // CHECK: %[[IX:.*]] = builtin.unrealized_conversion_cast %[[I]] : i64 to index
  %cond = arith.cmpi slt, %i, %n : index
  // CHECK: llvm.cond_br %{{.*}}, ^[[BODY:.*]], ^[[EXIT:.*]]
  cf.cond_br %cond, ^body, ^exit
^body:
  %next = arith.addi %i, %step : index
  // CHECK: llvm.br ^[[HEAD]](%{{.*}} : i64)
  cf.br ^head(%next : index)
^exit:
  func.return %i : index
}
