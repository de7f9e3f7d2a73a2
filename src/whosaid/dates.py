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
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from whosaid.models import Article, MentionedDate, Precision, Span, Statement

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
        rf"\b(?:(?:this\s+)?(?:coming|past)|last|next|this)\s+(?:{_MON_FULL}|May)\b",
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


def _month_name(month: int, pub: date, future: bool, rel: str = "") -> Resolved:
    """The month of that name nearest the published date, looking back (or forward, if
    ``future``); "last"/"past" and "next"/"coming" skip the published month itself ("last
    August", said in August, is a year before)."""
    if rel in ("last", "past", "next", "coming"):
        future = rel in ("next", "coming")
        if month == pub.month:
            return month_of(pub.year + (1 if future else -1), month)
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
    (re.compile(r"(?:this\s+)?(?P<rel>coming|past|last|next|this)\s+(?P<mon>[a-z]+)",
                re.IGNORECASE), "month"),
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
            return _month_name(month, pub, future, (g.get("rel") or "").lower())
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


_SHOW = re.compile(r"(?:This|Last|Next|Today|Tonight|Tomorrow|Yesterday)\b")


def _is_show(text: str, start: int, end: int) -> bool:
    """A capitalised deictic in quotation marks or after a possessive is a programme's name,
    not a date: ABC's “This Week”, NBC's Today show."""
    if not _SHOW.match(text, start):
        return False
    quoted = text[start - 1:start] in ("“", '"', "‘") and text[end:end + 1] in ("”", '"', "’")
    return quoted or text[max(start - 3, 0):start] in ("’s ", "'s ")


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
        if _is_show(text, start, end):
            continue
        resolved = resolve(text[start:end], published, is_future(doc, start, end))
        if resolved:
            mentions.append(DateMention(Span.of(text, start, end), resolved))
    return mentions


def in_range(mentions: list[DateMention], start: int, end: int) -> list[DateMention]:
    return [m for m in mentions if start <= m.span.start and m.span.end <= end]


def date_article(article: Article, doc, mentions: list[DateMention]) -> None:
    """Date every statement of an article whose events are already found (in place).

    The date is that of the speech act, never of what was said. In order: a time phrase
    attached to the cue ("said Friday", "told reporters on Thursday", "Speaking to the BBC
    this morning, …"), an event the cue's sentence names outside the content, the date of the
    same speaker's statement just before (or of the question a reply answers; for a headline,
    of the body statement it quotes or restates; or of a following "said this on …" or "He was
    speaking Wednesday …"), a scene, the dateline, the published date (see ``_borrow``).
    Headlines are dated after the body. Time phrases inside the content go to
    ``mentioned_dates``. A statement whose cue is not future is never dated after
    publication; one whose cue is ("will say") is marked ``date_scheduled``. Without a
    published date nothing can be resolved and statements stay undated.
    """
    if article.published is None:
        return
    context = _Context(article, article.published, doc, mentions)
    for statement in sorted(article.statements, key=lambda s: _anchor_start(s)):
        date_statement(statement, context)
    # A headline takes the date its body gives the act it summarises, so the body's statements
    # borrow theirs first (a lead's quote dated by its scene dates the title).
    headlines = _headline_paragraphs(article.text)
    for statement in sorted(article.statements, key=lambda s: (
            context.paragraph(_anchor_start(s)) < headlines, _anchor_start(s))):
        if statement.date_rule == "published":
            _borrow(statement, context)


class _Context:
    """What dating one statement needs to know about its article."""

    def __init__(self, article: Article, published: date, doc,
                 mentions: list[DateMention]) -> None:
        self.article, self.doc, self.mentions = article, doc, mentions
        self.published = published
        text = article.text
        self.paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)] or [0]
        self.dateline = _dateline(text, self.published)
        self.dateline_day = _dateline_day(text)

    def paragraph(self, offset: int) -> int:
        return max(bisect_right(self.paragraphs, offset) - 1, 0)

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        start = self.paragraphs[self.paragraph(offset)]
        end = self.article.text.find("\n", start)
        return start, len(self.article.text) if end < 0 else end


_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'\- ]{{2,}}(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)*,\s+(?P<day>{_MON}\s+\d{{1,2}})\b")


def _dateline_day(text: str) -> Span | None:
    """The day of a dateline, "MOSCOW, November 25. /TASS/." or "HEMPSTEAD, N.Y., Sept. 26
    (UPI) —", at the start of one of the first paragraphs."""
    for m in list(re.finditer(r"[^\n]+", text))[:3]:
        d = _DATELINE.match(m.group())
        if d:
            start = m.start() + d.start("day")
            return Span.of(text, start, start + len(d.group("day")))
    return None


def _dateline(text: str, published: date) -> tuple[Span, Resolved] | None:
    """The dateline's day and the date it names."""
    span = _dateline_day(text)
    resolved = resolve(span.text, published, False) if span else None
    # A dateline a day after the recorded publication ("Dec. 8" on Dec. 7) is not the year
    # before: it dates nothing.
    if span and resolved and published - timedelta(days=31) <= resolved.start <= published:
        return span, resolved
    return None


def _anchor(statement: Statement) -> list[Span]:
    return statement.cue or statement.speaker.mention or statement.content[:1]


def _anchor_start(statement: Statement) -> int:
    anchor = _anchor(statement)
    return anchor[0].start if anchor else 0


def _inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def is_future_cue(doc, statement: Statement) -> bool:
    """Does the cue look forward ("will say", "is expected to announce", "plans to unveil")?"""
    for span in statement.cue:
        sp = doc.char_span(span.start, span.end, alignment_mode="expand")
        if sp is None:
            continue
        words = {t.lower_ for t in sp}
        for t in sp:
            words |= {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
            if t.dep_ == "xcomp":
                words.add(t.head.lower_)
        if words & _FUTURE_CUE:
            return True
    return False


_FUTURE_CUE = frozenset({"will", "'ll", "shall", "expected", "scheduled", "slated", "due"})


def date_statement(statement: Statement, context: _Context) -> None:
    """Set the date fields of one statement (see ``date_article``)."""
    doc, published = context.doc, context.published
    statement.date_scheduled = bool(statement.cue) and is_future_cue(doc, statement)
    statement.mentioned_dates = [
        MentionedDate(m.span, m.resolved.start, m.resolved.end, m.resolved.precision)
        for m in context.mentions if _inside(statement.content, m.span.start, m.span.end)
    ]
    found = _from_cue(statement, context) or _from_event(statement, context)
    if found:
        return _set(statement, *found)
    _set(statement, Resolved(published, published, "published"), [], "published")


def _allowed(statement: Statement, resolved: Resolved, published: date) -> bool:
    return statement.date_scheduled or resolved.start <= published


def _from_cue(statement: Statement, context: _Context):
    """A time phrase in the cue's sentence (and paragraph) that is not part of what anyone
    said and not part of the speaker's name, unless the speaker is a document it dates ("The
    report published Tuesday showed"): first one that hangs on the cue (or on the clause
    above it, unless the cue is in the present tense) without crossing another finite verb
    or an ordinary noun ("told reporters Thursday", "in a ruling released Thursday"), else
    one that no content separates from the cue and no relative clause claims (the parser
    hung "this weekend" on the reported verb). A clause set aside by "but" dates nothing, and
    neither does a phrase before a parenthetical cue ("Six months ago, he said, …")."""
    doc = context.doc
    cue_tokens = _cue_tokens(doc, statement)
    if not cue_tokens:
        return None
    sent, cue_at = cue_tokens[0].sent, statement.cue[0].start
    # The cue's clause and those above it, and a verb coordinated with the cue ("lectured
    # the nation … and defended his record … on Sunday night" continue one act).
    governing = {t.i for t in cue_tokens} | {a.i for t in cue_tokens for a in _above(t)} \
        | {c.i for t in cue_tokens for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    # The clause a contrast puts aside ("She left in 2000 …, but she said …") dates nothing.
    contrasted = {a.i for t in cue_tokens for a in t.ancestors} - governing
    present = _present_tense(cue_tokens)
    if present:
        # "Fiorina delivered two speeches in October … though her financial disclosure
        # suggests …": a present-tense cue reports now; the clause above dates other acts.
        governing = {t.i for t in cue_tokens}
    attached, loose = [], []
    # A sentence never runs into the next paragraph, whatever the parser made of a headline.
    para_start, para_end = context.paragraph_bounds(cue_at)
    for m in in_range(context.mentions, max(sent.start_char, para_start),
                      min(sent.end_char, para_end)):
        start, end = m.span.start, m.span.end
        if context.dateline_day and start <= context.dateline_day.start < end:
            continue  # the dateline dates the article, not this sentence's speech
        in_speaker = _inside(statement.speaker.mention, start, end)
        if in_speaker and not _dates_document(doc, m.span, statement.speaker.mention) or any(
                _inside(other.content, start, end) and not _inside(other.content, cue_at, cue_at + 1)
                for other in context.article.statements):
            continue
        resolved = resolve(m.span.text, context.published, statement.date_scheduled)
        if not resolved or not _allowed(statement, resolved, context.published):
            continue
        found = (abs(start - cue_at), resolved, m.span)
        if in_speaker or _hangs_on(doc, m.span, governing, statement.content):
            attached.append(found)
        elif not present and not any(min(start, cue_at) < c.start < max(start, cue_at)
                     for c in statement.content) and not _modifies_noun(doc, m.span) \
                and not _in_relative_clause(doc, m.span, governing) \
                and not (start < cue_at and _parenthetical(cue_tokens)) \
                and not (contrasted and _hangs_on(doc, m.span, contrasted, statement.content)):
            loose.append(found)
    if not attached and not loose:
        return None
    _, resolved, span = min(attached or loose, key=lambda f: f[0])
    return resolved, [span], "cue"


def _above(token):
    """The clauses above a cue, up to a contrast: in "She left in 2000 …, but she said she
    felt frustrated" the saying is not the leaving."""
    while token.head.i != token.i:
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                and any(c.dep_ == "cc" and c.lower_ in ("but", "yet")
                        and token.head.i < c.i < token.i for c in token.head.children):
            return  # "did not attack her on Tuesday night but argued …" is still one act
        token = token.head
        yield token


def _parenthetical(cue_tokens) -> bool:
    """"Six months ago, the senator said, the media considered him …": a cue set into what
    was said leaves the time phrase before it to the words around it."""
    verb = next((t for t in cue_tokens if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "parataxis"


def _cue_tokens(doc, statement: Statement) -> list:
    return [t for s in statement.cue
            for t in (doc.char_span(s.start, s.end, alignment_mode="expand") or [])]


def _present_tense(cue_tokens) -> bool:
    """Is the cue's verb in the simple present ("suggests", "say"), with no past auxiliary?"""
    verb = next((t for t in cue_tokens if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dates_document(doc, span: Span, mentions: list[Span]) -> bool:
    """A time phrase inside the speaker's mention dates what is said when the speaker is a
    document the phrase dates ("The report published Tuesday showed", "a memo released
    Friday", "2013 FOIA reply reported"), not a person it describes ("Peter King, who
    endorsed Mr. Rubio on Tuesday")."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    mention = next((doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions
                    if m.start <= span.start and span.end <= m.end), None)
    if sp is None or mention is None or mention.root.lower_ not in OCCASIONS:
        return False
    token = sp.root
    while token.i != mention.root.i:
        if token.tag_ in _FINITE or token.head.i == token.i:
            return False
        token = token.head
    return True


def _in_relative_clause(doc, span: Span, governing: set[int]) -> bool:
    """"said the New York businessman, who campaigned Monday in New Hampshire": the phrase
    dates the relative clause, not the cue; but "a letter … sent on Monday alleging …"
    dates the letter, an occasion of speech."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None:
        return False
    token = sp.root
    while token.i not in governing and token.head.i != token.i:
        if token.dep_ == "relcl" and token.head.lower_ not in OCCASIONS:
            return True
        token = token.head
    return False


def _modifies_noun(doc, span: Span) -> bool:
    """"this year's debate", "his 1995 tax return": a date inside a noun phrase."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp is not None and sp.root.dep_ in ("poss", "compound", "nummod", "amod", "nmod")


# Nouns a time phrase may hang on and still date the speech act: "in a Facebook message
# posted Friday", "at Monday's briefing", "in his 2002 book".
OCCASIONS = frozenset([
    "address", "appearance", "article", "book", "briefing", "broadcast", "call", "ceremony",
    "column", "comment", "comments", "conference", "data", "debate", "dinner", "document",
    "editorial", "email", "figures", "episode", "event", "filing", "forum", "gala", "hearing", "interview", "letter", "meeting", "memo", "message", "op-ed",
    "podcast", "poll", "post", "posting", "program", "rally", "release", "remarks", "reply",
    "regulation", "report", "rule", "ruling", "session", "show", "speech", "statement",
    "statements", "study", "summit", "survey", "tweet", "tweets", "video", "visit",
])


def _left_out_phrase_verb(token, content: list[Span]):
    """A time phrase left out of the content that the parser hung on a noun of the content
    belongs to the verb above that noun ("ended her bid for the nomination Feb. 10",
    "agreed to a phone call on Wednesday": the ending, the agreeing); any other phrase stays
    where it hangs ("the massacre Tuesday")."""
    link = token.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token
    head = link.head
    if link.dep_ not in ("npadvmod", "prep") or head.pos_ not in ("NOUN", "PROPN") \
            or not _inside(content, head.idx, head.idx + len(head)):
        return token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else token


def _hangs_on(doc, span: Span, governing: set[int], content: list[Span]) -> bool:
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None:
        return False
    if _modifies_noun(doc, span) and sp.root.head.pos_ == "NOUN" \
            and sp.root.head.lower_ not in OCCASIONS:
        return False  # "recalled of a June conversation": the date of what is recalled
    token = _left_out_phrase_verb(sp.root, content)
    for _ in range(12):
        if token.i in governing:
            return True
        head = token.head
        if head.i == token.i or any(c.start <= head.idx < c.end for c in content):
            return False
        if head.i not in governing and (
                head.tag_ in _FINITE or head.dep_ == "relcl"
                or (head.pos_ == "NOUN" and head.lower_ not in OCCASIONS)):
            return False
        token = head
    return False


def _from_event(statement: Statement, context: _Context):
    """An event named in the cue's sentence outside the content ("told reporters during a
    press conference"), with the event's date."""
    anchor = _anchor(statement)
    sp = context.doc.char_span(anchor[0].start, anchor[0].end, alignment_mode="expand") \
        if anchor else None
    if sp is None:
        return None
    sent = sp.sent
    for event in context.article.events:
        if not event.date or not event.span:
            continue
        first = event.span[0]
        cue_at = anchor[0].start
        if not sent.start_char <= first.start < sent.end_char or any(
                _inside(o.content, first.start, first.end)
                and not _inside(o.content, cue_at, cue_at + 1)
                or _inside(o.speaker.mention, first.start, first.end)
                for o in context.article.statements):
            continue
        resolved = Resolved(event.date, event.date_end or event.date,
                            event.date_precision or "day")
        if _allowed(statement, resolved, context.published) and event.date_span and all(
                sent.start_char <= d.start < sent.end_char for d in event.date_span) and not any(
                c.start <= d.start < c.end for d in event.date_span for c in statement.content):
            return resolved, event.date_span, "event"
    return None


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them",
                       "his", "its", "their", "our", "my", "your"})
_PROFORMS = frozenset({"this", "that", "so", "it", "these", "those"})


_ACRONYM = re.compile(r"\b(?:[A-Z]\.)+[A-Z]?")


def _tokens(text: str) -> set[str]:
    """Words to compare names by: lower case, an acronym without its dots ("F.A.A." is
    "faa")."""
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", text)}


def _name_words(words: set[str]) -> set[str]:
    return {w for w in words if len(w) > 2 and w not in _PRONOUNS and w != "the"}


def _words(statement: Statement) -> set[str]:
    """The words that name the speaker, without pronouns and short words."""
    names = [statement.speaker.name or ""] + [m.text for m in statement.speaker.mention]
    return _name_words({w for name in names for w in _tokens(name)})


def _head_words(doc, statement: Statement) -> set[str]:
    """The words of the speaker's name proper: the head of each mention with its compounds
    and appositions ("Representative Peter T. King", not "… who endorsed Mr. Rubio on
    Tuesday"; "camp", not "Clinton's camp"), and the resolved name."""
    words = set()
    mentions = statement.speaker.mention
    if statement.speaker.name and statement.speaker.name != " ".join(m.text for m in mentions):
        words |= _tokens(statement.speaker.name)
    for mention in mentions:
        sp = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if sp is None:
            continue
        heads = [sp.root] + [c for c in sp.root.children if c.dep_ == "appos"]
        words |= _tokens(" ".join(t.text for h in heads for t in [h, *h.children]
                                  if t is h or t.dep_ in ("compound", "flat")))
    # A relative pronoun ("who") names no one a sentence can be searched for.
    return (_name_words(words) or _words(statement)) - {"who", "which", "that"}


def _quoted(text: str, statement: Statement) -> bool:
    """Are the statement's words quoted ("“It is not a radical idea …,” he said")?"""
    first = statement.content[0] if statement.content else None
    return first is not None and (text[max(first.start - 1, 0):first.start + 1].strip()[:1]
                                  in ('"', "“", "‘", "'"))


_FUNCTION_WORDS = frozenset(["that", "this", "these", "those", "with", "from", "have", "has",
                             "will", "would", "about", "their", "they", "them", "been", "were",
                             "what", "when", "which", "there", "into", "over", "than", "more"])


def _said_words(statement: Statement) -> set[str]:
    """The words of what was said, without short and function words."""
    words = {w for c in statement.content for w in _tokens(c.text) if len(w) > 3}
    return words - _FUNCTION_WORDS - _words(statement)


def _same_speaker(a: Statement, b: Statement) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa & wb) or not wa or not wb


def _borrow(statement: Statement, context: _Context) -> None:
    """A statement without a phrase of its own takes the date of the same speaker's nearest
    statement before it in its paragraph or the one before (see ``_reach``; a quote after
    "Putin said Friday …"), and a reply that of the question just before it; a statement
    followed by "X said this on …" takes that date, and one followed by a sentence that only
    dates its act ("He was speaking Wednesday …", "The announcement came … Friday") that
    sentence's; a headline takes that of the body statement it quotes, or of the same
    speaker's first dated statement after it (one dated by its scene only if it says what the
    headline says); a statement whose paragraph, or the paragraph before, sets the scene for
    its speaker ("On Sunday, Tompkins tossed a football … which, Tompkins said, …"; "He was
    speaking Wednesday …") takes the scene's date, and a headline the lead's; else the
    dateline. Headlines (and a summary block before "FULL TEXT.") are dated after the body."""
    at = _anchor_start(statement)
    para = context.paragraph(at)
    others = sorted((s for s in context.article.statements if s is not statement),
                    key=_anchor_start)
    dated = [s for s in others if s.date_rule in ("cue", "event", "paragraph")]
    headlines = _headline_paragraphs(context.article.text)
    reach = _reach(context, para, headlines)
    before = [s for s in others
              if _anchor_start(s) < at and context.paragraph(_anchor_start(s)) >= reach]
    # A reply is made when the question before it is asked ("During an interview this week,
    # HuffPost asked him … / "…," Sanders replied").
    asked = next((o for o in reversed(before) if o.speaker.mention or o.speaker.name), None)
    if asked in dated and _answers(context.doc, statement, asked):
        return _copy(statement, asked, context)
    for other in reversed(before):
        if not other.speaker.mention and not other.speaker.name:
            continue  # "which is seen as …" names no one and neither matches nor interrupts
        if _same_speaker(statement, other):
            if other in dated:
                return _copy(statement, other, context)
            break
    after = [s for s in dated if _anchor_start(s) > at]
    for other in after:
        if other.text.strip(" .,").lower() in _PROFORMS and \
                context.paragraph(_anchor_start(other)) <= para + 1:
            return _copy(statement, other, context)
    follow = _follow_up(statement, context) if para >= headlines else None
    if follow:
        return _set(statement, *follow)
    if para < headlines:
        # A title that quotes the body takes the date of the words it quotes ("Bernie
        # Sanders: 'It Is Not A Radical Idea' …" / "'It is not a radical idea to say …,' he
        # said"), whoever the body says said them if it names no one else.
        said = _said_words(statement)
        for other in after:
            shared = said & _said_words(other)
            if context.paragraph(_anchor_start(other)) <= headlines + 4 and len(shared) >= 2 \
                    and 2 * len(shared) >= len(said) and _quoted(context.article.text, other) \
                    and (not _words(other) or _words(statement) & _words(other)):
                return _copy(statement, other, context)
        summary = _in_summary(context, para)
        for other in after:
            # A body statement dated by its scene is the title's act only if it says what
            # the title says ("Endorses Ted Cruz" / "has endorsed Sen. Ted Cruz"); so is any
            # body statement a summary block's sentence is taken from.
            if context.paragraph(_anchor_start(other)) <= headlines + 4 and \
                    _words(statement) & _words(other) and (
                    other.date_rule != "paragraph" and not summary
                    or _said_words(statement) & _said_words(other)):
                return _copy(statement, other, context)
        # Else the title summarises the lead: the lead's first statement, if its own cue
        # dates it ("Obama slams GOP" / "Obama on Friday held an impromptu press briefing").
        # A subtitle often sets out a situation instead ("As she seeks reelection, …").
        lead = [s for s in others if context.paragraph(_anchor_start(s)) == headlines]
        if para == 0 and lead and lead[0].date_rule in ("cue", "event", "dateline"):
            return _copy(statement, lead[0], context)
    # A present-tense cue in the body ("they are hoping") reports now, not in the scene an
    # earlier sentence set ("… who sat down for a podcast last week").
    now = para >= headlines and _present_tense(_cue_tokens(context.doc, statement))
    scene = (None if now else _scene(statement, context, at, para)) or (
        _lead_scene(statement, context, headlines) if para < headlines else None)
    if scene:
        return _set(statement, *scene)
    if context.dateline:
        span, resolved = context.dateline
        _set(statement, resolved, [span], "dateline")


_REPLIES = frozenset({"reply", "respond", "answer", "retort"})
_QUESTIONS = frozenset({"ask", "question"})


def _answers(doc, statement: Statement, other: Statement) -> bool:
    """Is the statement a reply ("Sanders replied") to the question just before it?"""
    mine = {t.lemma_.lower() for t in _cue_tokens(doc, statement)}
    theirs = {t.lemma_.lower() for t in _cue_tokens(doc, other)}
    return bool(mine & _REPLIES) and bool(theirs & _QUESTIONS)


# What a sentence after a statement may call its act ("The announcement came … Friday").
_ACTS = frozenset(["announcement", "remarks", "remark", "comments", "comment", "statement",
                   "endorsement", "letter", "interview", "speech", "post", "tweet", "message",
                   "video", "appearance", "address"])
_ACT_VERBS = frozenset(["come", "make", "be", "release", "publish", "post", "send", "issue",
                        "air", "deliver", "take"])
_SPEAK = frozenset({"speak", "talk"})
_PERSONAL = frozenset({"he", "she", "they"})


def _follow_up(statement: Statement, context: _Context):
    """The sentence right after a statement, if it only dates that act: "He was speaking
    Wednesday at a news conference …", "The announcement came … in an email sent out
    Friday". It names no other statement and is in the same paragraph or the next."""
    doc = context.doc
    anchor = _anchor(statement)
    sp = doc.char_span(anchor[0].start, anchor[0].end, alignment_mode="expand") if anchor else None
    if sp is None:
        return None
    end = max([sp.sent.end_char] + [c.end for c in statement.content])
    tok = next((t for t in doc[sp.sent.end:] if t.idx >= end and not t.is_space
                and not t.is_punct), None)
    if tok is None or context.paragraph(tok.idx) > context.paragraph(anchor[0].start) + 1:
        return None
    sent = tok.sent
    if any(sent.start_char <= _anchor_start(o) < sent.end_char or any(
            sent.start_char <= c.start < sent.end_char for c in o.content)
            for o in context.article.statements):
        return None
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    speaking = root.lemma_.lower() in _SPEAK and (
        subject.lower_ in _PERSONAL or _head_words(doc, statement) & _tokens(
            " ".join(t.text for t in subject.subtree)))
    act = subject.lower_ in _ACTS and root.lemma_.lower() in _ACT_VERBS
    if not (speaking or act):
        return None
    for m in in_range(context.mentions, sent.start_char, sent.end_char):
        if _modifies_noun(doc, m.span) or not _on_verb(doc, m.span, root):
            continue
        resolved = resolve(m.span.text, context.published, statement.date_scheduled)
        if resolved and _allowed(statement, resolved, context.published):
            return resolved, [m.span], "paragraph"
    return None


def _on_verb(doc, span: Span, verb) -> bool:
    """Does the time phrase hang on this verb, directly or through a participle ("came …,
    addressed to fellow conservatives, in an email sent out Friday"), and not on another
    clause ("her first speech since becoming the nominee earlier this week")?"""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    token = sp.root if sp is not None else None
    for _ in range(12):
        if token is None or token.i == verb.i:
            return token is not None
        if token.pos_ in ("VERB", "AUX") and (
                token.tag_ in _FINITE or token.dep_ in ("pcomp", "relcl", "ccomp", "xcomp")
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _reach(context: _Context, para: int, headlines: int) -> int:
    """The first paragraph whose statements a statement in ``para`` may take its date from:
    the one before, or the one before that when the paragraph between neither quotes
    anyone nor names a time ("But Sanders' apology overshadowed an attack he leveled just
    seconds earlier …" continues the scene; "On Wednesday, Clinton held a narrow lead"
    sets a new one) and is not a headline (a subtitle does not carry the title's date to
    the lead)."""
    if para - 2 < headlines:
        return max(para - 1, 0)
    start, end = context.paragraph_bounds(context.paragraphs[para - 1])
    quiet = not any(start <= _anchor_start(s) < end for s in context.article.statements) \
        and not in_range(context.mentions, start, end)
    return para - 2 if quiet else para - 1


def _in_summary(context: _Context, para: int) -> bool:
    """Is the paragraph inside a summary block ("ABSTRACT." … "FULL TEXT.")?"""
    text = context.article.text
    for i in range(para - 1, -1, -1):
        start, end = context.paragraph_bounds(context.paragraphs[i])
        if text[start:end].strip() == "ABSTRACT.":
            return True
    return False


def _headline_paragraphs(text: str) -> int:
    """How many short lines (title, subtitle) open the text, up to three."""
    lines = text.split("\n")
    if len(lines) < 2:
        return 0
    paragraphs = [line for line in lines if line.strip()]
    # A summary block ("ABSTRACT." … "FULL TEXT.") is read like the title: the full text
    # dates what it summarises.
    marks = [p.strip() for p in paragraphs[:8]]
    if "ABSTRACT." in marks and "FULL TEXT." in marks[marks.index("ABSTRACT."):]:
        return marks.index("FULL TEXT.") + 1
    n = 0
    while n < min(3, len(paragraphs) - 1) and len(paragraphs[n].split()) <= 20:
        n += 1
    return n


def _scene(statement: Statement, context: _Context, at: int, para: int):
    """A time phrase in an earlier sentence of the statement's paragraph, outside any
    statement's content, in a sentence that names the speaker (or the speaker is a pronoun);
    else one in the paragraph before, in a sentence that names the speaker ("The Chinese
    finance minister jabbed back on Monday …" / "The finance minister, Lou Jiwei, suggested
    …")."""
    sp = context.doc.char_span(at, at + 1, alignment_mode="expand")
    if sp is None:
        return None
    words = _head_words(context.doc, statement)
    start = context.paragraphs[para - 1] if words and para > 0 else context.paragraphs[para]
    mentions = in_range(context.mentions, start, sp.sent.start_char)
    return _scene_in(statement, context, reversed(mentions), words)


def _lead_scene(statement: Statement, context: _Context, lead: int):
    """For a headline: the first time phrase of the lead paragraph in a sentence that names
    the headline's speaker ("Sanders praises Obama after meeting" / "… Bernie Sanders took a
    brief detour from the campaign trail Wednesday to meet …")."""
    words = _head_words(context.doc, statement)
    if not words or lead >= len(context.paragraphs):
        return None
    start, end = context.paragraph_bounds(context.paragraphs[lead])
    mentions = [m for m in in_range(context.mentions, start, end)
                if words & _subject_words(context.doc, m.span)]
    return _scene_in(statement, context, mentions, words)


def _subject_words(doc, span: Span) -> set[str]:
    """The name words of the subject of the verb a time phrase hangs on ("Bernie Sanders
    took a brief detour … Wednesday"), not every word of its sentence."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None:
        return set()
    verb = sp.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    names = [t for h in heads for t in [h, *h.children] if t is h or t.dep_ in ("compound", "appos")]
    # A phrase inside the subject dates what the subject names, and whose it is ("One of the
    # central claims of President Barack Obama's speech … on Wednesday night").
    names += [t for h in heads if h.left_edge.i <= sp.root.i <= h.right_edge.i
              for t in h.subtree if t.pos_ == "PROPN"]
    return _tokens(" ".join(t.text for t in names))


def _scene_in(statement: Statement, context: _Context, mentions, words: set[str]):
    for m in mentions:
        if any(_inside(o.content, m.span.start, m.span.end) for o in context.article.statements) \
                or (context.dateline_day
                    and m.span.start <= context.dateline_day.start < m.span.end):
            continue
        scene = context.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if scene is None or _modifies_noun(context.doc, m.span) \
                or _in_relative_clause(context.doc, m.span, set()):
            continue  # "Bear Stearns, which collapsed in 2008": the phrase describes a noun
        if words and not words & _tokens(_narration(scene.sent, context.article.statements)) \
                and not _speaking_scene(scene.sent):
            continue
        resolved = resolve(m.span.text, context.published, statement.date_scheduled)
        if resolved and _allowed(statement, resolved, context.published):
            return resolved, [m.span], "paragraph"
    return None


def _speaking_scene(sent) -> bool:
    """"He was speaking Wednesday at a news conference": a sentence that sets the occasion
    of the speech that follows, its speaker a pronoun."""
    root = sent.root
    return root.lemma_.lower() in _SPEAK and any(
        c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in root.children)


def _narration(sent, statements: list[Statement]) -> str:
    """A sentence's text without what anyone is said to have said in it: a name inside
    another speaker's words ("Sherman reported on Friday that Ailes abused her") does not
    put that person in the scene."""
    chars = list(sent.text)
    for o in statements:
        for c in o.content:
            for i in range(max(c.start, sent.start_char), min(c.end, sent.end_char)):
                chars[i - sent.start_char] = " "
    return "".join(chars)


def _copy(statement: Statement, other: Statement, context: _Context) -> None:
    if other.date is None or other.date_end is None or other.date_precision is None:
        return  # only dated statements are copied; an undated one has nothing to give
    resolved = Resolved(other.date, other.date_end, other.date_precision)
    if _allowed(statement, resolved, context.published):
        _set(statement, resolved, other.date_span, "paragraph")


def _set(statement: Statement, resolved: Resolved, spans: list[Span], rule: str) -> None:
    statement.date, statement.date_end = resolved.start, resolved.end
    statement.date_precision = resolved.precision
    statement.date_span = list(spans)
    statement.date_rule = rule
