// affine loops, loads/stores, apply, min/max, if.
#map = affine_map<(d0) -> (d0 * 2 + 1)>
func.func @affine(%a: memref<16xf32>, %b: memref<33xf32>, %n: index) {
  affine.for %i = 0 to 16 {
    %v = affine.load %a[%i] : memref<16xf32>
    %j = affine.apply #map(%i)
    affine.store %v, %b[%j] : memref<33xf32>
  }
  affine.for %i = 0 to min affine_map<(d0) -> (d0, 16)>(%n) step 4 {
    affine.if affine_set<(d0) : (d0 - 8 >= 0)>(%i) {
      %v = affine.load %a[%i] : memref<16xf32>
      affine.store %v, %b[%i + 1] : memref<33xf32>
    }
  }
  %c0 = arith.constant 0.0 : f32
  %s = affine.for %i = 0 to 16 iter_args(%acc = %c0) -> (f32) {
    %v = affine.load %a[%i] : memref<16xf32>
    %t = arith.addf %acc, %v : f32
    affine.yield %t : f32
  }
  affine.store %s, %b[0] : memref<33xf32>
  return
}
