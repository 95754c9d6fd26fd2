"""Runtime: JIT engine, Executable, buffers."""
