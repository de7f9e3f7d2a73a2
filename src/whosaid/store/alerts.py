"""Saved searches (alerts): saving, reading and removing them, the statements each one matches
that were stored after its last check, and moving it on past what was reported.

An alert remembers ``seen_through``, the id of the last statement it has been checked
against. Statement ids grow in the order statements are committed (SQLite has one writer at
a time; on PostgreSQL a check waits for the transactions that are storing statements, see
``_settled``), so "the matching statements with a larger id" reports each statement once and
misses none. A statement that an outlet repeats later is not new: it keeps its first id.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.store import queries
from whosaid.store import schema as t
from whosaid.store.records import AlertNews, StoredAlert, StoredStatement
from whosaid.store.writing import now

# A name is part of a URL (/feeds/NAME.atom) and of a command line: keep it plain.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
STANCES = ("support", "oppose", "conditional", "neutral")
FILTERS = ("speaker", "search", "issue", "stance", "outlet", "min_confidence")


class AlertError(ValueError):
    """An alert that cannot be saved as given: its name, webhook or a filter is wrong, or
    an alert of that name exists already."""


def check_name(name: str) -> str:
    if not NAME.fullmatch(name or ""):
        raise AlertError(f"alert name {name[:70]!r} is not valid: use 1 to 64 letters, digits, "
                         "'-', '_' or '.', starting with a letter or digit")
    return name


def check_webhook(url: str | None) -> str | None:
    """A webhook is an http(s) URL with a host, or nothing."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        raise AlertError(f"webhook {url[:100]!r} is not an http:// or https:// URL with a host")
    return url


def _values(filters: dict[str, Any]) -> dict[str, Any]:
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise AlertError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in filters.items()}
    if values.get("stance") not in (None, *STANCES):
        raise AlertError(f"stance must be one of {', '.join(STANCES)}, not {values['stance']!r}")
    confidence = values.get("min_confidence")
    if confidence is not None and not 0 <= float(confidence) <= 1:
        raise AlertError(f"min_confidence must be from 0 to 1, not {confidence}")
    return {k: values.get(k) for k in FILTERS}


def save(conn: Connection, name: str, filters: dict[str, Any], webhook: str | None,
         replace: bool, include_stored: bool) -> StoredAlert:
    """Insert the alert, or with ``replace`` change the filters and webhook of the one of that
    name (it keeps its place). A new alert starts after the statements stored now, unless
    ``include_stored``: then its first check reports the matching statements stored before."""
    values = {**_values(filters), "webhook": check_webhook(webhook)}
    old = get(conn, check_name(name))
    if old is not None and not replace:
        raise AlertError(f"an alert named {name!r} exists; remove it first or replace it")
    if old is not None:
        conn.execute(t.alerts.update().where(t.alerts.c.id == old.id).values(**values))
    else:
        start = 0 if include_stored else _last_statement(conn)
        conn.execute(t.alerts.insert().values(name=name, created_at=now(), seen_through=start,
                                              **values))
    found = get(conn, name)
    assert found is not None
    return found


def get(conn: Connection, name: str) -> StoredAlert | None:
    row = conn.execute(sa.select(t.alerts).where(t.alerts.c.name == name)).first()
    return _alert(row._mapping) if row else None


def every(conn: Connection) -> list[StoredAlert]:
    return [_alert(r._mapping) for r in
            conn.execute(sa.select(t.alerts).order_by(t.alerts.c.name))]


def remove(conn: Connection, name: str) -> bool:
    return conn.execute(t.alerts.delete().where(t.alerts.c.name == name)).rowcount > 0


def news(conn: Connection, dialect: str, alert: StoredAlert) -> AlertNews:
    """The matching statements stored after the alert's place, oldest first."""
    _settled(conn, dialect)
    through = _last_statement(conn)
    st = t.statements.c
    q = matching(dialect, alert).where(st.id > alert.seen_through, st.id <= through)
    found = queries.statements(conn, q.order_by(None).order_by(st.id))
    return AlertNews(alert, found, max(through, alert.seen_through))


def latest(conn: Connection, dialect: str, alert: StoredAlert,
           limit: int) -> list[StoredStatement]:
    """The last ``limit`` matching statements stored, newest first (what its feed shows)."""
    q = matching(dialect, alert).order_by(None).order_by(t.statements.c.id.desc())
    return queries.statements(conn, q.limit(limit))


def matching(dialect: str, alert: StoredAlert) -> sa.Select[Any]:
    """A ``statement_select`` of the statements that match every filter of the alert."""
    q = queries.filtered(queries.statement_select(), dialect, speaker=alert.speaker,
                         search=alert.search, outlet=alert.outlet, issue=alert.issue,
                         min_confidence=alert.min_confidence)
    if alert.stance:
        si = t.statement_issues
        taken = si.c.stance == alert.stance
        if alert.stance == "neutral":  # a tag that states no stance is neutral
            taken = sa.or_(taken, si.c.stance.is_(None))
        if alert.issue:
            taken = sa.and_(taken, si.c.issue == alert.issue)
        q = q.where(t.statements.c.id.in_(sa.select(si.c.statement_id).where(taken)))
    return q


def mark_seen(conn: Connection, name: str, through: int) -> None:
    """Move the alert past the statements up to id ``through`` (never back) and note when."""
    a = t.alerts
    row = conn.execute(sa.select(a.c.seen_through).where(a.c.name == name)).first()
    if row is None:
        raise KeyError(name)
    conn.execute(a.update().where(a.c.name == name).values(
        seen_through=max(row.seen_through, through), checked_at=now()))


def stored_at(conn: Connection, ids: list[int]) -> dict[int, datetime]:
    """When each statement was stored (its article's ``added_at``), by id."""
    st, art = t.statements, t.articles
    if not ids:
        return {}
    q = sa.select(st.c.id, art.c.added_at).join(art, art.c.id == st.c.article_id)
    return {r.id: r.added_at for r in conn.execute(q.where(st.c.id.in_(ids)))}


def _settled(conn: Connection, dialect: str) -> None:
    """On PostgreSQL, a statement id is drawn when the row is written and seen when its
    transaction commits, so a larger id can be seen first. A SHARE lock waits for every
    transaction writing statements to finish (and holds new ones until this transaction
    ends), so that no id below the largest one seen is still to come."""
    if dialect == "postgresql":
        conn.exec_driver_sql("LOCK TABLE statements IN SHARE MODE")


def _last_statement(conn: Connection) -> int:
    return conn.execute(sa.select(sa.func.max(t.statements.c.id))).scalar() or 0


def _alert(r: Any) -> StoredAlert:
    return StoredAlert(id=r["id"], name=r["name"], speaker=r["speaker"], search=r["search"],
                       issue=r["issue"], stance=r["stance"], outlet=r["outlet"],
                       min_confidence=r["min_confidence"], webhook=r["webhook"],
                       created_at=r["created_at"], checked_at=r["checked_at"],
                       seen_through=r["seen_through"])
