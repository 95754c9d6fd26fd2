"""The named pipeline ``lower-to-loops``: graph stage -> loop stage (ARCHITECTURE §1).

``graph-promote-half`` (f16 ops that accumulate computed in f32, :mod:`ember.passes.graph_promote_half`),
``graph-promote-bfloat16`` (every bf16 computation in f32, :mod:`ember.passes.graph_promote_bfloat16`),
``convert-graph-to-linalg`` (tensor stage), ``linalg-fuse-elementwise`` (the elementwise generics
of each ``graph-fuse`` group merged into one, :mod:`ember.lowering.fuse_elementwise`),
``math-polynomial-approximation`` (f32 exp / tanh / erf as arith code that vectorises,
:mod:`ember.lowering.math_approximation`), ``linalg-reorder-for-memory`` (independent ops
reordered so that fewer bytes are live at the peak, :mod:`ember.lowering.reorder_for_memory`),
``bufferize`` (memref stage, outputs in caller
buffers, see :mod:`ember.lowering.bufferize`), ``linalg-kernel-schedule`` (each heavy op's
``ember.schedule`` from the target), ``linalg-matmul-microkernel`` and
``linalg-conv-microkernel`` and ``linalg-grouped-conv-microkernel`` (f32 matmul / 2-D conv /
grouped and depthwise 2-D conv -> register-blocked vector.fma loops, see
:mod:`ember.lowering.kernels`), ``memref-fold-pad-into-pool`` (a max / average pool reads its unpadded
input, windows clipped at the edges, :mod:`ember.lowering.fold_pad_into_pool`), ``memref-pad-in-place`` (a constant pad written over the buffer it
pads when that dies there, :mod:`ember.lowering.pad_in_place`), ``plan-memory`` (every intermediate, the kernels' scratch buffers
included, becomes a view of one caller-provided arena, see :mod:`ember.lowering.plan_memory`),
``linalg-vectorize`` (elementwise-style f32 generics -> loops on
the target's vectors, :mod:`ember.lowering.vectorize`), ``convert-linalg-to-loops`` (loop stage: scf.for
+ memref.load/store + scalar arith/math), ``lower-affine`` (the affine index ops schedule
primitives leave, to arith: :mod:`ember.lowering.lower_affine`), ``memref-flatten-dynamic`` (memrefs with run-time sizes
as 1-D buffers with explicit index arithmetic, :mod:`ember.lowering.flatten_dynamic`). ``lower-to-llvm`` continues from here with
``convert-scf-to-cf`` and the LLVM conversions.
"""

from ember.registry import register_pipeline

LOWER_TO_LOOPS = register_pipeline(
    "lower-to-loops",
    (
        "graph-promote-half",
        "graph-promote-bfloat16",
        "convert-graph-to-linalg",
        "linalg-fuse-elementwise",
        "math-polynomial-approximation",
        "linalg-reorder-for-memory",
        "bufferize",
        "linalg-kernel-schedule",
        "linalg-matmul-microkernel",
        "linalg-conv-microkernel",
        "linalg-grouped-conv-microkernel",
        "memref-fold-pad-into-pool",
        "memref-pad-in-place",
        "plan-memory",
        "linalg-vectorize",
        "convert-linalg-to-loops",
        "lower-affine",
        "memref-flatten-dynamic",
    ),
    "Lower the graph stage to scf loops on memrefs (tensor, memref and loop stages)",
)
