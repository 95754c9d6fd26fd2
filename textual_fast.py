"""The textual parser's fast path: the common op shapes read with a few regular expressions
instead of token by token.

It sits under ``textual.py``: at the start of each op, ``LocatingParser.parse_operation`` calls
:func:`parse_fast_op`, which recognises

- the generic form ``%r = "dialect.op"(%a, %b) <{props}>? {attrs}? : (T, T) -> T``, and
- the custom form of ops whose declarative assembly format is
  ``(`(`)? operands (`)`)? attr-dict `:` functional-type(operands, results)`` (every ``graph.*``
  op, and a few ``llvm`` ops),

with operands already defined (no forward references), no regions, successors, comments or
``loc(...)``. It builds the op as xDSL's own parser would (the same format program's constraint
checks and builder, or ``Operation.create`` for the generic form) and moves the lexer past it.
Anything it does not fully recognise, or any check that would fail, returns None *before* the
parser's state changed, so xDSL's normal parse runs from the same position and reports errors
exactly where it always did. Types are read by the normal parser the first time a type's text
is seen and looked up by text afterwards (types are immutable).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from xdsl.dialects.builtin import UNKNOWN_LOC
from xdsl.ir import Attribute, Block, Operation, OpResult, SSAValue, SSAValues, Use
from xdsl.irdl import IRDLOperation
from xdsl.irdl.declarative_assembly_format import (
    AttrDictDirective,
    FormatProgram,
    FunctionalTypeDirective,
    OperandsDirective,
    ParsingState,
    PunctuationDirective,
    ResultsDirective,
)
from xdsl.irdl.operations import VarIRConstruct
from xdsl.utils.lexer import Span
from xdsl.utils.mlir_lexer import MLIRLexer, MLIRTokenKind

if TYPE_CHECKING:
    from xdsl.parser import Parser

_WS = r"[ \t\n\r\f\v]*"
_SSA = r"%(?:[0-9]+|[a-zA-Z$._-][a-zA-Z0-9$._-]*)(?![a-zA-Z0-9$._#:-])"
"""An SSA name as xDSL's lexer reads it, not followed by ``#index`` or ``:count`` (left to
the normal parser)."""
_SSA_LIST = rf"{_SSA}(?:{_WS},{_WS}{_SSA})*"
_NAME = r"[a-zA-Z_][a-zA-Z0-9_$.]*"

_HEAD = re.compile(
    rf"(?:(?P<results>{_SSA_LIST}){_WS}={_WS})?(?:(?P<bare>{_NAME})|\"(?P<quoted>{_NAME})\")",
    re.ASCII,
)
"""Result names, ``=``, and the op name (bare: custom form; quoted: generic form)."""
_RESULT = re.compile(_SSA, re.ASCII)
_OPERANDS = re.compile(rf"{_WS}(?P<operands>{_SSA_LIST})?{_WS}", re.ASCII)
_PAREN_OPERANDS = re.compile(rf"{_WS}\({_WS}(?P<operands>{_SSA_LIST})?{_WS}\){_WS}", re.ASCII)
_SPACE = re.compile(_WS, re.ASCII)
_TYPE = re.compile(
    rf"!?{_NAME}(?:<[^<>\"]*(?:<[^<>\"]*(?:<[^<>\"]*>[^<>\"]*)*>[^<>\"]*)*>)?(?![a-zA-Z0-9_$.<])",
    re.ASCII,
)
"""A type's text: a (``!``-prefixed) name and an optional ``<...>`` with up to three levels of
nested angle brackets. A text that does not parse as exactly one type is never used."""
_SIGNATURE = re.compile(rf"{_WS}:{_WS}\([^()]*\){_WS}->{_WS}(?:\([^()]*\)|{_TYPE.pattern})", re.ASCII)
"""The text of a functional type without nested parentheses (the key of `FastParse.built`)."""
_SIMPLE_ATTR_DICT = re.compile(r'\{[^{}"]*\}')
"""An attribute dictionary without nested braces or strings (part of `FastParse.built`'s key)."""
_TYPE_LIST_END = re.compile(rf"{_WS}(,|\)){_WS}", re.ASCII)
_ARROW = re.compile(rf"{_WS}->{_WS}", re.ASCII)
_COLON_PAREN = re.compile(rf"{_WS}:{_WS}\({_WS}", re.ASCII)
_RUN_OP = re.compile(
    rf"(?:(?P<results>{_SSA_LIST}){_WS}={_WS})?(?P<bare>{_NAME}){_WS}(?P<operands>{_SSA_LIST})?{_WS}"
    rf"(?P<attrs>{_SIMPLE_ATTR_DICT.pattern})?(?P<signature>{_SIGNATURE.pattern})",
    re.ASCII,
)
"""A custom-form op of `FastForm`'s unparenthesized format in one match: the texts `_HEAD`,
`_OPERANDS`, `_SIMPLE_ATTR_DICT` and `_SIGNATURE` read in turn (each part ends where the next
must start, so the split is the same)."""
_SKIP = MLIRLexer._whitespace_regex  # pyright: ignore[reportPrivateUsage]
"""Whitespace and comments, as the lexer skips them between tokens."""
_LOC = re.compile(r"loc(?![a-zA-Z0-9_$.])", re.ASCII)
"""The bare identifier ``loc`` (an op's trailing location, left to the normal parse)."""


_Built = tuple[list[Attribute], list[Attribute], dict[str, Attribute], dict[str, Attribute]]


_IRDL_POST_INIT = IRDLOperation.__post_init__
"""What ``create`` runs after filling an IRDL op's fields (default properties and attributes)."""


def new_op(
    op_type: type[Operation],
    operands: Sequence[SSAValue],
    result_types: Sequence[Attribute],
    properties: dict[str, Attribute],
    attributes: dict[str, Attribute],
) -> Operation:
    """The op ``op_type.create(operands=..., result_types=..., properties=...,
    attributes=..., location=UNKNOWN_LOC)`` makes (no successors, no regions), in the same
    state (``tests/test_textual_fast.py`` compares them), at a third of the cost: the
    operand uses are linked and the results made directly. The op takes ``properties`` and
    ``attributes`` as they are (the caller passes fresh dicts) and they must already hold the
    class's default values, which ``create`` would fill in: the parser's are copies of an op
    the format's builder made. A class with its own ``__post_init__`` is made by ``create``."""
    if op_type.__post_init__ is not _IRDL_POST_INIT:
        return op_type.create(
            operands=operands, result_types=result_types, properties=properties,
            attributes=attributes, location=UNKNOWN_LOC,
        )  # fmt: skip
    op = op_type.__new__(op_type)
    values = SSAValues(operands)
    uses: list[Use] = []
    for index, value in enumerate(values):
        use = Use(op, index)
        first = value.first_use  # (``IRWithUses.add_use``)
        use._next_use = first  # pyright: ignore[reportPrivateUsage]
        if first is not None:
            first._prev_use = use  # pyright: ignore[reportPrivateUsage]
        value.first_use = use
        uses.append(use)
    op._operands = values  # pyright: ignore[reportPrivateUsage]
    op._operand_uses = tuple(uses)  # pyright: ignore[reportPrivateUsage]
    op.results = SSAValues([OpResult(t, op, index) for index, t in enumerate(result_types)])
    op.properties = properties
    op.attributes = attributes
    op.location = UNKNOWN_LOC
    op._successors = ()  # pyright: ignore[reportPrivateUsage]
    op._successor_uses = ()  # pyright: ignore[reportPrivateUsage]
    op.regions = ()
    return op


def append_op(block: Block, op: Operation) -> None:
    """``block.add_op(op)`` for an op just made (by `new_op`: attached nowhere, no regions, so
    neither of ``add_op``'s checks can fail), linked in directly."""
    last = block._last_op  # pyright: ignore[reportPrivateUsage]
    op.parent = block
    if last is None:
        block._first_op = op  # pyright: ignore[reportPrivateUsage]
    else:
        last._next_op = op  # pyright: ignore[reportPrivateUsage]
        op._prev_op = last  # pyright: ignore[reportPrivateUsage]
        op._next_op = None  # pyright: ignore[reportPrivateUsage]
    block._last_op = op  # pyright: ignore[reportPrivateUsage]


class FastForm:
    """How the fast path reads one op class's custom form (None in the table: it does not)."""

    def __init__(self, program: FormatProgram, parenthesized: bool) -> None:
        self.program = program
        self.parenthesized = parenthesized
        self.operands_regex = _PAREN_OPERANDS if parenthesized else _OPERANDS
        self.attr_dict = next(s for s in program.stmts if isinstance(s, AttrDictDirective))
        functional = program.stmts[-1]
        assert isinstance(functional, FunctionalTypeDirective)
        self.operand_types = functional.operand_typeable_directive
        self.result_types = functional.result_typeable_directive


def _format_program(op_type: type[Operation]) -> FormatProgram | None:
    """The declarative format program xDSL's ``parse_with_format`` of ``op_type`` runs."""
    parse = getattr(op_type.parse, "__func__", None)
    if getattr(parse, "__name__", "") != "parse_with_format" or parse.__closure__ is None:
        return None
    for cell in parse.__closure__:
        if isinstance(cell.cell_contents, FormatProgram):
            return cell.cell_contents
    return None


def _punctuation(stmt: object, text: str) -> bool:
    return isinstance(stmt, PunctuationDirective) and stmt.punctuation == text


def _functional(stmt: object) -> bool:
    return (
        isinstance(stmt, FunctionalTypeDirective)
        and isinstance(stmt.operand_typeable_directive, OperandsDirective)
        and isinstance(stmt.result_typeable_directive, ResultsDirective)
    )


def fast_form(op_type: type[Operation]) -> FastForm | None:
    """The fast reading of ``op_type``'s custom form, if its format is one the fast path knows."""
    if not issubclass(op_type, IRDLOperation):
        return None
    op_def = op_type.get_irdl_definition()
    program = _format_program(op_type)
    if program is None or op_def.regions or op_def.successors:
        return None
    stmts = program.stmts
    parenthesized = len(stmts) == 6 and _punctuation(stmts[0], "(") and _punctuation(stmts[2], ")")
    body = stmts[1:2] + stmts[3:] if parenthesized else stmts
    if (
        len(body) == 4
        and isinstance(body[0], OperandsDirective)
        and isinstance(body[1], AttrDictDirective)
        and not body[1].with_keyword
        and _punctuation(body[2], ":")
        and _functional(body[3])
    ):
        return FastForm(program, parenthesized)
    return None


class FastParse:
    """The fast path's state for one parse: op classes, their forms, and types by text."""

    def __init__(self, parser: Parser) -> None:
        self.parser = parser
        content = parser.lexer.input.content
        self.content: str | None = content if isinstance(content, str) else None
        self.ops: dict[str, type[Operation] | None] = {}
        self.forms: dict[type[Operation], FastForm | None] = {}
        self.types: dict[str, Attribute] = {}
        self.run_forms: dict[str, tuple[type[IRDLOperation], FastForm] | None] = {}
        self.run_built: dict[tuple[str, str, str], tuple[type[IRDLOperation], _Built]] = {}
        self.built: dict[tuple[type[Operation], str, str], _Built] = {}
        """(op class, attribute dictionary's text, functional type's text) -> the operand types
        and what the format's builder made of them (result types, properties, attributes): the
        builder's checks and defaults depend on nothing else (attributes are immutable)."""

    # ---- pieces -------------------------------------------------------------------------------

    def _op_type(self, name: str) -> type[Operation] | None:
        if name not in self.ops:
            self.ops[name] = self.parser.ctx.get_optional_op(name)
        return self.ops[name]

    def _type(self, start: int, end: int) -> Attribute | None:
        """The type written at ``content[start:end]``, or None if it is not exactly one type."""
        assert self.content is not None
        text = self.content[start:end]
        found = self.types.get(text)
        if found is not None:
            return found
        parser = self.parser
        parser._resume_from(start)  # pyright: ignore[reportPrivateUsage]
        try:
            parsed = parser.parse_type()
        except Exception:  # (whatever the type's parser raises: the normal parse reports it)
            return None
        if parser.pos != end and not self.content[end : parser.pos].isspace():
            return None
        self.types[text] = parsed
        return parsed

    def _type_list(self, pos: int) -> tuple[list[Attribute], int] | None:
        """Types separated by commas up to a ``)``; the types and the position after it."""
        assert self.content is not None
        types: list[Attribute] = []
        if self.content.startswith(")", pos):
            return types, _SPACE.match(self.content, pos + 1).end()  # type: ignore[union-attr]
        while True:
            found = _TYPE.match(self.content, pos)
            if found is None:
                return None
            parsed = self._type(pos, found.end())
            if parsed is None:
                return None
            types.append(parsed)
            after = _TYPE_LIST_END.match(self.content, found.end())
            if after is None:
                return None
            pos = after.end()
            if after.group(1) == ")":
                return types, pos

    def _functional_type(self, pos: int) -> tuple[list[Attribute], list[Attribute], int] | None:
        """``: (T, ...) -> T`` or ``-> (T, ...)`` from ``pos``; inputs, outputs, end."""
        assert self.content is not None
        colon = _COLON_PAREN.match(self.content, pos)
        inputs = self._type_list(colon.end()) if colon is not None else None
        if inputs is None:
            return None
        arrow = _ARROW.match(self.content, inputs[1])
        if arrow is None:
            return None
        if self.content.startswith("(", arrow.end()):
            outputs = self._type_list(_SPACE.match(self.content, arrow.end() + 1).end())  # type: ignore[union-attr]
            return (inputs[0], outputs[0], outputs[1]) if outputs is not None else None
        found = _TYPE.match(self.content, arrow.end())
        single = self._type(arrow.end(), found.end()) if found is not None else None
        if single is None or found is None:
            return None
        return inputs[0], [single], found.end()

    def _operands(self, text: str | None, types: Sequence[Attribute] | None = None) -> list[SSAValue] | None:
        """The defined values named in ``text`` (comma-separated), or None if one is not
        defined yet (or, given ``types``, has another type)."""
        if text is None:
            return []
        values: list[SSAValue] = []
        ssa_values = self.parser.ssa_values
        for name in text.split(","):
            defined = ssa_values.get(name.strip()[1:])
            if not defined:
                return None
            values.append(defined[0])
        if types is not None:
            if len(types) != len(values):
                return None
            for value, written in zip(values, types, strict=True):
                if value.type is not written and value.type != written:
                    return None
        return values

    def _attributes(self, pos: int, parse: Callable[[], Any]) -> tuple[Any, int] | None:
        """Run the normal parser's ``parse`` (an attribute dictionary) from ``pos``."""
        parser = self.parser
        parser._resume_from(pos)  # pyright: ignore[reportPrivateUsage]
        try:
            return parse(), parser.pos
        except Exception:
            return None

    def _ends_at(self, end: int, results: list[tuple[str, int]], n_results: int) -> bool:
        """Whether the op's text ends at ``end`` (no ``loc(...)`` follows: that is left to the
        normal parse) and it binds its results correctly; moves the lexer to ``end``."""
        parser = self.parser
        parser._resume_from(end)  # pyright: ignore[reportPrivateUsage]
        token = parser._current_token  # pyright: ignore[reportPrivateUsage]
        if token.kind == MLIRTokenKind.BARE_IDENT and token.text == "loc":
            return False
        return self._names_free(results, n_results)

    def _bind(self, op: Operation, results: list[tuple[str, int]]) -> Operation:
        """Register the op's result names as the parser's ``_register_ssa_definition`` does
        for names that are free (checked by `_names_free`: not defined, not used before, so
        there is no duplicate to report and no forward reference to resolve)."""
        ssa_values = self.parser.ssa_values
        for value, (name, _) in zip(op.results, results, strict=False):  # (no names: none)
            ssa_values[name] = (value,)
            if not name[0].isdigit():  # (``SSAValue.is_valid_name`` of a name `_SSA` matched)
                value.name_hint = name
        return op

    # ---- the two forms ------------------------------------------------------------------------

    def _custom(self, op_type: type[Operation], pos: int, results: list[tuple[str, int]]) -> Operation | None:
        if op_type not in self.forms:
            self.forms[op_type] = fast_form(op_type)
        form = self.forms[op_type]
        assert self.content is not None
        listed = form.operands_regex.match(self.content, pos) if form is not None else None
        if form is None or listed is None:
            return None
        operands = self._operands(listed.group("operands"))
        if operands is None:
            return None
        assert issubclass(op_type, IRDLOperation)
        return self._build_remembered(form, op_type, operands, listed.end(), results)

    def _build_remembered(
        self,
        form: FastForm,
        op_type: type[IRDLOperation],
        operands: list[SSAValue],
        pos: int,
        results: list[tuple[str, int]],
    ) -> Operation | None:
        """The op from its attribute dictionary and functional type at ``pos``: built from
        `built` if its class and their texts were seen before (the builder's checks passed for
        them), else parsed and built by `_build` (and remembered if both texts are simple)."""
        assert self.content is not None
        attr_text = _SIMPLE_ATTR_DICT.match(self.content, pos) if self.content.startswith("{", pos) else None
        after_attrs = attr_text.end() if attr_text is not None else pos
        written = _SIGNATURE.match(self.content, after_attrs)
        simple = written is not None and (attr_text is not None or not self.content.startswith("{", pos))
        key = (op_type, attr_text.group() if attr_text is not None else "", written.group()) if simple else None
        known = self.built.get(key) if key is not None else None
        if known is None:
            ends = (after_attrs, written.end()) if key is not None and written is not None else None
            return self._parse_and_build(form, op_type, operands, (pos, results), key, ends)
        assert written is not None
        inputs, result_types = known[0], known[1]
        if (
            len(operands) != len(inputs)
            or any(v.type is not t and v.type != t for v, t in zip(operands, inputs, strict=True))
            or not self._ends_at(written.end(), results, len(result_types))
        ):
            return None
        return self._create(op_type, operands, known, results)

    def _create(
        self, op_type: type[IRDLOperation], operands: list[SSAValue], known: _Built, results: list[tuple[str, int]]
    ) -> Operation:
        """The op the format's builder made before for the same texts, on ``operands``."""
        _, result_types, properties, attributes = known
        op = new_op(op_type, operands, result_types, dict(properties), dict(attributes))
        return self._bind(op, results)

    def _parse_and_build(
        self,
        form: FastForm,
        op_type: type[IRDLOperation],
        operands: list[SSAValue],
        where: tuple[int, list[tuple[str, int]]],
        key: tuple[type[Operation], str, str] | None,
        ends: tuple[int, int] | None,
    ) -> Operation | None:
        """Parse the attribute dictionary (by xDSL's directive) and the functional type at
        ``where``'s position, build, and remember the op under ``key`` if the two parses ended
        where the key's texts do (``ends``)."""
        assert self.content is not None
        pos, results = where
        state = ParsingState(op_type)
        if self.content.startswith("{", pos):
            parsed = self._attributes(pos, lambda: form.attr_dict.parse(self.parser, state))
            if parsed is None:
                return None
            if ends is not None and parsed[1] != ends[0] and not self.content[ends[0] : parsed[1]].isspace():
                key = None
            pos = parsed[1]
        signature = self._functional_type(pos)
        if signature is None or len(signature[0]) != len(operands):
            return None
        inputs, outputs, end = signature
        op = self._build(form, op_type, state, (operands, inputs, outputs), end, results)
        if op is not None and key is not None and ends is not None and ends[1] == end:
            self.built[key] = (inputs, list(op.result_types), dict(op.properties), dict(op.attributes))
        return op

    def _build(
        self,
        form: FastForm,
        op_type: type[IRDLOperation],
        state: ParsingState,
        values: tuple[list[SSAValue], list[Attribute], list[Attribute]],
        end: int,
        results: list[tuple[str, int]],
    ) -> Operation | None:
        """Build as xDSL's ``FormatProgram.parse`` does (same checks, same builder)."""
        operands, inputs, outputs = values
        program = form.program
        op_def = op_type.get_irdl_definition()
        try:
            form.operand_types.set_types(state, inputs)  # type: ignore[attr-defined]
            form.result_types.set_types(state, outputs)  # type: ignore[attr-defined]
            form.operand_types._set_using_variadic_index(  # type: ignore[attr-defined]
                op_type, state.operands, VarIRConstruct.OPERAND, "operand", operands
            )
            program.resolve_constraint_variables(state, op_def)
            operand_types = program.resolve_operand_types(state, op_def)
            result_types = program.resolve_result_types(state, op_def)
        except Exception:
            return None
        grouped: list[Sequence[SSAValue]] = [g or () for g in state.operands]  # type: ignore[misc]
        if any(
            len(group) != len(types) or any(v.type != t for v, t in zip(group, types, strict=True))
            for group, types in zip(grouped, operand_types, strict=True)
        ) or not self._ends_at(end, results, sum(len(t) for t in result_types)):
            return None
        op = op_type.build(
            result_types=result_types,
            operands=grouped,
            attributes=state.attributes,
            properties=state.properties,
        )
        return self._bind(op, results)

    def _generic(self, op_type: type[Operation], pos: int, results: list[tuple[str, int]]) -> Operation | None:
        assert self.content is not None
        listed = _PAREN_OPERANDS.match(self.content, pos)
        if listed is None:
            return None
        pos = listed.end()
        properties: dict[str, Attribute] = {}
        attributes: dict[str, Attribute] = {}
        if self.content.startswith("<", pos):
            parsed = self._attributes(pos, self.parser.parse_optional_properties_dict)
            if parsed is None:
                return None
            properties, pos = parsed
        if self.content.startswith("{", pos):
            parsed = self._attributes(pos, self.parser.parse_optional_attr_dict)
            if parsed is None:
                return None
            attributes, pos = parsed
        signature = self._functional_type(pos)
        operands = self._operands(listed.group("operands"), signature[0]) if signature is not None else None
        if signature is None or operands is None or not self._ends_at(signature[2], results, len(signature[1])):
            return None
        if issubclass(op_type, IRDLOperation):  # (as xDSL: properties written as attributes)
            for name in op_type.get_irdl_definition().properties:
                if name in attributes and name not in properties:
                    properties[name] = attributes.pop(name)
        op = op_type.create(
            operands=operands, result_types=signature[1], properties=properties, attributes=attributes
        )
        return self._bind(op, results)

    # ---- runs of remembered ops ----------------------------------------------------------------

    def _run_form(self, name: str) -> tuple[type[IRDLOperation], FastForm] | None:
        """The class and fast form of the custom-form op called ``name`` (None: not one)."""
        if name not in self.run_forms:
            op_type = self._op_type(name)
            if op_type is not None and op_type not in self.forms:
                self.forms[op_type] = fast_form(op_type)
            form = self.forms.get(op_type) if op_type is not None else None
            self.run_forms[name] = (op_type, form) if form is not None else None  # type: ignore[assignment]
        return self.run_forms[name]

    def _remembered_op(self, pos: int) -> tuple[Operation, int, int] | None:
        """The op at ``pos`` if it is a custom-form op (unparenthesized operands) whose class,
        attribute dictionary and functional type `built` remembers, on defined operands of the
        remembered types, with free result names and no ``loc(...)`` after it: the op, where
        its first token ends, and where the text after it (whitespace, comments) ends. None
        (nothing changed) otherwise. One regular expression reads what `_HEAD`, the form's
        operand list, `_SIMPLE_ATTR_DICT` and `_SIGNATURE` read one after the other."""
        assert self.content is not None
        content = self.content
        found = _RUN_OP.match(content, pos)
        if found is None:
            return None
        name, attrs, signature, written, listed = found.group("bare", "attrs", "signature", "results", "operands")
        key = (name, attrs or "", signature)
        remembered = self.run_built.get(key) or self._remembered(key)
        operands = self._operands(listed, remembered[1][0]) if remembered is not None else None
        after = _SKIP.match(content, found.end()).end()  # type: ignore[union-attr]
        if remembered is None or operands is None or _LOC.match(content, after):
            return None
        op_type, known = remembered
        base = found.start("results")
        if written is None or "," in written:
            results = [(m.group()[1:], base + m.start()) for m in _RESULT.finditer(written or "")]
        else:  # (one result, the common case)
            results = [(written[1:], base)]
        if not self._names_free(results, len(known[1])):
            return None
        first_token_end = base + len(results[0][0]) + 1 if results else found.end("bare")
        return self._create(op_type, operands, known, results), first_token_end, after

    def _remembered(self, key: tuple[str, str, str]) -> tuple[type[IRDLOperation], _Built] | None:
        """The class and the remembered build (`built`) of an op by its name, attribute
        dictionary and functional type texts (a hit is kept in `run_built`: `built` only grows)."""
        known_form = self._run_form(key[0])
        if known_form is None or known_form[1].parenthesized:
            return None
        known = self.built.get((known_form[0], key[1], key[2]))
        if known is None:
            return None
        hit = self.run_built[key] = (known_form[0], known)
        return hit

    def _names_free(self, results: list[tuple[str, int]], n_results: int) -> bool:
        """Whether ``results`` name all ``n_results`` results (or none), with distinct names
        that are neither defined nor used before their definition."""
        parser = self.parser
        if len(results) == 1:  # (the common case, quickly)
            name = results[0][0]
            return n_results == 1 and name not in parser.ssa_values and name not in parser.forward_ssa_references
        names = [n for n, _ in results]
        return (not results or len(results) == n_results) and len(set(names)) == len(names) and not any(
            n in parser.ssa_values or n in parser.forward_ssa_references for n in names
        )

    def parse_run(self, block: Block, spans: dict[Operation, Span[str] | Span[bytes]], line_offset: int) -> None:
        """Parse ops from the current token on into ``block`` as long as `_remembered_op` reads
        them (the long runs of repeated graph ops), recording where each op's first token is in
        ``spans``, then move the lexer past the last. The lexer does not run between the ops:
        the text between them is skipped as the lexer skips whitespace and comments."""
        if self.content is None:
            return
        parser = self.parser
        source = parser.lexer.input
        pos = parser._current_token.span.start  # pyright: ignore[reportPrivateUsage]
        start = pos
        while (found := self._remembered_op(pos)) is not None:
            op, first_token_end, after = found
            append_op(block, op)
            spans[op] = Span(pos, first_token_end, source, line_offset)
            pos = after
        if pos != start:
            parser._resume_from(pos)  # pyright: ignore[reportPrivateUsage]

    def parse_op(self) -> Operation | None:
        """The op starting at the current token, parsed fast; or None, with the parser where
        it was, for the normal parse to read it."""
        if self.content is None:
            return None
        parser = self.parser
        start = parser._current_token.span.start  # pyright: ignore[reportPrivateUsage]
        head = _HEAD.match(self.content, start)
        if head is None:
            return None
        name = head.group("bare") or head.group("quoted")
        op_type = self._op_type(name)
        if op_type is None:
            return None
        results = [(m.group()[1:], m.start()) for m in _RESULT.finditer(head.group("results") or "")]
        base = head.start("results")
        results = [(n, base + at) for n, at in results]
        try:
            if head.group("bare") is not None:
                op = self._custom(op_type, head.end(), results)
            else:
                op = self._generic(op_type, head.end(), results)
        except Exception:
            op = None
        if op is None:
            parser._resume_from(start)  # pyright: ignore[reportPrivateUsage]
        return op
