#map = affine_map<(d0, d1) -> (d1, d0)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func @vec(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32) -> f32 {
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %0 = vector.transfer_read %arg0[%c0, %c0], %cst {in_bounds = [true, true]} : memref<4x8xf32>, vector<4x8xf32>
    %1 = vector.transfer_read %arg0[%c0, %c0], %cst {in_bounds = [true, true], permutation_map = #map} : memref<4x8xf32>, vector<8x4xf32>
    %2 = vector.broadcast %arg2 : f32 to vector<4x4xf32>
    %3 = vector.contract {indexing_maps = [#map1, #map2, #map3], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %0, %1, %2 : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
    %4 = vector.fma %3, %3, %2 : vector<4x4xf32>
    vector.transfer_write %4, %arg1[%c0, %c0] {in_bounds = [true, true]} : vector<4x4xf32>, memref<4x4xf32>
    %5 = vector.extract %4[0] : vector<4xf32> from vector<4x4xf32>
    %6 = vector.reduction <add>, %5 : vector<4xf32> into f32
    %7 = vector.insert %6, %5 [1] : f32 into vector<4xf32>
    %8 = vector.reduction <maximumf>, %7 : vector<4xf32> into f32
    return %8 : f32
  }
}

