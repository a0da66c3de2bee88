"""Reading inputs: paths, folders and globs to files; bytes to text; files to records.

Every problem with one input raises :class:`SourceError` naming it; the caller reports it
and goes on with the other inputs.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError

# control characters other than tab, newline, form feed and carriage return
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")

#: Files larger than this are refused (``--max-size`` changes it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".parquet": "parquet",
}

TEXT_FIELDS = ("text", "body", "content", "article", "article_text")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = ("outlet", "agency", "source", "author")
PUBLISHER_FIELDS = ("publisher", "site", "sitename", "site_name")
DATE_FIELDS = ("published", "date", "published_at", "pubdate", "publish_date")


@dataclass(frozen=True)
class Record:
    """One article given as structured data (a JSON record, or an HTML page's extract)."""

    index: int | None
    text: str
    title: str | None = None
    outlet: str | None = None
    publisher: str | None = None
    published: str | None = None
    #: for an HTML page: where each character of ``text`` (and its end) stands in the page as
    #: read, so that spans point into the file an editor has; None where text is the source
    offsets: PageOffsets | None = None
    #: for an HTML page: its byline as its metadata gives it ("Jane Roe; Associated Press"),
    #: which may credit an outlet the text does not name
    author: str | None = None
    #: for an HTML page: the web host it names as its own (its canonical link), "dw.com"
    host: str | None = None


@dataclass
class Source:
    """One input, decoded."""

    path: str
    format: str
    encoding: str
    sha256: str
    text: str
    records: list[Record] | None = None  # None: a page to be split into articles
    warnings: list[str] = field(default_factory=list)


def expand(paths: list[str]) -> tuple[list[str], list[SourceError]]:
    """Files named by paths, folders (recursively, known formats only) and globs; '-' is stdin."""
    out: list[str] = []
    errors: list[SourceError] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            found = sorted(
                str(f) for f in Path(p).rglob("*")
                if f.is_file() and f.suffix.lower() in FORMATS and not f.name.startswith(".")
            )
            if not found:
                errors.append(SourceError(p, "folder holds no .txt, .md, .html or .json files"))
            out += found
        elif os.path.exists(p):
            out.append(p)
        elif glob.has_magic(p):
            found = sorted(f for f in glob.glob(p, recursive=True) if os.path.isfile(f))
            if not found:
                errors.append(SourceError(p, "no file matches this pattern"))
            out += found
        else:
            errors.append(SourceError(p, "no such file or folder"))
    return list(dict.fromkeys(out)), errors


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with; SourceError for binary or undecodable data."""
    boms = [
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
    ]
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise SourceError(name, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise SourceError(name, "binary or undecodable file (not text in a known encoding), skipped") from None
        text, enc = str(best), best.encoding
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise SourceError(name, "binary file (control bytes in the text), skipped")
    return text, enc


def sniff(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "<" == head[:1]):
        return "html"
    if head.startswith("{") or head.startswith("["):
        return "json"
    return "text"


def read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode one input; raises SourceError naming it."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise SourceError(name, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit (--max-size), skipped")
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)
    except OSError as e:
        raise SourceError(name, f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise SourceError(name, f"input is over the {max_bytes / 2**20:g} MB limit (--max-size), skipped")
    if not data.strip():
        raise SourceError(name, "empty file, skipped")
    if path != "-" and FORMATS.get(Path(path).suffix.lower()) == "parquet":
        src = Source(name, "parquet", "binary", hashlib.sha256(data).hexdigest(), "")
        src.records = _parquet_records(data, name, src.warnings)
        return src
    text, enc = decode(data, name)
    # newlines as Python reads a text file (open(), Path.read_text()): "\r\n" and "\r" are "\n",
    # so that offsets agree with what an editor's tools (and the gold scorer) read
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fmt = "stdin" if path == "-" else FORMATS.get(Path(path).suffix.lower()) or sniff(text)
    src = Source(name, fmt, enc, hashlib.sha256(data).hexdigest(), text)
    if enc not in ("utf-8", "utf-8-sig", "ascii"):
        src.warnings.append(f"decoded as {enc} (not UTF-8); offsets refer to the decoded text")
    kind = sniff(text) if fmt == "stdin" else fmt
    if kind == "html":
        src.records = [_html_record(text, name)]
    elif kind in ("json", "jsonl"):
        src.records = _json_records(text, name, kind, src.warnings)
    return src


def _first(d: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = d.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict) and isinstance(v.get("name"), str):  # {"source": {"name": ...}}
            return v["name"].strip()
    return None


def _record(d: object, index: int | None, warnings: list[str]) -> Record | None:
    where = f"record {index}" if index is not None else "record"
    if not isinstance(d, dict):
        warnings.append(f"{where}: not an object, skipped")
        return None
    text = _first(d, TEXT_FIELDS)
    if not text:
        warnings.append(f"{where}: no text field ({', '.join(TEXT_FIELDS)}), skipped")
        return None
    return Record(index, text, _first(d, TITLE_FIELDS), _first(d, OUTLET_FIELDS),
                  _first(d, PUBLISHER_FIELDS), _first(d, DATE_FIELDS))


def _json_records(text: str, name: str, kind: str, warnings: list[str]) -> list[Record]:
    items: list[tuple[int | None, object]] = []
    if kind == "jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                warnings.append(f"line {n}: not valid JSON ({e.msg}), skipped")
    else:
        try:
            data = json.loads(text)
        except ValueError as e:
            raise SourceError(name, f"not valid JSON: {e.msg} at line {e.lineno}") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        items = list(enumerate(data)) if isinstance(data, list) else [(None, data)]
    records = [r for i, d in items if (r := _record(d, i, warnings)) is not None]
    if not records:
        raise SourceError(name, "no usable records (each needs a text field)")
    return records


def _parquet_records(data: bytes, name: str, warnings: list[str]) -> list[Record]:
    """Articles as rows of a Parquet table (the same fields as JSON records; row numbers from 0)."""
    import datetime as dt
    import io

    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SourceError(name, "Parquet input needs pyarrow; pip install pyarrow") from None
    try:
        rows = pq.read_table(io.BytesIO(data)).to_pylist()
    except Exception as e:  # pyarrow raises its own error types for broken files
        raise SourceError(name, f"not a readable Parquet file ({str(e).splitlines()[0][:120]})") from None
    for row in rows:  # dates stored as dates or timestamps are read as ISO text
        for k in DATE_FIELDS:
            if isinstance(row.get(k), (dt.date, dt.datetime)):
                row[k] = row[k].isoformat()
    records = [r for i, d in enumerate(rows) if (r := _record(d, i, warnings)) is not None]
    if not records:
        raise SourceError(name, "no usable records (each needs a text field)")
    return records


#: a page's precise reading replaces its one-line fallback when it keeps at least this share of the words
LINED_SHARE = 0.7


def _html_record(html: str, name: str) -> Record:
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except ImportError as e:  # a part of the HTML stack missing (lxml_html_clean under older pips)
        raise SourceError(name, f"HTML cannot be read: {e.name or 'a module'} is not installed "
                                f"({str(e).splitlines()[0][:120]}); pip install lxml_html_clean") from None
    if doc is not None and "\n" not in (doc.text or "").strip() and html.lower().count("<p") >= 2:
        # a short page's text comes from trafilatura's fallback as one run of words, headline,
        # byline and paragraphs together; its precise reading keeps the paragraphs apart
        precise = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
        if precise is not None and "\n" in (precise.text or "") and len(precise.text) >= LINED_SHARE * len(doc.text):
            doc = precise
    if doc is None or not (doc.text or "").strip():
        raise SourceError(name, "no article text found in the HTML")
    return Record(None, doc.text, _headline_of(doc.title, doc.sitename), None, doc.sitename, doc.date,
                  page_offsets(html, doc.text), doc.author or _meta_author(html), doc.hostname)


#: how a page's title sets the site's name or a date after its headline: "Headline | DW | 19.01.2020"
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
_DATE_PART = re.compile(r"^[\d./-]{6,10}$|^\w{3,9}\.? \d{1,2},? \d{4}$|^\d{1,2} \w{3,9},? \d{4}$")


def _headline_of(title: str | None, site: str | None) -> str | None:
    """A page's headline from its title, the parts after it that name the site or give a date
    set aside ("Ferry sinks | DW | 19.01.2020" with the site "DW.COM": "Ferry sinks"); a title
    whose parts are the headline's own ("Letters: A | B | C") is kept whole."""
    if not title:
        return title
    title = title.strip()
    key = re.sub(r"\W+", "", (site or "").casefold())
    end = len(title)
    for sep in reversed(list(_TITLE_PARTS.finditer(title))):  # the last part first
        last = title[sep.end() : end].strip()
        folded = re.sub(r"\W+", "", last.casefold())
        if not (_DATE_PART.match(last) or key and folded and (key.startswith(folded) or folded.startswith(key))):
            break
        end = sep.start()
    return title[:end]


#: a page's author in its head: <meta name="author" content="Kyodo">, "article:author", "byl"
_META_AUTHOR = [re.compile(r"""<meta\s[^>]*?(?:name|property)\s*=\s*["'](?:author|article:author|byl|dc\.creator)["'][^>]*?"""
                           r"""content\s*=\s*["']([^"'<>]{1,120})["']""", re.I),
                re.compile(r"""<meta\s[^>]*?content\s*=\s*["']([^"'<>]{1,120})["'][^>]*?"""
                           r"""(?:name|property)\s*=\s*["'](?:author|article:author|byl|dc\.creator)["']""", re.I)]


def _meta_author(html: str) -> str | None:
    """The author a page's head names where trafilatura gives none (it leaves out an
    organisation's name there, which is what a wire story's page gives)."""
    end = html.lower().find("</head>")
    head = html[: end if end >= 0 else 20000]
    for rx in _META_AUTHOR:
        m = rx.search(head)
        if m and not m.group(1).strip().lower().startswith(("http", "www.")):
            return m.group(1).strip()
    return None



class _Visible:
    """The words a browser shows in an HTML page (scripts, styles and comments left out), each
    character with where it stands in the page's markup: a character reference such as
    ``&amp;`` covers its whole reference."""

    HIDDEN = ("script", "style", "noscript", "template", "title")

    def __init__(self, page: str):
        from html import unescape
        from html.parser import HTMLParser

        line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        hidden = [0]

        class P(HTMLParser):
            def at(self) -> int:
                line, col = self.getpos()
                return line_starts[line - 1] + col

            def handle_starttag(self, tag, attrs):
                hidden[0] += tag in _Visible.HIDDEN

            def handle_endtag(self, tag):
                if tag in _Visible.HIDDEN and hidden[0]:
                    hidden[0] -= 1

            def handle_data(self, data):
                if not hidden[0]:
                    o = self.at()
                    chars.extend(data)
                    starts.extend(range(o, o + len(data)))
                    ends.extend(range(o + 1, o + len(data) + 1))

            def handle_entityref(self, name):
                self.ref()

            def handle_charref(self, name):
                self.ref()

            def ref(self):
                if not hidden[0]:
                    o = self.at()
                    m = _REFERENCE.match(page, o)
                    e = m.end() if m else o + 1
                    ch = unescape(page[o:e])
                    chars.extend(ch)
                    starts.extend([o] * len(ch))
                    ends.extend([e] * len(ch))

        p = P(convert_charrefs=False)
        p.feed(page)
        p.close()
        self.text = "".join(chars)
        self.starts, self.ends = starts, ends


_REFERENCE = re.compile(r"&(?:#[xX]?[0-9a-fA-F]+|\w+);?")


@dataclass(frozen=True)
class PageOffsets:
    """Where each character of an HTML page's extract stands in the page: spans of the extract
    become spans of the file an editor has (``span(start, end)``)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not self.starts:
            return start, end
        s = self.starts[min(start, len(self.starts) - 1)]
        return (s, s) if end <= start else (s, max(s, self.ends[min(end, len(self.ends)) - 1]))


def page_offsets(page: str, text: str) -> PageOffsets | None:
    """Where each character of ``text`` (an extract of the HTML ``page``: its lines in page
    order, words as the page shows them) stands in the page; None if a line of the extract
    is not among the page's visible words (its spans then index the extract, as for records)."""
    vis = _Visible(page)
    starts: list[int] = []
    ends: list[int] = []
    cursor = 0
    for line in text.split("\n"):
        words = line.split()
        if not words:  # an empty line, and the line break before each line: where the last word ended
            o = ends[-1] if ends else 0
            starts.extend([o] * (len(line) + 1))
            ends.extend([o] * (len(line) + 1))
            continue
        rx = re.compile("\\s+".join(re.escape(w) for w in words))
        m = rx.search(vis.text, cursor) or rx.search(vis.text)
        mine = lambda ch: not ch.isspace()  # noqa: E731  the characters matched one to one
        if m is None:
            # a line the extractor wrote itself ("| Berths | 12 |" for a table row): its words
            # and figures, with anything but letters and digits between them
            alnum = re.findall(r"[^\W_]+", line)
            if not alnum:
                o = ends[-1] if ends else 0
                starts.extend([o] * (len(line) + 1))
                ends.extend([o] * (len(line) + 1))
                continue
            rx = re.compile(r"[\W_]*".join(re.escape(w) for w in alnum))
            m = rx.search(vis.text, cursor) or rx.search(vis.text)
            if m is None:
                return None
            mine = lambda ch: ch.isalnum()  # noqa: E731
        cursor = m.end()
        inside = iter(i for i in range(m.start(), m.end()) if mine(vis.text[i]))
        before = ends[-1] if ends else 0
        for ch in line:
            if not mine(ch):  # a space (or the extractor's own mark) stands just after the word before it
                starts.append(before)
                ends.append(before)
                continue
            nxt = next(inside)
            starts.append(vis.starts[nxt])
            ends.append(vis.ends[nxt])
            before = vis.ends[nxt]
        starts.append(before)  # the line break after the line
        ends.append(before)
    return PageOffsets(tuple(starts[: len(text)]), tuple(ends[: len(text)]))
