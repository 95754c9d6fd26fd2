// REQUIRES: llvmlite
// RUN: %python -c "import numpy as np; np.save('%t.npy', np.ones((4, 8), np.float32))"
// RUN: ember-run %s --input x=%t.npy | filecheck %s
// RUN: ember-run %s --input x=%t.npy --reference | filecheck %s

// relu(1 * 8 * 0.125 + 0.5) = 1.5 per hidden unit; 16 * 1.5 * -0.25 + 1 = -5 per output.
// CHECK: tensor<4x2> float32 min=-5 max=-5 mean=-5
func.func @main(%x: tensor<4x8xf32>) -> tensor<4x2xf32> {
  %w1 = graph.constant dense<0.125> : tensor<8x16xf32>
  %b1 = graph.constant dense<0.5> : tensor<16xf32>
  %w2 = graph.constant dense<-0.25> : tensor<16x2xf32>
  %b2 = graph.constant dense<1.0> : tensor<2xf32>
  %0 = graph.matmul %x, %w1 : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %1 = graph.add %0, %b1 : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>
  %2 = graph.relu %1 : (tensor<4x16xf32>) -> tensor<4x16xf32>
  %3 = graph.matmul %2, %w2 : (tensor<4x16xf32>, tensor<16x2xf32>) -> tensor<4x2xf32>
  %4 = graph.add %3, %b2 : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  func.return %4 : tensor<4x2xf32>
}
