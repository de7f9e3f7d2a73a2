"""Provenance: the cleaner never rewrites text, it records edits against the source.

Every repair is an ``Edit`` (replace ``source[start:end]`` by ``replacement``). Applying the
edits yields the clean text and an offset map: each untouched run of source characters becomes
one ``Segment``; replacement characters are new and stay unmapped. With no edits the clean text
is the source itself, character for character.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from whosaid.models import Segment


@dataclass(frozen=True, order=True)
class Edit:
    start: int
    end: int
    replacement: str = ""


def apply_edits(source: str, edits: Iterable[Edit]) -> tuple[str, list[Segment]]:
    """Apply non-overlapping edits; return the new text and its map back to ``source``."""
    parts: list[str] = []
    segments: list[Segment] = []
    pos = length = 0
    for edit in sorted(e for e in edits if source[e.start : e.end] != e.replacement):
        if edit.start < pos:
            raise ValueError(f"overlapping edits at {edit.start}")
        if edit.start > pos:
            segments.append(Segment(length, pos, edit.start - pos))
            parts.append(source[pos : edit.start])
            length += edit.start - pos
        parts.append(edit.replacement)
        length += len(edit.replacement)
        pos = edit.end
    if pos < len(source):
        segments.append(Segment(length, pos, len(source) - pos))
        parts.append(source[pos:])
    return "".join(parts), segments
