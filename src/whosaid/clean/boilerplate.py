"""Page furniture a printed or saved page carries around the story.

Each rule fires only on a strong, labelled signal: a navigation bar or a byline at the top,
an "Advertisement" or "Read more" marker, a comment section or a copyright line at the end.
Clean article text carries none of these and is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whosaid.clean.blocks import SENTENCE_END, Block, block_text

NAV_WORDS = re.compile(
    r"\b(?:log in|sign in|sign up|subscribe|menu|search|register)\b", re.IGNORECASE
)
# Case matters: "By contrast, ..." and "By Monday morning, ..." open sentences, not bylines.
NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
BYLINE = re.compile(rf"(?:By|BY)\s+(?P<author>{NAME}(?:\s+and\s+{NAME})?)(?:\s*[·|•,—–-].*)?")
MAX_BYLINE_CHARS = 120
CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture)s?\s*(?:by\b|:)|\b(?:getty images|reuters|ap photo|afp)\b",
    re.IGNORECASE,
)
AD_MARKER = re.compile(
    r"advertisement|sponsored(?: content)?|story continues below(?: advertisement)?", re.IGNORECASE
)
PITCH = re.compile(r"\b(?:subscribe|subscription|sign up|newsletter|save \d+%)", re.IGNORECASE)
READ_MORE = re.compile(
    r"read more|read also|see also|related(?: articles| stories| coverage)?|more on this story"
    r"|most read|recommended|you may also like",
    re.IGNORECASE,
)
COMMENTS = re.compile(
    r"(?:comments?|\d+ comments?|show comments|join the discussion|leave a (?:comment|reply))"
    r"(?:\s*\(\d+\))?",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b).{0,200}", re.IGNORECASE)
MAX_HEADER_BLOCKS = 8
MIN_BODY_CHARS = 80
MAX_HEADLINE_CHARS = 200
MAX_HEADLINES = 3
MAX_PITCH_CHARS = 300
COPYRIGHT_WINDOW = 3


@dataclass
class PageHeader:
    end: int  # index of the first body block
    title: str | None
    caption: str | None
    author: str | None


def is_navigation(block: Block) -> bool:
    """A menu bar: one line of capitalised words, no sentence, with a "Log in"-like item."""
    text = block_text(block)
    words = text.split()
    return (
        len(block) == 1
        and len(words) >= 4
        and not text.endswith(SENTENCE_END)
        and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words)
        and NAV_WORDS.search(text) is not None
    )


def byline_author(block: Block) -> str | None:
    text = block_text(block)
    if len(block) > 1 or len(text) > MAX_BYLINE_CHARS or text.endswith("."):
        return None
    match = BYLINE.fullmatch(text)
    return match.group("author") if match else None


def is_body_paragraph(block: Block) -> bool:
    text = block_text(block)
    return len(text) >= MIN_BODY_CHARS and text.endswith(SENTENCE_END) and not CREDIT.search(text)


def page_header(blocks: list[Block]) -> PageHeader | None:
    """Site name, menu, title, byline, picture and caption above the story.

    Recognised only by a menu bar or a byline among the first blocks; the header runs on
    past them to the first block that reads like a paragraph of the story.
    """
    head = blocks[:MAX_HEADER_BLOCKS]
    marks = [i for i, b in enumerate(head) if is_navigation(b) or byline_author(b)]
    if not marks:
        return None
    end = marks[-1] + 1
    while end < len(blocks) and not is_body_paragraph(blocks[end]):
        end += 1
    if end >= len(blocks):
        return None
    bylines = [i for i in range(end) if byline_author(blocks[i])]
    author = byline_author(blocks[bylines[0]]) if bylines else None
    title = headline_before(blocks, bylines[0]) if bylines else None
    captions = [block_text(b) for b in blocks[:end] if CREDIT.search(block_text(b))]
    return PageHeader(end, title, " ".join(captions) or None, author)


def headline_before(blocks: list[Block], byline: int) -> str | None:
    """The block just above the byline, when it is not the menu bar."""
    if byline == 0 or is_navigation(blocks[byline - 1]):
        return None
    return block_text(blocks[byline - 1])


def boxed_debris(blocks: list[Block], i: int) -> int:
    """How many blocks from ``i`` on are an advert or a "Read more" box (0: none)."""
    text = block_text(blocks[i])
    if AD_MARKER.fullmatch(text):
        after = blocks[i + 1 : i + 2]
        pitch = [b for b in after if len(block_text(b)) <= MAX_PITCH_CHARS and is_pitch(b)]
        return 1 + len(pitch)
    if READ_MORE.fullmatch(text):
        count = 1
        while count <= MAX_HEADLINES and i + count < len(blocks):
            if not is_headline(blocks[i + count]):
                break
            count += 1
        return count
    return 0


def is_pitch(block: Block) -> bool:
    return PITCH.search(block_text(block)) is not None


def is_headline(block: Block) -> bool:
    text = block_text(block)
    return len(text) <= MAX_HEADLINE_CHARS and not text.endswith(SENTENCE_END)


def trailer_start(blocks: list[Block], end: int) -> int:
    """Where a comment section or a closing copyright line begins (``end`` if neither)."""
    half = end // 2
    for i in range(half, end):
        if COMMENTS.fullmatch(block_text(blocks[i])):
            return i
    for i in range(max(half, end - COPYRIGHT_WINDOW), end):
        if COPYRIGHT.fullmatch(block_text(blocks[i])):
            return i
    return end
