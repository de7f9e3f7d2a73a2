"""The pipeline in one place: read -> clean -> parse -> extract -> events -> date -> tag.

``analyze(document)`` is a pure function of its input: it knows nothing about databases,
servers or engines, so the same code runs in a test, in a process pool and in Ray workers.
``analyze_many`` is the batched form used by every runner; it parses with ``nlp.pipe``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from whosaid.clean import clean
from whosaid.dates import date_article, find_mentions
from whosaid.events import extract_events
from whosaid.extract import DEFAULT_MODEL, extract
from whosaid.ingest import extract_text
from whosaid.ingest.errors import describe
from whosaid.issues import tag_article
from whosaid.models import Article, Document, Failure, RawText
from whosaid.nlp import load_nlp

log = logging.getLogger("whosaid.pipeline")


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
        return Failure(origin.path, describe(exc, "reading the article"), origin.record)


def analyze_many(
    items: Iterable[Document | Failure], batch_size: int = 16, model: str = DEFAULT_MODEL
) -> Iterator[Article | Failure]:
    """Analyse a stream of documents in order; failures pass through, never stop the stream.

    ``model`` names the statement model: ``accurate`` (trained) or ``fast`` (rules)."""
    nlp = load_nlp()
    prepared = (item if isinstance(item, Failure) else prepare(item) for item in items)
    for batch in batches(prepared, batch_size):
        articles = [a for a in batch if isinstance(a, Article)]
        docs = iter(parse_each(nlp, [a.text for a in articles]))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            try:
                if isinstance(doc, Exception):
                    raise doc
                finish(item, doc, model)
            except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
                src = item.source
                yield Failure(src.path if src else item.id, describe(exc, "analysing the text"),
                              src.record if src else None)
                continue
            yield item


def parse_each(nlp, texts: list[str]) -> list:
    """Each text's parse, or the exception that parsing it raised, in order.

    Parsed as one batch; if the batch fails, each text is parsed alone, so that only the
    text at fault fails and the others of its batch are analysed."""
    try:
        return list(nlp.pipe(texts))
    except Exception as exc:  # noqa: BLE001 - found again below, text by text
        log.debug("parsing a batch of %d failed (%s); parsing one at a time", len(texts), exc)
    docs: list = []
    for text in texts:
        try:
            docs.append(nlp(text))
        except Exception as exc:  # noqa: BLE001
            docs.append(exc)
    return docs


def finish(article: Article, doc, model: str = DEFAULT_MODEL) -> Article:
    """Run the language stages on an already-parsed article: statements, then the events
    the article reports (with their dates where a published date anchors them), then the date
    of each statement, then issues and stance."""
    article.statements = extract(doc, model)
    events_and_dates(article, doc)
    tag_article(article)
    return article


def events_and_dates(article: Article, doc) -> None:
    """The events an article reports, then the date of each statement (which may take the
    date of an event its sentence names), both anchored on the published date."""
    mentions = find_mentions(doc, article.published) if article.published else []
    speakers = [s.speaker.name for s in article.statements if s.speaker.name]
    article.events = extract_events(doc, mentions, speakers, article.published)
    date_article(article, doc, mentions)


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
