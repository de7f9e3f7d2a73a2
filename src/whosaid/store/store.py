"""``Store``: the database of articles and statements, on SQLite (default) or PostgreSQL.

    >>> store = Store.open("sqlite:///whosaid.db")      # or postgresql://user@host/db
    >>> store.add(article)                               # True, or False if already stored
    >>> store.statements(speaker="Putin", search="peace plan", limit=10)

Writes are one transaction per article, so a crash leaves whole articles or none, and adding
the same article again is a no-op (its content hash is unique).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.models import Article, Failure, Statement
from whosaid.store import dedup, records, speaker_rows
from whosaid.store import schema as t
from whosaid.store.speakers import AliasFile, alias_key

DEFAULT_URL = "sqlite:///whosaid.db"
WRITE_ATTEMPTS = 3  # tries per article when a concurrent writer wins a race for a key


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``$WHOSAID_DB``, else ``./whosaid.db``; a bare path means SQLite,
    and ``postgresql://`` uses the psycopg 3 driver."""
    url = url or os.environ.get("WHOSAID_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


@dataclass
class IngestStats:
    """Counts of one ingest run, updated as it goes (the progress bar reads them)."""

    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    errors: int = 0


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_engine(url: str) -> sa.Engine:
    engine = sa.create_engine(url, connect_args={"timeout": 60})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        # Transactions are begun by the hook below, so writers can take the lock up front.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in ("busy_timeout=60000", "foreign_keys=ON", "synchronous=NORMAL"):
            cur.execute(f"PRAGMA {pragma}")
        _switch_to_wal(cur)
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A deferred transaction that later writes can fail with SQLITE_BUSY whatever the
        # timeout; IMMEDIATE makes a writer wait for the lock instead. Readers stay deferred.
        write = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _switch_to_wal(cur: sqlite3.Cursor, patience_s: float = 60.0) -> None:
    """WAL is a property of the file, set once. The switch needs the file to itself and fails
    at once (no busy wait) while another connection is opening it, so wait and look again."""
    deadline = time.monotonic() + patience_s
    while cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store:
    """One database. Open with ``Store.open(url)``; use as a context manager or call close()."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._dups = dedup.DuplicateIndex()
        t.upgrade(engine)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        url = resolve_url(url)
        if url.startswith("sqlite"):
            return cls(_sqlite_engine(url))
        return cls(sa.create_engine(url, pool_pre_ping=True))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn

    # ------------------------------------------------------------------ writing

    def add(self, article: Article) -> bool:
        """Store one analysed article in one transaction; False if it is already stored."""
        return self._add(article) is not None

    def _add(self, article: Article) -> int | None:
        """``add``, returning how many new statements it stored (None: already stored)."""
        chash = dedup.content_hash(article.text)
        mh = dedup.signature(article.text)
        self._refresh_duplicates()
        with self._write() as conn:
            if conn.execute(sa.select(t.articles.c.id).where(
                    t.articles.c.content_hash == chash)).first():
                return None
            article_id = self._free_id(conn, article.id or chash[:16], chash)
            group = self._dup_group(conn, mh) or article_id
            conn.execute(t.articles.insert().values(
                **records.article_row(article, chash, group), added_at=_now()).values(id=article_id))
            conn.execute(t.article_signatures.insert().values(
                article_id=article_id, signature=dedup.to_bytes(mh)))
            new_statements = self._add_children(conn, article, article_id, group)
        self._dups.insert(article_id, mh)
        return new_statements

    def add_many(self, items: Iterable[Article | Failure], run_id: int | None = None,
                 on_item: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Store a stream of articles; failures go to ``ingest_errors`` and never stop it."""
        stats = IngestStats()
        for item in items:
            outcome = self._try_add(item) if isinstance(item, Article) else item
            if isinstance(outcome, Failure):
                self.record_error(outcome, run_id)
                stats.errors += 1
            elif outcome is None:
                stats.duplicates += 1
            else:
                stats.articles += 1
                stats.statements += outcome
            if on_item:
                on_item(stats)
        return stats

    def _try_add(self, article: Article) -> int | None | Failure:
        """``_add``; an article the database refuses becomes a Failure, not the batch's end."""
        attempt = 1
        while True:
            try:
                return self._add(article)
            except (sa.exc.IntegrityError, sa.exc.OperationalError) as exc:
                # Another writer stored the same article or created the same speaker alias
                # between our read and our insert (or the two deadlocked, or a lock timed
                # out): the article is a duplicate, or a retry sees their rows and succeeds.
                if self._stored(dedup.content_hash(article.text)):
                    return None
                if attempt >= WRITE_ATTEMPTS:
                    return self._refused(article, exc)
                attempt += 1
            except Exception as exc:  # noqa: BLE001 - one refused article must not end the run
                return self._refused(article, exc)

    def _stored(self, chash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(t.articles.c.id)
                                .where(t.articles.c.content_hash == chash)).first() is not None

    @staticmethod
    def _refused(article: Article, exc: Exception) -> Failure:
        src = article.source
        detail = str(getattr(exc, "orig", None) or exc).strip()
        detail = detail.splitlines()[0] if detail else "no details"
        return Failure(src.path if src else article.id,
                       f"not stored: the database refused it ({detail})",
                       src.record if src else None)

    def record_error(self, failure: Failure, run_id: int | None = None) -> None:
        with self._write() as conn:
            conn.execute(t.ingest_errors.insert().values(
                run_id=run_id, path=records.storable(failure.path),
                record=records.storable(failure.record), reason=records.storable(failure.reason),
                at=_now()))

    def start_run(self, paths: Iterable[str] = ()) -> int:
        with self._write() as conn:
            return conn.execute(t.ingest_runs.insert().values(
                started_at=_now(), paths=[str(p) for p in paths])).inserted_primary_key[0]

    def finish_run(self, run_id: int, stats: IngestStats, status: str = "finished") -> None:
        with self._write() as conn:
            conn.execute(t.ingest_runs.update().where(t.ingest_runs.c.id == run_id).values(
                finished_at=_now(), status=status, articles=stats.articles,
                duplicates=stats.duplicates, statements=stats.statements, errors=stats.errors))

    def _free_id(self, conn: Connection, wanted: str, chash: str) -> str:
        taken = conn.execute(sa.select(t.articles.c.id).where(t.articles.c.id == wanted)).first()
        return chash[:32] if taken else wanted

    def _refresh_duplicates(self) -> None:
        """Load signatures stored since we last looked (by us or by another writer)."""
        sig = t.article_signatures
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(sig.c.seq, sig.c.article_id, sig.c.signature)
                                .where(sig.c.seq > self._dups.seen).order_by(sig.c.seq))
            for seq, article_id, data in rows:
                self._dups.insert(article_id, dedup.from_bytes(data))
                self._dups.seen = seq

    def _dup_group(self, conn: Connection, mh) -> str | None:
        candidates = self._dups.candidates(mh)
        if not candidates:
            return None
        sig, art = t.article_signatures, t.articles
        rows = conn.execute(sa.select(sig.c.article_id, sig.c.signature, art.c.dup_group)
                            .join(art, art.c.id == sig.c.article_id)
                            .where(sig.c.article_id.in_(candidates))).all()
        best = dedup.most_similar(mh, {r.article_id: r.signature for r in rows})
        return next((r.dup_group for r in rows if r.article_id == best), None)

    def _add_children(self, conn: Connection, article: Article, article_id: str,
                      group: str) -> int:
        if article.links:
            conn.execute(t.links.insert(), [{"article_id": article_id, "url": link.url,
                                             "role": link.role} for link in article.links])
        if article.events:
            conn.execute(t.events.insert(),
                         [records.event_row(e, article_id) for e in article.events])
        new = sum(self._add_statement(conn, s, article_id, group) for s in article.statements)
        if self.dialect == "postgresql":
            conn.exec_driver_sql(
                "UPDATE statements s SET search = to_tsvector('english', "
                "s.text || ' ' || coalesce(a.title, '')) FROM articles a "
                "WHERE a.id = s.article_id AND s.article_id = %(id)s", {"id": article_id})
        return new

    def _add_statement(self, conn: Connection, s: Statement, article_id: str,
                       group: str) -> bool:
        """Store a statement, or add this article as one more carrier of a repeated one;
        True when the statement is new."""
        text_hash = dedup.text_key(s.text)
        statement_id = self._repeated_statement(conn, text_hash, group, article_id) if group != article_id \
            else None
        new = statement_id is None
        if new:
            speaker_id = speaker_rows.resolve_speaker(conn, s, article_id)
            statement_id = conn.execute(t.statements.insert().values(
                **records.statement_row(s, article_id, speaker_id, text_hash))
            ).inserted_primary_key[0]
            if s.issues:
                conn.execute(t.statement_issues.insert(), [
                    {"statement_id": statement_id, "issue": tag.issue, "score": tag.score,
                     "stance": tag.stance, "stance_confidence": tag.stance_confidence}
                    for tag in {tag.issue: tag for tag in s.issues}.values()])
            if self.dialect == "sqlite":
                conn.exec_driver_sql(
                    "INSERT INTO statements_fts(rowid, text, title) SELECT id, text, title "
                    "FROM statements_view WHERE id = ?", (statement_id,))
        conn.execute(t.statement_outlets.insert().values(
            statement_id=statement_id, article_id=article_id, **records.statement_spans(s)))
        return new

    def _repeated_statement(self, conn: Connection, text_hash: str, group: str,
                            article_id: str) -> int | None:
        """The statement with the same words already stored from another copy of the story."""
        st, art, so = t.statements, t.articles, t.statement_outlets
        # a copy that says the same words twice carries two statements, as its original does
        carried = sa.select(so.c.statement_id).where(so.c.article_id == article_id)
        return conn.execute(sa.select(st.c.id).join(art, art.c.id == st.c.article_id)
                            .where(art.c.dup_group == group, st.c.text_hash == text_hash,
                                   st.c.id.not_in(carried))
                            .order_by(st.c.id).limit(1)).scalar()

    # ------------------------------------------------------------------ speakers

    def apply_aliases(self, aliases: AliasFile) -> None:
        """Apply an alias file to stored speakers and to every later ingest (it is persisted
        in ``speaker_aliases``): merge names into one speaker, keep ``split`` names apart."""
        with self._write() as conn:
            speaker_rows.apply_aliases(conn, aliases)

    # ------------------------------------------------------------------ reading

    def statements(self, speaker: str | int | None = None, search: str | None = None,
                   since: date | str | None = None, until: date | str | None = None,
                   kind: str | None = None, outlet: str | None = None,
                   issue: str | None = None, article: str | None = None, limit: int | None = 50,
                   offset: int = 0, min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Statements, newest first, filtered. ``speaker`` is an id or a name ("Putin" finds
        every alias); ``search`` is full text over statement and article title. Each row has
        id, speaker, speaker_id, kind, text, date, title, outlet, outlets (every outlet that
        carried it), published, url, article_id, content, issues, confidence, model.
        ``min_confidence`` leaves out statements less likely than that to be right."""
        q = self._statement_select()
        q = self._filter(q, speaker, search, since, until, kind, outlet, issue, article,
                         min_confidence)
        q = q.limit(limit).offset(offset) if limit else q.offset(offset)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            return self._decorate(conn, rows)

    def count_statements(self, **filters: Any) -> int:
        """How many statements ``statements(**filters)`` would return without a limit."""
        q = self._filter(sa.select(t.statements.c.id)
                         .select_from(self._statement_joins()), **filters)
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(q.subquery())).scalar()

    def search(self, q: str, limit: int | None = 50) -> list[dict[str, Any]]:
        return self.statements(search=q, limit=limit)

    def statement(self, statement_id: int) -> dict[str, Any] | None:
        """One statement with its spans, its article's text and every outlet that carried it."""
        if not records.valid_id(statement_id):
            return None
        st, art = t.statements, t.articles
        q = self._statement_select().add_columns(
            st.c.cue, st.c.mention, st.c.date_span, st.c.speaker_name,
            st.c.speaker_description, art.c.text.label("article_text")
        ).where(st.c.id == statement_id)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            return self._decorate(conn, rows)[0] if rows else None

    def speakers(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Speakers with statement count, first and last seen, most quoted first."""
        with self.engine.connect() as conn:
            q = self._speaker_select().order_by(sa.desc("statements"), t.speakers.c.name)
            return [records.jsonable(dict(r._mapping))
                    for r in conn.execute(q.limit(limit) if limit else q)]

    def speaker(self, speaker_id: int) -> dict[str, Any] | None:
        """One speaker with counts and the aliases that resolve to them."""
        if not records.valid_id(speaker_id):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(self._speaker_select()
                               .where(t.speakers.c.id == speaker_id)).first()
            if row is None:
                return None
            al = t.speaker_aliases
            aliases = conn.execute(sa.select(al.c.alias).where(al.c.speaker_id == speaker_id)
                                   .order_by(al.c.alias)).scalars().all()
            return {**records.jsonable(dict(row._mapping)), "aliases": list(aliases)}

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article as ``Article.to_dict(with_source=True)`` plus ``dup_group``; each of its
        statements also carries its database ``id`` and ``speaker_id``."""
        with self.engine.connect() as conn:
            loaded = self._load_article(conn, article_id)
        if loaded is None:
            return None
        article, ids, group = loaded
        out = article.to_dict(with_source=True)
        for d, (statement_id, speaker_id) in zip(out["statements"], ids, strict=True):
            d["id"], d["speaker_id"] = statement_id, speaker_id
        out["dup_group"] = group
        return out

    def articles(self, page: int = 500) -> Iterator[Article]:
        """Every stored article in id order, rebuilt with its statements (spans into its own
        text); read a page at a time, so a large store streams."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                ids = conn.execute(sa.select(t.articles.c.id).where(t.articles.c.id > last)
                                   .order_by(t.articles.c.id).limit(page)).scalars().all()
                loaded = [self._load_article(conn, article_id) for article_id in ids]
            yield from (item[0] for item in loaded if item)
            if len(ids) < page:
                return
            last = ids[-1]

    def iter_statements(self, page: int = 1000) -> Iterator[dict[str, Any]]:
        """Every statement in id order, as ``statements()`` rows, a page at a time (keyset
        pagination: constant cost per page however large the store)."""
        last = 0
        while True:
            q = self._statement_select().where(t.statements.c.id > last)
            q = q.order_by(None).order_by(t.statements.c.id).limit(page)
            with self.engine.connect() as conn:
                rows = self._decorate(conn, [dict(r._mapping) for r in conn.execute(q)])
            yield from rows
            if len(rows) < page:
                return
            last = rows[-1]["id"]

    def events(self, since: date | str | None = None, until: date | str | None = None,
               type: str | None = None, article: str | None = None,
               limit: int | None = 100) -> list[dict[str, Any]]:
        """Events (meetings, talks, visits...) with their article's title and outlet."""
        ev, art = t.events, t.articles
        q = sa.select(ev, art.c.title, art.c.outlet).join(art, art.c.id == ev.c.article_id)
        when = sa.func.coalesce(ev.c.date, art.c.published)
        if since:
            q = q.where(when >= records.as_date(since))
        if until:
            q = q.where(when <= records.as_date(until))
        if type:
            q = q.where(ev.c.type == type)
        if article:
            q = q.where(ev.c.article_id == article)
        q = q.order_by(when.desc(), ev.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [records.jsonable(dict(r._mapping)) for r in conn.execute(q)]

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        names = ("articles", "statements", "speakers", "statement_outlets", "events",
                 "ingest_errors")
        with self.engine.connect() as conn:
            return {n: conn.execute(sa.select(sa.func.count()).select_from(
                t.metadata.tables[n])).scalar() for n in names}

    def errors(self, run_id: int | None = None) -> list[dict[str, Any]]:
        q = sa.select(t.ingest_errors).order_by(t.ingest_errors.c.id)
        if run_id is not None:
            q = q.where(t.ingest_errors.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [records.jsonable(dict(r._mapping)) for r in conn.execute(q)]

    def export(self, fmt: str, path: str | Path) -> int:
        """Write the store to ``path`` as jsonl (one article per line, the ``whosaid extract``
        contract), csv or parquet (one statement per row). Returns the number of records."""
        from whosaid.store.export import export

        return export(self, fmt, path)

    # ------------------------------------------------------------------ query helpers

    def _statement_joins(self):
        st, art, sp = t.statements, t.articles, t.speakers
        return st.join(art, art.c.id == st.c.article_id).outerjoin(sp, sp.c.id == st.c.speaker_id)

    def _statement_select(self) -> sa.Select:
        st, art, sp = t.statements, t.articles, t.speakers
        when = sa.func.coalesce(st.c.date, art.c.published)
        return (sa.select(
            st.c.id, sa.func.coalesce(sp.c.name, st.c.speaker_name).label("speaker"),
            st.c.speaker_id, st.c.speaker_resolution, st.c.kind, st.c.text, when.label("date"),
            st.c.date_end,
            st.c.date_precision,
            st.c.confidence, st.c.model, art.c.title, art.c.outlet, art.c.published, art.c.url,
            st.c.article_id, st.c.content, st.c.content_start, st.c.content_end)
            .select_from(self._statement_joins())
            .order_by(when.desc().nulls_last(), st.c.id))

    def _filter(self, q: sa.Select, speaker=None, search=None, since=None, until=None,
                kind=None, outlet=None, issue=None, article=None,
                min_confidence=None) -> sa.Select:
        st, art = t.statements, t.articles
        when = sa.func.coalesce(st.c.date, art.c.published)
        if speaker is not None:
            q = q.where(self._speaker_clause(speaker))
        if search and search.strip():
            q = q.where(self._search_clause(search))
        if since:
            q = q.where(when >= records.as_date(since))
        if until:
            q = q.where(when <= records.as_date(until))
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

    def _speaker_clause(self, speaker: str | int):
        st, sp, al = t.statements, t.speakers, t.speaker_aliases
        if (number := records.as_id(speaker)) is not None:
            # An id no database column can hold matches nothing (and must not overflow).
            return st.c.speaker_id == number if number <= records.MAX_ID else sa.false()
        by_alias = sa.select(al.c.speaker_id).where(al.c.alias == alias_key(speaker))
        return sa.or_(st.c.speaker_id.in_(by_alias),
                      sa.func.lower(sp.c.name).contains(speaker.lower(), autoescape=True))

    def _search_clause(self, text: str):
        st = t.statements
        if self.dialect == "sqlite":
            # every word quoted: user text is never parsed as FTS5 syntax, words are ANDed
            words = re.findall(r"\w+", text)
            if not words:
                return sa.false()
            match = " ".join(f'"{w}"' for w in words)
            return st.c.id.in_(sa.text(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH :q"
            ).bindparams(q=match))
        return sa.text("statements.search @@ websearch_to_tsquery('english', :q)").bindparams(
            q=text)

    def _speaker_select(self) -> sa.Select:
        sp, st, art = t.speakers, t.statements, t.articles
        when = sa.func.coalesce(st.c.date, art.c.published)
        return (sa.select(sp.c.id, sp.c.name, sp.c.type, sp.c.description,
                          sa.func.count(st.c.id).label("statements"),
                          sa.func.min(when).label("first_seen"),
                          sa.func.max(when).label("last_seen"))
                .select_from(sp.outerjoin(st, st.c.speaker_id == sp.c.id)
                             .outerjoin(art, art.c.id == st.c.article_id))
                .group_by(sp.c.id, sp.c.name, sp.c.type, sp.c.description))

    def _decorate(self, conn: Connection, rows: list[dict]) -> list[dict[str, Any]]:
        """Add every outlet that carried each statement, and its issue tags."""
        ids = [r["id"] for r in rows]
        so, art, si = t.statement_outlets, t.articles, t.statement_issues
        carried: dict[int, list[dict]] = {i: [] for i in ids}
        tags: dict[int, list[dict]] = {i: [] for i in ids}
        if ids:
            for r in conn.execute(sa.select(so.c.statement_id, art.c.id, art.c.outlet, art.c.url)
                                  .join(art, art.c.id == so.c.article_id)
                                  .where(so.c.statement_id.in_(ids)).order_by(art.c.published)):
                carried[r.statement_id].append({"article_id": r.id, "outlet": r.outlet,
                                                "url": r.url})
            for r in conn.execute(sa.select(si).where(si.c.statement_id.in_(ids))):
                tags[r.statement_id].append({k: v for k, v in r._mapping.items()
                                             if k != "statement_id"})
        return [records.jsonable({
            **r, "outlets": sorted({c["outlet"] for c in carried[r["id"]] if c["outlet"]}),
            "copies": carried[r["id"]], "issues": tags[r["id"]]}) for r in rows]

    def _load_article(self, conn: Connection, article_id: str):
        row = conn.execute(sa.select(t.articles).where(t.articles.c.id == article_id)).first()
        if row is None:
            return None
        st, so, sp, si = t.statements, t.statement_outlets, t.speakers, t.statement_issues
        srows = [dict(r._mapping) for r in conn.execute(
            sa.select(st.c.id, st.c.speaker_id, st.c.kind, st.c.speaker_name, st.c.speaker_type,
                      st.c.speaker_description, st.c.speaker_resolution, st.c.confidence,
                      st.c.model, st.c.date,
                      st.c.date_end,
                      st.c.date_precision, so.c.content, so.c.cue, so.c.mention, so.c.date_span,
                      sp.c.name.label("speaker"))
            .join(st, st.c.id == so.c.statement_id).outerjoin(sp, sp.c.id == st.c.speaker_id)
            .where(so.c.article_id == article_id))]
        # in reading order of this copy (its own spans), not of the copy first stored
        srows.sort(key=lambda r: (r["content"][0][0] if r["content"] else 0, r["id"]))
        tags: dict[int, list[dict]] = {r["id"]: [] for r in srows}
        if tags:  # one query for the whole article, not one per statement
            for tag in conn.execute(sa.select(si).where(si.c.statement_id.in_(list(tags)))):
                tags[tag.statement_id].append(
                    {k: v for k, v in tag._mapping.items() if k != "statement_id"})
        for r in srows:
            r["issues"] = tags[r["id"]]
        erows = [dict(r._mapping) for r in conn.execute(
            sa.select(t.events).where(t.events.c.article_id == article_id)
            .order_by(t.events.c.id))]
        lrows = [dict(r._mapping) for r in conn.execute(
            sa.select(t.links).where(t.links.c.article_id == article_id)
            .order_by(t.links.c.id))]
        article = records.article_from_rows(dict(row._mapping), srows, erows, lrows)
        return article, [(r["id"], r["speaker_id"]) for r in srows], row.dup_group
