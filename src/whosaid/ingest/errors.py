"""The one exception readers raise (the input cannot be read as an article), and the plain
words a person reads when anything else goes wrong with one input."""

from __future__ import annotations

import gzip
import logging
import re
import zlib

log = logging.getLogger("whosaid.ingest")

# Code points U+D800-U+DFFF are halves of UTF-16 pairs and never characters on their own. JSON
# escapes ("\udfff") and undecodable file names (surrogateescape) put lone ones in a str, which
# cannot then be printed, encoded or stored.
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class ReadError(Exception):
    """Unreadable content (binary junk, a broken PDF, no main text). Becomes a Failure."""


def too_big(what: str, limit: int, size: int | None = None) -> str:
    """The message for input over the size limit, saying how to raise it."""
    actual = _size(size) if size is not None else f"more than {_size(limit)}"
    return f"{what} is {actual}, over the {_size(limit)} limit; raise the limit with --max-mb"


def _size(n: int) -> str:
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


class NestedGzip(ReadError):
    """A gzip file whose content is gzip again (compressed twice)."""

    def __init__(self) -> None:
        super().__init__("gzip inside gzip (the file was compressed twice); "
                         "unpack it once with gunzip and read the result")


def describe(exc: BaseException, doing: str = "reading") -> str:
    """A reason a person understands for ``exc``, raised while ``doing`` one input.

    ReadError messages are already written for people. Anything else is an error whosaid did
    not foresee: it is named in plain words, and the raw exception goes to the debug log
    (``--debug``), where a developer finds the traceback.
    """
    if isinstance(exc, ReadError):
        if exc.__cause__ is not None:
            log.debug("%s (while %s)", exc, doing, exc_info=exc.__cause__)
        return scrub(str(exc))
    log.debug("unexpected error while %s", doing, exc_info=exc)
    if isinstance(exc, RecursionError):
        return f"nested too deeply to process while {doing}"
    if isinstance(exc, MemoryError):
        return f"ran out of memory while {doing}"
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        return "truncated or corrupt gzip data"
    if isinstance(exc, UnicodeError):
        return f"text that cannot be decoded or encoded while {doing} (broken characters)"
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or 'input/output error'}"
    detail = scrub(str(exc).splitlines()[0]) if str(exc).strip() else "no details"
    return (f"an unexpected problem while {doing} ({detail}); "
            "run with --debug for the details")


def scrub(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it can be printed and stored.

    One character for one: offsets into the text stay valid."""
    return _SURROGATE.sub(REPLACEMENT, text)


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def kind_of(value: object) -> str:
    """What a JSON value is, in words: "an object", "a list", "a number", "true or false"."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    return "text" if isinstance(value, str) else "a value of another kind"
