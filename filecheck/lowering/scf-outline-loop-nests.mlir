// RUN: ember-opt %s --split-input-file -p scf-outline-loop-nests | filecheck %s

// Each top-level nest becomes a no_inline function; constants and globals are cloned into it,
// other outside values (arguments, buffers) are passed.
// CHECK-LABEL: func.func @main
// CHECK-SAME: (%[[X:.*]]: memref<4xf32>, %[[OUT:.*]]: memref<4xf32>)
// CHECK: %[[T:.*]] = memref.alloc() : memref<4xf32>
// CHECK: func.call @main_nest0(%[[X]], %[[T]]) : (memref<4xf32>, memref<4xf32>) -> ()
// CHECK: func.call @main_nest1(%[[T]], %[[OUT]]) : (memref<4xf32>, memref<4xf32>) -> ()
// CHECK: memref.dealloc %[[T]]
// CHECK-NOT: scf.for
// CHECK: func.return

// CHECK: func.func private @main_nest0(%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>) attributes {no_inline}
// CHECK-DAG: arith.constant 0 : index
// CHECK-DAG: memref.get_global @w
// CHECK: scf.for
// CHECK: func.func private @main_nest1
"memref.global"() <{sym_name = "w", sym_visibility = "private", type = memref<4xf32>, initial_value = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>, constant}> : () -> ()
func.func @main(%x: memref<4xf32>, %out: memref<4xf32>) attributes {ember.num_outputs = 1 : i64} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %w = memref.get_global @w : memref<4xf32>
  %t = memref.alloc() : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %a = memref.load %x[%i] : memref<4xf32>
    %b = memref.load %w[%i] : memref<4xf32>
    %s = arith.addf %a, %b : f32
    memref.store %s, %t[%i] : memref<4xf32>
  }
  scf.for %i = %c0 to %c4 step %c1 {
    %a = memref.load %t[%i] : memref<4xf32>
    memref.store %a, %out[%i] : memref<4xf32>
  }
  memref.dealloc %t : memref<4xf32>
  func.return
}

// -----

// Nests that differ only in the globals they read share one function, which takes the globals
// as arguments; a nest with a different body (here: another constant) gets its own.
// CHECK-LABEL: func.func @shared
// CHECK: %[[A:.*]] = memref.get_global @a
// CHECK: %[[B:.*]] = memref.get_global @b
// CHECK: func.call @shared_nest0(%[[A]], %{{.*}}) : (memref<4xf32>, memref<4xf32>) -> ()
// CHECK-NEXT: func.call @shared_nest0(%[[B]], %{{.*}}) : (memref<4xf32>, memref<4xf32>) -> ()
// CHECK-NEXT: func.call @shared_nest2(%{{.*}}) : (memref<4xf32>) -> ()
// CHECK: func.func private @shared_nest0(%{{.*}}: memref<4xf32>, %{{.*}}: memref<4xf32>) attributes {no_inline}
// CHECK-NOT: memref.get_global
// CHECK: func.return
// CHECK: func.func private @shared_nest2(%{{.*}}: memref<4xf32>) attributes {no_inline}
// CHECK: memref.get_global @a
// CHECK: arith.constant 2.000000e+00 : f32
// CHECK-NOT: func.func private
"memref.global"() <{sym_name = "a", sym_visibility = "private", type = memref<4xf32>, initial_value = dense<1.0> : tensor<4xf32>, constant}> : () -> ()
"memref.global"() <{sym_name = "b", sym_visibility = "private", type = memref<4xf32>, initial_value = dense<2.0> : tensor<4xf32>, constant}> : () -> ()
func.func @shared(%x: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %a = memref.get_global @a : memref<4xf32>
  %b = memref.get_global @b : memref<4xf32>
  scf.for %i = %c0 to %c4 step %c1 {
    %v = memref.load %a[%i] : memref<4xf32>
    %s = arith.addf %v, %one : f32
    memref.store %s, %x[%i] : memref<4xf32>
  }
  scf.for %i = %c0 to %c4 step %c1 {
    %v = memref.load %b[%i] : memref<4xf32>
    %s = arith.addf %v, %one : f32
    memref.store %s, %x[%i] : memref<4xf32>
  }
  scf.for %i = %c0 to %c4 step %c1 {
    %v = memref.load %a[%i] : memref<4xf32>
    %s = arith.addf %v, %two : f32
    memref.store %s, %x[%i] : memref<4xf32>
  }
  func.return
}
