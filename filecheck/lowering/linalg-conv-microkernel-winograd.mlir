// RUN: ember-opt %s --split-input-file --target '{"name": "znver3", "cores": 1}' -p linalg-conv-microkernel | filecheck %s
// RUN: ember-opt %s --split-input-file --target '{"name": "znver3", "cores": 2}' -p linalg-conv-microkernel | filecheck %s --check-prefix=TWO

// A conv marked ember.winograd (graph-winograd-conv) takes the fused Winograd F(2x2, 3x3)
// kernel (lowering/kernels/winograd.py). Each conv pins its register tile (ember.schedule),
// so the structure does not depend on the host.

// 2 -> 8 channels, 5x5 outputs (odd): 3 x 3 tiles, one block of 9. U[k]^T = (G g G^T)^T
// packed as the GEMM's B panels [16][ceil(8/NR)][Ci][NR]. The folded bias initialisation is
// gone; the scratch is V[16][T][Ci] and M[16][T][NR] (one panel of output channels: here all 8).
// CHECK: sym_name = "__constant_0_winograd8", type = memref<16x1x2x8xf32>
// CHECK-LABEL: func.func @odd
// CHECK-NOT:     linalg.generic
// CHECK:         %[[U:.*]] = memref.get_global @__constant_0_winograd8 : memref<16x1x2x8xf32>
// CHECK:         %[[X:.*]] = memref.collapse_shape %x {{.*}} into memref<1x2x49xf32>
// CHECK:         %[[V:.*]] = memref.alloc() {alignment = 64 : i64} : memref<16x9x2xf32>
// CHECK:         %[[M:.*]] = memref.alloc() {alignment = 64 : i64} : memref<16x9x8xf32>
// Input transform: the 4th row and column of the last tile row / column are clamped to the
// padded input; 16 loads and 16 stores per channel.
// CHECK:         scf.for %[[BLOCK:.*]] = {{.*}} {
// CHECK:           scf.for %[[J:.*]] = {{.*}} {
// CHECK:             arith.minsi
// CHECK:             scf.for %[[C:.*]] = {{.*}} {
// CHECK-COUNT-16:      memref.load %[[X]][%{{.*}}, %[[C]], %{{.*}}] : memref<1x2x49xf32>
// CHECK-COUNT-16:      memref.store %{{.*}}, %[[V]][%{{.*}}, %[[J]], %[[C]]] : memref<16x9x2xf32>
// The 16 products: the GEMM's register-blocked tiles (4 tiles x 8 channels, then the 9th tile
// on its own) over Ci, from zero.
// CHECK:           scf.for %[[K:.*]] = {{.*}} {
// CHECK:             scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
// CHECK:               vector.load %[[U]][%[[K]], %{{.*}}, %{{.*}}, %{{.*}}] : memref<16x1x2x8xf32>, vector<8xf32>
// CHECK:               memref.load %[[V]][%[[K]], %{{.*}}, %{{.*}}] : memref<16x9x2xf32>
// CHECK:               vector.fma
// CHECK:             vector.store %{{.*}}, %[[M]][%[[K]], %{{.*}}, %{{.*}}] : memref<16x9x8xf32>, vector<8xf32>
// CHECK:             scf.for {{.*}} iter_args({{.*}}) -> (vector<8xf32>) {
// Output transform of the block's tiles, in vectors along the output channels: 16 loads of M,
// the bias, four results stored straight into the NCHW output lane by lane, the (0, 0)
// position last.
// CHECK:           scf.for %[[T:.*]] = {{.*}} {
// CHECK:             scf.for %[[O:.*]] = {{.*}} {
// CHECK-COUNT-16:      vector.load %[[M]][%{{.*}}, %[[T]], %[[O]]] : memref<16x9x8xf32>, vector<8xf32>
// CHECK:               vector.load %b[%[[O]]] : memref<8xf32>, vector<8xf32>
// CHECK:               vector.extract
// CHECK-COUNT-32:      memref.store %{{.*}}, %y[%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}] : memref<1x8x5x5xf32>
// CHECK:         memref.dealloc %[[V]]
// CHECK:         memref.dealloc %[[M]]
// CHECK-NOT:     linalg.conv_2d_nchw_fchw
// TWO-LABEL: func.func @odd
// TWO-NOT:     scf.parallel
"memref.global"() <{sym_name = "__constant_0", type = memref<8x2x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<8x2x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @odd(%x: memref<1x2x7x7xf32>, %b: memref<8xf32>, %y: memref<1x8x5x5xf32>) {
  %w = memref.get_global @__constant_0 : memref<8x2x3x3xf32>
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : memref<8xf32>) outs(%y : memref<1x8x5x5xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 8, mr = 4, nr = 8}, ember.winograd, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x2x7x7xf32>, memref<8x2x3x3xf32>) outs(%y : memref<1x8x5x5xf32>)
  func.return
}

// -----

// 16 -> 16 channels at 32x32: 256 tiles in 4 blocks of 64 (no clamping, no partial block). On
// two cores the blocks are split into one contiguous range per thread: a one-dimensional
// scf.parallel over the 2 threads whose body allocates its own V and M (plan-memory gives each
// iteration its slot of the arena). One core: the scratch outside a serial loop over blocks.
// CHECK-LABEL: func.func @threads
// CHECK-NOT:     arith.minsi
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x64x16xf32>
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<16x64x16xf32>
// CHECK:         scf.for
// CHECK-NOT:     scf.parallel
// TWO-LABEL: func.func @threads
// TWO:         "scf.parallel"
// TWO-NEXT:    ^{{.*}}(%[[P:.*]]: index):
// TWO-NEXT:      memref.alloc() {alignment = 64 : i64} : memref<16x64x16xf32>
// TWO-NEXT:      memref.alloc() {alignment = 64 : i64} : memref<16x64x16xf32>
// TWO:           arith.muli %[[P]]
// TWO:           arith.divui
// TWO:           memref.dealloc
// TWO:           memref.dealloc
// TWO:           scf.reduce
// TWO:         ember.num_threads = 2 : i64
"memref.global"() <{sym_name = "__constant_1", type = memref<16x16x3x3xf32>, initial_value = dense<1.000000e+00> : tensor<16x16x3x3xf32>, sym_visibility = "private", constant, alignment = 64 : i64}> : () -> ()
func.func @threads(%x: memref<1x16x34x34xf32>, %y: memref<1x16x32x32xf32>) {
  %w = memref.get_global @__constant_1 : memref<16x16x3x3xf32>
  linalg.conv_2d_nchw_fchw {ember.schedule = {lanes = 8, mr = 4, nr = 16}, ember.winograd, strides = dense<1> : tensor<2xi64>, dilations = dense<1> : tensor<2xi64>} ins(%x, %w : memref<1x16x34x34xf32>, memref<16x16x3x3xf32>) outs(%y : memref<1x16x32x32xf32>)
  func.return
}
