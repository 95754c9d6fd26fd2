// RUN: ember-opt %s -p convert-vector-to-llvm --split-input-file | filecheck %s

// Vector loads and stores use the element alignment (memrefs guarantee no more).
// CHECK-LABEL: func.func @load_store
func.func @load_store(%m: memref<4x32xf32>, %i: index, %j: index) {
  // CHECK: %[[P:.*]] = llvm.getelementptr inbounds %{{.*}}[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  // CHECK: %[[V:.*]] = llvm.load %[[P]] {alignment = 4 : i64} : !llvm.ptr -> vector<16xf32>
  %v = vector.load %m[%i, %j] : memref<4x32xf32>, vector<16xf32>
  // CHECK: llvm.store %[[V]], %{{.*}} {alignment = 4 : i64} : vector<16xf32>, !llvm.ptr
  vector.store %v, %m[%j, %i] : memref<4x32xf32>, vector<16xf32>
  func.return
}

// -----

// CHECK-LABEL: func.func @splat_fma
func.func @splat_fma(%s: f32, %a: vector<16xf32>, %c: vector<16xf32>) -> vector<16xf32> {
  // CHECK: %[[U:.*]] = llvm.mlir.undef : vector<16xf32>
  // CHECK: %[[I:.*]] = llvm.insertelement %{{.*}}, %[[U]][%{{.*}} : i32] : vector<16xf32>
  // CHECK: %[[B:.*]] = llvm.shufflevector %[[I]], %[[U]] [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : vector<16xf32>
  %b = vector.broadcast %s : f32 to vector<16xf32>
  // CHECK: llvm.call_intrinsic "llvm.fma.v16f32"(%{{.*}}, %[[B]], %{{.*}}) : (vector<16xf32>, vector<16xf32>, vector<16xf32>) -> vector<16xf32>
  %r = vector.fma %a, %b, %c : vector<16xf32>
  func.return %r : vector<16xf32>
}

// -----

// CHECK-LABEL: func.func @reductions
func.func @reductions(%v: vector<8xf32>, %acc: f32, %w: vector<8xi32>) -> (f32, f32, i32) {
  // CHECK: llvm.call_intrinsic "llvm.vector.reduce.fadd.v8f32"(%{{.*}}, %{{.*}}) : (f32, vector<8xf32>) -> f32
  %0 = vector.reduction <add>, %v, %acc : vector<8xf32> into f32
  // CHECK: %[[M:.*]] = llvm.call_intrinsic "llvm.vector.reduce.fmax.v8f32"(%{{.*}}) : (vector<8xf32>) -> f32
  // CHECK: llvm.call_intrinsic "llvm.maxnum.f32"(%[[M]], %{{.*}}) : (f32, f32) -> f32
  %1 = vector.reduction <maxnumf>, %v, %acc : vector<8xf32> into f32
  // CHECK: llvm.call_intrinsic "llvm.vector.reduce.smax.v8i32"
  %2 = vector.reduction <maxsi>, %w : vector<8xi32> into i32
  func.return %0, %1, %2 : f32, f32, i32
}
