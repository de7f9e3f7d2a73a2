"""Media types from content, not names: a file called .txt may hold HTML, a .pdf may be junk."""

from __future__ import annotations

import codecs
import re

HEAD_BYTES = 4096

# Formats people mistake for articles; named so the failure message says what the file is.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
)
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(rb"<(html|head|body|article|p|div|meta|title)[\s>]", re.IGNORECASE)
_JSON_OBJECT_START = re.compile(rb'\s*\{\s*"')
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

PDF = "application/pdf"
HTML = "text/html"
TEXT = "text/plain"
GZIP = "application/gzip"
WARC = "application/warc"
JSONL = "application/jsonl"


def sniff(head: bytes) -> str:
    """The media type of content that starts with ``head``.

    Returns one of the constants above, or ``unknown: <what it is>`` for formats whosaid does
    not read. Text that is neither HTML nor JSON lines is ``text/plain``; whether it decodes
    is the text reader's call.
    """
    if head.startswith(b"\x1f\x8b"):
        return GZIP
    # The PDF spec lets the header start anywhere in the first 1024 bytes.
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"WARC/"):
        return WARC
    for magic, name in _OTHER_MAGIC:
        if head.startswith(magic):
            return f"unknown: {name}"
    body = _strip_bom(head)
    if _HTML_START.match(body) or _looks_like_html(body):
        return HTML
    if _looks_like_json_lines(body):
        return JSONL
    return TEXT


# Byte-order marks of the wide encodings; UTF-32-LE's starts with UTF-16-LE's, so it goes first.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Without a BOM: where the NUL bytes fall. Text with Latin letters, digits and JSON punctuation
# has a NUL in every high byte of UTF-16 and in the top two bytes of every UTF-32 unit.
_WIDE_NULS = (("utf-32-le", (2, 3), 4), ("utf-32-be", (0, 1), 4),
              ("utf-16-le", (1,), 2), ("utf-16-be", (0,), 2))
_MIN_NUL_SHARE = 0.9


def wide_encoding(head: bytes) -> str | None:
    """The codec of text in UTF-16 or UTF-32, from its BOM or the pattern of its NUL bytes.

    None for anything else, including binary data that has NULs without the pattern."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return codec
    for codec, nul_at, width in _WIDE_NULS:
        units = [head[i:i + width] for i in range(0, len(head) - width + 1, width)]
        if len(units) < 4:
            return None
        nul = sum(all(u[i] == 0 for i in nul_at) for u in units)
        text = sum(any(u[i] for i in range(width) if i not in nul_at) for u in units)
        if nul >= _MIN_NUL_SHARE * len(units) and text >= _MIN_NUL_SHARE * len(units):
            return codec
    return None


def _strip_bom(head: bytes) -> bytes:
    for bom in _BOMS:
        if head.startswith(bom):
            return head[len(bom):]
    return head


def _looks_like_html(body: bytes) -> bool:
    """Markup fragments without a doctype: several tags, starting with one."""
    return body.lstrip().startswith(b"<") and len(_HTML_TAG.findall(body[:HEAD_BYTES])) >= 2


def _looks_like_json_lines(body: bytes) -> bool:
    """Starts with a JSON object that has keys; plain prose never starts with ``{"``."""
    return _JSON_OBJECT_START.match(body) is not None
