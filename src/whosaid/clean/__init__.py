"""RawText -> Article: repair extraction debris, keep provenance, fill in the metadata.

What the reader found (``RawText.meta``: title, author, sitename, url, published, language)
comes first; guesses from the text fill the gaps.
"""

from __future__ import annotations

import re

from whosaid.clean.boilerplate import WITH_AGENCY, author_of
from whosaid.clean.metadata import (
    DATELINE_WINDOW,
    date_from_url,
    detect_language,
    find_dateline,
    guess_title,
    outlet_from_url,
    parse_published,
    split_site_suffix,
)
from whosaid.clean.repair import Repaired, repair
from whosaid.clean.structure import kind_of
from whosaid.models import ARTICLE_KINDS, Article, Block, DateCandidate, RawText

# Where a published date may be read, in the order they are trusted. Never a caption, a
# related link or a promo: a photo's date or another story's is not this one's.
DATE_SOURCES = ("meta", "url", "dateline", "byline", "text")
NOT_DATED = frozenset({"caption", "related", "promo", "navigation", "live"})

__all__ = ["clean", "repair"]


def clean(raw: RawText) -> Article:
    """The clean Article for one reader result; ``offset_map`` points back into ``raw.text``."""
    fixed = repair(raw.text)
    meta = raw.meta
    url = meta.get("url") or original_url(fixed) or raw.origin.url
    title, site = split_site_suffix(meta.get("title") or fixed.printed_title, url,
                                    fixed.title or headline(fixed))
    candidates = date_candidates(meta.get("published"), url, raw.text, fixed.blocks)
    return Article(
        id=Article.make_id(fixed.text),
        text=fixed.text,
        title=first_title(title, fixed.title, headline(fixed), guess_title(fixed.text)),
        outlet=meta.get("sitename") or meta.get("outlet") or site or outlet_from_url(url),
        url=url,
        published=next((c.value for c in candidates if c.won), None),
        language=meta.get("language") or detect_language(fixed.text),
        author=without_agency(meta.get("author")) or fixed.author
        or byline_author(raw.text, fixed.blocks),
        caption=fixed.caption,
        kind=_kind(meta.get("kind")),
        links=fixed.links,
        blocks=fixed.blocks,
        date_candidates=candidates,
        source=raw.origin,
        source_text=raw.text,
        offset_map=fixed.offset_map,
        speaker_labels=list(meta.get("speaker_labels") or []),
    )


def date_candidates(published: object, url: str | None, source: str, blocks: list[Block]
                    ) -> list[DateCandidate]:
    """Every place that gives the published date, the first of ``DATE_SOURCES`` marked won.

    Without a page's metadata, URL, dateline or byline, the first written date near the top of
    the source counts, read with captions, related links and promos blanked out."""
    found = {"meta": parse_published(published), "url": date_from_url(url)}
    for kind in ("dateline", "byline"):
        found[kind] = next((d for b in blocks if b.kind == kind and b.source_start < DATELINE_WINDOW
                            if (d := find_dateline(source[b.source_start:b.source_end]))), None)
    if not any(found.values()):
        found["text"] = find_dateline(_blanked(source, blocks))
    dated = [(name, found[name]) for name in DATE_SOURCES if found.get(name)]
    return [DateCandidate(name, value, won=i == 0) for i, (name, value) in enumerate(dated)
            if value is not None]


def _blanked(source: str, blocks: list[Block]) -> str:
    """The source with the blocks that must not date the article turned to spaces."""
    chars = list(source)
    for b in blocks:
        if b.kind in NOT_DATED:
            chars[b.source_start:b.source_end] = " " * (b.source_end - b.source_start)
    return "".join(chars)


def without_agency(author: str | None) -> str | None:
    """A page's author without the agency run into it: "Jane Roe withAP" -> "Jane Roe"."""
    return re.sub(WITH_AGENCY + "$", "", author).strip() or None if author else None


def first_title(*choices: str | None) -> str | None:
    """The first choice that reads as a title: not a byline ("By Jane Roe withAP"), a donation
    counter, "Support Our Newsroom!", a related link or a menu."""
    for choice in choices:
        text = " ".join((choice or "").split())
        if text and kind_of(text) in ("heading", "body", "caption", "live"):
            return choice
    return None


def headline(fixed: Repaired) -> str | None:
    """The headline block left at the top of the text (where no page header was taken out)."""
    block = next((b for b in fixed.blocks if b.kind == "headline" and not b.removed), None)
    return fixed.text[block.start:block.end] if block else None


def byline_author(source: str, blocks: list[Block]) -> str | None:
    """The author named by the first byline block."""
    for b in blocks:
        if b.kind == "byline":
            author = author_of(" ".join(source[b.source_start:b.source_end].split()))
            if author:
                return author
    return None


def _kind(value: object) -> str | None:
    """The article kind the user or the source gave (``ARTICLE_KINDS``); None: sniff it."""
    return value if isinstance(value, str) and value in ARTICLE_KINDS else None


def original_url(fixed: Repaired) -> str | None:
    return next((link.url for link in fixed.links if link.role == "original"), None)
