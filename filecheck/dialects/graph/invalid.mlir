// Verifier errors of the graph dialect: one case per chunk, each error located at its op and
// naming the op and the broken rule (--verify-diagnostics matches each against its
// expected-error line and fails on any other diagnostic).
// RUN: ember-opt %s --split-input-file --verify-diagnostics

// expected-error @+2 {{'graph.add' op shapes (2, 3), (4,) do not broadcast}}
func.func @broadcast(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  %0 = graph.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.mul' op operand element types f32 and i32 differ}}
func.func @elem_types(%a: tensor<2xf32>, %b: tensor<2xi32>) {
  %0 = graph.mul %a, %b : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.relu' op result type tensor<3x2xf32> does not match the inferred type tensor<2x3xf32>}}
func.func @result_type(%a: tensor<2x3xf32>) {
  %0 = graph.relu %a : (tensor<2x3xf32>) -> tensor<3x2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.less' op result type tensor<2xf32> does not match the inferred type tensor<2xi1>}}
func.func @compare_result(%a: tensor<2xf32>) {
  %0 = graph.less %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.and' op element type f32 is not allowed here (expected bool)}}
func.func @logical_on_float(%a: tensor<2xf32>) {
  %0 = graph.and %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  func.return
}

// -----

// expected-error @+2 {{'graph.mod' op floating-point mod requires fmod = 1}}
func.func @float_mod(%a: tensor<2xf32>) {
  %0 = graph.mod %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.where' op condition must have element type i1, got f32}}
func.func @where_cond(%c: tensor<2xf32>, %a: tensor<2xf32>) {
  %0 = graph.where %c, %a, %a : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.exp' op element type i32 is not allowed here (expected float)}}
func.func @exp_of_int(%a: tensor<2xi32>) {
  %0 = graph.exp %a : (tensor<2xi32>) -> tensor<2xi32>
  func.return
}

// -----

// expected-error @+2 {{'graph.cast' op unsupported element type index}}
func.func @cast_to_index(%a: tensor<2xf32>) {
  %0 = graph.cast %a {to = index} : (tensor<2xf32>) -> tensor<2xindex>
  func.return
}

// -----

// expected-error @+2 {{'graph.add' op Expected 2 operands, but got 1}}
func.func @generic_operand_count(%a: tensor<2xf32>) {
  %0 = "graph.add"(%a) : (tensor<2xf32>) -> tensor<2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.matmul' op contraction dims differ: 3 vs 4 (shapes (2, 3) and (4, 5))}}
func.func @matmul_contraction(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) {
  %0 = graph.matmul %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.gemm' op C of shape (3,) does not broadcast to (2, 4)}}
func.func @gemm_c(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %c: tensor<3xf32>) {
  %0 = graph.gemm %a, %b, %c : (tensor<2x3xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x4xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.conv' op channels do not match: input C=3, weight (4, 2, 3, 3), group=1}}
func.func @conv_channels(%x: tensor<1x3x5x5xf32>, %w: tensor<4x2x3x3xf32>) {
  %0 = graph.conv %x, %w : (tensor<1x3x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.conv' op 'strides' has 1 entries, expected 2}}
func.func @conv_strides(%x: tensor<1x2x5x5xf32>, %w: tensor<4x2x3x3xf32>) {
  %0 = graph.conv %x, %w {strides = array<i64: 1>} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x3x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.conv_transpose' op output_padding [2, 0] must be smaller than the stride or dilation}}
func.func @conv_transpose_output_padding(%x: tensor<1x2x4x4xf32>, %w: tensor<2x3x3x3xf32>) {
  %0 = graph.conv_transpose %x, %w {strides = array<i64: 2, 2>, output_padding = array<i64: 2, 0>} : (tensor<1x2x4x4xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x11x9xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.max_pool' op pooling window 3 is larger than the padded input 2}}
func.func @pool_window(%x: tensor<1x1x2x2xf32>) {
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.avg_pool' op property 'kernel_shape' expected in operation 'graph.avg_pool'}}
func.func @pool_missing_kernel(%x: tensor<1x1x4x4xf32>) {
  %0 = "graph.avg_pool"(%x) <{ceil_mode = 0 : i64, count_include_pad = 0 : i64}> : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.global_avg_pool' op input must be N x C x spatial, got shape (2, 3)}}
func.func @global_pool_rank(%x: tensor<2x3xf32>) {
  %0 = graph.global_avg_pool %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.batch_norm' op scale, bias, mean and var must have shape (3,), got (2,)}}
func.func @batch_norm_param(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %m: tensor<2xf32>) {
  %0 = graph.batch_norm %x, %s, %s, %m, %s : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<2xf32>, tensor<3xf32>) -> tensor<2x3x4xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.layer_norm' op axis 2 is out of range for rank 2}}
func.func @layer_norm_axis(%x: tensor<2x3xf32>, %s: tensor<3xf32>) {
  %0 = graph.layer_norm %x, %s {axis = 2 : i64} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.softmax' op input must be a float tensor}}
func.func @softmax_int(%x: tensor<2x3xi32>) {
  %0 = graph.softmax %x : (tensor<2x3xi32>) -> tensor<2x3xi32>
  func.return
}

// -----

// expected-error @+2 {{'graph.reduce_sum' op axis 2 is out of range for rank 2}}
func.func @reduce_axes(%x: tensor<2x3xf32>) {
  %0 = graph.reduce_sum %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.argmax' op result type tensor<2x1xi32> does not match the inferred type tensor<2x1xi64>}}
func.func @argmax_result(%x: tensor<2x3xf32>) {
  %0 = graph.argmax %x {axis = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x1xi32>
  func.return
}

// -----

// expected-error @+2 {{'graph.reshape' op cannot reshape (2, 3) (6 elements) to (4, 2)}}
func.func @reshape_count(%x: tensor<2x3xf32>) {
  %0 = graph.reshape %x {shape = array<i64: 4, 2>} : (tensor<2x3xf32>) -> tensor<4x2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.transpose' op perm (0, 0) is not a permutation of 2 dims}}
func.func @transpose_perm(%x: tensor<2x3xf32>) {
  %0 = graph.transpose %x {perm = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<2x2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.concat' op shapes [(2, 3), (3, 3)] differ outside axis 1}}
func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<3x3xf32>) {
  %0 = graph.concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<3x3xf32>) -> tensor<2x6xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.split' op sizes (3, 3) do not add up to dim 1 of (2, 7)}}
func.func @split_sizes(%x: tensor<2x7xf32>) {
  %0, %1 = graph.split %x {axis = 1 : i64, sizes = array<i64: 3, 3>} : (tensor<2x7xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>)
  func.return
}

// -----

// expected-error @+2 {{'graph.slice' op slice step must not be 0}}
func.func @slice_step(%x: tensor<5xf32>) {
  %0 = graph.slice %x {starts = array<i64: 0>, ends = array<i64: 3>, steps = array<i64: 0>} : (tensor<5xf32>) -> tensor<3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.gather' op indices must be i32 or i64, got f32}}
func.func @gather_indices(%x: tensor<5x4xf32>, %i: tensor<2xf32>) {
  %0 = graph.gather %x, %i : (tensor<5x4xf32>, tensor<2xf32>) -> tensor<2x4xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.pad' op pads has 2 entries, expected 4 (begins then ends)}}
func.func @pad_count(%x: tensor<2x3xf32>) {
  %0 = graph.pad %x {pads = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<4x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.pad' op 'mode' is a property: a discardable attribute of that name would be ignored (write `mode <value>` in the custom form, or <{mode = ...}> in the generic form)}}
func.func @pad_mode_as_attribute(%x: tensor<2x3xf32>) {
  %0 = graph.pad %x {pads = array<i64: 0, 0, 0, 0>, mode = "reflect"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.pad' op expected a pad_mode (constant, reflect, edge, wrap; generic form #graph<pad_mode ...>), got "reflect"}}
func.func @pad_mode_generic_string(%x: tensor<2x3xf32>) {
  %0 = "graph.pad"(%x) <{pads = array<i64: 0, 0, 0, 0>, mode = "reflect"}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.squeeze' op cannot squeeze dims [1] of shape (1, 3): not all are 1}}
func.func @squeeze_dim(%x: tensor<1x3xf32>) {
  %0 = graph.squeeze %x {axes = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.expand' op shapes (2, 3), (4, 3, 2) do not broadcast}}
func.func @expand_shape(%x: tensor<2x3xf32>) {
  %0 = graph.expand %x {shape = array<i64: 4, 3, 2>} : (tensor<2x3xf32>) -> tensor<4x3x2xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.resize' op sizes (1, 1, 4) must have one positive entry per dim of (1, 1, 2, 2)}}
func.func @resize_sizes(%x: tensor<1x1x2x2xf32>) {
  %0 = graph.resize %x mode linear {sizes = array<i64: 1, 1, 4>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x4xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.fill' op shape (2, -1) has a negative dim}}
func.func @fill_shape() {
  %0 = graph.fill {shape = array<i64: 2, -1>, value = 1.0 : f64, element = f32} : tensor<2x1xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.range' op delta must not be 0}}
func.func @range_delta() {
  %0 = graph.range {start = 0.0 : f64, limit = 3.0 : f64, delta = 0.0 : f64, element = f32} : tensor<3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.constant' op result type tensor<3xf32> does not match the inferred type tensor<2xf32>}}
func.func @constant_type() {
  %0 = "graph.constant"() <{value = dense<1.0> : tensor<2xf32>}> : () -> tensor<3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.pad' op expected `constant`, `reflect`, `edge`, or `wrap`.}}
func.func @pad_mode_keyword(%x: tensor<2x3xf32>) {
  %0 = graph.pad %x mode mirror {pads = array<i64: 0, 0, 0, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// -----

// expected-error @+2 {{'graph.gelu' op expected `none`, or `tanh`.}}
func.func @gelu_keyword(%x: tensor<2xf32>) {
  %0 = graph.gelu %x approximate fast : (tensor<2xf32>) -> tensor<2xf32>
  func.return
}
