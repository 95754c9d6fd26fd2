// RUN: ember-opt %s -p linalg-conv-microkernel | filecheck %s

// Every conv here pins its kernel schedule (ember.schedule: 16-lane vectors, 8 x 32 tiles), so
// the emitted structure does not depend on the host; linalg-kernel-schedule.mlir covers the
// target-derived defaults.

// Weights are packed at compile time into [ceil(Co/8)][Ci][KH*KW][8] (Co = 3 padded to 8),
// stored as [ceil(Co/8) * Ci][KH*KW*8]; the original global goes away once nothing reads it.
// CHECK-NOT: sym_name = "__constant_0",
// CHECK: sym_name = "__constant_0_conv8", type = memref<2x72xf32>

// Stride 1: the padded input is read in place (collapsed to one plane per channel); output
// pixels on the padded width: (4 - 1) * 6 + 4 = 22 scratch columns = 16-lane blocks at
// min(p, 22 - 16) for p = 0, 16 (the last one overlaps; one kernel for all columns); taps at constant offsets kh * 6 + kw, each reading one
// vector of the input and 8 weights (row block * Ci + ci, tap * 8 + r).
// CHECK-LABEL: func.func @stride1
// CHECK: %[[W:.*]] = memref.get_global @__constant_0_conv8 : memref<2x72xf32>
// CHECK: %[[T:.*]] = memref.alloc() {alignment = 64 : i64} : memref<8x22xf32>
// CHECK: %[[X:.*]] = memref.collapse_shape %x {{\[}}[0 : i64], [1 : i64], [2 : i64, 3 : i64]] : memref<1x2x6x6xf32> into memref<1x2x36xf32>
// CHECK: %[[END:.*]] = arith.constant 32 : index
// CHECK: scf.for %[[P:.*]] = %{{.*}} to %[[END]] step %{{.*}} {
// CHECK: %[[J:.*]] = arith.minsi %[[P]], %{{.*}} : index
// CHECK: scf.for %[[CI:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK-NEXT: %[[B:.*]] = vector.load %[[X]][%{{.*}}, %[[CI]], %{{.*}}] : memref<1x2x36xf32>, vector<16xf32>
// CHECK-NEXT: %[[ROW:.*]] = arith.addi %{{.*}}, %[[CI]] : index
// CHECK-NEXT: %{{.*}} = arith.constant 0 : index
// CHECK-NEXT: %[[A:.*]] = memref.load %[[W]][%[[ROW]], %{{.*}}] : memref<2x72xf32>
// CHECK-NEXT: %[[S:.*]] = vector.broadcast %[[A]] : f32 to vector<16xf32>
// CHECK-NEXT: vector.fma %[[S]], %[[B]], %{{.*}} : vector<16xf32>
// CHECK: vector.store %{{.*}}, %[[T]][%{{.*}}, %{{.*}}] : memref<8x22xf32>, vector<16xf32>
// CHECK-NOT: iter_args
// The epilogue adds the valid scratch columns into the output, in vectors along each output row
// (4 columns, fewer than 16 lanes: 1-lane vectors).
// CHECK: %[[ACC:.*]] = vector.load %y[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<1x3x4x4xf32>, vector<1xf32>
// CHECK: %[[PART:.*]] = vector.load %[[T]][%{{.*}}, %{{.*}}] : memref<8x22xf32>, vector<1xf32>
// CHECK-NEXT: %[[SUM:.*]] = arith.addf %[[ACC]], %[[PART]] : vector<1xf32>
// CHECK-NEXT: vector.store %[[SUM]], %y[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<1x3x4x4xf32>, vector<1xf32>
// CHECK: memref.dealloc %[[T]] : memref<8x22xf32>
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_0", type = memref<3x2x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<3x2x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @stride1(%x: memref<1x2x6x6xf32>, %y: memref<1x3x4x4xf32>) {
  %w = memref.get_global @__constant_0 : memref<3x2x3x3xf32>
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x2x6x6xf32>, memref<3x2x3x3xf32>) outs(%y : memref<1x3x4x4xf32>)
  func.return
}

// Stride 2: the input is first split into 2 x 2 phase planes of 3 x 3 (one copy per image);
// 2 x 2 outputs on plane width 3 = 5 scratch columns, fewer than 16: 1-lane columns.
// CHECK-LABEL: func.func @stride2
// CHECK: %[[T2:.*]] = memref.alloc() {alignment = 64 : i64} : memref<8x5xf32>
// CHECK: %[[P:.*]] = memref.alloc() {alignment = 64 : i64} : memref<1x4x9xf32>
// CHECK: arith.minsi
// CHECK: memref.store %{{.*}}, %[[P]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x4x9xf32>
// CHECK: iter_args({{.*}}) -> (vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>, vector<1xf32>) {
// CHECK: vector.load %[[P]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x4x9xf32>, vector<1xf32>
// CHECK: memref.dealloc %[[P]] : memref<1x4x9xf32>
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_1", type = memref<4x1x2x2xf32>, initial_value = dense<1.000000e+00> : tensor<4x1x2x2xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @stride2(%x: memref<1x1x5x5xf32>, %y: memref<1x4x2x2xf32>) {
  %w = memref.get_global @__constant_1 : memref<4x1x2x2xf32>
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<2> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x1x5x5xf32>, memref<4x1x2x2xf32>) outs(%y : memref<1x4x2x2xf32>)
  func.return
}

// 1x1, no padding, stride 1: no junk columns, so tiles accumulate straight into the output
// (viewed as [N][Co][OH*OW]); 10 output channels = an 8-row block and a 2-row remainder tile.
// CHECK-LABEL: func.func @direct
// CHECK-NOT: memref.alloc
// CHECK: %[[O:.*]] = memref.collapse_shape %y {{\[}}[0 : i64], [1 : i64], [2 : i64, 3 : i64]] : memref<1x10x4x4xf32> into memref<1x10x16xf32>
// CHECK: %[[C:.*]] = vector.load %[[O]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x10x16xf32>, vector<16xf32>
// CHECK: iter_args(%{{.*}} = %[[C]], {{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK: vector.store %{{.*}}, %[[O]][%{{.*}}, %{{.*}}, %{{.*}}] : memref<1x10x16xf32>, vector<16xf32>
// CHECK: iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>) {
// CHECK-NOT: linalg.conv_2d_nchw_fchw
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_2", type = memref<10x3x1x1xf32>, initial_value = dense<1.000000e+00> : tensor<10x3x1x1xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @direct(%x: memref<1x3x4x4xf32>, %y: memref<1x10x4x4xf32>) {
  %w = memref.get_global @__constant_2 : memref<10x3x1x1xf32>
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x3x4x4xf32>, memref<10x3x1x1xf32>) outs(%y : memref<1x10x4x4xf32>)
  func.return
}

// Weights that are not constants are left to convert-linalg-to-loops.
// CHECK-LABEL: func.func @dynamic_weights
// CHECK-NEXT: linalg.conv_2d_nchw_fchw
func.func @dynamic_weights(%x: memref<1x2x6x6xf32>, %w: memref<3x2x3x3xf32>, %y: memref<1x3x4x4xf32>) {
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x2x6x6xf32>, memref<3x2x3x3xf32>) outs(%y : memref<1x3x4x4xf32>)
  func.return
}

// The bias initialisation just before the conv (what convert-graph-to-linalg emits) is folded
// into the kernel: direct tiles start from the splatted bias instead of the output.
// CHECK-LABEL: func.func @bias_folded
// CHECK-NOT: linalg.generic
// CHECK: %[[BV:.*]] = memref.load %bias[%{{.*}}] : memref<10xf32>
// CHECK-NEXT: %[[INIT:.*]] = vector.broadcast %[[BV]] : f32 to vector<16xf32>
// CHECK: iter_args(%{{.*}} = %[[INIT]], {{.*}}) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
// CHECK-NOT: linalg
// CHECK: func.return
"memref.global"() <{sym_name = "__constant_4", type = memref<10x3x1x1xf32>, initial_value = dense<1.000000e+00> : tensor<10x3x1x1xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @bias_folded(%x: memref<1x3x4x4xf32>, %bias: memref<10xf32>, %y: memref<1x10x4x4xf32>) {
  %w = memref.get_global @__constant_4 : memref<10x3x1x1xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bias : memref<10xf32>) outs(%y : memref<1x10x4x4xf32>) {
  ^bb0(%b: f32, %o: f32):
    linalg.yield %b : f32
  }
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 16, mr = 8, nr = 32}, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x3x4x4xf32>, memref<10x3x1x1xf32>) outs(%y : memref<1x10x4x4xf32>)
  func.return
}
