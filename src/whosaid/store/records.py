"""The stored records: what every query of the store returns, in one shape for the CLI, the web
pages, the JSON API, the timeline, positions and export.

A statement is a ``StoredStatement`` wherever it comes from (a search, one statement, the
statements of an article). Spans are ``(start, end)`` offsets into the text of the article
they were read from, as the database holds them; a record never repeats that text.
``to_json`` turns any record into JSON (dates as ISO strings): the one place where records
become what the API, ``--format jsonl`` and exports print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypedDict

from whosaid.models import IssueTag, JsonObject, Link, Origin, Segment

Offsets = list[tuple[int, int]]


class StatementFilters(TypedDict, total=False):
    """The filters of ``Store.statements``, as the web app and the CLI pass them on."""

    speaker: str | int
    search: str
    since: dt.date
    until: dt.date
    kind: str
    outlet: str
    issue: str
    min_confidence: float


@dataclass(frozen=True)
class Carrier:
    """One article that carried a statement (a syndicated statement has several)."""

    article_id: str
    outlet: str | None = None
    url: str | None = None


@dataclass(kw_only=True)
class StoredStatement:
    """A stored statement with its speaker, its article and every outlet that carried it.

    ``speaker`` is the speaker's name in the ``speakers`` table (every alias resolves to it),
    ``speaker_name`` the name as the article's analysis gave it. ``date`` is when it was said,
    or its article's publication date when the text does not say (``date_precision`` None).
    ``title``, ``outlet``, ``published`` and ``url`` are those of ``article_id``, the article
    it was first stored from. ``article_text`` is filled by ``Store.statement`` only.
    """

    id: int
    article_id: str
    kind: str
    text: str
    speaker: str | None = None
    speaker_id: int | None = None
    speaker_name: str | None = None
    speaker_type: str = "unknown"
    speaker_description: str | None = None
    speaker_resolution: str | None = None
    confidence: float | None = None
    model: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    content: Offsets = field(default_factory=list)
    content_start: int = 0
    content_end: int = 0
    cue: Offsets = field(default_factory=list)
    mention: Offsets = field(default_factory=list)
    date_span: Offsets = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    copies: list[Carrier] = field(default_factory=list)
    issues: list[IssueTag] = field(default_factory=list)
    block: str | None = None  # the page block it was said in: headline, caption, body…
    article_text: str | None = None

    def stance_on(self, issue: str) -> str | None:
        """The stance this statement takes on ``issue`` (neutral when untold), None if the
        statement is not tagged with it."""
        return next((tag.stance or "neutral" for tag in self.issues if tag.issue == issue), None)


@dataclass(kw_only=True)
class StoredEvent:
    """A stored event (meeting, talks, visit...) with its article's title and outlet."""

    id: int
    article_id: str
    type: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str | None = None
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    status: str | None = None
    spans: Offsets = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None


@dataclass(kw_only=True)
class StoredArticle:
    """A stored article: its clean text, where it came from, and its statements (with this
    copy's spans, in reading order) and events. ``dup_group`` is the id of the first stored
    copy of the same story."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    author: str | None = None
    caption: str | None = None
    kind: str | None = None  # report, transcript, interview, readout (None: not recorded)
    links: list[Link] = field(default_factory=list)
    source: Origin | None = None
    statements: list[StoredStatement] = field(default_factory=list)
    events: list[StoredEvent] = field(default_factory=list)
    source_text: str | None = None
    offset_map: list[Segment] = field(default_factory=list)
    dup_group: str | None = None


@dataclass(kw_only=True)
class StoredSpeaker:
    """A speaker with their statement count, first and last seen, and the names that resolve
    to them."""

    id: int
    name: str
    type: str = "unknown"
    description: str | None = None
    statements: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class StoredError:
    """An input an ingest run could not read or store."""

    id: int
    run_id: int | None
    path: str
    record: str | None
    reason: str
    at: dt.datetime


@dataclass(kw_only=True)
class StoredAlert:
    """A saved search. Its filters are those of ``Store.statements`` (speaker, words, issue,
    outlet, minimum confidence) and a ``stance``: the statement takes it on ``issue``, or on
    any issue when none is given. ``seen_through`` is the id of the last statement checked:
    a check reports the matching statements stored after it."""

    id: int
    name: str
    speaker: str | None = None
    search: str | None = None
    issue: str | None = None
    stance: str | None = None
    outlet: str | None = None
    min_confidence: float | None = None
    webhook: str | None = None
    created_at: dt.datetime
    checked_at: dt.datetime | None = None
    seen_through: int = 0

    def filters(self) -> dict[str, str | float]:
        """The filters that are set, by name (as the CLI options and the API call them)."""
        values = {"speaker": self.speaker, "search": self.search, "issue": self.issue,
                  "stance": self.stance, "outlet": self.outlet,
                  "min_confidence": self.min_confidence}
        return {k: v for k, v in values.items() if v is not None}



@dataclass
class AlertNews:
    """What a check of ``alert`` found: the matching statements stored after its last check,
    in the order they were stored, and ``through``, the id of the last statement stored when
    it looked (the alert's new place once all of them are reported)."""

    alert: StoredAlert
    statements: list[StoredStatement] = field(default_factory=list)
    through: int = 0



@dataclass
class AlertFeed:
    """The last statements stored that match ``alert``, newest first, and when each was
    stored (its article's ingest time), by statement id."""

    alert: StoredAlert
    statements: list[StoredStatement] = field(default_factory=list)
    stored_at: dict[int, dt.datetime] = field(default_factory=dict)


@dataclass(kw_only=True)
class StoredPassage:
    """A clause of a sentence of a stored primary source (transcript, interview, readout), by
    the speaker of the statement it is part of. ``embedding`` is its float16 sentence embedding
    and ``embedding_xl`` its multilingual one (``whosaid.crosslingual``); ``start``/``end`` are
    offsets into its article's text."""

    id: int
    article_id: str
    statement_id: int
    speaker_id: int | None
    start: int
    end: int
    text: str
    date: dt.date | None = None
    embedding: bytes = b""
    embedding_xl: bytes = b""


@dataclass(kw_only=True)
class NewsStatement:
    """A statement of a report, as quote tracing reads it: ``date`` is when it was said (its
    article's publication date when the text does not say), ``embedding`` its stored float16
    sentence embedding (empty until it is first traced), ``embedding_xl`` its multilingual one
    (empty until a passage in another script is a candidate)."""

    id: int
    article_id: str
    speaker_id: int | None
    kind: str
    text: str
    date: dt.date | None = None
    embedding: bytes = b""
    embedding_xl: bytes = b""


@dataclass(kw_only=True)
class StoredSource:
    """A passage of a primary source that a statement was traced to (or a run of consecutive
    passages linked together: ``passage_ids``, ``text`` from the first to the last), with the
    scores of the link. ``turn`` is the whole statement (the speaker's turn or paragraph) the
    passage is a part of; ``misquote`` is set, with its ``reason``, when the statement quotes
    words the source does not hold."""

    statement_id: int
    passage_id: int
    article_id: str
    kind: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    speaker: str | None = None
    date: dt.date | None = None
    start: int = 0
    end: int = 0
    text: str = ""
    turn: str = ""
    score: float = 0.0
    similarity: float = 0.0
    lexical: float = 0.0
    method: str = ""
    misquote: bool = False
    reason: str | None = None
    passage_ids: list[int] = field(default_factory=list)  # a run of passages: all of them

    @property
    def across_languages(self) -> bool:
        """Traced across scripts (``similarity`` is the multilingual cosine, no words shared)."""
        return self.method.startswith("cross-lingual")


@dataclass
class SourceLink:
    """A link to write: ``statement_id`` traced to ``passage_id`` (``Store.save_sources``)."""

    statement_id: int
    passage_id: int
    score: float
    similarity: float
    lexical: float
    method: str
    misquote: bool = False
    reason: str | None = None


__all__ = [
    "AlertFeed",
    "AlertNews",
    "Carrier",
    "JsonObject",
    "NewsStatement",
    "SourceLink",
    "StatementFilters",
    "StoredAlert",
    "StoredArticle",
    "StoredError",
    "StoredEvent",
    "StoredPassage",
    "StoredSource",
    "StoredSpeaker",
    "StoredStatement",
    "to_json",
]


def to_json(value: object) -> Any:
    """A record (or a list of them) as JSON values: dataclasses as objects in field order,
    tuples as lists, dates as ISO strings."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    return value
