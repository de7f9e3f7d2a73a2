"""Quote pairing: quotation marks into quotes, on raw text, without ever raising.

Handles "…" “…” ‘…’ «…» „…“ ‹…› and newswire ''…'', apostrophes that look like quotes
(don't, Putin’s, ’90s, leaders’), quotes nested inside quotes, multi-paragraph quotes (a
paragraph left unclosed whose successor opens with a quote mark continues the quote), and
stray or odd-numbered marks (an unclosed quote ends at its paragraph's end; a lone closer
is ignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# Marks that can only open, only close, or either (decided from context).
DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "›"
SINGLE_EITHER = "'’"
APOSTROPHES = "'’‘"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
_MARK_RE = re.compile(f"[{re.escape(ALL_MARKS)}]")
_PARA_RE = re.compile(r"\n[ \t]*\n")
# Inside an open „ the German closer “ closes rather than opens.
_LOW_OPENERS = "„‚"


@dataclass
class Quote:
    """One quotation: ``segments`` are the (start, end) runs of quoted text, marks excluded.

    A quote over several paragraphs has one segment per paragraph. ``closed`` is False when
    the closing mark was missing and the quote was cut at its paragraph's end.
    """

    segments: list[tuple[int, int]] = field(default_factory=list)
    open_mark: int = 0  # offset of the opening mark
    close_mark: int | None = None  # offset of the closing mark, if one was found
    closed: bool = True

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    @property
    def outer_end(self) -> int:
        """End offset including the closing mark."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, single: bool, width: int = 1) -> str:
    """'open', 'close', 'apostrophe' or 'either' for the mark at ``i``, from its neighbours."""
    ch = text[i] if width == 1 else DOUBLE_EITHER
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if single and ch in SINGLE_EITHER:
        if _is_word(prev) and _is_word(nxt):
            return "apostrophe"  # don't, Putin’s
        if nxt.isdigit() and not _is_word(prev):
            return "apostrophe"  # ’90s
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        return "close"
    left_space = prev.isspace() or prev in "([{—–-/" or prev in ALL_MARKS
    right_space = nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in ALL_MARKS
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    if single and ch == "’" and _is_word(prev):
        return "close"  # possessive plural or closer; the caller decides from the open state
    return "either"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph, whitespace trimmed."""
    out, pos = [], 0
    for m in _PARA_RE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [_trim(text, s, e) for s, e in out if text[s:e].strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotes in ``text``, in order. Never raises on odd marks."""
    quotes: list[Quote] = []
    pending: Quote | None = None  # a quote left unclosed at the end of the previous paragraph
    for p_start, p_end in paragraphs(text):
        para_quotes, unclosed = _pair_paragraph(text, p_start, p_end)
        if pending is not None:
            first = para_quotes[0] if para_quotes else unclosed
            # The continuation opens with the same mark; "…" then “…” are two quotes.
            if (first is not None and first.open_mark == p_start
                    and text[first.open_mark] == text[pending.open_mark]):
                _continue_quote(pending, first)
                if first is unclosed:
                    unclosed = pending
                else:
                    para_quotes[0] = pending
            else:
                quotes.append(pending)
            pending = None
        quotes.extend(q for q in para_quotes if q is not unclosed)
        if unclosed is not None:
            pending = unclosed
    if pending is not None:
        quotes.append(pending)
    for q in quotes:  # a mark alone at a paragraph's end quotes nothing: drop its empty run
        q.segments = [(s, e) for s, e in q.segments if s < e]
    return [q for q in quotes if any(_has_word(text, s, e) for s, e in q.segments)
            and not _nickname(text, q)]


_NAME_WORD = r"[A-Z][\w.'’-]*"
_NICKNAME = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})?")


def _nickname(text: str, q: Quote) -> bool:
    """'Del. Marcia "Cia" Price': a name in quote marks between a given name and a surname
    is a nickname, not a quote."""
    if q.close_mark is None or len(q.segments) != 1:
        return False
    s, e = q.segments[0]
    before = text[max(0, q.open_mark - 30) : q.open_mark]
    after = text[q.close_mark + 1 : q.close_mark + 3]
    return bool(_NICKNAME.fullmatch(text[s:e])) and re.search(rf"\b{_NAME_WORD} $", before) \
        is not None and re.match(r" [A-Z]", after) is not None


def _continue_quote(pending: Quote, part: Quote) -> None:
    """A paragraph that opens with a quote mark continues the previous unclosed quote (an
    empty run, a mark alone at the end of the text, adds nothing)."""
    pending.segments.extend((s, e) for s, e in part.segments if s < e)
    pending.close_mark, pending.closed = part.close_mark, part.closed


def _has_word(text: str, s: int, e: int) -> bool:
    return any(ch.isalnum() for ch in text[s:e])


def _marks(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, bool]]:
    """(offset, width, mark, single) of each quote mark in ``text[start:end]``.

    Two apostrophes in a row are one double mark, the newswire convention for “…”. In a run
    of three the lone one belongs to a quote nested inside: after a word it closes the inner
    quote before the outer one, before a word it opens inside the outer one.
    """
    i = start
    for m in _MARK_RE.finditer(text, start, end):
        if m.start() < i:
            continue
        i = m.start()
        run = i
        while run < end and text[run] in APOSTROPHES:
            run += 1
        n = run - i
        if n in (2, 3):
            after_word = i > 0 and not text[i - 1].isspace()
            if n == 3 and after_word:
                yield i, 1, text[i], True
                yield i + 1, 2, DOUBLE_EITHER, False
            elif n == 3:
                yield i, 2, DOUBLE_EITHER, False
                yield i + 2, 1, text[i + 2], True
            else:
                yield i, 2, DOUBLE_EITHER, False
            i = run
            continue
        yield i, 1, m.group(), m.group() in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
        i += 1


def _pair_paragraph(text: str, start: int, end: int) -> tuple[list[Quote], Quote | None]:
    """Pair marks in one paragraph; returns its closed quotes and an unclosed last quote."""
    quotes: list[Quote] = []
    opener: tuple[int, int, str] | None = None  # (offset, width, mark) of the open quote
    for i, width, ch, single in _marks(text, start, end):
        role = _role(text, i, single, width)
        if role == "apostrophe":
            continue
        if opener is None:
            if role in ("open", "either") and not (single and role == "either"):
                opener = (i, width, ch)
            continue
        o_i, o_w, o_ch = opener
        o_single = o_w == 1 and o_ch in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
        if single != o_single:
            continue  # nested quote of the other kind (or an apostrophe): part of the content
        closes = role in ("close", "either") or (ch == "“" and o_ch in _LOW_OPENERS)
        if closes:
            quotes.append(Quote([_trim(text, o_i + o_w, i)], o_i, i + width - 1, True))
            opener = None
        elif role == "open":
            # Two openers in a row: the first was never closed; cut it before the new one.
            s, e = _trim(text, o_i + o_w, i)
            if not single:
                quotes.append(Quote([(s, e)], o_i, None, False))
            opener = (i, width, ch)
    unclosed = None
    if opener is not None:
        o_i, o_w, o_ch = opener
        if o_w == 2 or o_ch not in SINGLE_OPEN + SINGLE_EITHER:
            unclosed = Quote([_trim(text, o_i + o_w, end)], o_i, None, False)
    return [q for q in quotes if q.segments[0][0] < q.segments[0][1]], unclosed
