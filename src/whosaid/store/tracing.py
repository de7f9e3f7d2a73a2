"""Quote tracing in the database: the passages of primary sources, the embeddings of news
statements, the links between them, and which articles are traced. The scoring itself is
``whosaid.trace``; this module reads and writes its rows.

A passage's speaker is the speaker of the statement it is part of, read through
``statements.speaker_id`` at query time, so candidates follow the identity rules and alias
merges of ``whosaid.store.identity``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.models import PRIMARY_KINDS
from whosaid.store import schema as t
from whosaid.store.records import NewsStatement, SourceLink, StoredPassage, StoredSource

# The statement kinds traced to a source: a question in a report is the reporter's own.
TRACED_KINDS = ("direct", "mixed", "indirect")


def _said(st: sa.Table = t.statements, art: sa.Table = t.articles) -> sa.ColumnElement[Any]:
    return sa.func.coalesce(st.c.date, art.c.published)


def untraced(conn: Connection) -> list[tuple[str, str | None]]:
    """(id, kind) of every article not traced yet: primary sources first, each group in the
    order they were stored."""
    art, done = t.articles, t.traced_articles
    found = conn.execute(sa.select(art.c.id, art.c.kind)
                         .where(art.c.id.not_in(sa.select(done.c.article_id)))
                         .order_by(art.c.added_at, art.c.id)).all()
    return sorted(((r.id, r.kind) for r in found), key=lambda r: r[1] not in PRIMARY_KINDS)


def mark_traced(conn: Connection, article_ids: Sequence[str], at: datetime) -> None:
    done = t.traced_articles
    if article_ids:
        conn.execute(done.delete().where(done.c.article_id.in_(article_ids)))
        conn.execute(done.insert(), [{"article_id": a, "traced_at": at} for a in article_ids])


def add_passages(conn: Connection, passages: Iterable[StoredPassage]) -> None:
    """Write passages (their ids are given by the database; ``speaker_id`` is not stored)."""
    values = [{"article_id": p.article_id, "statement_id": p.statement_id,
               "passage_start": p.start, "passage_end": p.end, "text": p.text,
               "date": p.date, "embedding": p.embedding, "embedding_xl": p.embedding_xl or None}
              for p in passages]
    if values:
        conn.execute(t.passages.insert(), values)


def drop_passages(conn: Connection, article_id: str) -> None:
    """Forget an article's passages and every link to them (before they are made again)."""
    ps, links = t.passages, t.statement_sources
    mine = sa.select(ps.c.id).where(ps.c.article_id == article_id)
    conn.execute(links.delete().where(links.c.passage_id.in_(mine)))
    conn.execute(ps.delete().where(ps.c.article_id == article_id))


def passages(conn: Connection, speaker_ids: Sequence[int], since: date | None = None,
             until: date | None = None, article_id: str | None = None) -> list[StoredPassage]:
    """The passages by any of ``speaker_ids`` dated within [since, until] (undated ones too),
    or, with ``article_id``, that article's passages; one query, embeddings included."""
    ps, st = t.passages, t.statements
    q = sa.select(ps.c.id, ps.c.article_id, ps.c.statement_id, st.c.speaker_id,
                  ps.c.passage_start, ps.c.passage_end, ps.c.text, ps.c.date,
                  ps.c.embedding, ps.c.embedding_xl).join(st, st.c.id == ps.c.statement_id)
    if article_id is not None:
        q = q.where(ps.c.article_id == article_id)
    else:
        q = q.where(st.c.speaker_id.in_(list(speaker_ids)))
        if since is not None and until is not None:
            q = q.where(sa.or_(ps.c.date.is_(None), ps.c.date.between(since, until)))
    return [StoredPassage(id=r.id, article_id=r.article_id, statement_id=r.statement_id,
                          speaker_id=r.speaker_id, start=r.passage_start, end=r.passage_end,
                          text=r.text, date=r.date, embedding=r.embedding,
                          embedding_xl=r.embedding_xl or b"")
            for r in conn.execute(q.order_by(ps.c.id))]


def news_statements(conn: Connection, *, article_id: str | None = None,
                    speaker_ids: Sequence[int] = (), since: date | None = None,
                    until: date | None = None) -> list[NewsStatement]:
    """The statements of reports to trace: those first stored from ``article_id``, or those
    by ``speaker_ids`` said within [since, until]."""
    st, art, emb = t.statements, t.articles, t.statement_embeddings
    q = (sa.select(st.c.id, st.c.article_id, st.c.speaker_id, st.c.kind, st.c.text,
                   _said().label("said"), emb.c.embedding, emb.c.embedding_xl)
         .join(art, art.c.id == st.c.article_id)
         .outerjoin(emb, emb.c.statement_id == st.c.id)
         .where(st.c.kind.in_(TRACED_KINDS), st.c.speaker_id.is_not(None),
                sa.func.coalesce(art.c.kind, "report").not_in(PRIMARY_KINDS)))
    if article_id is not None:
        q = q.where(st.c.article_id == article_id)
    else:
        q = q.where(st.c.speaker_id.in_(list(speaker_ids)))
        if since is not None and until is not None:
            q = q.where(_said().between(since, until))
    return [NewsStatement(id=r.id, article_id=r.article_id, speaker_id=r.speaker_id,
                          kind=r.kind, text=r.text, date=r.said, embedding=r.embedding or b"",
                          embedding_xl=r.embedding_xl or b"")
            for r in conn.execute(q.order_by(st.c.id))]


def save_embeddings(conn: Connection, embeddings: dict[int, tuple[bytes, bytes]]) -> None:
    """Write statements' (embedding, multilingual embedding) in place of what they had."""
    emb = t.statement_embeddings
    if embeddings:
        conn.execute(emb.delete().where(emb.c.statement_id.in_(list(embeddings))))
        conn.execute(emb.insert(), [{"statement_id": k, "embedding": v, "embedding_xl": x or None}
                                    for k, (v, x) in embeddings.items()])


def save_sources(conn: Connection, links: Sequence[SourceLink], at: datetime,
                 replace: Sequence[int] = ()) -> None:
    """Write links in place of every earlier link of their statements and of the statements
    in ``replace`` (they were traced again)."""
    ss = t.statement_sources
    again = sorted({*replace, *(link.statement_id for link in links)})
    if again:
        conn.execute(ss.delete().where(ss.c.statement_id.in_(again)))
    if links:
        conn.execute(ss.insert(), [{**vars(link), "traced_at": at} for link in links])


def _passage_columns() -> tuple[Any, ...]:
    """A passage's place, text and day, and its article's, statement's and speaker's."""
    ps, art, st, sp = t.passages, t.articles, t.statements, t.speakers
    return (ps.c.article_id, ps.c.passage_start, ps.c.passage_end, ps.c.text, ps.c.date,
            art.c.kind, art.c.title, art.c.outlet, art.c.url, art.c.published,
            st.c.text.label("turn"), sa.func.coalesce(sp.c.name, st.c.speaker_name).label("speaker"))


def _with_context(q: sa.Select[Any]) -> sa.Select[Any]:
    ps, art, st, sp = t.passages, t.articles, t.statements, t.speakers
    return (q.join(art, art.c.id == ps.c.article_id).join(st, st.c.id == ps.c.statement_id)
            .outerjoin(sp, sp.c.id == st.c.speaker_id))


def _source_select() -> sa.Select[Any]:
    ss, ps = t.statement_sources, t.passages
    return _with_context(sa.select(ss, *_passage_columns()).join(ps, ps.c.id == ss.c.passage_id))


def _source(r: Any, link: SourceLink | None = None) -> StoredSource:
    """A source from a row of ``_passage_columns``, scored by the stored link in the row or
    by ``link``."""
    scored = link or r
    return StoredSource(
        statement_id=scored.statement_id, passage_id=scored.passage_id,
        article_id=r.article_id, kind=r.kind, title=r.title, outlet=r.outlet, url=r.url,
        published=r.published, speaker=r.speaker, date=r.date, start=r.passage_start,
        end=r.passage_end, text=r.text, turn=r.turn, score=scored.score,
        similarity=scored.similarity, lexical=scored.lexical, method=scored.method,
        misquote=bool(scored.misquote), reason=scored.reason, passage_ids=[scored.passage_id])


def join_runs(found: Iterable[StoredSource]) -> list[StoredSource]:
    """Sources in order, the consecutive passages of one run (linked together, with one
    score) as one source."""
    out: list[StoredSource] = []
    for src in found:
        last = out[-1] if out else None
        if last and (last.statement_id, last.article_id, last.score) == \
                (src.statement_id, src.article_id, src.score) and src.start - last.end <= 3:
            last.text += (" " if src.start > last.end else "") + src.text
            last.end = src.end
            last.passage_ids += src.passage_ids
        else:
            out.append(src)
    return out


def sources(conn: Connection, statement_ids: Sequence[int]) -> list[StoredSource]:
    """The passages the statements were traced to, best first for each statement; the
    consecutive passages of one run (linked together, with one score) as one source."""
    ss, ps = t.statement_sources, t.passages
    q = _source_select().where(ss.c.statement_id.in_(list(statement_ids)))
    return join_runs(_source(r) for r in conn.execute(
        q.order_by(ss.c.statement_id, ss.c.score.desc(), ps.c.passage_start)))


def linked_sources(conn: Connection, links: Sequence[SourceLink]) -> list[StoredSource]:
    """Links that are not stored (a quote traced without storing it) as sources, in their
    order, in one query."""
    ps = t.passages
    q = _with_context(sa.select(ps.c.id.label("id"), *_passage_columns())
                      .where(ps.c.id.in_([link.passage_id for link in links])))
    rows = {r.id: r for r in conn.execute(q)}
    return join_runs(_source(rows[link.passage_id], link) for link in links
                     if link.passage_id in rows)


def misquoted(conn: Connection, limit: int | None = None) -> list[int]:
    """The ids of statements whose best source does not hold the words they quote, newest
    first."""
    ss, st, art = t.statement_sources, t.statements, t.articles
    best = (sa.select(ss.c.statement_id, sa.func.max(ss.c.score).label("top"))
            .group_by(ss.c.statement_id).subquery())
    q = (sa.select(st.c.id).distinct()
         .join(ss, ss.c.statement_id == st.c.id)
         .join(best, sa.and_(best.c.statement_id == st.c.id, best.c.top == ss.c.score))
         .join(art, art.c.id == st.c.article_id)
         .where(ss.c.misquote == sa.true())
         .add_columns(_said().label("said"))
         .order_by(sa.desc("said"), st.c.id))
    return [r.id for r in conn.execute(q.limit(limit) if limit else q)]
