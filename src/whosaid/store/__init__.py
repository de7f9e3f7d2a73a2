"""The store: articles, speakers and statements in SQLite (default) or PostgreSQL.

    from whosaid.store import Store
    with Store.open("sqlite:///whosaid.db") as store:       # or $WHOSAID_DB, or postgresql://
        store.add(article)                                   # False when already stored
        store.statements(speaker="Putin", search="peace plan", since="2025-11-01")
        store.speakers()                                     # counts, first and last seen
        store.export("parquet", "statements.parquet")

``ingest_paths(store, paths)`` runs the whole pipeline into the store with a progress bar.

In Datasette, search the view with ``statements_view?_fts_table=statements_fts&_fts_pk=id&
_search=words`` (the FTS5 index covers statement text and article title).
"""

from whosaid.store.ingest import ingest_items, ingest_paths
from whosaid.store.speakers import AliasFile
from whosaid.store.store import IngestStats, Store, resolve_url

__all__ = ["AliasFile", "IngestStats", "Store", "ingest_items", "ingest_paths", "resolve_url"]
