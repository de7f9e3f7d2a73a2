"""The ingest run: read paths, analyse, store, with a progress bar and a recorded summary.

Each article is committed on its own, so an interrupted run (even kill -9) is resumed simply
by running it again: stored articles are recognised by their content hash and skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tqdm import tqdm

from whosaid.models import Article, Failure
from whosaid.runs.engines import run_engine
from whosaid.store import AliasFile, IngestStats, Store
from whosaid.trace import trace_pending


def ingest_items(store: Store, items: Iterable[Article | Failure], paths: Sequence[str] = (),
                 progress: bool = True) -> tuple[int, IngestStats]:
    """Store analysed items under a new ``ingest_runs`` row, then trace what is new
    (``whosaid.trace``); returns (run id, counts)."""
    run_id = store.start_run(paths)
    bar = tqdm(unit=" articles", disable=not progress, dynamic_ncols=True, leave=True)

    def tick(stats: IngestStats) -> None:
        bar.update(1)
        bar.set_postfix(new=stats.articles, statements=stats.statements,
                        duplicates=stats.duplicates, errors=stats.errors, refresh=False)

    try:
        stats = store.add_many(items, run_id, on_item=tick)
    except BaseException:
        store.finish_run(run_id, IngestStats(), status="interrupted")
        raise
    finally:
        bar.close()
    store.finish_run(run_id, stats)
    trace_pending(store)
    return run_id, stats


def ingest_paths(store: Store, paths: Sequence[str], aliases: AliasFile | None = None,
                 max_bytes: int | None = None, progress: bool = True, engine: str = "serial",
                 workers: int = 1, address: str | None = None,
                 model: str = "accurate", kind: str | None = None) -> tuple[int, IngestStats]:
    """Read ``paths`` (files, directories, JSONL, WARC...), analyse and store every article.

    ``engine`` is serial, pool (``workers`` processes) or ray (``workers`` actors, on the
    cluster at ``address`` or a local Ray); all store the same content in the same order.
    ``model`` is the statement model: ``accurate`` (trained) or ``fast`` (rules); ``kind``
    forces the article kind (transcript, report...; None or auto: sniffed).
    """
    if aliases:
        store.apply_aliases(aliases)
    items = run_engine(list(paths), engine, workers, address, max_bytes, model=model,
                       kind=kind)
    return ingest_items(store, items, [str(p) for p in paths], progress)
