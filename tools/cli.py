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
from xdsl.utils.lexer import Span

from ember.diagnostics import EmberError


def debug_requested(argv: list[str]) -> bool:
    return "--debug" in argv or os.environ.get("EMBER_DEBUG", "") not in ("", "0")


def format_span_error(span: Span[str] | Span[bytes], message: str, severity: str = "error") -> str:
    """``file:line:col: error: message`` followed by the source line and a caret under the span."""
    loc = span.get_location()
    first = f"{loc.file}:{loc.line}:{loc.col}: {severity}: {message}"
    content = span.input.content
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
        start_byte = span.start
        prefix = span.input.content[:start_byte]
        start = len(prefix.decode("utf-8", "replace")) if isinstance(prefix, bytes) else start_byte
    else:
        start = span.start
    line_start = content.rfind("\n", 0, start) + 1
    line_end = content.find("\n", start)
    line = content[line_start : line_end if line_end >= 0 else len(content)]
    if not line.strip():
        return first
    caret = " " * (start - line_start) + "^" * max(1, min(span.len, len(line) - (start - line_start)))
    return f"{first}\n{line}\n{caret}"


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
        return main(args)
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
