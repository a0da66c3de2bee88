"""Page splitting and article attribution, on small hand-made pages (mostly unlike the seeds)."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from crosscheck.ingest.page import PageReader
from crosscheck.ingest.rules import load_page_rules, load_registry


def page(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


def texts(text, draft):
    return [text[s:e] for s, e in draft.paragraphs]


MAIN_AND_RELATED = page("""
    Flood waters recede in river towns after week of rain
    Flood waters began to recede on Sunday in towns along the river, officials said, after a week of heavy rain.
    At least 40 people were evacuated from low-lying districts, the regional government said.
    © 2024 AFP

    Comments
    No comments yet...
    Related Articles

    Reuters
    3 hours ago
    - Reuters
    Insurers brace for claims as floods hit farms
    LONDON (Reuters) - Insurers expect a wave of claims from farmers after the floods, industry groups said on Monday.
    Losses could reach 2 billion euros, one broker estimated.

    Example Wire
    a day ago
    - Example Wire
    Rail line reopens after flood repairs
    The rail line between the two cities reopened on Saturday after repairs to a washed-out bridge.
""")


def test_main_article_and_related_blocks_are_split(reader):
    drafts = reader.read_page(MAIN_AND_RELATED)
    assert [d.headline for d in drafts] == [
        "Flood waters recede in river towns after week of rain",
        "Insurers brace for claims as floods hit farms",
        "Rail line reopens after flood repairs",
    ]
    main, related, unknown = drafts
    assert texts(MAIN_AND_RELATED, main) == [
        "Flood waters began to recede on Sunday in towns along the river, officials said, after a week of heavy rain.",
        "At least 40 people were evacuated from low-lying districts, the regional government said.",
    ]
    # the dateline is cut from the first paragraph and credits the outlet
    assert texts(MAIN_AND_RELATED, related)[0].startswith("Insurers expect a wave of claims")
    assert related.outlet == "Reuters" and related.publisher == "Reuters"
    assert main.outlet == "AFP"


def test_article_spans_cover_headline_to_last_paragraph_and_do_not_overlap(reader):
    drafts = reader.read_page(MAIN_AND_RELATED)
    for d in drafts:
        assert MAIN_AND_RELATED[d.start : d.start + len(d.headline)] == d.headline
        assert d.end == d.paragraphs[-1][1]
    for a, b in zip(drafts, drafts[1:]):
        assert a.end <= b.start


def test_uncredited_block_never_borrows_a_neighbours_outlet(reader):
    *_, unknown = reader.read_page(MAIN_AND_RELATED)
    assert unknown.outlet is None
    assert unknown.publisher == "Example Wire"  # the site line still names who carried it


def test_furniture_lists_and_widgets_are_dropped(reader):
    text = page("""
        Menu
        Search
        Council approves new budget for city schools
        Council approves new budget for city schools
        By Jane Doe | Updated: March 3, 2024 10:15 ET
        The city council approved a budget of $12 million for schools on ...
        Open in App
        The city council approved a budget of $12 million for schools on Friday after a long debate.
        The vote was 7 to 2, the clerk said.
        Disclaimer: This story was published from a wire feed.
        Most Read
        Celebrity chef opens new restaurant downtown
        Weather service warns of heat wave this weekend
        Download the App
    """)
    (d,) = reader.read_page(text)
    assert d.headline == "Council approves new budget for city schools"
    assert texts(text, d) == [
        "The city council approved a budget of $12 million for schools on Friday after a long debate.",
        "The vote was 7 to 2, the clerk said.",
    ]
    assert d.published == dt.date(2024, 3, 3)
    assert d.outlet is None  # a person's byline is not an outlet


def test_trailing_copyright_glued_to_text_is_cut(reader):
    text = page("""
        Storm closes ports along the coast
        Ports along the coast were closed on Tuesday as the storm approached. Ships were told to stay at sea. © Copyright 2025 The Associated Press. All rights reserved.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d) == ["Ports along the coast were closed on Tuesday as the storm approached. Ships were told to stay at sea."]
    assert d.outlet == "AP"


def test_photo_caption_before_dateline_is_not_text(reader):
    text = page("""
        Leaders meet at border summit
        President A, left, and President B, right, shake hands at the summit. GENEVA, Switzerland — Two presidents met for three hours on Monday.
        They agreed to meet again next year.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d)[0] == "Two presidents met for three hours on Monday."


def test_caption_line_under_headline_is_skipped(reader):
    text = page("""
        Museum reopens after renovation
        The museum director (R) greets visitors at the entrance on Saturday.
        The national museum reopened on Saturday after a two-year renovation costing 30 million dollars.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d) == ["The national museum reopened on Saturday after a two-year renovation costing 30 million dollars."]


def test_newsroom_site_publishes_its_own_copy(reader):
    text = page("""
        Related Articles
        NHK
        2 hours ago
        - NHK
        Volcano alert level raised on southern island
        Authorities raised the alert level for the volcano on Thursday after a series of small eruptions.
    """)
    (d,) = reader.read_page(text)
    assert d.outlet == "NHK" and d.publisher == "NHK"


def test_credit_in_text_beats_the_site_line(reader):
    text = page("""
        NHK
        2 hours ago
        - NHK
        Exports rise for third month
        TOKYO (Kyodo) -- Exports rose for a third straight month in May, the finance ministry said on Thursday.
    """)
    (d,) = reader.read_page(text)
    assert d.outlet == "Kyodo" and d.publisher == "NHK"


def test_headline_before_time_line_and_repeated_after_it(reader):
    text = page("""
        Bridge Collapse Blamed on Corrosion

        time3 hours ago

        Bridge Collapse Blamed on Corrosion

        Investigators said Wednesday that corrosion caused the collapse of the bridge in March.
    """)
    (d,) = reader.read_page(text)
    assert d.headline == "Bridge Collapse Blamed on Corrosion"
    assert texts(text, d) == ["Investigators said Wednesday that corrosion caused the collapse of the bridge in March."]


def test_teaser_repeated_in_full_is_dropped(reader):
    text = page("""
        Tunnel project wins approval
        Lawmakers approved the tunnel project on Monday, ending ...
        Lawmakers approved the tunnel project on Monday, ending a decade of debate over its cost.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d) == ["Lawmakers approved the tunnel project on Monday, ending a decade of debate over its cost."]


def test_a_real_ellipsis_in_text_is_kept(reader):
    text = page("""
        Minister quotes old poem in speech
        The minister ended her speech with a line from the poem: "and miles to go ...
        Critics called the speech too long.
    """)
    (d,) = reader.read_page(text)
    assert len(d.paragraphs) == 2


def test_a_credit_line_is_furniture_and_a_sentence_about_a_report_is_not(reader):
    text = page("""
        Council approves new budget for city schools
        The city council approved a budget of $12 million for schools on Friday after a long debate.
        The fund contributed to this report on school repairs, which the clerk released on Monday.
        Ana Ruiz and The Valley Ledger contributed to this report.
        Tom Vance contributed reporting from Harbourtown.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d) == [
        "The city council approved a budget of $12 million for schools on Friday after a long debate.",
        "The fund contributed to this report on school repairs, which the clerk released on Monday.",
    ]


def test_page_of_only_furniture_has_no_article(reader):
    text = page("""
        Menu
        Comments
        No comments yet...
        Related Stories
        Download the App
    """)
    assert reader.read_page(text) == []


def test_ambiguous_numeric_date_resolved_by_weekday(reader):
    text = page("""
        Example Wire
        05-08-2025
        - Example Wire
        Harbour fees rise again
        Port officials said Tuesday that harbour fees would rise by 4 percent.
    """)
    (d,) = reader.read_page(text)
    assert d.published == dt.date(2025, 8, 5)  # 5 August 2025 was a Tuesday


def test_ambiguous_numeric_date_without_evidence_stays_null(reader):
    text = page("""
        Example Wire
        05-08-2025
        - Example Wire
        Harbour fees rise again
        Port officials announced that harbour fees would rise by 4 percent.
    """)
    (d,) = reader.read_page(text)
    assert d.published is None


def test_site_signature_names_the_publisher_of_the_main_article_only(reader):
    text = page("""
        Town votes to build new library
        Residents voted to build a new library on Sunday, the mayor's office said.
        Try Our AI Features
        Explore what Daily8 AI can do for you:
    """)
    (d,) = reader.read_page(text)
    assert d.publisher == "Daily8" and d.outlet is None


def test_relative_time_inside_a_sentence_is_not_an_announcement(reader):
    text = page("""
        Dam inspection ordered
        Engineers found cracks in the dam two days ago.
        The inspection will take a week, officials said.
    """)
    (d,) = reader.read_page(text)
    assert len(d.paragraphs) == 2


def test_markdown_headline(reader):
    text = "# Vaccine drive reaches rural clinics\n\nHealth workers delivered 20,000 doses to rural clinics on Monday, the ministry said.\n"
    (d,) = reader.read_page(text)
    assert d.headline == "Vaccine drive reaches rural clinics"
    assert texts(text, d) == ["Health workers delivered 20,000 doses to rural clinics on Monday, the ministry said."]


def test_known_headline_of_a_record(reader):
    text = "Health workers delivered 20,000 doses to rural clinics on Monday. (Yonhap) -- More will follow."
    d = reader.read_record(text, "Vaccine drive")
    assert d.headline == "Vaccine drive"
    assert d.paragraphs == [(0, len(text))]


def test_user_outlets_file_extends_the_registry(tmp_path):
    extra = tmp_path / "outlets.yaml"
    extra.write_text(
        "outlets:\n  - name: Daily Planet\n    aliases: [The Planet]\n    credits: ['—\\s*The Planet staff']\n"
        "sites:\n  - name: Metro Portal\n    date_order: MDY\n",
        encoding="utf-8",
    )
    reader = PageReader(load_page_rules(), load_registry(extra))
    text = page("""
        Metro Portal
        06/07/2025
        - Metro Portal
        Mayor opens new bridge
        The mayor opened the bridge to traffic. — The Planet staff
    """)
    (d,) = reader.read_page(text)
    assert d.outlet == "Daily Planet"
    assert d.publisher == "Metro Portal"
    assert d.published == dt.date(2025, 6, 7)  # the site writes month first
    assert reader.registry.canonical("Kyodo News") == "Kyodo"  # bundled entries stay


# ---- an article pasted into a file (issue 18) ------------------------------------------------

def test_a_short_headline_line_is_the_headline_of_the_body_under_it(reader):
    text = "Senate vote\nThe Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers. Opponents vowed to fight on.\n"
    (d,) = reader.read_page(text)
    assert d.headline == "Senate vote"
    assert texts(text, d) == [text.splitlines()[1]]


def test_text_with_no_headline_line_is_still_an_article(reader):
    text = ("The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.\n\n"
            "Opponents vowed to fight on in the House.\n")
    (d,) = reader.read_page(text)
    assert d.headline is None
    assert texts(text, d)[0].startswith("The Senate voted") and len(d.paragraphs) == 2


def test_a_headline_that_asks_or_holds_an_abbreviation_stays_a_headline(reader):
    for head in ("Storm brings rare calm to the valley, but will it last?",
                 "Gov. Ana Ruiz picks former aide for vacant Senate seat"):
        text = f"{head}\n\nThe governor made the choice on Monday after weeks of talks, her office said.\n"
        (d,) = reader.read_page(text)
        assert d.headline == head


# ---- credits and dates in other layouts (issue 18) -------------------------------------------

FARM_BODY = ("The Senate voted 62-38 on Wednesday to pass the farm bill, sending it to the House.\n"
             "Supporters said the measure would help growers hit by drought. Opponents vowed to fight on.")


@pytest.mark.parametrize("before, after, outlet, published", [
    ("By Reuters staff\n", "", "Reuters", None),
    ("Jane Roe, Associated Press\n", "", "AP", None),
    ("", "Source: Reuters\n", "Reuters", None),
    ("", "— Reuters, Dec 23, 2018 9:15 AM ET\n", "Reuters", dt.date(2018, 12, 23)),
    ("WASHINGTON (AP) — ", "", "AP", None),
    ("", "© 2018 Reuters\n", "Reuters", None),
    ("", "Reporting by Jane Roe; Editing by Tom Poe\n", None, None),
    ("By Jane Roe | Sept. 29, 2016\n", "", None, dt.date(2016, 9, 29)),
    ("Published: 2018-12-20\n", "", None, dt.date(2018, 12, 20)),
    ("Updated Dec 23, 2018 9:15 AM ET\n", "", None, dt.date(2018, 12, 23)),
])
def test_credits_and_dates_wherever_they_stand_and_never_as_text(reader, before, after, outlet, published):
    text = f"Senate passes farm bill\n{before}{FARM_BODY}\n{after}"
    (d,) = reader.read_page(text)
    assert d.headline == "Senate passes farm bill"
    assert (d.outlet, d.published) == (outlet, published)
    body = texts(text, d)
    assert body[0].startswith("The Senate voted") and body[-1].startswith("Supporters said")


# ---- pages of several articles in other shapes (issue 18) ------------------------------------

DIGEST = page("""
    {title}

    {h1}
    The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.

    {h2}
    Schools in Pelland closed on Thursday as a storm brought heavy snow. Officials said they would reopen Monday.
""")


@pytest.mark.parametrize("title, h1, h2, heads", [
    ("# Morning Briefing", "## Senate passes farm bill", "## Storm closes schools in Pelland",
     ["Senate passes farm bill", "Storm closes schools in Pelland"]),
    ("NEWS IN BRIEF", "SENATE PASSES FARM BILL", "STORM CLOSES SCHOOLS", ["SENATE PASSES FARM BILL", "STORM CLOSES SCHOOLS"]),
])
def test_a_digest_is_split_at_its_headings_and_its_title_is_no_article(reader, title, h1, h2, heads):
    text = DIGEST.format(title=title, h1=h1, h2=h2)
    drafts = reader.read_page(text)
    assert [d.headline for d in drafts] == heads
    assert [texts(text, d)[0][:10] for d in drafts] == ["The Senate", "Schools in"]


def test_a_digest_heading_may_have_a_credit_a_date_and_its_own_repetition_before_its_text(reader):
    text = page("""
        # Evening Briefing
        Friday, March 8, 2024

        ## Senate passes farm bill

        Source: Reuters

        Senate passes farm bill
        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.

        ## Storm closes schools in Pelland
        Jane Roe, AFP
        Schools in Pelland closed on Thursday as a storm brought heavy snow. Officials said they would reopen Monday.
    """)
    drafts = reader.read_page(text)
    assert [(d.headline, d.outlet) for d in drafts] == [("Senate passes farm bill", "Reuters"),
                                                        ("Storm closes schools in Pelland", "AFP")]
    assert [texts(text, d)[0][:10] for d in drafts] == ["The Senate", "Schools in"]


def test_a_list_of_long_headlines_under_a_wire_story_is_not_its_text(reader):
    text = page("""
        Senate passes farm bill
        WASHINGTON, March 6 (Reuters) - The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.
        Reporting by Jane Roe; Editing by Tom Poe
        Harbor bridge reopens to traffic after eight months of repairs and a long dispute over tolls
        Museum returns three stolen paintings to their owners after a search of a decade
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d)[-1].endswith("help growers.")


def test_a_digest_under_bold_headings_with_emphasised_credits(reader):
    text = page("""
        **Senate passes farm bill**
        *By Jane Roe, Reuters — 6 March 2024*

        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.

        ---

        **Storm closes schools in Pelland**
        *By Tom Poe, AFP — 7 March 2024*

        Schools in Pelland closed on Thursday as a storm brought heavy snow. Officials said they would reopen Monday.
    """)
    drafts = reader.read_page(text)
    assert [(d.headline, d.outlet, d.published) for d in drafts] == [
        ("Senate passes farm bill", "Reuters", dt.date(2024, 3, 6)),
        ("Storm closes schools in Pelland", "AFP", dt.date(2024, 3, 7))]
    assert [texts(text, d)[0][:10] for d in drafts] == ["The Senate", "Schools in"]


@pytest.mark.parametrize("label, published", [
    ("Posted on 12 March 2024 by Jane Roe", dt.date(2024, 3, 12)),
    ("Updated: 5 June 2024, 14:32", dt.date(2024, 6, 5)),
])
def test_a_posted_or_updated_label_gives_the_date_and_is_no_text(reader, label, published):
    text = f"Senate passes farm bill\n{label}\n{FARM_BODY}\n"
    (d,) = reader.read_page(text)
    assert d.published == published and texts(text, d)[0].startswith("The Senate voted")


def test_a_standfirst_under_the_headline_leaves_the_byline_and_date_below_it_in_the_header(reader):
    text = page("""
        Senate passes farm bill
        The measure now goes to the House, where its fate is uncertain
        By Jane Roe, Reuters
        March 6, 2024

        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.
    """)
    (d,) = reader.read_page(text)
    assert (d.outlet, d.published) == ("Reuters", dt.date(2024, 3, 6))
    assert texts(text, d)[-1].startswith("The Senate voted")


def test_photo_captions_credits_and_share_buttons_are_no_text(reader):
    text = page("""
        Senate passes farm bill
        Photo: Senators leave the chamber on Wednesday.
        (Jane Roe/Valley Ledger)
        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.
        Share this:
        Twitter
        Email
        Opponents vowed to fight on in the House.
        Related: Storm closes schools in Pelland
    """)
    (d,) = reader.read_page(text)
    assert [p[:10] for p in texts(text, d)] == ["The Senate", "Opponents "]


def test_a_navigation_bar_and_a_more_stories_list_are_not_the_article(reader):
    text = page("""
        Home | World | Politics | Business | Sport
        Senate passes farm bill
        By Reuters staff
        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.
        Opponents vowed to fight on in the House.
        More stories
        Storm closes schools in Pelland
        Markets rally after jobs report
    """)
    (d,) = reader.read_page(text)
    assert (d.headline, d.outlet) == ("Senate passes farm bill", "Reuters")
    assert [p[:10] for p in texts(text, d)] == ["The Senate", "Opponents "]


def test_a_print_page_loses_its_adverts_and_continuation_lines(reader):
    text = page("""
        Senate passes farm bill
        By Jane Roe
        The Senate voted 62-38 on Wednesday to pass the farm bill. Supporters said it would help growers.
        ADVERTISEMENT
        Opponents vowed to fight on in the House, where the bill faces a closer vote.
        Continued on Page A12
    """)
    (d,) = reader.read_page(text)
    assert [p[:10] for p in texts(text, d)] == ["The Senate", "Opponents "]


def test_a_wire_pages_list_of_other_headlines_is_not_article_text(reader):
    text = page("""
        Wildfire forces evacuations in the hills
        LOS ROBLES, March 9 (Reuters) - A wildfire forced the evacuation of about 3,000 people on Saturday, officials said.
        Strong winds pushed the fire toward the valley overnight. No deaths have been reported.
        Storm closes schools in Pelland
        Markets rally after jobs report
    """)
    (d,) = reader.read_page(text)
    assert d.outlet == "Reuters"
    assert [p[:10] for p in texts(text, d)] == ["A wildfire", "Strong win"]


def test_a_video_players_list_is_furniture(reader):
    text = page("""
        Council approves new budget for city schools
        The city council approved a budget of $12 million for schools on Friday after a long debate.
        JUST WATCHED Mayor: 'Time to fix the schools' Replay More Videos ... MUST WATCH Mayor: 'Time to fix the schools' 02:14
        The clerk said she had watched the debate from the gallery and would publish the minutes.
    """)
    (d,) = reader.read_page(text)
    assert texts(text, d) == [
        "The city council approved a budget of $12 million for schools on Friday after a long debate.",
        "The clerk said she had watched the debate from the gallery and would publish the minutes.",
    ]


def test_a_headline_run_into_the_first_line_before_its_dateline_is_the_headline(reader):
    """Pasted or scraped text often loses the line break after the headline: the words before
    the dateline (a credit after them left out) are the headline, and the article starts there;
    a sentence before the dateline is no headline."""
    text = "Harbour Cranes Idle After Strike Vote (Valley Wire) PORTVALE - Dock workers at Portvale voted on Monday to strike, the union said.\n\nThe strike could last a week, the union said.\n"
    (d,) = reader.read_page(text)
    assert d.headline == "Harbour Cranes Idle After Strike Vote"
    assert d.start == 0
    assert texts(text, d)[0] == "Dock workers at Portvale voted on Monday to strike, the union said."
    text = "The union met twice on Sunday. PORTVALE - Dock workers at Portvale voted on Monday to strike, the union said.\n\nThe strike could last a week, the union said.\n"
    (d,) = reader.read_page(text)
    assert d.headline is None
    assert texts(text, d)[0] == "Dock workers at Portvale voted on Monday to strike, the union said."


def test_a_dateline_with_the_region_of_its_place_is_cut(reader):
    """"PORT ELLIS, Norland (Wire) —", with or without a date after the region: the place,
    its region and the credit are no words of the first sentence (its subject is not "Ellis")."""
    for dateline in ("PORT ELLIS, Norland (Harbour Wire) — ", "PORT ELLIS, North Estland, March 3 (Harbour Wire) - "):
        text = page(f"""
            Ferry service resumes after storm
            {dateline}The ferry to the islands resumed on Monday after a week of storms, the port said.
            Crews checked the piers overnight.
        """)
        (d,) = reader.read_page(text)
        assert texts(text, d)[0] == "The ferry to the islands resumed on Monday after a week of storms, the port said."


# ---- conventions of pages laid out otherwise (session 62): every page below is hand-written --

def _one(reader, text):
    (d,) = reader.read_page(text)
    return d


def test_the_headline_is_the_line_the_text_follows_not_the_sites_furniture_over_it(reader):
    text = page("""
        Portal Front Page
        Search the web
        Politics > Housing
        Harbour district approves new tram line
        Ana Ruiz
        Thu, May 8, 2031 at 7:05 AM GMT+2 · 3 min read
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
        Construction will start next spring and take three years.
    """)
    d = _one(reader, text)
    assert d.headline == "Harbour district approves new tram line"
    assert d.published == dt.date(2031, 5, 8)
    assert texts(text, d)[0].startswith("The harbour district approved")


def test_a_short_sentence_case_headline_keeps_its_place_over_a_standfirst(reader):
    text = page("""
        Tram line approved
        Officials say the work will take three years
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).headline == "Tram line approved"


def test_a_masthead_names_the_site_and_its_newsroom_the_outlet(reader):
    text = page("""
        The Japan Times
        Harbour district approves new tram line
        Jun 5, 2031
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet, d.published) == ("Harbour district approves new tram line", "Japan Times", dt.date(2031, 6, 5))


def test_bylines_names_and_contact_lines_are_not_text(reader):
    text = page("""
        NORLAND DAILY
        Local
        Harbour district approves new tram line
        Ana Ruiz Staff Writer
        Jun 5, 2031 Updated Jun 6, 2031
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
        Construction will start next spring and take three years.
        Ana Ruiz can be reached at aruiz@norlanddaily.example.
    """)
    d = _one(reader, text)
    assert d.headline == "Harbour district approves new tram line" and d.published == dt.date(2031, 6, 5)
    assert texts(text, d) == [
        "The harbour district approved a new tram line on Wednesday after two years of debate, officials said.",
        "Construction will start next spring and take three years.",
    ]


@pytest.mark.parametrize("top, first, between, second", [
    ("Top Stories", "Kyodo News · 3h ago", "", "Reuters · 5h ago"),       # an app's listing: the outlet and the time on one line
    ("", "Kyodo News\n1d", "Sponsored Content", "Reuters\n2d"),          # a bare time under the outlet's name
])
def test_an_app_listing_announces_each_article_under_its_outlets_name(reader, top, first, between, second):
    lines = [top, *first.split("\n"), "Port authority loses appeal over harbour expansion",
             "A court on Thursday upheld a ban on expanding the harbour, rejecting an appeal by the port authority.",
             between, *second.split("\n"), "Bus drivers end strike after pay deal",
             "Bus drivers ended a two-day strike on Thursday after unions accepted a pay offer."]
    text = "\n".join(ln for ln in lines if ln) + "\n"
    drafts = reader.read_page(text)
    assert [(d.headline, d.outlet) for d in drafts] == [
        ("Port authority loses appeal over harbour expansion", "Kyodo"),
        ("Bus drivers end strike after pay deal", "Reuters"),
    ]
    assert texts(text, drafts[0]) == [
        "A court on Thursday upheld a ban on expanding the harbour, rejecting an appeal by the port authority."]


def test_a_byline_with_a_bare_time_opens_the_article_and_is_not_its_headline(reader):
    text = page("""
        Story by Ana Ruiz • 18h
        Ferry operator adds winter sailings
        The island ferry operator will add four winter sailings a week from December, its director said.
    """)
    assert _one(reader, text).headline == "Ferry operator adds winter sailings"


def test_headlines_with_bylines_split_a_page_into_articles(reader):
    text = page("""
        Evening Wire
        Central Bank Holds Rates Steady
        By Ana Ruiz | Reuters | May 8, 2031 5:32 AM UTC
        The central bank kept its main interest rate at 2.5 percent on Thursday, saying inflation was easing.
        ---
        Floods Cut Off Mountain Villages
        By Tom Vance | AFP | May 7, 2031 11:02 PM UTC
        Floods cut off a dozen mountain villages on Wednesday after three days of heavy rain, officials said.
    """)
    drafts = reader.read_page(text)
    assert [(d.headline, d.outlet, d.published) for d in drafts] == [
        ("Central Bank Holds Rates Steady", "Reuters", dt.date(2031, 5, 8)),
        ("Floods Cut Off Mountain Villages", "AFP", dt.date(2031, 5, 7)),
    ]


def test_a_names_line_under_the_headline_splits_nothing(reader):
    text = page("""
        Harbour district approves new tram line

        Ana Ruiz, Tom Vance and Lia Chen

        NORLAND DAILY

        PORT ELLIS -- The harbour district approved a new tram line on Wednesday after two years of debate.
    """)
    d = _one(reader, text)
    assert d.headline == "Harbour district approves new tram line"
    assert texts(text, d) == ["The harbour district approved a new tram line on Wednesday after two years of debate."]


@pytest.mark.parametrize("credit, outlet", [
    ("Associated Press", "AP"),                                  # the outlet alone on a line
    ("Ana Ruiz reports from Port Ellis for AFP.", "AFP"),        # a correspondent's end credit
    ("Ana Ruiz | Reuters", "Reuters"),                           # a byline's fields
])
def test_credits_on_lines_of_their_own_name_the_outlet(reader, credit, outlet):
    text = page(f"""
        Harbour district approves new tram line
        {credit}
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert d.outlet == outlet and credit not in " ".join(texts(text, d))


def test_a_posted_line_with_its_date_first_dates_the_article(reader):
    text = page("""
        Home » Business » Transport
        Harbour district approves new tram line
        May 8, 2031 by Ana Ruiz in Business
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.published) == ("Harbour district approves new tram line", dt.date(2031, 5, 8))


def test_a_bare_credit_in_brackets_opening_the_text_is_cut(reader):
    text = page("""
        Tanker runs aground off the coast
        (CNN) — A tanker ran aground off the northern coast on Sunday, the coast guard said.
    """)
    d = _one(reader, text)
    assert d.outlet == "CNN" and texts(text, d) == ["A tanker ran aground off the northern coast on Sunday, the coast guard said."]


def test_a_readers_buttons_and_notes_in_the_text_are_furniture(reader):
    text = page("""
        Gift this article
        Listen to this article
        Save
        Harbour district approves new tram line
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
        Story continues below advertisement
        Construction will start next spring and take three years.
        Our Standards: The Norland Daily Trust Principles.
    """)
    d = _one(reader, text)
    assert d.headline == "Harbour district approves new tram line"
    assert texts(text, d) == [
        "The harbour district approved a new tram line on Wednesday after two years of debate, officials said.",
        "Construction will start next spring and take three years.",
    ]


def test_a_copyright_line_without_its_sign_credits_a_known_outlet(reader):
    text = page("""
        TRAM LINE APPROVED
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
        Copyright 2031 Kyodo News
    """)
    assert _one(reader, text).outlet == "Kyodo"


def test_a_date_line_under_key_points_dates_the_article_when_nothing_above_does(reader):
    text = page("""
        Harbour district approves new tram line
        Key points:
        The harbour district approved a new tram line on Wednesday after two years of debate.
        Ana Ruiz, AFP
        May 8, 2031
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.outlet, d.published) == ("AFP", dt.date(2031, 5, 8))


def test_a_page_wrapped_at_a_fixed_width_reads_each_paragraph_whole(reader):
    text = page("""
        Storm damages harbour walls

        A storm damaged large sections of the harbour walls on Monday
        night, forcing the port to close for at least two days, officials
        said. Engineers began inspecting the walls on Tuesday. Repairs
        could take weeks, the port authority said.

        Ferries were moved to the
        North Quay until the walls are repaired.
    """)
    d = _one(reader, text)
    assert [t.replace("\n", " ") for t in texts(text, d)] == [
        "A storm damaged large sections of the harbour walls on Monday night, forcing the port to close for at "
        "least two days, officials said. Engineers began inspecting the walls on Tuesday. Repairs could take "
        "weeks, the port authority said.",
        "Ferries were moved to the North Quay until the walls are repaired.",
    ]


def test_lines_of_a_page_not_wrapped_stay_paragraphs_of_their_own(reader):
    text = page("""
        Harbour district approves new tram line
        Officials say the work will take three years
        The harbour district approved a new tram line on Wednesday after two years of debate.
        Construction will start next spring, officials said

        according to the plan the board published.
    """)
    assert len(_one(reader, text).paragraphs) == 4  # a blank line ends a paragraph, however it ends


def test_a_credit_in_brackets_after_the_last_sentence_is_cut_not_the_sentence(reader):
    text = page("""
        Copper prices hit two-month high
        LONDON (Reuters) - Copper prices rose to a two-month high on Tuesday, traders said.
        Benchmark copper gained 1.2 percent to $9,850 a tonne. (Reporting by Ana Ruiz; Editing by Tom Vance)
    """)
    d = _one(reader, text)
    assert texts(text, d)[-1] == "Benchmark copper gained 1.2 percent to $9,850 a tonne."


@pytest.mark.parametrize("credit, outlet, published", [
    ("May 8, 2031 (Mainichi Japan)", "The Mainichi", dt.date(2031, 5, 8)),  # a date with the outlet in brackets
    ("ANA RUIZ, Nikkei staff writer", "Nikkei", None),                        # a byline naming the outlet
    ("This article originally appeared on Kyodo News.", "Kyodo", None),       # the copy's first home
])
def test_credit_lines_of_bylines_and_dates_name_the_outlet(reader, credit, outlet, published):
    text = page(f"""
        Harbour district approves new tram line
        {credit}
        PORT ELLIS -- The harbour district approved a new tram line on Wednesday after two years of debate.
    """)
    d = _one(reader, text)
    assert (d.outlet, d.published) == (outlet, published) and credit not in " ".join(texts(text, d))


def test_a_wires_dateline_credit_without_a_dash_and_a_syndicated_feeds_note(reader):
    text = page("""
        Desk News | Port Ellis | Updated: 08-05-2031 14:25 IST
        Harbour district approves new tram line
        Port Ellis, May 8 (IANS) The harbour district approved a new tram line on Wednesday after two years of debate.
        (This story has not been edited by Desk News staff and is auto-generated from a syndicated feed.)
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet, d.published) == ("Harbour district approves new tram line", "IANS", dt.date(2031, 5, 8))
    assert texts(text, d) == ["The harbour district approved a new tram line on Wednesday after two years of debate."]


def test_an_agency_heading_a_line_of_fields_credits_and_dates_the_article(reader):
    text = page("""
        Harbour district approves new tram line
        Press Trust of India  |  Port Ellis  Last Updated at May 8, 2031 14:25 IST
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.outlet, d.published) == ("PTI", dt.date(2031, 5, 8)) and len(d.paragraphs) == 1


def test_a_headline_with_its_sites_name_after_it_gives_both(reader):
    text = page("""
        Harbour district approves new tram line - Kyodo News
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet) == ("Harbour district approves new tram line", "Kyodo")
    text = page("""
        Harbour district approves tram line - and a new bus route
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).headline == "Harbour district approves tram line - and a new bus route"


def test_an_address_on_an_outlets_own_site_names_it_when_nothing_else_does(reader):
    text = page("""
        Harbour district approves new tram line
        By ANA RUIZ [ruiz.ana@joongang.co.kr]
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).outlet == "Korea JoongAng Daily"
    credited = text.replace("officials said.", "officials said.\n(Reuters) - Trams will run from 2033.")
    assert _one(reader, credited).outlet == "Reuters"  # a credit outranks an address


def test_a_web_domain_names_the_outlet_whose_site_it_is_and_no_other():
    reg = load_registry(None)
    assert reg.by_domain("www.kyodonews.net").name == "Kyodo"
    assert reg.by_domain("english.kyodonews.net").name == "Kyodo"
    assert reg.by_domain("notkyodonews.net") is None and reg.by_domain("example.com") is None


# ---- session 63: blind set O (examples/layouts 71 to 76) ------------------------------------

def test_a_menu_of_items_set_apart_by_wide_gaps_is_furniture_not_the_headline(reader):
    text = page("""
        Valley Ledger
        News
        Top Stories   Region   World   Business   Sport
        Harbour district approves new tram line
        May 8, 2031 10:21 GMT
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).headline == "Harbour district approves new tram line"
    assert reader.rules.is_furniture("Top Stories\tRegion\tWorld")
    # two spaces in a line of text, or two items, are no menu
    assert not reader.rules.is_furniture("Tram line approved.  Work starts in May")
    assert not reader.rules.is_furniture("Top Stories   Region")


def test_a_line_over_the_masthead_is_the_sites_tagline_whatever_its_length(reader):
    text = page("""
        Skip to main content
        Exclusive news, data and analytics for harbour professionals
        Reuters
        World
        Port to raise grain quota, sources say
        By Jane Roe
        May 8, 2031 4:31 PM GMT
        The port will raise its quota for grain shipments by 2 million tons this year after a record harvest, two sources said on Friday.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet) == ("Port to raise grain quota, sources say", "Reuters")


def test_a_headline_with_a_known_sites_name_after_a_bar_is_no_byline(reader):
    text = page("""
        Harbour district approves new tram line | Business Standard
        Last Updated : May 8 2031 | 10:20 PM IST
        Port Alma, May 8 (IANS) The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
        (Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet, d.published) == ("Harbour district approves new tram line", "IANS", dt.date(2031, 5, 8))
    assert not any("reworked" in text[s:e] for s, e in d.paragraphs)
    # a byline of a name and the outlet still credits it
    assert reader._credit_line("Jane Roe | Business Standard")


# ---- session 63: blind set P (examples/layouts 77 to 81) ------------------------------------

def test_a_bylines_label_before_by_credits_a_known_outlet_and_heads_no_article(reader):
    text = page("""
        France 24
        Europe
        Farmers block the ring road over fuel prices
        Issued on: 14/09/2031 - 18:42 Modified: 14/09/2031 - 20:10
        Tractors drove onto the ring road on Sunday. © Jane Roe, AFP
        Text by: FRANCE 24
        3 min
        Farmers blocked the main roads around the capital on Sunday to protest against a rise in diesel prices, police said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet, d.published) == ("Farmers block the ring road over fuel prices", "France 24", dt.date(2031, 9, 14))
    assert texts(text, d)[0].startswith("Farmers blocked")  # the caption and its credit are not text


def test_a_line_of_fields_apart_by_slashes_dates_the_article_and_a_slash_breadcrumb_is_no_headline(reader):
    text = page("""
        TOI
        News / Region News / Floods cut off 40 villages in the valley
        Floods cut off 40 villages in the valley
        News Desk / TIMESOFINDIA.COM / Updated: Sep 15, 2031, 10:12 IST
        Floods have cut off 40 villages in the valley after two days of heavy rain, officials said on Monday.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet, d.published) == ("Floods cut off 40 villages in the valley", "Times of India", dt.date(2031, 9, 15))


@pytest.mark.parametrize("line", ["Why you can trust SCMP", "Join ST's WhatsApp Channel and get the latest news and must-reads.",
                                  "Follow us on Telegram", "3 min"])
def test_a_sites_notes_and_a_reading_time_alone_are_furniture(reader, line):
    assert reader.rules.is_furniture(line)


def test_a_reading_time_alone_announces_no_article_but_a_bare_hour_still_does(reader):
    assert not reader.rules.relative_time.match("3 min")
    assert reader.rules.relative_time.match("18h") and reader.rules.relative_time.match("1d")


# ---- session 64: blind set R (examples/layouts 86 to 90) ------------------------------------

def test_a_menu_of_four_items_two_spaces_apart_is_furniture_not_the_headline(reader):
    text = page("""
        Valley Ledger
        Region  World  Business  Sport  Opinion
        Harbour district approves new tram line
        May 8, 2031 10:21 GMT
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).headline == "Harbour district approves new tram line"
    # two spaces between sentences, or three items, are no menu
    assert not reader.rules.is_furniture("Tram line approved.  Work starts in May.  Fares stay")
    assert not reader.rules.is_furniture("Region  World  Business")


def test_a_newspapers_tagline_under_its_masthead_is_furniture_not_the_headline(reader):
    text = page("""
        The Mainichi
        Norland's National Daily Since 1899
        Harbour district approves new tram line
        May 8, 2031
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet) == ("Harbour district approves new tram line", "The Mainichi")
    assert reader.rules.is_furniture("The Nation's Oldest Daily, Est. 1851")
    assert not reader.rules.is_furniture("Worst daily rainfall since 1998")


@pytest.mark.parametrize("masthead, outlet", [("The Norland Post", "The Norland Post"), ("VALLEY NEWS", "Valley News")])
def test_the_masthead_of_an_outlet_the_data_does_not_know_names_the_outlet(reader, masthead, outlet):
    text = page(f"""
        {masthead}
        Region
        Harbour district approves new tram line
        May 8, 2031 10:21
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    d = _one(reader, text)
    assert (d.headline, d.outlet) == ("Harbour district approves new tram line", outlet)


@pytest.mark.parametrize("first", ["Breaking News", "Mayor Rebukes Post"])
def test_a_section_or_a_headline_that_ends_on_a_newspapers_noun_names_no_outlet(reader, first):
    text = page(f"""
        {first}
        By Jane Roe
        May 8, 2031 10:21
        The harbour district approved a new tram line on Wednesday after two years of debate, officials said.
    """)
    assert _one(reader, text).outlet is None
