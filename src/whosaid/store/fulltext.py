"""Full-text search, kept by each database its own way: an external-content FTS5 table over
``statements_view`` on SQLite (Datasette searches it), a ``tsvector`` column on PostgreSQL.
Both index the statement's words and its article's title."""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from whosaid.store import schema as t


def index_statement(conn: Connection, statement_id: int) -> None:
    """Add a new statement to the index (SQLite; PostgreSQL indexes whole articles)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "INSERT INTO statements_fts(rowid, text, title) SELECT id, text, title "
            "FROM statements_view WHERE id = ?", (statement_id,))


def index_article(conn: Connection, article_id: str) -> None:
    """Index the statements first stored from an article (PostgreSQL; SQLite indexes each
    statement as it is stored)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "UPDATE statements s SET search = to_tsvector('english', "
            "s.text || ' ' || coalesce(a.title, '')) FROM articles a "
            "WHERE a.id = s.article_id AND s.article_id = %(id)s", {"id": article_id})


def search_clause(dialect: str, text: str) -> sa.ColumnElement[bool] | sa.TextClause:
    """Statements whose words or article title hold every word of ``text``."""
    st = t.statements
    if dialect == "sqlite":
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
