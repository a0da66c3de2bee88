"""Wrap the development texts in other page layouts, with a gold file of their articles (issue 18).

The dev texts (benchmarks/dev, rebuilt from public BASIL data; see ../shared/dev) are plain
articles: a headline line, then paragraphs. A desk meets the same copy inside pages of many
shapes: an HTML page whose outlet and date are in its metadata, a byline with a date, a wire
page with a dateline credit and a list of other headlines, an end credit, digests under markdown
or capitalised headings, an aggregator with a navigation bar and reading lists, a print page with
adverts and jump lines (saved with Windows line ends), a digest under bold headings with
bylines in emphasis. This script writes one page per story, cycling through those layouts,
and a gold file in the seeds' format (articles with their headline, first and last words, outlet
and date; the furniture added, which must never become a claim). Nothing it writes is committed:
the test suite builds it in a temporary folder from benchmarks/dev and scores it
(tests/test_layouts.py).

    python benchmarks/layouts.py benchmarks/dev ../shared/dev/sources.csv OUT_DIR
    crosscheck check OUT_DIR --json /tmp/wrapped.json --quiet --fail-on never
    python ../shared/tools/score.py /tmp/wrapped.json OUT_DIR/gold.yaml --corpus OUT_DIR
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

_MONTHS_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


_AGENCY_DATELINE = re.compile(r"^.{0,80}?\([A-Z][A-Za-z. ]{1,30}\)\s*[-–—]")


@dataclass
class Article:
    file: str
    story: str
    headline: str
    paragraphs: list[str]
    outlet: str
    published: dt.date


def read_articles(dev_dir: Path, sources_csv: Path) -> dict[str, list[Article]]:
    """The dev articles by story, in file-name order, with outlet and date from the manifest."""
    manifest = {r["file"]: r for r in csv.DictReader(sources_csv.open(encoding="utf-8"))}
    stories: dict[str, list[Article]] = defaultdict(list)
    for path in sorted(dev_dir.glob("*.txt")):
        row = manifest.get(path.name)
        if row is None:
            continue
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        lines = [ln for ln in lines if ln]
        story = path.name.split("__")[0]
        stories[story].append(Article(path.name, story, lines[0], lines[1:], row["outlet"],
                                      dt.date.fromisoformat(row["published"])))
    return dict(stories)


def _ap_date(d: dt.date) -> str:          # Sept. 29, 2016
    return f"{_MONTHS_SHORT[d.month - 1]} {d.day}, {d.year}"


def _short_date(d: dt.date) -> str:       # Dec 23, 2018
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def _long_date(d: dt.date) -> str:        # Thursday, August 15, 2012
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def _styled_date(d: dt.date, k: int) -> str:
    """The date in one of the usual styles (k picks one): day-first numbers only where the day
    shows it (a 20/12/2018 reads one way only; 05/08/2018 would need the site's convention)."""
    styles = [_ap_date(d), f"{_short_date(d)} 9:15 AM ET", d.isoformat(), _long_date(d),
              f"{d.day} {d.strftime('%B')} {d.year}"]
    if d.day > 12:
        styles.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    return styles[k % len(styles)]


class Page:
    """One page being written: its lines, the gold entries of its articles and its furniture."""

    def __init__(self, name: str):
        self.name = name
        self.lines: list[str] = []
        self.articles: list[dict] = []
        self.furniture: list[str] = []

    def add(self, *lines: str, furniture: bool = False) -> None:
        self.lines.extend(lines)
        if furniture:
            self.furniture.extend(ln for ln in lines if ln.strip())

    def article(self, a: Article, headline: str | None, outlet: str | None, published: dt.date | None,
                body: list[str] | None = None) -> None:
        body = a.paragraphs if body is None else body
        self.articles.append({"file": self.name, "headline": headline, "starts_with": _edge(a.paragraphs[0], first=True),
                              "ends_with": _edge(a.paragraphs[-1], first=False), "outlet": outlet,
                              "published": published})
        self.lines.extend(body)


def _edge(paragraph: str, first: bool) -> str:
    words = paragraph.split()
    return " ".join(words[:10]) if first else " ".join(words[-8:])


def _others(all_articles: list[Article], a: Article, n: int) -> list[str]:
    """Headlines of other stories, for reading lists (never the page's own)."""
    return [o.headline for o in all_articles if o.story != a.story][: n * 7: 7][:n]


def _html_page(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    others = _others(everything, a, 3)
    body = "\n".join(f"<p>{html.escape(x, quote=False)}</p>" for x in a.paragraphs)
    items = "".join(f'<li><a href="/{i}">{html.escape(h)}</a></li>' for i, h in enumerate(others))
    p.add(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{html.escape(a.headline)} | {html.escape(a.outlet)}</title>
<meta property="og:site_name" content="{html.escape(a.outlet)}">
<meta property="og:title" content="{html.escape(a.headline)}">
<meta property="article:published_time" content="{a.published.isoformat()}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/world">World</a></nav>
<article><h1>{html.escape(a.headline)}</h1>
{body}
</article>
<aside><h2>Most read</h2><ul>{items}</ul></aside>
<footer>Subscribe to our newsletter</footer>
</body></html>""")
    p.articles.append({"file": name, "headline": a.headline, "starts_with": _edge(a.paragraphs[0], True),
                       "ends_with": _edge(a.paragraphs[-1], False), "outlet": a.outlet, "published": a.published})
    p.furniture.extend(h for h in others if html.escape(h) == h)   # the scorer reads the page's raw text
    return p


def _byline(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    p.add(a.headline)
    p.add(f"By Jane Roe | {_styled_date(a.published, VARIANT[0])}", furniture=True)
    p.article(a, a.headline, None, a.published)
    if VARIANT[0] % 2:
        p.add(f"© {a.published.year} {a.outlet}", furniture=True)
    else:
        p.add(f"Copyright © {a.published.year} {a.outlet}. All rights reserved.", furniture=True)
    return _credited(p, a)


def _credited(p: Page, a: Article) -> Page:
    for entry in p.articles:
        if entry["outlet"] is None and any(a.outlet in ln for ln in p.furniture):
            entry["outlet"] = a.outlet
    return p


def _wire(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    p.add(a.headline)
    p.add(f"Published: {_styled_date(a.published, VARIANT[0])}", furniture=True)
    dash = "—" if VARIANT[0] % 2 else "-"
    first = f"WASHINGTON, {_MONTHS_SHORT[a.published.month - 1]} {a.published.day} ({a.outlet}) {dash} {a.paragraphs[0]}"
    p.article(a, a.headline, a.outlet, a.published, [first, *a.paragraphs[1:]])
    p.add("Reporting by Jane Roe; Editing by Tom Poe", furniture=True)
    p.add("", *_others(everything, a, 3), furniture=True)
    return p


def _end_credit(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    p.add(a.headline, "")
    p.article(a, a.headline, a.outlet, a.published)
    p.add("", f"— {a.outlet}, {_short_date(a.published)} 9:15 AM ET", furniture=True)
    return p


def _digest(name: str, arts: list[Article], everything: list[Article]) -> Page:
    p = Page(name)
    p.add("# Evening Briefing", f"{_long_date(arts[0].published)}", "", furniture=True)
    for a in arts:
        p.add(f"## {a.headline}", "")
        p.add(f"Source: {a.outlet}", "", furniture=True)
        p.article(a, a.headline, a.outlet, None)
        p.add("")
    return p


def _caps_digest(name: str, arts: list[Article], everything: list[Article]) -> Page:
    p = Page(name)
    p.add("NEWS IN BRIEF", "", furniture=True)
    for a in arts:
        head = a.headline.upper()
        p.add(head)
        p.add(f"Jane Roe, {a.outlet}", furniture=True)
        p.article(a, head, a.outlet, None)
        p.add("")
    return p


def _bold_digest(name: str, arts: list[Article], everything: list[Article]) -> Page:
    p = Page(name)
    for a in arts:
        p.add(f"**{a.headline}**")
        p.add(f"*By Jane Roe, {a.outlet} — {_styled_date(a.published, VARIANT[0])}*", "", furniture=True)
        p.article(a, a.headline, a.outlet if a.outlet in KNOWN_TO_BYLINE else None, a.published)
        p.add("", "---", "")
    return p


def _aggregator(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    p.add("Home | World | Politics | Business | Sport", "", furniture=True)
    p.add(a.headline)
    p.add(f"By {a.outlet} staff", f"Updated {_styled_date(a.published, VARIANT[0])}", "", furniture=True)
    p.article(a, a.headline, a.outlet, a.published)
    p.add("", "Read more", "", "More stories", furniture=True)
    p.add(*_others(everything, a, 4), furniture=True)
    return p


def _print(name: str, a: Article, everything: list[Article]) -> Page:
    p = Page(name)
    p.add(_styled_date(a.published, VARIANT[0] + 3), "", furniture=True)
    p.add(a.headline)
    p.add("By Jane Roe", furniture=True)
    half = max(1, len(a.paragraphs) // 2)
    p.articles.append({"file": name, "headline": a.headline, "starts_with": _edge(a.paragraphs[0], True),
                       "ends_with": _edge(a.paragraphs[-1], False), "outlet": None, "published": a.published})
    p.add(*a.paragraphs[:half])
    p.add("ADVERTISEMENT", furniture=True)
    p.add(*a.paragraphs[half:])
    p.add("Continued on Page A12", furniture=True)
    return p


VARIANT = [0]  # which style of date and credit the page being written takes

SINGLE = [("html", _html_page), ("byline", _byline), ("wire", _wire), ("end-credit", _end_credit),
          ("aggregator", _aggregator), ("print", _print)]
MULTI = [("digest", _digest), ("caps-digest", _caps_digest), ("bold-digest", _bold_digest)]
#: outlets a "By NAME, OUTLET" line credits (the outlet data knows them)
KNOWN_TO_BYLINE = {"Fox News", "The New York Times", "HuffPost"}


def build(dev_dir: Path, sources_csv: Path, out_dir: Path) -> dict:
    """Write the wrapped pages and their gold.yaml into out_dir; returns the gold."""
    stories = read_articles(Path(dev_dir), Path(sources_csv))
    everything = [a for arts in stories.values() for a in arts]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    layouts = SINGLE + MULTI
    gold = {"version": 1, "articles": [], "boilerplate": [], "agreements": [], "discrepancies": [],
            "non_discrepancies": []}
    for i, (story, arts) in enumerate(sorted(stories.items())):
        kind, make = layouts[i % len(layouts)]
        VARIANT[0] = i // len(layouts) + i
        ext = {"html": "html", "bold-digest": "md"}.get(kind, "txt")
        name = f"{i + 1:02d}-{kind}.{ext}"
        # copy that credits another outlet in its dateline ("Denver (AP) -") is that outlet's,
        # whatever the page says; the gold could not name one outlet for it, so it is not used
        arts = [a for a in arts if not any(_AGENCY_DATELINE.match(x) for x in a.paragraphs[:2])] or arts
        page = make(name, arts[:2], everything) if (kind, make) in MULTI else make(name, arts[i % len(arts)], everything)
        # print pages as a Windows editor saves them (CRLF); offsets are read as Python reads text
        newline = "\r\n" if kind == "print" else "\n"
        (out_dir / name).write_bytes((newline.join("\n".join(page.lines).split("\n")) + newline).encode("utf-8"))
        gold["articles"].extend(page.articles)
        gold["boilerplate"].extend({"file": name, "quote": f} for f in dict.fromkeys(page.furniture))
    (out_dir / "gold.yaml").write_text(yaml.safe_dump(gold, sort_keys=False, allow_unicode=True, width=200),
                                       encoding="utf-8")
    return gold


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-3], file=sys.stderr)
        return 2
    gold = build(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    print(f"{len({a['file'] for a in gold['articles']})} pages, {len(gold['articles'])} articles, "
          f"{len(gold['boilerplate'])} pieces of furniture -> {argv[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
