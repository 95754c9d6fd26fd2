"""Shared command-line plumbing: located one-line errors, exit codes, ``--debug`` tracebacks.

Every tool's ``main`` runs inside :func:`run_tool`, which turns ember's and xDSL's diagnostic
exceptions into ``file:line:col: error: message`` (plus the source line and a caret when the
text is at hand), exits with status 1, and prints a Python traceback only with ``--debug`` or
``EMBER_DEBUG=1``.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable

from xdsl.utils.exceptions import DiagnosticException, ParseError

from ember.deep_stack import NESTING_DEPTH, call_with_deep_stack
from ember.diagnostics import EmberError, format_span_error


def debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("EMBER_DEBUG", "") not in ("", "0")


def format_exception(error: BaseException) -> str:
    """The user-facing text of an error (no traceback)."""
    if isinstance(error, ParseError):
        return format_span_error(error.span, error.msg)
    text = str(error).strip()
    if isinstance(error, EmberError) and ": error:" in text.split("\n", 1)[0]:
        return text
    return f"error: {text}" if text else f"error: {type(error).__name__}"


def run_tool(main: Callable[[list[str]], int], argv: list[str] | None = None) -> int:
    """Run a tool's main, mapping expected failures to a located message and exit status 1."""
    args = sys.argv[1:] if argv is None else argv
    try:
        return call_with_deep_stack(lambda: main(args))
    except RecursionError:
        if debug_requested(args):
            traceback.print_exc()
        print(f"error: nesting too deep (ember supports {NESTING_DEPTH} levels of nested regions, "
              "attributes and types)", file=sys.stderr)
        return 1
    except (DiagnosticException, ParseError) as error:
        if debug_requested(args):
            traceback.print_exc()
        print(format_exception(error), file=sys.stderr)
        return 1
    except (OSError, ValueError) as error:
        if debug_requested(args):
            traceback.print_exc()
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # an ember bug: say so, briefly, unless --debug
        if debug_requested(args):
            traceback.print_exc()
        print(
            f"error: internal compiler error: {type(error).__name__}: {error} "
            "(rerun with --debug for a traceback)",
            file=sys.stderr,
        )
        return 1
