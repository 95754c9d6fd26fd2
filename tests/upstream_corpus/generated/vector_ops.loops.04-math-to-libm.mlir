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
    cf.br ^bb1(%c0 : index)
  ^bb1(%1: index):  // 2 preds: ^bb0, ^bb2
    %2 = arith.cmpi slt, %1, %c4 : index
    cf.cond_br %2, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %3 = vector.transfer_read %arg0[%1, %c0], %cst {in_bounds = [true]} : memref<4x8xf32>, vector<8xf32>
    memref.store %3, %0[%1] : memref<4xvector<8xf32>>
    %4 = arith.addi %1, %c1 : index
    cf.br ^bb1(%4 : index)
  ^bb3:  // pred: ^bb1
    %5 = memref.load %alloca[] : memref<vector<4x8xf32>>
    %6 = vector.type_cast %alloca_0 : memref<vector<4x8xf32>> to memref<4xvector<8xf32>>
    cf.br ^bb4(%c0 : index)
  ^bb4(%7: index):  // 2 preds: ^bb3, ^bb5
    %8 = arith.cmpi slt, %7, %c4 : index
    cf.cond_br %8, ^bb5, ^bb6
  ^bb5:  // pred: ^bb4
    %9 = vector.transfer_read %arg0[%7, %c0], %cst {in_bounds = [true]} : memref<4x8xf32>, vector<8xf32>
    memref.store %9, %6[%7] : memref<4xvector<8xf32>>
    %10 = arith.addi %7, %c1 : index
    cf.br ^bb4(%10 : index)
  ^bb6:  // pred: ^bb4
    %11 = memref.load %alloca_0[] : memref<vector<4x8xf32>>
    %12 = vector.transpose %11, [1, 0] : vector<4x8xf32> to vector<8x4xf32>
    %13 = vector.broadcast %arg2 : f32 to vector<4x4xf32>
    %14 = vector.contract {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %5, %12, %13 : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
    %15 = vector.fma %14, %14, %13 : vector<4x4xf32>
    memref.store %15, %alloca_1[] : memref<vector<4x4xf32>>
    %16 = vector.type_cast %alloca_1 : memref<vector<4x4xf32>> to memref<4xvector<4xf32>>
    cf.br ^bb7(%c0 : index)
  ^bb7(%17: index):  // 2 preds: ^bb6, ^bb8
    %18 = arith.cmpi slt, %17, %c4 : index
    cf.cond_br %18, ^bb8, ^bb9
  ^bb8:  // pred: ^bb7
    %19 = memref.load %16[%17] : memref<4xvector<4xf32>>
    vector.transfer_write %19, %arg1[%17, %c0] {in_bounds = [true]} : vector<4xf32>, memref<4x4xf32>
    %20 = arith.addi %17, %c1 : index
    cf.br ^bb7(%20 : index)
  ^bb9:  // pred: ^bb7
    %21 = vector.extract %15[0] : vector<4xf32> from vector<4x4xf32>
    %22 = vector.reduction <add>, %21 : vector<4xf32> into f32
    %23 = vector.insert %22, %21 [1] : f32 into vector<4xf32>
    %24 = vector.reduction <maximumf>, %23 : vector<4xf32> into f32
    return %24 : f32
  }
}

