// vector dialect: transfer_read/write, contract, broadcast, reduction, fma, extract/insert.
#mk = affine_map<(i, j, k) -> (i, k)>
#kn = affine_map<(i, j, k) -> (k, j)>
#mn = affine_map<(i, j, k) -> (i, j)>
func.func @vec(%m: memref<4x8xf32>, %o: memref<4x4xf32>, %s: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %pad = arith.constant 0.0 : f32
  %a = vector.transfer_read %m[%c0, %c0], %pad {in_bounds = [true, true]} : memref<4x8xf32>, vector<4x8xf32>
  %bt = vector.transfer_read %m[%c0, %c0], %pad {in_bounds = [true, true], permutation_map = affine_map<(d0, d1) -> (d1, d0)>} : memref<4x8xf32>, vector<8x4xf32>
  %acc = vector.broadcast %s : f32 to vector<4x4xf32>
  %c = vector.contract {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %bt, %acc : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
  %f = vector.fma %c, %c, %acc : vector<4x4xf32>
  vector.transfer_write %f, %o[%c0, %c0] {in_bounds = [true, true]} : vector<4x4xf32>, memref<4x4xf32>
  %row = vector.extract %f[0] : vector<4xf32> from vector<4x4xf32>
  %r = vector.reduction <add>, %row : vector<4xf32> into f32
  %ins = vector.insert %r, %row [1] : f32 into vector<4xf32>
  %mx = vector.reduction <maximumf>, %ins : vector<4xf32> into f32
  return %mx : f32
}
