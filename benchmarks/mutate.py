"""Injected discrepancies: typed edits of one outlet's copy of an agreed fact, and how many the
check finds with the right type (crosscheck/mutate.py says how edits are made and judged).

    python benchmarks/mutate.py                          # the development set (benchmarks/dev)
    python benchmarks/mutate.py --corpus seeds --gold seeds/gold.yaml --sources ""
    python benchmarks/mutate.py --rounds 3 --markdown docs/findings-mutations.md --json /tmp/m.json

Each run edits at most one member per story; the models are loaded once. Besides the share
found per edit type, it counts the findings of each run that touch no edited claim and were
not in the run of the untouched corpus (false alarms the edits provoked elsewhere), and
whether the edited claim was grouped with an untouched counterpart at all (an edit missed
while ungrouped is an alignment miss; one missed while grouped, a comparison miss).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "benchmarks" / "dev"))
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.yaml"))
    ap.add_argument("--sources", default=str(SHARED / "dev" / "sources.csv"), help="manifest ('' for none)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-member", type=int, default=2, help="edits planned per agreement member")
    ap.add_argument("--rounds", type=int, default=None, help="stop after this many runs")
    ap.add_argument("--json", help="write every edit and its outcome here")
    ap.add_argument("--markdown", help="write the per-type table here")
    ap.add_argument("--show", default="", help="print the edits of these verdicts (e.g. missed,other type)")
    a = ap.parse_args(argv)

    from crosscheck.mutate import FINDING_TYPE, Stories, apply, judge, plan_edits, rounds
    from crosscheck.nlp import load_spacy
    from crosscheck.pipeline import Options, analyse

    corpus = Path(a.corpus)
    gold = yaml.safe_load(Path(a.gold).read_text(encoding="utf-8"))
    files = sorted(p.name for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    texts = {f: (corpus / f).read_text(encoding="utf-8") for f in files}
    stories = Stories.from_gold(gold)
    edits = plan_edits(gold, corpus, load_spacy(), seed=a.seed, per_member=a.per_member)
    plan = rounds(edits, stories, a.rounds)
    print(f"{len(edits)} edits planned ({dict(Counter(e.kind for e in edits))}); {len(plan)} runs", file=sys.stderr)
    options = Options(manifest=a.sources or None)

    def run(tx: dict[str, str]):
        with tempfile.TemporaryDirectory() as d:
            for f, t in tx.items():
                (Path(d) / f).write_text(t, encoding="utf-8")
            return analyse([d], options)

    def signature(report, f):
        text_of = {c.id: c.text for c in report.claims}
        return f.type, tuple(sorted(text_of[c] for c in f.claims))

    t0 = time.time()
    base = run(texts).report
    base_sigs = {signature(base, f) for f in base.findings}
    outcomes, provoked, untouched_total = [], 0, 0
    for k, batch in enumerate(plan, 1):
        r = run(apply(texts, batch))
        report = r.report
        results = [judge(report, e, texts, r.alignment) for e in batch]
        outcomes += results
        edited_ids = {o.claim for o in results if o.claim}
        for f in report.findings:
            if edited_ids & set(f.claims):
                continue
            untouched_total += 1
            if signature(report, f) not in base_sigs:
                provoked += 1
        print(f"run {k}/{len(plan)}: {Counter(o.verdict for o in results)} ({time.time() - t0:.0f} s)", file=sys.stderr)

    rows = defaultdict(Counter)
    for o in outcomes:
        rows[o.edit.kind][o.verdict] += 1
        rows[o.edit.kind]["grouped"] += o.grouped
    judged = [o for o in outcomes if o.verdict != "unlocated"]
    found = sum(o.verdict == "found" for o in judged)
    flagged = sum(o.verdict in ("found", "other type") for o in judged)
    lines = ["| edit | finding type | edits | found, right type | found, other type | missed | of them grouped with a counterpart |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for kind in sorted(rows, key=lambda k: (FINDING_TYPE[k], k)):
        r = rows[kind]
        n = r["found"] + r["other type"] + r["missed"]
        lines.append(f"| {kind} | {FINDING_TYPE[kind]} | {n} | {r['found']} ({r['found'] / max(1, n):.2f}) | "
                     f"{r['other type']} | {r['missed']} | {r['grouped']} |")
    lines.append(f"| **all** | | {len(judged)} | {found} ({found / max(1, len(judged)):.2f}) | "
                 f"{flagged - found} | {len(judged) - flagged} | {sum(o.grouped for o in judged)} |")
    summary = (f"\n{len(judged)} edits judged ({len(outcomes) - len(judged)} not located in a claim), {len(plan)} runs; "
               f"flagged {flagged / max(1, len(judged)):.3f}, with the right type {found / max(1, len(judged)):.3f}; "
               f"type accuracy of flagged {found / max(1, flagged):.3f}. Untouched corpus: {len(base.findings)} findings. "
               f"Findings on untouched claims in the edited runs: {untouched_total}, of them not in the untouched run: {provoked}.")
    table = "\n".join(lines) + "\n" + summary
    print(table)
    for o in outcomes:
        if o.verdict in a.show.split(","):
            print(f"[{o.verdict}{', grouped' if o.grouped else ''} p={o.probability:.2f} alike={o.alike:.2f}] {o.edit.kind}: {o.edit.old!r} -> {o.edit.new!r} "
                  f"in {o.edit.member['quote'][:90]!r} {o.types}")
    if a.markdown:
        Path(a.markdown).write_text(table + "\n", encoding="utf-8")
    if a.json:
        Path(a.json).write_text(json.dumps([{
            "kind": o.edit.kind, "file": o.edit.file, "start": o.edit.start, "end": o.edit.end, "old": o.edit.old,
            "new": o.edit.new, "agreement": o.edit.agreement, "verdict": o.verdict, "grouped": o.grouped,
            "probability": o.probability, "alike": o.alike,
            "types": list(o.types)} for o in outcomes], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
