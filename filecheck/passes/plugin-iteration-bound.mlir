// RUN: not ember-opt %s --load-pass-plugin %S/Inputs/looping_passes.py -p "ping-pong{max-iterations=6}" 2>&1 | filecheck %s

// One line, no traceback, naming the pass, the bound, the patterns and the option to raise it.
// CHECK: error: ping-pong: rewriting did not reach a fixpoint after 6 iterations; still firing in the last ones: abs-to-relu (x{{[0-9]+}}), relu-to-abs (x{{[0-9]+}}); these patterns probably undo each other (or raise the bound: ping-pong{max-iterations=N})
// CHECK-NOT: Traceback
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = graph.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  func.return %a : tensor<4xf32>
}
