// Unstructured control flow: br, cond_br, switch, assert.
func.func @pick(%flag: i1, %k: i32, %a: f32, %b: f32) -> f32 {
  cf.assert %flag, "flag must hold"
  cf.cond_br %flag, ^then(%a : f32), ^else
^then(%x: f32):
  cf.switch %k : i32, [
    default: ^exit(%x : f32),
    0: ^zero,
    5: ^exit(%b : f32)
  ]
^zero:
  %n = arith.negf %x : f32
  cf.br ^exit(%n : f32)
^else:
  cf.br ^exit(%b : f32)
^exit(%r: f32):
  return %r : f32
}
