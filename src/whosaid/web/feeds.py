"""The Atom feed (RFC 4287) of a saved search, served at ``/feeds/NAME.atom``: its latest
matching statements, each quoted with its speaker and source and linked to its page.

Built with ElementTree, which escapes every text and attribute value. Characters that XML
1.0 cannot hold at all (control characters from a broken page) are dropped first, so the
feed always parses. The ``html`` content is escaped twice, as Atom wants: once by markupsafe
into HTML, once by ElementTree into XML text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime

from markupsafe import Markup

from whosaid import __version__
from whosaid.store.records import AlertFeed, StoredAlert, StoredStatement

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_feed(feed: AlertFeed, self_url: str, list_url: str, page_url: Callable[[int], str],
              web_url: Callable[[str | None], bool]) -> bytes:
    """The feed as UTF-8 XML. ``self_url`` is the feed's own address (also its id),
    ``list_url`` the statement list with the same filters, ``page_url(id)`` a statement's
    page, and ``web_url`` says whether a stored article URL may be given as a link."""
    alert = feed.alert
    root = ET.Element("feed", xmlns=ATOM)
    _text(root, "id", self_url)
    _text(root, "title", f"whosaid: {alert.name}")
    _text(root, "subtitle", f"Statements matching {describe(alert)}")
    _text(root, "updated", _stamp(max(feed.stored_at.values(), default=alert.created_at)))
    _text(ET.SubElement(root, "author"), "name", "whosaid")
    _text(root, "generator", "whosaid").set("version", __version__)
    _link(root, "self", self_url, "application/atom+xml")
    _link(root, "alternate", list_url, "text/html")
    for s in feed.statements:
        _entry(root, s, feed.stored_at.get(s.id, alert.created_at), page_url(s.id), web_url)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def describe(alert: StoredAlert) -> str:
    """The filters of a saved search in words: speaker "Putin", words "peace plan"..."""
    words = {"speaker": "speaker", "search": "words", "issue": "issue", "stance": "stance",
             "outlet": "outlet", "min_confidence": "confidence at least"}
    shown = [f"{words[k]} {v!s}" if k == "min_confidence" else f'{words[k]} "{v}"'
             for k, v in alert.filters().items()]
    return ", ".join(shown) or "every statement"


def _entry(root: ET.Element, s: StoredStatement, stored: datetime, page: str,
           web_url: Callable[[str | None], bool]) -> None:
    who = s.speaker or s.speaker_name or "unknown speaker"
    entry = ET.SubElement(root, "entry")
    _text(entry, "id", page)
    _text(entry, "title", f"{who}: \u201c{_shorten(s.text, 120)}\u201d")
    _text(entry, "updated", _stamp(stored))
    _text(ET.SubElement(entry, "author"), "name", who)
    _link(entry, "alternate", page, "text/html")
    if web_url(s.url):
        _link(entry, "related", s.url or "", "text/html")
    for tag in s.issues:
        ET.SubElement(entry, "category", term=_clean(tag.issue))
    source = ", ".join(x for x in (s.outlet, s.title and f"\u201c{s.title}\u201d",
                                   s.published and s.published.isoformat()) if x)
    # a date without precision is only the article's: the source line shows it already
    said = f" on {s.date.isoformat()}" if s.date and s.date_precision else ""
    _text(entry, "summary", f"\u201c{s.text}\u201d \u2014 {who}{said}. Source: "
                            f"{source or s.article_id}.").set("type", "text")
    _text(entry, "content", _html(s, who, said, source, web_url)).set("type", "html")


def _html(s: StoredStatement, who: str, said: str, source: str,
          web_url: Callable[[str | None], bool]) -> str:
    role = Markup(", {}").format(s.speaker_description) if s.speaker_description else ""
    shown = Markup('<a href="{}">{}</a>').format(s.url, source) if web_url(s.url) else source
    return str(Markup("<blockquote><p>{}</p></blockquote><p>\u2014 {}{}{}</p>"
                      "<p>Source: {}</p>").format(s.text, who, role, said, shown or s.article_id))


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _clean(text)
    return element


def _link(parent: ET.Element, rel: str, href: str, media_type: str) -> None:
    ET.SubElement(parent, "link", rel=rel, href=_clean(href), type=media_type)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(when: datetime) -> str:
    """An RFC 3339 time; the store keeps times in UTC without a zone."""
    return f"{when:%Y-%m-%dT%H:%M:%S}Z"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
