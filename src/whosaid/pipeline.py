"""The pipeline in one place: read -> clean -> parse -> extract -> events -> date -> tag.

``analyze(document)`` is a pure function of its input: it knows nothing about databases,
servers or engines, so the same code runs in a test, in a process pool and in Ray workers.
``analyze_many`` is the batched form used by every runner; it parses with ``nlp.pipe``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from whosaid.budget import Budget, Meter, OverBudget
from whosaid.chunks import anchor, is_long, moved, overlaps, windows
from whosaid.clean import clean
from whosaid.clean.structure import block_at
from whosaid.dates import date_article, find_mentions
from whosaid.events import extract_events
from whosaid.extract import DEFAULT_MODEL, extract
from whosaid.extract.transcript import interviewee, read_layout, turn_statements
from whosaid.ingest import extract_text
from whosaid.ingest.errors import describe
from whosaid.issues import tag_article
from whosaid.issues.select import default_tagger
from whosaid.models import (
    FURNITURE_BLOCKS,
    Article,
    Document,
    Failure,
    RawText,
    Span,
    Speaker,
    Statement,
)
from whosaid.nlp import load_nlp

log = logging.getLogger("whosaid.pipeline")
UNLIMITED = Budget(seconds=None, memory_mb=None)


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
    items: Iterable[Document | Failure], batch_size: int = 16, model: str = DEFAULT_MODEL,
    budget: Budget | None = None,
) -> Iterator[Article | Failure]:
    """Analyse a stream of documents in order; failures pass through, never stop the stream.

    ``model`` names the statement model: ``accurate`` (trained) or ``fast`` (rules).
    ``budget`` limits each document's time and memory (default: ``Budget.from_env()``); a
    document over it becomes a Failure. A text longer than ``chunks.LONG_TEXT`` is analysed
    window by window (``finish_long``); shorter ones are parsed together, a batch at a time."""
    nlp = load_nlp()
    budget = budget or Budget.from_env()
    for batch in batches((_prepared(item, budget) for item in items), batch_size):
        short = [a for _, a in batch if isinstance(a, Article) and not is_long(a.text)]
        docs = iter(parse_each(nlp, [a.text for a in short]))
        for meter, item in batch:
            if isinstance(item, Failure):
                yield item
            elif is_long(item.text):
                yield _guarded(item, finish_long, nlp, model, meter)
            else:
                yield _guarded(item, finish, next(docs), model, meter)


def _prepared(item: Document | Failure, budget: Budget) -> tuple[Meter, Article | Failure]:
    """One input read and cleaned, with the meter of its budget (started before reading)."""
    meter = budget.start()
    if isinstance(item, Failure):
        return meter, item
    article = prepare(item)
    if isinstance(article, Article):
        try:
            meter.check("reading the article")
        except OverBudget as exc:
            return meter, Failure(item.origin.path, str(exc), item.origin.record)
    meter.pause()
    return meter, article


def _guarded(article: Article, stages, *args) -> Article | Failure:
    """``stages(article, *args)`` on the clock of its meter (the last of ``args``), or the
    Failure that names the article and says what went wrong."""
    meter = args[-1]
    meter.resume()
    try:
        return stages(article, *args)
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
        src = article.source
        return Failure(src.path if src else article.id, describe(exc, "analysing the text"),
                       src.record if src else None)


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


def finish(article: Article, doc, model: str = DEFAULT_MODEL, meter: Meter | None = None
           ) -> Article:
    """Run the language stages on an already-parsed article: statements, then the events
    the article reports (with their dates where a published date anchors them), then the date
    of each statement, then issues and stance. ``meter``, if given, is checked between them.
    ``doc`` may be the exception its parse raised (from ``parse_each``), raised here."""
    if isinstance(doc, Exception):
        raise doc
    meter = meter or UNLIMITED.start()
    meter.check("parsing")
    statements_events_dates(article, doc, model, meter)
    tag_article(article, tag=default_tagger())
    return article


def finish_long(article: Article, nlp, model: str = DEFAULT_MODEL, meter: Meter | None = None
                ) -> Article:
    """``finish`` for a text too long to parse whole: each window of it (``chunks.windows``)
    is parsed and analysed on its own, and keeps the statements and events that start in its
    own part, moved to their offsets in the whole text. A statement found again across a
    window edge is kept once. Memory stays that of one window, whatever the length."""
    meter = meter or UNLIMITED.start()
    article.statements, article.events = [], []
    article.kind = read_layout(article.text, article.kind, article.speaker_labels)[0]
    parts = list(windows(article.text))
    for i, window in enumerate(parts, 1):
        part = Article(id=article.id, text=article.text[window.start:window.end],
                       published=article.published, kind=article.kind,
                       speaker_labels=article.speaker_labels)
        statements_events_dates(part, nlp(part.text), model, meter)
        edge = [s for s in article.statements if s.content[-1].end > window.own_start]
        article.statements += [
            s for s in (moved(s, window.start) for s in part.statements)
            if window.owns(anchor(s)) and not overlaps(s, edge)]
        article.events += [moved(e, window.start) for e in part.events
                           if e.span and window.owns(e.span[0].start + window.start)]
        meter.check(f"analysing part {i} of {len(parts)}")
    article.statements = within_blocks(article, article.statements)
    tag_article(article, tag=default_tagger())
    return article


def statements_events_dates(article: Article, doc, model: str, meter: Meter) -> None:
    """The statements of a parsed text, then its events and each statement's date."""
    article.statements = within_blocks(article, find_statements(article, doc, model))
    meter.check("finding statements")
    events_and_dates(article, doc)
    meter.check("dating statements")


def find_statements(article: Article, doc, model: str) -> list[Statement]:
    """The statement stage. A transcript or interview (sniffed, or forced by ``article.kind``)
    gets its statements from its speaker turns (``extract.transcript``), and the model reads
    only the narration around them; any other article is read whole by the model. Sets
    ``article.kind``."""
    article.kind, layout = read_layout(article.text, article.kind, article.speaker_labels)
    if layout is None:
        return extract(doc, model)
    # Narration keeps what it reports someone saying; a heading's quoted show title
    # ("'This Week' Transcript") has nobody saying it.
    narration = [s for s in extract(doc, model) if layout.in_narration(s) and s.speaker.name] \
        if layout.narration else []
    turns = turn_statements(article.text, layout, interviewee(doc, layout))
    return sorted(turns + narration, key=lambda s: s.content[0].start)


def within_blocks(article: Article, statements: list[Statement]) -> list[Statement]:
    """Each statement marked with the kind of page block it was found in (``Statement.block``),
    and held to it: none comes from a byline, a dateline, a related link or a promo; one in a
    headline, caption, bullet or live-blog header ends where its block ends (a quote may run on
    from one body paragraph to the next); a speaker named in such furniture is no speaker."""
    blocks = [b for b in article.blocks if not b.removed]
    if not blocks:
        return statements
    kept = []
    for st in statements:
        block = block_at(blocks, st.content[0].start)
        if block is None:
            kept.append(st)
            continue
        if block.kind in FURNITURE_BLOCKS:
            continue
        st.block = block.kind
        if block.kind != "body":
            st.content = [Span.of(article.text, max(sp.start, block.start), min(sp.end, block.end))
                          for sp in st.content if sp.start < block.end and sp.end > block.start]
        named_in = [block_at(blocks, sp.start) for sp in st.speaker.mention]
        if any(b is not None and b.kind in FURNITURE_BLOCKS for b in named_in):
            st.speaker = Speaker(None)
        kept.append(st)
    return kept


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
