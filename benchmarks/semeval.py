"""Unannotated stories to read findings on: English news articles that SemEval-2022 Task 8's
annotators judged to tell the same story.

    python benchmarks/semeval.py GIT_DIR benchmarks/semeval0 [--stories 10] [--part 0] [--seed 0] [--most 1.5]
    python benchmarks/semeval.py GIT_DIR benchmarks/semrel0 --least 1.5 --most 2 [--part 0]
    crosscheck check benchmarks/semeval0 --sources benchmarks/semeval0/sources.csv --json /tmp/s0.json

SemEval-2022 Task 8 (multilingual news article similarity) rated pairs of news articles of
2020 on a scale from 1 (very similar: the same story) to 4; the public snapshot of
``GeekDream-x/SemEval2022-Task8-TonyX`` keeps its training and test pairs with the scraped
texts (``data/training_set.csv``, ``data/testing_set.csv``: about a thousand characters of each
article, its headline run into its first words, as the scraper cut them). Pairs of two English
articles rated ``--most`` or less overall are joined into stories (an article rated alike to
two others joins them): local and wire coverage of one event by two or three outlets (a city's
new year party told by two stations, a storm, a court ruling). The texts carry no outlet or
date: each article is its own outlet, undated, as a desk's pasted pages are. The folder stays
out of git. No rule or threshold of crosscheck was fitted to them.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, joined, part_of, part_parser, write_pasted  # noqa: E402

FILES = ("data/training_set.csv", "data/testing_set.csv")


def stories(rows: list[dict], most: float, least: float = 0.0) -> tuple[list[list[str]], dict[str, str]]:
    """Article ids joined through pairs rated ``most`` or less and more than ``least`` (each
    story's ids sorted), and each article's text (the first the snapshot gives)."""
    texts: dict[str, str] = {}
    links = []
    for r in rows:
        if r["lang1"] != "en" or r["lang2"] != "en" or not least < float(r["Overall"]) <= most:
            continue
        a, b = r["pair_id"].split("_")
        if a == b:
            continue
        texts.setdefault(a, r["text1"])
        texts.setdefault(b, r["text2"])
        links.append((a, b))
    return sorted((sorted(g) for g in joined(texts, links)), key=lambda g: g[0]), texts


def main(argv=None) -> int:
    ap = part_parser(__doc__, "GeekDream-x/SemEval2022-Task8-TonyX", stories=10)
    ap.add_argument("--most", type=float, default=1.5, help="the highest overall rating of a pair joined (1: very similar)")
    ap.add_argument("--least", type=float, default=0.0,
                    help="join only pairs rated higher than this (--least 1.5 --most 2: pairs only somewhat alike, "
                         "related stories rather than one: where findings are most likely across facts)")
    a = ap.parse_args(argv)
    rows = [r for f in FILES for r in csv.DictReader(io.StringIO(_git(a.git_dir, "show", f"HEAD:{f}")))]
    groups, texts = stories(rows, a.most, a.least)
    picked = part_of(groups, a)
    written = write_pasted(a.out, sorted(picked), texts, "s{k:02d}__a{id}.txt", "article {id}")
    print(f"{len(picked)} stories, {written} articles of {len(groups)} stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
