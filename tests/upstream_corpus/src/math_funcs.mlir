// math dialect functions on scalars and vectors.
func.func @math(%x: f32, %y: f64, %v: vector<4xf32>) -> (f32, f64, vector<4xf32>) {
  %a = math.exp %x : f32
  %b = math.log %a : f32
  %c = math.tanh %b : f32
  %d = math.sqrt %c : f32
  %e = math.powf %d, %x : f32
  %f = math.erf %e : f32
  %g = math.fma %f, %x, %a : f32
  %h = math.atan2 %g, %x : f32
  %i = math.absf %h : f32
  %j = math.floor %i : f32
  %k = math.rsqrt %j : f32
  %l = math.sin %y : f64
  %m = math.cos %l : f64
  %n = math.exp2 %m : f64
  %o = math.log1p %n : f64
  %p = math.tanh %v : vector<4xf32>
  %q = math.exp %p : vector<4xf32>
  %r = math.fma %q, %p, %v : vector<4xf32>
  return %k, %o, %r : f32, f64, vector<4xf32>
}
