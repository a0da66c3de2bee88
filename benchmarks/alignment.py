"""Alignment measured as it generalises: the pair model fitted on annotated stories and judged
on stories it never saw (leave one story out), beside the in-sample figures.

    python benchmarks/alignment.py                     # LOSO and in-sample, seeds + dev
    python benchmarks/alignment.py --write-model       # refit the bundled model on every story
    python benchmarks/alignment.py --corpus desk=DIR:GOLD --out desk.json --cut 0.2
                                                       # a desk's own model: crosscheck check --pair-model desk.json
    python benchmarks/alignment.py --ablation          # LOSO with each feature family left out
    python benchmarks/alignment.py --markdown docs/alignment-figures.md
    python benchmarks/alignment.py --train ecb=DIR:GOLD:SOURCES   # more stories to fit on, never scored
                                                       # (benchmarks/cdcrgold.py builds them)

Corpora are given as NAME=DIR:GOLD[:SOURCES]; by default the seeds and, when built, the
development set (benchmarks/dev, ../shared/gold/dev.yaml, ../shared/dev/sources.csv). Scores
come from ../shared/tools/score.py, the scorer the issues name.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

FAMILIES = {
    "cosine": ("cos", "ccos"), "best match": ("gap_max", "gap_min"), "words": ("lex", "rare"),
    "entities": ("ent", "ent_clash"), "numbers": ("num_same", "num_clash"), "days": ("day_same", "day_clash"),
    "verbs": ("verb",), "quotes and speakers": ("quote", "speaker_same", "speaker_clash"),
    "shape": ("len_ratio", "pos_gap", "same_article", "adjacent"), "context": ("context",), "profile": ("profile",),
}


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpora(specs: list[str]):
    from crosscheck.known.fit import annotate
    from crosscheck.pipeline import Options, analyse

    if not specs:
        specs = [f"seeds={ROOT / 'seeds'}:{ROOT / 'seeds' / 'gold.yaml'}"]
        dev = ROOT / "benchmarks" / "dev"
        if any(dev.glob("*.txt")):
            specs.append(f"dev={dev}:{SHARED / 'gold' / 'dev.yaml'}:{SHARED / 'dev' / 'sources.csv'}")
    out = []
    for spec in specs:
        name, rest = spec.split("=", 1)
        parts = rest.split(":")
        corpus, gold = Path(parts[0]), Path(parts[1])
        run = analyse([str(corpus)], Options(manifest=parts[2] if len(parts) > 2 else None))
        out.append(annotate(name, run, yaml.safe_load(gold.read_text(encoding="utf-8")), corpus))
    return out


def alignment_scores(score, annotated, groups: list[list[str]], gold: dict | None = None) -> dict:
    from crosscheck.known.fit import with_groups

    report = with_groups(annotated.run, groups)
    data = json.loads(report.model_dump_json())
    m, _ = score.score(score.Report(data, annotated.corpus), gold or annotated.gold)
    return {k: m[k] for k in ("alignment_pair_recall", "alignment_pair_precision", "alignment_intrusions")}


def story_gold(gold: dict, story_files: set[str]) -> dict:
    return {"agreements": [ag for ag in gold.get("agreements") or []
                           if {r["file"] for r in ag["members"]} <= story_files]}


def fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", default=[], metavar="NAME=DIR:GOLD[:SOURCES]")
    ap.add_argument("--train", action="append", default=[], metavar="NAME=DIR:GOLD[:SOURCES]",
                    help="a corpus whose pairs join every fit (in sample and left out) and that is never scored")
    ap.add_argument("--write-model", action="store_true", help="refit crosscheck/data/pair_model.json on every story")
    ap.add_argument("--out", type=Path, help="write the model fitted on every story to this file (crosscheck check --pair-model FILE)")
    ap.add_argument("--cut", type=float, default=None, help="the clustering cut written into the model (default: crosscheck.known.fit.THRESHOLD)")
    ap.add_argument("--within", type=float, default=None,
                    help="the weight of a pair within one article in the clustering (default: crosscheck.known.fit.WITHIN_ARTICLE)")
    ap.add_argument("--ablation", action="store_true", help="LOSO with each feature family left out")
    ap.add_argument("--learning-curve", metavar="K,K,...",
                    help="LOSO with each model fitted on K other stories only (drawn at random, --draws times): what more annotated stories buy")
    ap.add_argument("--draws", type=int, default=2, help="random draws of the training stories per K (--learning-curve)")
    ap.add_argument("--markdown", type=Path, help="write the tables to this file")
    a = ap.parse_args(argv)

    from crosscheck.known.fit import fit, labelled_pairs, leave_one_story_out
    from crosscheck.align.pairs import FEATURES

    score = scorer()
    t0 = time.perf_counter()
    annotated = corpora(a.corpus)
    training = corpora(a.train) if a.train else []
    pairs = labelled_pairs(annotated + training)
    lines = [f"pairs: {len(pairs.y)} labelled ({int(pairs.y.sum())} positive) in {len(pairs.names)} stories"
             + (f" (fitted on, not scored: {', '.join(x.name for x in training)})" if training else ""),
             f"corpora read in {time.perf_counter() - t0:.0f} s", ""]
    from crosscheck.known.fit import THRESHOLD, WITHIN_ARTICLE

    clustering = {"threshold": a.cut if a.cut is not None else THRESHOLD,
                  "within_article": a.within if a.within is not None else WITHIN_ARTICLE}
    model = fit(pairs, **clustering, meta={"fitted_on": [x.name for x in annotated + training], "stories": len(pairs.names),
                             "pairs": int(len(pairs.y)), "positives": int(pairs.y.sum())})
    if a.write_model:
        (ROOT / "crosscheck" / "data" / "pair_model.json").write_text(model.to_json(), encoding="utf-8")
        lines.append("wrote crosscheck/data/pair_model.json")
    if a.out:
        a.out.write_text(model.to_json(), encoding="utf-8")
        lines.append(f"wrote {a.out}")
    from crosscheck.known.fit import group_run

    lines += ["| corpus | figures | pair recall | pair precision | intrusions |", "|---|---|---:|---:|---:|"]
    loso = leave_one_story_out(annotated, pairs, **clustering)
    per_story = []
    for x in annotated:
        ins = alignment_scores(score, x, group_run(x.run, model))
        out = alignment_scores(score, x, [g for gs in loso[x.name].values() for g in gs])
        lines.append(f"| {x.name} | in sample | {fmt(ins['alignment_pair_recall'])} | {fmt(ins['alignment_pair_precision'])} | {ins['alignment_intrusions']} |")
        lines.append(f"| {x.name} | leave one story out | {fmt(out['alignment_pair_recall'])} | {fmt(out['alignment_pair_precision'])} | {out['alignment_intrusions']} |")
        file_of = {ar.id: Path(ar.source).name for ar in x.run.report.articles}
        for members, sname in zip(x.stories, x.story_names):
            files = {file_of[x.run.report.claims[i].article] for i in members}
            m = alignment_scores(score, x, loso[x.name][sname], story_gold(x.gold, files))
            per_story.append(f"| {sname} | {fmt(m['alignment_pair_recall'])} | {fmt(m['alignment_pair_precision'])} | {m['alignment_intrusions']} |")
    lines += ["", "Leave one story out, story by story:", "", "| story | pair recall | pair precision | intrusions |",
              "|---|---:|---:|---:|", *per_story]
    if a.ablation:
        lines += ["", "Leave one story out without each feature family (all corpora pooled by corpus):", "",
                  "| left out | " + " | ".join(f"{x.name} recall | {x.name} precision | {x.name} intrusions" for x in annotated) + " |",
                  "|---|" + "---:|" * (3 * len(annotated))]
        for fam, names in [("(none)", ()), *FAMILIES.items()]:
            kept = tuple(f for f in FEATURES if f not in names)
            lo = leave_one_story_out(annotated, pairs, features=kept, **clustering)
            cells = []
            for x in annotated:
                m = alignment_scores(score, x, [g for gs in lo[x.name].values() for g in gs])
                cells += [fmt(m["alignment_pair_recall"]), fmt(m["alignment_pair_precision"]), str(m["alignment_intrusions"])]
            lines.append(f"| {fam} | " + " | ".join(cells) + " |")
            print(lines[-1], file=sys.stderr, flush=True)
    if a.learning_curve:
        sizes = [int(k) for k in a.learning_curve.split(",")]
        lines += ["", "Leave one story out, each model fitted on K other stories drawn at random "
                  f"(mean of {a.draws} draws; pooled by corpus):", "",
                  "| K | " + " | ".join(f"{x.name} recall | {x.name} precision | {x.name} intrusions" for x in annotated) + " |",
                  "|---:|" + "---:|" * (3 * len(annotated))]
        for k in sizes:
            runs = [leave_one_story_out(annotated, pairs, train_stories=k, draw=d, **clustering) for d in range(a.draws)]
            cells = []
            for x in annotated:
                ms = [alignment_scores(score, x, [g for gs in lo[x.name].values() for g in gs]) for lo in runs]
                mean = {key: sum(m[key] or 0 for m in ms) / len(ms) for key in ms[0]}
                cells += [fmt(mean["alignment_pair_recall"]), fmt(mean["alignment_pair_precision"]),
                          f"{mean['alignment_intrusions']:.1f}"]
            lines.append(f"| {k} | " + " | ".join(cells) + " |")
            print(lines[-1], file=sys.stderr, flush=True)
    text = "\n".join(lines) + "\n"
    print(text)
    if a.markdown:
        a.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
