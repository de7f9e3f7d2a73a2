"""Turn an article's text and its statements' spans into escaped HTML with highlights.

Spans from different statements may overlap (a speaker mention inside someone else's quote),
so the text is cut at every span boundary and each piece is wrapped once. Each piece lists
every statement whose content covers it (``data-content``) and its offsets in the text
(``data-start``, ``data-end``), so a statement's characters can be gathered back exactly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal
from urllib.parse import quote

from markupsafe import Markup, escape

Role = Literal["content", "speaker"]
PALETTE_SIZE = 10  # matches the .c0 ... .c9 colours in static/style.css


@dataclass(frozen=True)
class Mark:
    """One span to highlight: ``text[start:end]``, said by (or naming) one speaker."""

    start: int
    end: int
    role: Role
    statement_id: str
    speaker_id: str | None
    speaker_name: str | None


def speaker_color(speaker_id: str | None) -> int:
    """A stable palette index for a speaker, the same on every page; the last colour (grey)
    is kept for unknown speakers."""
    if not speaker_id:
        return PALETTE_SIZE - 1
    # Speakers of one article are usually stored one after another, so consecutive numeric
    # ids get different colours; a hash would often give two of them the same one.
    number = int(speaker_id) if speaker_id.isdigit() else \
        int.from_bytes(hashlib.sha1(speaker_id.encode("utf-8")).digest()[:4], "big")
    return number % (PALETTE_SIZE - 1)


def highlight(text: str, marks: list[Mark], speaker_url: str = "/speakers/{}") -> Markup:
    """The article text as HTML: every mark becomes a coloured ``<mark>`` with a tooltip,
    inside a link to the speaker's page. All text is escaped; nothing from ``text`` or a
    speaker name can become markup."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces: list[Markup] = []
    anchored: set[str] = set()
    for a, b in pairwise(cuts):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        # An anchor where each statement starts, so /articles/ID#s42 scrolls to statement 42.
        for sid in sorted({m.statement_id for m in covering if m.role == "content"} - anchored):
            pieces.append(Markup('<span class="anchor" id="s{}"></span>').format(sid))
            anchored.add(sid)
        pieces.append(_piece(text, a, b, covering, speaker_url) if covering else escape(text[a:b]))
    return Markup("").join(pieces)


def _piece(text: str, a: int, b: int, covering: list[Mark], speaker_url: str) -> Markup:
    # The innermost span decides colour and link: a speaker mention inside a quote links to
    # the one named there, not the one quoted.
    main = min(covering, key=lambda m: (m.end - m.start, m.role != "speaker"))
    content_ids = " ".join(sorted({m.statement_id for m in covering if m.role == "content"}))
    roles = " ".join(sorted({m.role for m in covering}))
    title = "; ".join(sorted({_tooltip(m) for m in covering}))
    mark = Markup(
        '<mark class="hl c{color} {role}" data-content="{ids}" data-roles="{roles}"'
        ' data-statement="{sid}" data-start="{a}" data-end="{b}">{chunk}</mark>'
    ).format(color=speaker_color(main.speaker_id), role=main.role, ids=content_ids,
             roles=roles, sid=main.statement_id, a=a, b=b, chunk=text[a:b])
    if not main.speaker_id:
        return Markup('<span class="said" title="{t}">{m}</span>').format(t=title, m=mark)
    href = speaker_url.format(quote(str(main.speaker_id), safe=""))
    return Markup('<a class="said" href="{h}" title="{t}">{m}</a>').format(h=href, t=title, m=mark)


def _tooltip(m: Mark) -> str:
    who = m.speaker_name or "unknown speaker"
    return f"{who} (speaker)" if m.role == "speaker" else f"said by {who}"
