"""Exports: JSONL (one article per line, the ``whosaid extract`` contract), and CSV or Parquet
with one row per statement (the columns of ``statements_view`` plus every outlet).

The writers take streams of records, not the store, so the store calls them and they never
call back into it."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from whosaid.models import Article
from whosaid.store.records import StoredStatement

# One CSV or Parquet cell per column: text, numbers or nothing.
Cell = str | int | float | None

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = ("id", "speaker", "speaker_id", "speaker_resolution", "kind", "text", "date", "date_precision",
           "confidence", "model", "title", "outlet", "outlets", "published", "url", "article_id",
           "content_start", "content_end", "issues")
PAGE = 1000


def export(fmt: str, path: str | Path, articles: Callable[[], Iterable[Article]],
           statements: Callable[[], Iterable[StoredStatement]]) -> int:
    """Write ``articles()`` (jsonl) or ``statements()`` (csv, parquet) to ``path`` in ``fmt``;
    returns how many records were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return _jsonl(articles(), Path(path))
    flat = (flat_row(s) for s in statements())
    return (_csv if fmt == "csv" else _parquet)(flat, Path(path))


def flat_row(s: StoredStatement) -> dict[str, Cell]:
    """A statement as one row of flat columns: lists joined into text, dates as ISO."""
    out: dict[str, Cell] = {}
    for column in COLUMNS:
        value = getattr(s, column)
        out[column] = value.isoformat() if hasattr(value, "isoformat") else value
    out["outlets"] = "; ".join(s.outlets)
    out["issues"] = "; ".join(tag.issue for tag in s.issues)
    return out


def _jsonl(articles: Iterable[Article], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for article in articles:
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(rows: Iterator[dict[str, Cell]], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _parquet(rows: Iterator[dict[str, Cell]], path: Path) -> int:
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
        batch: list[dict[str, Cell]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
