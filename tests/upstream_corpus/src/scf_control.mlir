// scf.for with iter_args, scf.while, scf.if with results, index_switch.
func.func @sum_to(%n: index) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %ii = arith.index_cast %i : index to i64
    %two = arith.constant 2 : i64
    %rem = arith.remsi %ii, %two : i64
    %even = arith.cmpi eq, %rem, %z : i64
    %v = scf.if %even -> (i64) {
      %s = arith.addi %acc, %ii : i64
      scf.yield %s : i64
    } else {
      %s = arith.subi %acc, %ii : i64
      scf.yield %s : i64
    }
    scf.yield %v : i64
  }
  return %r : i64
}

func.func @collatz(%x0: i32) -> i32 {
  %one = arith.constant 1 : i32
  %r:2 = scf.while (%x = %x0, %steps = %one) : (i32, i32) -> (i32, i32) {
    %c = arith.cmpi sgt, %x, %one : i32
    scf.condition(%c) %x, %steps : i32, i32
  } do {
  ^bb0(%x: i32, %steps: i32):
    %two = arith.constant 2 : i32
    %h = arith.divui %x, %two : i32
    %s = arith.addi %steps, %one : i32
    scf.yield %h, %s : i32, i32
  }
  return %r#1 : i32
}

func.func @switch(%k: index, %a: f32) -> f32 {
  %r = scf.index_switch %k -> f32
  case 0 {
    %n = arith.negf %a : f32
    scf.yield %n : f32
  }
  case 1 {
    %m = arith.mulf %a, %a : f32
    scf.yield %m : f32
  }
  default {
    scf.yield %a : f32
  }
  return %r : f32
}
