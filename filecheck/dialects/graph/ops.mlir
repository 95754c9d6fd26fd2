// Round trip of every graph op: custom form, generic form re-parsed, and the generic text.
// Generated from the semantic test cases (tests/dialects/test_graph_semantics.py), then kept
// by hand; tests/dialects/test_graph_verifier.py checks that every op of ALL_OPS appears here.
// RUN: ember-opt %s | filecheck %s
// RUN: ember-opt %s --print-op-generic | ember-opt | filecheck %s
// RUN: ember-opt %s --print-op-generic | filecheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @add(
// GENERIC-LABEL: sym_name = "add"
func.func @add(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.add %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.add"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.add %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @sub(
// GENERIC-LABEL: sym_name = "sub"
func.func @sub(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.sub %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.sub"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.sub %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @mul(
// GENERIC-LABEL: sym_name = "mul"
func.func @mul(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.mul %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.mul"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.mul %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @div(
// GENERIC-LABEL: sym_name = "div"
func.func @div(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.div %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.div"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.div %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @pow(
// GENERIC-LABEL: sym_name = "pow"
func.func @pow(%x: tensor<4x1x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pow %{{.*}}, %{{.*}} : (tensor<4x1x3xf32>, tensor<3xf32>) -> tensor<4x1x3xf32>
  // GENERIC: %{{.*}} = "graph.pow"(%{{.*}}, %{{.*}}) : (tensor<4x1x3xf32>, tensor<3xf32>) -> tensor<4x1x3xf32>
  %0 = graph.pow %x, %y : (tensor<4x1x3xf32>, tensor<3xf32>) -> tensor<4x1x3xf32>
  func.return
}

// CHECK-LABEL: func.func @max(
// GENERIC-LABEL: sym_name = "max"
func.func @max(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.max %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.max"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.max %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @min(
// GENERIC-LABEL: sym_name = "min"
func.func @min(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.min %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.min"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.min %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @mod(
// GENERIC-LABEL: sym_name = "mod"
func.func @mod(%x: tensor<2x6xi32>, %y: tensor<6xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.mod %{{.*}}, %{{.*}} : (tensor<2x6xi32>, tensor<6xi32>) -> tensor<2x6xi32>
  // GENERIC: %{{.*}} = "graph.mod"(%{{.*}}, %{{.*}}) <{fmod = 0 : i64}> : (tensor<2x6xi32>, tensor<6xi32>) -> tensor<2x6xi32>
  %0 = graph.mod %x, %y : (tensor<2x6xi32>, tensor<6xi32>) -> tensor<2x6xi32>
  func.return
}

// CHECK-LABEL: func.func @mod_1(
// GENERIC-LABEL: sym_name = "mod_1"
func.func @mod_1(%x: tensor<3x4xf32>, %y: tensor<4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.mod %{{.*}}, %{{.*}} {fmod = 1 : i64} : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  // GENERIC: %{{.*}} = "graph.mod"(%{{.*}}, %{{.*}}) <{fmod = 1 : i64}> : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  %0 = graph.mod %x, %y {fmod = 1 : i64} : (tensor<3x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @and(
// GENERIC-LABEL: sym_name = "and"
func.func @and(%x: tensor<2x3xi1>, %y: tensor<3xi1>) {
  // CHECK-NEXT: %{{.*}} = graph.and %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.and"(%{{.*}}, %{{.*}}) : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  %0 = graph.and %x, %y : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @or(
// GENERIC-LABEL: sym_name = "or"
func.func @or(%x: tensor<2x3xi1>, %y: tensor<3xi1>) {
  // CHECK-NEXT: %{{.*}} = graph.or %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.or"(%{{.*}}, %{{.*}}) : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  %0 = graph.or %x, %y : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @xor(
// GENERIC-LABEL: sym_name = "xor"
func.func @xor(%x: tensor<2x3xi1>, %y: tensor<3xi1>) {
  // CHECK-NEXT: %{{.*}} = graph.xor %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.xor"(%{{.*}}, %{{.*}}) : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  %0 = graph.xor %x, %y : (tensor<2x3xi1>, tensor<3xi1>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @equal(
// GENERIC-LABEL: sym_name = "equal"
func.func @equal(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.equal %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.equal"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %0 = graph.equal %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @less(
// GENERIC-LABEL: sym_name = "less"
func.func @less(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.less %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.less"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %0 = graph.less %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @less_equal(
// GENERIC-LABEL: sym_name = "less_equal"
func.func @less_equal(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.less_equal %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.less_equal"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %0 = graph.less_equal %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @greater(
// GENERIC-LABEL: sym_name = "greater"
func.func @greater(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.greater %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.greater"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %0 = graph.greater %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @greater_equal(
// GENERIC-LABEL: sym_name = "greater_equal"
func.func @greater_equal(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.greater_equal %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // GENERIC: %{{.*}} = "graph.greater_equal"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %0 = graph.greater_equal %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  func.return
}

// CHECK-LABEL: func.func @where(
// GENERIC-LABEL: sym_name = "where"
func.func @where(%x: tensor<2x3xi1>, %y: tensor<2x3xf32>, %z: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.where %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.where"(%{{.*}}, %{{.*}}, %{{.*}}) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = graph.where %x, %y, %z : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @neg(
// GENERIC-LABEL: sym_name = "neg"
func.func @neg(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.neg %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.neg"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.neg %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @abs(
// GENERIC-LABEL: sym_name = "abs"
func.func @abs(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.abs %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.abs"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.abs %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @exp(
// GENERIC-LABEL: sym_name = "exp"
func.func @exp(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.exp %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.exp"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.exp %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @log(
// GENERIC-LABEL: sym_name = "log"
func.func @log(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.log %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.log"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.log %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @sqrt(
// GENERIC-LABEL: sym_name = "sqrt"
func.func @sqrt(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.sqrt %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.sqrt"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.sqrt %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @reciprocal(
// GENERIC-LABEL: sym_name = "reciprocal"
func.func @reciprocal(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reciprocal %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.reciprocal"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.reciprocal %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @tanh(
// GENERIC-LABEL: sym_name = "tanh"
func.func @tanh(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.tanh %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.tanh"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.tanh %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @sigmoid(
// GENERIC-LABEL: sym_name = "sigmoid"
func.func @sigmoid(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.sigmoid %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.sigmoid"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.sigmoid %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @erf(
// GENERIC-LABEL: sym_name = "erf"
func.func @erf(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.erf %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.erf"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.erf %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @sin(
// GENERIC-LABEL: sym_name = "sin"
func.func @sin(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.sin %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.sin"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.sin %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @cos(
// GENERIC-LABEL: sym_name = "cos"
func.func @cos(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.cos %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.cos"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.cos %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @floor(
// GENERIC-LABEL: sym_name = "floor"
func.func @floor(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.floor %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.floor"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.floor %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @ceil(
// GENERIC-LABEL: sym_name = "ceil"
func.func @ceil(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.ceil %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.ceil"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.ceil %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @round(
// GENERIC-LABEL: sym_name = "round"
func.func @round(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.round %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.round"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.round %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @sign(
// GENERIC-LABEL: sym_name = "sign"
func.func @sign(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.sign %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.sign"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.sign %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @not(
// GENERIC-LABEL: sym_name = "not"
func.func @not(%x: tensor<2x6xi1>) {
  // CHECK-NEXT: %{{.*}} = graph.not %{{.*}} : (tensor<2x6xi1>) -> tensor<2x6xi1>
  // GENERIC: %{{.*}} = "graph.not"(%{{.*}}) : (tensor<2x6xi1>) -> tensor<2x6xi1>
  %0 = graph.not %x : (tensor<2x6xi1>) -> tensor<2x6xi1>
  func.return
}

// CHECK-LABEL: func.func @relu(
// GENERIC-LABEL: sym_name = "relu"
func.func @relu(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.relu %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.relu"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.relu %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @hard_swish(
// GENERIC-LABEL: sym_name = "hard_swish"
func.func @hard_swish(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.hard_swish %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.hard_swish"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.hard_swish %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @softplus(
// GENERIC-LABEL: sym_name = "softplus"
func.func @softplus(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.softplus %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.softplus"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.softplus %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @leaky_relu(
// GENERIC-LABEL: sym_name = "leaky_relu"
func.func @leaky_relu(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.leaky_relu %{{.*}} {alpha = 2.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.leaky_relu"(%{{.*}}) <{alpha = 2.000000e-01 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.leaky_relu %x {alpha = 2.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @elu(
// GENERIC-LABEL: sym_name = "elu"
func.func @elu(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.elu %{{.*}} {alpha = 7.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.elu"(%{{.*}}) <{alpha = 7.000000e-01 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.elu %x {alpha = 7.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @selu(
// GENERIC-LABEL: sym_name = "selu"
func.func @selu(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.selu %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.selu"(%{{.*}}) <{alpha = 1.6732632423543772 : f64, gamma = 1.0507009873554805 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.selu %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @selu_1(
// GENERIC-LABEL: sym_name = "selu_1"
func.func @selu_1(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.selu %{{.*}} {alpha = 1.500000e+00 : f64, gamma = 2.000000e+00 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.selu"(%{{.*}}) <{alpha = 1.500000e+00 : f64, gamma = 2.000000e+00 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.selu %x {alpha = 1.500000e+00 : f64, gamma = 2.000000e+00 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @gelu(
// GENERIC-LABEL: sym_name = "gelu"
func.func @gelu(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.gelu %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.gelu"(%{{.*}}) <{approximate = #graph<gelu_approximate none>}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.gelu %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @gelu_1(
// GENERIC-LABEL: sym_name = "gelu_1"
func.func @gelu_1(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.gelu %{{.*}} approximate tanh : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.gelu"(%{{.*}}) <{approximate = #graph<gelu_approximate tanh>}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.gelu %x approximate tanh : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @hard_sigmoid(
// GENERIC-LABEL: sym_name = "hard_sigmoid"
func.func @hard_sigmoid(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.hard_sigmoid %{{.*}} {alpha = 3.000000e-01 : f64, beta = 4.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.hard_sigmoid"(%{{.*}}) <{alpha = 3.000000e-01 : f64, beta = 4.000000e-01 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.hard_sigmoid %x {alpha = 3.000000e-01 : f64, beta = 4.000000e-01 : f64} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @hard_sigmoid_1(
// GENERIC-LABEL: sym_name = "hard_sigmoid_1"
func.func @hard_sigmoid_1(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.hard_sigmoid %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.hard_sigmoid"(%{{.*}}) <{alpha = 2.000000e-01 : f64, beta = 5.000000e-01 : f64}> : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.hard_sigmoid %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @clip(
// GENERIC-LABEL: sym_name = "clip"
func.func @clip(%x: tensor<3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.clip %{{.*}} {min = -5.000000e-01 : f64, max = 7.000000e-01 : f64} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  // GENERIC: %{{.*}} = "graph.clip"(%{{.*}}) <{min = -5.000000e-01 : f64, max = 7.000000e-01 : f64}> : (tensor<3x4xf32>) -> tensor<3x4xf32>
  %0 = graph.clip %x {min = -5.000000e-01 : f64, max = 7.000000e-01 : f64} : (tensor<3x4xf32>) -> tensor<3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @clip_1(
// GENERIC-LABEL: sym_name = "clip_1"
func.func @clip_1(%x: tensor<5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.clip %{{.*}} {max = 1.000000e-01 : f64} : (tensor<5xf32>) -> tensor<5xf32>
  // GENERIC: %{{.*}} = "graph.clip"(%{{.*}}) <{max = 1.000000e-01 : f64}> : (tensor<5xf32>) -> tensor<5xf32>
  %0 = graph.clip %x {max = 1.000000e-01 : f64} : (tensor<5xf32>) -> tensor<5xf32>
  func.return
}

// CHECK-LABEL: func.func @clip_2(
// GENERIC-LABEL: sym_name = "clip_2"
func.func @clip_2(%x: tensor<2x5xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.clip %{{.*}} {min = -1.000000e+00 : f64} : (tensor<2x5xi32>) -> tensor<2x5xi32>
  // GENERIC: %{{.*}} = "graph.clip"(%{{.*}}) <{min = -1.000000e+00 : f64}> : (tensor<2x5xi32>) -> tensor<2x5xi32>
  %0 = graph.clip %x {min = -1.000000e+00 : f64} : (tensor<2x5xi32>) -> tensor<2x5xi32>
  func.return
}

// CHECK-LABEL: func.func @cast(
// GENERIC-LABEL: sym_name = "cast"
func.func @cast(%x: tensor<2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.cast %{{.*}} {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  // GENERIC: %{{.*}} = "graph.cast"(%{{.*}}) <{to = i32, saturate = 1 : i64, round_mode = "up"}> : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %0 = graph.cast %x {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  func.return
}

// CHECK-LABEL: func.func @matmul(
// GENERIC-LABEL: sym_name = "matmul"
func.func @matmul(%x: tensor<2x3xf32>, %y: tensor<3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.matmul %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  // GENERIC: %{{.*}} = "graph.matmul"(%{{.*}}, %{{.*}}) : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %0 = graph.matmul %x, %y : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  func.return
}

// CHECK-LABEL: func.func @gemm(
// GENERIC-LABEL: sym_name = "gemm"
func.func @gemm(%x: tensor<3x4xf32>, %y: tensor<4x5xf32>, %z: tensor<5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.gemm %{{.*}}, %{{.*}}, %{{.*}} : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  // GENERIC: %{{.*}} = "graph.gemm"(%{{.*}}, %{{.*}}, %{{.*}}) <{alpha = 1.000000e+00 : f64, beta = 1.000000e+00 : f64, trans_a = 0 : i64, trans_b = 0 : i64}> : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %x, %y, %z : (tensor<3x4xf32>, tensor<4x5xf32>, tensor<5xf32>) -> tensor<3x5xf32>
  func.return
}

// CHECK-LABEL: func.func @gemm_1(
// GENERIC-LABEL: sym_name = "gemm_1"
func.func @gemm_1(%x: tensor<4x3xf32>, %y: tensor<5x4xf32>, %z: tensor<3x1xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.gemm %{{.*}}, %{{.*}}, %{{.*}} {trans_a = 1 : i64, trans_b = 1 : i64, alpha = 5.000000e-01 : f64, beta = 2.000000e+00 : f64} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  // GENERIC: %{{.*}} = "graph.gemm"(%{{.*}}, %{{.*}}, %{{.*}}) <{trans_a = 1 : i64, trans_b = 1 : i64, alpha = 5.000000e-01 : f64, beta = 2.000000e+00 : f64}> : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  %0 = graph.gemm %x, %y, %z {trans_a = 1 : i64, trans_b = 1 : i64, alpha = 5.000000e-01 : f64, beta = 2.000000e+00 : f64} : (tensor<4x3xf32>, tensor<5x4xf32>, tensor<3x1xf32>) -> tensor<3x5xf32>
  func.return
}

// CHECK-LABEL: func.func @gemm_2(
// GENERIC-LABEL: sym_name = "gemm_2"
func.func @gemm_2(%x: tensor<2x6xf32>, %y: tensor<3x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.gemm %{{.*}}, %{{.*}} {trans_b = 1 : i64} : (tensor<2x6xf32>, tensor<3x6xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.gemm"(%{{.*}}, %{{.*}}) <{trans_b = 1 : i64, alpha = 1.000000e+00 : f64, beta = 1.000000e+00 : f64, trans_a = 0 : i64}> : (tensor<2x6xf32>, tensor<3x6xf32>) -> tensor<2x3xf32>
  %0 = graph.gemm %x, %y {trans_b = 1 : i64} : (tensor<2x6xf32>, tensor<3x6xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @conv(
// GENERIC-LABEL: sym_name = "conv"
func.func @conv(%x: tensor<1x2x9xf32>, %y: tensor<4x2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv %{{.*}}, %{{.*}} {strides = array<i64: 2>, pads = array<i64: 1, 2>} : (tensor<1x2x9xf32>, tensor<4x2x3xf32>) -> tensor<1x4x5xf32>
  // GENERIC: %{{.*}} = "graph.conv"(%{{.*}}, %{{.*}}) <{strides = array<i64: 2>, pads = array<i64: 1, 2>, group = 1 : i64}> : (tensor<1x2x9xf32>, tensor<4x2x3xf32>) -> tensor<1x4x5xf32>
  %0 = graph.conv %x, %y {strides = array<i64: 2>, pads = array<i64: 1, 2>} : (tensor<1x2x9xf32>, tensor<4x2x3xf32>) -> tensor<1x4x5xf32>
  func.return
}

// CHECK-LABEL: func.func @conv_1(
// GENERIC-LABEL: sym_name = "conv_1"
func.func @conv_1(%x: tensor<2x4x7x6xf32>, %y: tensor<6x2x3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv %{{.*}}, %{{.*}} {group = 2 : i64, pads = array<i64: 1, 0, 2, 1>, dilations = array<i64: 2, 1>, strides = array<i64: 1, 2>} : (tensor<2x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x6x3xf32>
  // GENERIC: %{{.*}} = "graph.conv"(%{{.*}}, %{{.*}}) <{group = 2 : i64, pads = array<i64: 1, 0, 2, 1>, dilations = array<i64: 2, 1>, strides = array<i64: 1, 2>}> : (tensor<2x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x6x3xf32>
  %0 = graph.conv %x, %y {group = 2 : i64, pads = array<i64: 1, 0, 2, 1>, dilations = array<i64: 2, 1>, strides = array<i64: 1, 2>} : (tensor<2x4x7x6xf32>, tensor<6x2x3x2xf32>) -> tensor<2x6x6x3xf32>
  func.return
}

// CHECK-LABEL: func.func @conv_2(
// GENERIC-LABEL: sym_name = "conv_2"
func.func @conv_2(%x: tensor<1x3x5x5xf32>, %y: tensor<3x1x3x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv %{{.*}}, %{{.*}} {group = 3 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x5x5xf32>, tensor<3x1x3x3xf32>) -> tensor<1x3x5x5xf32>
  // GENERIC: %{{.*}} = "graph.conv"(%{{.*}}, %{{.*}}) <{group = 3 : i64, pads = array<i64: 1, 1, 1, 1>}> : (tensor<1x3x5x5xf32>, tensor<3x1x3x3xf32>) -> tensor<1x3x5x5xf32>
  %0 = graph.conv %x, %y {group = 3 : i64, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x5x5xf32>, tensor<3x1x3x3xf32>) -> tensor<1x3x5x5xf32>
  func.return
}

// CHECK-LABEL: func.func @conv_transpose(
// GENERIC-LABEL: sym_name = "conv_transpose"
func.func @conv_transpose(%x: tensor<1x2x4x3xf32>, %y: tensor<2x3x3x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv_transpose %{{.*}}, %{{.*}} {strides = array<i64: 2, 2>, pads = array<i64: 1, 0, 1, 1>, output_padding = array<i64: 1, 0>} : (tensor<1x2x4x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x6xf32>
  // GENERIC: %{{.*}} = "graph.conv_transpose"(%{{.*}}, %{{.*}}) <{strides = array<i64: 2, 2>, pads = array<i64: 1, 0, 1, 1>, output_padding = array<i64: 1, 0>, group = 1 : i64}> : (tensor<1x2x4x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x6xf32>
  %0 = graph.conv_transpose %x, %y {strides = array<i64: 2, 2>, pads = array<i64: 1, 0, 1, 1>, output_padding = array<i64: 1, 0>} : (tensor<1x2x4x3xf32>, tensor<2x3x3x3xf32>) -> tensor<1x3x8x6xf32>
  func.return
}

// CHECK-LABEL: func.func @conv_transpose_1(
// GENERIC-LABEL: sym_name = "conv_transpose_1"
func.func @conv_transpose_1(%x: tensor<1x1x3x3xf32>, %y: tensor<1x2x2x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv_transpose %{{.*}}, %{{.*}} {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x3xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  // GENERIC: %{{.*}} = "graph.conv_transpose"(%{{.*}}, %{{.*}}) <{pads = array<i64: 1, 1, 1, 1>, group = 1 : i64}> : (tensor<1x1x3x3xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %0 = graph.conv_transpose %x, %y {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x3xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  func.return
}

// CHECK-LABEL: func.func @conv_transpose_2(
// GENERIC-LABEL: sym_name = "conv_transpose_2"
func.func @conv_transpose_2(%x: tensor<1x2x2x3x2xf32>, %y: tensor<2x1x2x2x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.conv_transpose %{{.*}}, %{{.*}} {strides = array<i64: 2, 1, 2>} : (tensor<1x2x2x3x2xf32>, tensor<2x1x2x2x2xf32>) -> tensor<1x1x4x4x4xf32>
  // GENERIC: %{{.*}} = "graph.conv_transpose"(%{{.*}}, %{{.*}}) <{strides = array<i64: 2, 1, 2>, group = 1 : i64}> : (tensor<1x2x2x3x2xf32>, tensor<2x1x2x2x2xf32>) -> tensor<1x1x4x4x4xf32>
  %0 = graph.conv_transpose %x, %y {strides = array<i64: 2, 1, 2>} : (tensor<1x2x2x3x2xf32>, tensor<2x1x2x2x2xf32>) -> tensor<1x1x4x4x4xf32>
  func.return
}

// CHECK-LABEL: func.func @max_pool(
// GENERIC-LABEL: sym_name = "max_pool"
func.func @max_pool(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.max_pool %{{.*}} {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.max_pool"(%{{.*}}) <{kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @max_pool_1(
// GENERIC-LABEL: sym_name = "max_pool_1"
func.func @max_pool_1(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.max_pool %{{.*}} {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  // GENERIC: %{{.*}} = "graph.max_pool"(%{{.*}}) <{kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  func.return
}

// CHECK-LABEL: func.func @max_pool_2(
// GENERIC-LABEL: sym_name = "max_pool_2"
func.func @max_pool_2(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.max_pool %{{.*}} {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  // GENERIC: %{{.*}} = "graph.max_pool"(%{{.*}}) <{kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 0 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  %0 = graph.max_pool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  func.return
}

// CHECK-LABEL: func.func @avg_pool(
// GENERIC-LABEL: sym_name = "avg_pool"
func.func @avg_pool(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.avg_pool %{{.*}} {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.avg_pool"(%{{.*}}) <{kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64, count_include_pad = 0 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  %0 = graph.avg_pool %x {kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @avg_pool_1(
// GENERIC-LABEL: sym_name = "avg_pool_1"
func.func @avg_pool_1(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.avg_pool %{{.*}} {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  // GENERIC: %{{.*}} = "graph.avg_pool"(%{{.*}}) <{kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64, count_include_pad = 0 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  %0 = graph.avg_pool %x {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = 1 : i64} : (tensor<1x2x5x6xf32>) -> tensor<1x2x3x3xf32>
  func.return
}

// CHECK-LABEL: func.func @avg_pool_2(
// GENERIC-LABEL: sym_name = "avg_pool_2"
func.func @avg_pool_2(%x: tensor<1x2x5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.avg_pool %{{.*}} {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  // GENERIC: %{{.*}} = "graph.avg_pool"(%{{.*}}) <{kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, count_include_pad = 0 : i64, ceil_mode = 0 : i64}> : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  %0 = graph.avg_pool %x {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x6xf32>) -> tensor<1x2x5x6xf32>
  func.return
}

// CHECK-LABEL: func.func @global_avg_pool(
// GENERIC-LABEL: sym_name = "global_avg_pool"
func.func @global_avg_pool(%x: tensor<2x3x4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.global_avg_pool %{{.*}} : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  // GENERIC: %{{.*}} = "graph.global_avg_pool"(%{{.*}}) : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  %0 = graph.global_avg_pool %x : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @global_max_pool(
// GENERIC-LABEL: sym_name = "global_max_pool"
func.func @global_max_pool(%x: tensor<2x3x4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.global_max_pool %{{.*}} : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  // GENERIC: %{{.*}} = "graph.global_max_pool"(%{{.*}}) : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  %0 = graph.global_max_pool %x : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @batch_norm(
// GENERIC-LABEL: sym_name = "batch_norm"
func.func @batch_norm(%x: tensor<2x3x4x4xf32>, %y: tensor<3xf32>, %z: tensor<3xf32>, %w: tensor<3xf32>, %v: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 1.000000e-03 : f64} : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x4xf32>
  // GENERIC: %{{.*}} = "graph.batch_norm"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{epsilon = 1.000000e-03 : f64}> : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x4xf32>
  %0 = graph.batch_norm %x, %y, %z, %w, %v {epsilon = 1.000000e-03 : f64} : (tensor<2x3x4x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x4xf32>
  func.return
}

// CHECK-LABEL: func.func @batch_norm_1(
// GENERIC-LABEL: sym_name = "batch_norm_1"
func.func @batch_norm_1(%x: tensor<5x4xf32>, %y: tensor<4xf32>, %z: tensor<4xf32>, %w: tensor<4xf32>, %v: tensor<4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<5x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<5x4xf32>
  // GENERIC: %{{.*}} = "graph.batch_norm"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{epsilon = 1.000000e-05 : f64}> : (tensor<5x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<5x4xf32>
  %0 = graph.batch_norm %x, %y, %z, %w, %v : (tensor<5x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<5x4xf32>
  func.return
}

// CHECK-LABEL: func.func @layer_norm(
// GENERIC-LABEL: sym_name = "layer_norm"
func.func @layer_norm(%x: tensor<2x3x8xf32>, %y: tensor<8xf32>, %z: tensor<8xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.layer_norm %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  // GENERIC: %{{.*}} = "graph.layer_norm"(%{{.*}}, %{{.*}}, %{{.*}}) <{axis = -1 : i64, epsilon = 1.000000e-05 : f64}> : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  %0 = graph.layer_norm %x, %y, %z : (tensor<2x3x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  func.return
}

// CHECK-LABEL: func.func @layer_norm_1(
// GENERIC-LABEL: sym_name = "layer_norm_1"
func.func @layer_norm_1(%x: tensor<2x3x4xf32>, %y: tensor<3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.layer_norm %{{.*}}, %{{.*}} {axis = 1 : i64, epsilon = 1.000000e-03 : f64} : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.layer_norm"(%{{.*}}, %{{.*}}) <{axis = 1 : i64, epsilon = 1.000000e-03 : f64}> : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  %0 = graph.layer_norm %x, %y {axis = 1 : i64, epsilon = 1.000000e-03 : f64} : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @layer_norm_2(
// GENERIC-LABEL: sym_name = "layer_norm_2"
func.func @layer_norm_2(%x: tensor<4x6xf32>, %y: tensor<1xf32>, %z: tensor<6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.layer_norm %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x6xf32>, tensor<1xf32>, tensor<6xf32>) -> tensor<4x6xf32>
  // GENERIC: %{{.*}} = "graph.layer_norm"(%{{.*}}, %{{.*}}, %{{.*}}) <{axis = -1 : i64, epsilon = 1.000000e-05 : f64}> : (tensor<4x6xf32>, tensor<1xf32>, tensor<6xf32>) -> tensor<4x6xf32>
  %0 = graph.layer_norm %x, %y, %z : (tensor<4x6xf32>, tensor<1xf32>, tensor<6xf32>) -> tensor<4x6xf32>
  func.return
}

// CHECK-LABEL: func.func @instance_norm(
// GENERIC-LABEL: sym_name = "instance_norm"
func.func @instance_norm(%x: tensor<2x3x4x5xf32>, %y: tensor<3xf32>, %z: tensor<3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.instance_norm %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  // GENERIC: %{{.*}} = "graph.instance_norm"(%{{.*}}, %{{.*}}, %{{.*}}) <{epsilon = 1.000000e-05 : f64}> : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  %0 = graph.instance_norm %x, %y, %z : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  func.return
}

// CHECK-LABEL: func.func @instance_norm_1(
// GENERIC-LABEL: sym_name = "instance_norm_1"
func.func @instance_norm_1(%x: tensor<1x2x6xf32>, %y: tensor<2xf32>, %z: tensor<2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.instance_norm %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 1.000000e-01 : f64} : (tensor<1x2x6xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x6xf32>
  // GENERIC: %{{.*}} = "graph.instance_norm"(%{{.*}}, %{{.*}}, %{{.*}}) <{epsilon = 1.000000e-01 : f64}> : (tensor<1x2x6xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x6xf32>
  %0 = graph.instance_norm %x, %y, %z {epsilon = 1.000000e-01 : f64} : (tensor<1x2x6xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @lrn(
// GENERIC-LABEL: sym_name = "lrn"
func.func @lrn(%x: tensor<1x5x3x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.lrn %{{.*}} {size = 3 : i64} : (tensor<1x5x3x3xf32>) -> tensor<1x5x3x3xf32>
  // GENERIC: %{{.*}} = "graph.lrn"(%{{.*}}) <{size = 3 : i64, alpha = 1.000000e-04 : f64, beta = 7.500000e-01 : f64, bias = 1.000000e+00 : f64}> : (tensor<1x5x3x3xf32>) -> tensor<1x5x3x3xf32>
  %0 = graph.lrn %x {size = 3 : i64} : (tensor<1x5x3x3xf32>) -> tensor<1x5x3x3xf32>
  func.return
}

// CHECK-LABEL: func.func @lrn_1(
// GENERIC-LABEL: sym_name = "lrn_1"
func.func @lrn_1(%x: tensor<2x6x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.lrn %{{.*}} {size = 4 : i64, alpha = 1.000000e-02 : f64, beta = 5.000000e-01 : f64, bias = 2.000000e+00 : f64} : (tensor<2x6x4xf32>) -> tensor<2x6x4xf32>
  // GENERIC: %{{.*}} = "graph.lrn"(%{{.*}}) <{size = 4 : i64, alpha = 1.000000e-02 : f64, beta = 5.000000e-01 : f64, bias = 2.000000e+00 : f64}> : (tensor<2x6x4xf32>) -> tensor<2x6x4xf32>
  %0 = graph.lrn %x {size = 4 : i64, alpha = 1.000000e-02 : f64, beta = 5.000000e-01 : f64, bias = 2.000000e+00 : f64} : (tensor<2x6x4xf32>) -> tensor<2x6x4xf32>
  func.return
}

// CHECK-LABEL: func.func @softmax(
// GENERIC-LABEL: sym_name = "softmax"
func.func @softmax(%x: tensor<2x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.softmax %{{.*}} : (tensor<2x5xf32>) -> tensor<2x5xf32>
  // GENERIC: %{{.*}} = "graph.softmax"(%{{.*}}) <{axis = -1 : i64}> : (tensor<2x5xf32>) -> tensor<2x5xf32>
  %0 = graph.softmax %x : (tensor<2x5xf32>) -> tensor<2x5xf32>
  func.return
}

// CHECK-LABEL: func.func @softmax_1(
// GENERIC-LABEL: sym_name = "softmax_1"
func.func @softmax_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.softmax %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.softmax"(%{{.*}}) <{axis = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = graph.softmax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @log_softmax(
// GENERIC-LABEL: sym_name = "log_softmax"
func.func @log_softmax(%x: tensor<2x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.log_softmax %{{.*}} : (tensor<2x5xf32>) -> tensor<2x5xf32>
  // GENERIC: %{{.*}} = "graph.log_softmax"(%{{.*}}) <{axis = -1 : i64}> : (tensor<2x5xf32>) -> tensor<2x5xf32>
  %0 = graph.log_softmax %x : (tensor<2x5xf32>) -> tensor<2x5xf32>
  func.return
}

// CHECK-LABEL: func.func @log_softmax_1(
// GENERIC-LABEL: sym_name = "log_softmax_1"
func.func @log_softmax_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.log_softmax %{{.*}} {axis = -3 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.log_softmax"(%{{.*}}) <{axis = -3 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = graph.log_softmax %x {axis = -3 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_sum(
// GENERIC-LABEL: sym_name = "reduce_sum"
func.func @reduce_sum(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_sum %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_sum"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_sum %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_sum_1(
// GENERIC-LABEL: sym_name = "reduce_sum_1"
func.func @reduce_sum_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_sum %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_sum"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_sum %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_sum_2(
// GENERIC-LABEL: sym_name = "reduce_sum_2"
func.func @reduce_sum_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_sum %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_sum"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_sum %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_mean(
// GENERIC-LABEL: sym_name = "reduce_mean"
func.func @reduce_mean(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_mean %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_mean"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_mean %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_mean_1(
// GENERIC-LABEL: sym_name = "reduce_mean_1"
func.func @reduce_mean_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_mean %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_mean"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_mean %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_mean_2(
// GENERIC-LABEL: sym_name = "reduce_mean_2"
func.func @reduce_mean_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_mean %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_mean"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_mean %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_max(
// GENERIC-LABEL: sym_name = "reduce_max"
func.func @reduce_max(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_max %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_max"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_max %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_max_1(
// GENERIC-LABEL: sym_name = "reduce_max_1"
func.func @reduce_max_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_max %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_max"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_max %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_max_2(
// GENERIC-LABEL: sym_name = "reduce_max_2"
func.func @reduce_max_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_max %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_max"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_max %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_min(
// GENERIC-LABEL: sym_name = "reduce_min"
func.func @reduce_min(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_min %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_min"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_min %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_min_1(
// GENERIC-LABEL: sym_name = "reduce_min_1"
func.func @reduce_min_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_min %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_min"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_min %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_min_2(
// GENERIC-LABEL: sym_name = "reduce_min_2"
func.func @reduce_min_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_min %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_min"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_min %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_prod(
// GENERIC-LABEL: sym_name = "reduce_prod"
func.func @reduce_prod(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_prod %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_prod"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_prod %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_prod_1(
// GENERIC-LABEL: sym_name = "reduce_prod_1"
func.func @reduce_prod_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_prod %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_prod"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_prod %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_prod_2(
// GENERIC-LABEL: sym_name = "reduce_prod_2"
func.func @reduce_prod_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_prod %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_prod"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_prod %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_l2(
// GENERIC-LABEL: sym_name = "reduce_l2"
func.func @reduce_l2(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_l2 %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // GENERIC: %{{.*}} = "graph.reduce_l2"(%{{.*}}) <{axes = array<i64: 1>, keepdims = 1 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %0 = graph.reduce_l2 %x {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_l2_1(
// GENERIC-LABEL: sym_name = "reduce_l2_1"
func.func @reduce_l2_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_l2 %{{.*}} {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // GENERIC: %{{.*}} = "graph.reduce_l2"(%{{.*}}) <{axes = array<i64: 0, -1>, keepdims = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %0 = graph.reduce_l2 %x {axes = array<i64: 0, -1>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  func.return
}

// CHECK-LABEL: func.func @reduce_l2_2(
// GENERIC-LABEL: sym_name = "reduce_l2_2"
func.func @reduce_l2_2(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reduce_l2 %{{.*}} : (tensor<3x2xf32>) -> tensor<1x1xf32>
  // GENERIC: %{{.*}} = "graph.reduce_l2"(%{{.*}}) <{keepdims = 1 : i64}> : (tensor<3x2xf32>) -> tensor<1x1xf32>
  %0 = graph.reduce_l2 %x : (tensor<3x2xf32>) -> tensor<1x1xf32>
  func.return
}

// CHECK-LABEL: func.func @argmax(
// GENERIC-LABEL: sym_name = "argmax"
func.func @argmax(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmax %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  // GENERIC: %{{.*}} = "graph.argmax"(%{{.*}}) <{axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  %0 = graph.argmax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  func.return
}

// CHECK-LABEL: func.func @argmax_1(
// GENERIC-LABEL: sym_name = "argmax_1"
func.func @argmax_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmax %{{.*}} {axis = -1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  // GENERIC: %{{.*}} = "graph.argmax"(%{{.*}}) <{axis = -1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  %0 = graph.argmax %x {axis = -1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  func.return
}

// CHECK-LABEL: func.func @argmax_2(
// GENERIC-LABEL: sym_name = "argmax_2"
func.func @argmax_2(%x: tensor<3x4xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmax %{{.*}} {axis = 1 : i64, select_last_index = 1 : i64} : (tensor<3x4xi32>) -> tensor<3x1xi64>
  // GENERIC: %{{.*}} = "graph.argmax"(%{{.*}}) <{axis = 1 : i64, select_last_index = 1 : i64, keepdims = 1 : i64}> : (tensor<3x4xi32>) -> tensor<3x1xi64>
  %0 = graph.argmax %x {axis = 1 : i64, select_last_index = 1 : i64} : (tensor<3x4xi32>) -> tensor<3x1xi64>
  func.return
}

// CHECK-LABEL: func.func @argmin(
// GENERIC-LABEL: sym_name = "argmin"
func.func @argmin(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmin %{{.*}} {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  // GENERIC: %{{.*}} = "graph.argmin"(%{{.*}}) <{axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  %0 = graph.argmin %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  func.return
}

// CHECK-LABEL: func.func @argmin_1(
// GENERIC-LABEL: sym_name = "argmin_1"
func.func @argmin_1(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmin %{{.*}} {axis = -1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  // GENERIC: %{{.*}} = "graph.argmin"(%{{.*}}) <{axis = -1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64}> : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  %0 = graph.argmin %x {axis = -1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3xi64>
  func.return
}

// CHECK-LABEL: func.func @argmin_2(
// GENERIC-LABEL: sym_name = "argmin_2"
func.func @argmin_2(%x: tensor<3x4xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.argmin %{{.*}} {axis = 1 : i64, select_last_index = 1 : i64} : (tensor<3x4xi32>) -> tensor<3x1xi64>
  // GENERIC: %{{.*}} = "graph.argmin"(%{{.*}}) <{axis = 1 : i64, select_last_index = 1 : i64, keepdims = 1 : i64}> : (tensor<3x4xi32>) -> tensor<3x1xi64>
  %0 = graph.argmin %x {axis = 1 : i64, select_last_index = 1 : i64} : (tensor<3x4xi32>) -> tensor<3x1xi64>
  func.return
}

// CHECK-LABEL: func.func @reshape(
// GENERIC-LABEL: sym_name = "reshape"
func.func @reshape(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.reshape %{{.*}} {shape = array<i64: 4, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
  // GENERIC: %{{.*}} = "graph.reshape"(%{{.*}}) <{shape = array<i64: 4, 6>}> : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
  %0 = graph.reshape %x {shape = array<i64: 4, 6>} : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
  func.return
}

// CHECK-LABEL: func.func @transpose(
// GENERIC-LABEL: sym_name = "transpose"
func.func @transpose(%x: tensor<2x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.transpose %{{.*}} {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  // GENERIC: %{{.*}} = "graph.transpose"(%{{.*}}) <{perm = array<i64: 2, 0, 1>}> : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  %0 = graph.transpose %x {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @concat(
// GENERIC-LABEL: sym_name = "concat"
func.func @concat(%x: tensor<2x3xf32>, %y: tensor<2x1xf32>, %z: tensor<2x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.concat %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
  // GENERIC: %{{.*}} = "graph.concat"(%{{.*}}, %{{.*}}, %{{.*}}) <{axis = 1 : i64}> : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
  %0 = graph.concat %x, %y, %z {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x4xf32>) -> tensor<2x8xf32>
  func.return
}

// CHECK-LABEL: func.func @concat_1(
// GENERIC-LABEL: sym_name = "concat_1"
func.func @concat_1(%x: tensor<1x2x2xi32>, %y: tensor<3x2x2xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.concat %{{.*}}, %{{.*}} {axis = -3 : i64} : (tensor<1x2x2xi32>, tensor<3x2x2xi32>) -> tensor<4x2x2xi32>
  // GENERIC: %{{.*}} = "graph.concat"(%{{.*}}, %{{.*}}) <{axis = -3 : i64}> : (tensor<1x2x2xi32>, tensor<3x2x2xi32>) -> tensor<4x2x2xi32>
  %0 = graph.concat %x, %y {axis = -3 : i64} : (tensor<1x2x2xi32>, tensor<3x2x2xi32>) -> tensor<4x2x2xi32>
  func.return
}

// CHECK-LABEL: func.func @concat_2(
// GENERIC-LABEL: sym_name = "concat_2"
func.func @concat_2(%x: tensor<4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.concat %{{.*}} {axis = 0 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  // GENERIC: %{{.*}} = "graph.concat"(%{{.*}}) <{axis = 0 : i64}> : (tensor<4xf32>) -> tensor<4xf32>
  %0 = graph.concat %x {axis = 0 : i64} : (tensor<4xf32>) -> tensor<4xf32>
  func.return
}

// CHECK-LABEL: func.func @split(
// GENERIC-LABEL: sym_name = "split"
func.func @split(%x: tensor<2x7xf32>) {
  // CHECK-NEXT: %{{.*}}, %{{.*}}, %{{.*}} = graph.split %{{.*}} {axis = 1 : i64, sizes = array<i64: 2, 4, 1>} : (tensor<2x7xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>, tensor<2x1xf32>)
  // GENERIC: %{{.*}}, %{{.*}}, %{{.*}} = "graph.split"(%{{.*}}) <{axis = 1 : i64, sizes = array<i64: 2, 4, 1>}> : (tensor<2x7xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>, tensor<2x1xf32>)
  %0, %1, %2 = graph.split %x {axis = 1 : i64, sizes = array<i64: 2, 4, 1>} : (tensor<2x7xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>, tensor<2x1xf32>)
  func.return
}

// CHECK-LABEL: func.func @slice(
// GENERIC-LABEL: sym_name = "slice"
func.func @slice(%x: tensor<5x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.slice %{{.*}} {starts = array<i64: 0, 1>, ends = array<i64: 2, -1>, axes = array<i64: 0, 1>, steps = array<i64: 1, 1>} : (tensor<5x6xf32>) -> tensor<2x4xf32>
  // GENERIC: %{{.*}} = "graph.slice"(%{{.*}}) <{starts = array<i64: 0, 1>, ends = array<i64: 2, -1>, axes = array<i64: 0, 1>, steps = array<i64: 1, 1>}> : (tensor<5x6xf32>) -> tensor<2x4xf32>
  %0 = graph.slice %x {starts = array<i64: 0, 1>, ends = array<i64: 2, -1>, axes = array<i64: 0, 1>, steps = array<i64: 1, 1>} : (tensor<5x6xf32>) -> tensor<2x4xf32>
  func.return
}

// CHECK-LABEL: func.func @slice_1(
// GENERIC-LABEL: sym_name = "slice_1"
func.func @slice_1(%x: tensor<4x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.slice %{{.*}} {starts = array<i64: 1>, ends = array<i64: 3>} : (tensor<4x3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.slice"(%{{.*}}) <{starts = array<i64: 1>, ends = array<i64: 3>}> : (tensor<4x3xf32>) -> tensor<2x3xf32>
  %0 = graph.slice %x {starts = array<i64: 1>, ends = array<i64: 3>} : (tensor<4x3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @gather(
// GENERIC-LABEL: sym_name = "gather"
func.func @gather(%x: tensor<5x4xf32>, %y: tensor<2x2xi64>) {
  // CHECK-NEXT: %{{.*}} = graph.gather %{{.*}}, %{{.*}} : (tensor<5x4xf32>, tensor<2x2xi64>) -> tensor<2x2x4xf32>
  // GENERIC: %{{.*}} = "graph.gather"(%{{.*}}, %{{.*}}) <{axis = 0 : i64}> : (tensor<5x4xf32>, tensor<2x2xi64>) -> tensor<2x2x4xf32>
  %0 = graph.gather %x, %y : (tensor<5x4xf32>, tensor<2x2xi64>) -> tensor<2x2x4xf32>
  func.return
}

// CHECK-LABEL: func.func @gather_1(
// GENERIC-LABEL: sym_name = "gather_1"
func.func @gather_1(%x: tensor<2x5x3xf32>, %y: tensor<3xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.gather %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x5x3xf32>, tensor<3xi32>) -> tensor<2x3x3xf32>
  // GENERIC: %{{.*}} = "graph.gather"(%{{.*}}, %{{.*}}) <{axis = 1 : i64}> : (tensor<2x5x3xf32>, tensor<3xi32>) -> tensor<2x3x3xf32>
  %0 = graph.gather %x, %y {axis = 1 : i64} : (tensor<2x5x3xf32>, tensor<3xi32>) -> tensor<2x3x3xf32>
  func.return
}

// CHECK-LABEL: func.func @gather_elements(
// GENERIC-LABEL: sym_name = "gather_elements"
func.func @gather_elements(%x: tensor<3x4xf32>, %y: tensor<3x4xi64>) {
  // CHECK-NEXT: %{{.*}} = graph.gather_elements %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x4xi64>) -> tensor<3x4xf32>
  // GENERIC: %{{.*}} = "graph.gather_elements"(%{{.*}}, %{{.*}}) <{axis = 1 : i64}> : (tensor<3x4xf32>, tensor<3x4xi64>) -> tensor<3x4xf32>
  %0 = graph.gather_elements %x, %y {axis = 1 : i64} : (tensor<3x4xf32>, tensor<3x4xi64>) -> tensor<3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @gather_elements_1(
// GENERIC-LABEL: sym_name = "gather_elements_1"
func.func @gather_elements_1(%x: tensor<3x2xi32>, %y: tensor<2x2xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.gather_elements %{{.*}}, %{{.*}} : (tensor<3x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  // GENERIC: %{{.*}} = "graph.gather_elements"(%{{.*}}, %{{.*}}) <{axis = 0 : i64}> : (tensor<3x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  %0 = graph.gather_elements %x, %y : (tensor<3x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
  func.return
}

// CHECK-LABEL: func.func @pad(
// GENERIC-LABEL: sym_name = "pad"
func.func @pad(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} {pads = array<i64: 1, 2, 0, 1>} : (tensor<4x5xf32>) -> tensor<5x8xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{pads = array<i64: 1, 2, 0, 1>, mode = #graph<pad_mode constant>}> : (tensor<4x5xf32>) -> tensor<5x8xf32>
  %0 = graph.pad %x {pads = array<i64: 1, 2, 0, 1>} : (tensor<4x5xf32>) -> tensor<5x8xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_1(
// GENERIC-LABEL: sym_name = "pad_1"
func.func @pad_1(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} {pads = array<i64: 1, 2, 0, 1>, value = 1.500000e+00 : f64} : (tensor<4x5xf32>) -> tensor<5x8xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{pads = array<i64: 1, 2, 0, 1>, value = 1.500000e+00 : f64, mode = #graph<pad_mode constant>}> : (tensor<4x5xf32>) -> tensor<5x8xf32>
  %0 = graph.pad %x {pads = array<i64: 1, 2, 0, 1>, value = 1.500000e+00 : f64} : (tensor<4x5xf32>) -> tensor<5x8xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_2(
// GENERIC-LABEL: sym_name = "pad_2"
func.func @pad_2(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} mode reflect {pads = array<i64: 2, 1, 1, 2>} : (tensor<4x5xf32>) -> tensor<7x8xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{mode = #graph<pad_mode reflect>, pads = array<i64: 2, 1, 1, 2>}> : (tensor<4x5xf32>) -> tensor<7x8xf32>
  %0 = graph.pad %x mode reflect {pads = array<i64: 2, 1, 1, 2>} : (tensor<4x5xf32>) -> tensor<7x8xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_3(
// GENERIC-LABEL: sym_name = "pad_3"
func.func @pad_3(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} mode edge {pads = array<i64: 2, 0, 3, 1>} : (tensor<4x5xf32>) -> tensor<9x6xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{mode = #graph<pad_mode edge>, pads = array<i64: 2, 0, 3, 1>}> : (tensor<4x5xf32>) -> tensor<9x6xf32>
  %0 = graph.pad %x mode edge {pads = array<i64: 2, 0, 3, 1>} : (tensor<4x5xf32>) -> tensor<9x6xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_4(
// GENERIC-LABEL: sym_name = "pad_4"
func.func @pad_4(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} mode wrap {pads = array<i64: 1, 3, 2, 0>} : (tensor<4x5xf32>) -> tensor<7x8xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{mode = #graph<pad_mode wrap>, pads = array<i64: 1, 3, 2, 0>}> : (tensor<4x5xf32>) -> tensor<7x8xf32>
  %0 = graph.pad %x mode wrap {pads = array<i64: 1, 3, 2, 0>} : (tensor<4x5xf32>) -> tensor<7x8xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_5(
// GENERIC-LABEL: sym_name = "pad_5"
func.func @pad_5(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} {pads = array<i64: -1, 1, 0, -2>} : (tensor<4x5xf32>) -> tensor<3x4xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{pads = array<i64: -1, 1, 0, -2>, mode = #graph<pad_mode constant>}> : (tensor<4x5xf32>) -> tensor<3x4xf32>
  %0 = graph.pad %x {pads = array<i64: -1, 1, 0, -2>} : (tensor<4x5xf32>) -> tensor<3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @pad_6(
// GENERIC-LABEL: sym_name = "pad_6"
func.func @pad_6(%x: tensor<4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.pad %{{.*}} mode reflect {pads = array<i64: -1, 1, 1, -2>} : (tensor<4x5xf32>) -> tensor<4x4xf32>
  // GENERIC: %{{.*}} = "graph.pad"(%{{.*}}) <{mode = #graph<pad_mode reflect>, pads = array<i64: -1, 1, 1, -2>}> : (tensor<4x5xf32>) -> tensor<4x4xf32>
  %0 = graph.pad %x mode reflect {pads = array<i64: -1, 1, 1, -2>} : (tensor<4x5xf32>) -> tensor<4x4xf32>
  func.return
}

// CHECK-LABEL: func.func @expand(
// GENERIC-LABEL: sym_name = "expand"
func.func @expand(%x: tensor<3x1xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.expand %{{.*}} {shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  // GENERIC: %{{.*}} = "graph.expand"(%{{.*}}) <{shape = array<i64: 2, 3, 4>}> : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  %0 = graph.expand %x {shape = array<i64: 2, 3, 4>} : (tensor<3x1xf32>) -> tensor<2x3x4xf32>
  func.return
}

// CHECK-LABEL: func.func @squeeze(
// GENERIC-LABEL: sym_name = "squeeze"
func.func @squeeze(%x: tensor<1x3x1x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.squeeze %{{.*}} {axes = array<i64: 0, -2>} : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  // GENERIC: %{{.*}} = "graph.squeeze"(%{{.*}}) <{axes = array<i64: 0, -2>}> : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  %0 = graph.squeeze %x {axes = array<i64: 0, -2>} : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  func.return
}

// CHECK-LABEL: func.func @squeeze_1(
// GENERIC-LABEL: sym_name = "squeeze_1"
func.func @squeeze_1(%x: tensor<1x3x1x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.squeeze %{{.*}} : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  // GENERIC: %{{.*}} = "graph.squeeze"(%{{.*}}) : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  %0 = graph.squeeze %x : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  func.return
}

// CHECK-LABEL: func.func @unsqueeze(
// GENERIC-LABEL: sym_name = "unsqueeze"
func.func @unsqueeze(%x: tensor<3x2xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.unsqueeze %{{.*}} {axes = array<i64: 0, 3>} : (tensor<3x2xf32>) -> tensor<1x3x2x1xf32>
  // GENERIC: %{{.*}} = "graph.unsqueeze"(%{{.*}}) <{axes = array<i64: 0, 3>}> : (tensor<3x2xf32>) -> tensor<1x3x2x1xf32>
  %0 = graph.unsqueeze %x {axes = array<i64: 0, 3>} : (tensor<3x2xf32>) -> tensor<1x3x2x1xf32>
  func.return
}

// CHECK-LABEL: func.func @flatten(
// GENERIC-LABEL: sym_name = "flatten"
func.func @flatten(%x: tensor<2x3x4x5xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.flatten %{{.*}} {axis = 2 : i64} : (tensor<2x3x4x5xf32>) -> tensor<6x20xf32>
  // GENERIC: %{{.*}} = "graph.flatten"(%{{.*}}) <{axis = 2 : i64}> : (tensor<2x3x4x5xf32>) -> tensor<6x20xf32>
  %0 = graph.flatten %x {axis = 2 : i64} : (tensor<2x3x4x5xf32>) -> tensor<6x20xf32>
  func.return
}

// CHECK-LABEL: func.func @flatten_1(
// GENERIC-LABEL: sym_name = "flatten_1"
func.func @flatten_1(%x: tensor<2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.flatten %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.flatten"(%{{.*}}) <{axis = 1 : i64}> : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %0 = graph.flatten %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @tile(
// GENERIC-LABEL: sym_name = "tile"
func.func @tile(%x: tensor<2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.tile %{{.*}} {repeats = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  // GENERIC: %{{.*}} = "graph.tile"(%{{.*}}) <{repeats = array<i64: 2, 3>}> : (tensor<2x3xf32>) -> tensor<4x9xf32>
  %0 = graph.tile %x {repeats = array<i64: 2, 3>} : (tensor<2x3xf32>) -> tensor<4x9xf32>
  func.return
}

// CHECK-LABEL: func.func @resize(
// GENERIC-LABEL: sym_name = "resize"
func.func @resize(%x: tensor<1x1x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} {sizes = array<i64: 1, 1, 6, 8>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{sizes = array<i64: 1, 1, 6, 8>, mode = #graph<resize_mode nearest>, coordinate_transformation_mode = #graph<coordinate_transformation_mode half_pixel>, nearest_mode = #graph<nearest_mode round_prefer_floor>}> : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  %0 = graph.resize %x {sizes = array<i64: 1, 1, 6, 8>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_1(
// GENERIC-LABEL: sym_name = "resize_1"
func.func @resize_1(%x: tensor<1x1x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} nearest_mode round_prefer_ceil {sizes = array<i64: 1, 1, 7, 5>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{nearest_mode = #graph<nearest_mode round_prefer_ceil>, sizes = array<i64: 1, 1, 7, 5>, mode = #graph<resize_mode nearest>, coordinate_transformation_mode = #graph<coordinate_transformation_mode half_pixel>}> : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  %0 = graph.resize %x nearest_mode round_prefer_ceil {sizes = array<i64: 1, 1, 7, 5>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x7x5xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_2(
// GENERIC-LABEL: sym_name = "resize_2"
func.func @resize_2(%x: tensor<1x2x4x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} coordinate_transformation_mode asymmetric nearest_mode floor {sizes = array<i64: 1, 2, 3, 6>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x3x6xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{coordinate_transformation_mode = #graph<coordinate_transformation_mode asymmetric>, nearest_mode = #graph<nearest_mode floor>, sizes = array<i64: 1, 2, 3, 6>, mode = #graph<resize_mode nearest>}> : (tensor<1x2x4x4xf32>) -> tensor<1x2x3x6xf32>
  %0 = graph.resize %x coordinate_transformation_mode asymmetric nearest_mode floor {sizes = array<i64: 1, 2, 3, 6>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x3x6xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_3(
// GENERIC-LABEL: sym_name = "resize_3"
func.func @resize_3(%x: tensor<1x2x5x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} coordinate_transformation_mode align_corners nearest_mode ceil {sizes = array<i64: 1, 2, 2, 7>} : (tensor<1x2x5x3xf32>) -> tensor<1x2x2x7xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{coordinate_transformation_mode = #graph<coordinate_transformation_mode align_corners>, nearest_mode = #graph<nearest_mode ceil>, sizes = array<i64: 1, 2, 2, 7>, mode = #graph<resize_mode nearest>}> : (tensor<1x2x5x3xf32>) -> tensor<1x2x2x7xf32>
  %0 = graph.resize %x coordinate_transformation_mode align_corners nearest_mode ceil {sizes = array<i64: 1, 2, 2, 7>} : (tensor<1x2x5x3xf32>) -> tensor<1x2x2x7xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_4(
// GENERIC-LABEL: sym_name = "resize_4"
func.func @resize_4(%x: tensor<2x1x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} coordinate_transformation_mode pytorch_half_pixel {sizes = array<i64: 2, 1, 9>} : (tensor<2x1x4xf32>) -> tensor<2x1x9xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{coordinate_transformation_mode = #graph<coordinate_transformation_mode pytorch_half_pixel>, sizes = array<i64: 2, 1, 9>, mode = #graph<resize_mode nearest>, nearest_mode = #graph<nearest_mode round_prefer_floor>}> : (tensor<2x1x4xf32>) -> tensor<2x1x9xf32>
  %0 = graph.resize %x coordinate_transformation_mode pytorch_half_pixel {sizes = array<i64: 2, 1, 9>} : (tensor<2x1x4xf32>) -> tensor<2x1x9xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_5(
// GENERIC-LABEL: sym_name = "resize_5"
func.func @resize_5(%x: tensor<1x1x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} mode linear {sizes = array<i64: 1, 1, 6, 8>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{mode = #graph<resize_mode linear>, sizes = array<i64: 1, 1, 6, 8>, coordinate_transformation_mode = #graph<coordinate_transformation_mode half_pixel>, nearest_mode = #graph<nearest_mode round_prefer_floor>}> : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  %0 = graph.resize %x mode linear {sizes = array<i64: 1, 1, 6, 8>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x6x8xf32>
  func.return
}

// CHECK-LABEL: func.func @resize_6(
// GENERIC-LABEL: sym_name = "resize_6"
func.func @resize_6(%x: tensor<1x1x3x4xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.resize %{{.*}} mode linear coordinate_transformation_mode align_corners {sizes = array<i64: 1, 1, 5, 2>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x5x2xf32>
  // GENERIC: %{{.*}} = "graph.resize"(%{{.*}}) <{mode = #graph<resize_mode linear>, coordinate_transformation_mode = #graph<coordinate_transformation_mode align_corners>, sizes = array<i64: 1, 1, 5, 2>, nearest_mode = #graph<nearest_mode round_prefer_floor>}> : (tensor<1x1x3x4xf32>) -> tensor<1x1x5x2xf32>
  %0 = graph.resize %x mode linear coordinate_transformation_mode align_corners {sizes = array<i64: 1, 1, 5, 2>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x5x2xf32>
  func.return
}

// CHECK-LABEL: func.func @identity(
// GENERIC-LABEL: sym_name = "identity"
func.func @identity(%x: tensor<2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.identity %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.identity"(%{{.*}}) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %0 = graph.identity %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @fill(
// GENERIC-LABEL: sym_name = "fill"
func.func @fill() {
  // CHECK-NEXT: %{{.*}} = graph.fill {shape = array<i64: 2, 3>, value = 1.500000e+00 : f64, element = f32} : tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.fill"() <{shape = array<i64: 2, 3>, value = 1.500000e+00 : f64, element = f32}> : () -> tensor<2x3xf32>
  %0 = graph.fill {shape = array<i64: 2, 3>, value = 1.500000e+00 : f64, element = f32} : tensor<2x3xf32>
  func.return
}

// CHECK-LABEL: func.func @range(
// GENERIC-LABEL: sym_name = "range"
func.func @range() {
  // CHECK-NEXT: %{{.*}} = graph.range {start = 1.000000e+00 : f64, limit = 3.100000e+00 : f64, delta = 5.000000e-01 : f64, element = f32} : tensor<5xf32>
  // GENERIC: %{{.*}} = "graph.range"() <{start = 1.000000e+00 : f64, limit = 3.100000e+00 : f64, delta = 5.000000e-01 : f64, element = f32}> : () -> tensor<5xf32>
  %0 = graph.range {start = 1.000000e+00 : f64, limit = 3.100000e+00 : f64, delta = 5.000000e-01 : f64, element = f32} : tensor<5xf32>
  func.return
}

// CHECK-LABEL: func.func @sizes(
// GENERIC-LABEL: sym_name = "sizes"
func.func @sizes(%x: tensor<?x?x4xf32, #graph.dims<"batch", "seq">>) {
  // CHECK-NEXT: %{{.*}} = graph.sizes {values = array<i64: 2, 3>} : tensor<2xi64>
  // GENERIC: %{{.*}} = "graph.sizes"() <{values = array<i64: 2, 3>}> : () -> tensor<2xi64>
  %0 = graph.sizes {values = array<i64: 2, 3>} : tensor<2xi64>
  // CHECK-NEXT: %{{.*}} = graph.sizes {values = ["batch*seq", "4"]} : tensor<2xi64>
  // GENERIC: %{{.*}} = "graph.sizes"() <{values = ["batch*seq", "4"]}> : () -> tensor<2xi64>
  %1 = graph.sizes {values = ["batch*seq", "4"]} : tensor<2xi64>
  func.return
}

// CHECK-LABEL: func.func @constant(
// GENERIC-LABEL: sym_name = "constant"
func.func @constant() {
  // CHECK-NEXT: %{{.*}} = graph.constant dense<1.000000e+00> : tensor<2x3xf32>
  // GENERIC: %{{.*}} = "graph.constant"() <{value = dense<1.000000e+00> : tensor<2x3xf32>}> : () -> tensor<2x3xf32>
  %0 = graph.constant dense<1.000000e+00> : tensor<2x3xf32>
  // CHECK-NEXT: %{{.*}} = graph.constant dense<[1, -2, 3]> : tensor<3xi32>
  // GENERIC: %{{.*}} = "graph.constant"() <{value = dense<[1, -2, 3]> : tensor<3xi32>}> : () -> tensor<3xi32>
  %1 = graph.constant dense<[1, -2, 3]> : tensor<3xi32>
  // CHECK-NEXT: %{{.*}} = graph.constant dense<2.500000e+00> : tensor<f32>
  // GENERIC: %{{.*}} = "graph.constant"() <{value = dense<2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
  %2 = graph.constant dense<2.500000e+00> : tensor<f32>
  // CHECK-NEXT: %{{.*}} = graph.constant dense<[true, false]> : tensor<2xi1>
  // GENERIC: %{{.*}} = "graph.constant"() <{value = dense<[true, false]> : tensor<2xi1>}> : () -> tensor<2xi1>
  %3 = graph.constant dense<[true, false]> : tensor<2xi1>
  // CHECK-NEXT: %{{.*}} = graph.constant dense<{{\[\[}}1.500000e+00, 2.000000e+00], [-3.000000e+00, 2.500000e-01]]> : tensor<2x2xf32>
  // GENERIC: %{{.*}} = "graph.constant"() <{value = dense<{{\[\[}}1.500000e+00, 2.000000e+00], [-3.000000e+00, 2.500000e-01]]> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
  %4 = graph.constant dense<[[1.500000e+00, 2.000000e+00], [-3.000000e+00, 2.500000e-01]]> : tensor<2x2xf32>
  func.return
}

// CHECK-LABEL: func.func @bitwise_and(
// GENERIC-LABEL: sym_name = "bitwise_and"
func.func @bitwise_and(%x: tensor<2x3xi32>, %y: tensor<3xi32>) {
  // CHECK-NEXT: %{{.*}} = graph.bitwise_and %{{.*}}, %{{.*}} : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  // GENERIC: %{{.*}} = "graph.bitwise_and"(%{{.*}}, %{{.*}}) : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  %0 = graph.bitwise_and %x, %y : (tensor<2x3xi32>, tensor<3xi32>) -> tensor<2x3xi32>
  func.return
}

// CHECK-LABEL: func.func @bitwise_or(
// GENERIC-LABEL: sym_name = "bitwise_or"
func.func @bitwise_or(%x: tensor<2x3xui8>, %y: tensor<3xui8>) {
  // CHECK-NEXT: %{{.*}} = graph.bitwise_or %{{.*}}, %{{.*}} : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  // GENERIC: %{{.*}} = "graph.bitwise_or"(%{{.*}}, %{{.*}}) : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  %0 = graph.bitwise_or %x, %y : (tensor<2x3xui8>, tensor<3xui8>) -> tensor<2x3xui8>
  func.return
}

// CHECK-LABEL: func.func @bitwise_xor(
// GENERIC-LABEL: sym_name = "bitwise_xor"
func.func @bitwise_xor(%x: tensor<2x3xi64>, %y: tensor<3xi64>) {
  // CHECK-NEXT: %{{.*}} = graph.bitwise_xor %{{.*}}, %{{.*}} : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  // GENERIC: %{{.*}} = "graph.bitwise_xor"(%{{.*}}, %{{.*}}) : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  %0 = graph.bitwise_xor %x, %y : (tensor<2x3xi64>, tensor<3xi64>) -> tensor<2x3xi64>
  func.return
}

// CHECK-LABEL: func.func @shift_left(
// GENERIC-LABEL: sym_name = "shift_left"
func.func @shift_left(%x: tensor<2x3xui16>, %y: tensor<3xui16>) {
  // CHECK-NEXT: %{{.*}} = graph.shift_left %{{.*}}, %{{.*}} : (tensor<2x3xui16>, tensor<3xui16>) -> tensor<2x3xui16>
  // GENERIC: %{{.*}} = "graph.shift_left"(%{{.*}}, %{{.*}}) : (tensor<2x3xui16>, tensor<3xui16>) -> tensor<2x3xui16>
  %0 = graph.shift_left %x, %y : (tensor<2x3xui16>, tensor<3xui16>) -> tensor<2x3xui16>
  func.return
}

// CHECK-LABEL: func.func @shift_right(
// GENERIC-LABEL: sym_name = "shift_right"
func.func @shift_right(%x: tensor<2x3xi8>, %y: tensor<3xi8>) {
  // CHECK-NEXT: %{{.*}} = graph.shift_right %{{.*}}, %{{.*}} : (tensor<2x3xi8>, tensor<3xi8>) -> tensor<2x3xi8>
  // GENERIC: %{{.*}} = "graph.shift_right"(%{{.*}}, %{{.*}}) : (tensor<2x3xi8>, tensor<3xi8>) -> tensor<2x3xi8>
  %0 = graph.shift_right %x, %y : (tensor<2x3xi8>, tensor<3xi8>) -> tensor<2x3xi8>
  func.return
}

// CHECK-LABEL: func.func @acos(
// GENERIC-LABEL: sym_name = "acos"
func.func @acos(%x: tensor<2x6xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.acos %{{.*}} : (tensor<2x6xf32>) -> tensor<2x6xf32>
  // GENERIC: %{{.*}} = "graph.acos"(%{{.*}}) : (tensor<2x6xf32>) -> tensor<2x6xf32>
  %0 = graph.acos %x : (tensor<2x6xf32>) -> tensor<2x6xf32>
  func.return
}

// CHECK-LABEL: func.func @asin(
// GENERIC-LABEL: sym_name = "asin"
func.func @asin(%x: tensor<2x6xf64>) {
  // CHECK-NEXT: %{{.*}} = graph.asin %{{.*}} : (tensor<2x6xf64>) -> tensor<2x6xf64>
  // GENERIC: %{{.*}} = "graph.asin"(%{{.*}}) : (tensor<2x6xf64>) -> tensor<2x6xf64>
  %0 = graph.asin %x : (tensor<2x6xf64>) -> tensor<2x6xf64>
  func.return
}

// CHECK-LABEL: func.func @atan(
// GENERIC-LABEL: sym_name = "atan"
func.func @atan(%x: tensor<2x6xf16>) {
  // CHECK-NEXT: %{{.*}} = graph.atan %{{.*}} : (tensor<2x6xf16>) -> tensor<2x6xf16>
  // GENERIC: %{{.*}} = "graph.atan"(%{{.*}}) : (tensor<2x6xf16>) -> tensor<2x6xf16>
  %0 = graph.atan %x : (tensor<2x6xf16>) -> tensor<2x6xf16>
  func.return
}

// CHECK-LABEL: func.func @bitwise_not(
// GENERIC-LABEL: sym_name = "bitwise_not"
func.func @bitwise_not(%x: tensor<2x6xui32>) {
  // CHECK-NEXT: %{{.*}} = graph.bitwise_not %{{.*}} : (tensor<2x6xui32>) -> tensor<2x6xui32>
  // GENERIC: %{{.*}} = "graph.bitwise_not"(%{{.*}}) : (tensor<2x6xui32>) -> tensor<2x6xui32>
  %0 = graph.bitwise_not %x : (tensor<2x6xui32>) -> tensor<2x6xui32>
  func.return
}

// CHECK-LABEL: func.func @bitcast(
// GENERIC-LABEL: sym_name = "bitcast"
func.func @bitcast(%x: tensor<2x3xf32>) {
  // CHECK-NEXT: %{{.*}} = graph.bitcast %{{.*}} {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  // GENERIC: %{{.*}} = "graph.bitcast"(%{{.*}}) <{to = i32}> : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %0 = graph.bitcast %x {to = i32} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  func.return
}

// A constant whose bytes live in a dense_resource blob (little-endian, 4-byte alignment header).
// CHECK-LABEL: func.func @constant_resource(
// CHECK-NEXT: %{{.*}} = graph.constant dense_resource<w0> : tensor<2xf32>
// CHECK: w0: "0x400000000000803F00000040"
// GENERIC-LABEL: sym_name = "constant_resource"
// GENERIC: "graph.constant"() <{value = dense_resource<w0> : tensor<2xf32>}> : () -> tensor<2xf32>
// GENERIC: w0: "0x400000000000803F00000040"
func.func @constant_resource() {
  %0 = graph.constant dense_resource<w0> : tensor<2xf32>
  func.return
}

{-#
  dialect_resources: {
    builtin: {
      w0: "0x400000000000803F00000040"
    }
  }
#-}
