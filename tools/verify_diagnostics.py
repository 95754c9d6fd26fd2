"""``ember-opt --verify-diagnostics`` with mlir-opt's semantics.

The input carries the diagnostics it expects as comments::

    // expected-error @+1 {{'graph.add' op shapes (2, 3), (4,) do not broadcast}}
    %0 = graph.add %a, %b : ...

``expected-error``, ``expected-warning``, ``expected-note`` and ``expected-remark`` name a
diagnostic on the comment's own line, or with ``@+N`` / ``@-N`` N lines below / above it,
``@above`` / ``@below`` one line above / below. The text between ``{{`` and ``}}`` must occur in
the diagnostic's message (``expected-error-re`` makes it a Python regular expression).
Every diagnostic the run produces must be expected (else ``unexpected error: ...`` at its
location) and every expectation must be met (else ``expected error "..." was not produced`` at
the comment); any problem makes the exit status 1. With ``--split-input-file`` each chunk is
run on its own and a failing chunk prints no IR, as with mlir-opt.

Used by ``tools/opt_main.py``; this module only parses expectations, turns ember's located
errors into (severity, line, message) and matches the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xdsl.utils.exceptions import ParseError

EXPECTATION = re.compile(
    r"expected-(?P<severity>error|warning|note|remark)(?P<regex>-re)?"
    r"(?:\s*@(?P<where>above|below|[+-]\d+))?\s*\{\{(?P<text>.*)\}\}"
)
LOCATED = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|note|remark): (?P<message>.*)$")


@dataclass
class Expectation:
    severity: str
    line: int
    text: str
    regex: bool
    comment_line: int
    comment_col: int
    met: bool = False

    def matches(self, diagnostic: Diagnostic) -> bool:
        if self.met or diagnostic.severity != self.severity or diagnostic.line != self.line:
            return False
        if self.regex:
            return re.search(self.text, diagnostic.message) is not None
        return self.text in diagnostic.message


@dataclass
class Diagnostic:
    severity: str
    line: int | None
    col: int
    message: str


def _target_line(where: str | None, line: int) -> int:
    if where is None:
        return line
    if where == "above":
        return line - 1
    if where == "below":
        return line + 1
    return line + int(where)


def parse_expectations(text: str, first_line: int = 1) -> list[Expectation]:
    """The expectations written in ``text`` (whose first line is line ``first_line``)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        comment = line.find("//")
        if comment < 0:
            continue
        for match in EXPECTATION.finditer(line, comment):
            found.append(
                Expectation(
                    match["severity"], _target_line(match["where"], number), match["text"],
                    match["regex"] is not None, number, match.start() + 1,
                )  # fmt: skip
            )
    return found


def diagnostic_of(error: BaseException) -> Diagnostic:
    """The (severity, line, message) of an error a tool would print."""
    if isinstance(error, ParseError):
        loc = error.span.get_location()
        return Diagnostic("error", loc.line, loc.col, error.msg)
    first = str(error).strip().split("\n", 1)[0]
    located = LOCATED.match(first)
    if located is None:
        message = first[len("error: ") :] if first.startswith("error: ") else first
        return Diagnostic("error", None, 0, message or type(error).__name__)
    return Diagnostic(located["severity"], int(located["line"]), int(located["col"]), located["message"])


def check(expectations: list[Expectation], diagnostics: list[Diagnostic], file: str) -> list[str]:
    """The problems (one located line each) of matching ``diagnostics`` to ``expectations``."""
    problems = []
    for diagnostic in diagnostics:
        expected = next((e for e in expectations if e.matches(diagnostic)), None)
        if expected is not None:
            expected.met = True
            continue
        where = f"{file}:{diagnostic.line}:{diagnostic.col}: " if diagnostic.line is not None else ""
        problems.append(f"{where}error: unexpected {diagnostic.severity}: {diagnostic.message}")
    for expectation in expectations:
        if not expectation.met:
            problems.append(
                f"{file}:{expectation.comment_line}:{expectation.comment_col}: error: expected "
                f'{expectation.severity} "{expectation.text}" was not produced'
                f" (on line {expectation.line})"
            )
    return problems
