"""WARC and WARC.gz via FastWARC: HTML response records, streamed one record at a time."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from whosaid.ingest.errors import ReadError, too_big
from whosaid.ingest.sniff import HTML
from whosaid.ingest.text import decode_text
from whosaid.models import Document, Failure, Origin

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# zlib window bits: 32 + 15 reads both gzip and zlib framing; -15 is raw deflate.
_GZIP_OR_ZLIB, _RAW_DEFLATE = 47, -15
_CHUNK = 2**20


def iter_warc(stream: BinaryIO, path: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One Document per successful HTML response; gzip is detected from the stream.

    Requests, metadata, redirects and non-HTML responses (images, scripts) are not articles
    and are passed over. A record cut short, a record whose WARC or HTTP head cannot be parsed
    and a broken archive are Failures that give the record's offset in the file, and an
    archive without a single HTML page says so: nothing is lost without a word.
    """
    # Bodies are decoded here rather than by FastWARC, which would hide a truncated body.
    records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                              auto_decode="none")
    found = yielded = last = 0
    try:
        for record in records:
            found, last = found + 1, record.stream_pos
            if (broken := _broken_head(record)) is not None:
                yielded += 1
                yield Failure(path, broken, _where(record))
            elif _is_html_page(record):
                yielded += 1
                yield _document(record, path, max_bytes)
            elif (got := _skip(record)) < record.content_length:
                yielded += 1
                yield Failure(path, f"truncated WARC record at offset {record.stream_pos}: "
                                    f"{got} of {record.content_length} bytes", _where(record))
    except OSError as exc:
        yield Failure(path, f"broken WARC after the record at offset {last} "
                            f"({found} response record(s) read): {exc}")
        return
    if not found:
        yield Failure(path, "no response records in the WARC (empty or truncated archive?)")
    elif not yielded:
        yield Failure(path, f"no HTML pages in the WARC: none of its {found} response "
                            "record(s) is an HTML page with a 2xx status")


def _broken_head(record: WarcRecord) -> str | None:
    """Why a response record cannot be read, when its WARC or HTTP head is cut or malformed.

    FastWARC does not raise for these: it hands over a record without a length or without
    HTTP headers, which would otherwise pass for a record that is not an article."""
    at = f"at offset {record.stream_pos}"
    if not (record.headers.get("Content-Length") or "").strip().isdigit():
        return f"WARC record {at} is cut short or broken inside its WARC header"
    if not record.is_http or record.http_headers is None or \
            record.http_headers.status_code is None:
        return f"WARC record {at} has an HTTP response head that cannot be parsed " \
               "(cut short or malformed)"
    return None


def _where(record: WarcRecord) -> str:
    """The record named by its id, or by its offset when its header was cut before the id."""
    return record.record_id or f"offset {record.stream_pos}"


def _is_html_page(record: WarcRecord) -> bool:
    status = record.http_headers.status_code if record.http_headers else None
    content_type = (record.http_content_type or "").lower()
    return status is not None and 200 <= status < 300 and content_type in _HTML_TYPES


def _skip(record: WarcRecord) -> int:
    """Read past a record that is not an article, counting its bytes to notice a cut archive."""
    total = 0
    while chunk := record.reader.read(_CHUNK):
        total += len(chunk)
    return total


def _document(record: WarcRecord, path: str, max_bytes: int) -> Document | Failure:
    record_id = record.record_id
    url = record.headers.get("WARC-Target-URI")
    expected = record.content_length
    if expected > max_bytes:
        return Failure(path, too_big("the record", max_bytes, expected), record_id)
    raw = record.reader.read()
    if len(raw) < expected:
        return Failure(path, f"truncated WARC record at offset {record.stream_pos}: {len(raw)} "
                             f"of {expected} bytes", record_id)
    try:
        html = decode_text(_http_body(raw, record, max_bytes), record.http_charset)
    except ReadError as exc:
        return Failure(path, str(exc), record_id)
    meta = {"id": record_id, "url": url} if url else {"id": record_id}
    return Document(html, HTML, Origin(path, record_id, url), meta)


def _http_body(raw: bytes, record: WarcRecord, max_bytes: int) -> bytes:
    """Undo the transfer and content encodings the server applied (chunks, gzip, deflate)."""
    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        raw = _dechunk(raw)
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding == "identity":
        return raw
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _inflate(raw, max_bytes)
    raise ReadError(f"unsupported HTTP content encoding {encoding!r}")


def _dechunk(raw: bytes) -> bytes:
    body, pos = bytearray(), 0
    while True:
        end = raw.find(b"\r\n", pos)
        try:
            size = int(raw[pos:end].split(b";")[0], 16) if end >= 0 else -1
        except ValueError:
            size = -1
        if size < 0 or end + 2 + size > len(raw):
            raise ReadError("truncated or malformed chunked HTTP body")
        if size == 0:
            return bytes(body)
        body += raw[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2


def _inflate(raw: bytes, max_bytes: int) -> bytes:
    # Servers send "deflate" both with and without zlib framing.
    for wbits in (_GZIP_OR_ZLIB, _RAW_DEFLATE):
        inflater = zlib.decompressobj(wbits=wbits)
        try:
            body = inflater.decompress(raw, max_bytes + 1)
        except zlib.error:
            continue
        if len(body) > max_bytes:
            raise ReadError(too_big("the inflated HTTP body", max_bytes))
        if not inflater.eof:
            raise ReadError("truncated compressed HTTP body")
        return body
    raise ReadError("corrupt compressed HTTP body")
