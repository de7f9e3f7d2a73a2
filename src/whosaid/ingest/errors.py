"""The one exception readers raise: the input cannot be read as an article."""


class ReadError(Exception):
    """Unreadable content (binary junk, a broken PDF, no main text). Becomes a Failure."""
