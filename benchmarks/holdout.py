"""Unannotated stories to read findings on: the BASIL triplets that the development set does not use.

    python benchmarks/holdout.py GIT_DIR benchmarks/holdout [--stories 20] [--seed 0]
    crosscheck check benchmarks/holdout --sources benchmarks/holdout/sources.csv --json /tmp/holdout.json

The development set (../shared/dev/) holds 20 of the 100 stories of a snapshot of the public
BASIL repository (launchnlp/BASIL: each story told by three outlets). The other 80 have no gold
of ours, but they are real coverage that no rule or threshold of crosscheck was fitted to: a
check of them, its findings read one by one, says how many findings an editor would judge real
on stories nobody here has seen (docs/findings.md). This writes ``--stories`` of them, picked at
random with ``--seed`` (``--part 1`` the next as many, none in part 0: a fresh sample to check
what reading part 0 led to), as text files in the development set's layout (the stored title, a blank
line, the body paragraphs one blank line apart), and a ``sources.csv`` manifest of their outlets
and dates. The folder is kept out of git, as the development texts are.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_SOURCES = ROOT.parent / "shared" / "dev" / "SOURCES.md"
#: BASIL's source codes and the outlets they stand for
OUTLETS = {"nyt": "The New York Times", "hpo": "HuffPost", "fox": "Fox News"}


def _git(git: str, *args: str) -> str:
    """A git command's output, run in a work tree or a bare git directory alike (the samples'
    scripts read fetched snapshots either way)."""
    return subprocess.run(["git", "-C", git, *args], capture_output=True, check=True, text=True).stdout


def text_of(d: dict) -> str:
    """An article as the development set's build writes it."""
    paras = []
    for p in d["body-paragraphs"]:
        s = ""
        for sent in p:
            s += sent if (not s or s[-1].isspace()) else " " + sent
        paras.append(s)
    return d["title"] + "\n\n" + "\n\n".join(paras) + "\n"


def pasted(text: str) -> str:
    """A text as a desk pastes it: each line's spaces folded, paragraphs one blank line apart."""
    paras = [" ".join(p.split()) for p in text.splitlines()]
    return "\n\n".join(p for p in paras if p) + "\n"


def joined(items, links) -> list[set[str]]:
    """The items joined into groups through links (pairs of items): each group an item and
    every item linked to it, directly or through others."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x in items:
        root(x)
    for a, b in links:
        parent[root(b)] = root(a)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(root(x), set()).add(x)
    return list(groups.values())


def write_pasted(out: Path, stories: list[list[str]], texts: dict[str, str], file_name: str, outlet: str) -> int:
    """Each story's texts written as pasted (undated, each text its own outlet) with their
    manifest; ``file_name`` and ``outlet`` are formats of the story's number ``k`` and the
    text's ``id``. The number of texts written."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, ids in enumerate(stories, 1):
        for i in ids:
            f = file_name.format(k=k, id=i)
            (out / f).write_text(pasted(texts[i]), encoding="utf-8")
            rows.append({"file": f, "outlet": outlet.format(id=i), "publisher": outlet.format(id=i), "published": ""})
    write_manifest(out, rows)
    return len(rows)


def write_manifest(out: Path, rows: list[dict]) -> None:
    """The ``sources.csv`` an editor would keep beside the texts: file, outlet, publisher, date."""
    with open(out / "sources.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "outlet", "publisher", "published"])
        w.writeheader()
        w.writerows(rows)


def part_parser(doc: str, source: str, stories: int = 20) -> argparse.ArgumentParser:
    """The arguments of a script that writes one part of a shuffled sample of stories (``stories``
    a part, by default)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("git_dir", help=f"a git directory of {source}")
    ap.add_argument("out", type=Path)
    ap.add_argument("--stories", type=int, default=stories)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--part", type=int, default=0, help="which --stories of the shuffled stories: 0 the first, 1 the next ...")
    return ap


def part_of(items: list, a: argparse.Namespace) -> list:
    """The stories of part ``a.part``: the items shuffled with ``a.seed``, then the ``a.part``-th
    run of ``a.stories`` of them (part 0 the first), in shuffled order."""
    order = random.Random(a.seed).sample(items, len(items))
    return order[a.part * a.stories : (a.part + 1) * a.stories]


def main(argv=None) -> int:
    a = part_parser(__doc__, "launchnlp/BASIL").parse_args(argv)
    used = set(re.findall(r"articles/\d{4}/([0-9a-f-]{36})_\d\.json", DEV_SOURCES.read_text(encoding="utf-8"))) \
        if DEV_SOURCES.exists() else set()
    paths = [p for p in _git(a.git_dir, "ls-tree", "-r", "--name-only", "HEAD", "articles").split()
             if re.search(r"_\d\.json$", p)]
    triplets: dict[str, list[str]] = {}
    for p in paths:
        triplets.setdefault(Path(p).name.rsplit("_", 1)[0], []).append(p)
    free = sorted(t for t, ps in triplets.items() if t not in used and len(ps) >= 2)
    picked = part_of(free, a)
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, t in enumerate(sorted(picked), 1):
        for p in sorted(triplets[t]):
            d = json.loads(_git(a.git_dir, "show", f"HEAD:{p}"))
            code = str(d.get("source", "")).lower()
            name = f"h{k:02d}__{code or Path(p).stem}.txt"
            (a.out / name).write_text(text_of(d), encoding="utf-8")
            rows.append({"file": name, "outlet": OUTLETS.get(code, code), "publisher": OUTLETS.get(code, code),
                         "published": d.get("date") or ""})
    write_manifest(a.out, rows)
    print(f"wrote {len(rows)} articles of {len(picked)} stories (of {len(free)} not in the development set) to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
