"""The terminal report (rich): a view of a ReportView, readable at 80 columns."""
from __future__ import annotations

from io import StringIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from .view import MARK, ReportView, Side, source_ref

SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
CELL_STYLE = {"states": "green", "contradicts": "bold red", "silent": "dim"}


def _abbrev(outlet: str, width: int) -> str:
    return outlet[:width]


def _flat(text: str) -> str:
    """A claim's words on one line: the line breaks of a wrapped page as spaces, character for
    character (highlight spans are unchanged)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _fit(text: str, n: int) -> str:
    text = _flat(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def _matrix(sv, width: int, col: int):
    """The outlets x claims agreement matrix, laid out by hand so it fits any width exactly."""
    cell = col + 1
    claim_width = max(20, width - len(sv.outlets) * cell - 1)
    head = Text(_fit("claim (most corroborated first)", claim_width).ljust(claim_width), style="bold")
    for o in sv.outlets:
        head.append(_abbrev(o, col).center(cell), style="bold")
    yield head
    yield Text("─" * min(width, claim_width + len(sv.outlets) * cell), style="dim")
    for row in sv.rows:
        line = Text(_fit(row.text, claim_width - 1).ljust(claim_width))
        for o in sv.outlets:
            line.append(MARK[row.cells[o]].center(cell), style=CELL_STYLE[row.cells[o]])
        yield line


def _side(side: Side, style: str) -> Text:
    t = Text()
    date = side.article.published.isoformat() if side.article.published else "undated"
    t.append(f"{side.outlet} · {date} · {source_ref(side)}\n", style="bold")
    body = Text(_flat(side.claim.text))
    for s, e in side.highlights:
        body.stylize(f"{style} underline", s, e)
    t.append_text(body)
    return t


def renderables(view: ReportView, *, show_all: bool = False, width: int = 80):
    r = view.report
    head = Text()
    head.append("crosscheck", style="bold")
    head.append(f"  {view.articles} articles · {len(view.outlets)} outlets"
                + (f" (+{view.unattributed} unattributed)" if view.unattributed else "")
                + f" · {len(view.stories)} stories · {len(r.claims)} claims\n")
    span = f"{view.first} … {view.last}" if view.first else "no publication dates stated"
    head.append(f"published {span} · independent sources {view.independent_sources}")
    yield head

    col = 3 if width < 100 else 8
    singles = [sv for sv in view.stories if len(sv.story.articles) < 2]
    for sv in (sv for sv in view.stories if len(sv.story.articles) >= 2):
        s = sv.story
        yield Text()
        title = Text(f"Story {s.id}: ", style="bold")
        title.append(s.title)
        title.append(f"  ({len(s.articles)} article{'s' if len(s.articles) != 1 else ''}, "
                     f"{len(sv.outlets)} outlet{'s' if len(sv.outlets) != 1 else ''})", style="dim")
        yield title
        if sv.rows:
            yield from _matrix(sv, width, col)
            legend = Text("✓ states it  ✗ differs  · silent", style="dim")
            if any(len(o) > col for o in sv.outlets):
                legend.append("   " + ", ".join(f"{_abbrev(o, col)}={o}" for o in sv.outlets if len(o) > col), style="dim")
            yield legend
        if sv.single:
            if show_all:
                yield Text(f"single-source claims ({len(sv.single)}):", style="dim")
                for c in sv.single:
                    yield Text(f"  {c.id} {_flat(c.text)[:100]}", style="dim")
            else:
                yield Text(f"{len(sv.single)} single-source claim(s) not shown (--all lists them)", style="dim")
    if singles:
        yield Text()
        yield Text("Stories told by one article only (nothing to compare):", style="bold")
        for sv in singles:
            a = next(x for x in view.report.articles if x.id == sv.story.articles[0])
            line = Text(f"  {sv.story.id} ", style="dim")
            line.append(sv.story.title)
            line.append(f"  ({a.outlet or 'unattributed'}, {len(sv.single)} claims)", style="dim")
            yield line
            if show_all:
                for c in sv.single:
                    yield Text(f"    {c.id} {_flat(c.text)[:100]}", style="dim")

    yield Text()
    yield Text(f"Findings ({len(view.findings)})", style="bold")
    if not view.findings:
        yield Text("none: the outlets agree wherever they state the same fact", style="green")
    for fv in view.findings:
        f = fv.finding
        style = SEVERITY_STYLE[f.severity]
        parts = [Text(f.explanation, style="italic")]
        for side in fv.sides:
            parts.append(Text())
            parts.append(_side(side, style))
        yield Panel(Group(*parts), title=Text(f"{f.severity.upper()} · {f.type} · {f.id}", style=style),
                    title_align="left", box=box.ROUNDED, padding=(0, 1))
    yield Text()
    yield Text(view.summary(), style="bold")


def render(view: ReportView, *, width: int = 80, color: bool = False, show_all: bool = False) -> str:
    """The report as text at a fixed width: for golden files and for non-terminal output."""
    buf = StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                      highlight=False, emoji=False, legacy_windows=False, soft_wrap=False)
    for r in renderables(view, show_all=show_all, width=width):
        console.print(r)
    return buf.getvalue()


def print_report(view: ReportView, console: Console, *, show_all: bool = False) -> None:
    for r in renderables(view, show_all=show_all, width=console.width):
        console.print(r)
