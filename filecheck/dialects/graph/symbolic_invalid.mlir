// Symbolic dims still catch real mismatches, each error at its op.
// RUN: ember-opt %s --split-input-file --verify-diagnostics

// Two different symbols are not known to be equal.
// expected-error @+2 {{'graph.add' op shapes (batch, 4), (seq, 4) do not broadcast}}
func.func @different_symbols(%a: tensor<?x4xf32, #graph.dims<"batch">>, %b: tensor<?x4xf32, #graph.dims<"seq">>) {
  %0 = graph.add %a, %b : (tensor<?x4xf32, #graph.dims<"batch">>, tensor<?x4xf32, #graph.dims<"seq">>) -> tensor<?x4xf32, #graph.dims<"batch">>
  func.return
}

// -----

// A reshape must keep the element count, symbolically.
// expected-error @+2 {{'graph.reshape' op cannot reshape (batch, 6) (6*batch elements) to (batch, 4)}}
func.func @reshape_count(%a: tensor<?x6xf32, #graph.dims<"batch">>) {
  %0 = graph.reshape %a {shape = ["batch", "4"]} : (tensor<?x6xf32, #graph.dims<"batch">>) -> tensor<?x4xf32, #graph.dims<"batch">>
  func.return
}

// -----

// Without a declared range, seq may exceed the table's 64 rows: the slice size is undecidable.
// expected-error @+2 {{'graph.slice' op cannot decide whether seq <= 64 for every size of seq}}
func.func @undecidable(%t: tensor<64x8xf32>) {
  %0 = graph.slice %t {starts = array<i64: 0>, ends = ["seq"], axes = array<i64: 0>} : (tensor<64x8xf32>) -> tensor<?x8xf32, #graph.dims<"seq">>
  func.return
}

// -----

// The result type must name the inferred expression.
// expected-error @+2 {{'graph.relu' op result type tensor<?x4xf32, #graph.dims<"seq">> does not match the inferred type tensor<?x4xf32, #graph.dims<"batch">>}}
func.func @wrong_name(%a: tensor<?x4xf32, #graph.dims<"batch">>) {
  %0 = graph.relu %a : (tensor<?x4xf32, #graph.dims<"batch">>) -> tensor<?x4xf32, #graph.dims<"seq">>
  func.return
}

// -----

// A #graph.dims entry must be an expression of names.
// expected-error @+1 {{'2 +' is not a dim expression}}
func.func @bad_expr(%a: tensor<?x4xf32, #graph.dims<"2 +">>) {
  func.return
}
