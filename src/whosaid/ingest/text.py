"""Plain text in any common encoding."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from whosaid.ingest.errors import ReadError
from whosaid.models import Document, RawText

_BOM_CODECS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return never occur in prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01


def read_text(document: Document) -> RawText:
    """A text document; a ``str`` passes through untouched, bytes are decoded."""
    data = document.data
    text = data if isinstance(data, str) else decode_text(data)
    if not text.strip():
        raise ReadError("empty: no text in the file")
    return RawText(text=text, origin=document.origin, media_type="text/plain")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a BOM, then a declared charset, then UTF-8, then charset detection.

    Line ends become ``\\n``, as Python's text mode reads them, so that offsets agree with
    corpora loaded by ``open()``. Raises ReadError for binary data or an unknown encoding.
    """
    text = _decode(data, declared)
    if text is None:
        raise ReadError("not text in any known encoding (binary data?)")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * max(len(text), 1):
        raise ReadError("binary data: control characters in what should be text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, declared: str | None) -> str | None:
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return _try(data, codec)
    # A charset declared by HTTP or a <meta> tag is often right, but not always: check it.
    for charset in (declared, "utf-8"):
        if charset and (text := _try(data, charset)) is not None:
            return text
    best = from_bytes(data).best()
    return None if best is None else str(best)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
