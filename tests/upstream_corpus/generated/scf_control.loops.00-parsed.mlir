module {
  func.func @sum_to(%arg0: index) -> i64 {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c0_i64 = arith.constant 0 : i64
    %0 = scf.for %arg1 = %c0 to %arg0 step %c1 iter_args(%arg2 = %c0_i64) -> (i64) {
      %1 = arith.index_cast %arg1 : index to i64
      %c2_i64 = arith.constant 2 : i64
      %2 = arith.remsi %1, %c2_i64 : i64
      %3 = arith.cmpi eq, %2, %c0_i64 : i64
      %4 = scf.if %3 -> (i64) {
        %5 = arith.addi %arg2, %1 : i64
        scf.yield %5 : i64
      } else {
        %5 = arith.subi %arg2, %1 : i64
        scf.yield %5 : i64
      }
      scf.yield %4 : i64
    }
    return %0 : i64
  }
  func.func @collatz(%arg0: i32) -> i32 {
    %c1_i32 = arith.constant 1 : i32
    %0:2 = scf.while (%arg1 = %arg0, %arg2 = %c1_i32) : (i32, i32) -> (i32, i32) {
      %1 = arith.cmpi sgt, %arg1, %c1_i32 : i32
      scf.condition(%1) %arg1, %arg2 : i32, i32
    } do {
    ^bb0(%arg1: i32, %arg2: i32):
      %c2_i32 = arith.constant 2 : i32
      %1 = arith.divui %arg1, %c2_i32 : i32
      %2 = arith.addi %arg2, %c1_i32 : i32
      scf.yield %1, %2 : i32, i32
    }
    return %0#1 : i32
  }
  func.func @switch(%arg0: index, %arg1: f32) -> f32 {
    %0 = scf.index_switch %arg0 -> f32 
    case 0 {
      %1 = arith.negf %arg1 : f32
      scf.yield %1 : f32
    }
    case 1 {
      %1 = arith.mulf %arg1, %arg1 : f32
      scf.yield %1 : f32
    }
    default {
      scf.yield %arg1 : f32
    }
    return %0 : f32
  }
}

