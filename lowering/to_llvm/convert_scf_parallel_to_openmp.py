"""``convert-scf-parallel-to-openmp``: ``scf.parallel`` -> an outlined body run by the OpenMP runtime.

Loop stage -> loop stage plus llvm-dialect runtime calls; in ``loops-to-llvm`` after
``scf-outline-loop-nests`` and before ``convert-scf-to-cf``. This is the shape upstream MLIR's
OpenMP translation gives ``omp.parallel`` + ``omp.wsloop`` (schedule static), produced directly
against libgomp's ABI instead of going through the omp dialect::

    scf.parallel (%i) = (%lb) to (%ub) step (%s) {        llvm.func internal @f_omp0(%data: !llvm.ptr) {
      body(%i, %a, %x)                                       %a, %x = loads of the fields of %data
    } {ember.num_threads = 2}                                %t = omp_get_thread_num(), %n = omp_get_num_threads()
                                                             trips = ceil((ub - lb) / s)
                         ==>                                 [lo, hi) = [t * trips / n, (t+1) * trips / n)
                                                             scf.for %i = lb + lo*s to lb + hi*s step %s { body }
                                                             llvm.return
                                                           }
                                                           // in f (the struct alloca sits in f's entry block)
                                                           llvm.store %a, %x into the fields of %data
                                                           llvm.call @GOMP_parallel(@f_omp0, %data, 2, 0)

``GOMP_parallel(fn, data, num_threads, flags)`` runs ``fn(data)`` on a team of ``num_threads``
threads (the caller is thread 0) and returns when all are done; each thread computes its own
static chunk, so the iterations split evenly (chunks differ by at most one iteration). Values the
body uses from outside are passed through the struct (memrefs as bare pointers, ``index`` as
``i64``, scalars and vectors as they are; unrealized casts bridge the types until
``reconcile-unrealized-casts``); constants and ``memref.get_global`` are cloned into the body.

The team size is the op's ``ember.num_threads`` (written by the kernel that chose the loop), else
the pass option ``num-threads``, else the target's ``cores``, never more than a static trip count.
With one thread (``num-threads=1`` or ``cores = 1``) every ``scf.parallel`` becomes a serial
``scf.for`` nest and no runtime function is referenced. An ``scf.parallel`` nested in another one
runs serially inside its thread; only the first dimension of a multi-dimensional loop is split.

Pre-condition: loop stage, no ``scf.parallel`` with reductions. Post-condition: no ``scf.parallel``.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, llvm, scf
from xdsl.dialects.builtin import (
    AnyFloat,
    IndexType,
    IntegerAttr,
    IntegerType,
    MemRefType,
    ModuleOp,
    UnrealizedConversionCastOp,
    VectorType,
    i32,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from ember.diagnostics import pass_failure
from ember.lowering.kernels.schedule import THREADS_ATTRIBUTE
from ember.lowering.to_llvm.outline_loop_nests import CLONED_DEFINITIONS, free_values
from ember.lowering.to_llvm.type_converter import (
    PTR,
    convert_type,
    declare_function,
    element_byte_width,
)
from ember.registry import register_pass
from ember.target import target_of

PASS = "convert-scf-parallel-to-openmp"

FORK = "GOMP_parallel"
RUNTIME_FUNCTIONS: dict[str, tuple[list[Attribute], Attribute]] = {
    FORK: ([PTR, PTR, i32, i32], llvm.LLVMVoidType()),
    "omp_get_thread_num": ([], i32),
    "omp_get_num_threads": ([], i32),
}
"""The OpenMP runtime entry points the lowering calls (libgomp; LLVM's libomp exports them too)."""

INDEX = IndexType()


# ---- serial form ------------------------------------------------------------------------------


def _serial_body(loop: scf.ParallelOp, ivs: list[SSAValue], target: Block) -> None:
    """Move ``loop``'s body ops into ``target`` with its induction variables replaced by ``ivs``."""
    body = loop.body.block
    for arg, iv in zip(body.args, ivs, strict=True):
        arg.replace_all_uses_with(iv)
    for op in list(body.ops):
        op.detach()
        if isinstance(op, scf.ReduceOp):
            op.erase()
            continue
        target.add_op(op)


def _for_nest(
    dims: list[tuple[SSAValue, SSAValue, SSAValue]], fill: Block, fill_ivs: list[SSAValue]
) -> tuple[scf.ForOp, Block, list[SSAValue]]:
    """A perfect ``scf.for`` nest over ``dims``; (outer loop, innermost body, induction vars).
    The innermost body is ``fill`` (which gets the yield) when no dims remain."""
    ivs = list(fill_ivs)
    outer: scf.ForOp | None = None
    parent: Block | None = None
    for lower, upper, step in dims:
        body = Block(arg_types=[INDEX])
        loop = scf.ForOp(lower, upper, step, [], body)
        if parent is None:
            outer = loop
        else:
            parent.add_op(loop)
        parent = body
        ivs.append(body.args[0])
    assert outer is not None and parent is not None
    return outer, parent, ivs


def serialize(loop: scf.ParallelOp) -> None:
    """Replace ``loop`` (and every ``scf.parallel`` inside it) by the equivalent ``scf.for``
    nest (same order of iterations)."""
    _check_no_reductions(loop)
    for nested in [op for op in loop.body.walk() if isinstance(op, scf.ParallelOp)][::-1]:
        serialize(nested)
    dims = list(zip(loop.lowerBound, loop.upperBound, loop.step, strict=True))
    outer, inner, ivs = _for_nest(dims, Block(), [])
    _serial_body(loop, ivs, inner)
    _close_for_nest(outer)
    parent = loop.parent_block()
    assert parent is not None
    parent.insert_op_before(outer, loop)
    loop.detach()
    loop.erase()


def _close_for_nest(outer: scf.ForOp) -> None:
    """Add the missing ``scf.yield`` to every loop of a nest built by :func:`_for_nest`."""
    for op in outer.walk():
        if isinstance(op, scf.ForOp) and not isinstance(op.body.block.last_op, scf.YieldOp):
            op.body.block.add_op(scf.YieldOp())


def _check_no_reductions(loop: scf.ParallelOp) -> None:
    if loop.initVals:
        raise pass_failure(PASS, loop, "scf.parallel with reductions is not supported",
                           "write the partial results to memory instead")  # fmt: skip


# ---- captured values --------------------------------------------------------------------------


def _field_type(op: Operation, t: Attribute) -> Attribute:
    """The struct field type carrying a value of type ``t`` into the outlined body."""
    legal = isinstance(t, IndexType | IntegerType | AnyFloat | VectorType | llvm.LLVMPointerType)
    converted = convert_type(t) if legal or isinstance(t, MemRefType) else None
    if converted is None:
        raise pass_failure(PASS, op, f"cannot pass a value of type {t} to the parallel body",
                           "only static memrefs, index, scalars and vectors are supported")  # fmt: skip
    return converted


def _as(value: SSAValue, t: Attribute, block: Block, before: Operation | None = None) -> SSAValue:
    """``value`` as type ``t`` (an unrealized cast when the types differ)."""
    if value.type == t:
        return value
    cast = UnrealizedConversionCastOp.get([value], [t])
    if before is None:
        block.add_op(cast)
    else:
        block.insert_op_before(cast, before)
    return cast.results[0]


def _field_bytes(op: Operation, t: Attribute) -> int:
    """Bytes of a field of type ``t``: a power of two (fields sit at multiples of their size)."""
    size = 8 if isinstance(t, llvm.LLVMPointerType) else element_byte_width(t)
    if size & (size - 1):
        raise pass_failure(PASS, op, f"cannot pass a value of type {t} ({size} bytes) to the parallel body",
                           "only values of 1, 2, 4, 8, ... bytes are supported")  # fmt: skip
    return size


@dataclass
class Captures:
    """The values a parallel body reads from outside: passed ones, in a block of memory where
    each sits at a multiple of its own size (``slots[k]`` = offset / size, so the address is a
    GEP over the field's own type), and cloned ones (constants and globals, re-created inside
    the body)."""

    passed: list[SSAValue]
    fields: list[Attribute]
    slots: list[int]
    words: int
    """Size of the block in 8-byte words."""
    alignment: int
    cloned: list[SSAValue]

    @staticmethod
    def of(loop: scf.ParallelOp) -> Captures:
        passed: list[SSAValue] = []
        cloned: list[SSAValue] = []
        for value in free_values(loop):
            owner = value.owner
            if isinstance(owner, CLONED_DEFINITIONS) and not owner.operands:
                cloned.append(value)
            else:
                passed.append(value)
        fields = [_field_type(loop, v.type) for v in passed]
        sizes = [_field_bytes(loop, f) for f in fields]
        slots: list[int] = []
        end = 0
        for size in sizes:
            offset = -(-end // size) * size
            slots.append(offset // size)
            end = offset + size
        return Captures(passed, fields, slots, max(1, -(-end // 8)), max([8, *sizes]), cloned)

    def _address(self, data: SSAValue, position: int) -> llvm.GEPOp:
        return llvm.GEPOp(data, [self.slots[position]], self.fields[position])

    def unpack(self, data: SSAValue, block: Block) -> dict[SSAValue, SSAValue]:
        """Loads of every field of ``*data`` (and clones of the cloned values), appended to
        ``block``; returns the outside value -> inside value mapping."""
        mapping: dict[SSAValue, SSAValue] = {}
        for value in self.cloned:
            clone = value.owner.clone()  # type: ignore[union-attr]
            block.add_op(clone)
            mapping[value] = clone.results[0]
        for position, (value, field) in enumerate(zip(self.passed, self.fields, strict=True)):
            address = self._address(data, position)
            load = llvm.LoadOp(address, field)
            block.add_op(address)
            block.add_op(load)
            mapping[value] = _as(load.dereferenced_value, value.type, block)
        return mapping

    def pack(self, data: SSAValue, block: Block, before: Operation) -> None:
        """Stores of every passed value into its field of ``*data``, inserted before ``before``."""
        for position, (value, field) in enumerate(zip(self.passed, self.fields, strict=True)):
            stored = _as(value, field, block, before)
            address = self._address(data, position)
            block.insert_op_before(address, before)
            block.insert_op_before(llvm.StoreOp(stored, address), before)


# ---- the outlined body ------------------------------------------------------------------------


class _Appender:
    """Appends ops to a block and returns their first result."""

    def __init__(self, block: Block) -> None:
        self.block = block
        self.constants: dict[int, SSAValue] = {}

    def __call__(self, op: Operation) -> SSAValue:
        self.block.add_op(op)
        return op.results[0]

    def index(self, value: int) -> SSAValue:
        if value not in self.constants:
            self.constants[value] = self(arith.ConstantOp.from_int_and_width(value, INDEX))
        return self.constants[value]

    def runtime_index(self, function: str) -> SSAValue:
        """``omp_*()`` (an i32) as an index."""
        result = self(llvm.CallOp(function, return_type=i32))
        return self(arith.IndexCastOp(result, INDEX))


def _chunk(a: _Appender, lower: SSAValue, upper: SSAValue, step: SSAValue) -> tuple[SSAValue, SSAValue]:
    """This thread's ``[lo, hi)`` of ``lower..upper`` by ``step``: iterations
    ``[t * trips / n, (t + 1) * trips / n)`` of thread ``t`` among ``n``."""
    thread = a.runtime_index("omp_get_thread_num")
    threads = a.runtime_index("omp_get_num_threads")
    span = a(arith.SubiOp(upper, lower))
    trips = a(arith.DivUIOp(a(arith.AddiOp(span, a(arith.SubiOp(step, a.index(1))))), step))
    first = a(arith.DivUIOp(a(arith.MuliOp(thread, trips)), threads))
    last = a(arith.DivUIOp(a(arith.MuliOp(a(arith.AddiOp(thread, a.index(1))), trips)), threads))
    lo = a(arith.AddiOp(lower, a(arith.MuliOp(first, step))))
    hi = a(arith.AddiOp(lower, a(arith.MuliOp(last, step))))
    return lo, hi


def outlined_body(loop: scf.ParallelOp, captures: Captures, name: str) -> llvm.FuncOp:
    """``llvm.func internal @name(%data: !llvm.ptr)``: this thread's chunk of the first
    dimension of ``loop`` (the other dimensions as serial loops inside), reading what the body
    uses from ``*data``. ``loop``'s body is moved into it."""
    entry = Block(arg_types=[PTR])
    mapping = captures.unpack(entry.args[0], entry)
    a = _Appender(entry)
    bounds = [[mapping.get(v, v) for v in dim] for dim in zip(loop.lowerBound, loop.upperBound, loop.step, strict=True)]
    lo, hi = _chunk(a, *bounds[0])
    inner_dims = [(lower, upper, step) for lower, upper, step in bounds[1:]]
    outer, inner, ivs = _for_nest([(lo, hi, bounds[0][2]), *inner_dims], Block(), [])
    for value, inside in mapping.items():
        for use in list(value.uses):
            if loop.is_ancestor(use.operation):
                use.operation.operands[use.index] = inside
    _serial_body(loop, ivs, inner)
    _close_for_nest(outer)
    entry.add_op(outer)
    entry.add_op(llvm.ReturnOp())
    return llvm.FuncOp(name, llvm.LLVMFunctionType([PTR]), linkage=llvm.LinkageAttr("internal"), body=Region(entry))


# ---- the fork ---------------------------------------------------------------------------------


def _enclosing_function(op: Operation) -> func.FuncOp | llvm.FuncOp:
    parent = op.parent_op()
    while parent is not None and not isinstance(parent, func.FuncOp | llvm.FuncOp):
        parent = parent.parent_op()
    if parent is None:
        raise pass_failure(PASS, op, "scf.parallel outside a function")
    return parent


def _entry_alloca(fn: func.FuncOp | llvm.FuncOp, captures: Captures) -> SSAValue:
    """``llvm.alloca`` of the captures' block at the start of ``fn``'s entry block (allocas
    inside loops would grow the stack on every iteration)."""
    entry = fn.body.blocks[0]
    one = llvm.ConstantOp(IntegerAttr(captures.words, i64), i64)
    # 8-byte slots typed as pointers (llvmlite then treats the block as an untyped address)
    alloca = llvm.AllocaOp(one, PTR, alignment=captures.alignment)
    first = entry.first_op
    for op in (one, alloca):
        if first is None:
            entry.add_op(op)
        else:
            entry.insert_op_before(op, first)
    return alloca.results[0]


def static_trips(loop: scf.ParallelOp) -> int | None:
    """The trip count of ``loop``'s first dimension when its bounds are constants."""
    values = []
    for value in (loop.lowerBound[0], loop.upperBound[0], loop.step[0]):
        owner = value.owner
        if not isinstance(owner, arith.ConstantOp) or not isinstance(owner.value, IntegerAttr):
            return None
        values.append(owner.value.value.data)
    lower, upper, step = values
    return max(0, -(-(upper - lower) // step)) if step > 0 else None


def team_size(loop: scf.ParallelOp, default: int) -> int:
    """Threads to fork for ``loop``: its ``ember.num_threads`` or ``default``, at most its
    static trip count."""
    attr = loop.attributes.get(THREADS_ATTRIBUTE)
    threads = attr.value.data if isinstance(attr, IntegerAttr) else default
    trips = static_trips(loop)
    return max(1, min(threads, trips) if trips is not None else threads)


def fork(loop: scf.ParallelOp, name: str, threads: int) -> llvm.FuncOp:
    """Replace ``loop`` by ``GOMP_parallel(@name, data, threads, 0)``; returns ``@name``."""
    _check_no_reductions(loop)
    for nested in [op for op in loop.body.walk() if isinstance(op, scf.ParallelOp)][::-1]:
        serialize(nested)
    captures = Captures.of(loop)
    fn = _enclosing_function(loop)
    block = loop.parent_block()
    assert block is not None
    data = _entry_alloca(fn, captures)
    captures.pack(data, block, loop)
    call_args = [
        llvm.AddressOfOp(name, PTR),
        llvm.ConstantOp(IntegerAttr(threads, i32), i32),
        llvm.ConstantOp(IntegerAttr(0, i32), i32),
    ]
    for op in call_args:
        block.insert_op_before(op, loop)
    block.insert_op_before(
        llvm.CallOp(FORK, call_args[0].results[0], data, call_args[1].results[0], call_args[2].results[0]), loop
    )
    body = outlined_body(loop, captures, name)
    loop.detach()
    loop.erase()
    return body


def _outermost_parallel_loops(module: ModuleOp) -> list[scf.ParallelOp]:
    found: list[scf.ParallelOp] = []
    for op in module.walk():
        if isinstance(op, scf.ParallelOp) and not any(p.is_ancestor(op) for p in found):
            found.append(op)
    return found


def _symbol(fn: func.FuncOp | llvm.FuncOp) -> str:
    return fn.sym_name.data


@register_pass
@dataclass(frozen=True)
class ConvertScfParallelToOpenmpPass(ModulePass):
    """Outline each scf.parallel into a function forked by GOMP_parallel (static chunk per thread).

    Pre-condition: loop stage, after scf-outline-loop-nests. Post-condition: no scf.parallel; with
    one thread (num-threads=1 or target cores = 1) the loops are serial and no runtime call is
    emitted. ``num-threads``: team size (0 = the target's cores)."""

    name = "convert-scf-parallel-to-openmp"

    num_threads: int = 0

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        default = self.num_threads or target_of(op).cores
        counters: dict[str, int] = {}
        outlined: list[llvm.FuncOp] = []
        for loop in _outermost_parallel_loops(op):
            threads = team_size(loop, default) if default > 1 else 1
            if threads <= 1:
                serialize(loop)
                continue
            owner = _symbol(_enclosing_function(loop))
            counters[owner] = counters.get(owner, -1) + 1
            outlined.append(fork(loop, f"{owner}_omp{counters[owner]}", threads))
        for fn in outlined:
            op.body.block.add_op(fn)
        if outlined:
            for name, (inputs, output) in RUNTIME_FUNCTIONS.items():
                declare_function(outlined[0], name, inputs, output)


__all__ = ["PASS", "THREADS_ATTRIBUTE", "ConvertScfParallelToOpenmpPass", "serialize", "team_size"]
