"""The error family every user-facing part of ember raises.

All errors derive from xDSL's ``DiagnosticException`` so that xDSL's own machinery (pass
manager, ``--verify-diagnostics``) treats them like its own. The command-line tools catch
``DiagnosticException`` at the top and print a single ``file:line:col: error: message`` line
(see ``ember.tools.cli``); nothing below the tools prints or exits.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from xdsl.utils.exceptions import DiagnosticException

if TYPE_CHECKING:  # (importing xdsl.ir costs a tool's start-up a tenth of a second)
    from xdsl.ir import Operation
    from xdsl.utils.lexer import Span


class EmberError(DiagnosticException):
    """Base class of every error ember reports to a user."""


class VerifyError(EmberError):
    """An op or module breaks a rule of its dialect."""


class PassError(EmberError):
    """A pass failed; the message names the pass, the op and the reason."""


class LegalizationError(PassError):
    """A conversion left an op it cannot lower behind."""


class UnsupportedError(EmberError):
    """The input uses a feature ember does not (yet) support."""


class ImportError_(EmberError):
    """A model could not be imported (corrupt file, failed checker, unsupported ops)."""


class ShapeOperandError(ImportError_):
    """An operand the importer needs at compile time (a Reshape's shape, a Slice's starts, ...)
    is computed from graph inputs. ``inputs`` names those graph inputs: binding them to values
    (``ember.compile``'s specialising route, ``docs/dynamic-shapes.md``) makes it computable."""

    def __init__(self, message: str, inputs: tuple[str, ...]) -> None:
        super().__init__(message)
        self.inputs = inputs


class RuntimeCallError(EmberError):
    """A compiled executable was called with wrong inputs."""


def op_location(op: Operation) -> str:
    """A short human-readable location for an op: its `loc(...)` name if it has one."""
    loc = getattr(op, "location", None)
    text = str(loc) if loc is not None else ""
    if not text or text == "loc(unknown)":
        return ""
    return f" at {text}"


def pass_failure(
    pass_name: str, op: Operation, reason: str, hint: str = "", kind: type[PassError] = PassError
) -> PassError:
    """Build the standard pass-failure error: ``<pass>: <reason> on 'op.name'[ at loc]; <hint>``."""
    message = f"{pass_name}: {reason} on '{op.name}'{op_location(op)}"
    if hint:
        message += f"; {hint}"
    return at_op(kind(message), op)


def at_op(error: PassError, op: Operation) -> PassError:
    """Remember the op a pass failure is about: ``ember-opt`` reports it at the op's source
    line (``file:line:col: error: ...``, what ``--verify-diagnostics`` matches)."""
    error.op = op  # type: ignore[attr-defined]
    return error


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


_EMBER_ROOT = str(Path(__file__).resolve().parent)


def user_frame(error: BaseException) -> str | None:
    """``file:line`` of the innermost traceback frame in a file outside ember and the Python
    libraries (a pass plugin's own code), or None if the error arose in ember itself."""
    site = None
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        outside = not filename.startswith((_EMBER_ROOT, sys.prefix, sys.base_prefix, "<"))
        if outside and not Path(filename).resolve().is_relative_to(_EMBER_ROOT):
            site = f"{filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return site
