"""The markdown discrepancy report for the desk: a view of a ReportView."""
from __future__ import annotations

import re
from pathlib import Path

from ..version import __version__
from .view import MARK, ReportView, Side, source_ref

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")


def esc(text: str) -> str:
    """Text safe inside markdown: special characters escaped, runs of white space (line breaks
    too) folded to one space."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _quoted(side: Side) -> str:
    """The claim's words with the differing ones in bold, escaped, as a block quote."""
    text = side.claim.text
    out, pos = [], 0
    for s, e in sorted(side.highlights):
        if s < pos:
            continue
        out.append(esc(text[pos:s]))
        out.append(f"**{esc(text[s:e])}**")
        pos = e
    out.append(esc(text[pos:]))
    return "> " + "".join(out).strip()


def slug(text: str, limit: int = 48) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return s[:limit].rstrip("-") or "report"


def default_name(view: ReportView) -> str:
    """reports/<story>-<date>.md: the largest story's title and the latest publication date."""
    top = max(view.stories, key=lambda s: (len(s.story.articles), -int(s.story.id[1:])), default=None)
    story = slug(top.story.title) if top else "report"
    date = view.last or view.report.generated[:10]
    return f"{story}-{date}.md"


def render(view: ReportView) -> str:
    r = view.report
    lines = ["# crosscheck discrepancy report", ""]
    span = f"{view.first} to {view.last}" if view.first else "no publication dates stated"
    lines += [
        "## Summary", "",
        f"- **{view.summary()}**",
        f"- Articles: {view.articles} from {len(view.outlets)} outlets"
        + (f" and {view.unattributed} unattributed" if view.unattributed else "")
        + (f" ({esc(', '.join(view.outlets))})" if view.outlets else ""),
        f"- Published: {span}",
        f"- Claims: {len(r.claims)}; aligned groups across outlets: {sum(1 for g in r.groups if len(g.claims) > 1)}",
        "",
    ]

    lines += ["## Findings", ""]
    if not view.findings:
        lines += ["No discrepancies: the outlets agree wherever they state the same fact.", ""]
    for fv in view.findings:
        f = fv.finding
        lines += [f"### {f.id} · {f.severity} · {f.type}", "", esc(f.explanation), ""]
        for side in fv.sides:
            date = side.article.published.isoformat() if side.article.published else "undated"
            lines += [f"**{esc(side.outlet)}**, {date}, `{source_ref(side)}`", "", _quoted(side), ""]

    lines += ["## Agreement by story", ""]
    for sv in view.stories:
        s = sv.story
        lines += [f"### {s.id}: {esc(s.title)}", "",
                  f"{len(s.articles)} article(s); outlets: {esc(', '.join(sv.outlets)) or 'none'}", ""]
        if sv.rows:
            lines.append("| claim | " + " | ".join(esc(o) for o in sv.outlets) + " |")
            lines.append("|---|" + "|".join(":-:" for _ in sv.outlets) + "|")
            for row in sv.rows:
                text = row.text if len(row.text) <= 160 else row.text[:159] + "…"
                lines.append(f"| {esc(text)} | " + " | ".join(MARK[row.cells[o]] for o in sv.outlets) + " |")
            lines += ["", "✓ states it · ✗ differs · · silent", ""]
        if sv.single:
            lines += [f"{len(sv.single)} single-source claim(s).", ""]

    lines += ["## Provenance", "", "| input | format | encoding | sha256 |", "|---|---|---|---|"]
    for i in r.inputs:
        lines.append(f"| `{Path(i.path).name}` | {i.format} | {i.encoding} | `{i.sha256[:16]}…` |")
    lines.append("")
    if r.problems:
        lines += ["Problems met while reading:", ""]
        lines += [f"- `{esc(p.source)}`: {esc(p.message)} ({p.level})" for p in r.problems]
        lines.append("")
    lines += [f"- crosscheck {r.crosscheck_version or __version__}"]
    for k, v in r.models.items():
        lines.append(f"- {esc(k)}: {esc(v)}")
    for k, v in sorted(r.settings.items()):
        lines.append(f"- setting `{k}`: {esc(str(v))}")
    lines += [f"- generated {r.generated}", ""]
    return "\n".join(lines)
