"""The body of ``ember-opt`` (``tools/ember_opt.py`` is its light entry point): the
mlir-opt-style driver over ember's and xDSL's dialects and passes.

Built on xDSL's ``xDSLOptMain`` (parsing, ``--split-input-file``, ``--verify-diagnostics``,
targets, output); ember adds its dialects and pass registry, named pipelines, located verifier
errors, ``--pass-pipeline``, ``--print-ir-after-all``, ``--load-pass-plugin`` and a ``--help``
that lists every pass with its one-line description. Passes are registered by name with lazy
factories: a pass module is imported when a pipeline uses the pass.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from io import BytesIO
from typing import IO, TYPE_CHECKING

from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Operation
from xdsl.passes import ModulePass
from xdsl.utils.exceptions import DiagnosticException, ParseError
from xdsl.xdsl_opt_main import xDSLOptMain

from ember.diagnostics import PassError, format_span_error
from ember.dialects import ember_dialects
from ember.dialects.upstream import upstream_dialects
from ember.gc_pause import paused_gc
from ember.pass_report import take_unchanged_report
from ember.registry import available_passes, build_pipeline, load_plugin, pass_names, pipelines
from ember.target.presets import PRESETS
from ember.textual import SourceMap, parse_module, print_module, verify_module
from ember.tools.ember_opt import VERSION_FORMAT
from ember.tools.verify_diagnostics import (
    Diagnostic,
    Expectation,
    check,
    diagnostic_of,
    parse_expectations,
)

if TYPE_CHECKING:
    from xdsl.universe import Universe

    from ember.target import Target


class EmberOptMain(xDSLOptMain):
    """xDSL's opt driver with ember's dialects, passes and diagnostics."""

    sources: SourceMap
    version_format = VERSION_FORMAT
    _multiverse: Universe
    """The xDSL plugins found at start-up (dialects and output formats)."""

    def __init__(self, args: Sequence[str] | None = None) -> None:
        self.sources = SourceMap()
        self._pass_start = time.perf_counter()
        super().__init__(description="ember modular optimizer driver", args=args)

    def register_all_dialects(self) -> None:
        """xDSL's dialects (and any plugin's), with ember's extensions of the upstream ones
        (``ember.dialects.upstream``), then ember's own."""
        from xdsl.universe import Universe

        extended = upstream_dialects()
        self._multiverse = Universe.get_multiverse()
        for name, factory in self._multiverse.all_dialects.items():
            self.ctx.register_dialect(name, extended.get(name, factory))
        for name, factory in ember_dialects().items():
            if name not in self.ctx.registered_dialect_names:
                self.ctx.register_dialect(name, factory)

    def register_all_targets(self) -> None:
        """xDSL's output formats, from the plugins found for the dialects (xDSL's own method
        looks for them again: 20 ms of start-up)."""
        for name, factory in self._multiverse.all_targets.items():
            self.available_targets.setdefault(name, factory)

    def register_all_passes(self) -> None:
        for name, factory in available_passes().items():
            self.register_pass(name, factory)

    def register_all_frontends(self) -> None:
        def parse_mlir(io: IO[bytes]) -> ModuleOp:
            module, sources = parse_module(
                self.ctx, io.read(), self.get_input_name(), self._chunk_line_offset
            )
            self.sources.spans.update(sources.spans)
            self.sources.blocks.update(sources.blocks)
            if self._target is not None:
                from ember.target import set_target  # (only with --target: DLTI's import)

                set_target(module, self._target)
            return module

        self.available_frontends["mlir"] = parse_mlir

    _chunk_line_offset: int = 0
    _target: Target | None = None

    def parse_chunk(self, chunk: IO[bytes], file_extension: str, start_offset: int = 0) -> ModuleOp | None:
        """Remember where a ``--split-input-file`` chunk starts, so errors cite file lines."""
        self._chunk_line_offset = start_offset
        return super().parse_chunk(chunk, file_extension, start_offset)

    def register_all_arguments(self, arg_parser: argparse.ArgumentParser) -> None:
        super().register_all_arguments(arg_parser)
        arg_parser.formatter_class = argparse.RawDescriptionHelpFormatter
        arg_parser.epilog = pass_listing()
        for action in arg_parser._actions:
            if action.dest == "passes":
                action.help = "comma-separated pass pipeline, e.g. -p graph-canonicalize,cse (see below)"
        arg_parser.add_argument(
            "--pass-pipeline",
            default=None,
            help="pass pipeline, MLIR style: 'builtin.module(a,b{opt=1})' or 'a,b'",
        )
        arg_parser.add_argument(
            "--print-ir-after-all",
            action="store_true",
            help="print the IR after every pass (to stderr), as mlir-opt does",
        )
        arg_parser.add_argument(
            "--load-pass-plugin",
            action="append",
            default=[],
            metavar="FILE.py",
            help="load a Python file whose registered passes join -p and --help",
        )
        arg_parser.add_argument(
            "--debug-rewrites",
            action="store_true",
            help="print each pattern rewrite (pattern, op, source location) to stderr",
        )
        _rename_output_format_option(arg_parser)
        arg_parser.add_argument(
            "--target",
            dest="ember_target",
            default=None,
            metavar="T",
            help="set the module's target (dlti.target_system_spec) before the passes: host, a preset "
            f"({', '.join(PRESETS)}) or a JSON object of overrides, e.g. "
            "'{\"name\": \"znver3\", \"cores\": 1}'",
        )
        arg_parser.add_argument("--debug", action="store_true", help="print Python tracebacks on errors")

    def setup_pipeline(self) -> None:
        if self.args.ember_target is not None:
            from ember.target import resolve_target

            self._target = resolve_target(self.args.ember_target)
        spec = self.args.pass_pipeline if self.args.pass_pipeline is not None else self.args.passes
        self.pipeline = build_pipeline(_strip_anchor(spec), self._between_passes)
        if self.args.debug_rewrites:
            from ember.passes.patterns.driver import set_rewrite_debug

            set_rewrite_debug(sys.stderr, self._source_location)

    def _source_location(self, op: Operation) -> str:
        span = self.sources.locate(op)
        if span is None:
            return ""
        loc = span.get_location()
        return f"{loc.file}:{loc.line}:{loc.col}"

    def _between_passes(
        self, previous: ModulePass | None, module: ModuleOp, following: ModulePass | None
    ) -> None:
        if previous is not None and self.args.time_passes:
            print(f"{time.perf_counter() - self._pass_start:9.4f} s  {previous.name}", file=sys.stderr)
        reporter = take_unchanged_report(module)  # (also clears a report older than this pass)
        unchanged = previous is not None and reporter is previous  # (not a pass run inside it)
        if not self.args.disable_verify and not unchanged:
            # a pass that reported the module unchanged left it as the last verification saw it
            verify_module(module, self.sources, after_pass=previous.name if previous else None)
        if previous is not None and self.args.print_ir_after_all:
            print(f"// -----// IR Dump After {previous.name} //----- //", file=sys.stderr)
            print(print_module(module, ctx=self.ctx), file=sys.stderr)
        self._pass_start = time.perf_counter()  # (--time-passes: the pass alone, not the checks)


    def output_resulting_program(self, prog: ModuleOp) -> str:
        """The output: MLIR text through ember's printer (the same text as xDSL's ``mlir`` target,
        which took most of the run on large functions); other formats through xDSL's targets."""
        if self.args.target != "mlir" or self.args.syntax_highlight:
            return super().output_resulting_program(prog)
        text = print_module(
            prog,
            generic=self.args.print_op_generic,
            debuginfo=self.args.print_debuginfo,
            ctx=self.ctx,
            properties_as_attributes=self.args.print_no_properties,
        )
        return text + "\n"  # (xDSL's target ends with an empty line)

    def apply_passes(self, prog: ModuleOp) -> None:
        try:
            super().apply_passes(prog)
        except PassError as error:  # locate a pass failure at the op it names, when known
            op = getattr(error, "op", None)
            span = self.sources.locate(op) if op is not None else None
            if span is None:
                raise
            raise PassError(format_span_error(span, str(error))) from error

    def run(self) -> int:  # type: ignore[override]
        """Run the tool; the exit status (non-zero when --verify-diagnostics finds problems)."""
        if not self.args.verify_diagnostics:
            super().run()
            return 0
        chunks, extension = self.prepare_input()
        output = self.prepare_output()
        expectations: list[Expectation] = []
        diagnostics: list[Diagnostic] = []
        try:
            for i, (chunk, offset) in enumerate(chunks):
                data = chunk.read()
                chunk.close()
                expectations += parse_expectations(data.decode("utf-8", "replace"), offset + 1)
                if i > 0:
                    output.write("// -----\n")
                try:
                    module = self.parse_chunk(BytesIO(data), extension, offset)
                    if module is not None:
                        self.apply_passes(module)
                        output.write(self.output_resulting_program(module))
                except (DiagnosticException, ParseError) as error:
                    diagnostics.append(diagnostic_of(error))
                output.flush()
        finally:
            if output is not sys.stdout:
                output.close()
        problems = check(expectations, diagnostics, self.get_input_name())
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0


def _rename_output_format_option(parser: argparse.ArgumentParser) -> None:
    """xDSL's ``-t/--target`` (the output format: mlir, riscv-asm, ...) becomes
    ``--output-format``; ``--target`` is the compilation target, as in ``mlir-opt``-based tools."""
    for action in parser._actions:
        if action.dest == "target":
            for option in action.option_strings:
                parser._option_string_actions.pop(option, None)
            action.option_strings = ["--output-format"]
            parser._option_string_actions["--output-format"] = action


def _strip_anchor(spec: str) -> str:
    """Accept MLIR's ``builtin.module(...)`` anchor around a pipeline."""
    text = spec.strip()
    for anchor in ("builtin.module(", "any("):
        if text.startswith(anchor) and text.endswith(")"):
            return text[len(anchor) : -1]
    return text


XDSL_PASSES_WITH_PRETEST = ("cse", "dce")
"""xDSL's passes that ember registers under their own names with a pre-test that skips a run with
nothing to do (``passes/cse.py``, ``passes/dce.py``): still xDSL's, so --help lists them there too."""


def pass_listing() -> str:
    """The --help epilog: ember's pipelines and passes with summaries, then xDSL's pass names."""
    lines = ["named pipelines:"]
    for name, pipeline in sorted(pipelines().items()):
        lines.append(f"  {name:34} {pipeline.summary}")
    lines.append("")
    lines.append("ember passes:")
    names = pass_names()
    for name, summary in sorted(names.items()):
        lines.append(f"  {name:34} {summary}")
    lines.append("")
    lines.extend(_pattern_listing(set(names)))
    lines.append("")
    lines.append("xDSL passes (also available):")
    from xdsl.transforms import get_all_passes

    upstream = sorted(set(get_all_passes()) - (set(names) - set(XDSL_PASSES_WITH_PRETEST)))
    lines.append("  " + ", ".join(upstream))
    return "\n".join(lines)


def _pattern_listing(pass_names: set[str]) -> list[str]:
    """The --help section naming each pattern pass's patterns (usable with apply-patterns):
    from the generated index, unless plugins registered passes it does not know."""
    import textwrap

    from ember.pass_index import PASSES, PATTERNS

    catalog = {name: list(patterns) for name, patterns in PATTERNS.items()}
    if pass_names != set(PASSES):
        from ember.passes.patterns.compile import pattern_name
        from ember.passes.patterns.pattern_pass import pattern_catalog

        catalog = {
            name: [getattr(p, "name", None) or pattern_name(p) for p in found]
            for name, found in pattern_catalog().items()
        }
    lines = ["patterns of pattern passes (run any with -p apply-patterns{patterns=NAME,...}):"]
    for pass_name, patterns in sorted(catalog.items()):
        names = ", ".join(patterns)
        text = f"{pass_name}: {names}"
        lines += textwrap.wrap(text, 100, initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False)
    return lines


def _preload_plugins(argv: list[str]) -> None:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--load-pass-plugin", action="append", default=[])
    known, _ = pre.parse_known_args(argv)
    for path in known.load_pass_plugin:
        load_plugin(path)


def run(argv: list[str]) -> int:
    """ember-opt's main, inside ``run_tool`` (one-line errors, exit status)."""
    _preload_plugins(argv)
    with paused_gc():  # (a short-lived process whose IR stays alive: see gc_pause.py)
        return EmberOptMain(args=argv).run()
