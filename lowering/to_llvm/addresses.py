"""Element addresses of memref accesses in the llvm dialect (loop stage -> llvm stage).

Every ``memref.load`` / ``memref.store`` / ``vector.load`` / ``vector.store`` becomes a GEP at
``base + offset + sum(index_k * stride_k)`` (the bare-pointer convention of
``convert-memref-to-llvm``). Done naively, that is a constant, a multiply and an add per index
and access; a register-blocked kernel writes a tile element by element, so most of a model's
llvm-stage ops were address arithmetic. Two things keep it small:

- **Folding.** An index that is ``x + c`` (an ``llvm.add`` with a constant operand, or a constant
  alone) contributes ``x * stride`` at run time and ``c * stride`` to one constant offset.
- **Sharing** (only inside :func:`shared_addresses`, i.e. ``convert-to-llvm``'s one walk): the
  run-time part of an address, ``sum(x_k * stride_k)``, is computed once per block, memref and
  index values; later accesses in the same block add their own constant to it. A shared value
  is reused only by an access that comes after the one it was built for, in the same block, so
  it always dominates its users.

Each access stays one ``getelementptr inbounds`` on the memref's base pointer with the whole
offset, exactly the address (and the in-bounds promise) of the naive form::

    memref.store %v, %m[%n, %c + 3, %p] : memref<1x64x196xf32>
      ==>  %o = llvm.add(llvm.add(llvm.mul(%n, 12544), llvm.mul(%c, 196)), %p)   (once per block)
           %q = llvm.getelementptr inbounds %m[llvm.add(%o, 588)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from xdsl.dialects import arith, llvm
from xdsl.dialects.builtin import (
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    UnrealizedConversionCastOp,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue

from ember.lowering.to_llvm.type_converter import (
    add_i64,
    element_pointer,
    i64_constant,
    memref_layout,
    mul_i64,
)

Lowered = tuple[list[Operation], list[SSAValue]]
Built = tuple[list[Operation], SSAValue]
"""New ops and the value they compute."""
Terms = tuple[tuple[SSAValue, int], ...]
"""The run-time part of an address: (index value, stride) pairs."""


@dataclass
class AddressSharing:
    """Run-time address parts and constants already built in a block, with the position (in
    program order) of the access each was built for."""

    order: dict[Operation, int]
    offsets: dict[tuple[Block, Terms], tuple[int, SSAValue]] = field(default_factory=dict)
    constants: dict[tuple[Block, int], tuple[int, SSAValue]] = field(default_factory=dict)

    def find(self, table: dict, key: tuple, op: Operation) -> SSAValue | None:
        """The shared value for ``key`` if it was built for an access before ``op``."""
        entry = table.get(key)
        position = self.order.get(op)
        if entry is None or position is None or entry[0] >= position:
            return None
        return entry[1]

    def keep(self, table: dict, key: tuple, op: Operation, value: SSAValue) -> None:
        position = self.order.get(op)
        if position is not None and key not in table:
            table[key] = (position, value)


_SHARING: ContextVar[AddressSharing | None] = ContextVar("ember_address_sharing", default=None)


@contextmanager
def shared_addresses(module: ModuleOp) -> Iterator[None]:
    """Share the run-time parts of addresses between the accesses of a block while converting
    ``module`` (the accesses' program order is taken now, before any op is replaced)."""
    token = _SHARING.set(AddressSharing({op: i for i, op in enumerate(module.walk())}))
    try:
        yield
    finally:
        _SHARING.reset(token)


def _constant_value(value: SSAValue) -> int | None:
    """The integer ``value`` holds if it is a constant (llvm's, or arith's behind a cast)."""
    owner = value.owner
    if isinstance(owner, UnrealizedConversionCastOp) and len(owner.inputs) == 1:
        owner = owner.inputs[0].owner
    if isinstance(owner, llvm.ConstantOp | arith.ConstantOp):
        attr = owner.value
        if isinstance(attr, IntegerAttr) and isinstance(attr.type, IntegerType | IndexType):
            return attr.value.data
    return None


def split_constant(value: SSAValue) -> tuple[SSAValue | None, int]:
    """``value`` as ``x + c``: (x or None if all constant, c), looking through adds of constants."""
    constant = _constant_value(value)
    if constant is not None:
        return None, constant
    owner = value.owner
    if isinstance(owner, llvm.AddOp) and owner.results[0].type == i64:
        for this, other in ((owner.lhs, owner.rhs), (owner.rhs, owner.lhs)):
            c = _constant_value(other)
            if c is not None:
                inner, more = split_constant(this)
                return (inner, c + more) if inner is not None else (this, c)
    return value, 0


def _terms(t: MemRefType, indices: list[SSAValue]) -> tuple[Terms, int]:
    """The run-time terms and the constant offset (in elements) of ``&m[indices]``."""
    layout = memref_layout(t)
    assert layout is not None
    strides, constant = layout
    terms: list[tuple[SSAValue, int]] = []
    for index, stride in zip(indices, strides, strict=True):
        dynamic, c = split_constant(index)
        constant += c * stride
        if dynamic is not None:
            terms.append((dynamic, stride))
    return tuple(terms), constant


def _sum(terms: Terms) -> Built:
    ops: list[Operation] = []
    total: SSAValue | None = None
    for index, stride in terms:
        term = index
        if stride != 1:
            factor = i64_constant(stride)
            product = mul_i64(index, factor.results[0])
            ops += [factor, product]
            term = product.results[0]
        if total is not None:
            add = add_i64(total, term)
            ops.append(add)
            term = add.results[0]
        total = term
    assert total is not None
    return ops, total


def _shared(op: Operation, table: str, key: object, build: Callable[[], Built]) -> Built:
    """What ``build`` makes for ``op``, or what it made for an earlier access of the block with
    the same ``key`` (in the sharing's ``table``, when sharing is on)."""
    sharing, block = _SHARING.get(), op.parent_block()
    if sharing is None or block is None:
        return build()
    entries = getattr(sharing, table)
    found = sharing.find(entries, (block, key), op)
    if found is not None:
        return [], found
    ops, value = build()
    sharing.keep(entries, (block, key), op, value)
    return ops, value


def _run_time_offset(op: Operation, terms: Terms) -> Built:
    """``sum(x_k * stride_k)``: shared if an earlier access of the block built it."""
    return _shared(op, "offsets", terms, lambda: _sum(terms))


def _constant(op: Operation, value: int) -> Built:
    """An i64 constant: shared if an earlier access of the block built it."""

    def build() -> Built:
        constant = i64_constant(value)
        return [constant], constant.results[0]

    return _shared(op, "constants", value, build)


def element_address(op: Operation, t: MemRefType, base: SSAValue, indices: list[SSAValue]) -> Lowered:
    """Ops computing ``&base[indices]`` for the access ``op`` to a memref of type ``t``
    (``indices`` already i64)."""
    terms, constant = _terms(t, indices)
    return offset_address(op, base, terms, constant, llvm_element_type(t))


def offset_address(op: Operation, base: SSAValue, terms: Terms, constant: int, element: Attribute) -> Lowered:
    """Ops computing ``base + sum(x_k * stride_k) + constant`` elements of type ``element``
    for ``op`` (an access, or a view at run-time offsets), sharing the run-time part."""
    ops: list[Operation] = []
    offset: SSAValue | None = None
    if terms:
        ops, offset = _run_time_offset(op, terms)
    if constant:
        more, shift = _constant(op, constant)
        ops += more
        if offset is None:
            offset = shift
        else:
            add = add_i64(offset, shift)
            ops.append(add)
            offset = add.results[0]
    if offset is None:
        return ops, [base]
    gep = element_pointer(base, offset, element)
    return [*ops, gep], [gep.results[0]]


def llvm_element_type(t: MemRefType) -> Attribute:
    """The llvm-stage type of one element (index becomes i64)."""
    elem = t.element_type
    return i64 if isinstance(elem, IndexType) else elem


PURE_INDEX_OPS = (llvm.ConstantOp, llvm.AddOp, llvm.MulOp)
"""The ops folding can leave unused: constants and index adds and multiplies."""


def erase_unused_arithmetic(module: ModuleOp) -> None:
    """Erase constants, adds and multiplies whose results nothing uses (what address folding
    leaves behind), last first so that chains go too."""
    for fn in module.ops:
        for region in fn.regions:
            for block in reversed(list(region.blocks)):  # (uses mostly follow definitions)
                for op in reversed(list(block.ops)):
                    if isinstance(op, PURE_INDEX_OPS) and not op.results[0].uses:
                        block.erase_op(op)
