func.func @f() {
  ÿþ
}
