"""The one exception readers raise: the input cannot be read as an article."""


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
