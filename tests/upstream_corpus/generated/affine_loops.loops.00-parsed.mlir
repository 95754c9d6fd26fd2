#map = affine_map<(d0) -> (d0 * 2 + 1)>
#map1 = affine_map<(d0) -> (d0, 16)>
#set = affine_set<(d0) : (d0 - 8 >= 0)>
module {
  func.func @affine(%arg0: memref<16xf32>, %arg1: memref<33xf32>, %arg2: index) {
    affine.for %arg3 = 0 to 16 {
      %1 = affine.load %arg0[%arg3] : memref<16xf32>
      %2 = affine.apply #map(%arg3)
      affine.store %1, %arg1[%2] : memref<33xf32>
    }
    affine.for %arg3 = 0 to min #map1(%arg2) step 4 {
      affine.if #set(%arg3) {
        %1 = affine.load %arg0[%arg3] : memref<16xf32>
        affine.store %1, %arg1[%arg3 + 1] : memref<33xf32>
      }
    }
    %cst = arith.constant 0.000000e+00 : f32
    %0 = affine.for %arg3 = 0 to 16 iter_args(%arg4 = %cst) -> (f32) {
      %1 = affine.load %arg0[%arg3] : memref<16xf32>
      %2 = arith.addf %arg4, %1 : f32
      affine.yield %2 : f32
    }
    affine.store %0, %arg1[0] : memref<33xf32>
    return
  }
}

