"""Text as lines and blocks (runs of non-blank lines), each with its offsets in the source."""

from __future__ import annotations

import re
from dataclasses import dataclass

URL_LINE = re.compile(r"https?://\S+")
SENTENCE_END = tuple('.!?:;"”’»)…')


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


def group_blocks(lines: list[Line | None]) -> list[Block]:
    """Blocks are separated by blank lines; a line that is only a URL is always a block alone."""
    blocks: list[Block] = []
    current: Block = []
    for line in lines:
        if line is None or is_url_line(line):
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


def block_text(block: Block) -> str:
    return " ".join(line.text for line in block)
