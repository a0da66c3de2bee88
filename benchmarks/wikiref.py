"""Unannotated coverage to read findings on: WikiRef220, the news pages a Wikipedia article cites
on one topic (the Paris attacks of November 2015, Malaysia Airlines Flight 370, the Samsung
Galaxy S5, Michelle Obama, the Premier League; and seven topics of five pages each).

    python benchmarks/wikiref.py GIT_DIR benchmarks/wikiref0 [--part 0] [--seed 0] [--most 40]
    crosscheck check benchmarks/wikiref0 --sources benchmarks/wikiref0/sources.csv --json /tmp/w0.json

WikiRef220 (Gialampoukidis et al., 2016, built to test news clustering) is kept, one page a text
file, in the public snapshot of ``dpacassi/dynamic-event-detection-in-data-streams``
(``app/data_processing/test_data/wikiref/WikiRef220/``). A file holds a page's title and its
paragraphs, no outlet and no date: each is written as pasted (one outlet per page, undated), and
a part is one topic's pages, as a desk would paste every page a reference list cites and let the
story step sort them. The topics are taken in an order shuffled with ``--seed``; the seven small
topics (five pages each) together make one part. Pages stored in Windows-1252 are read as such.
The folder stays out of git. No rule or threshold of crosscheck was fitted to these pages.
"""
from __future__ import annotations

import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, part_parser, write_pasted  # noqa: E402

FOLDER = "app/data_processing/test_data/wikiref/WikiRef220/"
#: topics with fewer pages than this are pooled into one part
SMALL = 10


def decoded(data: bytes) -> str:
    """A page's text: UTF-8, or Windows-1252 where it is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def topic_of(name: str) -> str:
    """'ParisAttacks2015 (12).txt' -> 'ParisAttacks2015'; 'michelle.obama.98.txt' -> 'michelle.obama'."""
    stem = name.removesuffix(".txt")
    return re.sub(r"(?:\s*\(\d+\)|\.\d+)$", "", stem).strip()


def main(argv=None) -> int:
    ap = part_parser(__doc__, "dpacassi/dynamic-event-detection-in-data-streams", stories=1)
    ap.add_argument("--most", type=int, default=40, help="pages of a part at most (a random choice of them)")
    a = ap.parse_args(argv)
    names = [n for n in _git(a.git_dir, "ls-tree", "-r", "--name-only", "HEAD", FOLDER).splitlines() if n.endswith(".txt")]
    by_topic: dict[str, list[str]] = defaultdict(list)
    for n in sorted(names):
        by_topic[topic_of(n.rsplit("/", 1)[1])].append(n)
    big = sorted(t for t, ns in by_topic.items() if len(ns) >= SMALL)
    small = sorted(t for t, ns in by_topic.items() if len(ns) < SMALL)
    parts = random.Random(a.seed).sample([[t] for t in big], len(big)) + [small]
    if a.part >= len(parts):
        print(f"no part {a.part}: {len(parts)} parts", file=sys.stderr)
        return 2
    topics = parts[a.part]
    pages = [n for t in topics for n in by_topic[t]]
    if len(pages) > a.most:
        pages = sorted(random.Random(f"{a.seed}-{a.part}").sample(pages, a.most))
    texts, ids = {}, []
    for n in pages:
        data = subprocess.run(["git", "-C", a.git_dir, "show", f"HEAD:{n}"], capture_output=True, check=True).stdout
        i = re.sub(r"[^\w]+", "_", n.rsplit("/", 1)[1].removesuffix(".txt")).strip("_")
        texts[i] = decoded(data)
        ids.append(i)
    written = write_pasted(a.out, [ids], texts, "w{k:02d}__{id}.txt", "page {id}")
    print(f"part {a.part}: {', '.join(topics)}: {written} pages -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
