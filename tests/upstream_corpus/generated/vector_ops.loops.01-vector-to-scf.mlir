#map = affine_map<(d0, d1, d2) -> (d0, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d2, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func @vec(%arg0: memref<4x8xf32>, %arg1: memref<4x4xf32>, %arg2: f32) -> f32 {
    %c1 = arith.constant 1 : index
    %c4 = arith.constant 4 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %alloca = memref.alloca() : memref<vector<4x8xf32>>
    %alloca_0 = memref.alloca() : memref<vector<4x8xf32>>
    %alloca_1 = memref.alloca() : memref<vector<4x4xf32>>
    %0 = vector.type_cast %alloca : memref<vector<4x8xf32>> to memref<4xvector<8xf32>>
    scf.for %arg3 = %c0 to %c4 step %c1 {
      %13 = vector.transfer_read %arg0[%arg3, %c0], %cst {in_bounds = [true]} : memref<4x8xf32>, vector<8xf32>
      memref.store %13, %0[%arg3] : memref<4xvector<8xf32>>
    }
    %1 = memref.load %alloca[] : memref<vector<4x8xf32>>
    %2 = vector.type_cast %alloca_0 : memref<vector<4x8xf32>> to memref<4xvector<8xf32>>
    scf.for %arg3 = %c0 to %c4 step %c1 {
      %13 = vector.transfer_read %arg0[%arg3, %c0], %cst {in_bounds = [true]} : memref<4x8xf32>, vector<8xf32>
      memref.store %13, %2[%arg3] : memref<4xvector<8xf32>>
    }
    %3 = memref.load %alloca_0[] : memref<vector<4x8xf32>>
    %4 = vector.transpose %3, [1, 0] : vector<4x8xf32> to vector<8x4xf32>
    %5 = vector.broadcast %arg2 : f32 to vector<4x4xf32>
    %6 = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %1, %4, %5 : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
    %7 = vector.fma %6, %6, %5 : vector<4x4xf32>
    memref.store %7, %alloca_1[] : memref<vector<4x4xf32>>
    %8 = vector.type_cast %alloca_1 : memref<vector<4x4xf32>> to memref<4xvector<4xf32>>
    scf.for %arg3 = %c0 to %c4 step %c1 {
      %13 = memref.load %8[%arg3] : memref<4xvector<4xf32>>
      vector.transfer_write %13, %arg1[%arg3, %c0] {in_bounds = [true]} : vector<4xf32>, memref<4x4xf32>
    }
    %9 = vector.extract %7[0] : vector<4xf32> from vector<4x4xf32>
    %10 = vector.reduction <add>, %9 : vector<4xf32> into f32
    %11 = vector.insert %10, %9 [1] : f32 into vector<4xf32>
    %12 = vector.reduction <maximumf>, %11 : vector<4xf32> into f32
    return %12 : f32
  }
}

