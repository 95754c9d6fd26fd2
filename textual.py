"""Textual IR in and out: parsing that remembers where each op came from, located verification,
and printing (with ``dense_resource`` blobs and optional elision of large constants).

Every stage of the pipeline prints with :func:`print_module` and parses back with
:func:`parse_module`; errors found by the verifier point at ``file:line:col`` of the op.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from io import StringIO
from math import prod
from typing import Any

from xdsl.context import Context
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    MemRefType,
    ModuleOp,
    TensorType,
    VectorType,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.irdl import AttributeInvT
from xdsl.parser import Parser, UnresolvedOperand
from xdsl.printer import Printer
from xdsl.utils.exceptions import ParseError, VerifyException
from xdsl.utils.lexer import Span, Token
from xdsl.utils.mlir_lexer import MLIRLexer, MLIRTokenKind

from ember.deep_stack import NESTING_DEPTH
from ember.diagnostics import EmberError, VerifyError, format_span_error
from ember.dialects.graph.base import verified_signatures
from ember.gc_pause import paused_gc
from ember.textual_fast import FastParse, fast_form
from ember.verifier import find_structural_error

# xDSL 0.74 lexes a string literal with '"(?:[^"\\\n\v\f]+|\\(?:...))*"': the nested '+' inside '*'
# backtracks exponentially on an unterminated string ('"parallel]} ins(...' never returned). The
# same language without the inner '+' is matched in linear time; every parser in the process uses it.
MLIRLexer._unescaped_characters_regex = re.compile(r'"(?:[^"\\\n\v\f]|\\(?:["nt\\]|[0-9A-Fa-f]{2}))*"')


MAX_DENSE_ELEMENTS = 1 << 26
"""The most elements a ``dense<...>`` literal may have in textual IR (64 Mi: a 256 MiB f32
tensor); larger constants belong in ``dense_resource`` blobs."""
MAX_INTEGER_WIDTH = (1 << 24) - 1
"""The widest integer type MLIR's builtin dialect accepts (``IntegerType::kMaxWidth``)."""


def _check_dense_size(parser: Parser, literal_type: Attribute, where: Span[str] | Span[bytes]) -> None:
    shape = literal_type.get_shape() if hasattr(literal_type, "get_shape") else ()
    count = prod(shape) if all(d >= 0 for d in shape) else 0
    if count > MAX_DENSE_ELEMENTS:
        parser.raise_error(
            f"dense literal of {count} elements is larger than ember's limit of {MAX_DENSE_ELEMENTS} "
            "(use a dense_resource blob)", where
        )


MEMOISED_TYPES = frozenset({"tensor", "memref", "vector"})
"""Builtin parametrised types whose parse :class:`LocatingParser` memoises by text."""
MEMOISED_TYPE_CLASSES = frozenset({TensorType, MemRefType, VectorType})
"""The same types' classes, whose printed text :class:`TextPrinter` memoises by value."""

_TYPE_CHARACTERS = re.compile(r"<[^<>\"]*(?:<[^<>\"]*(?:<[^<>\"]*>[^<>\"]*)*>[^<>\"]*)*>")
"""A ``<...>`` parameter list with up to three levels of nested angle brackets and no string
literal or arrow (``->`` in an affine map ends it early, which only makes it miss the cache)."""


def _type_end(content: str, after_name: int) -> int | None:
    """Where the ``<...>`` right after a type name at ``after_name`` ends, or None."""
    found = _TYPE_CHARACTERS.match(content, after_name)
    return found.end() if found is not None else None


class LocatingParser(Parser):
    """xDSL's parser, also recording the source span where each op starts, and reporting an
    undefined SSA value at its first use (xDSL reports it at the end of the input)."""

    op_spans: dict[Operation, Span[str] | Span[bytes]]
    block_spans: dict[Block, Span[str] | Span[bytes]]
    first_uses: dict[str, Span[str] | Span[bytes]]

    def __init__(
        self, ctx: Context, text: str | bytes, name: str = "<stdin>", line_offset: int = 0, fast: bool = True
    ) -> None:
        """``fast``: read the common op shapes with ``textual_fast`` (same ops, same errors)."""
        super().__init__(ctx, text, name)
        self.op_spans = {}
        self.block_spans = {}
        self.first_uses = {}
        self.line_offset = line_offset
        self._op_names: list[str] = []  # ops being parsed, outermost first
        self._resource_keys: dict[tuple[str, str], str] = {}
        self._types: dict[str, Any] = {}  # type text -> parsed type (see below)
        self._fast: FastParse | None = FastParse(self) if fast else None

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

    def _parse_optional_complex(self) -> Any:  # (xDSL's tuple | None)
        """As xDSL's, but a complex literal not closed by ``)`` (``dense<(0.1, 0.2, 0.3]>``) is
        a located error: xDSL 0.74 asserts on the token instead."""
        try:
            return super()._parse_optional_complex()
        except AssertionError:
            token = self._current_token
            self.raise_error(f"expected ')' to close the complex value, found '{token.text}'", token.span)

    def _parse_dense_literal_type(self) -> Any:  # (xDSL's RankedStructure[...])
        """As xDSL's, refusing a type with more elements than `MAX_DENSE_ELEMENTS` before the
        literal is expanded (xDSL stores a splat element by element: ``dense<1.0> :
        tensor<2147483648xf32>`` took 24 GB)."""
        start = self._current_token.span
        literal_type = super()._parse_dense_literal_type()
        _check_dense_size(self, literal_type, start)
        return literal_type

    def _parse_optional_integer_or_float_type(self) -> Any:  # (xDSL's TypeAttribute | None)
        """As xDSL's, refusing an integer type wider than MLIR allows (``i99999999999``: its
        value range, ``1 << width``, overflowed in xDSL's attribute checks)."""
        token = self._current_token
        if token.kind == MLIRTokenKind.BARE_IDENT:
            match = self._builtin_integer_type_regex.match(token.text)
            if match is not None and int(match.group(1)) > MAX_INTEGER_WIDTH:
                self.raise_error(f"integer bitwidth is limited to {MAX_INTEGER_WIDTH} bits", token.span)
        return super()._parse_optional_integer_or_float_type()

    def parse_dense_int_or_fp_elements_attr(self, type: Any) -> DenseIntOrFPElementsAttr:
        start = self._current_token.span
        if type is not None:
            _check_dense_size(self, type, start)
        try:
            return super().parse_dense_int_or_fp_elements_attr(type)
        except OverflowError:  # xDSL packs the elements with struct, which refuses them
            raise ParseError(start, "a float element of this dense literal is out of its type's range") from None

    def _parse_optional_builtin_parametrized_type(self) -> Any:  # (xDSL's TypeAttribute | None)
        """As xDSL's, memoised on the type's text: a ``tensor<...>`` / ``memref<...>`` /
        ``vector<...>`` already parsed in this input is looked up instead of lexed and parsed
        again (types were most of the parse time of a graph function: every op spells its
        operand and result types). Only a text that parsed completely before is reused, and
        types are immutable, so a hit returns the same attribute a parse would."""
        token = self._current_token
        if token.kind != MLIRTokenKind.BARE_IDENT or token.text not in MEMOISED_TYPES:
            return super()._parse_optional_builtin_parametrized_type()
        content = token.span.input.content
        end = _type_end(content, token.span.end) if isinstance(content, str) else None
        key = content[token.span.start : end] if end is not None else None
        cached = self._types.get(key) if key is not None else None
        if cached is not None:
            assert end is not None
            self._resume_from(end)
            return cached
        parsed = super()._parse_optional_builtin_parametrized_type()
        if key is not None and parsed is not None and (end == self.pos or content[end : self.pos].isspace()):
            self._types[key] = parsed
        return parsed

    def _span(self, span: Span[str] | Span[bytes]) -> Span[str] | Span[bytes]:
        return dataclasses.replace(span, line_offset=self.line_offset) if self.line_offset else span

    def parse_operation(self) -> Operation:
        start = self._current_token.span
        op = self._fast.parse_op() if self._fast is not None else None
        if op is not None:
            self.op_spans[op] = self._span(start)
            return op
        depth = len(self._op_names)
        try:
            op = super().parse_operation()
        except ParseError as error:
            raise self._naming_op(error, depth) from None
        except (VerifyException, ValueError, IndexError, KeyError, TypeError) as error:  # e.g. a
            # property of the wrong kind, an integer literal out of its type's range, or a custom
            # parser (linalg named ops) indexing operands that are not there
            if len(self._op_names) <= depth:
                if isinstance(error, VerifyException):
                    raise
                raise ParseError(self._current_token.span, str(error)) from None
            what = error if isinstance(error, VerifyException | ValueError) else (
                f"is malformed here ({type(error).__name__}: {error})"
            )
            located = ParseError(self._span(start), f"'{self._op_names[depth]}' op {what}")
            located.names_op = True  # type: ignore[attr-defined]
            raise located from None
        finally:
            del self._op_names[depth:]
        self.op_spans[op] = self._span(start)
        return op

    def _parse_block_body(self, block: Block) -> None:
        """As xDSL's, reading runs of remembered ops without the lexer (`FastParse.parse_run`)."""
        fast = self._fast
        while True:
            if fast is not None:
                fast.parse_run(block, self.op_spans, self.line_offset)
            op = self.parse_optional_operation()
            if op is None:
                return
            block.add_op(op)

    def _parse_block(self) -> Block:
        start = self._current_token.span
        block = super()._parse_block()
        self.block_spans[block] = self._span(start)
        return block

    def _naming_op(self, error: ParseError, depth: int) -> ParseError:
        """Prefix a syntax error inside an op's own text with ``'<op>' op`` (innermost op only)."""
        if getattr(error, "names_op", False) or len(self._op_names) <= depth:
            return error
        message = error.msg[:1].lower() + error.msg[1:] if error.msg[1:2].islower() else error.msg
        named = ParseError(error.span, f"'{self._op_names[depth]}' op {message}")
        named.names_op = True  # type: ignore[attr-defined]
        return named

    def _get_op_by_name(self, name: str) -> type[Operation]:
        """As xDSL's, but an unknown op is reported at its name, with a suggestion."""
        try:
            op_type = super()._get_op_by_name(name)
            self._op_names.append(name)
            return op_type
        except ParseError:
            here = self._current_token.span
            start = here.input.content.rfind(name, 0, here.start)
            span = Span(start, start + len(name), here.input) if start >= 0 else here
            unknown = ParseError(span, f"unknown operation '{name}'{self._suggest(name)}")
            unknown.names_op = True  # type: ignore[attr-defined]  # (not the enclosing op's fault)
            raise unknown from None

    def _suggest(self, name: str) -> str:
        """``; did you mean 'graph.relu'?`` for a near miss within the op's dialect."""
        dialect = self.ctx.get_optional_dialect(name.split(".", 1)[0])  # loads it if registered
        known = [op.name for op in dialect.operations] if dialect is not None else []
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        return f"; did you mean '{close[0]}'?" if close else ""

    def resolve_operand(self, operand: UnresolvedOperand, type: AttributeInvT) -> SSAValue[AttributeInvT]:
        name = operand.operand_name
        if name not in self.ssa_values and name not in self.first_uses:
            self.first_uses[name] = operand.span
        return super().resolve_operand(operand, type)

    def _at_start_of_empty_input(self) -> bool:
        return self._current_token.kind == MLIRTokenKind.EOF and not self.op_spans

    def _register_ssa_definition(self, name: str, values: Sequence[SSAValue], span: Span) -> None:
        self.first_uses.pop(name, None)  # a forward reference that got its definition
        super()._register_ssa_definition(name, values, span)

    def _parse_token(self, expected_kind: MLIRTokenKind, error_msg: str) -> Token:  # type: ignore[override]
        """As xDSL's, with a readable message at the end of the input (e.g. a missing ``}``)."""
        if self._current_token.kind == MLIRTokenKind.EOF and expected_kind != MLIRTokenKind.EOF:
            # (a region's next block is expected exactly when its closing brace is missing)
            missing_brace = expected_kind == MLIRTokenKind.CARET_IDENT
            detail = " (is a '}' missing?)" if missing_brace else f": {error_msg.strip()}"
            error_msg = "unexpected end of input" + detail
        return super()._parse_token(expected_kind, error_msg)

    def parse_module(self, allow_implicit_module: bool = True) -> ModuleOp:
        try:
            return super().parse_module(allow_implicit_module)
        except RecursionError:
            here = self._current_token.span
            raise ParseError(here, f"nesting too deep (ember supports {NESTING_DEPTH} levels)") from None
        except ParseError as error:
            if error.msg.startswith("Could not parse entire input") and self._at_start_of_empty_input():
                return ModuleOp([])  # as mlir-opt: an empty input is an empty module
            undefined = [n for n in self.forward_ssa_references if n in self.first_uses]
            if not error.msg.startswith("values used but not defined") or not undefined:
                raise
            first = min(undefined, key=lambda n: self.first_uses[n].start)
            others = [f"%{n}" for n in undefined if n != first]
            also = f" (also undefined: {', '.join(others)})" if others else ""
            raise ParseError(self.first_uses[first], f"use of undefined value %{first}{also}") from None


@dataclass
class SourceMap:
    """Where the ops of a parsed module came from (empty for IR built in Python)."""

    spans: dict[Operation, Span[str] | Span[bytes]] = field(default_factory=dict)
    blocks: dict[Block, Span[str] | Span[bytes]] = field(default_factory=dict)

    def locate(self, op: Operation | Block) -> Span[str] | Span[bytes] | None:
        """Where ``op`` (or a block's label) was written, else where its nearest parent op was."""
        if isinstance(op, Block):
            if op in self.blocks:
                return self.blocks[op]
            parent = op.parent_op()
            return self.locate(parent) if parent is not None else None
        current: Operation | None = op
        while current is not None:
            if current in self.spans:
                return self.spans[current]
            current = current.parent_op()
        return None


def parse_module(
    ctx: Context, text: str | bytes, name: str = "<stdin>", line_offset: int = 0, *, fast: bool = True
) -> tuple[ModuleOp, SourceMap]:
    """Parse a module (implicit top-level module allowed) and remember op locations.

    ``line_offset`` is the line of ``text`` within its file (``--split-input-file`` chunks), so
    that reported locations are file lines. ``fast=False`` parses every op token by token
    (tests compare the two)."""
    try:
        parser = LocatingParser(ctx, text, name, line_offset, fast)
        with paused_gc():
            module = parser.parse_module()
    except UnicodeDecodeError as error:
        reason = f"{error.reason} at byte {error.start}"
        raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
        line = raw.count(b"\n", 0, error.start) + 1 + line_offset
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise EmberError(f"{name}:{line}:{col}: error: the input is not UTF-8 text ({reason})") from None
    except ParseError as error:
        span = dataclasses.replace(error.span, line_offset=line_offset) if line_offset else error.span
        raise LocatedParseError(span, error.msg) from error
    return module, SourceMap(parser.op_spans, parser.block_spans)


class LocatedParseError(ParseError):
    """A parse error that prints as ember's ``file:line:col: error: message`` + source line and
    caret (also where xDSL prints it itself, e.g. with ``--parsing-diagnostics``)."""

    def __str__(self) -> str:
        return format_span_error(self.span, self.msg)


def _walk_innermost_first(module: ModuleOp) -> Iterator[Operation]:
    return module.walk(reverse=False, region_first=True)


def verify_module(module: ModuleOp, sources: SourceMap | None = None, after_pass: str | None = None) -> None:
    """Verify ``module``: ember's structural checks (dominance, terminators, branch arguments,
    access ranks: ``ember.verifier``), then xDSL's op verifiers; on failure raise a
    `VerifyError` located at the first failing op (or block)."""
    structural = find_structural_error(module)
    if structural is not None:
        anchor, message = structural
        raise _located(anchor, VerifyException(message), sources or SourceMap(), after_pass)
    try:
        with verified_signatures():
            module.verify()
    except Exception as whole:  # (some xDSL verifiers raise ValueError or bare Exception)
        failing = _first_failing_op(module)
        if failing is None:
            raise VerifyError(_prefix(after_pass) + str(whole).splitlines()[0]) from whole
        op, error = failing
        raise _located(_duplicate_symbol(op, error), error, sources or SourceMap(), after_pass) from error


def _duplicate_symbol(op: Operation, error: Exception) -> Operation:
    """For a symbol table's "Redefinition of symbol" error, the second definition (which has a
    source line, unlike an implicit module); else ``op``."""
    found = re.search(r'Redefinition of symbol "(.*)"', str(error))
    if found is None or not op.regions:
        return op
    seen = 0
    for block in op.regions[0].blocks:
        for child in block.ops:
            name = child.properties.get("sym_name") or child.attributes.get("sym_name")
            if name is not None and getattr(name, "data", None) == found.group(1):
                seen += 1
                if seen == 2:
                    return child
    return op


def _first_failing_op(module: ModuleOp) -> tuple[Operation, Exception] | None:
    for op in _walk_innermost_first(module):
        try:
            op.verify(verify_nested_ops=False)
        except Exception as error:
            return op, error
    return None


def _prefix(after_pass: str | None) -> str:
    return f"after pass '{after_pass}': " if after_pass else ""


_NAMES_AN_OP = re.compile(r"'[\w.$-]+' op ")


def _located(
    anchor: Operation | Block, error: Exception, sources: SourceMap, after_pass: str | None
) -> VerifyError:
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    op = anchor.parent_op() if isinstance(anchor, Block) else anchor
    if op is not None and not _NAMES_AN_OP.match(message):
        message = f"'{op.name}' op {message}"
    message = _prefix(after_pass) + message
    span = sources.locate(anchor)  # the op's own text, or (op made by a pass) its enclosing op's
    if span is not None:
        return VerifyError(format_span_error(span, message))
    loc = str(op.location) if op is not None and op.location is not None else ""
    if loc and loc != "loc(unknown)":
        return VerifyError(f"{loc}: error: {message}")
    return VerifyError(message)  # the tool prints it as "error: <message>"


class TextPrinter(Printer):
    """xDSL's printer, with builtin shaped types memoised by value (each distinct
    ``tensor``/``memref``/``vector`` type is rendered once per module, then written as text) and
    single-line strings written straight to the stream: the two were most of the printing time
    of a graph function."""

    def __init__(self, *args: Any, fast: bool = True, **kwargs: Any) -> None:
        """``fast``: print the plain ops of `textual_fast`'s formats directly (same text)."""
        super().__init__(*args, **kwargs)
        self._type_texts: dict[Attribute, str] = {}
        self._type_ids: dict[int, tuple[Attribute, str]] = {}
        self._plain: dict[type[Operation], bool] = {}
        self._names_by_id: dict[int, str] = {}
        """`_ssa_values` by the values' identities (no Python ``__hash__`` call per lookup;
        names are never taken back and the printed IR keeps its values alive)."""
        self._fast = fast and not self.print_generic_format and not self.print_debuginfo

    def _is_plain(self, op: Operation) -> bool:
        """Whether ``op`` prints as ``name operands : (types) -> types``: its class's format is
        `textual_fast`'s unparenthesized one, and it has no attributes or properties."""
        op_type = type(op)
        plain = self._plain.get(op_type)
        if plain is None:
            form = fast_form(op_type)
            printer = getattr(op_type.print, "__name__", "")
            plain = form is not None and not form.parenthesized and printer == "print_with_format"
            self._plain[op_type] = plain
        return plain and not op.attributes and not op.properties and op not in self.diagnostic.op_messages

    def print_block(self, block: Block, print_block_args: bool = True, print_block_terminator: bool = True) -> None:
        """As xDSL's; the ops of a block printed without its label (a function's body) each go
        to the stream as one string with their new line and indentation when plain."""
        if print_block_args or not print_block_terminator or not self._fast:
            super().print_block(block, print_block_args, print_block_terminator)
            return
        with self.indented():
            indent = " " * (self._indent * self.indent_num_spaces)
            for op in block.ops:
                text = self._plain_text(op) if self._is_plain(op) else None
                if text is None or self._next_line_callback:
                    self._print_new_line()
                    self.print_op(op)
                    continue
                self.stream.write("\n" + indent + text)  # type: ignore[union-attr]
                self._current_line += 1  # (what ``_print_new_line`` and `print_op` count)
                self._current_column = len(indent) + len(text)

    def print_op(self, op: Operation) -> None:
        text = self._plain_text(op) if self._fast and self._is_plain(op) else None
        if text is None:
            super().print_op(op)
            return
        self._current_column += len(text)
        self.stream.write(text)  # type: ignore[union-attr]  # (a plain op prints on one line)

    def _plain_text(self, op: Operation) -> str | None:
        """A plain op's line, ``%r = name %a, %b : (T, T) -> T``, naming its values as
        ``print_ssa_value`` would (results first); None if a type is not a memoised one."""
        results, inputs = op.results, op._operands  # pyright: ignore[reportPrivateUsage]
        known = self._type_ids
        types: list[str] = []
        for value in (*inputs, *results):
            found = known.get(id(value._type))  # pyright: ignore[reportPrivateUsage]
            text = found[1] if found is not None else self._type_text(value.type)
            if text is None:
                return None
            types.append(text)
        n = len(inputs)
        named = ", ".join(["%" + self._value_name(r) for r in results])
        head = f"{named} = {op.name}" if results else op.name
        operands = " " + ", ".join(["%" + self._value_name(v) for v in inputs]) if n else ""
        outputs = types[n] if len(results) == 1 else "(" + ", ".join(types[n:]) + ")"
        return f"{head}{operands} : ({', '.join(types[:n])}) -> {outputs}"

    def _value_name(self, value: SSAValue) -> str:
        """The name ``print_ssa_value`` prints for ``value`` (given on first sight as it gives
        it: the name hint with a ``_N`` suffix for repeats, else the next number)."""
        name = self._names_by_id.get(id(value))
        if name is not None:
            return name
        name = self._ssa_values.get(value)
        if name is None:
            hint = value.name_hint
            if hint:
                index = self.ssa_names.get(hint, 0)
                name = f"{hint}_{index}" if index else hint
                self.ssa_names[hint] = index + 1
            else:
                name = self._get_new_valid_name_id()
            self._ssa_values[value] = name
        self._names_by_id[id(value)] = name
        return name

    def print_string(self, text: str, *, indent: int | None = None) -> None:
        if "\n" in text or self.stream is None:
            super().print_string(text, indent=indent)
            return
        self._current_column += len(text)
        self.stream.write(text)

    def print_attribute(self, attribute: Attribute) -> None:
        text = self._type_text(attribute)
        if text is None:
            super().print_attribute(attribute)
            return
        self.print_string(text)

    def _type_text(self, attribute: Attribute) -> str | None:
        """The printed text of a memoised type (None for other attributes): looked up by
        identity first (a module's values mostly share their type objects), then by value."""
        known = self._type_ids.get(id(attribute))
        if known is not None:
            return known[1]
        if type(attribute) not in MEMOISED_TYPE_CLASSES:
            return None
        text = self._type_texts.get(attribute)
        if text is None:
            stream, column, self.stream = self.stream, self._current_column, StringIO()
            try:
                super().print_attribute(attribute)
                text = self.stream.getvalue()
            finally:
                self.stream, self._current_column = stream, column
            self._type_texts[attribute] = text
        self._type_ids[id(attribute)] = (attribute, text)  # (holds the type: its id stays its own)
        return text


def print_module(
    module: Operation,
    *,
    generic: bool = False,
    debuginfo: bool = False,
    ctx: Context | None = None,
    fast: bool = True,
    properties_as_attributes: bool = False,
) -> str:
    """The module as MLIR text (custom or generic form), with any resource blobs it uses
    (``fast=False``: every op through its format program; tests compare the two)."""
    out = StringIO()
    printer = TextPrinter(
        stream=out,
        print_generic_format=generic,
        print_debuginfo=debuginfo,
        print_properties_as_attributes=properties_as_attributes,
        fast=fast,
    )
    with paused_gc():
        printer.print_op(module)
    if ctx is not None:
        ctx.get_optional_dialect("builtin")  # blobs live in builtin's storage: make sure it is loaded
        printer.print_metadata(ctx.loaded_dialects)
    out.write("\n")
    return out.getvalue()
