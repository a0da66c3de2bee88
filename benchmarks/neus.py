"""Unannotated stories to read findings on: AllSides' 2021 roundups of left, centre and right coverage.

    python benchmarks/neus.py GIT_DIR benchmarks/neus0 [--stories 30] [--part 0] [--seed 0]
    crosscheck check benchmarks/neus0 --sources benchmarks/neus0/sources.csv --json /tmp/n0.json

By session 33 every story of ``benchmarks/allsides.py`` (2012-2020, triples and pairs) had
been read. The public snapshot of ``HLTCHKUST/framing-bias-metric`` (the NeuS paper's data)
holds ``data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl``: 506 AllSides stories of
2021, each with the title and opening paragraphs of one left, one centre and one right
outlet's article (Fox News, The Hill, The New York Times, CNN, Reuters, AP, ...), stories
nobody here has read. The paragraphs are the first three or four of each article, the last one
cut short with "..."; that cut sentence is dropped here (a scraped page has no such cut), so
each text is an article's lead: few claims, but the claims a desk compares first.

Opinion sections, guest writers and columnists (any source named fewer than three times in the
file) are left out; a story keeps two outlets or more. Articles are written in the development
set's layout (title, a blank line, the paragraphs one blank line apart) with a ``sources.csv``
manifest (outlet, the story's AllSides date); the folder stays out of git. No rule or threshold
of crosscheck was fitted to them.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, part_of, part_parser, write_manifest  # noqa: E402

PATH = "data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
#: a source named fewer times than this in the file is a columnist or a one-off
MIN_SOURCE_COUNT = 3
_NOT_NEWS = re.compile(r"Opinion|Guest Writer|AllSides")
_SUFFIX = re.compile(r"\s*\((?:Online News|News|Online)\)$")
#: the last sentence end before a paragraph's cut ("...")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s)")


def outlet_name(source: str) -> str:
    return _SUFFIX.sub("", source).strip()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def paragraphs(body: list[str]) -> list[str]:
    """The paragraphs, the one cut short ("...") ended at its last full sentence or dropped."""
    out = []
    for p in body:
        p = " ".join(p.split())
        if not p:
            continue
        if p.endswith(("...", "…")):
            cut = p.rstrip(".… ")
            ends = list(_SENTENCE_END.finditer(cut + " "))
            if not ends:
                break
            p = cut[: ends[-1].end()].strip()
            if p:
                out.append(p)
            break
        out.append(p)
    return out


def main(argv=None) -> int:
    a = part_parser(__doc__, "HLTCHKUST/framing-bias-metric", stories=30).parse_args(argv)
    raw = _git(a.git_dir, "show", f"HEAD:{PATH}")
    stories = [json.loads(line) for line in raw.splitlines() if line.strip()]
    counts = Counter(v.get("newsSource", "") for s in stories for v in (s.get("news") or {}).values())

    def keep(v: dict) -> bool:
        src = v.get("newsSource") or ""
        return counts[src] >= MIN_SOURCE_COUNT and not _NOT_NEWS.search(src) and bool(paragraphs(v.get("newBody") or []))

    usable = []
    for s in stories:
        arts = [v for k, v in sorted((s.get("news") or {}).items()) if keep(v)]
        names = {outlet_name(v["newsSource"]) for v in arts}
        if len(arts) >= 2 and len(names) == len(arts):
            usable.append((s["id"], s, arts))
    usable.sort(key=lambda t: t[0])
    picked = part_of(usable, a)
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, (_, s, arts) in enumerate(sorted(picked, key=lambda t: t[0]), 1):
        for v in arts:
            name = outlet_name(v["newsSource"])
            f = f"n{k:02d}__{slug(name)}.txt"
            title = " ".join((v.get("newsTitle") or "").split())
            text = title + "\n\n" + "\n\n".join(paragraphs(v["newBody"])) + "\n"
            (a.out / f).write_text(text, encoding="utf-8")
            rows.append({"file": f, "outlet": name, "publisher": name, "published": str(s.get("date", ""))[:10]})
    write_manifest(a.out, rows)
    print(f"{len(picked)} stories, {len(rows)} articles of {len(usable)} usable stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
