import datetime as dt

import pytest

from crosscheck.ingest import dates


@pytest.mark.parametrize(
    "line, expected",
    [
        ("15:46 JST, June 18, 2025", dt.date(2025, 6, 18)),
        ("Updated: August 24, 2025 08:40 IST", dt.date(2025, 8, 24)),
        ("Jun 18, 2025 19:45 (JST)", dt.date(2025, 6, 18)),
        ("Published 3 March 2024", dt.date(2024, 3, 3)),
        ("2024-11-05T10:00:00Z", dt.date(2024, 11, 5)),
        ("Tuesday, Sept. 9, 2025, 7:30 a.m.", dt.date(2025, 9, 9)),
        ("25/12/2023", dt.date(2023, 12, 25)),  # 25 cannot be a month
        ("Monday 4 March 2024 09.15 GMT", dt.date(2024, 3, 4)),  # a time written with a dot
    ],
)
def test_date_lines_are_read(line, expected):
    assert dates.is_date_line(line)
    (m,) = dates.find_dates(line)
    assert dates.resolve(m)[0] == expected


@pytest.mark.parametrize("line", ["Lee met Ishiba on June 18, 2025 in Tokyo.", "Page 2 of 3", "Feb 30, 2025"])
def test_sentences_and_impossible_dates_are_not_date_lines(line):
    assert not dates.is_date_line(line)


def test_numeric_date_with_two_readings_is_ambiguous():
    (m,) = dates.find_dates("05-08-2025")
    assert m.ambiguous
    assert set(m.readings) == {dt.date(2025, 8, 5), dt.date(2025, 5, 8)}


def test_ambiguous_date_without_evidence_stays_unresolved():
    (m,) = dates.find_dates("05-08-2025")
    value, why = dates.resolve(m, "The minister spoke to reporters.")
    assert value is None
    assert "no evidence" in why


def test_a_date_written_with_dots_is_day_first_when_nothing_else_decides():
    (m,) = dates.find_dates("04.03.2024")
    assert dates.resolve(m, "The minister spoke to reporters.")[0] == dt.date(2024, 3, 4)
    (m,) = dates.find_dates("04/03/2024")  # slashes: either way
    assert dates.resolve(m, "The minister spoke to reporters.")[0] is None


def test_weekday_in_text_resolves_day_first():
    # 5 August 2025 is a Tuesday; 8 May 2025 a Thursday.
    (m,) = dates.find_dates("05-08-2025")
    assert dates.resolve(m, "The prime minister said Tuesday that talks would go on.")[0] == dt.date(2025, 8, 5)


def test_weekday_in_text_resolves_month_first():
    # 3 April 2025 is a Thursday; 4 March 2025 a Tuesday.
    (m,) = dates.find_dates("04/03/2025")
    assert dates.resolve(m, "Officials said on Thursday the bridge would reopen.")[0] == dt.date(2025, 4, 3)


def test_past_event_after_a_reading_rules_it_out():
    (m,) = dates.find_dates("05-08-2025")
    assert dates.resolve(m, "The tariff took effect August 1.")[0] == dt.date(2025, 8, 5)


def test_site_convention_decides_when_text_is_silent():
    (m,) = dates.find_dates("05-08-2025")
    assert dates.resolve(m, "", date_order="DMY")[0] == dt.date(2025, 8, 5)
    assert dates.resolve(m, "", date_order="MDY")[0] == dt.date(2025, 5, 8)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Thu, May 8, 2031 at 7:05 AM GMT+2 · 3 min read", dt.date(2031, 5, 8)),  # a zone offset and a reading time
        ("Published 9:14 a.m. ET Oct. 2, 2030 | Updated 11:40 a.m. ET Oct. 3, 2030", dt.date(2030, 10, 2)),
        ("Updated Oct. 3, 2030 | Published Oct. 2, 2030", dt.date(2030, 10, 2)),  # the publication first
        ("October 2, 2030 4:12 PM UTC Updated 5 hours ago", dt.date(2030, 10, 2)),
    ],
)
def test_date_lines_with_more_than_one_date_or_a_reading_time_give_the_publication(line, expected):
    assert dates.is_date_line(line)
    assert dates.resolve(dates.line_dates(line)[0])[0] == expected


@pytest.mark.parametrize("line", ["The vote was held on Oct. 2, 2030 and again on Oct. 9, 2030.",
                                  "Oct. 2, 2030 by Ana Ruiz in Business"])
def test_lines_with_dates_and_words_are_not_date_lines(line):
    assert not dates.is_date_line(line)
