// RUN: ember-opt %s --load-pass-plugin %S/Inputs/my_passes.py -p my-simplify --split-input-file | filecheck %s
// RUN: ember-opt --load-pass-plugin %S/Inputs/my_passes.py --help | filecheck %s --check-prefix=HELP
// RUN: ember-opt %s --load-pass-plugin %S/Inputs/my_passes.py -p "apply-patterns{patterns=relu-of-relu,transpose-pair}" --split-input-file | filecheck %s
// RUN: ember-opt %s --load-pass-plugin %S/Inputs/my_passes.py -p my-simplify --split-input-file --debug-rewrites 2>&1 >/dev/null | filecheck %s --check-prefix=DEBUG

// HELP: my-simplify {{ +}}Remove a repeated relu and transpose pairs that cancel.
// HELP: patterns of pattern passes
// HELP: my-simplify: relu-of-relu, transpose-pair

// CHECK-LABEL: func.func @relu_relu
// CHECK-NEXT:    %[[R:.*]] = graph.relu %x
// CHECK-NEXT:    func.return %[[R]]
// DEBUG: [rewrite] my-simplify: relu-of-relu on 'graph.relu' at {{.*}}plugin.mlir:[[# @LINE + 3]]:3
func.func @relu_relu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %b = graph.relu %a : (tensor<4xf32>) -> tensor<4xf32>
  func.return %b : tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_inverse
// CHECK-NEXT:    func.return %x
// DEBUG: [rewrite] my-simplify: transpose-pair on 'graph.transpose' at {{.*}}plugin.mlir:[[# @LINE + 3]]:3
func.func @transpose_inverse(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %a = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %b = graph.transpose %a {perm = array<i64: 2, 0, 1>} : (tensor<3x4x2xf32>) -> tensor<2x3x4xf32>
  func.return %b : tensor<2x3x4xf32>
}

// -----

// Negative: the perms compose to (2, 1, 0), not the identity; nothing fires.
// CHECK-LABEL: func.func @transpose_not_inverse
// CHECK-NEXT:    graph.transpose %x
// CHECK-NEXT:    graph.transpose
// CHECK-NEXT:    func.return
// DEBUG: [decline] my-simplify: transpose-pair on 'graph.transpose' at {{.*}}plugin.mlir:[[# @LINE + 3]]:3: constraint perms_compose_to_identity failed
func.func @transpose_not_inverse(%x: tensor<2x3x4xf32>) -> tensor<4x3x2xf32> {
  %a = graph.transpose %x {perm = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %b = graph.transpose %a {perm = array<i64: 1, 0, 2>} : (tensor<3x4x2xf32>) -> tensor<4x3x2xf32>
  func.return %b : tensor<4x3x2xf32>
}

// -----

// Negative: a single relu stays.
// CHECK-LABEL: func.func @one_relu
// CHECK-NEXT:    graph.relu %x
// CHECK-NEXT:    func.return
func.func @one_relu(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return %a : tensor<4xf32>
}
