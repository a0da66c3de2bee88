"""Views of verify's verdicts (crosscheck.known.Verdict): the terminal table, JSON
("crosscheck-verify/1") and markdown. A verdict carries its known claim (``known``: id, kind,
statement, type), whether it holds (``ok``), its failures, and the evidence for and against
(``supporting``, ``contradicting``: claim, outlet, finding_type) and the silent outlets."""
from __future__ import annotations

import json
from collections.abc import Sequence

from .markdown import esc

FORMAT = "crosscheck-verify/1"


def _by_outlet(evidence) -> dict:
    """The first piece of evidence of each outlet, in order."""
    seen: dict = {}
    for e in evidence:
        seen.setdefault(e.outlet, e)
    return seen


def summary(verdicts: Sequence) -> str:
    return f"{sum(v.ok for v in verdicts)} of {len(verdicts)} known claims hold"


def table(verdicts: Sequence):
    """A rich Table: each known claim, who supports, contradicts or is silent, and the result."""
    from rich.markup import escape
    from rich.table import Table

    out = Table(title=summary(verdicts), show_lines=True)
    for col in ("claim", "supports", "contradicts", "silent", "result"):
        out.add_column(col, overflow="fold")
    for v in verdicts:
        k = v.known
        what = k.statement or f"{k.kind} ({k.type or 'any type'})"
        sup = ", ".join(escape(o) for o in _by_outlet(v.supporting))
        con = ", ".join(f"{escape(o)} [{e.finding_type}]" for o, e in _by_outlet(v.contradicting).items())
        result = "[green]holds[/green]" if v.ok else "[red]fails[/red]"
        out.add_row(f"[bold]{escape(k.id)}[/bold]\n{escape(what[:100])}", sup or "-", con or "-",
                    escape(", ".join(v.silent)) or "-", result)
    return out


def to_json(verdicts: Sequence, known: str) -> str:
    data = [{"id": v.known.id, "kind": v.known.kind, "statement": v.known.statement, "holds": v.ok,
             "failures": v.failures,
             "supporting": [{"claim": e.claim.id, "outlet": e.outlet, "text": e.claim.text} for e in v.supporting],
             "contradicting": [{"claim": e.claim.id, "outlet": e.outlet, "type": e.finding_type, "text": e.claim.text}
                               for e in v.contradicting],
             "silent": v.silent} for v in verdicts]
    return json.dumps({"format": FORMAT, "known": known, "verdicts": data}, indent=2, ensure_ascii=False) + "\n"


def to_markdown(verdicts: Sequence) -> str:
    lines = [f"# Known claims: {sum(v.ok for v in verdicts)} of {len(verdicts)} hold", ""]
    for v in verdicts:
        k = v.known
        lines += [f"## {esc(k.id)}: {'holds' if v.ok else 'FAILS'}", ""]
        if k.statement:
            lines += [f"> {esc(k.statement)}", ""]
        lines += [f"- expected: {esc(f)}" for f in v.failures]
        lines += [f"- supports ({esc(e.outlet)}): {esc(e.claim.text)}" for e in v.supporting]
        lines += [f"- contradicts ({esc(e.outlet)}, {e.finding_type}): {esc(e.claim.text)}" for e in v.contradicting]
        if v.silent:
            lines.append(f"- silent: {esc(', '.join(v.silent))}")
        lines.append("")
    return "\n".join(lines)
