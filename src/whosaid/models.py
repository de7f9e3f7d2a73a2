"""The records that flow through whosaid: Document -> Article -> Statement.

Every span is a ``Span(start, end, text)`` of character offsets into ``Article.text``.
Nothing here does any work beyond (de)serialising itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Kind = Literal["direct", "mixed", "indirect", "question"]
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect", "question")
# What an article is: a report of what people said, or the record of their words by turn
# (a transcript, an interview) or a government readout. "auto": the readers sniff it.
ARTICLE_KINDS = ("report", "transcript", "interview", "readout")
# The kinds that are a primary source: the record of what people said, which the statements
# of reports are traced to (``whosaid.trace``).
PRIMARY_KINDS = ("transcript", "interview", "readout")
SpeakerType = Literal["person", "organization", "group", "anonymous", "document", "role",
                      "unknown"]
Precision = Literal["day", "week", "weekend", "month", "year", "published"]
# The statement models: the trained attribution model with the rules, or the rules alone.
MODELS = ("accurate", "fast")
DEFAULT_MODEL = "accurate"
# A JSON object as read from or written to a file (JSONL rows, the extract contract): the
# edge of the typed records, where keys and value types are whatever the format holds.
JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Origin:
    """Where a document came from: a file, and a record inside it (JSONL line, WARC record)."""

    path: str
    record: str | None = None
    url: str | None = None


@dataclass
class Document:
    """Raw input before any analysis: bytes (or text) with a sniffed media type.

    ``media_type`` is one of ``text/plain``, ``text/html``, ``application/pdf``.
    ``meta`` carries what a container already knew (JSONL fields, WARC headers):
    id, url, title, published, outlet.
    """

    data: bytes | str
    media_type: str
    origin: Origin
    meta: JsonObject = field(default_factory=dict)


@dataclass
class RawText:
    """What a reader got out of a Document: text in reading order plus the metadata it found.

    ``meta`` keys (all optional): title, author, sitename, url, published (date or str),
    language, description. ``text`` is what ``Article.offset_map`` points back into.
    """

    text: str
    origin: Origin
    media_type: str = "text/plain"
    meta: JsonObject = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or analysed. Recorded, never silently dropped."""

    path: str
    reason: str
    record: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}#{self.record}" if self.record else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


# What a block of a page is (``whosaid.clean.structure``). Statements are found in the text
# blocks; those in FURNITURE_BLOCKS are never statements, and none crosses a block boundary.
BLOCK_KINDS = ("headline", "subhead", "standfirst", "byline", "dateline", "caption", "related",
               "promo", "navigation", "live", "bullet", "body")
FURNITURE_BLOCKS = frozenset({"byline", "dateline", "related", "promo", "navigation"})


@dataclass(frozen=True)
class Block:
    """One typed block of the page: ``Article.text[start:end]``, read from
    ``source_text[source_start:source_end]``. A block the cleaner took out of the text (a menu,
    a "Read more" line, the header above the story) has ``removed`` set and ``start == end``:
    the place in the text where it stood."""

    kind: str  # one of BLOCK_KINDS
    start: int
    end: int
    source_start: int
    source_end: int
    removed: bool = False


@dataclass(frozen=True)
class DateCandidate:
    """One place the published date was read from (``meta``, ``url``, ``dateline``,
    ``byline``), its value, and whether it won."""

    source: str
    value: dt.date
    won: bool = False


@dataclass(frozen=True)
class Link:
    url: str
    role: str  # source | related | original | inline


@dataclass
class Speaker:
    """Who said it: the resolved name and type, and the words in the text that name them."""

    name: str | None
    type: SpeakerType = "unknown"
    mention: list[Span] = field(default_factory=list)
    description: str | None = None  # "Trump's special envoy", "Russian President"
    # how the name was reached: named, surname, apposition, pronoun, role, organization,
    # group, anonymous, document, carried_over (see ``whosaid.extract.speakers``)
    resolution: str | None = None


@dataclass
class IssueTag:
    issue: str
    score: float
    stance: str = "neutral"  # support | oppose | conditional | neutral
    stance_confidence: float = 0.0


@dataclass
class MentionedDate:
    """A date named inside what was said ("the envoy will arrive on Tuesday"): it dates the
    content's events, never the statement."""

    span: Span
    date: dt.date
    date_end: dt.date
    precision: Precision


@dataclass
class Statement:
    kind: Kind
    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    speaker: Speaker = field(default_factory=lambda: Speaker(None))
    confidence: float = 0.5
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Precision | None = None
    date_span: list[Span] = field(default_factory=list)
    issues: list[IssueTag] = field(default_factory=list)
    model: str | None = None  # what produced it: "accurate <version>" or "fast <version>"
    # how the date was reached: cue, event, paragraph, dateline, published (``whosaid.dates``);
    # ``date_span`` holds the evidence phrase
    date_rule: str | None = None
    date_scheduled: bool = False  # a future cue ("will say"): the only kind dated after publication
    mentioned_dates: list[MentionedDate] = field(default_factory=list)
    # the kind of page block it was found in (BLOCK_KINDS: headline, caption, bullet, body…);
    # None where the text has no blocks (clean text)
    block: str | None = None

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.content)


@dataclass
class Event:
    type: str  # meeting | summit | talks | visit | trip | press conference | briefing | leak | signing
    span: list[Span]
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Precision | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    status: Literal["happened", "scheduled"] = "happened"
    date_span: list[Span] = field(default_factory=list)  # the date expression, if any


@dataclass
class Segment:
    """``Article.text[start:start+length]`` came from ``source[source_start:...]``."""

    start: int
    source_start: int
    length: int


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    author: str | None = None
    caption: str | None = None
    kind: str | None = None  # one of ARTICLE_KINDS; None until read (or forced by the user)
    links: list[Link] = field(default_factory=list)
    # the typed blocks of the page (``whosaid.clean.structure``) and the published date's
    # candidates, the one used marked ``won``
    blocks: list[Block] = field(default_factory=list)
    date_candidates: list[DateCandidate] = field(default_factory=list)
    source: Origin | None = None
    source_text: str | None = None  # the text as the reader extracted it, before cleaning
    offset_map: list[Segment] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # speaker labels the reader saw set apart in the source (bold "Vladimir Putin:"); read by
    # the transcript reader, not stored
    speaker_labels: list[str] = field(default_factory=list)

    @staticmethod
    def make_id(text: str) -> str:
        """A stable id from the clean text: the same article read twice has the same id."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def source_offset(self, offset: int) -> int | None:
        """Map an offset in ``text`` back to ``source_text`` (None where the cleaner changed it)."""
        if not self.offset_map:
            return offset
        for seg in self.offset_map:
            if seg.start <= offset < seg.start + seg.length:
                return seg.source_start + offset - seg.start
        return None

    def to_dict(self, with_source: bool = False) -> JsonObject:
        """The JSONL contract of ``whosaid extract`` and ``whosaid export``."""
        out = {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "author": self.author,
            "text": self.text,
            "caption": self.caption,
            "kind": self.kind,
            "links": [asdict(link) for link in self.links],
            "blocks": [asdict(block) for block in self.blocks],
            "date_candidates": [_jsonable(asdict(c)) for c in self.date_candidates],
            "source": asdict(self.source) if self.source else None,
            "statements": [statement_to_dict(s) for s in self.statements],
            "events": [_jsonable(asdict(e)) for e in self.events],
        }
        if with_source:
            out["source_text"] = self.source_text
            out["offset_map"] = [asdict(s) for s in self.offset_map]
        return out


def statement_to_dict(s: Statement) -> JsonObject:
    return _jsonable(asdict(s))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def to_date(value: object) -> date | None:
    """The day a value names, wherever dates come from (records, readers' metadata, database
    rows, forms): a date, a datetime (its day), or a string that starts with an ISO day
    ("2025-11-27", "2025-11-27T09:30:00Z"). None for anything else, "2025-13-45" included.

    >>> to_date("2025-11-27T09:30:00Z"), to_date("2025-13-45"), to_date("last week")
    (datetime.date(2025, 11, 27), None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = ISO_DAY.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def _spans(items: list[dict] | None) -> list[Span]:
    return [Span(**s) for s in items or []]


def statement_from_dict(d: JsonObject) -> Statement:
    """The inverse of ``statement_to_dict``."""
    sp = d.get("speaker") or {}
    speaker = Speaker(sp.get("name"), sp.get("type", "unknown"), _spans(sp.get("mention")),
                      sp.get("description"), sp.get("resolution"))
    return Statement(
        kind=d["kind"], content=_spans(d["content"]), cue=_spans(d.get("cue")), speaker=speaker,
        confidence=d.get("confidence", 0.5), date=to_date(d.get("date")),
        date_end=to_date(d.get("date_end")), date_precision=d.get("date_precision"),
        date_span=_spans(d.get("date_span")),
        issues=[IssueTag(**tag) for tag in d.get("issues") or []], model=d.get("model"),
        date_rule=d.get("date_rule"), date_scheduled=bool(d.get("date_scheduled")),
        block=d.get("block"),
        mentioned_dates=[MentionedDate(Span(**m["span"]), date.fromisoformat(m["date"]),
                                       date.fromisoformat(m["date_end"]),
                                       m["precision"]) for m in d.get("mentioned_dates") or []],
    )


def article_from_dict(d: JsonObject) -> Article:
    """The inverse of ``Article.to_dict(with_source=True)``: staged output is loaded with it."""
    events = [Event(**{**e, "span": _spans(e["span"]), "date_span": _spans(e.get("date_span")),
                       "date": to_date(e.get("date")), "date_end": to_date(e.get("date_end"))})
              for e in d.get("events") or []]
    return Article(
        id=d["id"], text=d["text"], title=d.get("title"), outlet=d.get("outlet"),
        url=d.get("url"), published=to_date(d.get("published")), language=d.get("language"),
        author=d.get("author"), caption=d.get("caption"), kind=d.get("kind"),
        links=[Link(**link) for link in d.get("links") or []],
        blocks=[Block(**block) for block in d.get("blocks") or []],
        date_candidates=[DateCandidate(c["source"], date.fromisoformat(c["value"]), c["won"])
                         for c in d.get("date_candidates") or []],
        source=Origin(**d["source"]) if d.get("source") else None,
        source_text=d.get("source_text"),
        offset_map=[Segment(**s) for s in d.get("offset_map") or []],
        statements=[statement_from_dict(s) for s in d.get("statements") or []],
        events=events,
    )
