// RUN: ember-opt %s -p reconcile-unrealized-casts --split-input-file --verify-diagnostics | filecheck %s

// A cast and its inverse cancel.
// CHECK-LABEL: func.func @pair
func.func @pair(%x: i64) -> i64 {
  // CHECK-NEXT: func.return %{{.*}} : i64
  %0 = builtin.unrealized_conversion_cast %x : i64 to index
  %1 = builtin.unrealized_conversion_cast %0 : index to i64
  func.return %1 : i64
}
