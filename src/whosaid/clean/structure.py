"""Page structure: each block of a page typed (headline, byline, caption, bullet, body…).

``repair`` decides what stays in the text; this module says what each piece is. Blocks kept
in the text are read from the clean text itself: paragraphs (blank-line separated), and each
line of a bulleted list on its own. Blocks the cleaner took out (the header above the story,
"Read more" boxes, promos) are typed from their source lines and kept as ``removed`` blocks at
the place where they stood. The kinds (``models.BLOCK_KINDS``) are recognised by small named
rules on a block's own text, in order; the first that holds decides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from whosaid.clean.blocks import SENTENCE_END
from whosaid.clean.blocks import Block as Lines
from whosaid.clean.boilerplate import (
    AD_MARKER,
    BYLINE,
    CREDIT,
    LIVE,
    MAX_BYLINE_CHARS,
    MAX_HEADLINE_CHARS,
    MAX_LIVE_CHARS,
    PITCH,
    is_menu,
)
from whosaid.clean.metadata import DATELINES
from whosaid.models import Block, Segment

# "Also read | Markets fall as…", "Read more: Explainer: …", "Trending Stories", "Related:".
RELATED = re.compile(
    r"(?:also read|read (?:more|also|next)|see also|more on this story|most read"
    r"|related(?: articles?| stories| story| coverage| content| news)?|trending(?: stories| now)?"
    r"|recommended(?: for you| stories)?|you (?:may|might) also like)"
    r"(?:\s*[:|›»–—-]\s*.*|\s*)",
    re.IGNORECASE,
)
# Asks for money or sign-ups: "Support Our Newsroom!", "12,000 of 25,000 readers have given".
PROMO = re.compile(
    r"support (?:our|independent) (?:newsroom|journalism)|\bdonate (?:now|today)\b"
    r"|make a donation|become a (?:member|supporter)"
    r"|\d[\d,.]*\s*(?:k\s*)?(?:of|/)\s*\d[\d,.]*\s*(?:k\s*)?(?:readers|supporters|members|donors)",
    re.IGNORECASE,
)
MAX_PROMO_CHARS = 120  # a promo is a line, never a paragraph
MAX_CAPTION_CHARS = 400
# "Published 27 November 2025", "Updated: Nov. 27, 2025 10:02 a.m. ET": a line that is a date.
DATE_LABEL = re.compile(
    r"(?:(?:first )?published|updated|posted|last updated|modified)(?: on)?\s*:?\s*", re.IGNORECASE
)
MAX_DATELINE_CHARS = 80
MAX_DATELINE_EXTRA = 20  # characters besides the date: a weekday, a time, a place
BULLET = re.compile(r"[-–—•*▪●◦·]\s+\S")
MAX_HEADING_WORDS = 30
SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"”’']*\s+[A-Z“\"]")


def is_related(text: str) -> bool:
    return len(text) <= MAX_HEADLINE_CHARS + 40 and RELATED.fullmatch(text) is not None


def is_promo(text: str) -> bool:
    return len(text) <= MAX_PROMO_CHARS and (
        PROMO.search(text) is not None or AD_MARKER.fullmatch(text) is not None
        or (PITCH.search(text) is not None and not text.endswith(SENTENCE_END))
    )


def is_byline(text: str) -> bool:
    """ "By Jane Roe | Reuters"; never a sentence ("By Monday, the talks had collapsed.")."""
    return len(text) <= MAX_BYLINE_CHARS and not text.endswith(".") \
        and BYLINE.fullmatch(text) is not None


def is_dateline(text: str) -> bool:
    """A line that is a date, with at most a label and a time around it."""
    if len(text) > MAX_DATELINE_CHARS:
        return False
    rest = DATE_LABEL.sub("", text, count=1)
    for pattern, _ in DATELINES:
        match = pattern.search(rest)
        if match and len(rest) - len(match.group()) <= MAX_DATELINE_EXTRA \
                and match.start() <= MAX_DATELINE_EXTRA:
            return True
    return False


def is_caption(text: str) -> bool:
    return len(text) <= MAX_CAPTION_CHARS and CREDIT.search(text) is not None


def is_live(text: str) -> bool:
    return len(text) <= MAX_LIVE_CHARS and LIVE.fullmatch(text) is not None \
        and not text.endswith(".")


def is_heading(text: str) -> bool:
    """A headline or subhead: a short line of a few words that ends on no stop or quote mark
    and holds no sentence break."""
    return len(text) <= MAX_HEADLINE_CHARS and not text.endswith(SENTENCE_END + ("'",)) \
        and 2 <= len(text.split()) <= MAX_HEADING_WORDS and SENTENCE_BREAK.search(text) is None


# The rules in order: the first that holds names the block's kind; none: body.
RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("bullet", lambda t: BULLET.match(t) is not None),
    ("related", is_related),
    ("navigation", is_menu),
    ("promo", is_promo),
    ("byline", is_byline),
    ("caption", is_caption),
    ("dateline", is_dateline),
    ("live", is_live),
)


def kind_of(text: str) -> str:
    """The kind of one block from its own text; a heading is told apart later by its place."""
    for kind, holds in RULES:
        if holds(text):
            return kind
    return "heading" if is_heading(text) else "body"


def text_blocks(text: str, offset_map: list[Segment], kinds: dict[int, str] | None = None
                ) -> list[Block]:
    """The blocks of the clean text: paragraphs, and each line of a bulleted list.
    ``kinds``: the kind of the block that starts at an offset, where the cleaner knows it (the
    headline and captions it kept from a page header, typed by their place there)."""
    found: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        lines = list(re.finditer(r"[^\n]+", para.group()))
        if len(lines) > 1 and any(BULLET.match(m.group().strip()) for m in lines):
            found += [(para.start() + m.start(), para.start() + m.end()) for m in lines]
        else:
            found.append(para.span())
    blocks = []
    for start, end in found:
        piece = text[start:end]
        start, end = start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
        if end > start:
            kind = (kinds or {}).get(start) or kind_of(" ".join(text[start:end].split()))
            blocks.append(Block(kind, start, end, *_source_range(offset_map, start, end)))
    return _placed(blocks)


def removed_block(kind: str, lines: Lines, at: int) -> Block:
    """A block the cleaner took out of the text, from its source lines; ``at``: where it stood."""
    return Block(kind, at, at, lines[0].start, lines[-1].end, removed=True)


def _placed(blocks: list[Block]) -> list[Block]:
    """Headings by their place: the first block, before any body, is the headline; a later one
    (a live blog's entry headline under its time, too) a subhead. A body paragraph between the
    headline and a byline or dateline is the standfirst."""
    out: list[Block] = []
    headline = body = False
    for i, block in enumerate(blocks):
        kind = block.kind
        if kind == "heading":
            kind = "subhead" if body or headline else "headline"
        elif kind == "body" and headline and not body \
                and any(b.kind in ("byline", "dateline") for b in blocks[i + 1:i + 3]):
            kind = "standfirst"
        headline = headline or kind == "headline"
        body = body or kind in ("body", "bullet", "live")
        out.append(Block(kind, block.start, block.end, block.source_start, block.source_end))
    return out


def _source_range(offset_map: list[Segment], start: int, end: int) -> tuple[int, int]:
    """Where ``text[start:end]`` came from in the source (itself where the text is the source)."""
    if not offset_map:
        return start, end
    starts = [s.start for s in offset_map]  # the map is in text order
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    hi = bisect.bisect_left(starts, end)
    inside = [s for s in offset_map[lo:hi] if s.start < end and s.start + s.length > start]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    return (first.source_start + max(0, start - first.start),
            last.source_start + min(last.length, end - last.start))


def block_at(blocks: list[Block], offset: int) -> Block | None:
    """The block of the text that holds ``offset`` (None: between blocks, or no blocks).
    ``blocks``: the blocks kept in the text, in text order."""
    i = bisect.bisect_right([b.start for b in blocks], offset) - 1
    return blocks[i] if i >= 0 and blocks[i].start <= offset < blocks[i].end else None


def header_kinds(blocks: list[Lines]) -> list[tuple[str, Lines]]:
    """The kinds of the header blocks above the story (which the cleaner takes out of the text).

    Each element of a block starts on an indented line (a title over its caption). The
    headline is the element just above the byline, else the first heading; a heading above it
    is the site's name or a section (navigation), one below it a caption; a paragraph between
    the headline and the story is the standfirst.
    """
    elements = [part for block in blocks for part in _elements(block)]
    kinds = [kind_of(" ".join(line.text for line in part)) for part in elements]
    bylines = [i for i, kind in enumerate(kinds) if kind == "byline"]
    if bylines and bylines[0] > 0 and kinds[bylines[0] - 1] in ("heading", "body"):
        headline = bylines[0] - 1
    else:
        headline = next((i for i, kind in enumerate(kinds) if kind == "heading"), -1)
    top = headline  # a headline read one line a block (a copied PDF) is stacked above it
    while top > 1 and kinds[top - 1] == "heading" and len(elements[top - 1]) == 1:
        top -= 1
    named = []
    for i, kind in enumerate(kinds):
        if top <= i <= headline:
            kind = "headline"
        elif kind == "heading":
            kind = "navigation" if i < headline else "caption"
        elif kind == "body":
            kind = "standfirst" if i > headline else "navigation"
        named.append(kind)
    return list(zip(named, elements))


def _elements(block: Lines) -> list[Lines]:
    starts = [i for i, line in enumerate(block) if i == 0 or line.indented]
    return [block[a:b] for a, b in zip(starts, starts[1:] + [len(block)])]


def text_offset(offset_map: list[Segment], source_offset: int, end: int) -> int:
    """Where the source character at ``source_offset`` stands (or stood) in the clean text:
    the start of the first kept run at or after it; ``end`` (the text's length) if none."""
    if not offset_map:
        return min(source_offset, end)
    for seg in offset_map:
        if seg.source_start + seg.length > source_offset:
            return seg.start + max(0, source_offset - seg.source_start)
    return end
