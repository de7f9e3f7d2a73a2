"""HTML pages via trafilatura: the main text without navigation, ads, comments or promo boxes."""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document as Extraction

from whosaid.ingest.errors import ReadError
from whosaid.ingest.text import decode_text
from whosaid.models import Document, RawText

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_KEYS = ("title", "author", "sitename", "url", "description")
# Past this many characters of HTML, trafilatura's extraction grows faster than the page
# (5 MB: 3 s, 20 MB: 53 s, 50 MB: 200 s and 1.9 GB on this machine), so a page this large is
# read by one linear pass over its text blocks instead, furniture left out.
LARGE_PAGE = 5_000_000
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt")
_FURNITURE = ("nav", "header", "footer", "aside", "script", "style", "form", "noscript",
              "template", "figure", "button", "select")


def read_html(document: Document) -> RawText:
    """The article in an HTML page, one paragraph a block separated by blank lines."""
    data = document.data
    html = data if isinstance(data, str) else decode_text(data, _declared_charset(data))
    tree = trafilatura.load_html(html)
    if tree is None:
        raise ReadError("not an HTML page that can be parsed")
    language = _language(tree)
    labels = speaker_labels(tree)  # before extraction, which rewrites the tree
    items = list_items(tree)
    headings = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    if len(html) > LARGE_PAGE:
        return _read_large(tree, document, language, labels)
    # favor_precision: a missed sentence costs less than a comment or promo read as reporting.
    result = trafilatura.bare_extraction(
        tree,
        url=document.origin.url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
    )
    if not isinstance(result, Extraction) or not (text := result.text or "").strip():
        raise ReadError("no article text found in the HTML page")
    meta = _meta(result, language)
    if labels:
        meta["speaker_labels"] = labels
    text = _paragraphs(text, items)
    top = headline(headings, meta.get("title"))
    if top and not _folded(text[:len(top) + 40]).startswith(_folded(top)):
        text = f"{top}\n\n{text}"
    return RawText(text=text, origin=document.origin, media_type="text/html", meta=meta)


def headline(headings: list[str], title: str | None) -> str | None:
    """The page's visible headline, which trafilatura leaves out of the text (a printed page
    keeps it, and a statement in it is kept and marked as a headline's): the ``<h1>`` that the
    page's title starts with, else the page's one ``<h1>``; three words or more either way (a
    site's name set as an ``<h1>`` is none)."""
    long = [h for h in headings if len(h.split()) >= 3]
    named = [h for h in long if title and _folded(title).startswith(_folded(h))]
    if named:
        return named[0]
    return long[0] if len(long) == 1 and len(headings) == 1 else None


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def list_items(tree: HtmlElement) -> frozenset[str]:
    """The text of each item of a bulleted list (``<ul><li>``), spaces folded: trafilatura
    gives an item as a line like any other, and the cleaner marks it a bullet by its "- "."""
    return frozenset(" ".join(li.text_content().split()) for ul in tree.iter("ul")
                     for li in ul.iterchildren("li"))


def _read_large(tree: HtmlElement, document: Document, language: str | None,
                labels: list[str]) -> RawText:
    """A very large page in linear time: the page's metadata, then the text of each block
    element (paragraphs, headings, list items, quotations) that is not inside another block,
    outside navigation, headers, footers, asides, forms and scripts."""
    found = trafilatura.extract_metadata(tree, default_url=document.origin.url, extensive=False)
    for el in list(tree.iter(*_FURNITURE)):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    blocks = (" ".join(el.text_content().split()) for el in tree.iter(*_BLOCKS)
              if next(el.iterancestors(*_BLOCKS), None) is None)
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise ReadError("no article text found in the HTML page")
    meta = _meta(found, language)
    if labels:
        meta["speaker_labels"] = labels
    return RawText(text=text, origin=document.origin, media_type="text/html", meta=meta)


def speaker_labels(tree: HtmlElement) -> list[str]:
    """Bold or strong words that open a paragraph and read as a speaker's label
    ("<p><b>Vladimir Putin:</b> …", "<p><strong>QUESTION</strong></p>"): the transcript reader
    takes them as turns even where no colon follows. Short, without digits, at most 8 words;
    none unless three paragraphs or more open so (a lone bold "Read more" is no transcript)."""
    found: dict[str, int] = {}
    for el in tree.iter("b", "strong"):
        parent = el.getparent()
        if parent is None or parent.tag not in ("p", "div") or (parent.text or "").strip():
            continue
        if el.getprevious() is not None:
            continue
        label = " ".join(el.text_content().split()).rstrip(":").strip()
        if label and len(label) <= 80 and len(label.split()) <= 8 \
                and not any(ch.isdigit() for ch in label):
            found[label] = found.get(label, 0) + 1
    return list(found) if sum(found.values()) >= 3 else []


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _language(tree: HtmlElement) -> str | None:
    """The page's declared language (``<html lang>``), primary subtag only: ``en-GB`` -> ``en``."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        found = tree.xpath('//meta[@http-equiv="content-language"]/@content')
        lang = found[0] if found else None
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None


def _meta(result: Any, language: str | None) -> dict[str, Any]:
    meta = {key: getattr(result, key) for key in _META_KEYS if getattr(result, key, None)}
    if result.date:
        meta["published"] = result.date  # trafilatura gives YYYY-MM-DD
    if language or result.language:
        meta["language"] = language or result.language
    return meta


def _paragraphs(text: str, items: frozenset[str] = frozenset()) -> str:
    """trafilatura puts one paragraph on each line; a blank line between them marks the breaks.
    A line that is an item of a bulleted list (``items``) is marked "- "."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(f"- {line}" if " ".join(line.split()) in items else line
                       for line in lines if line)
