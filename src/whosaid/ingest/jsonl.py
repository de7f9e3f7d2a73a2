"""JSON lines: one article a line, ``text`` or ``html`` plus optional metadata.

Every line is checked as it comes in, so that a bad row fails here, with a reason that names
the field, and never later in a stage or in the database: the body and the metadata must be
text (``id`` may also be a whole number), JSON may nest at most ``MAX_DEPTH`` levels, ``url``
must parse as a URL, and lone surrogates (``"\\udfff"``, half of a UTF-16 pair, which cannot be
printed or stored) are replaced by U+FFFD.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from whosaid.ingest.errors import describe, kind_of, scrub, too_big
from whosaid.ingest.sniff import HTML, TEXT
from whosaid.models import Document, Failure, Origin

META_FIELDS = ("id", "url", "title", "published", "outlet", "author")
BODY_FIELDS = ("html", "text")
# No article needs deeper JSON; Python's parser gives up (RecursionError) near 1,000 levels.
MAX_DEPTH = 100
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


class BadRow(ValueError):
    """A JSONL row that is valid JSON but not an article; the message says why."""


def iter_jsonl(lines: Iterable[bytes], path: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One Document per line; a bad line is a Failure and the next line is read."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            yield _parse(line, path, where, max_bytes)
        except Exception as exc:  # noqa: BLE001 - one bad line must never stop the file
            yield Failure(path, describe(exc, "reading the JSON line"), where)


def _parse(line: bytes, path: str, where: str, max_bytes: int) -> Document | Failure:
    if len(line) > max_bytes:
        return Failure(path, too_big("the line", max_bytes, len(line)), where)
    if too_deep(line, MAX_DEPTH):
        return Failure(path, f"JSON nested deeper than {MAX_DEPTH} levels", where)
    try:
        row = json.loads(line)
    except RecursionError:
        return Failure(path, f"JSON nested deeper than {MAX_DEPTH} levels", where)
    except ValueError as exc:  # UnicodeDecodeError is a ValueError too
        return Failure(path, f"not valid JSON ({scrub(str(exc))})", where)
    if not isinstance(row, dict):
        return Failure(path, f"expected a JSON object, got {kind_of(row)}", where)
    try:
        return _document(row, path, where)
    except BadRow as exc:
        return Failure(path, str(exc), where)


def too_deep(line: bytes, limit: int) -> bool:
    """Whether the JSON in ``line`` nests arrays and objects more than ``limit`` levels deep.

    Checked before parsing: brackets inside strings do not count. Most lines have fewer
    brackets than the limit and are passed after two counts, without a scan."""
    if line.count(b"[") + line.count(b"{") <= limit:
        return False
    depth = 0
    for bracket in _BRACKETS.findall(_STRING.sub(b'""', line)):
        depth += 1 if bracket in b"[{" else -1
        if depth > limit:
            return True
    return False


def _document(row: dict[str, Any], path: str, where: str) -> Document:
    body, media_type = _body(row)
    meta = {key: value for key in META_FIELDS
            if (value := _field(row, key)) is not None}
    url = meta.get("url")
    if url is not None:
        _check_url(url)
    record = meta.get("id", where)
    return Document(body, media_type, Origin(path, record, url), meta)


def _body(row: dict[str, Any]) -> tuple[str, str]:
    """The article: ``html`` when it has content, else ``text``."""
    for key in BODY_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise BadRow(f"field '{key}' must be text, got {kind_of(value)}")
    html, text = row.get("html"), row.get("text")
    if html and html.strip():
        return scrub(html), HTML
    if text and text.strip():
        return scrub(text), TEXT
    raise BadRow("no 'text' or 'html' field with content")


def _field(row: dict[str, Any], key: str) -> str | None:
    """One metadata field as text, or None when absent or empty; anything else is a BadRow."""
    value = row.get(key)
    if value is None or value == "":
        return None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # numbered rows are common: {"id": 17, ...}
    if not isinstance(value, str):
        hint = {"published": " (a date like 2025-11-27)", "id": " or a whole number"}.get(key, "")
        raise BadRow(f"field '{key}' must be text{hint}, got {kind_of(value)}")
    value = scrub(value)
    return value if value.strip() else None


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is what rejects "http://host:99999"
    except ValueError as exc:
        raise BadRow(f"field 'url' is not a valid URL ({str(exc).lower()})") from exc
