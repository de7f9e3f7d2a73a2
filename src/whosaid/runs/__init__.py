"""Runs: the only place where the language pipeline meets the store.

- ``engines``: ``run_engine`` reads paths and analyses them serially, in a local process
  pool or on Ray Data; all three yield the same items in the same order.
- ``ingest_run``: ``ingest_paths`` (read, analyse, store, with a progress bar and an
  ``ingest_runs`` row) and ``ingest_items`` (store items analysed elsewhere).
- ``staged``: analyse into resumable Parquet parts (``run_staged``), load them later
  (``load_staged``).
- ``upload``: ``ingest_upload``, one article sent to the web server.
"""

from whosaid.runs.engines import ENGINES, run_engine
from whosaid.runs.ingest_run import ingest_items, ingest_paths

__all__ = ["ENGINES", "ingest_items", "ingest_paths", "run_engine"]
