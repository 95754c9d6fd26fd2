"""Kernel schedules: the parameter record each heavy kernel is emitted from, and its defaults.

MEMREF STAGE. A :class:`KernelSchedule` says how one matmul / convolution becomes loops: the
vector width (``lanes`` f32 per vector), the register tile ``mr`` x ``nr`` (``nr`` a multiple
of ``lanes``), the K block ``kc`` and M block ``mc`` (0 = no blocking). It is stored on the op as
the discardable attribute ``ember.schedule = {lanes = 8, mr = 6, nr = 16, kc = 256, mc = 0}``,
so ``--print-ir-after-all`` shows it, a lit test can pin one, and a tuner can write one.

``linalg-kernel-schedule`` puts the heuristic default (:func:`gemm_schedule`,
:func:`conv_schedule`, derived from the module's :class:`~ember.target.Target`) on every op that
has none; the micro-kernel passes read it with :func:`schedule_of`. The heuristic (PERFORMANCE.md):

- register budget: ``mr * nr/lanes`` accumulators + ``nr/lanes`` vectors of B + 1 broadcast
  must fit the target's vector registers; among the tiles that fit, the most accumulators win
  (panel widths of 1, 2 or 4 vectors; ``mr`` <= 8 so unpacked A rows stay clear of the 4 KiB
  aliasing cliff);
- K is blocked only when a whole packed ``K x nr`` B panel would not stay in half of L2 (on
  Zen 3, K = 1024 runs at 78 GFLOP/s unblocked against 57-74 with KC = 256 / 512) or when A
  outgrows a quarter of L3 (:data:`A_L3_SHARE`: each column panel would stream it again); then
  ``kc`` (128..512) keeps the panel there, and M blocks keep the ``mc x kc`` block of A within
  half of L2 (mc <= 256; none when one block, + 50 %, covers M).

The parallel decision (``docs/parallel.md``) is part of the record: ``parallel`` names the loop
that is split across threads (``jr``: the NR column panels, ``ic``: the MC row blocks, ``batch``:
the outer batch loop of a batched matmul, ``channel``: the channels of a depthwise convolution;
never ``pc``, whose K blocks accumulate into the same output) and ``grain`` is the least number
of its iterations one thread gets. A kernel whose work does not give two threads a grain each
stays serial (``parallel = "none"``, the two entries are then not printed), and so does every
kernel when the target has one core. The grain follows from a minimum of
:data:`PARALLEL_CYCLES` core cycles per thread (an OpenMP fork/join costs a few microseconds):
:func:`min_flops_per_thread` for the FMA kernels, :func:`min_elements_per_thread` for
memory-bound loops.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from xdsl.dialects.builtin import DictionaryAttr, IntegerAttr, StringAttr, i64
from xdsl.ir import Attribute, Operation

from ember.diagnostics import EmberError, pass_failure
from ember.target import Target

ATTRIBUTE = "ember.schedule"
MAX_MR = 8
MAX_MC = 256
MIN_CONV_K_STEPS = 512
PANEL_VECTORS = (1, 2, 4)
VECTORIZE = ("pixels", "channels")
"""Values of a schedule's ``vectorize`` entry; the first is the default."""
PARALLEL_LOOPS = ("none", "jr", "ic", "batch", "channel")
"""Values of ``KernelSchedule.parallel``."""
THREADS_ATTRIBUTE = "ember.num_threads"
"""Discardable attribute of an ``scf.parallel`` a kernel emits: the team size it chose (read by
``convert-scf-parallel-to-openmp``)."""
STRING_ENTRIES = ("vectorize", "parallel")
"""Entries whose values are strings."""
PARALLEL_ENTRIES = ("parallel", "grain")
"""Entries printed only for a parallel schedule."""


@dataclass(frozen=True)
class KernelSchedule:
    """How one kernel is emitted (see the module docstring)."""

    lanes: int
    mr: int
    nr: int
    kc: int = 0
    mc: int = 0
    vectorize: str = "pixels"
    """Convolutions only: which dim runs along the vector lanes, ``"pixels"`` (output pixels;
    weights broadcast) or ``"channels"`` (output channels; input broadcast, for few pixels)."""
    parallel: str = "none"
    grain: int = 0
    pack_a: int = 0
    """2-D matmuls only (other kernels ignore it, as matmuls ignore ``vectorize``): 1 copies each
    ``mc x kc`` block of A into a scratch buffer, MR rows interleaved per k step, before the
    block's tiles run, so a tile reads its MR values of A from one contiguous stream."""

    @property
    def nvec(self) -> int:
        return self.nr // self.lanes

    def check(self) -> KernelSchedule:
        """Self, or an EmberError saying what is inconsistent."""
        if min(self.lanes, self.mr, self.nr) < 1 or self.kc < 0 or self.mc < 0:
            raise EmberError("lanes, mr and nr must be >= 1, kc and mc >= 0")
        if self.parallel not in PARALLEL_LOOPS:
            raise EmberError(f"parallel must be one of {', '.join(PARALLEL_LOOPS)}, not '{self.parallel}'")
        if self.parallel != "none" and self.grain < 1:
            raise EmberError("a parallel schedule needs grain >= 1")
        if self.nr % self.lanes:
            raise EmberError(f"nr ({self.nr}) must be a multiple of lanes ({self.lanes})")
        if self.mc and self.mc % self.mr:
            raise EmberError(f"mc ({self.mc}) must be a multiple of mr ({self.mr})")
        if self.pack_a not in (0, 1):
            raise EmberError(f"pack_a must be 0 or 1, not {self.pack_a}")
        if self.pack_a and self.parallel == "ic":
            raise EmberError("pack_a needs a serial ic loop (the row blocks share one packing buffer)")
        if self.vectorize not in VECTORIZE:
            raise EmberError(f"vectorize must be one of {', '.join(map(repr, VECTORIZE))}, not {self.vectorize!r}")
        return self

    @property
    def is_parallel(self) -> bool:
        return self.parallel != "none"

    def to_attr(self) -> DictionaryAttr:
        """The attribute form; ``vectorize`` and ``pack_a`` only when they are not the default,
        ``parallel`` and ``grain`` only for a parallel schedule."""
        entries = {k: v for k, v in asdict(self).items() if self.is_parallel or k not in PARALLEL_ENTRIES}
        if self.vectorize == VECTORIZE[0]:
            del entries["vectorize"]
        if not self.pack_a:
            del entries["pack_a"]
        return DictionaryAttr({k: StringAttr(v) if isinstance(v, str) else IntegerAttr(v, i64) for k, v in entries.items()})

    @staticmethod
    def from_attr(attr: Attribute) -> KernelSchedule:
        names = [f.name for f in fields(KernelSchedule)]
        if not isinstance(attr, DictionaryAttr):
            raise EmberError("must be a dictionary {lanes = .., mr = .., nr = ..}")
        values: dict[str, int | str] = {}
        for key, value in attr.data.items():
            if key in STRING_ENTRIES and isinstance(value, StringAttr):
                values[key] = value.data
                continue
            if key not in names or key in STRING_ENTRIES or not isinstance(value, IntegerAttr):
                raise EmberError(
                    f"unknown or mistyped entry '{key}' (entries: {', '.join(names)}; {' and '.join(STRING_ENTRIES)} are strings)"
                )
            values[key] = value.value.data
        missing = [k for k in ("lanes", "mr", "nr") if k not in values]
        if missing:
            raise EmberError(f"lacks {', '.join(missing)}")
        return KernelSchedule(**values).check()  # type: ignore[arg-type]


# ---- the parallel decision --------------------------------------------------------------------

PARALLEL_CYCLES = 20_000
"""Least work per thread, in core cycles (about 7 us at 3 GHz; a fork/join of the OpenMP runtime
costs microseconds: 1-7 us measured with spinning threads, more when they sleep)."""


def min_flops_per_thread(lanes: int) -> int:
    """Least flops per thread of an FMA kernel: :data:`PARALLEL_CYCLES` of one ``lanes``-wide
    FMA (2 flops per lane) a cycle."""
    return PARALLEL_CYCLES * 2 * lanes


def min_elements_per_thread(lanes: int) -> int:
    """Least elements per thread of a memory-bound loop: :data:`PARALLEL_CYCLES` of a quarter
    vector a cycle."""
    return max(1, PARALLEL_CYCLES * lanes // 4)


def grain_for(work_per_iteration: int, min_work: int) -> int:
    """Iterations a thread needs for ``min_work`` when each iteration does ``work_per_iteration``."""
    return max(1, -(-min_work // max(1, work_per_iteration)))


def parallel_threads(cores: int, iterations: int, grain: int) -> int:
    """Threads a loop of ``iterations`` runs on (at least ``grain`` iterations each, at most
    ``cores``); 1 = serial."""
    return max(1, min(cores, iterations // max(1, grain)))


def _balance(iterations: int, threads: int) -> float:
    """The fraction of ``threads`` kept busy when ``iterations`` equal ones are split statically."""
    return iterations / (threads * -(-iterations // threads)) if iterations else 0.0


def gemm_parallel(
    target: Target, m: int, n: int, k: int, sched: KernelSchedule, taps: int = 1, *, a_bytes: int = 0
) -> KernelSchedule:
    """``sched`` with the parallel loop of ``C[m,n] += A[m,k] B[k,n]`` on ``target``: the jr loop
    (NR column panels) or the ic loop (row blocks; ``mc`` is then chosen so that every thread
    gets blocks when the schedule has none), whichever keeps more threads busy (jr on a tie: each
    thread then streams its own B panels, unless ``a_bytes``, the A a thread streams once per
    panel, outgrows L2: :data:`A_L2_SPLIT_SLACK`); serial when one core, or too little work per
    fork (one K block), gives no two threads their grain. A convolution's k steps have ``taps``
    unrolled sub-steps each."""
    if target.cores <= 1:
        return sched
    steps = (sched.kc if 0 < sched.kc < k else k) * taps
    jr_score, jr = _jr_split(target, m, n, steps, sched)
    ic_score, ic = _ic_split(target, m, n, steps, sched)
    if ic_score > 0 and sched.mc == 0 and a_bytes > target.l2 > 0 and ic_score >= jr_score - A_L2_SPLIT_SLACK:
        return ic
    if jr_score >= ic_score and jr_score > 0:
        return jr
    return ic if ic_score > 0 else sched


A_L2_SPLIT_SLACK = 0.05
"""When A outgrows one core's L2 and is not blocked, each thread of a jr split streams all of it
from L3 once per column panel, and the two threads' streams compete; an ic split gives each
thread its share of the rows, which its L2 holds. So the ic split is taken even when it keeps up
to this fraction fewer rows parallel than the jr split keeps columns. Measured on `znver1`
(512 KiB L2 per core; one convolution + Relu, 1 and 2 threads interleaved): ResNet-50's 1x1
convolutions of 1024 channels at 14x14 (A = 196 pixels x 1024 channels, 784 KiB) scaled
1.72-1.75x from 1 to 2 threads split jr and 1.92-1.94x split ic; with A in L2 (256 channels,
196 KiB) jr scaled 2.00x against ic's 1.90x.
Strided convolutions (phase planes) keep jr: 256 -> 512 channels, 56x56 -> 28x28 scaled 1.82x
split jr and 1.38x split ic."""


def _jr_split(target: Target, m: int, n: int, steps: int, sched: KernelSchedule) -> tuple[float, KernelSchedule]:
    """(share of the columns split, schedule) of the jr split (score 0: none)."""
    panels = n // sched.nr
    grain = grain_for(2 * m * steps * sched.nr, min_flops_per_thread(sched.lanes))
    threads = parallel_threads(target.cores, panels, grain)
    score = _balance(panels, threads) * panels * sched.nr / n if threads > 1 else 0.0
    return score, replace(sched, parallel="jr", grain=grain)


def _ic_split(target: Target, m: int, n: int, steps: int, sched: KernelSchedule) -> tuple[float, KernelSchedule]:
    """(share of the rows split, schedule) of the ic split (score 0: none)."""
    mc = sched.mc if 0 < sched.mc < m else max(sched.mr, m // sched.mr // target.cores * sched.mr)
    blocks = m // mc
    grain = grain_for(2 * mc * steps * n, min_flops_per_thread(sched.lanes))
    threads = parallel_threads(target.cores, blocks, grain)
    score = _balance(blocks, threads) * blocks * mc / m if threads > 1 else 0.0
    return score, replace(sched, mc=mc, parallel="ic", grain=grain)


def _fits(target: Target, mr: int, nvec: int) -> bool:
    """Accumulators + B vectors (one reused register when there is a single row) + the
    broadcast fit the vector registers."""
    b_vectors = nvec if mr > 1 else 1
    return mr * nvec + b_vectors + 1 <= target.vector_registers


def register_tile(target: Target, rows: int, columns: int) -> tuple[int, int]:
    """(mr, nvec): the tile with the most accumulators that fits the registers, for an output
    of ``rows`` x ``columns`` (no wider than the columns, no taller than the rows)."""
    lanes = target.lanes
    best: tuple[int, int, int] | None = None
    for nvec in PANEL_VECTORS:
        if nvec > 1 and nvec * lanes > max(columns, lanes):
            continue
        mr = min(MAX_MR, max(1, rows))
        while mr > 1 and not _fits(target, mr, nvec):
            mr -= 1
        if not _fits(target, mr, nvec):
            continue
        candidate = (mr * nvec, mr, nvec)
        if best is None or candidate > best:
            best = candidate
    if best is None:
        return 1, 1
    return best[1], best[2]


def _pow2_floor(n: int) -> int:
    return 1 << (max(1, n).bit_length() - 1)


A_L3_SHARE = 4
"""Unblocked, the ``jr -> ir`` order streams all of A once per column panel; when A is more than
this fraction of L3 (L3 / 4), the GEMM is blocked (K and M, BLIS order) so each ``mc x kc`` block
of A is read from L2 for every panel. Measured on `znver1` (8 MiB L3 per 4-core complex; 1 thread,
against OpenBLAS in the same process, host loaded): blocked KC = 512, MC = 126 ran 1024^3 at
0.98-0.99x OpenBLAS against 0.89-0.90x unblocked, 1536x768x768 1.06x against 0.88x, 768x1024x1024
(A 3 MiB) 0.98x against 0.95x; with A of 1.5 MiB (512x768x3072, 384x1024x1024) unblocked won
(1.01x against 0.99x, 1.00x against 0.95x). On Zen 3 (32 MiB L3) the earlier probe ran K = 1024
faster unblocked (docs/targets.md), which this rule keeps (4 MiB < 8 MiB)."""


def a_outgrows_l3(target: Target, m: int, k: int) -> bool:
    """Whether the ``m x k`` f32 operand A exceeds :data:`A_L3_SHARE` of the target's L3."""
    return bool(target.l3) and m * k * 4 > target.l3 // A_L3_SHARE


def gemm_schedule(target: Target, m: int, n: int, k: int) -> KernelSchedule:
    """The default schedule of ``C[m,n] += A[m,k] B[k,n]`` on ``target``."""
    mr, nvec = register_tile(target, m, n)
    nr = nvec * target.lanes
    kc = 0
    if target.l2 and (k * nr * 4 > target.l2 // 2 or a_outgrows_l3(target, m, k)):
        kc = min(512, max(128, _pow2_floor(target.l2 // 2 // (nr * 4))))
    mc = 0
    if kc and target.l2:
        mc = max(mr, min(MAX_MC, target.l2 // 2 // (kc * 4)) // mr * mr)
        mc = 0 if m <= mc * 3 // 2 else mc
    return gemm_parallel(target, m, n, k, KernelSchedule(target.lanes, mr, nr, kc, mc))


RUN_TIME_ROWS = 128
"""The row count the default schedule of a GEMM whose row count is known only at run time is
sized for (a batch times a sequence length, typically)."""


def run_time_rows_schedule(target: Target, n: int, k: int) -> KernelSchedule:
    """The default schedule of ``C[m,n] += A[m,k] B[k,n]`` with ``m`` known only at run time:
    sized for :data:`RUN_TIME_ROWS` rows, no M blocks, the jr loop (column panels) parallel
    when that gives two threads their grain."""
    serial = replace(gemm_schedule(target.with_overrides(cores=1), RUN_TIME_ROWS, n, k), mc=0)
    steps = serial.kc if 0 < serial.kc < k else k
    return loop_parallel(target, serial, "jr", n // serial.nr, 2 * RUN_TIME_ROWS * steps * serial.nr)


def conv_schedule(
    target: Target, co: int, columns: int, ci: int = 0, taps: int = 1, *, pixels: int = 0, strided: bool = False
) -> KernelSchedule:
    """The default schedule of an implicit-GEMM convolution of ``ci`` -> ``co`` channels with
    ``taps`` kernel taps, ``pixels`` output pixels (0: unknown) and ``columns`` scratch columns
    of the pixels-on-lanes form: the channels-on-lanes form (:func:`channel_conv_schedule`) when
    it applies, else :func:`pixel_conv_schedule`."""
    if prefers_channels(target, co, taps, pixels, strided):
        return channel_conv_schedule(target, co, ci, taps, pixels, strided=strided)
    return pixel_conv_schedule(target, co, columns, ci, taps)


CHANNELS_MAX_PIXELS_1X1 = 196
"""Unstrided 1x1 convolutions use the channels-on-lanes form up to this many output pixels (the
14x14 stage of ResNet-50; at 28x28 the pixels-on-lanes form is faster on Zen 3)."""

CHANNELS_KC_1X1 = 64
"""K block (input channels) of a 1x1 channels-on-lanes convolution whose weight panel outgrows
half of L2: its input block then stays in L1 with the panel's block. Smaller panels run
unblocked: K blocks cost a pass of the pixels x channels partial sums per block and a transpose
at the end, which made ResNet-50's 256 -> 1024 channels at 14x14 run at 20 GFLOP/s against 37
unblocked (1 thread, `znver1` host; unblocked won or tied on every 1x1 shape of ResNet-50)."""


def prefers_channels(target: Target, co: int, taps: int, pixels: int, strided: bool) -> bool:
    """Whether output channels go on the vector lanes: whole vectors of channels, and a kernel
    window or stride (the pixels form needs phase planes and junk columns there) or few
    pixels (the pixels form pads the last column block)."""
    if co % target.lanes or not pixels:
        return False
    return taps > 1 or strided or pixels <= CHANNELS_MAX_PIXELS_1X1


def channel_conv_schedule(
    target: Target, co: int, ci: int, taps: int, pixels: int, *, strided: bool = False
) -> KernelSchedule:
    """Channels on the lanes: the register tile over (pixels x channels); K blocked only for 1x1
    kernels whose ``ci x nr`` weight panel outgrows half of L2 (:data:`CHANNELS_KC_1X1`)."""
    mr, nvec = register_tile(target, pixels, co)
    kc = 0
    if taps == 1 and target.l2 and ci * nvec * target.lanes * 4 > target.l2 // 2:
        kc = _divisor_near(ci, CHANNELS_KC_1X1)
        kc = 0 if kc >= ci else kc
    sched = KernelSchedule(target.lanes, mr, nvec * target.lanes, kc, 0, "channels")
    a_bytes = pixels * (kc or ci) * 4 if taps == 1 and not strided else 0
    return gemm_parallel(target, pixels, co, ci, sched, taps, a_bytes=a_bytes)


def pixel_conv_schedule(target: Target, co: int, columns: int, ci: int = 0, taps: int = 1) -> KernelSchedule:
    """Pixels on the lanes (M = Co, N = output pixels, K = Ci channels of ``taps`` steps each).
    No blocking while all the weights fit L2; otherwise ``kc``
    counts input channels: as many as keep the weights of all Co rows for one K block within
    half of L2, but at least ``MIN_CONV_K_STEPS`` k steps (each K block reloads the tiles and
    runs an epilogue), preferably dividing Ci. When a K block's weights still outgrow half of
    L2, Co is blocked too (``mc`` rows)."""
    mr, nvec = register_tile(target, co, columns)
    sched = KernelSchedule(target.lanes, mr, nvec * target.lanes)
    # the parallel decision sizes M by Co (not padded to MR rows): the direct kernel blocks Co
    if not target.l2 or not ci or co * ci * taps * 4 <= target.l2:
        return gemm_parallel(target, co, columns, max(1, ci), sched, taps)
    budget = target.l2 // 2
    kc = _divisor_near(ci, max(budget // (co * taps * 4), -(-MIN_CONV_K_STEPS // taps)))
    if kc >= ci:
        return gemm_parallel(target, co, columns, ci, sched, taps)
    mc = budget // (kc * taps * 4) // mr * mr
    mc = 0 if mc >= co else max(mr, mc)
    return gemm_parallel(target, co, columns, ci, KernelSchedule(target.lanes, mr, nvec * target.lanes, kc, mc), taps)


def _divisor_near(total: int, target: int) -> int:
    """A block size near ``target`` that divides ``total`` (no remainder block: less IR), the
    smallest one in ``[target, 2 * target]``, else the largest in ``[target / 2, target]``,
    else ``target`` itself."""
    for size in range(target, min(total, 2 * target) + 1):
        if total % size == 0:
            return size
    for size in range(target, max(1, target // 2) - 1, -1):
        if total % size == 0:
            return size
    return target


DEPTHWISE_ROWS = 4
"""Output rows per depthwise register block."""


def depthwise_schedule(target: Target, channels: int = 0, flops_per_channel: int = 0) -> KernelSchedule:
    """Depthwise convolution: blocks of ``DEPTHWISE_ROWS`` output rows x ``nr`` pixels held in
    half of the vector registers (the other half takes the input vectors and the splatted tap
    weights): 4 x 16 pixels on AVX2 (8 ymm accumulators), 4 x 64 on AVX-512. The ``channels``
    (output channels of one image) are the parallel loop when they give two threads a grain."""
    nvec = max(1, target.vector_registers // 2 // DEPTHWISE_ROWS)
    sched = KernelSchedule(target.lanes, DEPTHWISE_ROWS, nvec * target.lanes)
    return loop_parallel(target, sched, "channel", channels, flops_per_channel)


def loop_parallel(target: Target, sched: KernelSchedule, loop: str, iterations: int, flops: int) -> KernelSchedule:
    """``sched`` with ``loop`` (``iterations`` of ``flops`` each) parallel when that gives two
    threads their grain on ``target``; unchanged otherwise."""
    grain = grain_for(flops, min_flops_per_thread(sched.lanes))
    if parallel_threads(target.cores, iterations, grain) < 2:
        return sched
    return replace(sched, parallel=loop, grain=grain)


def schedule_of(op: Operation) -> KernelSchedule | None:
    """The schedule written on ``op`` (None when it has none)."""
    attr = op.attributes.get(ATTRIBUTE)
    if attr is None:
        return None
    try:
        return KernelSchedule.from_attr(attr)
    except EmberError as error:
        raise pass_failure(ATTRIBUTE, op, str(error)) from error


def set_schedule(op: Operation, schedule: KernelSchedule) -> None:
    op.attributes[ATTRIBUTE] = schedule.to_attr()
