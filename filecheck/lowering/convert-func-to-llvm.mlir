// RUN: ember-opt %s -p convert-func-to-llvm --split-input-file | filecheck %s

// The entry point: memrefs become bare pointers, no results become void, and discardable
// attributes such as ember.num_outputs survive.
// CHECK-LABEL: llvm.func @main
// CHECK-SAME: (%[[IN:.*]]: !llvm.ptr, %[[OUT:.*]]: !llvm.ptr) attributes {ember.num_outputs = 1 : i64}
func.func @main(%in: memref<4xf32>, %out: memref<4xf32>) attributes {ember.num_outputs = 1 : i64} {
  // CHECK: %[[A:.*]] = builtin.unrealized_conversion_cast %[[OUT]] : !llvm.ptr to memref<4xf32>
  // CHECK: %[[B:.*]] = builtin.unrealized_conversion_cast %[[IN]] : !llvm.ptr to memref<4xf32>
  // CHECK: "memref.copy"(%[[B]], %[[A]])
  "memref.copy"(%in, %out) : (memref<4xf32>, memref<4xf32>) -> ()
  // CHECK: llvm.return
  func.return
}

// -----

// CHECK: llvm.func internal @helper(%{{.*}}: f32, %{{.*}}: i64) -> f32
func.func private @helper(%x: f32, %n: index) -> f32 {
  func.return %x : f32
}
// CHECK-LABEL: llvm.func @caller
func.func @caller(%x: f32) -> f32 {
  %c = arith.constant 3 : index
  // CHECK: %[[N:.*]] = builtin.unrealized_conversion_cast %{{.*}} : index to i64
  // CHECK: %[[R:.*]] = llvm.call @helper(%{{.*}}, %[[N]]) : (f32, i64) -> f32
  %r = func.call @helper(%x, %c) : (f32, index) -> f32
  // CHECK: llvm.return %[[R]] : f32
  func.return %r : f32
}

// -----

// CHECK: llvm.func @external_decl(f32) -> f32
func.func private @external_decl(f32) -> f32
