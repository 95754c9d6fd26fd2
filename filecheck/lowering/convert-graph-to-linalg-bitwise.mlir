// RUN: ember-opt %s -p convert-graph-to-linalg --split-input-file | filecheck %s
// RUN: ember-opt %s -p convert-graph-to-linalg --split-input-file | ember-opt --split-input-file | filecheck %s

// Shifts (ONNX BitShift): the count is compared unsigned with the bit width (a negative count
// is out of range too) and clamped before the shift (LLVM's shl/shr by >= width is poison).
// Left: 0 out of range. Signed right: the count becomes width - 1, the sign fill. Unsigned
// right (ui16 is i16 storage, the op is shrui): 0 out of range.
// CHECK-LABEL: func.func @shifts
// CHECK:         %[[W:.*]] = arith.constant 8 : i8
// CHECK-NEXT:    %[[IN:.*]] = arith.cmpi ult, %[[N:.*]], %[[W]] : i8
// CHECK-NEXT:    %[[Z:.*]] = arith.constant 0 : i8
// CHECK-NEXT:    %[[C:.*]] = arith.select %[[IN]], %[[N]], %[[Z]] : i8
// CHECK-NEXT:    %[[S:.*]] = arith.shli %{{.*}}, %[[C]] : i8
// CHECK-NEXT:    %[[R:.*]] = arith.select %[[IN]], %[[S]], %[[Z]] : i8
// CHECK-NEXT:    linalg.yield %[[R]] : i8
// CHECK:         %[[IN2:.*]] = arith.cmpi ult, %[[N2:.*]], %{{.*}} : i8
// CHECK-NEXT:    %[[FILL:.*]] = arith.constant 7 : i8
// CHECK-NEXT:    %[[C2:.*]] = arith.select %[[IN2]], %[[N2]], %[[FILL]] : i8
// CHECK-NEXT:    %[[S2:.*]] = arith.shrsi %{{.*}}, %[[C2]] : i8
// CHECK-NEXT:    linalg.yield %[[S2]] : i8
// CHECK:         arith.constant 16 : i16
// CHECK:         arith.cmpi ult
// CHECK:         arith.shrui
// CHECK:         arith.select
// CHECK-NOT:     graph.
func.func @shifts(%a: tensor<4xi8>, %b: tensor<4xi8>, %c: tensor<4xui16>, %d: tensor<4xui16>) -> (tensor<4xi8>, tensor<4xi8>, tensor<4xui16>) {
  %0 = graph.shift_left %a, %b : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  %1 = graph.shift_right %a, %b : (tensor<4xi8>, tensor<4xi8>) -> tensor<4xi8>
  %2 = graph.shift_right %c, %d : (tensor<4xui16>, tensor<4xui16>) -> tensor<4xui16>
  func.return %0, %1, %2 : tensor<4xi8>, tensor<4xi8>, tensor<4xui16>
}

// -----

// Bitwise and/or/xor are andi/ori/xori; not is xor with all ones (255 for ui8, printed -1 once it is signless i8).
// CHECK-LABEL: func.func @bitwise
// CHECK:         arith.andi %{{.*}}, %{{.*}} : i32
// CHECK:         arith.ori %{{.*}}, %{{.*}} : i32
// CHECK:         arith.xori %{{.*}}, %{{.*}} : i32
// CHECK:         %[[ONES:.*]] = arith.constant {{255|-1}} : i8
// CHECK-NEXT:    arith.xori %{{.*}}, %[[ONES]] : i8
// CHECK-NOT:     graph.
func.func @bitwise(%a: tensor<3xi32>, %b: tensor<3xi32>, %u: tensor<3xui8>) -> (tensor<3xi32>, tensor<3xui8>) {
  %0 = graph.bitwise_and %a, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %1 = graph.bitwise_or %0, %b : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %2 = graph.bitwise_xor %1, %a : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
  %3 = graph.bitwise_not %u : (tensor<3xui8>) -> tensor<3xui8>
  func.return %2, %3 : tensor<3xi32>, tensor<3xui8>
}

// -----

// Bitcast is arith.bitcast; booleans (one byte in ONNX) widen with extui and narrow with "!= 0".
// CHECK-LABEL: func.func @bitcasts
// CHECK:         arith.bitcast %{{.*}} : f32 to i32
// CHECK:         arith.extui %{{.*}} : i1 to i8
// CHECK:         arith.cmpi ne, %{{.*}}, %{{.*}} : i8
// CHECK-NOT:     graph.
func.func @bitcasts(%x: tensor<2xf32>, %b: tensor<2xi1>, %u: tensor<2xui8>) -> (tensor<2xi32>, tensor<2xui8>, tensor<2xi1>) {
  %0 = graph.bitcast %x {to = i32} : (tensor<2xf32>) -> tensor<2xi32>
  %1 = graph.bitcast %b {to = ui8} : (tensor<2xi1>) -> tensor<2xui8>
  %2 = graph.bitcast %u {to = i1} : (tensor<2xui8>) -> tensor<2xi1>
  func.return %0, %1, %2 : tensor<2xi32>, tensor<2xui8>, tensor<2xi1>
}

// -----

// The inverse trigonometric functions are math ops (convert-math-to-llvm: llvm.acos/asin/atan).
// CHECK-LABEL: func.func @inverse_trig
// CHECK:         math.acos %{{.*}} : f32
// CHECK:         math.asin %{{.*}} : f32
// CHECK:         math.atan %{{.*}} : f32
// CHECK-NOT:     graph.
func.func @inverse_trig(%x: tensor<5xf32>) -> tensor<5xf32> {
  %0 = graph.acos %x : (tensor<5xf32>) -> tensor<5xf32>
  %1 = graph.asin %0 : (tensor<5xf32>) -> tensor<5xf32>
  %2 = graph.atan %1 : (tensor<5xf32>) -> tensor<5xf32>
  func.return %2 : tensor<5xf32>
}
