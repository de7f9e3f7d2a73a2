"""Reading the store: statements (filtered, searched, paged), one statement, articles,
speakers, events and errors, each as a typed record of ``whosaid.store.records``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from whosaid.models import Article, IssueTag, Link, Origin, Segment, to_date
from whosaid.store import fulltext, rows
from whosaid.store import schema as t
from whosaid.store.identity import alias_key
from whosaid.store.records import (
    Carrier,
    StoredArticle,
    StoredError,
    StoredEvent,
    StoredSpeaker,
    StoredStatement,
)

Day = date | str | None


def statement_select(copy: str | None = None) -> sa.Select[Any]:
    """Every column of a StoredStatement but the article text, newest first. The spans are
    those of the copy first stored, or with ``copy`` (an article id) that article's own, and
    then only the statements it carried."""
    st, art, sp, so = t.statements, t.articles, t.speakers, t.statement_outlets
    when = sa.func.coalesce(st.c.date, art.c.published)
    spans: sa.Table = so if copy else st
    joins = statement_joins()
    if copy:
        joins = joins.join(so, sa.and_(so.c.statement_id == st.c.id, so.c.article_id == copy))
    return (sa.select(
        st.c.id, st.c.article_id, st.c.kind, st.c.text,
        sa.func.coalesce(sp.c.name, st.c.speaker_name).label("speaker"), st.c.speaker_id,
        st.c.speaker_name, st.c.speaker_type, st.c.speaker_description,
        st.c.speaker_resolution, st.c.confidence, st.c.model, when.label("date"),
        st.c.date_end, st.c.date_precision, art.c.title, art.c.outlet, art.c.published,
        art.c.url, spans.c.content, spans.c.cue, spans.c.mention, spans.c.date_span,
        spans.c.block)
        .select_from(joins)
        .order_by(when.desc().nulls_last(), st.c.id))


def statement_joins() -> sa.Join:
    st, art, sp = t.statements, t.articles, t.speakers
    return st.join(art, art.c.id == st.c.article_id).outerjoin(sp, sp.c.id == st.c.speaker_id)


def filtered(q: sa.Select[Any], dialect: str, speaker: str | int | None = None,
             search: str | None = None, since: Day = None, until: Day = None,
             kind: str | None = None, outlet: str | None = None, issue: str | None = None,
             article: str | None = None, min_confidence: float | None = None) -> sa.Select[Any]:
    """``q`` restricted to the statements that match every filter given."""
    st, art = t.statements, t.articles
    when = sa.func.coalesce(st.c.date, art.c.published)
    if speaker is not None:
        q = q.where(_speaker_clause(speaker))
    if search and search.strip():
        q = q.where(fulltext.search_clause(dialect, search))
    if since:
        q = q.where(when >= to_date(since))
    if until:
        q = q.where(when <= to_date(until))
    if kind:
        q = q.where(st.c.kind == kind)
    if min_confidence:
        q = q.where(st.c.confidence >= float(min_confidence))
    so = t.statement_outlets
    if article:  # every statement the article carried, syndicated repeats included
        q = q.where(st.c.id.in_(sa.select(so.c.statement_id).where(so.c.article_id == article)))
    if outlet:
        copy = t.articles.alias("copy")
        q = q.where(st.c.id.in_(sa.select(so.c.statement_id).join(
            copy, copy.c.id == so.c.article_id).where(
            sa.func.lower(copy.c.outlet).contains(outlet.lower(), autoescape=True))))
    if issue:
        si = t.statement_issues
        q = q.where(st.c.id.in_(sa.select(si.c.statement_id).where(si.c.issue == issue)))
    return q


def _speaker_clause(speaker: str | int) -> sa.ColumnElement[bool]:
    st, sp, al = t.statements, t.speakers, t.speaker_aliases
    if (number := rows.as_id(speaker)) is not None:
        # An id no database column can hold matches nothing (and must not overflow).
        return st.c.speaker_id == number if number <= rows.MAX_ID else sa.false()
    name = str(speaker)
    by_alias = sa.select(al.c.speaker_id).where(al.c.alias == alias_key(name))
    return sa.or_(st.c.speaker_id.in_(by_alias),
                  sa.func.lower(sp.c.name).contains(name.lower(), autoescape=True))


def statements(conn: Connection, q: sa.Select[Any]) -> list[StoredStatement]:
    """The statements ``q`` (a ``statement_select``) finds, with every outlet that carried
    them and their issue tags."""
    found = [r._mapping for r in conn.execute(q)]
    ids = [r["id"] for r in found]
    copies: dict[int, list[Carrier]] = {i: [] for i in ids}
    tags: dict[int, list[IssueTag]] = {i: [] for i in ids}
    if ids:
        so, art = t.statement_outlets, t.articles
        for r in conn.execute(sa.select(so.c.statement_id, art.c.id, art.c.outlet, art.c.url)
                              .join(art, art.c.id == so.c.article_id)
                              .where(so.c.statement_id.in_(ids)).order_by(art.c.published)):
            copies[r.statement_id].append(Carrier(r.id, r.outlet, r.url))
        for statement_id, tag in _issue_tags(conn, ids):
            tags[statement_id].append(tag)
    return [_statement(r, copies[r["id"]], tags[r["id"]]) for r in found]


def _issue_tags(conn: Connection, ids: Sequence[int]) -> list[tuple[int, IssueTag]]:
    si = t.statement_issues
    return [(r.statement_id, IssueTag(r.issue, r.score, r.stance, r.stance_confidence))
            for r in conn.execute(sa.select(si).where(si.c.statement_id.in_(ids)))]


def _statement(r: RowMapping, copies: list[Carrier], tags: list[IssueTag]) -> StoredStatement:
    return StoredStatement(
        id=r["id"], article_id=r["article_id"], kind=r["kind"], text=r["text"],
        speaker=r["speaker"], speaker_id=r["speaker_id"], speaker_name=r["speaker_name"],
        speaker_type=r["speaker_type"] or "unknown",
        speaker_description=r["speaker_description"],
        speaker_resolution=r["speaker_resolution"], confidence=r["confidence"],
        model=r["model"], date=r["date"], date_end=r["date_end"],
        date_precision=r["date_precision"], title=r["title"], outlet=r["outlet"],
        published=r["published"], url=r["url"], content=(content := _offsets(r["content"])),
        content_start=min((a for a, _ in content), default=0),
        content_end=max((b for _, b in content), default=0), cue=_offsets(r["cue"]), mention=_offsets(r["mention"]),
        date_span=_offsets(r["date_span"]), block=r.get("block"),
        outlets=sorted({c.outlet for c in copies if c.outlet}), copies=copies, issues=tags)


def _offsets(pairs: list[list[int]] | None) -> list[tuple[int, int]]:
    return [(start, end) for start, end in pairs or []]


def statement(conn: Connection, statement_id: int) -> StoredStatement | None:
    """One statement with its article's text."""
    found = statements(conn, statement_select().where(t.statements.c.id == statement_id))
    if not found:
        return None
    found[0].article_text = conn.execute(sa.select(t.articles.c.text).where(
        t.articles.c.id == found[0].article_id)).scalar()
    return found[0]


def article(conn: Connection, article_id: str) -> StoredArticle | None:
    """One article with its statements (this copy's spans, in reading order), events and links."""
    row = conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).first()
    if row is None:
        return None
    a = row._mapping
    carried = statements(conn, statement_select(copy=article_id))
    # in reading order of this copy (its own spans), not of the copy first stored
    carried.sort(key=lambda s: (s.content[0][0] if s.content else 0, s.id))
    links = conn.execute(sa.select(t.links.c.url, t.links.c.role)
                         .where(t.links.c.article_id == article_id).order_by(t.links.c.id))
    return StoredArticle(
        id=a["id"], text=a["text"], title=a["title"], outlet=a["outlet"], url=a["url"],
        published=a["published"], language=a["language"], author=a["author"],
        caption=a["caption"], kind=a["kind"], links=[Link(r.url, r.role) for r in links],
        source=Origin(a["source_path"], a["source_record"], a["source_url"])
        if a["source_path"] else None,
        statements=carried, events=events(conn, article=article_id, limit=None, by_date=False),
        source_text=a["source_text"],
        offset_map=[Segment(**seg) for seg in a["offset_map"] or []], dup_group=a["dup_group"])


def speakers(conn: Connection, speaker_id: int | None = None,
             limit: int | None = None) -> list[StoredSpeaker]:
    """Speakers with counts and aliases, most quoted first (or the one with ``speaker_id``)."""
    sp, st, art, al = t.speakers, t.statements, t.articles, t.speaker_aliases
    when = sa.func.coalesce(st.c.date, art.c.published)
    q = (sa.select(sp.c.id, sp.c.name, sp.c.type, sp.c.description,
                   sa.func.count(st.c.id).label("statements"),
                   sa.func.min(when).label("first_seen"), sa.func.max(when).label("last_seen"))
         .select_from(sp.outerjoin(st, st.c.speaker_id == sp.c.id)
                      .outerjoin(art, art.c.id == st.c.article_id))
         .group_by(sp.c.id, sp.c.name, sp.c.type, sp.c.description)
         .order_by(sa.desc("statements"), sp.c.name))
    if speaker_id is not None:
        q = q.where(sp.c.id == speaker_id)
    found = [StoredSpeaker(id=r.id, name=r.name, type=r.type, description=r.description,
                           statements=r.statements, first_seen=r.first_seen,
                           last_seen=r.last_seen)
             for r in conn.execute(q.limit(limit) if limit else q)]
    by_id = {s.id: s for s in found}
    if by_id:
        for r in conn.execute(sa.select(al.c.speaker_id, al.c.alias)
                              .where(al.c.speaker_id.in_(list(by_id))).order_by(al.c.alias)):
            by_id[r.speaker_id].aliases.append(r.alias)
    return found


def events(conn: Connection, since: Day = None, until: Day = None, type: str | None = None,
           article: str | None = None, limit: int | None = 100,
           by_date: bool = True) -> list[StoredEvent]:
    """Events with their article's title and outlet: newest first, or in stored order."""
    ev, art = t.events, t.articles
    q = sa.select(ev, art.c.title, art.c.outlet).join(art, art.c.id == ev.c.article_id)
    when = sa.func.coalesce(ev.c.date, art.c.published)
    if since:
        q = q.where(when >= to_date(since))
    if until:
        q = q.where(when <= to_date(until))
    if type:
        q = q.where(ev.c.type == type)
    if article:
        q = q.where(ev.c.article_id == article)
    q = q.order_by(when.desc(), ev.c.id) if by_date else q.order_by(ev.c.id)
    return [StoredEvent(id=r.id, article_id=r.article_id, type=r.type, date=r.date,
                        date_end=r.date_end, date_precision=r.date_precision, place=r.place,
                        participants=r.participants or [], status=r.status,
                        spans=_offsets(r.spans), title=r.title, outlet=r.outlet)
            for r in conn.execute(q.limit(limit) if limit else q)]


def errors(conn: Connection, run_id: int | None = None) -> list[StoredError]:
    q = sa.select(t.ingest_errors).order_by(t.ingest_errors.c.id)
    if run_id is not None:
        q = q.where(t.ingest_errors.c.run_id == run_id)
    return [StoredError(id=r.id, run_id=r.run_id, path=r.path, record=r.record,
                        reason=r.reason, at=r.at) for r in conn.execute(q)]


def analysed_article(conn: Connection, article_id: str) -> Article | None:
    """An article rebuilt as the pipeline gave it (``whosaid.models``, the ``whosaid extract``
    contract, spans with their text); its statements carry this copy's spans."""
    row = conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).first()
    if row is None:
        return None
    st, so, sp = t.statements, t.statement_outlets, t.speakers
    srows = [dict(r._mapping) for r in conn.execute(
        sa.select(st.c.id, st.c.kind, st.c.speaker_name, st.c.speaker_type,
                  st.c.speaker_description, st.c.speaker_resolution, st.c.confidence,
                  st.c.model, st.c.date, st.c.date_end, st.c.date_precision, st.c.date_rule,
                  st.c.date_scheduled, so.c.content, so.c.cue, so.c.mention, so.c.date_span,
                  so.c.mentioned_dates, so.c.block, sp.c.name.label("speaker"))
        .join(st, st.c.id == so.c.statement_id).outerjoin(sp, sp.c.id == st.c.speaker_id)
        .where(so.c.article_id == article_id))]
    # in reading order of this copy (its own spans), not of the copy first stored
    srows.sort(key=lambda r: (r["content"][0][0] if r["content"] else 0, r["id"]))
    tags: dict[int, list[IssueTag]] = {r["id"]: [] for r in srows}
    for statement_id, tag in _issue_tags(conn, list(tags)) if tags else []:
        tags[statement_id].append(tag)
    erows = [dict(r._mapping) for r in conn.execute(
        sa.select(t.events).where(t.events.c.article_id == article_id).order_by(t.events.c.id))]
    lrows = [dict(r._mapping) for r in conn.execute(
        sa.select(t.links).where(t.links.c.article_id == article_id).order_by(t.links.c.id))]
    return rows.article_from_rows(dict(row._mapping), srows, tags, erows, lrows)


def article_ids(conn: Connection, after: str, page: int) -> list[str]:
    """Up to ``page`` article ids after ``after``, in id order."""
    return list(conn.execute(sa.select(t.articles.c.id).where(t.articles.c.id > after)
                             .order_by(t.articles.c.id).limit(page)).scalars())
