"""``ember-opt``: the mlir-opt-style driver over ember's and xDSL's dialects and passes.

This module is the console script's entry point and stays light: ``--help`` and ``--version``
are answered from the generated ``tools/ember_opt_help.py`` (``scripts/gen_startup_index.py``
writes it; ``tests/tools/test_startup_index.py`` checks it against the real parser) without
importing xDSL or any pass, and everything else runs ``tools/opt_main.py``, which builds
xDSL's ``xDSLOptMain`` with ember's dialects, lazily registered passes, named pipelines and
located errors.
"""

from __future__ import annotations

import sys
from typing import Any

from ember import __version__

VERSION_FORMAT = f"ember-opt {__version__}, built from xdsl version {{xdsl_version}}"
"""What ``--version`` prints (``xdsl_version`` is filled in by xDSL's version action)."""

HELP_FLAGS = ("-h", "--help")
VERSION_FLAGS = ("-v", "--version")


def version_line() -> str:
    from importlib.metadata import version

    return VERSION_FORMAT.format(xdsl_version=version("xdsl"))


def quick_answer(argv: list[str]) -> str | None:
    """The output of ``--help`` or ``--version`` (whichever comes first) when nothing else can
    change it (no pass plugins), else None."""
    if any(arg.startswith("--load-pass-plugin") for arg in argv):
        return None
    for arg in argv:
        if arg == "--":
            return None
        if arg in HELP_FLAGS:
            from ember.tools.ember_opt_help import HELP

            return HELP
        if arg in VERSION_FLAGS:
            return version_line() + "\n"
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = quick_answer(args)
    if text is not None:
        sys.stdout.write(text)
        return 0
    if argv is None:  # the console script's process, which ends with this call
        from ember.gc_pause import pause_until_exit

        pause_until_exit()
    from ember.tools.cli import run_tool
    from ember.tools.opt_main import run

    return run_tool(run, args)


def __getattr__(name: str) -> Any:
    """``EmberOptMain``, ``pass_listing``, ... live in ``tools/opt_main.py``."""
    if name.startswith("__"):  # e.g. the import system probing for __path__: stay light
        raise AttributeError(name)
    from ember.tools import opt_main

    try:
        return getattr(opt_main, name)
    except AttributeError:
        raise AttributeError(f"module 'ember.tools.ember_opt' has no attribute '{name}'") from None


if __name__ == "__main__":
    sys.exit(main())
