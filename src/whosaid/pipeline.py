"""The pipeline in one place: read -> clean -> parse -> extract -> date -> tag.

``analyze(document)`` is a pure function of its input: it knows nothing about databases,
servers or engines, so the same code runs in a test, in a process pool and in Ray workers.
``analyze_many`` is the batched form used by every runner; it parses with ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from whosaid.clean import clean
from whosaid.dates import date_article
from whosaid.extract import DEFAULT_MODEL, extract
from whosaid.ingest import extract_text
from whosaid.issues import tag_article
from whosaid.models import Article, Document, Failure, RawText
from whosaid.nlp import load_nlp


def analyze(document: Document, model: str = DEFAULT_MODEL) -> Article:
    """One Document in, one Article (with statements, dates and events) out.

    Raises ``whosaid.ingest.ReadError`` when the document cannot be read.
    """
    result = next(analyze_many([document], model=model))
    if isinstance(result, Failure):
        from whosaid.ingest import ReadError

        raise ReadError(result.reason)
    return result


def prepare(document: Document) -> Article | Failure:
    """Read and clean one document (no language model needed)."""
    origin = document.origin
    try:
        raw: RawText = extract_text(document)
        return clean(raw)
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
        return Failure(origin.path, _reason(exc), origin.record)


def analyze_many(
    items: Iterable[Document | Failure], batch_size: int = 16, model: str = DEFAULT_MODEL
) -> Iterator[Article | Failure]:
    """Analyse a stream of documents in order; failures pass through, never stop the stream.

    ``model`` names the statement model: ``accurate`` (trained) or ``fast`` (rules)."""
    nlp = load_nlp()
    prepared = (item if isinstance(item, Failure) else prepare(item) for item in items)
    for batch in batches(prepared, batch_size):
        articles = [a for a in batch if isinstance(a, Article)]
        docs = iter(nlp.pipe(a.text for a in articles))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            try:
                finish(item, doc, model)
            except Exception as exc:  # noqa: BLE001
                src = item.source
                yield Failure(src.path if src else item.id, _reason(exc), src.record if src else None)
                continue
            yield item


def finish(article: Article, doc, model: str = DEFAULT_MODEL) -> Article:
    """Run the language stages on an already-parsed article."""
    article.statements = extract(doc, model)
    date_article(article, doc)
    tag_article(article)
    return article


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Group a stream into lists of ``size`` (the last may be shorter), lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
