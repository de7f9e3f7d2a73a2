"""Long texts in bounded windows, so no text is ever parsed whole however long it is.

The text is cut into consecutive parts that each window *owns*, cut after a paragraph break
where there is one (else a line break, a sentence end, a space). Each window reads a little
further on both sides of its part (``CONTEXT`` characters, again up to a paragraph break), so
a statement that starts near the end of a part is read whole, and a pronoun at the start of a
part finds its speaker in the paragraphs before. A statement belongs to the window whose part
holds its start; offsets are moved back into the whole text with ``moved``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass, replace

from whosaid.models import Span, Statement

# A text up to this long is parsed whole, as it always was: every news article is.
LONG_TEXT = 100_000
# The part each window owns, and how far it reads on either side.
PART = 50_000
CONTEXT = 5_000
# Where to cut, best first: after a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True)
class Window:
    """``text[start:end]`` is parsed; statements starting in ``[own_start, own_end)`` are kept."""

    start: int
    end: int
    own_start: int
    own_end: int

    def owns(self, offset: int) -> bool:
        return self.own_start <= offset < self.own_end


def is_long(text: str) -> bool:
    return len(text) > LONG_TEXT


def windows(text: str, part: int = PART, context: int = CONTEXT) -> Iterator[Window]:
    """The windows that cover ``text``, in order; their owned parts tile it exactly."""
    n = len(text)
    own_start = 0
    while own_start < n:
        own_end = cut(text, own_start + part, own_start + part // 2)
        start = cut(text, own_start - context, own_start - 2 * context) if own_start else 0
        end = cut(text, own_end + 2 * context, own_end + context)
        yield Window(start, end, own_start, own_end)
        own_start = own_end


def cut(text: str, pos: int, floor: int) -> int:
    """The best place to cut ``text`` in ``(floor, pos]``: just after the last paragraph break
    there, else the last line break, sentence end or space; ``pos`` itself if there is none.
    Both ends are clamped to the text."""
    n = len(text)
    pos, floor = max(0, min(pos, n)), max(0, min(floor, n))
    if pos in (0, n):
        return pos
    for brk in _BREAKS:
        found = text.rfind(brk, floor, pos)
        if found >= 0:
            return found + len(brk)
    return pos


def anchor(statement: Statement) -> int:
    """Where a statement starts: its first content or cue character."""
    return min(s.start for s in statement.content + statement.cue)


def overlaps(statement: Statement, others: list[Statement]) -> bool:
    """Whether ``statement``'s content shares a character with any of ``others``' content."""
    return any(a.start < b.end and b.start < a.end
               for other in others for b in other.content for a in statement.content)


def moved(item, offset: int):
    """``item`` with every Span in it, however deeply held (statement content, speaker
    mention, date spans, mentioned dates, event spans), moved ``offset`` characters on: from
    a window into the whole text. Walks the dataclasses, so a span field added later moves
    too."""
    if isinstance(item, Span):
        return Span(item.start + offset, item.end + offset, item.text)
    if isinstance(item, list):
        return [moved(x, offset) for x in item]
    if is_dataclass(item) and not isinstance(item, type):
        return replace(item, **{f.name: moved(getattr(item, f.name), offset)
                                for f in fields(item) if f.init})
    return item
