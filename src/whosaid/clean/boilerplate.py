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
# "By Jane Roe withAP" (a linked agency run into the name), "By Jane Roe with Reuters"
WITH_AGENCY = r"\s*\bwith\s*[A-Z].*"
# "By Tom Ambrose (now) and Helen Livingstone (earlier)": a live blog's shifts
SHIFT = r"(?:\s*\([a-z ]{1,20}\))?"
BYLINE = re.compile(
    rf"(?:By|BY)\s+(?P<author>{NAME}{SHIFT}(?:\s+and\s+{NAME}{SHIFT})?)"
    rf"(?:\s*[·|•,—–-].*|{WITH_AGENCY})?"
)
MAX_BYLINE_CHARS = 120
# A photo caption's credit: "Photo: City Hall", "(Reuters/Jane Roe)", "… Getty Images". A wire
# dateline ("MOSCOW (Reuters) - …") or "he told Reuters." is no credit: there the agency neither
# ends the block after a bracket, a slash or a full stop, nor follows a photo label.
CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture|illustration)s?\s*(?:by\b|:|credit)|\bcredit:\s"
    r"|getty images|\bap photo|file photo|shutterstock"
    r"|[(/|.]\s*(?:reuters|afp|ap|epa|getty|anadolu|tass)\b[^()]{0,40}\)?\s*$"
    r"|\.\s+[\w-]+(?:\.[a-z]{2,})+\s*$",  # "Vladimir Putin. kremlin.ru": a site's credit
    re.IGNORECASE,
)
AD_MARKER = re.compile(
    r"advertisement|sponsored(?: content)?|story continues below(?: advertisement)?", re.IGNORECASE
)
PITCH = re.compile(r"\b(?:subscribe|subscription|sign up|newsletter|save \d+%)", re.IGNORECASE)
READ_MORE = re.compile(
    r"read more|read also|see also|related(?: articles| stories| coverage)?|more on this story"
    r"|most read|recommended|you may also like|trending(?: stories| now)?",
    re.IGNORECASE,
)
COMMENTS = re.compile(
    r"(?:comments?|\d+ comments?|show comments|join the discussion|leave a (?:comment|reply))"
    r"(?:\s*\(\d+\))?",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b).{0,200}", re.IGNORECASE)
# A live blog's entry header: a time, then maybe a headline ("14:32 GMT", "9.05am: Talks end").
LIVE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT"
    r"|MSK|IST)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[:|–—-]?\s+\S.*)?",
    re.IGNORECASE,
)
MAX_LIVE_CHARS = 160
MAX_HEADER_BLOCKS = 8
MIN_BODY_CHARS = 80
MIN_BODY_WORDS = 12  # a short first paragraph of the story is still not page furniture
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
    return len(block) == 1 and is_menu(block_text(block))


def is_menu(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= 4
        and not text.endswith(SENTENCE_END)
        and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words)
        and NAV_WORDS.search(text) is not None
    )


def byline_author(block: Block) -> str | None:
    text = block_text(block)
    if len(block) > 1 or len(text) > MAX_BYLINE_CHARS or text.endswith("."):
        return None
    return author_of(text)


def author_of(byline: str) -> str | None:
    """The names a byline gives ("By Jane Roe withAP" -> "Jane Roe"), None if it is none."""
    match = BYLINE.fullmatch(byline)
    return re.sub(SHIFT.removesuffix("?"), "", match.group("author")) if match else None


def is_body_paragraph(block: Block) -> bool:
    text = block_text(block)
    long_enough = len(text) >= MIN_BODY_CHARS or len(text.split()) >= MIN_BODY_WORDS
    return long_enough and text.endswith(SENTENCE_END) and not CREDIT.search(text)


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
    while end < len(blocks) and not is_body_paragraph(blocks[end]) \
            and LIVE.fullmatch(block_text(blocks[end])) is None:  # a live blog's first entry
        end += 1
    if end >= len(blocks):
        return None
    bylines = [i for i in range(end) if byline_author(blocks[i])]
    author = byline_author(blocks[bylines[0]]) if bylines else None
    title = headline_before(blocks, bylines[0]) if bylines else None
    captions = [block_text(b) for b in blocks[:end] if CREDIT.search(block_text(b))]
    return PageHeader(end, title, " ".join(captions) or None, author)


def headline_before(blocks: list[Block], byline: int) -> str | None:
    """The block just above the byline, when it is not the menu bar; with the headline lines
    stacked above it, where the page's lines were read one block each (a copied PDF)."""
    if byline == 0 or is_navigation(blocks[byline - 1]):
        return None
    top = byline - 1
    while top > 1 and is_headline(blocks[top]) and is_headline(blocks[top - 1]) \
            and len(blocks[top]) == len(blocks[top - 1]) == 1 \
            and not is_navigation(blocks[top - 1]):
        top -= 1
    return " ".join(block_text(b) for b in blocks[top:byline])


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
    """A linked headline in a "Read more" box (a live blog's time stamp is none)."""
    text = block_text(block)
    return len(text) <= MAX_HEADLINE_CHARS and not text.endswith(SENTENCE_END) \
        and LIVE.fullmatch(text) is None


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
