"""Opening a database: the URL to use, and SQLite's connection settings (WAL, immediate
transactions for writers), so that the web UI can read while an ingest writes."""

from __future__ import annotations

import os
import sqlite3
import time

import sqlalchemy as sa
from sqlalchemy.engine import Connection

DEFAULT_URL = "sqlite:///whosaid.db"


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


def create_engine(url: str | None = None) -> sa.Engine:
    """The engine for ``url`` (see ``resolve_url``)."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> sa.Engine:
    engine = sa.create_engine(url, connect_args={"timeout": 60})

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
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
