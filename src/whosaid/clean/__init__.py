"""RawText -> Article: repair extraction debris, keep provenance, fill in the metadata.

What the reader found (``RawText.meta``: title, author, sitename, url, published, language)
comes first; guesses from the text fill the gaps.
"""

from __future__ import annotations

from whosaid.clean.metadata import (
    date_from_url,
    detect_language,
    find_dateline,
    guess_title,
    outlet_from_url,
    parse_published,
    split_site_suffix,
)
from whosaid.clean.repair import Repaired, repair
from whosaid.models import ARTICLE_KINDS, Article, RawText

__all__ = ["clean", "repair"]


def clean(raw: RawText) -> Article:
    """The clean Article for one reader result; ``offset_map`` points back into ``raw.text``."""
    fixed = repair(raw.text)
    meta = raw.meta
    url = meta.get("url") or original_url(fixed) or raw.origin.url
    title, site = split_site_suffix(meta.get("title"))
    return Article(
        id=Article.make_id(fixed.text),
        text=fixed.text,
        title=title or fixed.title or guess_title(fixed.text),
        outlet=meta.get("sitename") or meta.get("outlet") or site or outlet_from_url(url),
        url=url,
        published=(
            parse_published(meta.get("published")) or date_from_url(url) or find_dateline(raw.text)
        ),
        language=meta.get("language") or detect_language(fixed.text),
        author=meta.get("author") or fixed.author,
        caption=fixed.caption,
        kind=_kind(meta.get("kind")),
        links=fixed.links,
        source=raw.origin,
        source_text=raw.text,
        offset_map=fixed.offset_map,
        speaker_labels=list(meta.get("speaker_labels") or []),
    )


def _kind(value: object) -> str | None:
    """The article kind the user or the source gave (``ARTICLE_KINDS``); None: sniff it."""
    return value if isinstance(value, str) and value in ARTICLE_KINDS else None


def original_url(fixed: Repaired) -> str | None:
    return next((link.url for link in fixed.links if link.role == "original"), None)
