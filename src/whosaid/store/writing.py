"""Writing to the store: one transaction per article, syndicated copies grouped, speakers
resolved, failures recorded; and the ``ingest_runs`` rows that count a run.

A repeated article (same content hash) is a no-op; a statement repeated by another copy of
the same story (``articles.dup_group``) becomes one more carrier in ``statement_outlets``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.models import Article, Failure, Statement
from whosaid.store import dedup, fulltext, rows, speaker_rows
from whosaid.store import schema as t

if TYPE_CHECKING:
    from datasketch import MinHash

WRITE_ATTEMPTS = 3  # tries per article when a concurrent writer wins a race for a key


@dataclass
class IngestStats:
    """Counts of one ingest run, updated as it goes (the progress bar reads them)."""

    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    errors: int = 0


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@contextmanager
def write(engine: sa.Engine) -> Iterator[Connection]:
    """A connection in a write transaction (on SQLite it takes the lock up front)."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        yield conn


class Writer:
    """Adds articles to one database, keeping the MinHash index of stored texts up to date
    (rows another writer added are picked up before each article)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._dups = dedup.DuplicateIndex()

    def add(self, article: Article) -> int | None:
        """Store one article; how many new statements it stored (None: already stored)."""
        chash = dedup.content_hash(article.text)
        mh = dedup.signature(article.text)
        self._refresh_duplicates()
        with write(self.engine) as conn:
            if _stored(conn, chash):
                return None
            article_id = _free_id(conn, article.id or chash[:16], chash)
            group = self._dup_group(conn, mh) or article_id
            conn.execute(t.articles.insert().values(
                **rows.article_row(article, chash, group), added_at=now()).values(id=article_id))
            conn.execute(t.article_signatures.insert().values(
                article_id=article_id, signature=dedup.to_bytes(mh)))
            new_statements = _add_children(conn, article, article_id, group)
        self._dups.insert(article_id, mh)
        return new_statements

    def add_many(self, items: Iterable[Article | Failure], run_id: int | None = None,
                 on_item: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Store a stream of articles; failures go to ``ingest_errors`` and never stop it."""
        stats = IngestStats()
        for item in items:
            outcome = self._try_add(item) if isinstance(item, Article) else item
            if isinstance(outcome, Failure):
                record_error(self.engine, outcome, run_id)
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
        """``add``; an article the database refuses becomes a Failure, not the batch's end."""
        attempt = 1
        while True:
            try:
                return self.add(article)
            except (sa.exc.IntegrityError, sa.exc.OperationalError) as exc:
                # Another writer stored the same article or created the same speaker alias
                # between our read and our insert (or the two deadlocked, or a lock timed
                # out): the article is a duplicate, or a retry sees their rows and succeeds.
                with self.engine.connect() as conn:
                    if _stored(conn, dedup.content_hash(article.text)):
                        return None
                if attempt >= WRITE_ATTEMPTS:
                    return _refused(article, exc)
                attempt += 1
            except Exception as exc:  # noqa: BLE001 - one refused article must not end the run
                return _refused(article, exc)

    def _refresh_duplicates(self) -> None:
        """Load signatures stored since we last looked (by us or by another writer)."""
        sig = t.article_signatures
        with self.engine.connect() as conn:
            found = conn.execute(sa.select(sig.c.seq, sig.c.article_id, sig.c.signature)
                                 .where(sig.c.seq > self._dups.seen).order_by(sig.c.seq))
            for seq, article_id, data in found:
                self._dups.insert(article_id, dedup.from_bytes(data))
                self._dups.seen = seq

    def _dup_group(self, conn: Connection, mh: MinHash) -> str | None:
        candidates = self._dups.candidates(mh)
        if not candidates:
            return None
        sig, art = t.article_signatures, t.articles
        found = conn.execute(sa.select(sig.c.article_id, sig.c.signature, art.c.dup_group)
                             .join(art, art.c.id == sig.c.article_id)
                             .where(sig.c.article_id.in_(candidates))).all()
        best = dedup.most_similar(mh, {r.article_id: r.signature for r in found})
        return next((r.dup_group for r in found if r.article_id == best), None)


def _stored(conn: Connection, chash: str) -> bool:
    return conn.execute(sa.select(t.articles.c.id)
                        .where(t.articles.c.content_hash == chash)).first() is not None


def _free_id(conn: Connection, wanted: str, chash: str) -> str:
    taken = conn.execute(sa.select(t.articles.c.id).where(t.articles.c.id == wanted)).first()
    return chash[:32] if taken else wanted


def _refused(article: Article, exc: Exception) -> Failure:
    src = article.source
    detail = str(getattr(exc, "orig", None) or exc).strip()
    detail = detail.splitlines()[0] if detail else "no details"
    return Failure(src.path if src else article.id,
                   f"not stored: the database refused it ({detail})",
                   src.record if src else None)


def _add_children(conn: Connection, article: Article, article_id: str, group: str) -> int:
    if article.links:
        conn.execute(t.links.insert(), [{"article_id": article_id, "url": link.url,
                                         "role": link.role} for link in article.links])
    if article.events:
        conn.execute(t.events.insert(), [rows.event_row(e, article_id) for e in article.events])
    new = sum(_add_statement(conn, s, article_id, group) for s in article.statements)
    fulltext.index_article(conn, article_id)
    return new


def _add_statement(conn: Connection, s: Statement, article_id: str, group: str) -> bool:
    """Store a statement, or add this article as one more carrier of a repeated one;
    True when the statement is new."""
    text_hash = dedup.text_key(s.text)
    statement_id = _repeated_statement(conn, text_hash, group, article_id) \
        if group != article_id else None
    new = statement_id is None
    if statement_id is None:
        speaker_id = speaker_rows.resolve_speaker(conn, s, article_id)
        statement_id = rows.new_id(conn.execute(t.statements.insert().values(
            **rows.statement_row(s, article_id, speaker_id, text_hash))))
        if s.issues:
            conn.execute(t.statement_issues.insert(), [
                {"statement_id": statement_id, "issue": tag.issue, "score": tag.score,
                 "stance": tag.stance, "stance_confidence": tag.stance_confidence}
                for tag in {tag.issue: tag for tag in s.issues}.values()])
        fulltext.index_statement(conn, statement_id)
    conn.execute(t.statement_outlets.insert().values(
        statement_id=statement_id, article_id=article_id, **rows.statement_spans(s)))
    return new


def _repeated_statement(conn: Connection, text_hash: str, group: str,
                        article_id: str) -> int | None:
    """The statement with the same words already stored from another copy of the story."""
    st, art, so = t.statements, t.articles, t.statement_outlets
    # a copy that says the same words twice carries two statements, as its original does
    carried = sa.select(so.c.statement_id).where(so.c.article_id == article_id)
    return conn.execute(sa.select(st.c.id).join(art, art.c.id == st.c.article_id)
                        .where(art.c.dup_group == group, st.c.text_hash == text_hash,
                               st.c.id.not_in(carried))
                        .order_by(st.c.id).limit(1)).scalar()


def record_error(engine: sa.Engine, failure: Failure, run_id: int | None = None) -> None:
    with write(engine) as conn:
        conn.execute(t.ingest_errors.insert().values(
            run_id=run_id, path=rows.storable(failure.path),
            record=rows.storable(failure.record), reason=rows.storable(failure.reason),
            at=now()))


def start_run(engine: sa.Engine, paths: Iterable[str] = ()) -> int:
    with write(engine) as conn:
        return rows.new_id(conn.execute(t.ingest_runs.insert().values(
            started_at=now(), paths=[str(p) for p in paths])))


def finish_run(engine: sa.Engine, run_id: int, stats: IngestStats,
               status: str = "finished") -> None:
    with write(engine) as conn:
        conn.execute(t.ingest_runs.update().where(t.ingest_runs.c.id == run_id).values(
            finished_at=now(), status=status, articles=stats.articles,
            duplicates=stats.duplicates, statements=stats.statements, errors=stats.errors))
