"""Staged output for big runs: analyse into partitioned Parquet, load into a database later.

``DIR/articles``, ``DIR/statements`` and ``DIR/errors`` hold part files with the same number;
``DIR/ledger/part-N.parquet`` lists the inputs (origin path, record) that part covers. Every
file is written to a temporary name and renamed, and the ledger part is renamed last: a part
counts only once its ledger part exists. A run killed at any moment (even SIGKILL) is resumed
by running it again: uncommitted parts are deleted and committed inputs are skipped, so the
output has no duplicates and no losses.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from tqdm import tqdm

from whosaid.models import Article, Failure, article_from_dict, statement_to_dict
from whosaid.pipeline import batches
from whosaid.runs.engines import run_engine
from whosaid.runs.ingest_run import ingest_items
from whosaid.store import IngestStats, Store

TABLES = ("articles", "statements", "errors")
LEDGER = "ledger"
PART = re.compile(r"part-(\d{6})\.parquet$")

SCHEMAS = {
    "articles": pa.schema([
        ("id", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
        ("url", pa.string()), ("published", pa.string()), ("source_path", pa.string()),
        ("source_record", pa.string()), ("words", pa.int64()), ("statements", pa.int64()),
        ("article_json", pa.string())]),
    "statements": pa.schema([
        ("article_id", pa.string()), ("n", pa.int64()), ("kind", pa.string()),
        ("speaker", pa.string()), ("speaker_type", pa.string()), ("text", pa.string()),
        ("date", pa.string()), ("confidence", pa.float64()), ("content_start", pa.int64()),
        ("content_end", pa.int64()), ("statement_json", pa.string())]),
    "errors": pa.schema([("path", pa.string()), ("record", pa.string()), ("reason", pa.string())]),
    LEDGER: pa.schema([("path", pa.string()), ("record", pa.string()), ("outcome", pa.string())]),
}


@dataclass
class StagedStats:
    articles: int = 0
    statements: int = 0
    errors: int = 0
    words: int = 0
    resumed_from: int = 0  # inputs already done by an earlier, interrupted run
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (f"{self.articles} article(s), {self.statements} statement(s), {self.errors} "
                f"error(s) in {self.seconds:.1f} s ({rate:.2f} articles/s, "
                f"{self.words / self.seconds if self.seconds else 0:.0f} words/s); "
                f"{self.resumed_from} input(s) done by an earlier run were skipped.")


def run_staged(paths: Sequence[str], out: str | Path, engine: str = "serial", workers: int = 1,
               address: str | None = None, max_bytes: int | None = None, part_size: int = 256,
               progress: bool = True, model: str = "accurate") -> StagedStats:
    """Analyse ``paths`` into Parquet parts under ``out``, resuming an earlier run there."""
    out = Path(out)
    done, next_part = resume(out)
    stats, start = StagedStats(resumed_from=len(done)), time.perf_counter()
    items = run_engine(paths, engine, workers, address, max_bytes, skip=done, model=model)
    with tqdm(unit=" articles", disable=not progress, dynamic_ncols=True) as bar:
        for chunk in batches(items, part_size):
            write_part(out, next_part, chunk, stats)
            next_part += 1
            bar.update(len(chunk))
            bar.set_postfix(statements=stats.statements, errors=stats.errors, refresh=False)
    stats.seconds = time.perf_counter() - start
    return stats


def resume(out: Path) -> tuple[set[tuple[str, str | None]], int]:
    """The inputs committed under ``out`` and the next part number; uncommitted files go."""
    for name in (*TABLES, LEDGER):
        (out / name).mkdir(parents=True, exist_ok=True)
    committed = {int(m.group(1)) for p in (out / LEDGER).iterdir() if (m := PART.search(p.name))}
    for name in (*TABLES, LEDGER):
        for p in (out / name).iterdir():
            m = PART.search(p.name)
            if p.name.endswith(".tmp") or (m and int(m.group(1)) not in committed):
                p.unlink()  # left by a run killed before it committed this part
    done: set[tuple[str, str | None]] = set()
    for n in sorted(committed):
        rows = pq.read_table(_part(out, LEDGER, n), columns=["path", "record"]).to_pylist()
        done.update((r["path"], r["record"]) for r in rows)
    return done, max(committed, default=-1) + 1


def write_part(out: Path, n: int, chunk: list[Article | Failure], stats: StagedStats) -> None:
    """Write one part's tables, then commit it by writing its ledger part."""
    rows: dict[str, list[dict]] = {name: [] for name in (*TABLES, LEDGER)}
    for item in chunk:
        if isinstance(item, Failure):
            rows["errors"].append({"path": item.path, "record": item.record,
                                   "reason": item.reason})
            rows[LEDGER].append({"path": item.path, "record": item.record, "outcome": "error"})
            stats.errors += 1
            continue
        rows["articles"].append(_article_row(item))
        rows["statements"] += [_statement_row(item.id, i, s) for i, s in
                               enumerate(item.statements)]
        src = item.source
        rows[LEDGER].append({"path": src.path if src else item.id,
                             "record": src.record if src else None, "outcome": "article"})
        stats.articles += 1
        stats.statements += len(item.statements)
        stats.words += len(item.text.split())
    for name in (*TABLES, LEDGER):  # the ledger last: it is the commit
        _write_atomic(pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]), _part(out, name, n))


def _article_row(a: Article) -> dict:
    src = a.source
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url,
            "published": a.published and str(a.published),
            "source_path": src and src.path, "source_record": src and src.record,
            "words": len(a.text.split()), "statements": len(a.statements),
            "article_json": json.dumps(a.to_dict(with_source=True), ensure_ascii=False)}


def _statement_row(article_id: str, n: int, s) -> dict:
    return {"article_id": article_id, "n": n, "kind": s.kind, "speaker": s.speaker.name,
            "speaker_type": s.speaker.type, "text": s.text, "date": s.date and str(s.date),
            "confidence": s.confidence,
            "content_start": min((sp.start for sp in s.content), default=0),
            "content_end": max((sp.end for sp in s.content), default=0),
            "statement_json": json.dumps(statement_to_dict(s), ensure_ascii=False)}


def _part(out: Path, name: str, n: int) -> Path:
    return out / name / f"part-{n:06d}.parquet"


def _write_atomic(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())  # the data is on disk before the name says the part exists
    os.replace(tmp, path)


def committed_parts(out: str | Path) -> list[int]:
    """Part numbers whose ledger part exists, in order."""
    ledger = Path(out) / LEDGER
    return sorted(int(m.group(1)) for p in ledger.iterdir() if (m := PART.search(p.name)))


def iter_staged(out: str | Path) -> Iterator[Article | Failure]:
    """Every committed article (rebuilt in full) and failure under ``out``, part by part."""
    out = Path(out)
    for n in committed_parts(out):
        for row in pq.read_table(_part(out, "articles", n), columns=["article_json"]).to_pylist():
            yield article_from_dict(json.loads(row["article_json"]))
        for row in pq.read_table(_part(out, "errors", n)).to_pylist():
            yield Failure(row["path"], row["reason"], row["record"])


def load_staged(store: Store, out: str | Path, progress: bool = True) -> tuple[int, IngestStats]:
    """Bulk-load staged output into ``store``; stored articles are skipped by content hash,
    so loading twice (or after a partial load) adds nothing twice."""
    return ingest_items(store, iter_staged(out), [str(out)], progress)


def count_rows(out: str | Path, name: str, parts: Iterable[int] | None = None) -> int:
    """Rows of one table over the committed parts (Parquet footers only, no data read)."""
    out = Path(out)
    return sum(pq.ParquetFile(_part(out, name, n)).metadata.num_rows
               for n in (committed_parts(out) if parts is None else parts))
