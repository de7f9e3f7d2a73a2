"""Reading the PolNeAR corpus (JSONL, one article a line) into gold attributions.

Each gold attribution keeps its source, cue and content spans (character offsets into the
article text) and a *kind* derived from the quotation marks, because PolNeAR itself does not
label direct / mixed / indirect:

- **direct**: every content token (``\\w+`` run) lies inside quotation marks;
- **mixed**: some content tokens do, some do not;
- **indirect**: none do (also when the content has no tokens at all).

Quotation marks are ``"…"``, ``“…”``, ``„…“``, ``«…»`` and ``‘…’``; straight single quotes
are ignored because in news text they are nearly always apostrophes. A quote still open at the
end of a paragraph runs to the end of that paragraph (news style reopens it in the next one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from whosaid.eval.score import Gold, Tokens
from whosaid.models import Kind, Span

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    attributions: list[Gold]
    title: str | None = None
    publisher: str | None = None
    publication_date: str | None = None


def read_polnear(path: str | Path, limit: int | None = None) -> Iterator[GoldDoc]:
    """Stream the articles of a PolNeAR JSONL file (the first ``limit`` when given)."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield parse_record(json.loads(line))


def parse_record(rec: dict) -> GoldDoc:
    """One JSONL record -> GoldDoc, with a kind for each attribution."""
    text = rec["text"]
    quoted = quoted_regions(text)
    toks = Tokens(text)
    atts = []
    for a in rec.get("attributions", []):
        content = _spans(a.get("content", []))
        atts.append(
            Gold(
                id=str(a.get("id", "")),
                source=_spans(a.get("source", [])),
                cue=_spans(a.get("cue", [])),
                content=content,
                kind=gold_kind(toks, content, quoted),
            )
        )
    return GoldDoc(
        doc_id=rec["doc_id"],
        text=text,
        attributions=atts,
        title=rec.get("title"),
        publisher=rec.get("publisher"),
        publication_date=rec.get("publication_date"),
    )


def _spans(items: list[dict]) -> list[Span]:
    return [Span(int(s["start"]), int(s["end"]), s.get("text", "")) for s in items]


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` between matching quotation marks, marks included."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        regions.extend((pos + s, pos + e) for s, e in _paragraph_quotes(para))
        pos += len(para) + 1
    return regions


def _paragraph_quotes(para: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    for i, ch in enumerate(para):
        if ch in _DOUBLE_OPEN or (ch == '"' and double is None):
            double = i  # an unclosed opener followed by another opener: restart from here
        elif (ch in _DOUBLE_CLOSE or ch == '"') and double is not None:
            out.append((double, i + 1))
            double = None
        elif ch == "‘" and (i == 0 or not para[i - 1].isalnum()):
            single = i
        elif ch == "’" and single is not None and not _is_word_char(para, i + 1):
            out.append((single, i + 1))
            single = None
    if double is not None:
        out.append((double, len(para)))
    return out


def _is_word_char(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def gold_kind(toks: Tokens, content: list[Span], quoted: list[tuple[int, int]]) -> Kind:
    """direct / mixed / indirect from how many content tokens lie inside quotation marks."""
    tokens = [(toks.starts[i], toks.ends[i]) for i in toks.covered(content)]
    inside = sum(any(qs <= ts and te <= qe for qs, qe in quoted) for ts, te in tokens)
    if tokens and inside == len(tokens):
        return "direct"
    return "mixed" if inside else "indirect"
