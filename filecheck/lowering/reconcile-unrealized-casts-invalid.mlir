// RUN: ember-opt %s -p reconcile-unrealized-casts --verify-diagnostics

// A cast with no inverse means some conversion is missing: an error, not a warning.
func.func @lonely(%x: index) -> i64 {
  // expected-error @+1 {{reconcile-unrealized-casts: failed to legalize cast index -> i64 (from a block argument, used by func.return) on 'builtin.unrealized_conversion_cast'}}
  %0 = builtin.unrealized_conversion_cast %x : index to i64
  func.return %0 : i64
}
