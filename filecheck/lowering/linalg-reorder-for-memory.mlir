// RUN: ember-opt %s -p linalg-reorder-for-memory --split-input-file | filecheck %s
// RUN: ember-opt %s -p linalg-reorder-for-memory --split-input-file | mlir-opt-22 --split-input-file | filecheck %s
// REQUIRES: mlir-opt-22

// %s (4 KiB) is read by a large branch (%b, %c: 64 KiB each) and, after the branch, by a small
// reduction (%small: 16 bytes). The reduction (with its init) moves up to right after %s, so
// %s dies before the branch starts instead of being live across it.
// CHECK-LABEL: func.func @hoist_small_consumer
// CHECK:         %[[S:.*]] = linalg.generic
// CHECK:         } -> tensor<1x4x16x16xf32>
// CHECK-NEXT:    %[[E:.*]] = tensor.empty() : tensor<1x4xf32>
// CHECK:         %[[Z:.*]] = linalg.fill
// CHECK-NEXT:    %[[SMALL:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<1x4x16x16xf32>)
// CHECK:         %[[B:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<1x4x16x16xf32>)
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<1x64x16x16xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[C]], %[[SMALL]] :
// CHECK:         return
func.func @hoist_small_consumer(%x: tensor<1x4x16x16xf32>) -> tensor<1x64x16x16xf32> {
  %e0 = tensor.empty() : tensor<1x4x16x16xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : tensor<1x4x16x16xf32>) outs(%e0 : tensor<1x4x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<1x4x16x16xf32>
  %e1 = tensor.empty() : tensor<1x64x16x16xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 16, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x16x16xf32>) outs(%e1 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x64x16x16xf32>
  %e2 = tensor.empty() : tensor<1x64x16x16xf32>
  %c = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<1x64x16x16xf32>) outs(%e2 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %a : f32
    linalg.yield %m : f32
  } -> tensor<1x64x16x16xf32>
  %e3 = tensor.empty() : tensor<1x4xf32>
  %zero = arith.constant 0.0 : f32
  %z = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %small = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%s : tensor<1x4x16x16xf32>) outs(%z : tensor<1x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %sum = arith.addf %a, %o : f32
    linalg.yield %sum : f32
  } -> tensor<1x4xf32>
  %e4 = tensor.empty() : tensor<1x64x16x16xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 16)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %small : tensor<1x64x16x16xf32>, tensor<1x4xf32>) outs(%e4 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %b2: f32, %o: f32):
    %r = arith.addf %a, %b2 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x16x16xf32>
  func.return %y : tensor<1x64x16x16xf32>
}

// -----

// A call (a profiling mark) has effects: the function keeps its order.
// CHECK-LABEL: func.func @calls_keep_their_order
// CHECK:         %[[S:.*]] = linalg.generic
// CHECK:         %[[B:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<1x4x16x16xf32>)
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<1x64x16x16xf32>)
// CHECK:         call @mark()
// CHECK:         %[[SMALL:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<1x4x16x16xf32>)
func.func private @mark()
func.func @calls_keep_their_order(%x: tensor<1x4x16x16xf32>) -> tensor<1x64x16x16xf32> {
  %e0 = tensor.empty() : tensor<1x4x16x16xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x : tensor<1x4x16x16xf32>) outs(%e0 : tensor<1x4x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<1x4x16x16xf32>
  %e1 = tensor.empty() : tensor<1x64x16x16xf32>
  %b = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 16, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s : tensor<1x4x16x16xf32>) outs(%e1 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<1x64x16x16xf32>
  %e2 = tensor.empty() : tensor<1x64x16x16xf32>
  %c = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<1x64x16x16xf32>) outs(%e2 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %m = arith.mulf %a, %a : f32
    linalg.yield %m : f32
  } -> tensor<1x64x16x16xf32>
  func.call @mark() : () -> ()
  %e3 = tensor.empty() : tensor<1x4xf32>
  %zero = arith.constant 0.0 : f32
  %z = linalg.fill ins(%zero : f32) outs(%e3 : tensor<1x4xf32>) -> tensor<1x4xf32>
  %small = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%s : tensor<1x4x16x16xf32>) outs(%z : tensor<1x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %sum = arith.addf %a, %o : f32
    linalg.yield %sum : f32
  } -> tensor<1x4xf32>
  %e4 = tensor.empty() : tensor<1x64x16x16xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1 floordiv 16)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %small : tensor<1x64x16x16xf32>, tensor<1x4xf32>) outs(%e4 : tensor<1x64x16x16xf32>) {
  ^bb0(%a: f32, %b2: f32, %o: f32):
    %r = arith.addf %a, %b2 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x16x16xf32>
  func.return %y : tensor<1x64x16x16xf32>
}

