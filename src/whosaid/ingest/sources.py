"""From what the user named (files, directories, globs, ``-``) to a stream of Documents.

Containers (JSONL, WARC) yield one Document per record and are read as streams, so a large
archive never sits in memory. Anything that cannot be read becomes a Failure and the stream
goes on with the next input.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO, cast

from whosaid.ingest.errors import NestedGzip, describe, too_big
from whosaid.ingest.jsonl import iter_jsonl
from whosaid.ingest.sniff import GZIP, HEAD_BYTES, HTML, JSONL, TEXT, WARC, sniff, wide_encoding
from whosaid.ingest.warc import iter_warc
from whosaid.models import Document, Failure, Origin

DEFAULT_MAX_BYTES = 50 * 2**20
STDIN = "<stdin>"
SPOOL_CHUNK = 2**20
_GLOB_CHARS = frozenset("*?[")
_FORMATS = "text, HTML, PDF, JSONL and WARC, each optionally gzipped"


def iter_documents(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | Failure]:
    """Every document in ``paths``, in order: files, directories (recursive), globs, ``-``.

    A single document larger than ``max_bytes`` is a Failure; containers are streamed and
    the limit applies to each of their records.
    """
    for path in paths:
        if path == "-":
            yield from _guarded(sys.stdin.buffer, STDIN, max_bytes)
            continue
        for item in expand_paths(path):
            if isinstance(item, Failure):
                yield item
            else:
                yield from read_file(item, max_bytes)


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    """The documents in one file: one, or one per record of a container."""
    try:
        with open(path, "rb") as fh:
            yield from _guarded(fh, path, max_bytes, os.fstat(fh.fileno()).st_size)
    except OSError as exc:
        yield Failure(path, f"cannot read the file: {exc.strerror or exc}")


def expand_paths(path: str) -> Iterator[str | Failure]:
    if os.path.isdir(path):
        files = _walk(path)
        first = next(files, None)
        if first is None:
            yield Failure(path, "no files in this directory (hidden files are skipped)")
            return
        yield first
        yield from files
    elif os.path.exists(path):
        yield path
    elif _GLOB_CHARS & set(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield Failure(path, "no files match this pattern")
        for match in matches:
            yield from (_walk(match) if os.path.isdir(match) else [match])
    else:
        yield Failure(path, "no such file or directory")


def _walk(root: str) -> Iterator[str]:
    """Files under ``root`` in sorted order, skipping hidden files and folders (.git, .DS_Store)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name)


def _guarded(
    stream: BinaryIO, path: str, max_bytes: int, size: int | None = None
) -> Iterator[Document | Failure]:
    """The boundary around one input: whatever goes wrong reading it (a corrupt gzip stream
    at any point, a broken archive, a bug) ends this input with a Failure, never the batch.
    The records it yielded before stay yielded, and an input that yields nothing at all is
    a Failure too, so that no input is ever passed over without a word."""
    count = 0
    try:
        for item in _read_stream(stream, path, max_bytes, size):
            count += 1
            yield item
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
        count += 1
        yield Failure(path, describe(exc, "reading the file"))
    if not count:
        yield Failure(path, "nothing to read: no article found in it")


def _read_stream(
    stream: BinaryIO, path: str, max_bytes: int, size: int | None = None
) -> Iterator[Document | Failure]:
    start = stream.tell() if stream.seekable() else None
    head = stream.read(HEAD_BYTES)
    if not head.strip() and len(head) < HEAD_BYTES:
        yield Failure(path, "empty file" if not head else "empty file (only whitespace)")
        return
    rest = _rewound(stream, head, start)
    media_type = sniff(head)
    if media_type == TEXT and (encoding := wide_encoding(head)):
        yield from _read_wide(rest, encoding, path, max_bytes)
    elif media_type == GZIP:
        yield from _read_gzip(head, rest, path, max_bytes)
    elif media_type == WARC:
        yield from _warc(rest, path, max_bytes)
    elif media_type == JSONL:
        yield from iter_jsonl(rest, path, max_bytes)
    elif media_type.startswith("unknown"):
        yield Failure(path, f"unsupported type ({media_type.split(': ', 1)[1]}); "
                            f"whosaid reads {_FORMATS}")
    elif media_type == TEXT and b"\x00" in head:
        yield Failure(path, "binary data, not text (NUL bytes); whosaid reads " + _FORMATS)
    else:
        yield _single(rest, media_type, path, max_bytes, size)


def _read_gzip(
    head: bytes, stream: BinaryIO, path: str, max_bytes: int
) -> Iterator[Document | Failure]:
    """A gzipped WARC goes to FastWARC, which inflates it natively; anything else is unpacked."""
    inner_head = zlib.decompressobj(wbits=31).decompress(head, HEAD_BYTES)
    inner = sniff(inner_head)
    if inner == WARC:
        yield from _warc(stream, path, max_bytes)
    elif inner == GZIP:  # compressed twice: said plainly rather than unpacked twice
        raise NestedGzip()
    else:
        yield from _read_stream(cast(BinaryIO, gzip.GzipFile(fileobj=stream)), path, max_bytes)


def _read_wide(
    stream: BinaryIO, encoding: str, path: str, max_bytes: int
) -> Iterator[Document | Failure]:
    """UTF-16 or UTF-32 input (as Windows tools write it): transcoded to UTF-8 as it is read,
    so JSON lines split on real line ends and the readers see the text they expect."""
    utf8 = io.BufferedReader(_Transcoded(stream, encoding))
    try:
        for item in _read_stream(utf8, path, max_bytes):
            if isinstance(item, Document) and item.media_type == HTML and isinstance(item.data, bytes):
                # Its <meta charset> names the encoding it had on disk, not UTF-8: pass text.
                item.data = item.data.decode("utf-8")
            yield item
    except UnicodeDecodeError:
        name = encoding.upper().replace("-LE", "").replace("-BE", "")
        yield Failure(path, f"looks like {name} text but holds bytes that are not valid {name}")


def _single(
    stream: BinaryIO, media_type: str, path: str, max_bytes: int, size: int | None
) -> Document | Failure:
    if size is not None and size > max_bytes:
        return Failure(path, too_big("the file", max_bytes, size))
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # a pipe or a gzip stream, whose size is known only by reading
        return Failure(path, too_big("the input", max_bytes))
    return Document(data, media_type, Origin(path))


def _rewound(stream: BinaryIO, head: bytes, start: int | None) -> BinaryIO:
    """The stream from its start again, after ``head`` was read from it to sniff the type."""
    if start is not None:
        stream.seek(start)
        return stream
    return io.BufferedReader(_Prefixed(head, stream))


def _warc(stream: BinaryIO, path: str, max_bytes: int) -> Iterator[Document | Failure]:
    """FastWARC needs to seek: a pipe is spooled to a temporary file on disk, not to memory."""
    if stream.seekable():
        yield from iter_warc(stream, path, max_bytes)
        return
    with tempfile.TemporaryFile() as spool:
        shutil.copyfileobj(stream, spool, SPOOL_CHUNK)
        spool.seek(0)
        yield from iter_warc(spool, path, max_bytes)


class _Prefixed(io.RawIOBase):
    """The bytes already read for sniffing, then the rest of the stream: stdin cannot rewind."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Transcoded(io.RawIOBase):
    """A UTF-16 or UTF-32 byte stream read as UTF-8; bytes that do not decode raise
    UnicodeDecodeError, which the input's boundary turns into a Failure."""

    def __init__(self, raw: BinaryIO, encoding: str) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(encoding)()
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = self._raw.read(SPOOL_CHUNK)
            text = self._decoder.decode(chunk, final=not chunk)
            self._pending = text.encode("utf-8")
            if not chunk:
                break
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n
