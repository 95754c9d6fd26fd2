// RUN: ember-opt %s --target x86-64-v3 -p linalg-kernel-schedule | filecheck %s --check-prefix=AVX2
// RUN: ember-opt %s --target x86-64-v4 -p linalg-kernel-schedule | filecheck %s --check-prefix=AVX512
// RUN: ember-opt %s --target x86-64-v2 -p linalg-kernel-schedule | filecheck %s --check-prefix=SSE
// RUN: ember-opt %s --target '{"name": "x86-64-v3", "vector_registers": 8}' -p linalg-kernel-schedule | filecheck %s --check-prefix=FEWREGS
// RUN: ember-opt %s --target x86-64-v3 -p linalg-kernel-schedule,linalg-matmul-microkernel | filecheck %s --check-prefix=KERNEL
// RUN: ember-opt %s --target x86-64-v3 -p linalg-kernel-schedule,linalg-conv-microkernel | filecheck %s --check-prefix=CHANNELS

// The register budget decides the tile: MR * NR/LANES accumulators + NR/LANES B vectors + 1
// broadcast fit the vector registers (16 ymm: 6 x 16 of vector<8xf32>; 32 zmm: 6 x 64 of
// vector<16xf32>; 16 xmm: 6 x 8 of vector<4xf32>; 8 registers: 6 x 8). A 1024 x NR panel of
// packed B stays in L2, so K is not blocked.
// AVX2-LABEL: func.func @big
// AVX2: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64}}
// AVX512-LABEL: func.func @big
// AVX512: linalg.matmul {ember.schedule = {lanes = 16 : i64, mr = 6 : i64, nr = 64 : i64, kc = 0 : i64, mc = 0 : i64}}
// SSE-LABEL: func.func @big
// SSE: linalg.matmul {ember.schedule = {lanes = 4 : i64, mr = 6 : i64, nr = 8 : i64, kc = 0 : i64, mc = 0 : i64}}
// FEWREGS-LABEL: func.func @big
// FEWREGS: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 8 : i64
func.func @big(%a: memref<1024x1024xf32>, %b: memref<1024x1024xf32>, %c: memref<1024x1024xf32>) {
  linalg.matmul ins(%a, %b : memref<1024x1024xf32>, memref<1024x1024xf32>) outs(%c : memref<1024x1024xf32>)
  func.return
}

// K = 8192: a whole B panel (8192 x 16 floats, 512 KiB) would not stay in half of the 512 KiB L2,
// so K is blocked (KC = 512) and M too (MC x KC of A within half of L2: MC = 126); the kernel
// loops over the K blocks outermost.
// AVX2-LABEL: func.func @deep
// AVX2: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 16 : i64, kc = 512 : i64, mc = 126 : i64}}
// KERNEL-LABEL: func.func @deep
// KERNEL: %[[KC:.*]] = arith.constant 512 : index
// KERNEL: scf.for %[[K0:.*]] = %{{.*}} to %{{.*}} step %[[KC]] {
// KERNEL: %[[MC:.*]] = arith.constant 126 : index
// KERNEL: scf.for %[[I0:.*]] = %{{.*}} to %{{.*}} step %[[MC]] {
// KERNEL: iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>)
func.func @deep(%a: memref<1024x8192xf32>, %b: memref<8192x64xf32>, %c: memref<1024x64xf32>) {
  linalg.matmul ins(%a, %b : memref<1024x8192xf32>, memref<8192x64xf32>) outs(%c : memref<1024x64xf32>)
  func.return
}

// Few rows and columns: the tile is no taller than M and no wider than N; small K is one block.
// AVX2-LABEL: func.func @small
// AVX2: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 3 : i64, nr = 8 : i64, kc = 0 : i64, mc = 0 : i64}}
// AVX512-LABEL: func.func @small
// AVX512: linalg.matmul {ember.schedule = {lanes = 16 : i64, mr = 3 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64}}
func.func @small(%a: memref<3x5xf32>, %b: memref<5x12xf32>, %c: memref<3x12xf32>) {
  linalg.matmul ins(%a, %b : memref<3x5xf32>, memref<5x12xf32>) outs(%c : memref<3x12xf32>)
  func.return
}

// A schedule already on the op (written by hand, a schedule script or a tuning log) is kept,
// and the micro-kernel follows it: 4 x 8 tiles of vector<8xf32>.
// AVX2-LABEL: func.func @pinned
// AVX2: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 4 : i64, nr = 8 : i64}}
// AVX512-LABEL: func.func @pinned
// AVX512: linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 4 : i64, nr = 8 : i64}}
// KERNEL-LABEL: func.func @pinned
// KERNEL: scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// KERNEL-NOT: linalg.matmul
func.func @pinned(%a: memref<8x4xf32>, %b: memref<4x16xf32>, %c: memref<8x16xf32>) {
  linalg.matmul {ember.schedule = {lanes = 8 : i64, mr = 4 : i64, nr = 8 : i64}} ins(%a, %b : memref<8x4xf32>, memref<4x16xf32>) outs(%c : memref<8x16xf32>)
  func.return
}

// Convolutions with a kernel window (and whole vectors of output channels): output channels on
// the lanes, M = output pixels, N = Co.
// AVX2-LABEL: func.func @conv
// AVX2: linalg.conv_2d_nchw_fchw {{.*}}ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64, vectorize = "channels"}
// AVX512-LABEL: func.func @conv
// AVX512: linalg.conv_2d_nchw_fchw {{.*}}ember.schedule = {lanes = 16 : i64, mr = 8 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64, vectorize = "channels"}
// The channels form: weights packed as [Co/NR][Ci][taps*NR] panels (the vector operand), input
// pixels broadcast, no accumulating bias or zero fill to start from: the tile gathers the
// output; the finished 6x16 tile is transposed with shuffles (three levels pair its six rows)
// into one vector of its six pixels per output channel, each stored whole.
// CHANNELS-LABEL: func.func @conv(
// CHANNELS: memref.get_global @__w_convc16 : memref<1x4x144xf32>
// CHANNELS: vector.insert %{{.*}} [7] : f32 into vector<8xf32>
// CHANNELS: scf.for
// CHANNELS: memref.load %{{.*}} : memref<1x4x324xf32>
// CHANNELS: vector.broadcast %{{.*}} : f32 to vector<8xf32>
// CHANNELS: vector.load %{{.*}} : memref<1x4x144xf32>, vector<8xf32>
// CHANNELS: vector.fma
// CHANNELS: vector.shuffle {{.*}} [0, 8, 1, 9, {{.*}}] : vector<8xf32>, vector<8xf32>
// CHANNELS: %[[WIDE:.*]] = vector.shuffle {{.*}} : vector<32xf32>, vector<32xf32>
// CHANNELS-NEXT: %[[LANE0:.*]] = vector.shuffle %[[WIDE]], %[[WIDE]] [0, 1, 2, 3, 4, 5] : vector<64xf32>, vector<64xf32>
// CHANNELS: vector.shuffle %[[WIDE]], %[[WIDE]] [56, 57, 58, 59, 60, 61] : vector<64xf32>, vector<64xf32>
// CHANNELS-NEXT: vector.store %[[LANE0]], %{{.*}} : memref<1x16x256xf32>, vector<6xf32>
// CHANNELS-NOT: vector.extract
// CHANNELS-LABEL: func.func @conv_pixels(
// CHANNELS: memref.get_global @__w12_conv6 : memref<8x54xf32>
"memref.global"() <{sym_name = "__w", type = memref<16x4x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<16x4x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @conv(%x: memref<1x4x18x18xf32>, %y: memref<1x16x16x16xf32>) {
  %w = memref.get_global @__w : memref<16x4x3x3xf32>
  linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x4x18x18xf32>, memref<16x4x3x3xf32>) outs(%y : memref<1x16x16x16xf32>)
  func.return
}

// Output channels that are not whole vectors: output pixels on the lanes (M = Co, N = pixels
// on the padded width); the default vectorize entry is not printed.
// AVX2-LABEL: func.func @conv_pixels
// AVX2: linalg.conv_2d_nchw_fchw {{.*}}ember.schedule = {lanes = 8 : i64, mr = 6 : i64, nr = 16 : i64, kc = 0 : i64, mc = 0 : i64}
// AVX512-LABEL: func.func @conv_pixels
// AVX512: linalg.conv_2d_nchw_fchw {{.*}}ember.schedule = {lanes = 16 : i64, mr = 6 : i64, nr = 64 : i64, kc = 0 : i64, mc = 0 : i64}
"memref.global"() <{sym_name = "__w12", type = memref<12x4x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<12x4x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @conv_pixels(%x: memref<1x4x18x18xf32>, %y: memref<1x12x16x16xf32>) {
  %w = memref.get_global @__w12 : memref<12x4x3x3xf32>
  linalg.conv_2d_nchw_fchw {strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x4x18x18xf32>, memref<12x4x3x3xf32>) outs(%y : memref<1x12x16x16xf32>)
  func.return
}

// An inconsistent schedule is one error naming the attribute, the rule and the op; no traceback.
// RUN: not ember-opt %S/Inputs/bad-schedule.mlir -p linalg-matmul-microkernel 2>&1 | filecheck %s --check-prefix=BAD
// BAD-NOT: Traceback
// BAD: error: ember.schedule: nr (12) must be a multiple of lanes (8) on 'linalg.matmul'
// BAD-NOT: Traceback
