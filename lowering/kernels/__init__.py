"""Register-blocked micro-kernels for matmul and convolution (MEMREF STAGE -> vector loop nests).

The passes here rewrite linalg named ops on memrefs into ``scf.for`` nests whose innermost
loop carries an MR x NR tile of the output in ``vector<LANES x f32>`` ``iter_args`` and updates it
with ``vector.fma`` of splatted scalars and vector loads (PERFORMANCE.md). They run after
``bufferize`` and before ``convert-linalg-to-loops``, which lowers whatever they leave alone.
"""
