"""How the attribution model sees an article: word pieces, windows and labels.

Shared by training (``whosaid.eval.train_model``) and inference (``whosaid.extract.tagger``),
so the two cannot drift apart; ``FEATURE_VERSION`` names this contract, and a model whose
manifest names another version is refused at load time.

- The article is cut into word pieces once (``tokenizers``, the encoder's own vocabulary),
  each with its character offsets. A paragraph break becomes a marker piece of its own, so the
  model sees paragraphs (quotes, bylines and headlines live by them).
- Windows: the pieces are split into *cores* of at most ``CORE`` pieces, ending at a sentence
  end where one is near; each window adds ``CONTEXT`` pieces either side for reading. A piece
  is predicted from the window whose core holds it, so every piece is predicted exactly once
  and a span across a window edge is stitched whole, never lost or doubled.
- Labels: three BIO layers per piece (cue, source, content), since a source or cue can sit
  inside another statement's content.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

FEATURE_VERSION = "attribution-bio3-link-v1"
MAX_PIECES = 256  # the encoder's input, [CLS] and [SEP] included
CONTEXT = 16  # pieces of reading context either side of a core
CORE = MAX_PIECES - 2 - 2 * CONTEXT
SENTENCE_SLACK = 48  # a core may end this many pieces early to end on a sentence
PARAGRAPH = "[unused1]"  # the marker piece for a paragraph break
CLS, SEP, PAD = "[CLS]", "[SEP]", "[PAD]"
LAYERS = ("cue", "source", "content")
O, B, I = 0, 1, 2
DISTANCE_BUCKETS = (-200, -100, -50, -25, -12, -6, -3, -1, 0, 2, 4, 7, 13, 26, 51, 101, 201)


def load_tokenizer(path: str | Path):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_truncation()  # the encoder's file truncates at 128; windows do that job here
    tokenizer.no_padding()
    return tokenizer


@dataclass
class Pieces:
    """The word pieces of one text: ids and ``(start, end)`` character offsets."""

    ids: list[int]
    offsets: list[tuple[int, int]]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class Window:
    """``pieces[start:end]`` is read; ``pieces[core_start:core_end]`` is predicted from it."""

    start: int
    end: int
    core_start: int
    core_end: int


def encode(tokenizer, text: str) -> Pieces:
    """Word pieces of ``text`` with a paragraph marker wherever a line break separates two."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    para = tokenizer.token_to_id(PARAGRAPH)
    ids: list[int] = []
    offsets: list[tuple[int, int]] = []
    prev_end = 0
    for tid, (s, e) in zip(enc.ids, enc.offsets):
        if ids and "\n" in text[prev_end:s]:
            nl = text.index("\n", prev_end, s)
            ids.append(para)
            offsets.append((nl, nl + 1))
        ids.append(tid)
        offsets.append((s, e))
        prev_end = e
    return Pieces(ids, offsets)


def windows(pieces: Pieces, text: str) -> list[Window]:
    """Cores that tile the pieces (ending at a sentence end where possible), with context."""
    n = len(pieces)
    out: list[Window] = []
    start = 0
    while start < n:
        end = min(n, start + CORE)
        if end < n:
            for k in range(end, end - SENTENCE_SLACK, -1):
                if _ends_sentence(pieces, text, k - 1):
                    end = k
                    break
        out.append(Window(max(0, start - CONTEXT), min(n, end + CONTEXT), start, end))
        start = end
    return out


def _ends_sentence(pieces: Pieces, text: str, k: int) -> bool:
    s, e = pieces.offsets[k]
    return text[s:e] in (".", "?", "!", "\n") or "\n" in text[s:e]


def input_ids(tokenizer, pieces: Pieces, w: Window) -> list[int]:
    return [tokenizer.token_to_id(CLS), *pieces.ids[w.start:w.end], tokenizer.token_to_id(SEP)]


def bio(pieces: Pieces, spans: Iterable[tuple[int, int]]) -> list[int]:
    """BIO tags of the pieces for a set of character spans: overlapping spans merge, and
    spans that only touch stay apart."""
    found = sorted(filter(None, (piece_span(pieces, s, e) for s, e in spans)))
    merged: list[list[int]] = []
    for lo, hi in found:  # nested or overlapping spans of one layer become their union
        if merged and lo < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    tags = [O] * len(pieces)
    for lo, hi in merged:
        tags[lo] = B
        tags[lo + 1:hi] = [I] * (hi - lo - 1)
    return tags


def decode(tags: Sequence[int]) -> list[tuple[int, int]]:
    """BIO tags -> ``[(first piece, last piece + 1)]``; an I without a B begins a span."""
    out: list[tuple[int, int]] = []
    start = None
    for k, t in enumerate(tags):
        if t == B or (t == I and start is None):
            if start is not None:
                out.append((start, k))
            start = k
        elif t == O and start is not None:
            out.append((start, k))
            start = None
    if start is not None:
        out.append((start, len(tags)))
    return out


def distance_bucket(d: int) -> int:
    """A signed piece distance (span start minus cue start) as one of a few buckets."""
    for k, edge in enumerate(DISTANCE_BUCKETS):
        if d < edge:
            return k
    return len(DISTANCE_BUCKETS)


N_DISTANCE = len(DISTANCE_BUCKETS) + 1


@dataclass
class Attribution:
    """A gold attribution in character offsets (fragments of cue, source and content)."""

    cue: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


def piece_span(pieces: Pieces, s: int, e: int) -> tuple[int, int] | None:
    """The pieces covering characters ``[s, e)`` as ``(first, last + 1)``, or None."""
    ends = [pe for _, pe in pieces.offsets]
    starts = [ps for ps, _ in pieces.offsets]
    lo = bisect_right(ends, s)
    hi = bisect_left(starts, e)
    return (lo, hi) if lo < hi else None
