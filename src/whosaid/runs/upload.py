"""The web upload path: one article sent to the server, analysed in memory and stored.

Nothing from the request reaches the disk: the article's origin names the upload, never a path.
"""

from __future__ import annotations

from dataclasses import dataclass

from whosaid.models import DEFAULT_MODEL, Document, Origin
from whosaid.pipeline import analyze
from whosaid.store import Store
from whosaid.trace import trace_pending


@dataclass(frozen=True)
class Uploaded:
    """What became of an upload: the article's id, whether it was new, its statement count."""

    id: str
    new: bool
    statements: int


def ingest_upload(store: Store, body: bytes, media_type: str,
                  model: str = DEFAULT_MODEL) -> Uploaded:
    """Analyse ``body`` (text/plain, text/html or application/pdf) and store it; ``new`` is
    False when the same text was stored before. A body that cannot be read raises
    ``whosaid.ingest.ReadError`` with the reason."""
    doc = Document(data=body, media_type=media_type, origin=Origin(path="upload"))
    article = analyze(doc, model)
    new = store.add(article)
    if new:
        trace_pending(store)
    return Uploaded(article.id, new, len(article.statements))
