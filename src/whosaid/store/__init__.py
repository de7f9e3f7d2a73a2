"""The store: articles, speakers and statements in SQLite (default) or PostgreSQL.

    from whosaid.store import Store
    with Store.open("sqlite:///whosaid.db") as store:       # or $WHOSAID_DB, or postgresql://
        store.add(article)                                   # False when already stored
        store.statements(speaker="Putin", search="peace plan", since="2025-11-01")
        store.speakers()                                     # counts, first and last seen
        store.export("parquet", "statements.parquet")

Queries return typed records (``StoredStatement``, ``StoredArticle``, ``StoredSpeaker``...,
in ``whosaid.store.records``); ``to_json`` turns any of them into JSON.

The store knows records (``whosaid.models``) and rows, never the pipeline: analysing into it is
``whosaid.runs`` (``ingest_paths(store, paths)``).

In Datasette, search the view with ``statements_view?_fts_table=statements_fts&_fts_pk=id&
_search=words`` (the FTS5 index covers statement text and article title).
"""

from whosaid.store.connect import resolve_url
from whosaid.store.identity import AliasFile
from whosaid.store.records import (
    Carrier,
    StatementFilters,
    StoredAlert,
    StoredArticle,
    StoredError,
    StoredEvent,
    StoredSpeaker,
    StoredStatement,
    to_json,
)
from whosaid.store.store import Store
from whosaid.store.writing import IngestStats

__all__ = ["AliasFile", "Carrier", "IngestStats", "StatementFilters", "Store", "StoredAlert",
           "StoredArticle", "StoredError", "StoredEvent", "StoredSpeaker", "StoredStatement",
           "resolve_url", "to_json"]
