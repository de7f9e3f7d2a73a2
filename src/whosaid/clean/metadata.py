"""Metadata from what the reader found (``RawText.meta``) and, failing that, from the text.

Each guess is a small function: outlet from a URL host, date from a URL path or a dateline,
title from a leading headline line, language from stopword counts.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from whosaid.models import ISO_DAY, to_date

# Hosts whose names do not title-case well from the domain alone.
OUTLETS = {
    "themoscowtimes.com": "The Moscow Times",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "nypost.com": "New York Post",
    "foxnews.com": "Fox News",
    "cnn.com": "CNN",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "apnews.com": "AP News",
    "reuters.com": "Reuters",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "kyivindependent.com": "The Kyiv Independent",
    "meduza.io": "Meduza",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "ria.ru": "RIA Novosti",
    "dw.com": "Deutsche Welle",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "breitbart.com": "Breitbart",
    "huffpost.com": "HuffPost",
}
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.")
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}

URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)")
MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {name[:n]: i + 1 for i, name in enumerate(MONTH_NAMES.split()) for n in (3, len(name))}
MONTHS["sept"] = 9
# a Russian or Ukrainian dateline, "27 ноября 2025 года" (a transcript the Kremlin publishes
# in Russian): the months as a day is written with them
MONTHS_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
MONTHS_UK = "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
for _names in (MONTHS_RU, MONTHS_UK):
    MONTHS.update({name: i + 1 for i, name in enumerate(_names.split())})
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATELINES = (
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.IGNORECASE), ("m", "d", "y")),
    (
        re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.IGNORECASE),
        ("d", "m", "y"),
    ),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), ("y", "m", "d")),
)
DATELINE_WINDOW = 600
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MIN_HEADLINE_WORDS = 3
MAX_SITE_WORDS = 5

STOPWORDS = {
    "en": "the and of to in that is was for on with as he it said by at from his not are have",
    "de": "der die und das ist nicht ein eine den mit von zu sich auf dem des für auch wird",
    "fr": "le la les et des est une dans que pour qui pas sur au du ce sont avec il elle",
    "es": "el la los las y que del en por una con para es se lo su al como más",
    "ru": "и в не на что с по это как он к из за от то все так его но она был",
    "uk": "і в не на що з до це як він та від за але її є також його вона був",
}
STOPWORD_SETS = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
MIN_STOPWORD_HITS = 3


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's name from its host: a known name, else the domain name title-cased."""
    host = (_host(url) or "") if url else ""
    for prefix in HOST_PREFIXES:
        host = host.removeprefix(prefix)
    if not host or "." not in host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in OUTLETS:
            return OUTLETS[".".join(labels[i:])]
    # the registrable name sits before the public suffix ("example.co.uk" -> "example")
    core = labels[:-1]
    if len(core) > 1 and core[-1] in SECOND_LEVEL:
        core = core[:-1]
    return re.sub(r"[-_]+", " ", core[-1]).title()


def date_from_url(url: str | None) -> date | None:
    """``/2025/11/27/`` (or ``/2025-11-27-``) in a URL path."""
    try:
        match = URL_DATE.search(urlsplit(url).path) if url else None
    except ValueError:  # not a URL that parses ("http://[::1"): no date in it
        return None
    return _date(*map(int, match.groups())) if match else None


def _host(url: str) -> str | None:
    """The URL's host; None for one that does not parse (a broken IPv6 address, a bad port)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def find_dateline(text: str) -> date | None:
    """The first written date near the top: "November 27, 2025", "27 Nov 2025", "2025-11-27"."""
    head = text[:DATELINE_WINDOW]
    found = []
    for pattern, order in DATELINES:
        match = pattern.search(head)
        if match:
            parts = dict(zip(order, match.groups()))
            month = MONTHS.get(parts["m"].lower()) if not parts["m"].isdigit() else int(parts["m"])
            value = _date(int(parts["y"]), month or 0, int(parts["d"]))
            if value:
                found.append((match.start(), value))
    return min(found)[1] if found else None


def parse_published(value: Any) -> date | None:
    """A reader's published value: a date, a datetime, an ISO-like string or a written date."""
    if isinstance(value, str) and not ISO_DAY.match(value):
        return find_dateline(value)
    return to_date(value)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split_site_suffix(title: str | None, url: str | None = None, headline: str | None = None
                      ) -> tuple[str | None, str | None]:
    """ "Headline | The Kyiv Dispatch" (a page's <title>) -> headline and site name.

    A dash ("Headline - The Kyiv Dispatch", as a printed PDF's title keeps it) splits only
    where the site name is the URL's host ("kyivdispatch.com") or what comes before it is the
    page's own ``headline``: a dash inside a headline is common ("… in 2025 - Sybiha")."""
    head, sep, site = (title or "").rpartition(" | ")
    dashed = re.match(r"(.+)\s[-–—]\s+(.+?)$", title or "")
    if not sep and dashed and re.search(r"\s[-–—]\s", dashed.group(2)) is None and (
            (url and _names_host(dashed.group(2), url))
            or (headline and _folded(dashed.group(1)) == _folded(headline))):
        head, sep, site = dashed.group(1), " - ", dashed.group(2)
    if sep and len(head.split()) >= MIN_HEADLINE_WORDS and len(site.split()) <= MAX_SITE_WORDS:
        return head.strip(), site.strip()
    return title, None


def _folded(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _names_host(site: str, url: str) -> bool:
    """Does a site name spell the URL's host ("The Daily Planet" and dailyplanet.com)?"""
    squashed = re.sub(r"[^a-z0-9]", "", site.lower())
    host = re.sub(r"[^a-z0-9]", "", (_host(url) or "").lower())
    return len(squashed) >= 3 and (squashed in host or squashed.removeprefix("the") in host
                                   or (outlet_from_url(url) or "").lower() == site.lower())


def guess_title(text: str) -> str | None:
    """A first line that reads like a headline and stands alone above the body."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or len(first) > MAX_TITLE_CHARS:
        return None
    return first if 0 < len(first.split()) <= MAX_TITLE_WORDS else None


def detect_language(text: str) -> str | None:
    """The language whose common words occur most (None when too little text to tell)."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    hits = {lang: sum(w in stop for w in words) for lang, stop in STOPWORD_SETS.items()}
    lang = max(hits, key=lambda name: hits[name])
    if hits[lang] < MIN_STOPWORD_HITS:
        return None
    if lang in ("ru", "uk"):
        return _cyrillic(text, hits)
    return lang


def _cyrillic(text: str, hits: dict[str, int]) -> str:
    """Russian and Ukrainian share many words; their own letters decide."""
    ukrainian = len(re.findall(r"[іїєґІЇЄҐ]", text))
    russian = len(re.findall(r"[ыэъёЫЭЪЁ]", text))
    if ukrainian != russian:
        return "uk" if ukrainian > russian else "ru"
    return "uk" if hits["uk"] > hits["ru"] else "ru"
