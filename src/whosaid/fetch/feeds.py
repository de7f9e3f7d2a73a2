"""Links from feeds and sitemaps: RSS and Atom through feedparser, XML sitemaps (and sitemap
indexes, and gzipped sitemaps) through the standard library's XML parser."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin
from xml.etree import ElementTree

import feedparser

_GZIP_MAGIC = b"\x1f\x8b"


class FeedError(ValueError):
    """A body that is neither a feed nor a sitemap."""


@dataclass
class Links:
    """What one feed or sitemap points to: article pages, and more sitemaps (an index)."""

    pages: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)


def parse_links(body: bytes, base_url: str, max_bytes: int) -> Links:
    """The links in a feed or sitemap ``body`` fetched from ``base_url``.

    A sitemap is recognised by its root element (``urlset`` or ``sitemapindex``); anything
    else is handed to feedparser, which reads RSS 0.9x to 2.0, RDF and Atom."""
    if body.startswith(_GZIP_MAGIC):
        body = _gunzip(body, max_bytes)
    root = _xml_root(body)
    if root is not None and _local_name(root.tag) == "urlset":
        return Links(pages=_locs(root, "url", base_url))
    if root is not None and _local_name(root.tag) == "sitemapindex":
        return Links(sitemaps=_locs(root, "sitemap", base_url))
    return Links(pages=_feed_links(body, base_url))


def _feed_links(body: bytes, base_url: str) -> list[str]:
    """Each entry's link (its ``alternate`` link in Atom), in feed order."""
    feed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not feed.entries and (feed.bozo or not feed.version):
        reason = getattr(feed, "bozo_exception", None) or "no entries and no feed version"
        raise FeedError(f"not an RSS or Atom feed, nor a sitemap: {reason}")
    links = (entry.get("link") for entry in feed.entries)
    return _unique(urljoin(base_url, link) for link in links if link)


def _xml_root(body: bytes) -> ElementTree.Element | None:
    """The root element, or None when the body is not well-formed XML (feedparser may
    still read it: it forgives much)."""
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return None


def _locs(root: ElementTree.Element, child: str, base_url: str) -> list[str]:
    """The ``<loc>`` of each ``<url>`` or ``<sitemap>`` child, whatever the namespace."""
    found = []
    for element in root:
        if _local_name(element.tag) != child:
            continue
        for loc in element:
            if _local_name(loc.tag) == "loc" and loc.text and loc.text.strip():
                found.append(urljoin(base_url, loc.text.strip()))
    return _unique(found)


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unique(urls) -> list[str]:
    return list(dict.fromkeys(urls))


def _gunzip(body: bytes, max_bytes: int) -> bytes:
    """A gzipped sitemap, inflated to at most ``max_bytes`` (no gzip bombs)."""
    inflater = zlib.decompressobj(wbits=47)
    try:
        out = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise FeedError(f"corrupt gzip: {exc}") from None
    if len(out) > max_bytes:
        raise FeedError(f"inflates past the limit of {max_bytes / 2**20:g} MB")
    return out


__all__ = ["FeedError", "Links", "parse_links"]
