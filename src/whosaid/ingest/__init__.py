"""Readers: from files, directories, archives and stdin to text with metadata.

``iter_documents(paths)`` finds the documents (sniffing each one's type from its content) and
``extract_text(document)`` turns one into a ``RawText``: the text in reading order plus the
metadata the source carried.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from whosaid.ingest.errors import ReadError, describe
from whosaid.ingest.html import read_html
from whosaid.ingest.pdf import read_pdf
from whosaid.ingest.sniff import HTML, PDF, TEXT, sniff
from whosaid.ingest.sources import DEFAULT_MAX_BYTES, iter_documents, read_file
from whosaid.ingest.text import decode_text, read_text
from whosaid.models import Document, Failure, RawText

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadError",
    "decode_text",
    "extract_text",
    "iter_documents",
    "read_file",
    "sniff",
    "with_kind",
]

READERS: dict[str, Callable[[Document], RawText]] = {
    TEXT: read_text,
    HTML: read_html,
    PDF: read_pdf,
}

_NAMES = {TEXT: "text", HTML: "HTML page", PDF: "PDF"}


def with_kind(items: Iterable[Document | Failure], kind: str | None
              ) -> Iterator[Document | Failure]:
    """The documents, each marked as being of ``kind`` (report, transcript, interview,
    readout) when the user said so; ``None`` or ``auto`` leaves the readers to sniff it."""
    for item in items:
        if kind and kind != "auto" and isinstance(item, Document):
            item.meta["kind"] = kind
        yield item


def extract_text(document: Document) -> RawText:
    """The text and metadata of one document. Raises ReadError when it cannot be read.

    What the container knew (JSONL fields, WARC headers) overrides what the reader found.
    """
    reader = READERS.get(document.media_type)
    if reader is None:
        raise ReadError(f"no reader for media type {document.media_type!r}")
    try:
        raw = reader(document)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(describe(exc, f"reading the {_NAMES.get(document.media_type)}")) from exc
    raw.meta.update({k: v for k, v in document.meta.items() if v not in (None, "")})
    return raw
