"""Statement dates, second round (issue 15): rules for a month named relative to the
publication, a time phrase the content leaves out, a scene's speaker, a present-tense cue.
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.dates import resolve

PUB = date(2025, 11, 27)  # a Thursday


def _dated(nlp, text: str, published: date, *statements: tuple[str, str, str | None]):
    """Date the statements (cue, content, speaker phrases; speaker may be None) of one text
    the way the pipeline does, and return them in order."""
    from whosaid.models import Article, Span, Speaker, Statement
    from whosaid.pipeline import events_and_dates

    def span(phrase: str) -> Span:
        at = text.index(phrase)
        return Span.of(text, at, at + len(phrase))

    made = [Statement(kind="indirect", cue=[span(cue)], content=[span(content)],
                      speaker=Speaker(who, mention=[span(who)]) if who else Speaker(None))
            for cue, content, who in statements]
    events_and_dates(Article(id="t", text=text, published=published, statements=made),
                     nlp(text))
    return made


@pytest.mark.parametrize(("text", "start", "end"), [
    ("this coming March", "2026-03-01", "2026-03-31"),
    ("next March", "2026-03-01", "2026-03-31"),
    ("last March", "2025-03-01", "2025-03-31"),
    ("this past June", "2025-06-01", "2025-06-30"),
    ("last November", "2024-11-01", "2024-11-30"),  # said in November: a year before
    ("next November", "2026-11-01", "2026-11-30"),
])
def test_a_month_named_from_the_publication(text, start, end):
    r = resolve(text, PUB)
    assert (str(r.start), str(r.end), r.precision) == (start, end, "month")


def test_a_scheduled_statement_takes_its_coming_month(nlp):
    text = ("The ministry announced on Monday that the survey, whose results will be printed "
            "in a booklet this coming March, is complete.")
    s, = _dated(nlp, text, PUB, ("will be printed in a booklet", "whose results", None))
    assert (str(s.date), s.date_precision, s.date_rule, s.date_scheduled) == (
        "2026-03-01", "month", "cue", True)


@pytest.mark.parametrize(("text", "cue", "content", "day"), [
    ("Ruiz, who dropped her bid for the nomination Sept. 14, is now his running mate.",
     "dropped", "her bid for the nomination", "2025-09-14"),
    ("The senator accepted an invitation to the summit on Tuesday, aides confirmed.",
     "accepted", "an invitation to the summit", "2025-11-25"),
])
def test_a_time_phrase_the_content_leaves_out_dates_the_cue(nlp, text, cue, content, day):
    s, = _dated(nlp, text, PUB, (cue, content, None))
    assert (str(s.date), s.date_rule) == (day, "cue")


def test_a_name_inside_what_someone_said_sets_no_scene_for_that_person(nlp):
    text = ("The firm was shaken again on Friday by a report from a former aide, who wrote "
            "that Mr. Hale had misused its funds. Mr. Hale rejected the claims through a "
            "spokesman.")
    _, hale = _dated(nlp, text, PUB,
                     ("wrote", "Mr. Hale had misused its funds", "who"),
                     ("rejected", "the claims", "Mr. Hale"))
    assert (hale.date, hale.date_rule) == (PUB, "published")


def test_a_named_speaker_in_the_narration_still_sets_the_scene(nlp):
    text = ("Mr. Hale toured the flooded district on Friday. Mr. Hale promised that repairs "
            "would begin soon.")
    hale, = _dated(nlp, text, PUB, ("promised", "repairs would begin soon", "Mr. Hale"))
    assert (str(hale.date), hale.date_rule) == ("2025-11-21", "paragraph")


def test_a_present_tense_cue_is_not_dated_by_an_earlier_scene(nlp):
    text = ("Ortiz and Lamb, who met the board for a long interview last week, take over "
            "the newsletter on Monday. And they are hoping to give it a sharper edge.")
    s, = _dated(nlp, text, PUB, ("are hoping", "to give it a sharper edge", "they"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_time_phrase_on_a_noun_outside_the_content_stays_there(nlp):
    text = ("The timeline of the flood Tuesday in Riverton shows that the warning was sent "
            "by text message hours after the river rose.")
    s, = _dated(nlp, text, PUB, ("was sent by text message", "the warning", None))
    assert (s.date, s.date_rule) == (PUB, "published")
