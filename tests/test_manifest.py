import datetime as dt

import pytest

from crosscheck.errors import ManifestError
from crosscheck.ingest import load_corpus
from crosscheck.ingest.manifest import load_manifest

PAGE = (
    "Ferry service resumes after storm\nThe ferry service resumed on Monday after the storm passed.\n"
    "Related Articles\nExample Wire\n2 hours ago\n- Example Wire\nPort reopens to cargo ships\n"
    "The port reopened to cargo ships on Tuesday, officials said.\n"
)


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "ferry.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


def test_yaml_manifest_sets_outlet_and_date_for_every_article_of_a_file(tmp_path, page):
    m = tmp_path / "sources.yaml"
    m.write_text("- file: ferry.txt\n  outlet: Reuters\n  published: 2025-02-01\n", encoding="utf-8")
    corpus = load_corpus([str(page)], manifest=m)
    assert [(la.article.outlet, la.article.published) for la in corpus.articles] == [
        ("Reuters", dt.date(2025, 2, 1)), ("Reuters", dt.date(2025, 2, 1))]
    assert corpus.articles[0].article.outlet_evidence == "sources manifest"


def test_csv_manifest_picks_one_article_by_headline_and_can_unset(tmp_path, page):
    m = tmp_path / "sources.csv"
    m.write_text("file,headline,outlet,publisher\n*.txt,Port reopens,Kyodo,null\n", encoding="utf-8")
    first, second = load_corpus([str(page)], manifest=m).articles
    assert first.article.outlet is None and first.article.publisher is None
    assert second.article.outlet == "Kyodo" and second.article.publisher is None


@pytest.mark.parametrize(
    "content, message",
    [
        ("- outlet: AP\n", "needs a 'file'"),
        ("- file: a.txt\n  author: x\n", "unknown field"),
        ("- file: a.txt\n  published: last week\n", "YYYY-MM-DD"),
        ("file: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_manifest_is_a_clear_error(tmp_path, content, message):
    m = tmp_path / "bad.yaml"
    m.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        load_manifest(m)


def test_a_manifest_names_the_story_of_a_file(tmp_path, page):
    """The editor's name for a file's story rides on its articles to the story step (which
    replaces it with the story's id); a file the manifest does not name has none."""
    other = tmp_path / "bridge.txt"
    other.write_text("Bridge closes for repairs\nThe Tellin bridge closed on Monday for repairs.\n", encoding="utf-8")
    m = tmp_path / "sources.csv"
    m.write_text("file,story\nferry.txt,storm week\n", encoding="utf-8")
    corpus = load_corpus([str(page), str(other)], manifest=m)
    assert [(la.article.source.rsplit("/", 1)[-1], la.article.story) for la in corpus.articles] == [
        ("ferry.txt", "storm week"), ("ferry.txt", "storm week"), ("bridge.txt", None)]
