"""Conversions of the storage-only element types for ``convert-graph-to-linalg`` (graph.cast).

float8 (E4M3FN, E4M3FNUZ, E5M2, E5M2FNUZ, E8M0FNU), float4 E2M1FN, int4/uint4 and int2/uint2
have no arithmetic in LLVM, so they are one byte of storage each (``i8`` from the tensor stage
on, as numpy / ``ml_dtypes`` lays them out) and every conversion is integer code on that byte,
built here inside the linalg body of a cast:

* decoding goes to f32 (floats, exact) or i32 (integers, sign-extended from 4 / 2 bits); the
  caller's ordinary conversion then takes it to the destination type;
* encoding comes from f32 (floats: f64 rounds to f32 first, as ``ml_dtypes`` does) or i32
  (integers: wrap modulo 2^bits, as ``ml_dtypes.int4`` does): round to nearest even on the f32
  bits, subnormals through an f32 addition of a power of two (exact RNE by the hardware),
  overflow saturating to the largest finite value or going to inf / NaN per ONNX Cast's
  ``saturate`` table; E8M0 takes the exponent with ONNX's ``round_mode`` (up, down, nearest).

While the body is built its block arguments and yield still have the graph types; the byte is
reached through ``builtin.unrealized_conversion_cast`` to / from ``i8``, which becomes an ``i8``
-> ``i8`` cast when the storage types turn into ``i8`` and is then removed
(:func:`fold_storage_casts`). The tables below carry each format's constants; numbers checked
exhaustively against ``ml_dtypes`` and onnx's reference in ``tests/lowering/test_low_bit_types.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from xdsl.dialects import arith
from xdsl.dialects.builtin import (
    Float4E2M1FNType,
    Float8E4M3FNType,
    Float8E4M3FNUZType,
    Float8E5M2FNUZType,
    Float8E5M2Type,
    Float8E8M0FNUType,
    IntegerType,
    ModuleOp,
    Signedness,
    UnrealizedConversionCastOp,
    f32,
    i8,
    i32,
)
from xdsl.ir import Attribute, SSAValue

if TYPE_CHECKING:
    from ember.lowering.graph_to_linalg.builders import Body


@dataclass(frozen=True)
class FloatFormat:
    """A small float format: field widths, bias, and the codes (magnitude, without the sign
    bit) of its largest finite value, its NaN, and a non-saturated overflow (None: none, the
    format always saturates, as float4 does in ``ml_dtypes``)."""

    exponent: int
    mantissa: int
    bias: int
    max_code: int
    nan_code: int
    overflow_code: int | None
    unsigned_zero: bool = False
    """FNUZ formats: no negative zero, and 0x80 is the one NaN (no sign is added)."""
    inf: bool = False
    """E5M2: exponent all ones is infinity (mantissa 0) or NaN, as in IEEE formats."""

    @property
    def sign_shift(self) -> int:
        return self.exponent + self.mantissa

    @property
    def min_normal_f32_bits(self) -> int:
        return (1 - self.bias + 127) << 23


FLOAT_FORMATS: dict[type[Attribute], FloatFormat] = {
    Float8E4M3FNType: FloatFormat(4, 3, 7, max_code=0x7E, nan_code=0x7F, overflow_code=0x7F),
    Float8E4M3FNUZType: FloatFormat(4, 3, 8, max_code=0x7F, nan_code=0x80, overflow_code=0x80, unsigned_zero=True),
    Float8E5M2Type: FloatFormat(5, 2, 15, max_code=0x7B, nan_code=0x7E, overflow_code=0x7C, inf=True),
    Float8E5M2FNUZType: FloatFormat(5, 2, 16, max_code=0x7F, nan_code=0x80, overflow_code=0x80, unsigned_zero=True),
    Float4E2M1FNType: FloatFormat(2, 1, 1, max_code=0x7, nan_code=0x8, overflow_code=None),
}  # fmt: skip

E8M0_ROUND_MODES = ("up", "down", "nearest")


def is_storage_type(t: Attribute) -> bool:
    """float8 / float4 / 4- and 2-bit integer element types (one byte of storage each)."""
    return type(t) in FLOAT_FORMATS or isinstance(t, Float8E8M0FNUType) or _small_int_bits(t) is not None


def _small_int_bits(t: Attribute) -> int | None:
    if isinstance(t, IntegerType) and t.width.data in (2, 4):
        return t.width.data
    return None


def _byte(b: Body, x: SSAValue) -> SSAValue:
    """The storage byte of ``x``, zero-extended to i32."""
    raw = b.op(UnrealizedConversionCastOp.get([x], [i8]))
    return b.op(arith.ExtUIOp(raw, i32))


def _store(b: Body, code: SSAValue, to: Attribute) -> SSAValue:
    """An i32 holding the byte's value -> a value of the storage type ``to``."""
    return b.op(UnrealizedConversionCastOp.get([b.op(arith.TruncIOp(code, i8))], [to]))


def _c(b: Body, value: int) -> SSAValue:
    return b.const(value, i32)


def _field(b: Body, bits: SSAValue, shift: int, width: int) -> SSAValue:
    shifted = b.op(arith.ShRUIOp(bits, _c(b, shift))) if shift else bits
    return b.op(arith.AndIOp(shifted, _c(b, (1 << width) - 1)))


def _f32_bits(b: Body, x: SSAValue) -> SSAValue:
    return b.op(arith.BitcastOp(x, i32))


def _from_f32_bits(b: Body, bits: SSAValue) -> SSAValue:
    return b.op(arith.BitcastOp(bits, f32))


# ---- decoding ---------------------------------------------------------------------------------


def decode(b: Body, x: SSAValue) -> SSAValue:
    """``x`` of a storage type -> f32 (float formats, exact) or i32 (integer formats)."""
    bits = _small_int_bits(x.type)
    if bits is not None:
        return _decode_int(b, x, bits, signed=x.type.signedness.data != Signedness.UNSIGNED)  # type: ignore[attr-defined]
    if isinstance(x.type, Float8E8M0FNUType):
        return _decode_e8m0(b, x)
    return _decode_float(b, x, FLOAT_FORMATS[type(x.type)])


def _decode_int(b: Body, x: SSAValue, bits: int, signed: bool) -> SSAValue:
    byte = _byte(b, x)
    if not signed:
        return b.op(arith.AndIOp(byte, _c(b, (1 << bits) - 1)))
    up = b.op(arith.ShLIOp(byte, _c(b, 32 - bits)))
    return b.op(arith.ShRSIOp(up, _c(b, 32 - bits)))


def _decode_float(b: Body, x: SSAValue, fmt: FloatFormat) -> SSAValue:
    """value = (mantissa | implicit bit) * 2^(max(exponent, 1) - bias - mantissa bits), built
    as an exact f32 product, then the sign bit and the format's NaN / infinity codes."""
    byte = _byte(b, x)
    exponent = _field(b, byte, fmt.mantissa, fmt.exponent)
    mantissa = _field(b, byte, 0, fmt.mantissa)
    subnormal = b.op(arith.CmpiOp(exponent, _c(b, 0), "eq"))
    full = b.select(subnormal, mantissa, b.op(arith.OrIOp(mantissa, _c(b, 1 << fmt.mantissa))))
    unbiased = b.select(subnormal, _c(b, 1), exponent)
    scale_bits = b.op(arith.ShLIOp(b.op(arith.AddiOp(unbiased, _c(b, 127 - fmt.bias - fmt.mantissa))), _c(b, 23)))
    value = b.op(arith.MulfOp(b.op(arith.UIToFPOp(full, f32)), _from_f32_bits(b, scale_bits)))
    sign = b.op(arith.ShLIOp(_field(b, byte, fmt.sign_shift, 1), _c(b, 31)))
    magnitude = _f32_bits(b, value)
    magnitude = _decode_specials(b, fmt, byte, exponent, mantissa, magnitude)
    return _from_f32_bits(b, b.op(arith.OrIOp(magnitude, sign)))


def _decode_specials(
    b: Body, fmt: FloatFormat, byte: SSAValue, exponent: SSAValue, mantissa: SSAValue, magnitude: SSAValue,
) -> SSAValue:
    quiet_nan = _c(b, 0x7FC00000)
    if fmt.unsigned_zero:
        return b.select(b.op(arith.CmpiOp(byte, _c(b, 0x80), "eq")), b.op(arith.OrIOp(quiet_nan, _c(b, -0x80000000))), magnitude)
    top = b.op(arith.CmpiOp(exponent, _c(b, (1 << fmt.exponent) - 1), "eq"))
    if fmt.inf:
        special = b.select(b.op(arith.CmpiOp(mantissa, _c(b, 0), "eq")), _c(b, 0x7F800000), quiet_nan)
        return b.select(top, special, magnitude)
    if fmt.overflow_code is None:  # float4: every code is a number
        return magnitude
    all_ones = b.op(arith.CmpiOp(mantissa, _c(b, (1 << fmt.mantissa) - 1), "eq"))
    return b.select(b.op(arith.AndIOp(top, all_ones)), quiet_nan, magnitude)


def _decode_e8m0(b: Body, x: SSAValue) -> SSAValue:
    """2^(byte - 127): the byte is the f32 exponent field, 0 is 2^-127 (an f32 subnormal) and
    0xff NaN."""
    byte = _byte(b, x)
    normal = b.op(arith.ShLIOp(byte, _c(b, 23)))
    bits = b.select(b.op(arith.CmpiOp(byte, _c(b, 0), "eq")), _c(b, 0x00400000), normal)
    bits = b.select(b.op(arith.CmpiOp(byte, _c(b, 0xFF), "eq")), _c(b, 0x7FC00000), bits)
    return _from_f32_bits(b, bits)


# ---- encoding ---------------------------------------------------------------------------------


def encode(b: Body, x: SSAValue, to: Attribute, saturate: bool, round_mode: str = "up") -> SSAValue:
    """``x`` (f32 for float formats, i32 for integer ones) -> a value of the storage type ``to``."""
    bits = _small_int_bits(to)
    if bits is not None:
        return _store(b, b.op(arith.AndIOp(x, _c(b, (1 << bits) - 1))), to)
    if isinstance(to, Float8E8M0FNUType):
        return _store(b, _encode_e8m0(b, x, saturate, round_mode), to)
    return _store(b, _encode_float(b, x, FLOAT_FORMATS[type(to)], saturate), to)


def _encode_float(b: Body, x: SSAValue, fmt: FloatFormat, saturate: bool) -> SSAValue:
    bits = _f32_bits(b, x)
    sign = b.op(arith.ShRUIOp(bits, _c(b, 31)))
    magnitude = b.op(arith.AndIOp(bits, _c(b, 0x7FFFFFFF)))
    code = b.select(
        b.op(arith.CmpiOp(magnitude, _c(b, fmt.min_normal_f32_bits), "ult")),
        _round_subnormal(b, magnitude, fmt),
        _round_normal(b, magnitude, fmt),
    )
    overflow = b.op(arith.CmpiOp(code, _c(b, fmt.max_code), "ugt"))
    limit = fmt.max_code if saturate or fmt.overflow_code is None else fmt.overflow_code
    code = b.select(overflow, _c(b, limit), code)
    is_nan = b.op(arith.CmpiOp(magnitude, _c(b, 0x7F800000), "ugt"))
    if fmt.overflow_code is None:  # float4 as ml_dtypes: NaN -> the zero of the opposite sign
        return b.select(is_nan, b.op(arith.ShLIOp(b.op(arith.XOrIOp(sign, _c(b, 1))), _c(b, fmt.sign_shift))), _with_sign(b, code, sign, fmt))
    return b.select(is_nan, _with_sign(b, _c(b, fmt.nan_code), sign, fmt), _with_sign(b, code, sign, fmt))


def _with_sign(b: Body, code: SSAValue, sign: SSAValue, fmt: FloatFormat) -> SSAValue:
    if fmt.unsigned_zero:  # -0 is +0, and the NaN / overflow code 0x80 carries no sign
        keep = b.op(arith.AndIOp(b.op(arith.CmpiOp(code, _c(b, 0), "ne")), b.op(arith.CmpiOp(code, _c(b, 0x80), "ne"))))
        sign = b.select(keep, sign, _c(b, 0))
    return b.op(arith.OrIOp(code, b.op(arith.ShLIOp(sign, _c(b, fmt.sign_shift)))))


def _round_normal(b: Body, magnitude: SSAValue, fmt: FloatFormat) -> SSAValue:
    """The f32 bits rebiased to the format's exponent and rounded to nearest even on the
    dropped mantissa bits (a carry moves into the exponent; past the top it is an overflow)."""
    shift = 23 - fmt.mantissa
    rebiased = b.op(arith.SubiOp(magnitude, _c(b, (127 - fmt.bias) << 23)))
    odd = _field(b, rebiased, shift, 1)
    rounded = b.op(arith.AddiOp(rebiased, b.op(arith.AddiOp(odd, _c(b, (1 << (shift - 1)) - 1)))))
    return b.op(arith.ShRUIOp(rounded, _c(b, shift)))


def _round_subnormal(b: Body, magnitude: SSAValue, fmt: FloatFormat) -> SSAValue:
    """|x| below the smallest normal: |x| + 2^(23 + e_min - mantissa bits) rounds |x| to a
    multiple of the subnormal step in the f32 adder (nearest even); the bits above the magic
    number's are that multiple (which may reach the smallest normal's code, correctly)."""
    magic_bits = (1 - fmt.bias - fmt.mantissa + 23 + 127) << 23
    total = b.op(arith.AddfOp(_from_f32_bits(b, magnitude), _from_f32_bits(b, _c(b, magic_bits))))
    return b.op(arith.SubiOp(_f32_bits(b, total), _c(b, magic_bits)))


def _encode_e8m0(b: Body, x: SSAValue, saturate: bool, round_mode: str) -> SSAValue:
    """ONNX's E8M0 conversion (``onnx.numpy_helper.to_float8e8m0``): the f32 exponent field,
    plus one when ``round_mode`` rounds up (up: any mantissa bit; nearest: the guard bit and a
    lower or the exponent's lowest nonzero); saturation keeps 0xfe from rounding to 0xff
    (NaN); inf and NaN give 0xff; the sign is dropped."""
    bits = _f32_bits(b, x)
    exponent = _field(b, bits, 23, 8)
    up = _e8m0_round_up(b, bits, exponent, round_mode)
    if saturate:
        up = b.op(arith.AndIOp(up, b.op(arith.CmpiOp(exponent, _c(b, 0xFE), "ne"))))
    special = b.op(arith.CmpiOp(exponent, _c(b, 0xFF), "eq"))
    up = b.op(arith.AndIOp(up, b.op(arith.XOrIOp(special, b.const(1, special.type)))))
    return b.op(arith.AddiOp(exponent, b.op(arith.ExtUIOp(up, i32))))


def _e8m0_round_up(b: Body, bits: SSAValue, exponent: SSAValue, round_mode: str) -> SSAValue:
    def nonzero(mask: int) -> SSAValue:
        return b.op(arith.CmpiOp(b.op(arith.AndIOp(bits, _c(b, mask))), _c(b, 0), "ne"))

    if round_mode == "up":
        return nonzero(0x7FFFFF)
    if round_mode == "down":
        return b.const(0, IntegerType(1))
    lowest = b.op(arith.CmpiOp(exponent, _c(b, 0), "ne"))
    rest = b.op(arith.OrIOp(b.op(arith.OrIOp(nonzero(0x200000), nonzero(0x1FFFFF))), lowest))
    return b.op(arith.AndIOp(nonzero(0x400000), rest))


def stored_constant(b: Body, value: float, t: Attribute) -> SSAValue:
    """A scalar constant of the storage type ``t`` (a pad value, ...): its byte as ``ml_dtypes``
    stores it (an int4 -1 is 0x0f)."""
    from ember.dialects.graph import numpy_dtype

    byte = int(np.asarray(value, np.float64).astype(numpy_dtype(t)).view(np.uint8))
    return b.op(UnrealizedConversionCastOp.get([b.const(byte - 256 if byte > 127 else byte, i8)], [t]))


# ---- after the storage types became i8 --------------------------------------------------------


def fold_storage_casts(module: ModuleOp) -> None:
    """Remove the ``unrealized_conversion_cast``s of the bodies once both sides are ``i8``."""
    for op in list(module.walk()):
        if isinstance(op, UnrealizedConversionCastOp) and len(op.inputs) == 1 and op.inputs[0].type == op.results[0].type:
            op.results[0].replace_all_uses_with(op.inputs[0])
            op.detach()
            op.erase()
