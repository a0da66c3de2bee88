"""Unannotated stories to read findings on: the Giveme5W1H project's news clusters (scraped pages
of international outlets, 2016-2018).

    python benchmarks/newscluster.py GIT_DIR benchmarks/newscluster0 [--stories 12] [--part 0] [--seed 0]
    crosscheck check benchmarks/newscluster0 --sources benchmarks/newscluster0/sources.csv --json /tmp/c0.json

The public snapshot of ``fhamborg/Giveme5W1H`` keeps, in
``Giveme5W1H/examples/datasets/news_cluster/data``, 383 articles that news-please scraped from
some sixty outlets (The New York Times, CNN, NPR, The Washington Post, Daily Mail, The Sun, RT,
China Daily, The Hindu, BBC, Reuters, ...), each with its outlet's domain, its date and the
event it reports (70 events: an attack, a crash, a breach, a launch, a sentencing). The texts are
scraped pages with their furniture (datelines, "Updated" stamps, photo credits), the layout a
desk feeds crosscheck, and international coverage like the seeds'; nobody here has read them.

An event is a story here; some events hold coverage of several incidents months apart (missile
launches of one programme), which crosscheck's story step has to set apart. Articles are written
as title, a blank line, then the scraped text's paragraphs one blank line apart, with a
``sources.csv`` manifest (outlet: the registered domain, one name for an outlet's editions; the
article's date where the scraper read one). The folder stays out of git. No rule or threshold of
crosscheck was fitted to them.
"""
from __future__ import annotations

import ast
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, part_of, part_parser, pasted, write_manifest  # noqa: E402

DATA = "Giveme5W1H/examples/datasets/news_cluster/data"
#: second-level names under which outlets register ("co.uk", "com.cn", "com.au", ...)
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov"}


def outlet_of(domain: str) -> str:
    """The registered domain: one name for an outlet's editions ("usa.chinadaily.com.cn" and
    "www.chinadaily.com.cn" -> "chinadaily.com.cn")."""
    labels = domain.lower().strip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def main(argv=None) -> int:
    a = part_parser(__doc__, "fhamborg/Giveme5W1H", stories=12).parse_args(argv)
    git_dir = a.git_dir
    events: dict[str, list[dict]] = defaultdict(list)
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", DATA).split():
        doc = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
        cluster = doc.get("newsCluster")
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster or {}
        if doc.get("text") and doc.get("source_domain") and cluster.get("Event"):
            events[cluster["Event"]].append(doc)
    usable = sorted(e for e, docs in events.items() if len({outlet_of(d["source_domain"]) for d in docs}) >= 2)
    picked = sorted(part_of(usable, a))
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for k, event in enumerate(picked, 1):
        seen: dict[str, int] = defaultdict(int)
        for doc in sorted(events[event], key=lambda d: (d["source_domain"], d.get("url") or "")):
            outlet = outlet_of(doc["source_domain"])
            seen[outlet] += 1
            f = f"c{k:02d}__{re.sub(r'[^a-z0-9]+', '', outlet)}{seen[outlet]}.txt"
            title = " ".join((doc.get("title") or "").split())
            (a.out / f).write_text(title + "\n\n" + pasted(doc["text"]), encoding="utf-8")
            rows.append({"file": f, "outlet": outlet, "publisher": outlet, "published": str(doc.get("date_publish") or "")[:10]})
    write_manifest(a.out, rows)
    print(f"{len(picked)} stories, {len(rows)} articles of {len(usable)} usable stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
