"""Unannotated stories to read findings on: NewsWCL50 (ten events of April 2018, each told by five
US outlets from left to right).

    python benchmarks/newswcl.py CDCR_GIT benchmarks/newswcl0 --urls NEWSWCL_GIT [--stories 5] [--part 0]
    crosscheck check benchmarks/newswcl0 --sources benchmarks/newswcl0/sources.csv --json /tmp/w0.json

NewsWCL50 (Hamborg et al.) holds 50 articles: for each of ten events of April 2018 (a secret trip
to North Korea, memos handed to Congress, a lawsuit, a state visit, a caravan at a border, tariffs
delayed, ...) one article from each of HuffPost, The New York Times, USA Today, Fox News and
Breitbart. The texts are kept, as tokens, in the public snapshot of
``anastasia-zhukova/Diverse_CDCR_datasets`` (``NewsWCL50-prep/output_data/NewsWCL50.conll``:
document ``E/-/E_X``, sentence, token; a ``\\n`` token opens a paragraph); the outlet of each
letter and the article's address, which dates it, are in ``urls.tsv`` of ``fhamborg/NewsWCL50``.
Fetch both (the search tool's fetch), then run this script. The tokens are joined back into text
(no space before closing punctuation, after opening punctuation or around a word's hyphen;
straight double quotes alternate open and close within a paragraph), one paragraph a line, one
blank line apart, and a ``sources.csv`` manifest names each article's outlet and date. The pages'
headlines are not in the corpus: an article starts with its first paragraph. The folder stays out
of git. No rule or threshold of crosscheck was fitted to them.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import _git, part_of, part_parser, write_manifest  # noqa: E402

CONLL = "NewsWCL50-prep/output_data/NewsWCL50.conll"
URLS = "urls.tsv"
#: the outlets of the corpus by their web address
OUTLETS = {"huffingtonpost": "HuffPost", "nytimes": "The New York Times", "usatoday": "USA Today",
           "foxnews": "Fox News", "breitbart": "Breitbart"}

_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|’s|’re|’ve|’ll|’d|’m|n’t|’|”|\.\.\.)$", re.I)
_NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$", "#"}
_DATE = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/")


_CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"}


def quote_open_single(text: str) -> bool:
    """Whether the text ends on an opening single quotation mark (a space before it)."""
    return len(text) >= 2 and text[-2].isspace()


def detokenize(tokens: list[str]) -> str:
    """One paragraph's tokens as text."""
    out = ""
    quote_open = False
    glue = True  # no space before the next token
    for i, t in enumerate(tokens):
        space = not glue
        if t == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
            out += (" " if space else "") + t
            glue = quote_open  # an opening quote sticks to the word after it
            continue
        if _NO_SPACE_BEFORE.match(t):
            space = False
        if t == "," and out[-1:].isdigit() and i + 1 < len(tokens) and re.fullmatch(r"\d{3}(?:\.\d+)?", tokens[i + 1]):
            out += ","
            glue = True  # "230 , 000" -> "230,000"
            continue
        if t in ("-", "/", ":") and out and i + 1 < len(tokens) and out[-1:].isalnum() and tokens[i + 1][:1].isalnum() \
                and (t == "-" or out[-1:].isdigit() and tokens[i + 1][:1].isdigit()):
            out += t
            glue = True  # "Jong - un" -> "Jong-un", "4 1 / 2" -> "4 1/2", "6 : 00" -> "6:00"
            continue
        if t in _CLITICS and out.endswith(("'", "’")) and not quote_open_single(out):
            out += t
            glue = False  # "warship’ s" -> "warship’s"
            continue
        out += (" " if space and out else "") + t
        glue = t in _NO_SPACE_AFTER
    return out


def documents(conll: str) -> dict[str, list[str]]:
    """Document id -> its paragraphs (text)."""
    docs: dict[str, list[list[str]]] = defaultdict(lambda: [[]])
    for line in conll.splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or line.startswith("#"):
            continue
        doc, token = parts[0], parts[3]
        if token.strip() in ("\\n", ""):  # a paragraph mark, alone or with spaces beside it
            if docs[doc][-1]:
                docs[doc].append([])
            continue
        docs[doc][-1].append(token)
    return {d: [detokenize(p) for p in paras if p] for d, paras in docs.items()}


def main(argv=None) -> int:
    ap = part_parser(__doc__, "anastasia-zhukova/Diverse_CDCR_datasets", stories=5)
    ap.add_argument("--urls", required=True, help="a git directory of fhamborg/NewsWCL50 (urls.tsv)")
    a = ap.parse_args(argv)
    docs = documents(_git(a.git_dir, "show", f"HEAD:{CONLL}"))
    urls = {(r["Event ID"], r["Outlet"]): r["URL"]
            for r in csv.DictReader(io.StringIO(_git(a.urls, "show", f"HEAD:{URLS}")), delimiter="\t")}
    events: dict[str, list[tuple[str, str]]] = defaultdict(list)  # event -> (leaning letter, doc id)
    for doc in docs:
        event, _, name = doc.split("/")
        events[event].append((name.split("_", 1)[1], doc))
    picked = sorted(part_of(sorted(events, key=int), a), key=int)
    a.out.mkdir(parents=True, exist_ok=True)
    rows = []
    for event in picked:
        for letter, doc in sorted(events[event]):
            url = urls.get((event, letter), "")
            host = urlparse(url).hostname or ""
            outlet = next((name for key, name in OUTLETS.items() if key in host), host)
            m = _DATE.search(url)
            f = f"w{int(event):02d}__{re.sub(r'[^a-z0-9]+', '', outlet.casefold())}.txt"
            (a.out / f).write_text("\n\n".join(docs[doc]) + "\n", encoding="utf-8")
            rows.append({"file": f, "outlet": outlet, "publisher": outlet, "published": "-".join(m.groups()) if m else ""})
    write_manifest(a.out, rows)
    print(f"{len(picked)} stories, {len(rows)} articles of {len(events)} stories -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
