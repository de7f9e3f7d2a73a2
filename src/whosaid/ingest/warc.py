"""WARC and WARC.gz via FastWARC: HTML response records, streamed one record at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from whosaid.ingest.errors import ReadError
from whosaid.ingest.sniff import HTML
from whosaid.ingest.text import decode_text
from whosaid.models import Document, Failure, Origin

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(stream: BinaryIO, path: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One Document per successful HTML response; gzip is detected from the stream.

    Requests, metadata, redirects and non-HTML responses (images, scripts) are not articles
    and are passed over. A record cut short or a broken archive is a Failure.
    """
    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                              auto_decode="all")
    found = 0
    try:
        for record in records:
            found += 1
            if _is_html_page(record):
                yield _document(record, path, max_bytes)
    except OSError as exc:
        yield Failure(path, f"broken WARC after {found} record(s): {exc}")
        return
    if not found:
        yield Failure(path, "no response records in the WARC (empty or truncated archive?)")


def _is_html_page(record: WarcRecord) -> bool:
    status = record.http_headers.status_code if record.http_headers else None
    content_type = (record.http_content_type or "").lower()
    return status is not None and 200 <= status < 300 and content_type in _HTML_TYPES


def _document(record: WarcRecord, path: str, max_bytes: int) -> Document | Failure:
    record_id = record.record_id
    url = record.headers.get("WARC-Target-URI")
    expected = record.content_length
    if expected > max_bytes:
        return Failure(path, f"record is {expected / 2**20:.1f} MB, over the "
                             f"{max_bytes / 2**20:.1f} MB limit; raise it with --max-mb", record_id)
    body = record.reader.read()
    # Decoding chunks or gzip changes the length, so only a plain body can be checked.
    encoded = any(record.http_headers.get(h) for h in ("Transfer-Encoding", "Content-Encoding"))
    if not encoded and len(body) < expected:
        return Failure(path, f"truncated WARC record: {len(body)} of {expected} bytes", record_id)
    try:
        html = decode_text(body, record.http_charset)
    except ReadError as exc:
        return Failure(path, str(exc), record_id)
    meta = {"id": record_id, "url": url} if url else {"id": record_id}
    return Document(html, HTML, Origin(path, record_id, url), meta)
