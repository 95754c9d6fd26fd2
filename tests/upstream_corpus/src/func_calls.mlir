// func calls, call_indirect, private declarations, arith variety (remf, select, casts).
func.func private @ext(f32) -> f32
func.func @square(%x: f32) -> f32 {
  %y = arith.mulf %x, %x : f32
  return %y : f32
}
func.func @calls(%x: f32, %i: i32) -> (f32, i64, f64) {
  %f = constant @square : (f32) -> f32
  %a = call_indirect %f(%x) : (f32) -> f32
  %b = call @square(%a) : (f32) -> f32
  %c = call @ext(%b) : (f32) -> f32
  %r = arith.remf %c, %x : f32
  %cmp = arith.cmpf olt, %r, %x : f32
  %s = arith.select %cmp, %r, %x : f32
  %w = arith.extsi %i : i32 to i64
  %u = arith.uitofp %i : i32 to f32
  %m = arith.minimumf %s, %u : f32
  %d = arith.extf %m : f32 to f64
  %sh = arith.shli %w, %w : i64
  %xo = arith.xori %sh, %w : i64
  %fl = arith.floordivsi %xo, %w : i64
  return %m, %fl, %d : f32, i64, f64
}
