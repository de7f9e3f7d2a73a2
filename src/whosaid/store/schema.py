"""The database schema, shared by SQLite and PostgreSQL, and its versioned migrations.

Table and column names are chosen to read well in Datasette. Every span is stored as a JSON
list of ``[start, end]`` character offsets into ``articles.text``; ``*_start``/``*_end``
columns repeat the outer bounds so a plain SQL client can slice the text without JSON.

Migrations are ordered functions; ``schema_version`` holds the number of the last one applied.
Add a migration by appending a function to ``MIGRATIONS``; never edit an applied one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text, index=True),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("language", sa.String(16)),
    sa.Column("author", sa.Text),
    sa.Column("caption", sa.Text),
    sa.Column("kind", sa.String(16), index=True),  # report, transcript, interview, readout
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text),
    sa.Column("source_record", sa.Text),
    sa.Column("source_url", sa.Text),
    sa.Column("source_text", sa.Text),
    sa.Column("offset_map", sa.JSON),
    sa.Column("blocks", sa.JSON),  # the page's typed blocks (whosaid.clean.structure)
    sa.Column("date_candidates", sa.JSON),  # where the published date was read, which won
    # id of the first stored article of the same syndicated story (itself when unique)
    sa.Column("dup_group", sa.String(64), index=True),
    sa.Column("added_at", sa.DateTime, nullable=False),
)

# MinHash signatures of article texts; the LSH index is rebuilt from them (seq lets a long-lived
# Store pick up rows another writer added since it last looked).
article_signatures = sa.Table(
    "article_signatures", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), nullable=False, unique=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

speakers = sa.Table(
    "speakers", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(16), nullable=False, server_default="unknown"),
    sa.Column("description", sa.Text),
    # matching key for people: lower-cased surname without accents
    sa.Column("surname", sa.Text, index=True),
    # set by an alias file's ``split``: matched only by an exact alias, never by surname
    sa.Column("exact_only", sa.Boolean, nullable=False, server_default=sa.false()),
)

speaker_aliases = sa.Table(
    "speaker_aliases", metadata,
    sa.Column("alias", sa.Text, primary_key=True),
    sa.Column("speaker_id", sa.ForeignKey("speakers.id"), nullable=False, index=True),
)

statements = sa.Table(
    "statements", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("speaker_id", sa.ForeignKey("speakers.id"), index=True),
    sa.Column("speaker_name", sa.Text),  # the name as the extractor resolved it in this article
    sa.Column("speaker_type", sa.String(16)),
    sa.Column("speaker_description", sa.Text),
    sa.Column("speaker_resolution", sa.String(16)),  # named, pronoun, role... (extract.speakers)
    sa.Column("kind", sa.String(8), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("text_hash", sa.String(64), nullable=False, index=True),
    sa.Column("content", sa.JSON, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("cue", sa.JSON),
    sa.Column("mention", sa.JSON),
    sa.Column("confidence", sa.Float),
    sa.Column("model", sa.Text),  # what produced it: "accurate <version>" or "fast <version>"
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("date_span", sa.JSON),
    sa.Column("date_rule", sa.String(16)),  # cue, event, paragraph, dateline, published
    sa.Column("date_scheduled", sa.Boolean),  # a future cue: the only kind dated after publication
    sa.Column("mentioned_dates", sa.JSON),  # dates named inside the content, with offsets
    sa.Column("block", sa.String(16)),  # the page block of the copy first stored
    sa.CheckConstraint("kind IN ('direct', 'mixed', 'indirect', 'question')",
                       name="statement_kind"),
)

statement_issues = sa.Table(
    "statement_issues", metadata,
    sa.Column("statement_id", sa.ForeignKey("statements.id"), primary_key=True),
    sa.Column("issue", sa.Text, primary_key=True),
    sa.Column("score", sa.Float),
    sa.Column("stance", sa.String(16)),
    sa.Column("stance_confidence", sa.Float),
)

# Every article that carried a statement, its own article included; ``content`` holds the
# statement's spans in that copy's text, so each copy still points at its exact characters.
statement_outlets = sa.Table(
    "statement_outlets", metadata,
    sa.Column("statement_id", sa.ForeignKey("statements.id"), primary_key=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), primary_key=True, index=True),
    sa.Column("content", sa.JSON),
    sa.Column("cue", sa.JSON),
    sa.Column("mention", sa.JSON),
    sa.Column("date_span", sa.JSON),
    sa.Column("mentioned_dates", sa.JSON),
    sa.Column("block", sa.String(16)),  # the page block this copy says it in (BLOCK_KINDS)
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("place", sa.Text),
    sa.Column("participants", sa.JSON),
    sa.Column("status", sa.String(16)),
    sa.Column("spans", sa.JSON),
)

links = sa.Table(
    "links", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("role", sa.String(16)),
)

ingest_runs = sa.Table(
    "ingest_runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("paths", sa.JSON),
    sa.Column("status", sa.String(16), nullable=False, server_default="running"),
    sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
    sa.Column("duplicates", sa.Integer, nullable=False, server_default="0"),
    sa.Column("statements", sa.Integer, nullable=False, server_default="0"),
    sa.Column("errors", sa.Integer, nullable=False, server_default="0"),
)

ingest_errors = sa.Table(
    "ingest_errors", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.ForeignKey("ingest_runs.id"), index=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("record", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
)

# Saved searches: each reports the statements stored after ``seen_through`` (a statements.id)
# that match its filters, then moves it on; ids, not times, so a statement is reported once.
alerts = sa.Table(
    "alerts", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("speaker", sa.Text),
    sa.Column("search", sa.Text),
    sa.Column("issue", sa.Text),
    sa.Column("stance", sa.String(16)),
    sa.Column("outlet", sa.Text),
    sa.Column("min_confidence", sa.Float),
    sa.Column("webhook", sa.Text),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("checked_at", sa.DateTime),
    sa.Column("seen_through", sa.Integer, nullable=False, server_default="0"),
)

# Quote tracing (``whosaid.trace``). A passage is a clause of a sentence of a primary source (a
# transcript, interview or readout): of one of its statements, whose speaker it has (through
# ``statement_id``, so an alias merge moves it too), with its embedding (float16, L2-normalised).
passages = sa.Table(
    "passages", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("statement_id", sa.ForeignKey("statements.id"), nullable=False, index=True),
    sa.Column("passage_start", sa.Integer, nullable=False),  # offsets into articles.text
    sa.Column("passage_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("date", sa.Date, index=True),
    sa.Column("embedding", sa.LargeBinary, nullable=False),
    # multilingual (``whosaid.crosslingual``): for statements in another script
    sa.Column("embedding_xl", sa.LargeBinary),
)

# The embedding of a news statement, computed the first time it is traced (the multilingual
# one the first time a passage in another script is a candidate).
statement_embeddings = sa.Table(
    "statement_embeddings", metadata,
    sa.Column("statement_id", sa.ForeignKey("statements.id"), primary_key=True),
    sa.Column("embedding", sa.LargeBinary, nullable=False),
    sa.Column("embedding_xl", sa.LargeBinary),
)

# A news statement traced to a passage it quotes or paraphrases.
statement_sources = sa.Table(
    "statement_sources", metadata,
    sa.Column("statement_id", sa.ForeignKey("statements.id"), primary_key=True),
    sa.Column("passage_id", sa.ForeignKey("passages.id"), primary_key=True, index=True),
    sa.Column("score", sa.Float, nullable=False),  # the combined score the threshold is on
    sa.Column("similarity", sa.Float, nullable=False),  # cosine of the embeddings
    sa.Column("lexical", sa.Float, nullable=False),  # word overlap, 0..1
    sa.Column("method", sa.String(32), nullable=False),  # "embedding+lexical <version>"
    sa.Column("misquote", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reason", sa.Text),  # why it is a misquote
    sa.Column("traced_at", sa.DateTime, nullable=False),
)

# Articles whose tracing is done (a primary source's passages stored and the news in its
# window traced; a report's statements traced); the others are traced by the next run.
traced_articles = sa.Table(
    "traced_articles", metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("traced_at", sa.DateTime, nullable=False),
)

STATEMENTS_VIEW = """
CREATE VIEW statements_view AS
SELECT s.id AS id, sp.name AS speaker, s.kind AS kind,
       COALESCE(s.date, a.published) AS date, s.text AS text,
       a.title AS title, a.outlet AS outlet, a.published AS published, a.url AS url,
       s.article_id AS article_id, s.speaker_id AS speaker_id
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""

# External-content FTS5 over the view: Datasette offers search on statements_view, and the
# index stores no second copy of the text.
SQLITE_FTS = (
    "CREATE VIRTUAL TABLE statements_fts USING fts5("
    "text, title, content='statements_view', content_rowid='id', tokenize='porter unicode61')"
)

POSTGRES_SEARCH = (
    "ALTER TABLE statements ADD COLUMN search tsvector",
    "CREATE INDEX statements_search_idx ON statements USING GIN (search)",
)


def _initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t is not schema_version])
    conn.exec_driver_sql(STATEMENTS_VIEW)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(SQLITE_FTS)
    elif conn.dialect.name == "postgresql":
        for sql in POSTGRES_SEARCH:
            conn.exec_driver_sql(sql)


def _statement_model(conn: Connection) -> None:
    """statements.model: which model and version produced each statement."""
    if "model" not in {c["name"] for c in sa.inspect(conn).get_columns("statements")}:
        conn.exec_driver_sql("ALTER TABLE statements ADD COLUMN model TEXT")


def _speaker_resolution(conn: Connection) -> None:
    """statements.speaker_resolution: how each statement's speaker was resolved."""
    if "speaker_resolution" not in {c["name"] for c in
                                    sa.inspect(conn).get_columns("statements")}:
        conn.exec_driver_sql("ALTER TABLE statements ADD COLUMN speaker_resolution VARCHAR(16)")


def _surname_keys(conn: Connection) -> None:
    """speakers.surname under one key per transliteration (Zelensky = Zelenskyy)."""
    from whosaid.store.identity import PersonName

    rows = conn.execute(sa.select(speakers.c.id, speakers.c.name)
                        .where(speakers.c.surname.is_not(None))).all()
    for r in rows:
        conn.execute(speakers.update().where(speakers.c.id == r.id)
                     .values(surname=PersonName.parse(r.name).surname))


def _statement_dates(conn: Connection) -> None:
    """How each statement's date was found (date_rule, date_scheduled) and the dates named
    inside what was said (mentioned_dates, per copy like the other spans)."""
    have = {c["name"] for c in sa.inspect(conn).get_columns("statements")}
    json_type = "JSONB" if conn.dialect.name == "postgresql" else "JSON"
    for name, kind in (("date_rule", "VARCHAR(16)"), ("date_scheduled", "BOOLEAN"),
                       ("mentioned_dates", json_type)):
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE statements ADD COLUMN {name} {kind}")
    if "mentioned_dates" not in {c["name"] for c in
                                 sa.inspect(conn).get_columns("statement_outlets")}:
        conn.exec_driver_sql(f"ALTER TABLE statement_outlets ADD COLUMN mentioned_dates "
                             f"{json_type}")


def _alerts(conn: Connection) -> None:
    """alerts: saved searches, each with the last statement it reported."""
    alerts.create(conn, checkfirst=True)


def _transcripts(conn: Connection) -> None:
    """articles.kind (report, transcript, interview, readout; empty for articles stored
    before it was recorded), and statements of kind 'question' (asked in a transcript)."""
    if "kind" not in {c["name"] for c in sa.inspect(conn).get_columns("articles")}:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN kind VARCHAR(16)")
        conn.exec_driver_sql("CREATE INDEX ix_articles_kind ON articles (kind)")
    old = "kind IN ('direct', 'mixed', 'indirect')"
    new = "kind IN ('direct', 'mixed', 'indirect', 'question')"
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE statements DROP CONSTRAINT IF EXISTS statement_kind")
        conn.exec_driver_sql(f"ALTER TABLE statements ADD CONSTRAINT statement_kind CHECK ({new})")
    elif conn.dialect.name == "sqlite":
        # SQLite cannot alter a constraint. Widening a CHECK changes nothing stored, so the
        # table's definition is edited in place (the procedure of SQLite's ALTER TABLE page,
        # section "Making other kinds of table schema changes") rather than copying the table
        # under its foreign keys, view and full-text index.
        version = conn.exec_driver_sql("PRAGMA schema_version").scalar() or 0
        conn.exec_driver_sql("PRAGMA writable_schema=ON")
        conn.exec_driver_sql("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                             "WHERE type = 'table' AND name = 'statements'", (old, new))
        conn.exec_driver_sql(f"PRAGMA schema_version={int(version) + 1}")
        conn.exec_driver_sql("PRAGMA writable_schema=OFF")


def _page_structure(conn: Connection) -> None:
    """The page structure of each article (its typed blocks, the published date's candidates)
    and the block each statement was found in (per copy: a headline in one outlet may be body
    text in another)."""
    json_type = "JSONB" if conn.dialect.name == "postgresql" else "JSON"
    have = {c["name"] for c in sa.inspect(conn).get_columns("articles")}
    for name in ("blocks", "date_candidates"):
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {name} {json_type}")
    for table in ("statements", "statement_outlets"):
        if "block" not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN block VARCHAR(16)")


def _tracing(conn: Connection) -> None:
    """Quote tracing: passages of primary sources, statement embeddings, the links between
    news statements and passages, and which articles are traced. The articles stored before
    are left untraced, so the next ingest (or ``whosaid trace``) traces them."""
    for table in (passages, statement_embeddings, statement_sources, traced_articles):
        table.create(conn, checkfirst=True)


def _cross_lingual(conn: Connection) -> None:
    """Multilingual embeddings of passages and statements (quote tracing across languages).
    The primary sources stored before are marked untraced, so the next ingest (or ``whosaid
    trace``) stores their passages again with both embeddings and traces their news again."""
    for table in ("passages", "statement_embeddings"):
        if "embedding_xl" not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
            kind = "BYTEA" if conn.dialect.name == "postgresql" else "BLOB"
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN embedding_xl {kind}")
    conn.execute(traced_articles.delete().where(traced_articles.c.article_id.in_(
        sa.select(passages.c.article_id).distinct())))


MIGRATIONS: list[Callable[[Connection], None]] = [_initial, _statement_model,
                                                  _speaker_resolution, _surname_keys,
                                                  _statement_dates, _alerts,
                                                  _transcripts, _tracing, _page_structure,
                                                  _cross_lingual]


LOCK_KEY = 0x77686F73  # "whos": the advisory lock that serialises migrations on PostgreSQL


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def upgrade(engine: sa.Engine) -> int:
    """Apply every migration not yet applied, each in its own transaction; returns the version.

    Safe when several processes open the same database at once: each migration runs under the
    database's write lock (SQLite ``BEGIN IMMEDIATE`` through the store's ``write`` option, a
    transaction-level advisory lock on PostgreSQL) and re-reads the version under it."""
    with engine.connect() as conn:  # up to date: no lock, so readers never wait on a writer
        if current_version(conn) == len(MIGRATIONS):
            return len(MIGRATIONS)
    for number, migration in enumerate(MIGRATIONS, start=1):
        with engine.connect().execution_options(write=True) as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            schema_version.create(conn, checkfirst=True)
            if current_version(conn) >= number:
                continue
            migration(conn)
            conn.execute(schema_version.insert().values(
                version=number, applied_at=datetime.now(UTC).replace(tzinfo=None)))
    return len(MIGRATIONS)
