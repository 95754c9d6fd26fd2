// RUN: ember-opt %s -p graph-canonicalize --split-input-file | filecheck %s

// CHECK-LABEL: func.func @identity_ops
// CHECK-NEXT:    func.return %x
func.func @identity_ops(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %a = graph.identity %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = graph.cast %a {to = f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = graph.transpose %b {perm = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %d = graph.reshape %c {shape = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %e = graph.expand %d {shape = array<i64: 1, 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %f = graph.tile %e {repeats = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %g = graph.slice %f {starts = array<i64: 0>, ends = array<i64: 100>, axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %h = graph.pad %g {pads = array<i64: 0, 0, 0, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %i = graph.concat %h {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %j = graph.split %i {axis = 1 : i64, sizes = array<i64: 3>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %j : tensor<2x3xf32>
}

// -----

// Negative: these change the value (reversal, shifting pad, real cast, real transpose).
// CHECK-LABEL: func.func @not_identities
// CHECK-NEXT:    graph.slice
// CHECK-NEXT:    graph.pad
// CHECK-NEXT:    graph.cast
// CHECK-NEXT:    graph.transpose
// CHECK-NEXT:    graph.expand
// CHECK-NEXT:    func.return
func.func @not_identities(%x: tensor<2x3xf32>) -> tensor<4x3x2xf16> {
  %a = graph.slice %x {starts = array<i64: -1>, ends = array<i64: -100>, axes = array<i64: 1>, steps = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = graph.pad %a {pads = array<i64: 0, 1, 0, -1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = graph.cast %b {to = f16} : (tensor<2x3xf32>) -> tensor<2x3xf16>
  %d = graph.transpose %c {perm = array<i64: 1, 0>} : (tensor<2x3xf16>) -> tensor<3x2xf16>
  %e = graph.expand %d {shape = array<i64: 4, 1, 1>} : (tensor<3x2xf16>) -> tensor<4x3x2xf16>
  func.return %e : tensor<4x3x2xf16>
}

// -----

// CHECK-LABEL: func.func @neutral_elements
// CHECK-NEXT:    func.return %x
func.func @neutral_elements(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %zero = graph.constant dense<0.0> : tensor<3xf32>
  %one = graph.constant dense<1.0> : tensor<2x3xf32>
  %a = graph.add %x, %zero : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %b = graph.mul %one, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = graph.div %b, %one : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %d = graph.sub %c, %zero : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %e = graph.pow %d, %one : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %e : tensor<2x3xf32>
}

// -----

// Negative: the zero broadcasts x to a larger shape; the one is not a one; 2 - x is not -x.
// CHECK-LABEL: func.func @not_neutral
// CHECK:         %[[A:.*]] = graph.add %x, %{{.*}} : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK-NEXT:    %[[B:.*]] = graph.mul %[[A]], %{{.*}} :
// CHECK-NEXT:    %[[C:.*]] = graph.sub %{{.*}}, %[[B]] :
// CHECK-NEXT:    func.return %[[C]]
func.func @not_neutral(%x: tensor<3xf32>) -> tensor<2x3xf32> {
  %zero = graph.constant dense<0.0> : tensor<2x3xf32>
  %two = graph.constant dense<2.0> : tensor<2x3xf32>
  %a = graph.add %x, %zero : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = graph.mul %a, %two : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = graph.sub %two, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return %c : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @constant_to_right
// CHECK:         graph.add %x, %{{.*}} : (tensor<4xf32>, tensor<4xf32>)
// CHECK:         graph.max %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<4xf32>)
func.func @constant_to_right(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = graph.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %a = graph.add %c, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %b = graph.max %c, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %b : tensor<4xf32>
}

// -----

// Negative: sub is not commutative.
// CHECK-LABEL: func.func @sub_keeps_order
// CHECK:         graph.sub %{{.*}}, %x
func.func @sub_keeps_order(%x: tensor<4xf32>) -> tensor<4xf32> {
  %c = graph.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %a = graph.sub %c, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a : tensor<4xf32>
}

// -----

// neg(neg(x)) -> x; relu(relu(r)) -> r; abs(neg(r)) -> abs(r); abs(relu(x)) -> relu(x).
// CHECK-LABEL: func.func @unary_chains
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    func.return %[[R]]
func.func @unary_chains(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.neg %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.neg %a : (tensor<4xf32>) -> tensor<4xf32>
  %c = graph.relu %b : (tensor<4xf32>) -> tensor<4xf32>
  %d = graph.relu %c : (tensor<4xf32>) -> tensor<4xf32>
  %e = graph.neg %d : (tensor<4xf32>) -> tensor<4xf32>
  %f = graph.abs %e : (tensor<4xf32>) -> tensor<4xf32>
  %g = graph.abs %f : (tensor<4xf32>) -> tensor<4xf32>
  func.return %g : tensor<4xf32>
}

// -----

// Negative: different unary ops do not merge.
// CHECK-LABEL: func.func @mixed_unary
// CHECK-NEXT:    graph.relu
// CHECK-NEXT:    graph.floor
// CHECK-NEXT:    graph.neg
// CHECK-NEXT:    func.return
func.func @mixed_unary(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.floor %a : (tensor<4xf32>) -> tensor<4xf32>
  %c = graph.neg %b : (tensor<4xf32>) -> tensor<4xf32>
  func.return %c : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @negations
// CHECK-NEXT:    %[[S:.*]] = graph.sub %x, %y
// CHECK-NEXT:    %[[A:.*]] = graph.add %[[S]], %y
// CHECK-NEXT:    %[[D:.*]] = graph.add %x, %[[A]]
// CHECK-NEXT:    %[[R:.*]] = graph.neg %[[D]]
// CHECK-NEXT:    func.return %[[R]]
func.func @negations(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<4xf32> {
  %zero = graph.constant dense<0.0> : tensor<4xf32>
  %ny = graph.neg %y : (tensor<4xf32>) -> tensor<4xf32>
  %a = graph.add %x, %ny : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %b = graph.sub %a, %ny : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %c = graph.sub %zero, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d = graph.sub %x, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %e = graph.neg %d : (tensor<4xf32>) -> tensor<4xf32>
  func.return %e : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @int_self_ops
// CHECK-NEXT:    %[[Z0:.*]] = graph.constant dense<0> : tensor<4xi32>
// CHECK-NEXT:    %[[Z1:.*]] = graph.constant dense<0> : tensor<4xi32>
// CHECK-NEXT:    func.return %[[Z0]], %[[Z1]], %x
func.func @int_self_ops(%x: tensor<4xi32>) -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) {
  %zero = graph.constant dense<0> : tensor<4xi32>
  %a = graph.sub %x, %x : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %b = graph.mul %x, %zero : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %c = graph.max %x, %x : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  func.return %a, %b, %c : tensor<4xi32>, tensor<4xi32>, tensor<4xi32>
}

// -----

// Negative: for floats x - x and x * 0 are not 0 (NaN, inf).
// CHECK-LABEL: func.func @float_self_ops
// CHECK:         graph.sub %x, %x
// CHECK:         graph.mul %x, %
func.func @float_self_ops(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %zero = graph.constant dense<0.0> : tensor<4xf32>
  %a = graph.sub %x, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %b = graph.mul %x, %zero : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %b : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @where_constant
// CHECK-NEXT:    func.return %x, %y, %x
func.func @where_constant(%x: tensor<4xf32>, %y: tensor<4xf32>, %c: tensor<4xi1>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %t = graph.constant dense<true> : tensor<4xi1>
  %f = graph.constant dense<false> : tensor<4xi1>
  %a = graph.where %t, %x, %y : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %b = graph.where %f, %x, %y : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d = graph.where %c, %x, %x : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %b, %d : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Negative: a mixed constant condition selects elementwise.
// CHECK-LABEL: func.func @where_mixed
// CHECK:         graph.where
func.func @where_mixed(%x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<2xf32> {
  %m = graph.constant dense<[true, false]> : tensor<2xi1>
  %a = graph.where %m, %x, %y : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  func.return %a : tensor<2xf32>
}

// -----

// CHECK-LABEL: func.func @casts
// CHECK-NEXT:    %[[I:.*]] = graph.cast %x {to = i32}
// CHECK-NEXT:    func.return %x, %[[I]]
func.func @casts(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi32>) {
  %a = graph.cast %x {to = f64} : (tensor<4xf32>) -> tensor<4xf64>
  %b = graph.cast %a {to = f32} : (tensor<4xf64>) -> tensor<4xf32>
  %c = graph.cast %a {to = i32} : (tensor<4xf64>) -> tensor<4xi32>
  func.return %b, %c : tensor<4xf32>, tensor<4xi32>
}

// -----

// Negative: f32 -> f16 -> f32 rounds.
// CHECK-LABEL: func.func @lossy_cast
// CHECK-NEXT:    graph.cast %x {to = f16}
// CHECK-NEXT:    graph.cast
func.func @lossy_cast(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.cast %x {to = f16} : (tensor<4xf32>) -> tensor<4xf16>
  %b = graph.cast %a {to = f32} : (tensor<4xf16>) -> tensor<4xf32>
  func.return %b : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @movement_chains
// CHECK-NEXT:    %[[T:.*]] = graph.transpose %x {perm = array<i64: 2, 0, 1>}
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %[[T]] {shape = array<i64: 24>}
// CHECK-NEXT:    func.return %[[R]]
func.func @movement_chains(%x: tensor<2x3x4xf32>) -> tensor<24xf32> {
  %a = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %b = graph.transpose %a {perm = array<i64: 1, 2, 0>} : (tensor<3x4x2xf32>) -> tensor<4x2x3xf32>
  %c = graph.reshape %b {shape = array<i64: 8, 3>} : (tensor<4x2x3xf32>) -> tensor<8x3xf32>
  %d = graph.reshape %c {shape = array<i64: 24>} : (tensor<8x3xf32>) -> tensor<24xf32>
  func.return %d : tensor<24xf32>
}

// -----

// CHECK-LABEL: func.func @squeeze_pairs
// CHECK-NEXT:    func.return %x, %y
func.func @squeeze_pairs(%x: tensor<2x3xf32>, %y: tensor<2x1x3xf32>) -> (tensor<2x3xf32>, tensor<2x1x3xf32>) {
  %a = graph.unsqueeze %x {axes = array<i64: 0, 2>} : (tensor<2x3xf32>) -> tensor<1x2x1x3xf32>
  %b = graph.squeeze %a {axes = array<i64: 0, 2>} : (tensor<1x2x1x3xf32>) -> tensor<2x3xf32>
  %c = graph.squeeze %y {axes = array<i64: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  %d = graph.unsqueeze %c {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2x1x3xf32>
  func.return %b, %d : tensor<2x3xf32>, tensor<2x1x3xf32>
}

// -----

// Negative: the unsqueeze puts the 1 elsewhere, so the pair is a reshape, not the identity.
// CHECK-LABEL: func.func @squeeze_moves_dim
// CHECK-NEXT:    graph.squeeze
// CHECK-NEXT:    graph.unsqueeze
func.func @squeeze_moves_dim(%y: tensor<2x1x3xf32>) -> tensor<2x3x1xf32> {
  %c = graph.squeeze %y {axes = array<i64: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  %d = graph.unsqueeze %c {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2x3x1xf32>
  func.return %d : tensor<2x3x1xf32>
}

// -----

// CHECK-LABEL: func.func @concats
// CHECK-NEXT:    %[[C:.*]] = graph.concat %x, %y, %x, %y {axis = 0 : i64}
// CHECK-NEXT:    func.return %[[C]], %z
func.func @concats(%x: tensor<2x3xf32>, %y: tensor<1x3xf32>, %z: tensor<4x3xf32>) -> (tensor<6x3xf32>, tensor<4x3xf32>) {
  %a = graph.concat %x, %y {axis = 0 : i64} : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
  %b = graph.concat %a, %x, %y {axis = -2 : i64} : (tensor<3x3xf32>, tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<6x3xf32>
  %s:2 = graph.split %z {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4x3xf32>) -> (tensor<1x3xf32>, tensor<3x3xf32>)
  %c = graph.concat %s#0, %s#1 {axis = 0 : i64} : (tensor<1x3xf32>, tensor<3x3xf32>) -> tensor<4x3xf32>
  func.return %b, %c : tensor<6x3xf32>, tensor<4x3xf32>
}

// -----

// Negative: pieces out of order, and a concat on another axis, stay.
// CHECK-LABEL: func.func @concats_negative
// CHECK:         %[[S0:.*]], %[[S1:.*]] = graph.split
// CHECK:         graph.concat %[[S1]], %[[S0]]
// CHECK:         graph.concat %{{.*}}, %x {axis = 1 : i64}
func.func @concats_negative(%z: tensor<4x3xf32>, %x: tensor<4x3xf32>) -> tensor<4x6xf32> {
  %s:2 = graph.split %z {axis = 0 : i64, sizes = array<i64: 1, 3>} : (tensor<4x3xf32>) -> (tensor<1x3xf32>, tensor<3x3xf32>)
  %c = graph.concat %s#1, %s#0 {axis = 0 : i64} : (tensor<3x3xf32>, tensor<1x3xf32>) -> tensor<4x3xf32>
  %d = graph.concat %c, %x {axis = 1 : i64} : (tensor<4x3xf32>, tensor<4x3xf32>) -> tensor<4x6xf32>
  func.return %d : tensor<4x6xf32>
}

// -----

// CHECK-LABEL: func.func @strength_and_sign
// CHECK-NEXT:    %[[E:.*]] = graph.exp %x
// CHECK-NEXT:    %[[N:.*]] = graph.neg %x
// CHECK-NEXT:    %[[S:.*]] = graph.mul %x, %x
// CHECK-NEXT:    %[[Q:.*]] = graph.constant dense<2.500000e-01> : tensor<4xf32>
// CHECK-NEXT:    %[[D:.*]] = graph.mul %x, %[[Q]]
// CHECK-NEXT:    func.return %[[E]], %[[E]], %[[N]], %[[S]], %[[D]]
func.func @strength_and_sign(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %m1 = graph.constant dense<-1.0> : tensor<4xf32>
  %two = graph.constant dense<2.0> : tensor<4xf32>
  %four = graph.constant dense<4.0> : tensor<4xf32>
  %e = graph.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %r = graph.relu %e : (tensor<4xf32>) -> tensor<4xf32>
  %a = graph.abs %e : (tensor<4xf32>) -> tensor<4xf32>
  %n = graph.mul %x, %m1 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %s = graph.pow %x, %two : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %d = graph.div %x, %four : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %r, %a, %n, %s, %d : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Negative: tanh can be negative; 1/3 is not exact; x ** 4 and x ** 2.5 stay.
// CHECK-LABEL: func.func @strength_negative
// CHECK:         graph.relu
// CHECK:         graph.div
// CHECK:         graph.pow
// CHECK:         graph.pow
func.func @strength_negative(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %three = graph.constant dense<3.0> : tensor<4xf32>
  %four = graph.constant dense<4.0> : tensor<4xf32>
  %half5 = graph.constant dense<2.5> : tensor<4xf32>
  %t = graph.tanh %x : (tensor<4xf32>) -> tensor<4xf32>
  %r = graph.relu %t : (tensor<4xf32>) -> tensor<4xf32>
  %d = graph.div %x, %three : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %p = graph.pow %x, %four : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %q = graph.pow %x, %half5 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %r, %d, %p, %q : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// x ** 3 is x * x * x (what onnxruntime computes for it, bit for bit).
// CHECK-LABEL: func.func @pow_three
// CHECK-NEXT:    %[[S:.*]] = graph.mul %x, %x
// CHECK-NEXT:    %[[C:.*]] = graph.mul %[[S]], %x
// CHECK-NEXT:    func.return %[[C]]
func.func @pow_three(%x: tensor<4xf32>) -> tensor<4xf32> {
  %three = graph.constant dense<3.0> : tensor<4xf32>
  %p = graph.pow %x, %three : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %p : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @booleans
// CHECK-NEXT:    %[[T:.*]] = graph.constant dense<true> : tensor<4xi1>
// CHECK-NEXT:    %[[F:.*]] = graph.constant dense<false> : tensor<4xi1>
// CHECK-NEXT:    %[[W:.*]] = graph.where %c, %y, %x
// CHECK-NEXT:    func.return %c, %c, %[[F]], %[[T]], %[[W]]
func.func @booleans(%c: tensor<4xi1>, %x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xf32>) {
  %t = graph.constant dense<true> : tensor<4xi1>
  %f = graph.constant dense<false> : tensor<4xi1>
  %a = graph.and %c, %t : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %o = graph.or %f, %c : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %af = graph.and %c, %f : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %ot = graph.or %c, %t : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  %n = graph.not %c : (tensor<4xi1>) -> tensor<4xi1>
  %w = graph.where %n, %x, %y : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %o, %af, %ot, %w : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @unit_reductions
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %x {shape = array<i64: 2, 3>}
// CHECK-NEXT:    func.return %[[R]], %x, %y
func.func @unit_reductions(%x: tensor<2x1x3xf32>, %y: tensor<1x4x1x1xf32>) -> (tensor<2x3xf32>, tensor<2x1x3xf32>, tensor<1x4x1x1xf32>) {
  %a = graph.reduce_sum %x {axes = array<i64: 1>, keepdims = 0 : i64} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  %b = graph.reduce_max %x {axes = array<i64: 1>} : (tensor<2x1x3xf32>) -> tensor<2x1x3xf32>
  %g = graph.global_avg_pool %y : (tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  func.return %a, %b, %g : tensor<2x3xf32>, tensor<2x1x3xf32>, tensor<1x4x1x1xf32>
}

// -----

// Negative: these reduce over real dims; l2 of one element is its absolute value, not itself.
// CHECK-LABEL: func.func @real_reductions
// CHECK:         graph.reduce_sum
// CHECK:         graph.reduce_l2
// CHECK:         graph.global_avg_pool
func.func @real_reductions(%x: tensor<2x1x3xf32>, %y: tensor<1x4x2x1xf32>) -> (tensor<2x1x1xf32>, tensor<2x1x3xf32>, tensor<1x4x1x1xf32>) {
  %a = graph.reduce_sum %x {axes = array<i64: 2>} : (tensor<2x1x3xf32>) -> tensor<2x1x1xf32>
  %b = graph.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x1x3xf32>) -> tensor<2x1x3xf32>
  %g = graph.global_avg_pool %y : (tensor<1x4x2x1xf32>) -> tensor<1x4x1x1xf32>
  func.return %a, %b, %g : tensor<2x1x1xf32>, tensor<2x1x3xf32>, tensor<1x4x1x1xf32>
}

// -----

// x[1:7][2:5] = x[3:6]; with steps: x[0:8:2][1:4:1] = x[2:8:2]; the other dim stays whole.
// CHECK-LABEL: func.func @slice_of_slice
// CHECK-NEXT:    %[[A:.*]] = graph.slice %x {starts = array<i64: 3, 0>, ends = array<i64: 6, 4>, axes = array<i64: 0, 1>}
// CHECK-NEXT:    %[[B:.*]] = graph.slice %x {starts = array<i64: 2, 0>, ends = array<i64: 7, 4>, axes = array<i64: 0, 1>, steps = array<i64: 2, 1>}
// CHECK-NEXT:    func.return %[[A]], %[[B]]
func.func @slice_of_slice(%x: tensor<8x4xf32>) -> (tensor<3x4xf32>, tensor<3x4xf32>) {
  %a = graph.slice %x {starts = array<i64: 1>, ends = array<i64: 7>} : (tensor<8x4xf32>) -> tensor<6x4xf32>
  %b = graph.slice %a {starts = array<i64: 2>, ends = array<i64: 5>} : (tensor<6x4xf32>) -> tensor<3x4xf32>
  %c = graph.slice %x {starts = array<i64: 0>, ends = array<i64: 8>, steps = array<i64: 2>} : (tensor<8x4xf32>) -> tensor<4x4xf32>
  %d = graph.slice %c {starts = array<i64: 1>, ends = array<i64: 4>} : (tensor<4x4xf32>) -> tensor<3x4xf32>
  func.return %b, %d : tensor<3x4xf32>, tensor<3x4xf32>
}

// -----

// Negative: a reversing slice is not composed.
// CHECK-LABEL: func.func @reversed_slices
// CHECK-COUNT-2: graph.slice
func.func @reversed_slices(%x: tensor<8xf32>) -> tensor<3xf32> {
  %a = graph.slice %x {starts = array<i64: 7>, ends = array<i64: -100>, steps = array<i64: -1>} : (tensor<8xf32>) -> tensor<8xf32>
  %b = graph.slice %a {starts = array<i64: 2>, ends = array<i64: 5>} : (tensor<8xf32>) -> tensor<3xf32>
  func.return %b : tensor<3xf32>
}

// -----

// CHECK-LABEL: func.func @activations
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    %[[C:.*]] = graph.clip %x {min = 0.000000e+00 : f64}
// CHECK-NEXT:    %[[L:.*]] = graph.leaky_relu %x {alpha = 2.000000e-01 : f64}
// CHECK-NEXT:    func.return %x, %x, %[[R]], %[[C]], %[[L]]
func.func @activations(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %a = graph.clip %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.leaky_relu %x {alpha = 1.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %c = graph.leaky_relu %x {alpha = 0.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %d = graph.clip %x {min = 0.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  %e = graph.leaky_relu %x {alpha = 0.2 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %a, %b, %c, %d, %e : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Gathers with constant indices in arithmetic progression are slices (a view, not a copy).
// CHECK-LABEL: func.func @gather_as_slice
// CHECK-NEXT:    %[[A:.*]] = graph.slice %x {starts = array<i64: 1>, ends = array<i64: 2>, axes = array<i64: 1>}
// CHECK-NEXT:    %[[R:.*]] = graph.reshape %[[A]] {shape = array<i64: 2, 5>}
// CHECK-NEXT:    %[[B:.*]] = graph.slice %x {starts = array<i64: 0>, ends = array<i64: 5>, axes = array<i64: 2>, steps = array<i64: 2>}
// CHECK-NEXT:    %[[C:.*]] = graph.slice %x {starts = array<i64: 2>, ends = array<i64: 3>, axes = array<i64: 1>}
// CHECK-NEXT:    func.return %[[R]], %[[B]], %[[C]]
func.func @gather_as_slice(%x: tensor<2x3x5xf32>) -> (tensor<2x5xf32>, tensor<2x3x3xf32>, tensor<2x1x5xf32>) {
  %i1 = graph.constant dense<1> : tensor<i64>
  %i024 = graph.constant dense<[0, 2, 4]> : tensor<3xi64>
  %im1 = graph.constant dense<[-1]> : tensor<1xi32>
  %a = graph.gather %x, %i1 {axis = 1 : i64} : (tensor<2x3x5xf32>, tensor<i64>) -> tensor<2x5xf32>
  %b = graph.gather %x, %i024 {axis = -1 : i64} : (tensor<2x3x5xf32>, tensor<3xi64>) -> tensor<2x3x3xf32>
  %c = graph.gather %x, %im1 {axis = 1 : i64} : (tensor<2x3x5xf32>, tensor<1xi32>) -> tensor<2x1x5xf32>
  func.return %a, %b, %c : tensor<2x5xf32>, tensor<2x3x3xf32>, tensor<2x1x5xf32>
}

// -----

// Negative: unordered or repeated indices, 2-D indices, non-constant indices.
// CHECK-LABEL: func.func @gather_not_slice
// CHECK-COUNT-4: graph.gather
func.func @gather_not_slice(%x: tensor<6xf32>, %j: tensor<2xi64>) -> (tensor<3xf32>, tensor<2xf32>, tensor<2x2xf32>, tensor<2xf32>) {
  %p = graph.constant dense<[2, 0, 1]> : tensor<3xi64>
  %r = graph.constant dense<[3, 3]> : tensor<2xi64>
  %m = graph.constant dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>
  %a = graph.gather %x, %p : (tensor<6xf32>, tensor<3xi64>) -> tensor<3xf32>
  %b = graph.gather %x, %r : (tensor<6xf32>, tensor<2xi64>) -> tensor<2xf32>
  %c = graph.gather %x, %m : (tensor<6xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  %d = graph.gather %x, %j : (tensor<6xf32>, tensor<2xi64>) -> tensor<2xf32>
  func.return %a, %b, %c, %d : tensor<3xf32>, tensor<2xf32>, tensor<2x2xf32>, tensor<2xf32>
}
