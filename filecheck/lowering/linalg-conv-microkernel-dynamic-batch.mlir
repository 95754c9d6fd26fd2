// RUN: ember-opt %s -p linalg-conv-microkernel | filecheck %s

// A batch known only at run time (the leading `?`, which changes no stride): the micro-kernel
// applies as for a static batch, its image loop running to the size read from the output.
// CHECK-LABEL: func.func @batch
// CHECK: %[[X:.*]] = memref.collapse_shape %x {{\[}}[0 : i64], [1 : i64], [2 : i64, 3 : i64]] : memref<?x2x6x6xf32> into memref<?x2x36xf32>
// CHECK: %[[N:.*]] = memref.dim %y, %{{.*}} : memref<?x3x4x4xf32>
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[N]] step %{{.*}} {
// CHECK: vector.fma
// CHECK: vector.store %{{.*}}, %y[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<?x3x4x4xf32>, vector<1xf32>
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_0", type = memref<3x2x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<3x2x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @batch(%x: memref<?x2x6x6xf32>, %y: memref<?x3x4x4xf32>) {
  %w = memref.get_global @__constant_0 : memref<3x2x3x3xf32>
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<?x2x6x6xf32>, memref<3x2x3x3xf32>) outs(%y : memref<?x3x4x4xf32>)
  func.return
}

// An inner run-time size (here the image height) is left to convert-linalg-to-loops.
// CHECK-LABEL: func.func @height
// CHECK: linalg.conv_2d_nchw_fchw
func.func @height(%x: memref<1x2x?x6xf32>, %y: memref<1x3x?x4xf32>) {
  %w = memref.get_global @__constant_0 : memref<3x2x3x3xf32>
  linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x2x?x6xf32>, memref<3x2x3x3xf32>) outs(%y : memref<1x3x?x4xf32>)
  func.return
}
