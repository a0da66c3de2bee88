"""Split a scraped page into articles, and each article into its headline and paragraphs.

A page holds a main article and, often, "related" blocks from other outlets, each announced
by a site line, a relative time ("18 hours ago") and a headline. Everything else on the page
is furniture: comment widgets, app banners, lists of headlines, copyright lines. Every span
found here indexes the page text as decoded, so claims can point at the exact words.

The rules are generic; the words they look for (furniture lines, datelines, outlet credits,
site signatures) come from the data files read by :mod:`crosscheck.ingest.rules`.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from . import dates
from .rules import PageRules, Registry

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_TEASER_END = re.compile(r"(?:\.\.\.|…)\s*$")
#: a credit in brackets after an article's last sentence: "(Reporting by Jane Roe; Editing by Tom Poe)"
_TRAILING_CREDIT = re.compile(r"\((?:additional )?(?:reporting|writing|editing) by\b[^()]*\)\s*$", re.I)
#: where a paragraph's own words end: a copyright notice or a trailing credit glued to them
_COPYRIGHT = re.compile(r"©|\[Copyright\b|\bAll rights reserved\b|\bThis material may not be published\b|"
                        + _TRAILING_CREDIT.pattern, re.I)
_INLINE_BYLINE = re.compile(
    r"\)\s*By\s+[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+)*(?:\s*(?:,|and)\s+[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+)*)*\s+(?=[A-Z][a-z])"
)
#: a byline: "By Jane Roe", "Story by Jane Roe • 18h", "Written by ..."
_BYLINE_LINE = re.compile(r"^\s*(?:(?:Story|Written|Words|Reported|Report|Text)\s+[Bb]y:?|By)\s+\S.{0,80}$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
#: a line wholly in markdown bold ("**Storm closes schools**"): a heading
_MD_BOLD = re.compile(r"^(\*\*|__)(?=\S)(?P<text>[^*_]+?)(?<=\S)\1\s*$")
_BOLD_MARK = re.compile(r"\*\*|__")
#: "Posted on 12 March 2024 by Jane Roe", "Updated: 5 June 2024, 14:32": a label with a date
_POSTED = re.compile(r"^(?:posted|published|updated|last updated|first published)\b", re.I)


def _posted(s: str) -> bool:
    """A line that says when and by whom a page was posted: "Posted on 12 March 2024 by Jane
    Roe", "Updated: 5 June 2024", "June 17, 2025 by Jane Roe in World"."""
    found = dates.find_dates(s)
    if _POSTED.match(s):
        return bool(found)
    return bool(found) and found[0].start == 0 and bool(_BY_AFTER_DATE.match(s, found[0].end))


#: after a date that opens a line, its author: "June 17, 2025 by Jane Roe", "12.3.2024 | By Tom Poe"
_BY_AFTER_DATE = re.compile(r"\s*[,|·•\-–—]?\s*by\s+[A-Z]", re.I)


def _fielded_date(s: str) -> bool:
    """A line of fields apart by "|" or a spaced "/" with a date in one, no sentence: a byline's
    or a desk's line ("Press Trust of India | New Delhi Last Updated at June 17, 2025 14:25 IST",
    "News Desk / LEDGER.COM / Updated: Sep 15, 2025")."""
    return ("|" in s or " / " in s) and _words(s) <= FIELDS and not _SENTENCE_BREAK.search(s) and bool(dates.find_dates(s))


def _plain(s: str) -> str:
    """A line without the markdown emphasis around it ("*By Jane Roe — 4 March 2024*")."""
    t = s.strip()
    m = re.fullmatch(r"(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1", t)
    return m.group(2) if m else t


def _heading(s: str) -> bool:
    """A markdown heading: "## Title" or a line wholly in bold."""
    return bool(_MD_HEADING.match(s) or _MD_BOLD.match(s.strip()))


def _heading_text(s: str) -> str:
    """A heading's words, without its markdown marks."""
    m = _MD_BOLD.match(s.strip())
    return m["text"].strip() if m else _MD_HEADING.sub("", s)
_TIME_LABELS = {"", "time", "updated", "posted", "published", "last updated"}


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def s(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def trimmed(self) -> tuple[int, int]:
        """The span of the line without surrounding white space."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        return self.start + lead, self.end - trail


@dataclass
class ArticleDraft:
    """An article found in a text, before ids are given. Spans index that text."""

    start: int
    end: int
    headline: str | None
    paragraphs: list[tuple[int, int]]
    outlet: str | None = None
    outlet_evidence: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_evidence: str | None = None
    story: str | None = None  # the story a sources manifest names (crosscheck.ingest.manifest)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return lines


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


_SENTENCE_END = re.compile(r"\.[\"”’)]*$")  # a full stop (a headline may ask: "..., but for How Long?")
#: the end of one sentence and the start of the next: a word of three small letters or more
#: before the stop, so that "Gov. Ana Ruiz" or "F.B.I. Agent" is not taken for one
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")


# The sizes of page furniture, in words (chosen on the seed pages and the layouts of
# examples/layouts and benchmarks/layouts.py, whose gold the tests hold them to):
SHORT_LINE = 14  # a heading in capitals, a byline, a credit line: no longer than this
FIELDS = 24  # a line of fields with a date ("Desk | Seoul | Updated: 17-06-2025 14:25 IST"): no longer than this
LISTED = 20  # a headline in a list of other headlines under a text
SENTENCE = 8  # a line of text: a sentence of at least this many words (or two sentences) ...
LONG_LINE = 35  # ... or a line this long, whatever its punctuation
HEADLINE = (3, 30)  # a headline's words, fewest and most
SITE_NAME = 6  # a site echoed under a time line ("- Valley Ledger"); a time line's own words
CAPTION = 60  # a caption above the text: no longer than this
NAME_WORDS = 4  # an outlet's or site's name as a credit or prefix gives it
LOOK_BACK = 6  # lines read back from an announcement for its headline
#: a first headline-like line this short may be the site's furniture ("Search the web") over
#: the headline (PageReader._nearer_headline)
SHORT_HEAD = 4
#: a name alone on a line over an article ("Jane Roe", "Ana María Ruiz", "Jane Roe, Staff Writer",
#: "Jane Roe in Vienna")
_NAME = r"[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|de|da|van|von|der|del|la|le|bin|al)){1,2}"
_ROLE = r"(?:(?:Senior|Chief|Staff|Political|Foreign|Special)\s+)?(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Producer)"
_NAME_LINE = re.compile(rf"^{_NAME}(?:,\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){{0,3}}|\s+{_ROLE}|\s+(?:in|at|from)\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){{0,2}})?$")
_ONE_NAME = re.compile(rf"^{_NAME}$")
#: an e-mail address or a link, by its host: "roe.jane@joongang.co.kr", "https://www.dw.com/en/..."
_ADDRESS = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)|https?://(?P<web>[\w-]+(?:\.[\w-]+)+)")
#: a headline with its site's name after it, as titles carry it: "Quake jolts north - Kyodo News"
_SITE_TAIL = re.compile(r"^(?P<head>.+?\S)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$")
#: a word after a site's name in its masthead ("NHK World News", "Ledger Online")
_SITE_SUFFIX = re.compile(r"\s+(?:news|online|digital|\.com)$", re.I)


def _name_like(s: str) -> bool:
    """Every word capitalised, as a site's or a person's name is written ("World News Wire",
    "THE VALLEY LEDGER"), not a headline in sentence case ("Senate passes farm bill")."""
    words = _WORD.findall(s)
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _label(s: str) -> bool:
    """A section's label over a headline ("Local", "World News"): a word or two, no sentence."""
    return _words(s) <= 2 and not re.search(r"[.!?:;,\"”]$", s)


def _name_line(s: str) -> bool:
    """A person's name alone on a line, with a role after a comma or not, or several names ("Ana
    Ruiz, Tom Vance and Lia Chen"): a byline without "By"."""
    return bool(_NAME_LINE.match(s.strip())) or _names(s)


def _names(s: str) -> bool:
    """Several people's names on a line ("Ana Ruiz, Tom Vance and Lia Chen")."""
    names = re.split(r",\s+(?:and\s+)?|\s+and\s+", s.strip())
    return len(names) >= 2 and all(_ONE_NAME.match(n) for n in names)

#: a line is in capitals when this share of its letters are (chosen: room for "McDONALD"
#: or a small "s" after an apostrophe)
CAPITALS = 0.9


def _capitals(s: str) -> bool:
    """A short line in capitals ("STORM CLOSES SCHOOLS"): a heading in digests and print pages."""
    letters = [c for c in s if c.isalpha()]
    return 2 <= _words(s) <= SHORT_LINE and len(letters) >= 6 and sum(c.isupper() for c in letters) >= CAPITALS * len(letters)


def _listed_headline(s: str) -> bool:
    """A short line with no sentence end: a headline in a list, not a paragraph (nor a sentence
    with a credit in brackets after it: "... $9,850 a tonne. (Reporting by Jane Roe)")."""
    s = _TRAILING_CREDIT.sub("", s.rstrip()).rstrip()
    return _words(s) <= LISTED and not re.search(r"[.!?:;,][\"”’)]*$", s)



#: a word a wrapped line may end on with its sentence going on in capitals on the next line
_RUNS_ON = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
                      "but", "that", "as", "said", "says", "told", "president", "minister", "mr", "mrs", "ms", "dr"})


def _runs_on(prev: Line, nxt: Line, text: str) -> bool:
    """Whether a line of text goes on into the next, as a page wrapped at a fixed width has it
    ("... on Monday" / "night, forcing the port to close"): the next line right under it (no
    blank line between), the first ending mid-sentence and the second going on in small letters
    or a figure, or after a comma or a word a sentence cannot end on."""
    s, t = prev.text.rstrip(), nxt.s
    if text[prev.end : nxt.start] not in ("\n", "\r\n", "\r") or not t or re.search(r"[.!?:;\"”’)]$", s):
        return False
    last = (_WORD.findall(s) or [""])[-1].casefold()
    return t[:1].islower() or t[:1].isdigit() or s.endswith(",") or last in _RUNS_ON


def _body_like(s: str) -> bool:
    """A line of article text rather than a headline: a sentence ending in a full stop, two
    sentences, or a long line."""
    s = s.rstrip()
    return (_words(s) >= SENTENCE and (bool(_SENTENCE_END.search(s)) or bool(_SENTENCE_BREAK.search(s)))) or _words(s) >= LONG_LINE


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _headline_like(line: Line, rules: PageRules) -> bool:
    s = line.s
    return (
        HEADLINE[0] <= _words(s) <= HEADLINE[1]
        and not rules.is_furniture(s)
        and not rules.is_terminator(s)
        and not dates.is_date_line(s)
        and not re.search(r"[.!]$", s)
    )


@dataclass
class _Anchor:
    """A line announcing an article: a relative time, or a date beside a site line."""

    index: int
    site: str | None
    date: dates.DateMention | None


@dataclass
class _Block:
    draft: ArticleDraft
    date_hints: list[dates.DateMention]
    zone: tuple[int, int]  # the article's stretch of page, furniture included, for credits
    site: str | None  # the site its announcement names
    masthead_outlet: bool = False  # the site is the masthead of an outlet the data do not know


@dataclass(frozen=True)
class _Opening:
    """How an article's block of lines opens: the line of its heading, the dated announcement
    it stands under (anchor), the site that announcement names, or a headline known beforehand
    (a record's)."""

    headline_at: int | None = None
    anchor: object | None = None
    site: str | None = None
    headline: str | None = None


@dataclass
class _Header:
    body_at: int  # the first line after the header
    headline: str | None
    line: object | None  # the headline's Line, when the page has it
    norm: str | None  # the headline normalised (a line repeating it is skipped)
    date_hints: list
    site: str | None
    masthead_outlet: bool = False  # the site is the masthead of an outlet the data do not know


def _without_credits(words: str) -> str | None:
    """Words with the credits in brackets after them left out ("Six Freed (MENAFN- Kuwait News
    Agency (KUNA))" -> "Six Freed"); None when a bracket there is not closed or opens the words."""
    while words.endswith(")"):
        depth, k = 0, len(words) - 1
        while k >= 0:
            depth += {")": 1, "(": -1}.get(words[k], 0)
            if depth == 0:
                break
            k -= 1
        if k <= 0:
            return None
        words = words[:k].rstrip()
    return words


class PageReader:
    """Reads pages with one set of rules and outlets."""

    def __init__(self, rules: PageRules, registry: Registry):
        self.rules = rules
        self.registry = registry

    # ---- lines that announce articles -------------------------------------------------
    def _site_of_line(self, line: Line) -> str | None:
        """The site a bare or echoed site line names ("Harbour Wire", "- Valley Ledger"), else None."""
        s = line.s
        m = self.rules.site_echo.match(s)
        if m and _words(m["site"]) <= SITE_NAME:
            return m["site"]
        o = self.registry.lookup(s)
        return o.name if o else None

    def _find_anchors(self, lines: list[Line]) -> list[_Anchor]:
        anchors = []
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank]
        for k, i in enumerate(nonblank):
            s = lines[i].s
            m = self.rules.relative_time.match(s)
            if m:
                prefix = (m["prefix"] or "").strip()
                site = None
                if prefix.casefold() not in _TIME_LABELS:
                    known = self.registry.lookup(prefix)
                    if known:
                        site = known.name
                    elif all(w[:1].isupper() for w in prefix.split()) and len(prefix.split()) <= NAME_WORDS:
                        site = prefix
                    else:
                        continue  # "It happened 2 days ago": a sentence, not an announcement
                anchors.append(_Anchor(i, site, None))
                continue
            if dates.is_date_line(s):
                prev = lines[nonblank[k - 1]] if k > 0 else None
                nxt = lines[nonblank[k + 1]] if k + 1 < len(nonblank) else None
                near_site = (prev is not None and self.registry.lookup(prev.s) is not None) or (
                    nxt is not None and self.rules.site_echo.match(nxt.s) is not None
                )
                if near_site:
                    anchors.append(_Anchor(i, None, dates.line_dates(s)[0]))
        return anchors

    def _announcement(self, lines: list[Line], a: _Anchor, floor: int) -> tuple[int, str | None, int | None]:
        """Walk back from an anchor over its site line and headline copies.

        Returns the index where the announcement starts, the site it names, and the index of
        the headline copy nearest the anchor (None when the headline follows the anchor).
        """
        start, site, headline_at, head_norm, seen = a.index, a.site, None, None, 0
        i = a.index - 1
        while i >= floor and seen < LOOK_BACK:
            ln = lines[i]
            if ln.blank:
                i -= 1
                continue
            named = self._site_of_line(ln)
            if named and site is None and headline_at is None:
                site, start = named, i
            elif named and self.registry.lookup(ln.s) is not None and headline_at is None:
                start = i
            elif _headline_like(ln, self.rules) and (head_norm is None or _norm(ln.s) == head_norm):
                head_norm = head_norm or _norm(ln.s)
                headline_at = headline_at if headline_at is not None else i
                start = i
            else:
                break
            seen += 1
            i -= 1
        return start, site, headline_at

    # ---- the page ---------------------------------------------------------------------
    def read_page(self, text: str) -> list[ArticleDraft]:
        lines = split_lines(text)
        anchors = self._find_anchors(lines)
        blocks: list[tuple[int, int, int | None, _Anchor | None, str | None]] = []
        floor = 0
        starts = []
        for a in anchors:
            start, site, headline_at = self._announcement(lines, a, floor)
            starts.append((start, site, headline_at, a))
            floor = a.index + 1
        prev_end = len(lines)
        for start, site, headline_at, a in reversed(starts):
            blocks.append((start, prev_end, headline_at, a, site))
            prev_end = start
        blocks.reverse()
        if not anchors:
            blocks = [(lo, hi, at, None, None) for lo, hi, at in self._heading_blocks(lines)]
            prev_end = blocks[0][0] if blocks else len(lines)
        if any(not ln.blank for ln in lines[:prev_end]):
            blocks.insert(0, (0, prev_end, None, None, None))

        page_site = self._page_signature(text)
        drafts = []
        for n, (lo, hi, headline_at, anchor, site) in enumerate(blocks):
            b = self._read_block(lines, lo, hi, text, _Opening(headline_at, anchor, site))
            if b is not None:
                drafts.append(self._attribute(b, text, page_site if n == 0 else None))
        return drafts

    def read_record(self, text: str, headline: str | None) -> ArticleDraft | None:
        """One article whose headline is known (a JSON record or an HTML page's extract)."""
        lines = split_lines(text)
        b = self._read_block(lines, 0, len(lines), text, _Opening(headline=headline))
        return self._attribute(b, text, None) if b is not None else None

    def _page_signature(self, text: str):
        for o in self.registry.outlets.values():
            if any(sig.search(text) for sig in o.signatures):
                return o
        return None

    # ---- one article ------------------------------------------------------------------
    def _read_block(self, lines, lo, hi, text, opening: _Opening) -> _Block | None:
        """The article in lines [lo, hi) of a page, if there is one: its header (site echoes,
        headline, date lines), its body lines, then its paragraphs with datelines and credits
        cut."""
        head = self._header(lines, lo, hi, opening)
        if head is None:
            return None
        body = self._body(lines, head.body_at, hi, head.norm)
        if body is None:
            return None
        body_lines, header_dates, end_dates, stop = body
        date_hints = head.date_hints + header_dates + end_dates
        paragraphs = self._paragraphs(body_lines, text, date_hints)
        if not paragraphs:
            return None
        headline = head.headline
        if head.line is not None:  # the article starts at its headline's first word
            hs = head.line.trimmed()[0]
            mark = _MD_HEADING.match(text, hs) or _BOLD_MARK.match(text, hs)
            start = hs + len(mark[0]) if mark else hs
        else:
            start = paragraphs[0][0]
            first = body_lines[0].trimmed()
            # a dateline cut from the first paragraph may leave a headline before it
            run_in = self._run_in_headline(text, first) if headline is None and start > first[0] else None
            if run_in is not None:  # "Storm Shuts Ports MANILA (Harbour Wire) — Ports closed ..."
                headline, start = run_in[0], run_in[1]
        end = paragraphs[-1][1]
        d = ArticleDraft(start=start, end=end, headline=headline, paragraphs=paragraphs)
        zone = (min(lines[lo].start, start), max(lines[stop - 1].end if stop > lo else end, end))
        return _Block(d, date_hints, zone, head.site, head.masthead_outlet)

    def _header(self, lines, lo, hi, opening: _Opening) -> _Header | None:
        """Forward from the anchor (or the block's start): site echoes, then the headline (the
        given one, the heading found, or the first line that reads as one), with the dates of
        date lines on the way. None when the block holds no article."""
        rules, anchor, given = self.rules, opening.anchor, opening.headline
        site, masthead_outlet = opening.site, False
        i = lo if anchor is None else anchor.index + 1
        headline = headline_line = None
        if given is not None:
            headline = given.strip() or None
        elif opening.headline_at is not None:
            headline_line = lines[opening.headline_at]
            headline = _heading_text(headline_line.s)
        date_hints: list[dates.DateMention] = [anchor.date] if anchor and anchor.date else []
        while i < hi:
            ln = lines[i]
            if ln.blank or rules.is_furniture(ln.s):
                i += 1
                continue
            named = self._site_of_line(ln) if anchor is not None else None
            if named:
                site = site or named  # the site echoed under the time ("- Valley Ledger")
                i += 1
                continue
            if rules.relative_time.match(ln.s) and anchor is None and headline is not None:
                i += 1  # a time line under a page's own headline
                continue
            masthead = self._masthead(ln.s) if headline is None and given is None and anchor is None else None
            if masthead is not None:
                site = site or masthead.name  # the site's own name over its article
                i += 1
                continue
            if headline is None and given is None and anchor is None and site is None \
                    and (unknown := self._unknown_masthead(lines, i, hi)) is not None:
                site, masthead_outlet = unknown, True  # an outlet the data does not know, by its masthead
                i += 1
                continue
            if headline is None and (self._header_line(ln.s) or rules.relative_time.match(ln.s)):
                date_hints += dates.line_dates(ln.s)  # a byline or date line over the headline
                i += 1
                continue
            if headline is None:
                if rules.is_terminator(ln.s):
                    return None
                if _body_like(ln.s) and anchor is None and given is None:
                    break  # text with no headline line: the body starts here
                if not dates.is_date_line(ln.s) and (_words(ln.s) >= HEADLINE[0] or self._body_follows(lines, i + 1, hi)):
                    headline_line, headline = ln, _heading_text(ln.s)
                else:
                    if dates.is_date_line(ln.s):
                        date_hints += dates.line_dates(ln.s)
                i += 1
                continue
            break
        if headline_line is not None and given is None and opening.headline_at is None:
            headline_line, i, before = self._nearer_headline(lines, headline_line, i, hi)
            headline, date_hints = _heading_text(headline_line.s), date_hints + before
        if headline is None and (anchor is not None or i >= hi or not _body_like(lines[i].s)):
            return None
        tail = _SITE_TAIL.match(headline) if headline is not None and given is None else None
        named = self._masthead(tail["site"]) if tail else None
        if named is not None:  # "Quake jolts north - Kyodo News"
            headline, site = tail["head"], site or named.name
        norm = _norm(headline) if headline is not None else None
        if given is not None and i < hi and _norm(lines[i].s) == norm:
            headline_line = lines[i]
        return _Header(i, headline, headline_line, norm, date_hints, site, masthead_outlet)

    def _masthead(self, s: str):
        """The known outlet or site a line names and nothing else ("The Japan Times", "NHK
        WORLD-JAPAN News", "Yahoo News"): a page's masthead. None otherwise."""
        return self.registry.lookup(s) or self.registry.lookup(_SITE_SUFFIX.sub("", s))

    def _unknown_masthead(self, lines, i: int, hi: int) -> str | None:
        """The name on line ``i`` where it is the masthead of an outlet the data does not know
        (the page rules' ``masthead``: "The Kathmandu Post", "ARAB NEWS" read "Arab News"): the
        page's first line with words, and a line that reads as a headline under it before the
        text ("Rival Slams Post" over a byline and its text is a headline). None otherwise."""
        rx, s = self.rules.masthead, lines[i].s.strip()
        if rx is None or any(not (ln.blank or self.rules.is_furniture(ln.s)) for ln in lines[:i]):
            return None
        name = s if rx.fullmatch(s) else s.title() if s.isupper() and rx.fullmatch(s.title()) else None
        if name is None:
            return None
        for ln in lines[i + 1 : hi]:
            if ln.blank or self.rules.is_furniture(ln.s) or self._header_line(ln.s) or _name_line(ln.s):
                continue
            if _body_like(ln.s):
                return None
            if _headline_like(ln, self.rules):
                return name
        return None

    def _nearer_headline(self, lines, head: Line, i: int, hi: int) -> tuple[Line, int, list]:
        """The headline a page's text belongs to, where the first line that read as one is the
        site's own furniture ("Search the web", "World News Wire", a masthead): a short line is
        passed over for a longer headline-like line under it that the text follows (bylines,
        names, date lines between); a line over a masthead is the site's, whatever its length
        (a tagline). The headline's line, the line after it, and the dates of the lines passed
        over."""
        rules = self.rules
        passed: list = []
        while True:
            over = self._masthead_under(lines, i, hi)
            if not (_name_like(head.s) and _words(head.s) <= SHORT_HEAD or self._masthead(head.s) is not None or over):
                break
            j, between = self._past_header(lines, i, hi)
            if j >= hi or _heading(lines[j].s):
                break
            cand = lines[j]
            # (a line over the masthead is the site's, whatever its length: a tagline)
            if _body_like(cand.s) or not _headline_like(cand, rules) or _words(cand.s) <= _words(head.s) and not over \
                    or rules.relative_time.match(cand.s) or rules.is_caption(cand.s):
                break
            k, _ = self._past_header(lines, j + 1, hi)
            if k < hi and not _body_like(lines[k].s) and _headline_like(lines[k], rules):
                k, _ = self._past_header(lines, k + 1, hi)  # a standfirst under the headline
            if k >= hi or not _body_like(lines[k].s):
                break  # nothing the text follows: the first line stays the headline
            passed += between
            head, i = cand, j + 1
        return head, i, passed

    def _next_words(self, lines, j: int, hi: int) -> str | None:
        """The first line from ``j`` that is neither blank nor furniture, or None."""
        while j < hi and (lines[j].blank or self.rules.is_furniture(lines[j].s)):
            j += 1
        return lines[j].s if j < hi else None

    def _masthead_under(self, lines, j: int, hi: int) -> bool:
        """Whether the first line with words from ``j`` is a masthead: the line over it is the
        site's own ("Exclusive news for professionals" over "Ledger"), not the headline."""
        s = self._next_words(lines, j, hi)
        return s is not None and self._masthead(s) is not None

    def _past_header(self, lines, j: int, hi: int) -> tuple[int, list]:
        """The first line from ``j`` that is neither blank, furniture, a byline, credit or
        date line, nor a name alone ("Jane Roe"), and the dates of the lines passed."""
        found: list = []
        while j < hi:
            s = lines[j].s
            if not (lines[j].blank or self.rules.is_furniture(s) or self._header_line(s) or _name_line(s)
                    or self.rules.relative_time.match(s) or _label(s)):
                break
            found += dates.line_dates(s) if s else []
            j += 1
        return j, found

    def _body(self, lines, i, hi, head_norm):
        """The body: lines from ``i`` until a terminator, headers, furniture, date and byline
        lines, credits and captions skipped. (body lines, dates of the header's lines, dates
        of credit lines, where the article stops), or None when no line of text is left."""
        rules = self.rules
        body_lines: list[Line] = []
        header_dates: list[dates.DateMention] = []
        end_dates: list[dates.DateMention] = []  # a date in a credit line: used when no other
        header_done = False
        stop = hi
        for j in range(i, hi):
            ln = lines[j]
            s = ln.s
            if ln.blank:
                continue
            if rules.is_terminator(s):
                stop = j
                break
            if rules.is_furniture(s) or _norm(s) == head_norm or s.startswith("©") or _heading(s) or not _words(s):
                continue
            s = _plain(s)  # "*By Jane Roe, Valley Ledger — 4 March 2024*"
            if rules.is_furniture(s):
                continue
            if rules.relative_time.match(s) and _words(s) <= SITE_NAME:
                continue
            if dates.is_date_line(s):
                if not header_done:
                    header_dates += dates.line_dates(s)
                else:  # a byline and date further down ("Key points" over them): read when nothing above dates it
                    end_dates += dates.line_dates(s)
                continue
            if (_BYLINE_LINE.match(s) or _posted(s)) and _words(s) <= SHORT_LINE or _fielded_date(s):
                if not header_done:  # "By Jane Roe | May 2", "Posted on 12 March 2024 by Jane Roe"
                    header_dates += dates.line_dates(s)
                continue
            if self._credit_line(s):  # "Source: Reuters", "— AP, Dec 23, 2018", "Jane Roe, Reuters"
                end_dates += dates.find_dates(s)
                continue
            if not header_done and rules.is_caption(s) and _words(s) <= CAPTION and not self._dateline_cut(s)[0]:
                continue
            if not header_done and _name_line(s):
                continue  # the author's name over the text ("Jane Roe", "Jane Roe Staff Writer")
            if _TEASER_END.search(s):
                stem = _TEASER_END.sub("", s).strip()
                if any(lines[k].s.startswith(stem) for k in range(j + 1, hi) if lines[k].s != s):
                    continue
            body_lines.append(ln)
            header_done = header_done or _body_like(s)  # a standfirst under the headline leaves the header open
        # a list of other headlines under the text (wire pages): short lines with no sentence
        # end, after the last line of article text, are not part of it
        while len(body_lines) > 1 and _listed_headline(body_lines[-1].s) and any(_body_like(b.s) for b in body_lines[:-1]):
            body_lines.pop()
        if not body_lines:
            return None
        return body_lines, header_dates, end_dates, stop

    def _paragraphs(self, body_lines, text, date_hints: list) -> list[tuple[int, int]]:
        """The body's paragraphs: a caption or label before the first one's dateline or byline
        cut (the label's dates added to ``date_hints``), copyright and credit lines glued to the
        last ones cut."""
        paragraphs = []
        for k, ln in enumerate(body_lines):  # a wrapped page's lines, one paragraph each run
            if k and _runs_on(body_lines[k - 1], ln, text):
                paragraphs[-1] = (paragraphs[-1][0], ln.trimmed()[1])
            else:
                paragraphs.append(ln.trimmed())
        first_s, first_e = paragraphs[0]
        cut, label = self._dateline_cut(text[first_s:first_e])
        if cut:
            if label:  # "News from Valdoria Mar 3, 2031 19:45 (VST) Tellin, March 3 (Harbour Wire)--"
                date_hints += dates.find_dates(text[first_s : first_s + cut])
            paragraphs[0] = (first_s + cut, first_e)
        for k, (s0, e0) in enumerate(paragraphs):
            m = _COPYRIGHT.search(text, s0, e0)
            if m:
                e1 = m.start()
                while e1 > s0 and text[e1 - 1].isspace():
                    e1 -= 1
                paragraphs[k] = (s0, e1)
        return [(s0, e0) for s0, e0 in paragraphs if e0 > s0]

    def _heading_blocks(self, lines) -> list[tuple[int, int, int]]:
        """A digest: two or more headings (markdown "## ..." or a short line in capitals), each
        with article text right under it, split the page into articles, one per heading; a
        heading with another heading under it (the page's title) starts none."""
        # what stands between a heading and its text: a credit, a byline, a date line
        nonblank = [i for i, ln in enumerate(lines) if not ln.blank and not self.rules.is_furniture(ln.s)]
        under = [i for i in nonblank if not self._header_line(lines[i].s)]
        heads = []
        for n, i in enumerate(nonblank):
            s = lines[i].s
            # a heading in markdown or capitals; or a headline with a byline or a date line
            # under it ("Floods Cut Off Villages" / "By Tom Poe | AFP | June 16, 2025")
            if self._header_line(s) or _names(s):
                continue  # a credit or a byline ("USA TODAY", "Ana Ruiz and Tom Vance") heads nothing
            credited = n + 1 < len(nonblank) and self._header_line(lines[nonblank[n + 1]].s) \
                and _headline_like(lines[i], self.rules) and not _body_like(s)
            if not (_heading(s) or _capitals(s) or credited):
                continue
            k = bisect.bisect_right(under, i)
            if k < len(under) and _norm(lines[under[k]].s) == _norm(_heading_text(s)):
                k += 1  # the heading repeated over its text
            if k < len(under) and _body_like(lines[under[k]].s):
                heads.append(i)
        if len(heads) < 2:
            return []
        ends = heads[1:] + [len(lines)]
        return [(h, e, h) for h, e in zip(heads, ends)]

    def _header_line(self, s: str) -> bool:
        """A line between a headline and its text that is neither: a credit, a byline, a date, a
        line of fields with a date among them ("News Desk | Seoul | Updated: 17-06-2025 14:25")."""
        s = _plain(s)
        return self._credit_line(s) or dates.is_date_line(s) or _fielded_date(s) or bool(
            (_BYLINE_LINE.match(s) or _posted(s)) and _words(s) <= SHORT_LINE)

    def _credit_line(self, s: str) -> bool:
        """Whether a short line is a credit and nothing else (it names the outlet, is no text)."""
        if _words(s) > SHORT_LINE:
            return False
        for cp in self.registry.credit_patterns:
            m = cp.regex.search(s)
            if m and len(m.group(0).strip()) >= len(s.strip()) - 2:
                name = m["name"].strip()
                if self.registry.lookup(name) is not None or cp.accept_unknown:
                    return True
        return False

    def _body_follows(self, lines, j: int, hi: int) -> bool:
        """Whether the next line with words is article text (a short line above it is its
        headline, however short: "Senate vote")."""
        s = self._next_words(lines, j, hi)
        return s is not None and _body_like(s)

    def _dateline_cut(self, first: str) -> tuple[int, bool]:
        """Where the article text starts in its first paragraph, past a caption and dateline.

        The flag tells whether what was cut is a label (which may carry the publication
        date) rather than a photo caption (whose dates are the photo's).
        """
        best = self._dateline(first)
        if best is not None:
            return best.end(), not self.rules.is_caption(first[: best.start()])
        m = _INLINE_BYLINE.search(first[:800])
        if m and self.rules.is_caption(first[: m.start() + 1]):
            return m.end(), False
        return 0, False

    def _dateline(self, first: str) -> re.Match | None:
        """The dateline that ends first within the first 400 characters of an article's first
        paragraph, if any."""
        best = None
        for rx in self.rules.datelines:
            m = rx.search(first[:400])
            if m and (best is None or m.end() < best.end()):
                best = m
        return best

    def _run_in_headline(self, text: str, first: tuple[int, int]) -> tuple[str, int] | None:
        """A headline run into the first line of the text before its dateline, as pasted pages
        and scrapers give it ("Storm Shuts Ports MANILA (Harbour Wire) — Ports closed ..."):
        the words before the dateline, when they read as a headline (a few words, no sentence
        ended among them, no caption). Its words and where it starts, or None."""
        s0, e0 = first
        best = self._dateline(text[s0:e0])
        if best is None:
            return None
        lead = text[s0 : s0 + best.start()]
        words = _without_credits(lead.strip())
        if words is None or not (HEADLINE[0] <= _words(words) <= HEADLINE[1]) or self.rules.is_caption(words) \
                or _SENTENCE_END.search(words) or _SENTENCE_BREAK.search(words) or words.endswith((".", ":", ",")):
            return None
        return words, s0 + (len(lead) - len(lead.lstrip()))

    # ---- who wrote it, who carried it, when -------------------------------------------
    def _attribute(self, b: _Block, text: str, page_site) -> ArticleDraft:
        d, site = b.draft, b.site
        outlet, evidence = self._credit(text[b.zone[0] : b.zone[1]])
        site_o = self.registry.lookup(site) if site else None
        publisher = site_o.name if site_o else site
        if publisher is None and page_site is not None:
            publisher, site_o = page_site.name, page_site
        if outlet is None and site_o is not None and not site_o.is_site_only:
            if site_o.newsroom:
                outlet, evidence = site_o.name, f"published on its own site ({publisher})"
            elif site is not None:  # announced under an outlet's name ("Kyodo News · 3h ago") or
                # its masthead, and nothing credits another: that outlet's
                outlet, evidence = site_o.name, f"announced under its name ({site})"
        if outlet is None and site_o is None and b.masthead_outlet:
            outlet, evidence = site, f"its masthead ({site})"  # an outlet the data does not know
        if outlet is None:  # an address on an outlet's own site in the article's stretch of page
            for m in _ADDRESS.finditer(text, b.zone[0], b.zone[1]):
                on = self.registry.by_domain(m["host"] or m["web"])
                if on is not None and not on.is_site_only:
                    outlet, evidence = on.name, f"an address on its site ({m.group(0).strip()})"
                    break
        d.outlet, d.outlet_evidence, d.publisher = outlet, evidence, publisher
        if b.date_hints:
            body = " ".join(text[s:e] for s, e in d.paragraphs)
            order = site_o.date_order if site_o else None
            d.published, d.published_evidence = dates.resolve(b.date_hints[0], body, order)
        return d

    def _credit(self, zone: str) -> tuple[str | None, str | None]:
        best: tuple[int, int, str, str] | None = None  # (strength, position, outlet, evidence)
        for o in self.registry.outlets.values():
            if o.is_site_only:
                continue
            for rx in o.credits:
                m = rx.search(zone)
                if m:
                    cand = (3, -m.start(), o.name, m.group(0).strip())
                    best = max(best, cand) if best else cand
        for cp in self.registry.credit_patterns:
            for m in cp.regex.finditer(zone):
                name = m["name"].strip()
                o = self.registry.lookup(name)
                if o is not None and o.is_site_only:
                    continue
                if o is None and not cp.accept_unknown:
                    continue
                if o is None and (_words(name) > NAME_WORDS or not name[:1].isupper()):
                    continue
                cand = (cp.strength, -m.start(), o.name if o else name, m.group(0).strip())
                best = max(best, cand) if best else cand
        if best is None:
            return None, None
        return best[2], f"credit {best[3]!r}"
