"""Date resolution: relative expressions against the published date, tense, precision."""

from __future__ import annotations

import json
from datetime import date

import pytest

from whosaid.dates import resolve
from whosaid.eval.dates import score_dates

PUB = date(2025, 11, 27)  # a Thursday


@pytest.mark.parametrize(("text", "future", "start", "end", "precision"), [
    ("Thursday", False, "2025-11-27", "2025-11-27", "day"),
    ("on Sunday", False, "2025-11-23", "2025-11-23", "day"),
    ("last Thursday", False, "2025-11-20", "2025-11-20", "day"),
    ("Monday", True, "2025-12-01", "2025-12-01", "day"),
    ("last week", False, "2025-11-17", "2025-11-23", "week"),
    ("next week", False, "2025-12-01", "2025-12-07", "week"),
    ("over the weekend", False, "2025-11-22", "2025-11-23", "weekend"),
    ("over the weekend", True, "2025-11-29", "2025-11-30", "weekend"),
    ("in August", False, "2025-08-01", "2025-08-31", "month"),
    ("in March", True, "2026-03-01", "2026-03-31", "month"),
    ("earlier this month", False, "2025-11-01", "2025-11-30", "month"),
    ("two days ago", False, "2025-11-25", "2025-11-25", "day"),
    ("Nov. 27", False, "2025-11-27", "2025-11-27", "day"),
    ("27 November", False, "2025-11-27", "2025-11-27", "day"),
    ("in 2014", False, "2014-01-01", "2014-12-31", "year"),
])
def test_resolve(text, future, start, end, precision):
    r = resolve(text, PUB, future)
    assert (str(r.start), str(r.end), r.precision) == (start, end, precision)


def test_durations_are_not_dates():
    assert resolve("four years", PUB) is None


def test_labelled_set_accuracy(nlp):
    from conftest import REPO

    with open(REPO / "tests" / "data" / "dates.jsonl", encoding="utf-8") as f:
        cases = [json.loads(line) for line in f]
    assert len(cases) >= 150
    scores = score_dates(cases[-20:], nlp)  # the hand-written cases: fast, all must hold
    assert scores["whosaid"]["date"] >= 0.95


def _dated(nlp, text: str, published: date, cue: str, content: str):
    """Date one statement (cue and content given as phrases) the way the pipeline does."""
    from whosaid.models import Article, Span, Statement
    from whosaid.pipeline import events_and_dates

    c, k = text.index(cue), text.index(content)
    statement = Statement(kind="indirect", cue=[Span.of(text, c, c + len(cue))],
                          content=[Span.of(text, k, k + len(content))])
    events_and_dates(Article(id="t", text=text, published=published, statements=[statement]),
                     nlp(text))
    return statement


def test_a_time_phrase_inside_the_content_never_dates_the_statement(nlp):
    text = "The Kremlin said the envoy will arrive on Tuesday."
    s = _dated(nlp, text, PUB, "said", "the envoy will arrive on Tuesday")
    assert (s.date, s.date_rule, s.date_scheduled) == (PUB, "published", False)
    assert [(m.span.text, str(m.date)) for m in s.mentioned_dates] == [("Tuesday", "2025-12-02")]


def test_the_cue_phrase_dates_the_statement_with_its_evidence(nlp):
    text = "Putin told reporters on Thursday that the plan could work."
    s = _dated(nlp, text, PUB, "told", "the plan could work")
    assert (str(s.date), s.date_precision, s.date_rule) == ("2025-11-27", "day", "cue")
    assert [(d.start, d.text) for d in s.date_span] == [(text.index("on Thursday") + 3, "Thursday")]


def test_a_past_statement_is_never_dated_after_publication(nlp):
    text = "Kallas expressed the hope that it would be approved soon, as leaders meet Thursday."
    s = _dated(nlp, text, date(2025, 10, 20), "expressed the hope", "it would be approved soon")
    assert s.date <= date(2025, 10, 20) and not s.date_scheduled


def test_a_future_cue_is_scheduled(nlp):
    text = "Putin will speak on Monday about the plan."
    s = _dated(nlp, text, PUB, "will speak", "the plan")
    assert (str(s.date), s.date_rule, s.date_scheduled) == ("2025-12-01", "cue", True)


def test_a_dateline_dates_what_the_text_leaves_undated(nlp):
    text = "MOSCOW, November 25. /TASS/. The plan is chaos, Peskov told reporters."
    s = _dated(nlp, text, date(2025, 11, 26), "told", "The plan is chaos")
    assert (str(s.date), s.date_rule) == ("2025-11-25", "dateline")


def _dated_with(nlp, text: str, published: date, cue: str, content: str, speaker: str):
    """As ``_dated``, with the speaker's mention given as a phrase."""
    from whosaid.models import Article, Span, Speaker, Statement
    from whosaid.pipeline import events_and_dates

    c, k, m = text.index(cue), text.index(content), text.index(speaker)
    statement = Statement(kind="indirect", cue=[Span.of(text, c, c + len(cue))],
                          content=[Span.of(text, k, k + len(content))],
                          speaker=Speaker(speaker, mention=[Span.of(text, m, m + len(speaker))]))
    events_and_dates(Article(id="t", text=text, published=published, statements=[statement]),
                     nlp(text))
    return statement


def test_a_programme_name_is_not_a_date(nlp):
    text = "Clinton said on ABC’s “This Week” on Sunday that the strategy needs work."
    s = _dated(nlp, text, PUB, "said", "the strategy needs work")
    assert (str(s.date), s.date_rule, [d.text for d in s.date_span]) == (
        "2025-11-23", "cue", ["Sunday"])


def test_a_present_tense_cue_takes_no_date_from_the_clause_above(nlp):
    text = ("Fiorina delivered two paid speeches in October, though her financial disclosure "
            "suggests she diverted the fees to charity.")
    s = _dated(nlp, text, PUB, "suggests", "she diverted the fees to charity")
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_document_that_speaks_is_dated_by_its_own_phrase(nlp):
    text = "The report published Tuesday showed that most of the meetings were with donors."
    s = _dated_with(nlp, text, PUB, "showed", "most of the meetings were with donors",
                    "The report published Tuesday")
    assert (str(s.date), s.date_rule) == ("2025-11-25", "cue")


def test_a_person_is_not_dated_by_what_describes_them(nlp):
    text = ("“It is not going to be easy,” said Representative Peter King, who endorsed "
            "Rubio on Tuesday.")
    s = _dated_with(nlp, text, PUB, "said", "It is not going to be easy",
                    "Representative Peter King")
    assert (s.date, s.date_rule) == (PUB, "published")


def test_the_paragraph_before_can_set_the_scene_for_its_speaker(nlp):
    text = ("The Chinese finance minister jabbed back on Monday at complaints from Washington."
            "\n\nThe finance minister, Lou Jiwei, suggested that officials should curb their "
            "complaints.")
    s = _dated_with(nlp, text, PUB, "suggested", "officials should curb their complaints",
                    "The finance minister, Lou Jiwei")
    assert (str(s.date), s.date_rule) == ("2025-11-24", "paragraph")


def test_statement_set_is_valid():
    import subprocess
    import sys

    from conftest import REPO

    assert subprocess.run([sys.executable, str(REPO / "evalsets" / "dates" / "check.py")],
                          check=False, capture_output=True).returncode == 0


def test_new_date_fields_round_trip():
    from whosaid.models import (
        MentionedDate,
        Span,
        Statement,
        statement_from_dict,
        statement_to_dict,
    )

    s = Statement(kind="direct", content=[Span(0, 3, "abc")], date=PUB, date_end=PUB,
                  date_precision="day", date_rule="cue", date_scheduled=True,
                  mentioned_dates=[MentionedDate(Span(4, 11, "Tuesday"), PUB, PUB, "day")])
    d = statement_to_dict(s)
    assert {"date", "date_end", "date_precision", "date_span"} <= set(d)
    assert statement_from_dict(d) == s
