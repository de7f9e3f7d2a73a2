"""Exports: JSONL (one article per line, the ``whosaid extract`` contract), and CSV or Parquet
with one row per statement (the columns of ``statements_view`` plus every outlet)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whosaid.store.store import Store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = ("id", "speaker", "speaker_id", "speaker_resolution", "kind", "text", "date", "date_precision",
           "confidence", "model", "title", "outlet", "outlets", "published", "url", "article_id",
           "content_start", "content_end", "issues")
PAGE = 1000


def export(store: Store, fmt: str, path: str | Path) -> int:
    """Write ``store`` to ``path`` in ``fmt``; returns how many records were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt](store, Path(path))


def statement_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every statement as a flat row, in id order."""
    return (flat(row) for row in store.iter_statements(PAGE))


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A statement row with lists joined into text, as CSV and Parquet columns want."""
    out = {c: row.get(c) for c in COLUMNS}
    out["outlets"] = "; ".join(row.get("outlets") or [])
    out["issues"] = "; ".join(tag["issue"] for tag in row.get("issues") or [])
    return out


def _jsonl(store: Store, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for article in store.articles():
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(store: Store, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in statement_rows(store):
            writer.writerow(row)
            n += 1
    return n


def _parquet(store: Store, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([
        ("id", pa.int64()), ("speaker", pa.string()), ("speaker_id", pa.int64()),
        ("speaker_resolution", pa.string()),
        ("kind", pa.string()), ("text", pa.string()), ("date", pa.string()),
        ("date_precision", pa.string()), ("confidence", pa.float64()), ("model", pa.string()),
        ("title", pa.string()),
        ("outlet", pa.string()), ("outlets", pa.string()), ("published", pa.string()),
        ("url", pa.string()), ("article_id", pa.string()), ("content_start", pa.int64()),
        ("content_end", pa.int64()), ("issues", pa.string()),
    ])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for row in statement_rows(store):
            batch.append(row)
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
