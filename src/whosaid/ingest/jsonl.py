"""JSON lines: one article a line, ``text`` or ``html`` plus optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from whosaid.ingest.errors import too_big
from whosaid.ingest.sniff import HTML, TEXT
from whosaid.models import Document, Failure, Origin

META_FIELDS = ("id", "url", "title", "published", "outlet", "author")


def iter_jsonl(lines: Iterable[bytes], path: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One Document per line; a bad line is a Failure and the next line is read."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield _parse(line, path, f"line {number}", max_bytes)


def _parse(line: bytes, path: str, where: str, max_bytes: int) -> Document | Failure:
    if len(line) > max_bytes:
        return Failure(path, too_big("the line", max_bytes, len(line)), where)
    try:
        row = json.loads(line)
    except ValueError as exc:  # UnicodeDecodeError is a ValueError too
        return Failure(path, f"not valid JSON ({exc})", where)
    if not isinstance(row, dict):
        return Failure(path, f"expected a JSON object, got {type(row).__name__}", where)
    return _document(row, path, where)


def _document(row: dict[str, Any], path: str, where: str) -> Document | Failure:
    html, text = row.get("html"), row.get("text")
    body, media_type = (html, HTML) if isinstance(html, str) and html.strip() else (text, TEXT)
    if not isinstance(body, str) or not body.strip():
        return Failure(path, "no 'text' or 'html' field with content", where)
    meta = {key: row[key] for key in META_FIELDS if row.get(key) not in (None, "")}
    record = str(meta.get("id", where))
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    return Document(body, media_type, Origin(path, record, url), meta)
