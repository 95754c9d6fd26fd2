// REQUIRES: mlir-opt-22
// uint16/32/64 and bf16 through the lowering: from the tensor stage on, unsigned integers are
// signless storage with unsigned ops, and bf16 is i16 storage whose conversions are integer
// code (bf16 -> f32 a shift, f32 -> bf16 rounded to nearest even); upstream MLIR accepts each
// stage.
// RUN: ember-opt %s | filecheck %s --check-prefix=GRAPH
// RUN: ember-opt %s -p graph-promote-bfloat16,convert-graph-to-linalg | filecheck %s --check-prefix=TENSOR
// RUN: ember-opt %s -p graph-promote-bfloat16,convert-graph-to-linalg | mlir-opt-22 | filecheck %s --check-prefix=UPSTREAM
// RUN: ember-opt %s -p lower-to-loops | mlir-opt-22 | filecheck %s --check-prefix=LOOPS

// GRAPH-LABEL: func.func @main(%a: tensor<8xui32>, %b: tensor<8xui64>, %h: tensor<8xbf16>)
// GRAPH:         graph.div %a, %a : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
// GRAPH:         graph.less %b, %b : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xi1>
// GRAPH:         graph.cast %a {to = f32} : (tensor<8xui32>) -> tensor<8xf32>
// GRAPH:         graph.mul %h, %h : (tensor<8xbf16>, tensor<8xbf16>) -> tensor<8xbf16>
// GRAPH:         graph.cast %{{.*}} {to = ui16} : (tensor<8xbf16>) -> tensor<8xui16>

// TENSOR-LABEL: func.func @main(%{{.*}}: tensor<8xi32>, %{{.*}}: tensor<8xi64>, %{{.*}}: tensor<8xi16>) -> (tensor<8xi32>, tensor<8xi1>, tensor<8xf32>, tensor<8xi16>, tensor<8xi16>)
// TENSOR:         arith.divui
// TENSOR:         arith.cmpi ult
// TENSOR:         arith.uitofp
// TENSOR:         arith.shli
// TENSOR:         arith.mulf {{.*}} : f32
// TENSOR:         arith.cmpf uno
// TENSOR:         arith.trunci {{.*}} : i32 to i16
// TENSOR:         arith.fptoui {{.*}} : f32 to i16
// TENSOR-NOT:     bf16

// UPSTREAM-LABEL: func.func @main
// LOOPS-LABEL:    func.func @main
// LOOPS:            scf.for
func.func @main(%a: tensor<8xui32>, %b: tensor<8xui64>, %h: tensor<8xbf16>) -> (tensor<8xui32>, tensor<8xi1>, tensor<8xf32>, tensor<8xbf16>, tensor<8xui16>) {
  %q = graph.div %a, %a : (tensor<8xui32>, tensor<8xui32>) -> tensor<8xui32>
  %l = graph.less %b, %b : (tensor<8xui64>, tensor<8xui64>) -> tensor<8xi1>
  %f = graph.cast %a {to = f32} : (tensor<8xui32>) -> tensor<8xf32>
  %m = graph.mul %h, %h : (tensor<8xbf16>, tensor<8xbf16>) -> tensor<8xbf16>
  %u = graph.cast %m {to = ui16} : (tensor<8xbf16>) -> tensor<8xui16>
  func.return %q, %l, %f, %m, %u : tensor<8xui32>, tensor<8xi1>, tensor<8xf32>, tensor<8xbf16>, tensor<8xui16>
}
