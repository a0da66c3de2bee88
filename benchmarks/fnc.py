"""Unannotated stories to read findings on: the Fake News Challenge's test bodies (coverage of
2014-2015 rumours and claims by many outlets, from the Emergent project).

    python benchmarks/fnc.py GIT_DIR benchmarks/fnc0 [--stories 12] [--most 6] [--part 0] [--seed 0]
    crosscheck check benchmarks/fnc0 --sources benchmarks/fnc0/sources.csv --json /tmp/f0.json

The public snapshot of ``FakeNewsChallenge/fnc-1`` keeps, in ``competition_test_bodies.csv``,
904 article bodies, and in ``competition_test_stances.csv`` the headlines paired with them and
whether each headline is related to the body (agrees, disagrees or discusses it) or not. The
headlines of one claim were paired with the bodies of that claim's articles, so the bodies
joined through a related headline are one story's coverage: 110 stories, from one to forty
articles (a meteorite in a capital, a soldier's death, a celebrity rumour, a militant group's
claim), told by outlets that confirm, doubt or debunk what others report. The bodies carry no
outlet, date or headline: each is written as its text alone (its first paragraph stands where a
headline would), one outlet per body, undated, the input a desk has when it pastes pages. The
folder stays out of git. No rule or threshold of crosscheck was fitted to them.
"""
from __future__ import annotations

import csv
import io
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, joined, part_of, part_parser, write_pasted  # noqa: E402

BODIES = "competition_test_bodies.csv"
STANCES = "competition_test_stances.csv"


def stories(bodies: dict[str, str], stances: list[dict]) -> list[list[str]]:
    """Body ids joined through the headlines related to them, each story's ids in number order."""
    by_headline: dict[str, list[str]] = defaultdict(list)
    for row in stances:
        if row["Stance"] != "unrelated" and row["Body ID"] in bodies:
            by_headline[row["Headline"]].append(row["Body ID"])
    links = [(ids[0], other) for ids in by_headline.values() for other in ids[1:]]
    groups = joined([b for ids in by_headline.values() for b in ids], links)
    return sorted((sorted(g, key=int) for g in groups), key=lambda g: int(g[0]))


def main(argv=None) -> int:
    ap = part_parser(__doc__, "FakeNewsChallenge/fnc-1", stories=12)
    ap.add_argument("--most", type=int, default=6, help="articles of a story at most (a random choice of them)")
    a = ap.parse_args(argv)
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(io.StringIO(_git(a.git_dir, "show", f"HEAD:{BODIES}")))}
    stances = list(csv.DictReader(io.StringIO(_git(a.git_dir, "show", f"HEAD:{STANCES}"))))
    usable = [g for g in stories(bodies, stances) if len(g) >= 2]
    picked = part_of(usable, a)
    chosen = [sorted(random.Random(f"{a.seed}-{ids[0]}").sample(ids, min(a.most, len(ids))), key=int)
              for ids in sorted(picked, key=lambda g: int(g[0]))]
    written = write_pasted(a.out, chosen, bodies, "f{k:02d}__body{id}.txt", "body {id}")
    print(f"{len(picked)} stories, {written} articles of {len(usable)} usable stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
