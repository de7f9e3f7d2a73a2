"""Conversions between the records of ``whosaid.models`` and database rows: the values
written for an article, and the Article rebuilt from its rows (for the JSONL export).

Spans are stored as ``[[start, end], ...]``; their text is sliced back from the article text,
which is what the offsets point into.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy.engine import CursorResult

from whosaid.models import (
    Article,
    Block,
    DateCandidate,
    Event,
    IssueTag,
    Link,
    MentionedDate,
    Origin,
    Segment,
    Span,
    Speaker,
    Statement,
    to_date,
)

# A database row as SQLAlchemy's mapping gives it, or a plain dict of the same columns.
Row = Mapping[str, Any]
# Column values for an insert: keyword arguments of ``Table.insert().values``.
Values = dict[str, Any]

# Lone UTF-16 surrogates: a file name that is not valid UTF-8 comes to Python with them
# (surrogateescape), and no database encoding can store them.
_SURROGATE = re.compile("[\ud800-\udfff]")


# Ids are 64-bit signed integers in SQLite and PostgreSQL (BIGINT): larger numbers overflow.
MAX_ID = 2**63 - 1


def as_id(value: str | int) -> int | None:
    """``value`` as an id when it is one: an int, or text of ASCII digits only ("12", not "²"
    or "1.0", which are names). It may be out of range: see ``valid_id``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()):
        return None
    # Past 19 digits it is out of range whatever it is; Python refuses 4,300+ digits anyway.
    return int(text) if len(text) <= 19 else MAX_ID + 1


def new_id(result: CursorResult[Any]) -> int:
    """The id the database gave the row an insert just added."""
    key = result.inserted_primary_key
    if key is None:
        raise ValueError("the insert added no row")
    return int(key[0])


def valid_id(value: object) -> bool:
    """Whether ``value`` is an int the id columns can hold (0 to 2**63 - 1)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_ID


def storable(text: str | None) -> str | None:
    """``text`` with lone surrogates replaced by U+FFFD ("caf\udce9.txt" -> "caf\ufffd.txt")."""
    return _SURROGATE.sub("\ufffd", text) if text else text


def spans_out(spans: list[Span]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def spans_in(text: str, pairs: list[list[int]] | None) -> list[Span]:
    return [Span.of(text, start, end) for start, end in pairs or []]


def article_row(article: Article, content_hash: str, dup_group: str) -> Values:
    src = article.source
    return {
        "id": article.id, "content_hash": content_hash, "title": article.title,
        "outlet": article.outlet, "url": article.url, "published": to_date(article.published),
        "language": article.language, "author": article.author, "caption": article.caption,
        "kind": article.kind,
        "text": article.text, "source_path": storable(src.path) if src else None,
        "source_record": storable(src.record) if src else None,
        "source_url": storable(src.url) if src else None,
        "source_text": article.source_text,
        "offset_map": [asdict(seg) for seg in article.offset_map], "dup_group": dup_group,
        "blocks": [asdict(b) for b in article.blocks],
        "date_candidates": [{"source": c.source, "value": as_iso(c.value), "won": c.won}
                            for c in article.date_candidates],
    }


def statement_spans(s: Statement) -> Values:
    """The span columns that differ between syndicated copies of one statement."""
    return {"content": spans_out(s.content), "cue": spans_out(s.cue),
            "mention": spans_out(s.speaker.mention), "date_span": spans_out(s.date_span),
            "mentioned_dates": [{"span": [m.span.start, m.span.end], "date": as_iso(m.date),
                                 "date_end": as_iso(m.date_end), "precision": m.precision}
                                for m in s.mentioned_dates],
            "block": s.block}


def statement_row(s: Statement, article_id: str, speaker_id: int | None,
                  text_hash: str) -> Values:
    return {
        "article_id": article_id, "speaker_id": speaker_id, "speaker_name": s.speaker.name,
        "speaker_type": s.speaker.type, "speaker_description": s.speaker.description,
        "speaker_resolution": s.speaker.resolution,
        "kind": s.kind, "text": s.text, "text_hash": text_hash,
        "content_start": min((sp.start for sp in s.content), default=0),
        "content_end": max((sp.end for sp in s.content), default=0),
        "confidence": s.confidence, "model": s.model,
        "date": to_date(s.date), "date_end": to_date(s.date_end),
        "date_precision": s.date_precision, "date_rule": s.date_rule,
        "date_scheduled": s.date_scheduled, **statement_spans(s),
    }


def as_iso(value: Any) -> str | None:
    day = to_date(value)
    return day.isoformat() if day else None


def event_row(e: Event, article_id: str) -> Values:
    return {"article_id": article_id, "type": e.type, "date": to_date(e.date),
            "date_end": to_date(e.date_end), "date_precision": e.date_precision, "place": e.place,
            "participants": list(e.participants), "status": e.status, "spans": spans_out(e.span)}


def article_from_rows(row: Row, statement_rows: Sequence[Row],
                      tags: dict[int, list[IssueTag]], event_rows: Sequence[Row],
                      link_rows: Sequence[Row]) -> Article:
    """Rebuild an Article; ``statement_rows`` carry this copy's spans (from statement_outlets)
    and ``tags`` each statement's issue tags by its id."""
    text = row["text"]
    origin = Origin(row["source_path"], row["source_record"], row["source_url"]) \
        if row["source_path"] else None
    return Article(
        id=row["id"], text=text, title=row["title"], outlet=row["outlet"], url=row["url"],
        published=row["published"], language=row["language"], author=row["author"],
        caption=row["caption"], kind=row["kind"],
        links=[Link(r["url"], r["role"]) for r in link_rows],
        source=origin, source_text=row["source_text"],
        offset_map=[Segment(**seg) for seg in row["offset_map"] or []],
        blocks=[Block(**b) for b in row.get("blocks") or []],
        date_candidates=[DateCandidate(c["source"], date.fromisoformat(c["value"]), c["won"])
                         for c in row.get("date_candidates") or []],
        statements=[statement_from_row(text, r, tags[r["id"]]) for r in statement_rows],
        events=[event_from_row(text, r) for r in event_rows],
    )


def statement_from_row(text: str, r: Row, tags: list[IssueTag]) -> Statement:
    speaker = Speaker(r["speaker"] or r["speaker_name"], r["speaker_type"] or "unknown",
                      spans_in(text, r["mention"]), r["speaker_description"],
                      r["speaker_resolution"])
    return Statement(
        kind=r["kind"], content=spans_in(text, r["content"]), cue=spans_in(text, r["cue"]),
        speaker=speaker, confidence=r["confidence"], date=r["date"], date_end=r["date_end"],
        date_precision=r["date_precision"], date_span=spans_in(text, r["date_span"]),
        issues=tags, model=r["model"], date_rule=r.get("date_rule"),
        date_scheduled=bool(r.get("date_scheduled")),
        mentioned_dates=[MentionedDate(Span.of(text, *m["span"]), date.fromisoformat(m["date"]),
                                       date.fromisoformat(m["date_end"]), m["precision"])
                         for m in r.get("mentioned_dates") or []],
        block=r.get("block"),
    )


def event_from_row(text: str, r: Row) -> Event:
    return Event(type=r["type"], span=spans_in(text, r["spans"]), date=r["date"],
                 date_end=r["date_end"], date_precision=r["date_precision"], place=r["place"],
                 participants=r["participants"] or [], status=r["status"])
