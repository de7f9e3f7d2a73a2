"""When: find date expressions, resolve them against the published date, date each statement.

A date expression ("Thursday", "last week", "over the weekend", "in August", "Nov. 27",
"two days ago") becomes a ``Resolved`` range with a precision. Relative expressions are
resolved against ``Article.published``; the tense of the clause decides the direction
(past-tense reporting looks back, "will travel next week" looks forward).

Plain weekday/week/weekend/month rules are ours; explicit dates, years and "N ... ago" go to
dateparser with a ``RELATIVE_BASE``, and we read its *period* (day/week/month/year) rather
than the day it fills in from the base date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from whosaid.models import Article, Precision, Span, Statement

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    name: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON_FULL = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
_MON = rf"(?:{_MON_FULL}|{_MON_ABBR}|May)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_REL = r"(?:last|next|this|past|coming)"

# One pass over the text finds every candidate; alternatives are ordered longest first.
EXPRESSION = re.compile(
    "|".join([
        rf"\b(?:{_REL}\s+|earlier\s+|late\s+|early\s+)?{_WD}{_PART}?(?:,\s+{_MON}\s+\d{{1,2}}\b(?:,\s+\d{{4}})?)?",
        rf"\b{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}(?:\s+\d{{4}}\b)?",
        rf"\b(?:in|since|during|until|by|from|early|late|mid-|earlier|later)\s*(?:{_MON_FULL}|{_MON_ABBR}|May)(?:\s+\d{{4}}\b)?",
        rf"\b{_MON_FULL}\s+\d{{4}}\b",
        r"(?i:\b(?:earlier|later)\s+this\s+(?:week|month|year)\b)",
        rf"(?i:\b(?:the\s+)?{_REL}\s+(?:week|weekend|month|year)\b)",
        r"(?i:\b(?:over|during|on|at)\s+the\s+weekend\b)",
        rf"(?i:(?<!-)\b{_NUM}\s+(?:days?|weeks?|months?|years?)\s+ago\b)",
        r"(?i:\b(?:earlier\s+|later\s+)?(?:today|tonight|yesterday|tomorrow)\b)",
        rf"(?i:\b(?:this|last|yesterday|tomorrow){_PART}\b)",
        r"\b(?:in|since|during)\s+(?:19|20)\d{2}\b",
    ])
)
# dateparser is only asked about entity texts that name a calendar point, not durations.
_DATEPARSER_GATE = re.compile(rf"\bago\b|\b(?:19|20)\d{{2}}\b|{_MON}|{_WD}", re.IGNORECASE)
_FUTURE_WORDS = frozenset(
    ["will", "'ll", "shall", "would", "going", "scheduled", "schedule", "plan", "plans", "planned", "planning", "expected", "expect", "set", "due", "slated", "intend", "intends", "upcoming"]
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp"})
_FUTURE_EXPR = re.compile(r"\b(?:next|coming|later|tomorrow)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Resolved:
    """A calendar range with the precision the text gave it."""

    start: date
    end: date
    precision: Precision


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and what it resolves to."""

    span: Span
    resolved: Resolved


def week_of(day: date) -> Resolved:
    monday = day - timedelta(days=day.weekday())
    return Resolved(monday, monday + timedelta(days=6), "week")


def month_of(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return Resolved(date(year, month, 1), date(year, month, last), "month")


def _day(d: date) -> Resolved:
    return Resolved(d, d, "day")


def _weekday(name: str, pub: date, future: bool, strict: bool) -> Resolved:
    """Most recent past (or next future) such weekday; the published day's own weekday is
    the published day itself unless the text says "last"/"next" (``strict``)."""
    target = WEEKDAYS.index(name)
    if future:
        delta = (target - pub.weekday()) % 7 or (7 if strict else 0)
        return _day(pub + timedelta(days=delta))
    delta = (pub.weekday() - target) % 7 or (7 if strict else 0)
    return _day(pub - timedelta(days=delta))


def _weekend(pub: date, future: bool) -> Resolved:
    if future:
        sat = pub + timedelta(days=(5 - pub.weekday()) % 7)
    else:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
    return Resolved(sat, sat + timedelta(days=1), "weekend")


def _month_name(month: int, pub: date, future: bool) -> Resolved:
    year = pub.year
    if future and month < pub.month:
        year += 1
    elif not future and month > pub.month:
        year -= 1
    return month_of(year, month)


def _relative_unit(rel: str, unit: str, pub: date) -> Resolved:
    """"last/this/next/past week|weekend|month|year"."""
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "weekend":
        return _weekend(pub + timedelta(weeks=step), future=step >= 0)
    if unit == "week":
        return week_of(pub + timedelta(weeks=step))
    if unit == "month":
        month0 = pub.month - 1 + step
        return month_of(pub.year + month0 // 12, month0 % 12 + 1)
    year = pub.year + step
    return Resolved(date(year, 1, 1), date(year, 12, 31), "year")


_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?:(?P<rel>last|next|this|past|coming)\s+|earlier\s+|late\s+|early\s+)?"
                rf"(?P<wd>{_WD.lower()}){_PART}?", re.IGNORECASE), "weekday"),
    (re.compile(r"(?:the\s+)?(?P<rel>last|next|this|past|coming)\s+(?P<unit>week|weekend|month|year)"
                r"|(?:earlier|later)\s+(?P<rel2>this)\s+(?P<unit2>week|month|year)", re.IGNORECASE), "unit"),
    (re.compile(r"(?:over|during|on|at)\s+the\s+weekend", re.IGNORECASE), "weekend"),
    (re.compile(r"(?:earlier\s+|later\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
                rf"|(?P<word2>this|last|yesterday|tomorrow){_PART}", re.IGNORECASE), "deictic"),
    (re.compile(r"(?:in|since|during|until|by|from|early|late|mid-|earlier|later)\s*"
                r"(?P<mon>[a-z]+)\.?", re.IGNORECASE), "month"),
]
_DEICTIC = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def _by_rule(text: str, pub: date, future: bool) -> Resolved | None:
    for pattern, kind in _RULES:
        m = pattern.fullmatch(text)
        if not m:
            continue
        g = m.groupdict()
        if kind == "weekday":
            rel = (g["rel"] or "").lower()
            fwd = rel in ("next", "coming") or (future and rel not in ("last", "past"))
            return _weekday(g["wd"].lower(), pub, fwd, strict=rel in ("last", "next"))
        if kind == "unit":
            rel, unit = (g["rel"] or g["rel2"]).lower(), (g["unit"] or g["unit2"]).lower()
            if unit == "weekend" and rel == "this":
                return _weekend(pub, future)
            return _relative_unit(rel, unit, pub)
        if kind == "weekend":
            return _weekend(pub, future)
        if kind == "deictic":
            word = (g["word"] or g["word2"]).lower()
            return _day(pub + timedelta(days=_DEICTIC[word]))
        month = MONTHS.get(g["mon"].lower())
        if month:
            return _month_name(month, pub, future)
    return None


@lru_cache(maxsize=64)
def _parser(pub: date, future: bool):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
                  "PREFER_DATES_FROM": "future" if future else "past"},
    )


def _by_dateparser(text: str, pub: date, future: bool) -> Resolved | None:
    """Explicit dates, years, "N days ago": trust dateparser's period, not its filled-in day."""
    if not _DATEPARSER_GATE.search(text):
        return None
    text = re.sub(r"^(?:in|on|since|during|by|from|the)\s+", "", text, flags=re.IGNORECASE)
    data = _parser(pub, future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return Resolved(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    if data.period == "month":
        return month_of(day.year, day.month)
    if data.period == "week":
        return week_of(day)
    return _day(day)


@lru_cache(maxsize=8192)
def resolve(expression: str, published: date, future: bool = False) -> Resolved | None:
    """Resolve one date expression against the published date; None if it names no date.

    >>> resolve("over the weekend", date(2025, 11, 27))
    Resolved(start=datetime.date(2025, 11, 22), end=datetime.date(2025, 11, 23), precision='weekend')
    """
    text = " ".join(expression.split()).strip(" ,.'’s")
    if _FUTURE_EXPR.search(text):
        future = True
    return _by_rule(text, published, future) or _by_dateparser(text, published, future)


def is_future(doc, start: int, end: int) -> bool:
    """Does the clause governing text[start:end] look forward (will, scheduled to, plans to)?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(8):
        if token.lower_ in _FUTURE_WORDS or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_WORDS for c in token.children
        ):
            return True
        # A finite verb or a clause boundary ends the clause: tense is decided there.
        if token.tag_ in _FINITE or token.dep_ in _CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return False


def find_mentions(doc, published: date) -> list[DateMention]:
    """Every date expression in the parsed text that resolves against ``published``."""
    text = doc.text
    found: list[tuple[int, int]] = [m.span() for m in EXPRESSION.finditer(text)]
    found += [
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "DATE"
        and not any(s < ent.end_char and ent.start_char < e for s, e in found)
    ]
    mentions = []
    for start, end in sorted(found):
        resolved = resolve(text[start:end], published, is_future(doc, start, end))
        if resolved:
            mentions.append(DateMention(Span.of(text, start, end), resolved))
    return mentions


def in_range(mentions: list[DateMention], start: int, end: int) -> list[DateMention]:
    return [m for m in mentions if start <= m.span.start and m.span.end <= end]


def date_article(article: Article, doc, mentions: list[DateMention]) -> None:
    """Date every statement of an article whose events are already found (in place).

    Statements take the date expression in their own sentence nearest the cue (outside the
    quoted content), else the date of an event their sentence names ("told reporters during
    a press conference"), else the published date with precision ``published``. Without a
    published date nothing can be resolved and statements stay undated.
    """
    if article.published is None:
        return
    for statement in article.statements:
        date_statement(statement, doc, mentions, article.events, article.published)


def _anchor(statement: Statement) -> list[Span]:
    return statement.cue or statement.speaker.mention or statement.content[:1]


def date_statement(statement: Statement, doc, mentions: list[DateMention], events: list,
                   published: date) -> None:
    """Set the date fields of one statement (see ``date_article``)."""
    anchor = _anchor(statement)
    if not anchor:
        return _set(statement, Resolved(published, published, "published"), [])
    sent = doc.char_span(anchor[0].start, anchor[0].end, alignment_mode="expand")
    if sent is None:
        return _set(statement, Resolved(published, published, "published"), [])
    sent = sent.sent
    outside = [
        m for m in in_range(mentions, sent.start_char, sent.end_char)
        if not any(c.start <= m.span.start < c.end for c in statement.content)
    ]
    if outside:
        best = min(outside, key=lambda m: abs(m.span.start - anchor[0].start))
        return _set(statement, best.resolved, [best.span])
    for event in events:
        if event.date and any(sent.start_char <= s.start < sent.end_char for s in event.span):
            return _set(statement, Resolved(event.date, event.date_end, event.date_precision),
                        event.date_span)
    return _set(statement, Resolved(published, published, "published"), [])


def _set(statement: Statement, resolved: Resolved, spans: list[Span]) -> None:
    statement.date, statement.date_end = resolved.start, resolved.end
    statement.date_precision = resolved.precision
    statement.date_span = list(spans)
