"""Reading inputs: formats, encodings and every kind of bad input."""
from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest

from crosscheck.errors import SourceError
from crosscheck.ingest import load_corpus, sources

PAGE = "Ferry service resumes after storm\nThe ferry service resumed on Monday after the storm passed, the operator said.\n"


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(p)


def test_missing_path_is_reported_and_others_go_on(tmp_path):
    good = write(tmp_path, "good.txt", PAGE)
    corpus = load_corpus([str(tmp_path / "nope.txt"), good])
    assert len(corpus.articles) == 1
    (p,) = corpus.problems
    assert p.source.endswith("nope.txt") and "no such file" in p.message


def test_empty_file(tmp_path):
    with pytest.raises(SourceError, match="empty file"):
        sources.read(write(tmp_path, "empty.txt", b"  \n"))


def test_binary_file(tmp_path):
    with pytest.raises(SourceError, match="binary"):
        sources.read(write(tmp_path, "img.txt", bytes(range(256)) * 40))


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a 50 MB page
    with pytest.raises(SourceError, match=r"50\.\d MB, over the 20 MB limit"):
        sources.read(str(p))


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-16", PAGE),
        ("shift_jis", "東京で会談\n首相は月曜日に大統領と東京で会談し、協力の強化で一致した。両氏は来年も会うことで合意した。\n"),
        ("cp1252", "Café owners protest new rules\nCafé owners in the city protested on Monday against the new rules, which they called “unfair”.\n"),
        ("euc_kr", "서울 회담\n대통령은 월요일 서울에서 총리와 회담하고 협력을 강화하기로 합의했다. 양국은 내년에도 만나기로 했다.\n"),
    ],
)
def test_other_encodings_are_detected_and_reported(tmp_path, encoding, text):
    src = sources.read(write(tmp_path, f"page-{encoding}.txt", text.encode(encoding)))
    assert src.text.replace("\r\n", "\n") == text
    assert src.warnings and "not UTF-8" in src.warnings[0]
    assert src.encoding != "utf-8"


def test_report_inputs_name_the_encoding_used(tmp_path):
    corpus = load_corpus([write(tmp_path, "sjis.txt", "東京で会談\n首相は月曜日に大統領と会談した。両氏は協力で一致した。\n".encode("shift_jis"))])
    assert corpus.inputs[0].encoding not in ("utf-8", "ascii")
    assert any("not UTF-8" in p.message for p in corpus.problems)


def test_utf8_with_bom(tmp_path):
    src = sources.read(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PAGE.encode()))
    assert src.text == PAGE and src.encoding == "utf-8-sig" and not src.warnings


def test_folder_is_read_recursively_for_known_formats_only(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "sub/a.txt", PAGE)
    write(tmp_path, "b.md", "# " + PAGE)
    write(tmp_path, "gold.yaml", "version: 1\n")
    files, errors = sources.expand([str(tmp_path)])
    assert sorted(os.path.basename(f) for f in files) == ["a.txt", "b.md"] and not errors


def test_glob_and_unmatched_glob(tmp_path):
    write(tmp_path, "x1.txt", PAGE)
    write(tmp_path, "x2.txt", PAGE)
    files, errors = sources.expand([str(tmp_path / "x*.txt"), str(tmp_path / "zz*.txt")])
    assert len(files) == 2
    assert len(errors) == 1 and "no file matches" in errors[0].problem


def test_stdin(monkeypatch, tmp_path):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    corpus = load_corpus(["-"])
    assert corpus.articles[0].article.source == "<stdin>"
    assert corpus.articles[0].article.headline == "Ferry service resumes after storm"


def test_json_records_with_their_fields(tmp_path):
    recs = [
        {"title": "Ferry service resumes", "text": "The ferry service resumed on Monday, the operator said.",
         "outlet": "Kyodo News", "publisher": "Japan Today", "date": "2025-03-04"},
        {"headline": "No text here"},
    ]
    corpus = load_corpus([write(tmp_path, "recs.json", json.dumps(recs))])
    (la,) = corpus.articles
    a = la.article
    assert (a.headline, a.outlet, a.publisher, a.published, a.record) == (
        "Ferry service resumes", "Kyodo", "Japan Today", dt.date(2025, 3, 4), 0)
    assert la.text[a.start : a.end] == recs[0]["text"]
    assert any("record 1: no text field" in p.message for p in corpus.problems)


def test_jsonl_with_a_broken_line(tmp_path):
    lines = [json.dumps({"title": "One", "text": "The first story says the bridge opened on Monday."}), "{broken",
             json.dumps({"title": "Two", "text": "The second story says the bridge opened on Tuesday."})]
    corpus = load_corpus([write(tmp_path, "feed.jsonl", "\n".join(lines))])
    assert [la.article.record for la in corpus.articles] == [1, 3]
    assert any("line 2: not valid JSON" in p.message for p in corpus.problems)


def test_invalid_json_file(tmp_path):
    with pytest.raises(SourceError, match="not valid JSON"):
        sources.read(write(tmp_path, "bad.json", "{nope"))


def test_html_through_trafilatura(tmp_path):
    html = (
        "<html><head><title>Quake hits coast</title><meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2025-03-04T10:00:00Z'></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Quake hits coast</h1>"
        "<p>TOKYO (Kyodo) -- A strong earthquake struck the coast on Tuesday, killing 17 people, officials said.</p>"
        "<p>Rescue teams were sent to the area, the government said in a statement issued late on Tuesday.</p>"
        "</article><footer>Copyright 2025 Example News</footer></body></html>"
    )
    corpus = load_corpus([write(tmp_path, "page.html", html)])
    (la,) = corpus.articles
    a = la.article
    assert a.headline == "Quake hits coast"
    assert a.outlet == "Kyodo" and a.publisher == "Example News" and a.published == dt.date(2025, 3, 4)
    assert la.text[la.paragraphs[0][0] :].startswith("A strong earthquake struck")


def test_nothing_usable_gives_only_problems(tmp_path):
    corpus = load_corpus([write(tmp_path, "empty.txt", ""), str(tmp_path / "missing.txt")])
    assert corpus.articles == [] and len(corpus.problems) == 2


def test_parquet_rows_are_articles(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [
        {"title": "Ferry service resumes", "text": "The ferry service resumed on Monday, the operator said.",
         "outlet": "Kyodo News", "published": dt.date(2025, 3, 4)},
        {"title": "No body", "text": None, "outlet": None, "published": None},
        {"title": "Bridge opens", "text": "The new bridge opened on Tuesday after three years of work.",
         "outlet": None, "published": dt.date(2025, 3, 5)},
    ]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    corpus = load_corpus([str(path)])
    arts = [la.article for la in corpus.articles]
    assert [(a.headline, a.outlet, a.published, a.record) for a in arts] == [
        ("Ferry service resumes", "Kyodo", dt.date(2025, 3, 4), 0), ("Bridge opens", None, dt.date(2025, 3, 5), 2)]
    assert corpus.articles[1].text[arts[1].start : arts[1].end] == rows[2]["text"]
    assert corpus.inputs[0].format == "parquet" and corpus.inputs[0].encoding == "binary"
    assert any("record 1: no text field" in p.message for p in corpus.problems)


def test_broken_parquet_is_one_problem(tmp_path):
    pytest.importorskip("pyarrow")
    corpus = load_corpus([write(tmp_path, "bad.parquet", b"PAR1 this is not parquet")])
    assert corpus.articles == []
    (p,) = corpus.problems
    assert p.source.endswith("bad.parquet") and "not a readable Parquet file" in p.message


def test_a_missing_part_of_the_html_stack_is_a_one_line_error_naming_the_file(tmp_path, monkeypatch):
    import builtins

    from crosscheck.errors import SourceError
    from crosscheck.ingest.sources import read

    page = tmp_path / "story.html"
    page.write_text("<html><body><h1>Title</h1><p>Some text of the story, long enough.</p></body></html>", encoding="utf-8")
    real = builtins.__import__

    def no_clean(name, *args, **kwargs):
        if name.startswith("trafilatura"):
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean", name="lxml_html_clean")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_clean)
    with pytest.raises(SourceError) as e:
        read(str(page))
    assert e.value.source.endswith("story.html") and "lxml_html_clean" in e.value.problem
    assert "\n" not in e.value.problem


HTML_PAGE = """<!doctype html><html><head><title>Senate passes farm bill</title>
<meta property="og:site_name" content="{site}"></head><body>
<article><h1>Senate passes farm bill</h1>
<p>{dateline}The Senate voted 62-38 on Wednesday to pass the farm bill, sending it to the House.</p>
<p>Supporters said the measure would help growers hit by drought. Opponents vowed to fight on.</p>
</article></body></html>"""


@pytest.mark.parametrize("site, dateline, outlet", [
    ("Valley Ledger", "", "Valley Ledger"),           # a site nobody credits over: the outlet
    ("Valley Ledger", "WASHINGTON (Reuters) - ", "Reuters"),  # the text credits a wire: that wins
])
def test_an_html_pages_own_site_name_is_the_outlet_when_nothing_credits_another(tmp_path, site, dateline, outlet):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    page.write_text(HTML_PAGE.format(site=site, dateline=dateline), encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.outlet == outlet and a.article.publisher == "Valley Ledger"


@pytest.mark.parametrize("site, byline, outlet", [
    ("Reuters", "", "Reuters"),                       # an agency's own page: its copy
    ("Valley Ledger", "By <a href='/a'>Ana Ruiz</a>, Associated Press", "AP"),  # a byline the text leaves out
])
def test_an_html_pages_metadata_names_the_outlet_a_known_one_writes_for(tmp_path, site, byline, outlet):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    html = HTML_PAGE.format(site=site, dateline="").replace("</h1>", f"</h1><div class='byline'>{byline}</div>")
    page.write_text(html, encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.outlet == outlet


@pytest.mark.parametrize("title, headline", [
    ("Senate passes farm bill | VL | 19.01.2031", "Senate passes farm bill"),        # the site's short name and a date
    ("Senate passes farm bill - Valley Ledger", "Senate passes farm bill"),          # the site's name
    ("Letters: Farm bill | Bus lanes | Tram line", "Letters: Farm bill | Bus lanes | Tram line"),  # the headline's own parts
])
def test_an_html_pages_title_gives_its_headline_without_the_sites_name_or_a_date(tmp_path, title, headline):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    html = HTML_PAGE.format(site="VL.COM" if "VL" in title else "Valley Ledger", dateline="")
    html = html.replace("<title>Senate passes farm bill</title>",
                        f'<title>{title}</title><meta property="og:title" content="{title}">')
    page.write_text(html.replace("<h1>Senate passes farm bill</h1>", f"<h1>{headline}</h1>"), encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.headline == headline


def test_an_html_pages_own_host_names_a_known_outlet(tmp_path):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    html = HTML_PAGE.format(site="", dateline="").replace('<meta property="og:site_name" content="">',
                                                          '<link rel="canonical" href="https://www.kyodonews.net/news/2031/05/a1">')
    page.write_text(html, encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.outlet == "Kyodo"


def test_an_html_pages_author_in_its_head_credits_a_wire(tmp_path):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    html = HTML_PAGE.format(site="Valley Ledger", dateline="").replace(
        "<title>", '<meta content="Kyodo" name="author"><title>')
    page.write_text(html, encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.outlet == "Kyodo"


def test_a_short_html_page_keeps_its_headline_and_byline_out_of_its_paragraphs(tmp_path):
    from crosscheck.ingest import SourceReader

    page = tmp_path / "story.html"
    page.write_text("<!doctype html><html><head><title>Council approves tram line</title></head><body>"
                    "<main><article><h1>Council approves tram line</h1><div class='byline'>By Ana Ruiz</div>"
                    "<p>The city council approved a new tram line on Wednesday after two years of debate.</p>"
                    "<p>Construction will start next spring and take three years.</p></article></main></body></html>",
                    encoding="utf-8")
    (a,) = SourceReader().read(str(page)).articles
    assert a.article.headline == "Council approves tram line"
    assert [a.text[s:e] for s, e in a.paragraphs] == [
        "The city council approved a new tram line on Wednesday after two years of debate.",
        "Construction will start next spring and take three years."]


# ---- spans of an HTML page point into the page ---------------------------------------------

def test_page_offsets_map_the_extract_onto_the_markup():
    from crosscheck.ingest.sources import page_offsets

    page = ('<html><head><title>T</title><script>var s = "Don\'t do it";</script></head><body>'
            '<nav>Home</nav><p>Don&#x27;t &amp; do it, said <a href="/x">Jane   Roe</a>.</p>\n'
            '<p>Second\nparagraph.</p></body></html>')
    text = "Don't & do it, said Jane Roe.\nSecond paragraph."
    po = page_offsets(page, text)
    cut = lambda s, e: page[slice(*po.span(s, e))]  # noqa: E731
    assert cut(0, 29) == 'Don&#x27;t &amp; do it, said <a href="/x">Jane   Roe</a>.'
    assert cut(0, 5) == "Don&#x27;t" and cut(6, 7) == "&amp;" and cut(20, 28) == "Jane   Roe"
    assert cut(30, len(text)) == "Second\nparagraph."


def test_page_offsets_read_lines_the_extractor_wrote_itself():
    from crosscheck.ingest.sources import page_offsets

    page = "<p>Ships waited.</p><table><tr><td>Berths</td><td>12</td></tr></table><p>Work went&nbsp;on.</p>"
    text = "Ships waited.\n| Berths | 12 |\nWork went on."
    po = page_offsets(page, text)
    assert page[slice(*po.span(16, 22))] == "Berths" and page[slice(*po.span(25, 27))] == "12"
    assert page[slice(*po.span(30, len(text)))] == "Work went&nbsp;on."


def test_page_offsets_give_up_where_the_extract_is_not_in_the_page():
    from crosscheck.ingest.sources import page_offsets

    assert page_offsets("<p>One thing.</p>", "Another thing.") is None


@pytest.mark.models
def test_claims_of_an_html_page_have_spans_into_the_page(tmp_path, nlp):
    import html as _html

    from crosscheck.pipeline import Options, check

    body = ("<p>The council&#8217;s vote was 7&ndash;2 on Tuesday, the mayor said in a statement.</p>\n"
            "<p>Work on the <em>new</em> bridge will start in May &amp; end next year, officials said.</p>")
    page = tmp_path / "story.html"
    page.write_text('<!doctype html><html><head><title>Bridge vote</title><meta property="og:site_name" '
                    f'content="Valley Ledger"></head><body><article><h1>Bridge vote</h1>{body}</article></body></html>',
                    encoding="utf-8")
    report = check([str(page)], Options(cache_dir=str(tmp_path / "cache")))
    raw = page.read_text(encoding="utf-8")
    assert report.claims
    for c in report.claims:
        shown = " ".join(_html.unescape(re.sub(r"<[^>]+>", "", raw[c.start : c.end])).split())
        assert shown == " ".join(c.text.split())
    (a,) = report.articles
    assert raw[a.start :].startswith("Bridge vote</h1><p>The council&#8217;s vote") and raw[: a.end].endswith("officials said.")


def test_newlines_are_read_as_python_reads_text_files(tmp_path):
    """Offsets agree with open()/read_text() (which read "\r\n" as "\n"), as the gold scorer does."""
    path = write(tmp_path, "crlf.txt", PAGE.replace("\n", "\r\n").encode("utf-8"))
    src = sources.read(path)
    assert src.text == PAGE and "\r" not in src.text
    with open(path, encoding="utf-8") as f:
        assert f.read() == src.text
