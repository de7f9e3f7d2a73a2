"""Text as lines and blocks (runs of non-blank lines), each with its offsets in the source."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

URL_LINE = re.compile(r"https?://\S+")
# A browser's print margins, in text copied from a printed page: the header "12/4/26, 7:48 AM
# Title - Site" and the footer "https://site/story 1/2" (Chromium's layout, each on its line).
PRINT_HEADER = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\s+(?P<title>\S.*)"
)
PRINT_FOOTER = re.compile(r"(?P<url>https?://\S+)\s+\d{1,4}\s*/\s*\d{1,4}")
PAGE_COUNT = re.compile(r"\d{1,4}\s*/\s*\d{1,4}")  # "1/2" alone, after a wrapped footer URL
SENTENCE_END = tuple('.!?:;"”’»)…')
# A printed line this far short of the page's width (in characters, of a proportional font)
# could have taken the next word.
ROOM_SHARE = 0.8
SENTENCE_ROOM = 1.1
RUN_ON_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on",
                          "at", "by", "with", "from", "as", "that"])
# pdfium marks a hyphen it found at a line end with U+FFFE in the text it gives out
PRINTED_HYPHEN = "\ufffe"


@dataclass(frozen=True)
class Line:
    """One non-blank line: ``text`` is ``source[start:end]`` without surrounding whitespace."""

    start: int
    end: int
    text: str
    indented: bool  # began with whitespace: in page-extracted text, a new element starts here


Block = list[Line]


def split_lines(text: str) -> list[Line | None]:
    """Lines with their source offsets; ``None`` stands for a blank line."""
    lines: list[Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), stripped, lead > 0))
        else:
            lines.append(None)
        pos += len(raw) + 1
    return lines


def is_url_line(line: Line) -> bool:
    return URL_LINE.fullmatch(line.text) is not None


def is_print_margin(line: Line) -> bool:
    """A printed page's running header or footer line (``PRINT_HEADER``, ``PRINT_FOOTER``)."""
    return any(p.fullmatch(line.text) for p in (PRINT_HEADER, PRINT_FOOTER, PAGE_COUNT))


def stands_alone(line: Line) -> bool:
    """A line that is never part of a paragraph: a bare URL or a print margin."""
    return is_url_line(line) or is_print_margin(line)


def group_blocks(lines: list[Line | None]) -> list[Block]:
    """Blocks are separated by blank lines; a line that is only a URL, or a print margin, is
    always a block alone."""
    blocks: list[Block] = []
    current: Block = []
    for line in lines:
        if line is None or stands_alone(line):
            if current:
                blocks.append(current)
            current = []
            if line is not None:
                blocks.append([line])
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def split_purposeful(blocks: list[Block], width: int,
                     ends_block: Callable[[str], bool] = lambda text: False) -> list[Block]:
    """Text copied out of a PDF has no blank lines. There a line that had room left for the
    next line's first word ended on purpose (a paragraph's end, a headline, a byline), as
    wrapping moves a word down only when it does not fit: the block ends after it. So it does
    after a line that ``ends_block`` (a caption's credit)."""
    out: list[Block] = []
    for block in blocks:
        current: Block = [block[0]]
        for line, nxt in itertools.pairwise(block):
            # pdfium may join a line that ends on a hyphen to the next: only the last counts
            last = line.text.rsplit(PRINTED_HYPHEN, 1)[-1] if len(line.text) > width \
                else line.text
            room = len(last) + 1 + len(nxt.text.split(" ", 1)[0])
            # a sentence's end that may have had room for the next word: a paragraph's end,
            # or a sentence's (the widths of a proportional font's lines vary)
            if ends_block(line.text) or (room < ROOM_SHARE * width and not runs_on(line.text)) or (
                    line.text.endswith(SENTENCE_END) and room <= SENTENCE_ROOM * width
                    and not quote_open(current)):
                out.append(current)
                current = []
            current.append(nxt)
        out.append(current)
    return out


def runs_on(text: str) -> bool:
    """A line that ends on a word no line ends on by choice ("Macron declared unconditional
    support for" / "Ukraine": a subhead in a larger type, wrapped)."""
    return text.rsplit(" ", 1)[-1].lower() in RUN_ON_WORDS


def quote_open(block: Block) -> bool:
    """Does a quotation stay open at the end of these lines (a sentence's end inside it is
    no paragraph's end)?"""
    text = block_text(block)
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def block_text(block: Block) -> str:
    return " ".join(line.text for line in block)
