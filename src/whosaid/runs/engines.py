"""Engines that run ``analyze_many`` over a stream of documents: serially, in a local process
pool, or on Ray Data. All three yield the same items in the same (input) order, so the rest
of whosaid (the store, staged Parquet output) never knows which engine produced them.
"""

from __future__ import annotations

import os
import pickle
import resource
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from whosaid.extract import DEFAULT_MODEL
from whosaid.models import Article, Document, Failure
from whosaid.pipeline import analyze_many, batches

Item = Document | Failure
Result = Article | Failure
BATCH_SIZE = 16
ENGINES = ("serial", "pool", "ray")
BLOCK_BYTES = 64 * 1024  # about a dozen articles: batches spread over the actors
# Ray Data's rows and batches: column name to value (a batch holds numpy arrays).
RayColumns = dict[str, Any]


def run_serial(docs: Iterable[Item], batch_size: int = BATCH_SIZE,
               model: str = DEFAULT_MODEL) -> Iterator[Result]:
    """The reference engine: one process, the model loaded once."""
    return analyze_many(docs, batch_size, model)


# ---------------------------------------------------------------- local process pool


def _load_model(model: str = DEFAULT_MODEL) -> None:
    from whosaid.nlp import load_nlp

    load_nlp()
    if model == "accurate":
        from whosaid.extract.tagger import default_model

        default_model()


def _analyze_batch(batch: list[Item], model: str) -> tuple[list[Result], int, int]:
    """Worker side: the batch's results, plus this worker's pid and peak RSS (KiB) for reports."""
    results = list(analyze_many(batch, len(batch), model))
    return results, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_pool(docs: Iterable[Item], workers: int, batch_size: int = BATCH_SIZE,
             peak_rss: dict[int, int] | None = None,
             model: str = DEFAULT_MODEL) -> Iterator[Result]:
    """Analyse in ``workers`` processes, each loading the model once; results in input order.

    At most ``2 * workers`` batches are in flight, so memory stays flat on any input size.
    ``peak_rss``, if given, is filled with each worker's peak resident memory in KiB.
    """
    # spawn, not fork: the parent may hold threads (Ray, a web server) that fork would break.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                             initializer=_load_model, initargs=(model,)) as pool:
        pending: deque[Future] = deque()
        for batch in batches(docs, batch_size):
            pending.append(pool.submit(_analyze_batch, batch, model))
            if len(pending) >= 2 * workers:
                yield from _collect(pending.popleft(), peak_rss)
        while pending:
            yield from _collect(pending.popleft(), peak_rss)


def _collect(future: Future, peak_rss: dict[int, int] | None) -> list[Result]:
    results, pid, rss = future.result()
    if peak_rss is not None:
        peak_rss[pid] = max(rss, peak_rss.get(pid, 0))
    return results


# ---------------------------------------------------------------- Ray Data


class RayAnalyzer:
    """Ray Data actor: the model loads once per actor, then batches of pickled Documents flow."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        _load_model(model)

    def __call__(self, batch: RayColumns) -> RayColumns:
        import numpy as np

        items = [pickle.loads(blob) for blob in batch["item"]]
        results = [pickle.dumps(r) for r in analyze_many(items, len(items), self.model)]
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return {"result": np.array(results, dtype=object),
                "pid": np.full(len(results), os.getpid()), "rss": np.full(len(results), rss)}


def _read_file(row: RayColumns, max_bytes: int,
               skip: frozenset[tuple[str, str | None]], kind: str | None = None
               ) -> list[RayColumns]:
    """Read step, run on the cluster: one input file to one row per document in it."""
    from whosaid.ingest import read_file, with_kind

    items = with_kind(read_file(row["path"], max_bytes), kind)
    return [{"item": pickle.dumps(it)} for it in items if _key(it) not in skip]


def _key(item: Item) -> tuple[str, str | None]:
    if isinstance(item, Failure):
        return item.path, item.record
    return item.origin.path, item.origin.record


def run_ray(paths: Sequence[str], address: str | None = None, actors: int = 2,
            max_bytes: int | None = None, batch_size: int = BATCH_SIZE,
            skip: Iterable[tuple[str, str | None]] = (),
            peak_rss: dict[int, int] | None = None,
            model: str = DEFAULT_MODEL, kind: str | None = None) -> Iterator[Result]:
    """Analyse the documents in ``paths`` on Ray Data; results in input order.

    Files are read on the cluster (each worker streams its own WARC shard), analysed by an
    actor pool of ``actors`` and streamed back. Without ``address`` a local Ray is started
    with the machine's CPUs. Inputs whose (path, record) is in ``skip`` are not analysed: a
    resumed staged run uses that. Input files must be readable at the same path on every node.
    """
    import ray

    from whosaid.ingest import DEFAULT_MAX_BYTES
    from whosaid.ingest.sources import expand_paths

    if not ray.is_initialized():
        if address is None:
            # A local Ray stays on loopback: nothing listens on the machine's network address.
            os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
            os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # same order as the serial run
    # Small blocks: one file's records in one big block would all go to a single actor.
    ctx.target_max_block_size = BLOCK_BYTES
    limit, skipped = max_bytes or DEFAULT_MAX_BYTES, frozenset(skip)
    files: list[str] = []
    failures: list[Failure] = []
    for path in paths:
        for entry in expand_paths(path):
            if isinstance(entry, Failure):
                failures.append(entry)
            else:
                files.append(entry)
    yield from (f for f in failures if _key(f) not in skipped)
    if not files:
        return
    ds: ray.data.Dataset = ray.data.from_items([{"path": f} for f in files],
                                               override_num_blocks=len(files))
    # Ray's stubs take the function alone; it passes fn_kwargs on as keyword arguments.
    ds = ds.flat_map(_read_file,  # type: ignore[arg-type]
                     fn_kwargs={"max_bytes": limit, "skip": skipped, "kind": kind}, num_cpus=0.25)
    # Fractional CPUs: an actor pool holding every CPU starves the read step and deadlocks.
    ds = ds.map_batches(RayAnalyzer, batch_size=batch_size, batch_format="numpy",
                        fn_constructor_kwargs={"model": model},
                        compute=ray.data.ActorPoolStrategy(
                            size=actors, max_tasks_in_flight_per_actor=1), num_cpus=0.5)
    for row in ds.iter_rows():
        if peak_rss is not None:
            pid = int(row["pid"])
            peak_rss[pid] = max(int(row["rss"]), peak_rss.get(pid, 0))
        yield pickle.loads(row["result"])


def run_engine(paths: Sequence[str], engine: str = "serial", workers: int = 1,
               address: str | None = None, max_bytes: int | None = None,
               skip: Iterable[tuple[str, str | None]] = (),
               model: str = DEFAULT_MODEL, kind: str | None = None) -> Iterator[Result]:
    """Read ``paths`` and analyse them with the named engine (``ENGINES``) and statement
    model (``accurate`` or ``fast``); ``kind`` forces the article kind (``ingest.with_kind``)."""
    if engine == "ray":
        yield from run_ray(paths, address, max(workers, 1), max_bytes, skip=skip, model=model,
                           kind=kind)
        return
    from whosaid.ingest import DEFAULT_MAX_BYTES, iter_documents, with_kind

    done = set(skip)
    docs = (d for d in with_kind(iter_documents(list(paths), max_bytes or DEFAULT_MAX_BYTES),
                                 kind) if _key(d) not in done)
    if engine == "pool":
        yield from run_pool(docs, max(workers, 1), model=model)
    else:
        yield from run_serial(docs, model=model)
