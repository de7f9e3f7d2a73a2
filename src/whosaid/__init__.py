"""whosaid: who said what, when, about what, with every statement linked to its source."""

from whosaid.models import Article, Document, Failure, Span, Speaker, Statement

__version__ = "0.1.0"

__all__ = ["Article", "Document", "Failure", "Span", "Speaker", "Statement", "analyze"]


def analyze(document: Document) -> Article:
    """Turn one Document into an Article with its statements (see whosaid.pipeline)."""
    from whosaid.pipeline import analyze as _analyze

    return _analyze(document)
