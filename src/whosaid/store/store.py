"""``Store``: the database of articles and statements, on SQLite (default) or PostgreSQL.

    >>> store = Store.open("sqlite:///whosaid.db")      # or postgresql://user@host/db
    >>> store.add(article)                               # True, or False if already stored
    >>> store.statements(speaker="Putin", search="peace plan", limit=10)

Writes are one transaction per article, so a crash leaves whole articles or none, and adding
the same article again is a no-op (its content hash is unique). The work is done by one
module per concern: ``connect`` (opening), ``schema`` (tables and migrations), ``writing``,
``fulltext``, ``queries`` and ``export``; this class is the one face they share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Self

import sqlalchemy as sa

from whosaid.models import Article, Failure, to_date
from whosaid.store import (
    alerts,
    connect,
    export,
    queries,
    rows,
    speaker_rows,
    tracing,
    writing,
)
from whosaid.store import schema as t
from whosaid.store.identity import AliasFile
from whosaid.store.records import (
    AlertFeed,
    AlertNews,
    NewsStatement,
    SourceLink,
    StoredAlert,
    StoredArticle,
    StoredError,
    StoredEvent,
    StoredPassage,
    StoredSource,
    StoredSpeaker,
    StoredStatement,
)
from whosaid.store.writing import IngestStats

Day = date | str | None


class Store:
    """One database. Open with ``Store.open(url)``; use as a context manager or call close().

    Every query returns the typed records of ``whosaid.store.records``."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        t.upgrade(engine)

    @cached_property
    def _writer(self) -> writing.Writer:
        # made on the first write: a store that only reads never loads the MinHash index
        return writing.Writer(self.engine)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """The store at ``url``: an SQLAlchemy URL or a path (see ``resolve_url``)."""
        return cls(connect.create_engine(url))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def add(self, article: Article) -> bool:
        """Store one analysed article in one transaction; False if it is already stored."""
        return self._writer.add(article) is not None

    def add_many(self, items: Iterable[Article | Failure], run_id: int | None = None,
                 on_item: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Store a stream of articles; failures go to ``ingest_errors`` and never stop it."""
        return self._writer.add_many(items, run_id, on_item)

    def record_error(self, failure: Failure, run_id: int | None = None) -> None:
        writing.record_error(self.engine, failure, run_id)

    def start_run(self, paths: Iterable[str] = ()) -> int:
        return writing.start_run(self.engine, paths)

    def finish_run(self, run_id: int, stats: IngestStats, status: str = "finished") -> None:
        writing.finish_run(self.engine, run_id, stats, status)

    def apply_aliases(self, aliases: AliasFile) -> None:
        """Apply an alias file to stored speakers and to every later ingest (it is persisted
        in ``speaker_aliases``): merge names into one speaker, keep ``split`` names apart."""
        with writing.write(self.engine) as conn:
            speaker_rows.apply_aliases(conn, aliases)

    # ------------------------------------------------------------------ reading

    def statements(self, speaker: str | int | None = None, search: str | None = None,
                   since: Day = None, until: Day = None, kind: str | None = None,
                   outlet: str | None = None, issue: str | None = None,
                   article: str | None = None, limit: int | None = 50, offset: int = 0,
                   min_confidence: float | None = None) -> list[StoredStatement]:
        """Statements, newest first, filtered. ``speaker`` is an id or a name ("Putin" finds
        every alias); ``search`` is full text over statement and article title; ``article``
        keeps the statements an article carried; ``min_confidence`` leaves out statements
        less likely than that to be right."""
        q = queries.filtered(queries.statement_select(), self.dialect, speaker, search, since,
                             until, kind, outlet, issue, article, min_confidence)
        q = q.limit(limit).offset(offset) if limit else q.offset(offset)
        with self.engine.connect() as conn:
            return queries.statements(conn, q)

    def count_statements(self, speaker: str | int | None = None, search: str | None = None,
                         since: Day = None, until: Day = None, kind: str | None = None,
                         outlet: str | None = None, issue: str | None = None,
                         article: str | None = None,
                         min_confidence: float | None = None) -> int:
        """How many statements ``statements`` would return with the same filters, unlimited."""
        q = queries.filtered(sa.select(t.statements.c.id).select_from(queries.statement_joins()),
                             self.dialect, speaker, search, since, until, kind, outlet, issue,
                             article, min_confidence)
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(q.subquery())).scalar_one()

    def search(self, q: str, limit: int | None = 50) -> list[StoredStatement]:
        return self.statements(search=q, limit=limit)

    def statement(self, statement_id: int) -> StoredStatement | None:
        """One statement with its spans, its article's text and every outlet that carried it."""
        if not rows.valid_id(statement_id):
            return None
        with self.engine.connect() as conn:
            return queries.statement(conn, statement_id)

    def iter_statements(self, page: int = 1000) -> Iterator[StoredStatement]:
        """Every statement in id order, a page at a time (keyset pagination: constant cost per
        page however large the store)."""
        last = 0
        while True:
            q = queries.statement_select().where(t.statements.c.id > last)
            q = q.order_by(None).order_by(t.statements.c.id).limit(page)
            with self.engine.connect() as conn:
                found = queries.statements(conn, q)
            yield from found
            if len(found) < page:
                return
            last = found[-1].id

    def speakers(self, limit: int | None = None) -> list[StoredSpeaker]:
        """Speakers with statement count, first and last seen, most quoted first."""
        with self.engine.connect() as conn:
            return queries.speakers(conn, limit=limit)

    def speaker(self, speaker_id: int) -> StoredSpeaker | None:
        """One speaker with counts and the aliases that resolve to them."""
        if not rows.valid_id(speaker_id):
            return None
        with self.engine.connect() as conn:
            return next(iter(queries.speakers(conn, speaker_id=speaker_id)), None)

    def article(self, article_id: str) -> StoredArticle | None:
        """One article with its statements (this copy's spans, in reading order), events,
        links and where it came from."""
        with self.engine.connect() as conn:
            return queries.article(conn, article_id)

    def articles(self, page: int = 500) -> Iterator[Article]:
        """Every stored article in id order, rebuilt as the pipeline gave it (the ``whosaid
        extract`` contract); read a page at a time, so a large store streams."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = queries.article_ids(conn, last, page)
                loaded = [queries.analysed_article(conn, article_id) for article_id in ids]
            yield from (a for a in loaded if a is not None)
            if len(ids) < page:
                return
            last = ids[-1]

    def events(self, since: Day = None, until: Day = None, type: str | None = None,
               article: str | None = None, limit: int | None = 100) -> list[StoredEvent]:
        """Events (meetings, talks, visits...) with their article's title and outlet."""
        with self.engine.connect() as conn:
            return queries.events(conn, since, until, type, article, limit)

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        names = ("articles", "statements", "speakers", "statement_outlets", "events",
                 "ingest_errors")
        with self.engine.connect() as conn:
            return {n: conn.execute(sa.select(sa.func.count()).select_from(
                t.metadata.tables[n])).scalar_one() for n in names}

    def errors(self, run_id: int | None = None) -> list[StoredError]:
        with self.engine.connect() as conn:
            return queries.errors(conn, run_id)

    def export(self, fmt: str, path: str | Path) -> int:
        """Write the store to ``path`` as jsonl (one article per line, the ``whosaid extract``
        contract), csv or parquet (one statement per row). Returns the number of records."""
        return export.export(fmt, path, self.articles, self.iter_statements)

    # ------------------------------------------------------------------ quote tracing
    # (``whosaid.trace`` scores; these read and write its rows)

    def untraced(self) -> list[tuple[str, str | None]]:
        """(id, kind) of the articles not traced yet, primary sources first."""
        with self.engine.connect() as conn:
            return tracing.untraced(conn)

    def has_passages(self) -> bool:
        """Whether any primary source's passages are stored (else nothing can be traced)."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(t.passages.c.id).limit(1)).first() is not None

    def find_speaker(self, name: str) -> int | None:
        """The id of the stored speaker ``name`` resolves to (alias, else surname and first
        name), or None; nothing is written."""
        with self.engine.connect() as conn:
            return speaker_rows.find_speaker(conn, name)

    def passages(self, speaker_ids: list[int], since: Day = None,
                 until: Day = None) -> list[StoredPassage]:
        """The passages of primary sources by these speakers, dated within [since, until]."""
        with self.engine.connect() as conn:
            return tracing.passages(conn, speaker_ids, to_date(since), to_date(until))

    def news_statements(self, article: str | None = None, speaker_ids: list[int] | None = None,
                        since: Day = None, until: Day = None) -> list[NewsStatement]:
        """The report statements to trace: those stored from ``article``, or those by
        ``speaker_ids`` said within [since, until]."""
        with self.engine.connect() as conn:
            return tracing.news_statements(conn, article_id=article,
                                           speaker_ids=speaker_ids or [],
                                           since=to_date(since), until=to_date(until))

    def replace_passages(self, article_id: str,
                         passages: list[StoredPassage]) -> list[StoredPassage]:
        """Store an article's passages in place of any it had (and of the links to those);
        returns them with their ids and speakers."""
        with writing.write(self.engine) as conn:
            tracing.drop_passages(conn, article_id)
            tracing.add_passages(conn, passages)
            return tracing.passages(conn, [], article_id=article_id)

    def save_trace(self, links: list[SourceLink],
                   embeddings: dict[int, tuple[bytes, bytes]] | None = None,
                   retraced: list[int] | None = None, traced: list[str] | None = None) -> None:
        """In one transaction: statement embeddings (plain and multilingual), links (in place
        of every earlier link of the statements in ``retraced``) and the articles now traced."""
        with writing.write(self.engine) as conn:
            tracing.save_embeddings(conn, embeddings or {})
            tracing.save_sources(conn, links, writing.now(), retraced or [])
            tracing.mark_traced(conn, traced or [], writing.now())

    def sources(self, statement_id: int) -> list[StoredSource]:
        """The passages of primary sources a statement was traced to, best first."""
        if not rows.valid_id(statement_id):
            return []
        with self.engine.connect() as conn:
            return tracing.sources(conn, [statement_id])

    def linked_sources(self, links: list[SourceLink]) -> list[StoredSource]:
        """Links made but not stored (a quote traced without storing it) as the sources
        ``sources`` gives, in their order."""
        with self.engine.connect() as conn:
            return tracing.linked_sources(conn, links)

    def misquotes(self, limit: int | None = 50) -> list[tuple[StoredStatement,
                                                              list[StoredSource]]]:
        """Statements whose best source does not hold the words they quote, newest first,
        each with its sources."""
        with self.engine.connect() as conn:
            ids = tracing.misquoted(conn, limit)
            if not ids:
                return []
            found = {s.id: s for s in queries.statements(
                conn, queries.statement_select().where(t.statements.c.id.in_(ids)))}
            by_id: dict[int, list[StoredSource]] = {i: [] for i in ids}
            for src in tracing.sources(conn, ids):
                by_id[src.statement_id].append(src)
        return [(found[i], by_id[i]) for i in ids if i in found]

    # ------------------------------------------------------------------ alerts

    def save_alert(self, name: str, *, webhook: str | None = None, replace: bool = False,
                   include_stored: bool = False, **filters: str | float | None) -> StoredAlert:
        """Save a search under ``name``; ``filters`` are ``speaker``, ``search``, ``issue``,
        ``stance`` (support, oppose, conditional, neutral: on ``issue``, or on any issue),
        ``outlet`` and ``min_confidence``. ``webhook`` is an http(s) URL that ``whosaid alerts
        check`` posts new statements to. Its first check reports what is stored after now
        (with ``include_stored``, what is stored already too). Raises ``AlertError`` for a bad
        name, filter or webhook, or a name in use (unless ``replace``: it keeps its place)."""
        with writing.write(self.engine) as conn:
            return alerts.save(conn, name, filters, webhook, replace, include_stored)

    def alerts(self) -> list[StoredAlert]:
        """Every saved search, by name."""
        with self.engine.connect() as conn:
            return alerts.every(conn)

    def alert(self, name: str) -> StoredAlert | None:
        with self.engine.connect() as conn:
            return alerts.get(conn, name)

    def remove_alert(self, name: str) -> bool:
        """Forget a saved search; False if there was none of that name."""
        with writing.write(self.engine) as conn:
            return alerts.remove(conn, name)

    def new_for_alert(self, name: str) -> AlertNews:
        """The statements matching the alert that were stored after its last check, in the
        order they were stored. Nothing is marked: call ``mark_alert_seen(name, through)``
        with ``news.through`` once they are reported (or with the id of the last one that
        was), so that each statement is reported once. KeyError for an unknown name."""
        with self.engine.connect() as conn, conn.begin():
            found = alerts.get(conn, name)
            if found is None:
                raise KeyError(name)
            return alerts.news(conn, self.dialect, found)

    def mark_alert_seen(self, name: str, through: int) -> None:
        """Move the alert past the statements with ids up to ``through`` (never back)."""
        with writing.write(self.engine) as conn:
            alerts.mark_seen(conn, name, through)

    def alert_feed(self, name: str, limit: int = 50) -> AlertFeed | None:
        """The last ``limit`` statements stored that match the alert (what its feed shows),
        newest first, with when each was stored; None for an unknown name."""
        with self.engine.connect() as conn:
            found = alerts.get(conn, name)
            if found is None:
                return None
            latest = alerts.latest(conn, self.dialect, found, limit)
            return AlertFeed(found, latest, alerts.stored_at(conn, [s.id for s in latest]))
