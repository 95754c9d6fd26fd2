// RUN: ember-opt %s -p graph-quantize-qdq --split-input-file | filecheck %s

// DequantizeLinear(x_q) and DequantizeLinear(w_q) (per-channel scales, zero point 1 on the
// weight) into a conv with a bias, then Relu, then QuantizeLinear: the conv runs on the int32
// values less their zero points (the weight's computed here: [[2, -1]] - 1 and [[0, 3]] - 1),
// rescaled by x_scale * w_scale per channel (0.5 * [0.25, 2]) plus the float bias. The conv is
// marked as taking 9-bit operands (the integer kernels then multiply 16-bit pairs).
// CHECK-LABEL: func.func @conv
// CHECK:         %[[XI:.*]] = graph.cast %xq {to = i32} : (tensor<1x2x4x4xui8>) -> tensor<1x2x4x4xi32>
// CHECK:         %[[Z:.*]] = graph.constant dense<3> : tensor<i32>
// CHECK:         %[[XC:.*]] = graph.sub %[[XI]], %[[Z]]
// CHECK:         %[[W:.*]] = graph.constant dense<{{\[\[\[\[}}1]], {{\[\[}}-2]]], {{\[\[\[}}-1]], {{\[\[}}2]]]]> : tensor<2x2x1x1xi32>
// CHECK:         %[[ACC:.*]] = graph.conv %[[XC]], %[[W]] {ember.operand_bits = 9 : i64} : (tensor<1x2x4x4xi32>, tensor<2x2x1x1xi32>) -> tensor<1x2x4x4xi32>
// CHECK:         %[[F:.*]] = graph.cast %[[ACC]] {to = f32}
// CHECK:         %[[M:.*]] = graph.constant dense<{{\[\[\[\[}}1.250000e-01]], {{\[\[}}1.000000e+00]]]]> : tensor<1x2x1x1xf32>
// CHECK:         %[[S:.*]] = graph.mul %[[F]], %[[M]]
// CHECK:         %[[B:.*]] = graph.constant dense<{{.*}}> : tensor<1x2x1x1xf32>
// CHECK:         %[[Y:.*]] = graph.add %[[S]], %[[B]]
// CHECK:         %[[R:.*]] = graph.relu %[[Y]]
// CHECK:         graph.div %[[R]], %{{.*}}
// CHECK-NOT:     graph.conv {{.*}}f32
func.func @conv(%xq: tensor<1x2x4x4xui8>) -> tensor<1x2x4x4xui8> {
  %xs = graph.constant dense<0.5> : tensor<f32>
  %xz = graph.constant dense<3.0> : tensor<f32>
  %wq = graph.constant dense<[[[[2]], [[-1]]], [[[0]], [[3]]]]> : tensor<2x2x1x1xi8>
  %wz = graph.constant dense<1.0> : tensor<2x1x1x1xf32>
  %ws = graph.constant dense<[[[[0.25]]], [[[2.0]]]]> : tensor<2x1x1x1xf32>
  %b = graph.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %ys = graph.constant dense<0.1> : tensor<f32>
  %x0 = graph.cast %xq {to = f32} : (tensor<1x2x4x4xui8>) -> tensor<1x2x4x4xf32>
  %x1 = graph.sub %x0, %xz : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %x = graph.mul %x1, %xs : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %w0 = graph.cast %wq {to = f32} : (tensor<2x2x1x1xi8>) -> tensor<2x2x1x1xf32>
  %w1 = graph.sub %w0, %wz : (tensor<2x2x1x1xf32>, tensor<2x1x1x1xf32>) -> tensor<2x2x1x1xf32>
  %w = graph.mul %w1, %ws : (tensor<2x2x1x1xf32>, tensor<2x1x1x1xf32>) -> tensor<2x2x1x1xf32>
  %c = graph.conv %x, %w, %b : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  %r = graph.relu %c : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %q0 = graph.div %r, %ys : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %q1 = graph.round %q0 : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %q2 = graph.clip %q1 {min = 0.0 : f64, max = 255.0 : f64} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %q = graph.cast %q2 {to = ui8} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xui8>
  func.return %q : tensor<1x2x4x4xui8>
}

// -----

// A gemm with a transposed constant int8 weight (no zero points): an int32 matmul with the
// weight transposed at compile time, the per-tensor rescale, then beta * C.
// CHECK-LABEL: func.func @gemm
// CHECK:         %[[XI:.*]] = graph.cast %aq {to = i32} : (tensor<1x2xi8>) -> tensor<1x2xi32>
// CHECK:         %[[W:.*]] = graph.constant dense<{{\[\[}}1, 3, 5], [2, 4, 6]]> : tensor<2x3xi32>
// CHECK:         %[[ACC:.*]] = graph.matmul %[[XI]], %[[W]] {ember.operand_bits = 9 : i64} : (tensor<1x2xi32>, tensor<2x3xi32>) -> tensor<1x3xi32>
// CHECK:         graph.cast %[[ACC]] {to = f32}
// CHECK:         graph.constant dense<2.000000e+00> : tensor<1x3xf32>
// CHECK:         %[[C:.*]] = graph.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK:         graph.add %{{.*}}, %[[C]]
// CHECK-NOT:     graph.gemm
func.func @gemm(%aq: tensor<1x2xi8>) -> tensor<1x3xf32> {
  %as = graph.constant dense<0.5> : tensor<f32>
  %wq = graph.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xi8>
  %ws = graph.constant dense<4.0> : tensor<f32>
  %c = graph.constant dense<[0.5, 1.0, 1.5]> : tensor<3xf32>
  %ys = graph.constant dense<0.1> : tensor<f32>
  %a0 = graph.cast %aq {to = f32} : (tensor<1x2xi8>) -> tensor<1x2xf32>
  %a = graph.mul %a0, %as : (tensor<1x2xf32>, tensor<f32>) -> tensor<1x2xf32>
  %w0 = graph.cast %wq {to = f32} : (tensor<3x2xi8>) -> tensor<3x2xf32>
  %w = graph.mul %w0, %ws : (tensor<3x2xf32>, tensor<f32>) -> tensor<3x2xf32>
  %g = graph.gemm %a, %w, %c {trans_b = 1 : i64, beta = 2.0 : f64} : (tensor<1x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %q = graph.div %g, %ys : (tensor<1x3xf32>, tensor<f32>) -> tensor<1x3xf32>
  func.return %q : tensor<1x3xf32>
}

// -----

// Left in float: a non-constant weight; and a conv whose result is returned, not quantised.
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT:     i32
// CHECK:         graph.conv {{.*}} -> tensor<1x1x2x2xf32>
// CHECK:         graph.conv {{.*}} -> tensor<1x1x2x2xf32>
func.func @left_alone(%xq: tensor<1x1x2x2xui8>, %wq: tensor<1x1x1x1xi8>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) {
  %s = graph.constant dense<0.5> : tensor<f32>
  %x0 = graph.cast %xq {to = f32} : (tensor<1x1x2x2xui8>) -> tensor<1x1x2x2xf32>
  %x = graph.mul %x0, %s : (tensor<1x1x2x2xf32>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %w0 = graph.cast %wq {to = f32} : (tensor<1x1x1x1xi8>) -> tensor<1x1x1x1xf32>
  %w = graph.mul %w0, %s : (tensor<1x1x1x1xf32>, tensor<f32>) -> tensor<1x1x1x1xf32>
  %c = graph.conv %x, %w : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x2x2xf32>
  %q = graph.div %c, %s : (tensor<1x1x2x2xf32>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %k = graph.constant dense<2> : tensor<1x1x1x1xi8>
  %k0 = graph.cast %k {to = f32} : (tensor<1x1x1x1xi8>) -> tensor<1x1x1x1xf32>
  %kw = graph.mul %k0, %s : (tensor<1x1x1x1xf32>, tensor<f32>) -> tensor<1x1x1x1xf32>
  %d = graph.conv %x, %kw : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x2x2xf32>
  func.return %q, %d : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>
}
