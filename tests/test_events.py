"""Events and statement dates on the user's article (sentences quoted from it)."""

from __future__ import annotations

from datetime import date

from whosaid.models import Article, Span, Statement
from whosaid.pipeline import events_and_dates

TEXT = (
    "President Vladimir Putin said Thursday that he may be open to some elements of a new "
    "U.S. plan to end the war in Ukraine.\n\n"
    "\u201cUkrainian forces will have to leave the territories they currently occupy, and then "
    "the fighting will stop,\u201d Putin told reporters during a press conference in Kyrgyzstan.\n\n"
    "His comments come amid a renewed burst of diplomacy triggered by last week\u2019s leak of a "
    "28-point peace plan drafted by the Trump administration.\n\n"
    "Putin echoed that stance at the press conference on Thursday as he denied that Russian "
    "officials played an active role in crafting the original U.S. document following his "
    "summit with President Donald Trump in Alaska in August.\n\n"
    "Trump\u2019s special envoy Steve Witkoff is scheduled to travel with a delegation to Moscow "
    "next week to meet with Putin and discuss the revised peace proposal that U.S. and "
    "Ukrainian officials developed over the weekend in Geneva, Switzerland."
)


def _statement(cue: str, content: str) -> Statement:
    c, q = TEXT.index(cue), TEXT.index(content)
    s = Statement(kind="direct", content=[Span.of(TEXT, q, q + len(content))],
                  cue=[Span.of(TEXT, c, c + len(cue))])
    s.speaker.name = "Vladimir Putin"
    return s


def _article(nlp) -> Article:
    article = Article(id="t", text=TEXT, published=date(2025, 11, 27), statements=[
        _statement("said", "that he may be open"),
        _statement("told", "Ukrainian forces will have to leave"),
    ])
    events_and_dates(article, nlp(TEXT))
    return article


def test_statements_dated(nlp):
    lede, quote = _article(nlp).statements
    assert (lede.date, lede.date_precision, lede.date_span[0].text) == (
        date(2025, 11, 27), "day", "Thursday")
    # The quote's sentence names the press conference, which the text dates to Thursday.
    assert (quote.date, quote.date_precision) == (date(2025, 11, 27), "day")


def test_events(nlp):
    events = {e.type: e for e in _article(nlp).events}
    conf = events["press conference"]
    assert (conf.date, conf.place, conf.status) == (date(2025, 11, 27), "Kyrgyzstan", "happened")
    summit = events["summit"]
    assert (summit.date, summit.date_end, summit.date_precision, summit.place) == (
        date(2025, 8, 1), date(2025, 8, 31), "month", "Alaska")
    assert "Vladimir Putin" in summit.participants and "Donald Trump" in summit.participants
    talks = events["talks"]
    assert (talks.date, talks.date_end, talks.place) == (
        date(2025, 11, 22), date(2025, 11, 23), "Geneva")
    trip = events["trip"]
    assert (trip.date, trip.date_end, trip.status, trip.place) == (
        date(2025, 12, 1), date(2025, 12, 7), "scheduled", "Moscow")
    assert trip.participants[:2] == ["Steve Witkoff", "Vladimir Putin"]
    leak = events["leak"]
    assert (leak.date, leak.date_end, leak.date_precision) == (
        date(2025, 11, 17), date(2025, 11, 23), "week")


def test_no_published_date_leaves_dates_empty(nlp):
    article = _article(nlp)
    article.published = None
    for s in article.statements:
        s.date = None
    events_and_dates(article, nlp(TEXT))
    assert all(s.date is None for s in article.statements)
