"""Scoring statement dates on labelled sentences: the library behind ``whosaid eval-dates``."""

from __future__ import annotations

from datetime import date, datetime

from whosaid.models import Article, Span, Statement
from whosaid.pipeline import events_and_dates


def score_dates(cases: list[dict], nlp) -> dict[str, dict[str, float]]:
    """Accuracy of three resolvers on labelled cases (see `whosaid eval-dates`): the
    published date alone, dateparser's first find in the sentence, and ours. ``date`` counts
    an exact start and end; ``precision`` the precision label."""
    from dateparser.search import search_dates

    hits = {name: {"date": 0, "precision": 0} for name in ("published", "dateparser", "whosaid")}
    for case in cases:
        pub = date.fromisoformat(case["published"])
        gold = (date.fromisoformat(case["date"]), date.fromisoformat(case["date_end"]),
                case["precision"])
        found = search_dates(case["sentence"], languages=["en"], settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day)})
        naive = (found[0][1].date(),) * 2 + ("day",) if found else (pub, pub, "published")
        ours = _date_case(case, pub, nlp)
        for name, got in (("published", (pub, pub, "published")), ("dateparser", naive),
                          ("whosaid", ours)):
            hits[name]["date"] += got[:2] == gold[:2]
            hits[name]["precision"] += got[2] == gold[2]
    n = max(len(cases), 1)
    return {name: {k: v / n for k, v in h.items()} for name, h in hits.items()}


def _date_case(case: dict, pub: date, nlp) -> tuple[date | None, date | None, str | None]:
    text = case["sentence"]
    cue, content = text.find(case["cue"]), text.find(case["content"])
    statement = Statement(
        kind="indirect",
        cue=[Span.of(text, cue, cue + len(case["cue"]))] if cue >= 0 else [],
        content=[Span.of(text, content, content + len(case["content"]))] if content >= 0 else [],
    )
    article = Article(id="case", text=text, published=pub, statements=[statement])
    events_and_dates(article, nlp(text))
    return statement.date, statement.date_end, statement.date_precision
