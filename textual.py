"""Textual IR in and out: parsing that remembers where each op came from, located verification,
and printing (with ``dense_resource`` blobs and optional elision of large constants).

Every stage of the pipeline prints with :func:`print_module` and parses back with
:func:`parse_module`; errors found by the verifier point at ``file:line:col`` of the op.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from io import StringIO

from xdsl.context import Context
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.parser import Parser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException
from xdsl.utils.lexer import Span

from ember.diagnostics import VerifyError


class LocatingParser(Parser):
    """xDSL's parser, also recording the source span where each op starts."""

    op_spans: dict[Operation, Span[str] | Span[bytes]]

    def __init__(self, ctx: Context, text: str | bytes, name: str = "<stdin>") -> None:
        super().__init__(ctx, text, name)
        self.op_spans = {}
        self._resource_keys: dict[tuple[str, str], str] = {}

    def _parse_dialect_resource_handle(self, dialect_name: str, interface: OpAsmDialectInterface) -> str:
        """Map each textual blob key to ONE storage key per parse. xDSL 0.74 renames a key that
        already exists in the (process-global) storage at its first use but not again in the
        resource section, so re-parsing printed IR in the same process lost its blobs."""
        key = self.parse_identifier(" for resource handle")
        stored = self._resource_keys.get((dialect_name, key))
        if stored is None:
            stored = interface.declare_resource(key)
            self._resource_keys[(dialect_name, key)] = stored
            self.dialect_resources.add((dialect_name, stored))
        return stored

    def parse_operation(self) -> Operation:
        start = self._current_token.span
        op = super().parse_operation()
        self.op_spans[op] = start
        return op


@dataclass
class SourceMap:
    """Where the ops of a parsed module came from (empty for IR built in Python)."""

    spans: dict[Operation, Span[str] | Span[bytes]] = field(default_factory=dict)

    def locate(self, op: Operation) -> Span[str] | Span[bytes] | None:
        current: Operation | None = op
        while current is not None:
            if current in self.spans:
                return self.spans[current]
            current = current.parent_op()
        return None


def parse_module(ctx: Context, text: str | bytes, name: str = "<stdin>") -> tuple[ModuleOp, SourceMap]:
    """Parse a module (implicit top-level module allowed) and remember op locations."""
    parser = LocatingParser(ctx, text, name)
    module = parser.parse_module()
    return module, SourceMap(parser.op_spans)


def _walk_innermost_first(module: ModuleOp) -> Iterator[Operation]:
    return module.walk(reverse=False, region_first=True)


def verify_module(module: ModuleOp, sources: SourceMap | None = None, after_pass: str | None = None) -> None:
    """Verify ``module``; on failure raise a `VerifyError` located at the first failing op."""
    try:
        module.verify()
    except VerifyException as whole:
        failing = _first_failing_op(module)
        if failing is None:
            raise VerifyError(_prefix(after_pass) + str(whole).splitlines()[0]) from whole
        op, error = failing
        raise _located(op, error, sources or SourceMap(), after_pass) from error


def _first_failing_op(module: ModuleOp) -> tuple[Operation, Exception] | None:
    for op in _walk_innermost_first(module):
        try:
            op.verify(verify_nested_ops=False)
        except (VerifyException, ValueError) as error:
            return op, error
    return None


def _prefix(after_pass: str | None) -> str:
    return f"after pass '{after_pass}': " if after_pass else ""


def _located(op: Operation, error: Exception, sources: SourceMap, after_pass: str | None) -> VerifyError:
    from ember.tools.cli import format_span_error

    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if not message.startswith(f"'{op.name}'"):
        message = f"'{op.name}' op {message}"
    message = _prefix(after_pass) + message
    span = sources.locate(op)
    if span is not None and after_pass is None:
        return VerifyError(format_span_error(span, message))
    loc = str(op.location) if op.location is not None else ""
    where = f"{loc}: " if loc and loc != "loc(unknown)" else ""
    return VerifyError(f"{where}error: {message}")


def print_module(
    module: Operation,
    *,
    generic: bool = False,
    debuginfo: bool = False,
    ctx: Context | None = None,
) -> str:
    """The module as MLIR text (custom or generic form), with any resource blobs it uses."""
    out = StringIO()
    printer = Printer(stream=out, print_generic_format=generic, print_debuginfo=debuginfo)
    printer.print_op(module)
    if ctx is not None:
        ctx.get_optional_dialect("builtin")  # blobs live in builtin's storage: make sure it is loaded
        printer.print_metadata(ctx.loaded_dialects)
    out.write("\n")
    return out.getvalue()
