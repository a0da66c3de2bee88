"""Injected discrepancies: typed edits of one outlet's copy of an agreed fact, and how many the
check finds with the right type (crosscheck/known/mutate.py says how edits are made and judged).

    python benchmarks/mutate.py                          # the development set (benchmarks/dev)
    python benchmarks/mutate.py --corpus seeds --gold seeds/gold.yaml --sources ""
    python benchmarks/mutate.py --seeds 5                # five draws of the edits: mean and range
    python benchmarks/mutate.py --rounds 3 --markdown docs/findings-mutations.md --json /tmp/m.json
    python benchmarks/mutate.py --corpus DIR --sources DIR/sources.csv --verbatim
                                                         # coverage nobody annotated: copies found by shared words

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
    ap.add_argument("--seeds", type=int, default=1,
                    help="draw the edits with this many seeds from --seed on (in sample): each seed's total, their mean "
                         "and range, and the table over all of them (one seed's figure moves by about 0.02 with the draw)")
    ap.add_argument("--per-member", type=int, default=2, help="edits planned per agreement member")
    ap.add_argument("--rounds", type=int, default=None, help="stop after this many runs")
    ap.add_argument("--json", help="write every edit and its outcome here")
    ap.add_argument("--markdown", help="write the per-type table here")
    ap.add_argument("--show", default="", help="print the edits of these verdicts (e.g. missed,other type)")
    ap.add_argument("--verbatim", type=int, nargs="?", const=-1, default=None, metavar="WORDS",
                    help="coverage nobody annotated: agreements made of sentences of two outlets of one story that share "
                         "this many words in a row (default crosscheck.known.mutate.VERBATIM_RUN) in place of --gold; "
                         "measures the comparisons where alignment is easy, on any corpus")
    ap.add_argument("--write-gold", help="with --verbatim: write the agreements made to this YAML file")
    ap.add_argument("--loso", action="store_true",
                    help="leave one story out: each story's edits checked with a pair model fitted without that story "
                         "(on the seeds and the other stories of the corpus); one story's files per run")
    a = ap.parse_args(argv)
    if a.loso and a.seeds > 1:
        ap.error("--seeds draws the edits several ways in sample; --loso runs one draw (--seed)")
    if a.loso and a.verbatim is not None:
        ap.error("--loso fits pair models without each gold story; --verbatim has no gold stories")
    if a.write_gold and a.verbatim is None:
        ap.error("--write-gold writes the agreements --verbatim makes")

    from crosscheck.ingest import load_corpus
    from crosscheck.known.mutate import Stories, apply, articles_by_file, judge, plan_edits, rounds
    from crosscheck.claims.nlp import load_spacy
    from crosscheck.pipeline import Options, analyse

    corpus = Path(a.corpus)
    files = sorted(p.name for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    texts = {f: (corpus / f).read_text(encoding="utf-8") for f in files}
    options = Options(manifest=a.sources or None)

    def run(tx: dict[str, str], opts=options):
        with tempfile.TemporaryDirectory() as d:
            for f, t in tx.items():
                (Path(d) / f).write_text(t, encoding="utf-8")
            return analyse([d], opts)

    base_report = None
    if a.verbatim is not None:
        from crosscheck.known.mutate import VERBATIM_RUN, report_sentences, verbatim_agreements

        base_report = run(texts).report
        gold = verbatim_agreements(report_sentences(base_report, corpus), a.verbatim if a.verbatim > 0 else VERBATIM_RUN)
        print(f"{len(gold['agreements'])} agreements of near-verbatim copies "
              f"({sum(len(x['members']) for x in gold['agreements'])} sentences)", file=sys.stderr)
        if a.write_gold:
            Path(a.write_gold).write_text(yaml.safe_dump(gold, sort_keys=False, allow_unicode=True), encoding="utf-8")
    else:
        gold = yaml.safe_load(Path(a.gold).read_text(encoding="utf-8"))
    stories = Stories.from_gold(gold)
    # the articles of each file: a page that carries several outlets' reports has counterparts within it
    pages = articles_by_file(la.article for la in load_corpus([str(corpus)], manifest=a.sources or None).articles)
    nlp = load_spacy()
    edits = plan_edits(gold, corpus, nlp, seed=a.seed, per_member=a.per_member, pages=pages)
    plan = rounds(edits, stories, a.rounds)
    print(f"{len(edits)} edits planned ({dict(Counter(e.kind for e in edits))}); {len(plan)} runs", file=sys.stderr)

    if a.loso:
        return loso(a, texts, gold, edits, stories, run, options)

    t0 = time.time()
    base = base_report if base_report is not None else run(texts).report
    base_sigs = {signature(base, f) for f in base.findings}
    outcomes, provoked, untouched_total, runs, per_seed = [], 0, 0, 0, []
    for seed in range(a.seed, a.seed + max(1, a.seeds)):
        if seed != a.seed:
            edits = plan_edits(gold, corpus, nlp, seed=seed, per_member=a.per_member, pages=pages)
            plan = rounds(edits, stories, a.rounds)
            print(f"seed {seed}: {len(edits)} edits planned; {len(plan)} runs", file=sys.stderr)
        mine = []
        for k, batch in enumerate(plan, 1):
            r = run(apply(texts, batch))
            report = r.report
            results = [judge(report, e, texts, r.alignment) for e in batch]
            mine += results
            edited_ids = {o.claim for o in results if o.claim}
            for f in report.findings:
                if edited_ids & set(f.claims):
                    continue
                untouched_total += 1
                if signature(report, f) not in base_sigs:
                    provoked += 1
                    if "provoked" in a.show:
                        texts_of = {c.id: c.text for c in report.claims}
                        print(f"  provoked: {f.type}: {f.explanation} | " + " | ".join(texts_of[c][:160] for c in f.claims), file=sys.stderr)
            print(f"run {k}/{len(plan)}: {Counter(o.verdict for o in results)} ({time.time() - t0:.0f} s)", file=sys.stderr)
        outcomes += mine
        runs += len(plan)
        judged = [o for o in mine if o.verdict != "unlocated"]
        per_seed.append((seed, sum(o.verdict == "found" for o in judged), len(judged)))

    how = "in sample" if len(per_seed) == 1 else f"in sample, seeds {a.seed} to {per_seed[-1][0]} together"
    report_outcomes(a, outcomes, runs, len(base.findings), untouched_total, provoked, how)
    if len(per_seed) > 1:
        shares = [f / max(1, n) for _, f, n in per_seed]
        for (seed, f, n), x in zip(per_seed, shares):
            print(f"seed {seed}: {f} of {n} found with the right type ({x:.3f})")
        print(f"over {len(shares)} seeds: mean {sum(shares) / len(shares):.3f}, from {min(shares):.3f} to {max(shares):.3f}")
    return 0


def report_outcomes(a, outcomes, runs: int, base_findings: int, untouched_total: int, provoked: int, how: str) -> None:
    from crosscheck.known.mutate import FINDING_TYPE

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
    summary = (f"\n{how}: {len(judged)} edits judged ({len(outcomes) - len(judged)} not located in a claim), {runs} runs; "
               f"flagged {flagged / max(1, len(judged)):.3f}, with the right type {found / max(1, len(judged)):.3f}; "
               f"type accuracy of flagged {found / max(1, flagged):.3f}. Untouched corpus: {base_findings} findings. "
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


def loso(a, texts, gold, edits, stories, run, options) -> int:
    """Each story's edits with a pair model fitted without that story."""
    import dataclasses

    import numpy as np

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from alignment import corpora

    from crosscheck.known.fit import fit, labelled_pairs
    from crosscheck.known.mutate import apply, judge

    specs = [f"seeds={ROOT / 'seeds'}:{ROOT / 'seeds' / 'gold.yaml'}",
             f"dev={a.corpus}:{a.gold}" + (f":{a.sources}" if a.sources else "")]
    pairs = labelled_pairs(corpora(specs))
    files_of: dict[str, list[str]] = defaultdict(list)
    for f, root in stories.of_file.items():
        files_of[root].append(f)
    from crosscheck.known.gold import GoldScorer

    outcomes, runs, base_n, untouched_total, provoked = [], 0, 0, 0, 0
    found_d = total_d = typed_d = alarms = total_nd = 0
    base_lines: list[str] = []
    t0 = time.time()
    with tempfile.TemporaryDirectory() as models:
        for _, files in sorted(files_of.items()):
            name = "dev:" + min(files).split("__")[0].removesuffix(".txt")
            mine = [e for e in edits if e.file in files]
            if name not in pairs.names or not mine:
                continue
            k = pairs.names.index(name)
            path = Path(models) / f"{k}.json"
            path.write_text(fit(pairs, np.flatnonzero(pairs.story != k)).to_json(), encoding="utf-8")
            opts = dataclasses.replace(options, pair_model=str(path))
            story_texts = {f: texts[f] for f in files}
            base = run(story_texts, opts).report
            base_n += len(base.findings)
            story_gold = {part: [x for x in gold.get(part, []) if _files(x) <= set(files)]
                          for part in ("discrepancies", "non_discrepancies")}
            m = GoldScorer(base, story_gold, Path(a.corpus)).score().values
            found = round((m["discrepancy_recall"] or 0) * len(story_gold["discrepancies"]))
            found_d += found
            typed_d += round((m["discrepancy_type_accuracy"] or 0) * found)
            total_d += len(story_gold["discrepancies"])
            alarms += m["false_alarms"]
            total_nd += len(story_gold["non_discrepancies"])
            base_lines += [f"  [{f.severity}] {f.type}: {f.explanation[:160]}" for f in base.findings]
            base_sigs = {signature(base, f) for f in base.findings}
            for e in mine[: a.rounds or None]:
                r = run(apply(story_texts, [e]), opts)
                runs += 1
                o = judge(r.report, e, texts, r.alignment)
                outcomes.append(o)
                for f in r.report.findings:
                    if o.claim in f.claims:
                        continue
                    untouched_total += 1
                    if signature(r.report, f) not in base_sigs:
                        provoked += 1
            print(f"{name}: {Counter(o.verdict for o in outcomes[-len(mine[: a.rounds or None]):])} ({time.time() - t0:.0f} s)",
                  file=sys.stderr)
    report_outcomes(a, outcomes, runs, base_n, untouched_total, provoked, "leave one story out")
    print(f"\nUntouched stories, each with its leave-one-story-out model: discrepancy recall {found_d}/{total_d}, "
          f"with the right type {typed_d}; false alarms {alarms}/{total_nd}; findings:")
    print("\n".join(base_lines))
    return 0


def signature(report, f) -> tuple:
    """A finding as it reads (its type and its claims' words), to tell runs' findings apart."""
    text_of = {c.id: c.text for c in report.claims}
    return f.type, tuple(sorted(text_of[c] for c in f.claims))


def _files(d: dict) -> set[str]:
    refs = [d.get("a"), d.get("b"), *(d.get("b_any") or [])]
    return {r["file"] for r in refs if r}


if __name__ == "__main__":
    sys.exit(main())
