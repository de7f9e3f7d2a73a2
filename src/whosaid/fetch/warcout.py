"""Writing what was fetched as WARC 1.1 response records (gzip per record when the name ends
in .gz), so that the ordinary WARC reader (``whosaid.ingest.warc``) reads it back offline."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import BinaryIO, Self

from fastwarc.warc import WarcRecord, WarcRecordType

from whosaid.fetch.client import Page

# httpx hands over the body already de-chunked and decompressed; these headers would make a
# reader undo that a second time, so they are kept under another name.
_DECODED = ("content-encoding", "transfer-encoding", "content-length")
_KEPT_AS = "X-Whosaid-Original-"


class WarcWriter:
    """Appends response records to one file, created at the first record (a run that
    fetched nothing leaves no empty file behind); use it as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records = 0
        self._file: BinaryIO | None = None
        self._gzip = path.name.endswith(".gz")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()

    def write(self, page: Page) -> None:
        """One response record: the HTTP status line and headers, then the body."""
        record = WarcRecord()
        record.init_headers(WarcRecordType.response)
        record.headers["WARC-Target-URI"] = page.url
        record.headers["Content-Type"] = "application/http; msgtype=response"
        record.set_bytes_content(http_message(page))
        buffer = io.BytesIO()
        record.write(buffer, checksum_data=True)
        data = buffer.getvalue()
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab")
        self._file.write(gzip.compress(data) if self._gzip else data)
        self._file.flush()
        self.records += 1


def http_message(page: Page) -> bytes:
    """The HTTP response as it would read on the wire, for the body as stored."""
    lines = [f"HTTP/1.1 {page.status} {page.reason}".rstrip()]
    for name, value in page.headers:
        if name.lower() in _DECODED:
            name = _KEPT_AS + name
        lines.append(f"{name}: {value}")
    lines.append(f"Content-Length: {len(page.body)}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("latin-1", "replace") + page.body
