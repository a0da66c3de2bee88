"""Unannotated stories to read findings on: the news texts of ECB+ (each event told by several
outlets: a signing, an earthquake, an arrest, a verdict, an award, 2008-2013).

    python benchmarks/ecbplus.py CDCR_GIT benchmarks/ecbplus0 [--stories 15] [--part 0] [--seed 0]
    crosscheck check benchmarks/ecbplus0 --sources benchmarks/ecbplus0/sources.csv --json /tmp/e0.json

ECB+ (Cybulska and Vossen) gathers, for each of 43 topics, news texts of two events of one kind
(two earthquakes, two signings), each told by several outlets. The public snapshot of
``anastasia-zhukova/Diverse_CDCR_datasets`` keeps them, one JSON file per text in news-please's
form, under ``ECBplus-prep/output_data/test_parsing/<topic><ecb|ecbplus>/``: a title (the text's
first sentence), the rest of the text as space-separated tokens, and for the later texts
("ecbplus") the page's address and date. One event (a folder) is a story here. Texts are joined
back into words (as ``benchmarks/newswcl.py`` does), written as title, a blank line, the text, and
a ``sources.csv`` manifest names each text's outlet (its address's registered domain, else the
text's own id: each text is another outlet's) and date where the file has one. The texts are
short (often the opening of an article), and the folder stays out of git. No rule or threshold
of crosscheck was fitted to them.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, part_of, part_parser, write_manifest  # noqa: E402
from newscluster import outlet_of  # noqa: E402
from newswcl import detokenize  # noqa: E402

from crosscheck.ingest.calendar import MONTH_NAMES, MONTHS  # noqa: E402

DATA = "ECBplus-prep/output_data/test_parsing"
_DAY = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\s+(\d{1,2})\s*,?\s+(\d{4})\b", re.I)


_MARKS = {"''": '"', "``": '"'}


_SPLIT_FIGURE = re.compile(r"(?<![\d.,])(\w+\s+)?(\$?\d{1,3}), (\d{3})(?![\d])")


def _thousands(text: str) -> str:
    """A figure the corpus split at its thousands ("230, 000", "$1, 199") joined again; not a
    day and a figure ("March 5, 200 people")."""
    def join(m: re.Match) -> str:
        word = (m.group(1) or "").strip().rstrip(".").casefold()
        if word[:3] in MONTHS:
            return m.group(0)
        return f"{m.group(1) or ''}{m.group(2)},{m.group(3)}"
    return _SPLIT_FIGURE.sub(join, text)


def published(raw: str | None) -> str:
    """The date of a "date_publish" field as written ("on August 04 2011 5 : 46 PM"), ISO."""
    m = _DAY.search(raw or "")
    if not m:
        return ""
    return f"{m.group(3)}-{MONTHS[m.group(1).casefold()[:3]]:02d}-{int(m.group(2)):02d}"


def main(argv=None) -> int:
    a = part_parser(__doc__, "anastasia-zhukova/Diverse_CDCR_datasets", stories=15).parse_args(argv)
    git_dir = a.git_dir
    events: dict[str, list[str]] = defaultdict(list)
    for path in _git(git_dir, "ls-tree", "-r", "--name-only", "HEAD", DATA).split():
        parts = path[len(DATA) + 1:].split("/")
        if len(parts) == 2 and parts[1].endswith(".json"):
            events[parts[0]].append(path)
    usable = sorted(e for e, ps in events.items() if len(ps) >= 2)
    picked = sorted(part_of(usable, a))
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for event in picked:
        for path in sorted(events[event]):
            doc = json.loads(_git(git_dir, "show", f"HEAD:{path}"))
            url = re.sub(r"\s+", "", doc.get("url") or "")
            host = re.sub(r"^https?:/*", "", url).split("/")[0]
            outlet = outlet_of(host) if "." in host else Path(path).stem
            # the corpus writes a closing double quotation mark as two single ones, as tokenizers do
            title = detokenize([_MARKS.get(t, t) for t in (doc.get("title") or "").split()])
            text = detokenize([_MARKS.get(t, t) for t in (doc.get("text") or "").split()])
            title, text = _thousands(title), _thousands(text)
            f = f"{Path(path).stem}__{re.sub(r'[^a-z0-9]+', '', outlet.casefold())}.txt"
            (a.out / f).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            rows.append({"file": f, "outlet": outlet, "publisher": outlet, "published": published(doc.get("date_publish"))})
    write_manifest(a.out, rows)
    print(f"{len(picked)} stories, {len(rows)} articles of {len(usable)} usable stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
