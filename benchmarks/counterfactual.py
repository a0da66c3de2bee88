"""Counterfactual pairs: would two claims state one fact, were one claim's name or status the
other's? A measurement for docs/findings.md (session 23), not part of the check.

For pairs of claims of two outlets in one story, under the comparisons' bar (probability under
0.3) and at a cosine of at least 0.25:

    names   each claim names a person the other does not write: claim A's name is replaced in
            its text by claim B's, the new sentence embedded with the shipped encoder, A's
            entity key swapped, and the pair's features (in its story, A's row replaced) read
            by the shipped pair model
    status  claim A tells an act as pending (expected, planned, possible) that claim B tells as
            done: A's status words are taken out of its text ("is expected to hire a lawyer" ->
            "hire a lawyer") and its lemmas, and the pair read again

    python benchmarks/counterfactual.py status                 # the untouched development set
    python benchmarks/counterfactual.py status --harness M.json
    python benchmarks/counterfactual.py names --harness M.json # M.json: benchmarks/mutate.py --json

The untouched set counts the different-fact pairs a counterfactual lifts (every one a false
alarm the rules would have to set aside); the harness mode applies each missed edit of the kind
whose pair fell under 0.3 to its story, runs the story afresh, and gives the best counterfactual
probability of the edited claim with a gold counterpart.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

BAR = 0.3  # the comparisons' bar: pairs under it are the ones a counterfactual could bring in
MIN_COSINE = 0.25  # the alignment's own floor for scoring a pair
PENDING = re.compile(
    r"\b(?:(?:is|are|was|were|be)\s+(?:now\s+)?(?:expected|set|likely|poised|scheduled|slated|due|going|about)\s+to"
    r"|(?:plans?|planned|intends?|intended|hopes?|hoped|aims?)\s+to"
    r"|(?:could|may|might|would|will|should))\s+(?:be\s+)?(\w+)", re.I)
STATUS_LEMMAS = frozenset({"expect", "set", "likely", "poise", "schedule", "slate", "due", "plan", "intend", "hope",
                           "aim", "could", "may", "might", "would", "will", "go", "about"})
PENDING_STATUS = {"expected", "planned", "possible", "future"}


def _people(claim, emap) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in (claim.facts.entities if claim.facts else []):
        if e.label == "PERSON":
            out.setdefault(emap.get(e.key, e.key), []).append(e)
    return out


def _name_jobs(claims, ids, emap, pair_ok):
    """(a, b, new text of a, key swapped out, key swapped in) for each name substitution."""
    people = {c: _people(claims[c], emap) for c in ids}
    for a in ids:
        for b in ids:
            if not pair_ok(a, b):
                continue
            written = lambda key, other: any(w in claims[other].text for w in key.split() if len(w) > 2)
            xs = [k for k in people[a] if k not in people[b] and not written(k, b)]
            ys = [k for k in people[b] if k not in people[a] and not written(k, a)]
            for x in xs:
                for y in ys:
                    ex, ey = people[a][x][0], people[b][y][0]
                    text, s = claims[a].text, people[a][x][0].start - claims[a].start
                    if text[s:s + len(ex.text)] == ex.text:
                        yield a, b, text[:s] + ey.text + text[s + len(ex.text):], x, y


def _status_jobs(claims, ids, pair_ok):
    for a in ids:
        fa = claims[a].facts
        pending = {k for k, v in (fa.acts if fa else {}).items() if v in PENDING_STATUS}
        if not pending:
            continue
        neutral = PENDING.sub(lambda m: m.group(1), claims[a].text)
        if neutral == claims[a].text:
            continue
        for b in ids:
            fb = claims[b].facts
            if fb is not None and pair_ok(a, b) and any(fb.acts.get(k) == "done" for k in pending):
                yield a, b, neutral, None, None


def counterfactuals(run, kind: str, want=lambda a, b: True) -> list[dict]:
    """Every counterfactual pair of a run, with the pair's probability as it stands (``p``) and
    with the substitution (``cf``)."""
    from crosscheck.align.pairs import frozen, load_pair_model, story_features
    from crosscheck.embed import load_encoder

    model = load_pair_model()
    al, rep = run.alignment, run.report
    claims = {c.id: c for c in rep.claims}
    order = [c.id for c in rep.claims]
    pos = {cid: i for i, cid in enumerate(order)}
    emb = np.asarray(run.embeddings, dtype=np.float32)
    outlet = {a.id: a.outlet for a in rep.articles}
    by_story: dict[str, list[str]] = defaultdict(list)
    for cid in order:
        if al.stories.get(claims[cid].article):
            by_story[al.stories[claims[cid].article]].append(cid)

    def pair_ok(a, b):
        return a != b and outlet[claims[a].article] != outlet[claims[b].article] and want(a, b) \
            and al.probability(a, b) < BAR and float(emb[pos[a]] @ emb[pos[b]]) >= MIN_COSINE

    jobs = []
    for story, ids in by_story.items():
        found = _name_jobs(claims, ids, al.entity_map, pair_ok) if kind == "names" else _status_jobs(claims, ids, pair_ok)
        jobs += [(story, *j) for j in found]
    texts = sorted({j[3] for j in jobs})
    vectors = dict(zip(texts, load_encoder().encode(texts))) if texts else {}
    out = []
    by_job_story: dict[str, list] = defaultdict(list)
    for job in jobs:
        by_job_story[job[0]].append(job)
    for story, story_jobs in by_job_story.items():
        # the story's vectors, centred as the alignment centres them, and what the model reads
        # of its claims: made once per story; each substitution replaces one row of a copy
        ids = by_story[story]
        index = {c: i for i, c in enumerate(ids)}
        base = emb[[pos[c] for c in ids]]
        mean = base.mean(axis=0)
        base_items = [al.views[c].pair for c in ids]

        def probabilities(e, items, pairs):
            centred = e - mean
            centred /= np.linalg.norm(centred, axis=1, keepdims=True)
            rows = np.array([min(index[a], index[b]) for a, b in pairs])
            cols = np.array([max(index[a], index[b]) for a, b in pairs])
            return model.probability(story_features(items, e, centred if len(ids) >= 3 else e, rows, cols))

        # the pairs as they stand, all of the story's at once
        as_they_stand = probabilities(base, base_items, [(a, b) for _, a, b, *_ in story_jobs])
        for (_, a, b, text, x, y), p in zip(story_jobs, as_they_stand):
            e = base.copy()
            e[index[a]] = vectors[text]
            items = list(base_items)
            item = items[index[a]]
            items[index[a]] = replace(item, entities=frozen((item.entities - {x}) | {y})) if kind == "names" \
                else replace(item, lemmas=frozen(item.lemmas - STATUS_LEMMAS))
            out.append(dict(story=story, a=a, b=b, p=float(p), cf=float(probabilities(e, items, [(a, b)])[0]),
                            a_text=claims[a].text, b_text=claims[b].text, swapped=[x, y] if kind == "names" else None))
    return out


def untouched(kind: str, corpus: str, sources: str) -> None:
    from crosscheck.pipeline import Options, analyse

    res = counterfactuals(analyse([corpus], Options(manifest=sources or None)), kind)
    best: dict[frozenset, dict] = {}
    for r in res:
        key = frozenset((r["a"], r["b"]))
        if key not in best or r["cf"] > best[key]["cf"]:
            best[key] = r
    print(f"{len(res)} substitutions, {len(best)} pairs of claims")
    for bar in (0.3, 0.4, 0.5, 0.6):
        print(f"  reach {bar}: {sum(r['cf'] >= bar for r in best.values())} "
              f"(pair as it stands at least 0.05: {sum(r['cf'] >= bar and r['p'] >= 0.05 for r in best.values())})")
    for r in sorted(best.values(), key=lambda r: -r["cf"]):
        if r["cf"] >= BAR:
            print(f"  {r['cf']:.2f} (as it stands {r['p']:.2f}) {r['a_text'][:90]!r} / {r['b_text'][:90]!r}")


def harness(kind: str, edits_file: str, corpus: str, gold_file: str, sources: str) -> None:
    from crosscheck.pipeline import Options, analyse

    kinds = ("person", "place", "spelling") if kind == "names" else ("status-expected", "status-done")
    gold = yaml.safe_load(Path(gold_file).read_text(encoding="utf-8"))
    agreements = {g["id"]: g for g in gold["agreements"]}
    edits = [e for e in json.loads(Path(edits_file).read_text(encoding="utf-8"))
             if e["kind"] in kinds and e["verdict"] != "found" and e["probability"] < BAR]
    best = []
    for e in edits:
        with tempfile.TemporaryDirectory() as d:
            for p in Path(corpus).glob(e["file"].split("__")[0] + "__*"):
                t = p.read_text(encoding="utf-8")
                if p.name == e["file"]:
                    t = t[:e["start"]] + e["new"] + t[e["end"]:]
                (Path(d) / p.name).write_text(t, encoding="utf-8")
            run = analyse([d], Options(manifest=sources or None))
        mine = {a.id for a in run.report.articles if a.source.endswith(e["file"])}
        edited = {c.id for c in run.report.claims if c.article in mine and c.start <= e["start"] < c.end}
        quotes = [m["quote"][:40] for m in agreements[e["agreement"]]["members"] if m["file"] != e["file"]]
        res = [r for r in counterfactuals(run, kind, lambda a, b: a in edited or b in edited)
               if any(q in r["a_text"] or q in r["b_text"] for q in quotes)]
        top = max((r["cf"] for r in res), default=0.0)
        best.append(top)
        print(f"  {e['kind']} {e['old']!r} -> {e['new']!r}: best {top:.2f}", flush=True)
    print(f"{len(edits)} missed {kind} edits whose pair fell under {BAR}")
    for bar in (0.25, 0.3, 0.4, 0.5, 0.6):
        print(f"  reach {bar}: {sum(b >= bar for b in best)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=("names", "status"))
    ap.add_argument("--harness", metavar="EDITS.json", help="benchmarks/mutate.py --json output; else the untouched corpus")
    ap.add_argument("--corpus", default=str(ROOT / "benchmarks" / "dev"))
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev.yaml"))
    ap.add_argument("--sources", default=str(SHARED / "dev" / "sources.csv"), help="manifest ('' for none)")
    args = ap.parse_args(argv)
    if args.harness:
        harness(args.kind, args.harness, args.corpus, args.gold, args.sources)
    else:
        untouched(args.kind, args.corpus, args.sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
