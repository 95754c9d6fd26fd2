"""lit configuration of ember's FileCheck suite: every .mlir/.py/.test file below this folder."""

import os
import shutil
import sys
import tempfile

import lit.formats

config.name = "ember"  # noqa: F821
config.test_format = lit.formats.ShTest(preamble_commands=[])  # noqa: F821
config.suffixes = [".mlir", ".test", ".py"]  # noqa: F821
config.excludes = ["lit.cfg.py", "lit.local.cfg", "Inputs"]  # noqa: F821
config.test_source_root = os.path.dirname(__file__)  # noqa: F821
config.environment["PYTHONUNBUFFERED"] = "1"  # noqa: F821
for name in ("PATH", "HOME", "TMPDIR", "EMBER_DEBUG", "PYTHONPATH"):
    if name in os.environ:
        config.environment[name] = os.environ[name]  # noqa: F821

# ember-run's compile cache: never the user's own (~/.cache/ember) from a test run
config.environment["EMBER_CACHE_DIR"] = os.environ.get("EMBER_CACHE_DIR") or os.path.join(  # noqa: F821
    tempfile.gettempdir(), f"ember-lit-cache-{os.getuid()}"
)

bindir = os.path.dirname(sys.executable)
config.environment["PATH"] = bindir + os.pathsep + config.environment.get("PATH", "")  # noqa: F821
config.substitutions.append(("%python", sys.executable))  # noqa: F821
config.substitutions.append(  # noqa: F821
    ("%roundtrip", "ember-opt %s --print-op-generic | ember-opt | filecheck %s")
)

for tool in ("mlir-opt-22", "mlir-translate-22"):
    if shutil.which(tool):
        config.available_features.add(tool)  # noqa: F821
try:
    import onnx  # noqa: F401

    config.available_features.add("onnx")  # noqa: F821
except ImportError:
    pass
try:
    import llvmlite  # noqa: F401

    config.available_features.add("llvmlite")  # noqa: F821
except ImportError:
    pass
