"""Where each speaker stands on each issue, and when that changed: pure functions over
statement records (the dicts ``Store.statements()`` returns: id, speaker, date, text, issues).

A record's ``issues`` is a list of ``{issue, score, stance, stance_confidence}``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

TAKEN = ("support", "oppose", "conditional")  # stances that are a position; neutral is not

Record = dict[str, Any]


@dataclass
class Cell:
    """One speaker on one issue: the dominant stance over all their tagged statements."""

    speaker: str
    issue: str
    stance: str
    statements: int
    latest: str | None
    counts: dict[str, int] = field(default_factory=dict)
    statement_ids: list[int] = field(default_factory=list)


@dataclass
class Shift:
    """A speaker's stance on an issue changed between two statements."""

    speaker: str
    issue: str
    before: str
    after: str
    from_statement: Record
    to_statement: Record


def _tagged(records: Iterable[Record], pack: str | None) -> Iterable[tuple[str, str, Record]]:
    """(speaker, issue, record-with-that-issue's-stance) for every tag in the pack."""
    prefix = f"{pack}/" if pack else ""
    for r in records:
        speaker = r.get("speaker")
        if not speaker:
            continue
        for tag in r.get("issues") or ():
            if tag["issue"].startswith(prefix):
                yield speaker, tag["issue"], {**r, "stance": tag.get("stance") or "neutral"}


def _chronological(rows: list[Record]) -> list[Record]:
    return sorted(rows, key=lambda r: (str(r.get("date") or ""), r.get("id") or 0))


def dominant_stance(stances: list[str]) -> str:
    """The most frequent position taken (ties go to the latest); neutral if none was taken.

    ``stances`` are in chronological order."""
    taken = [s for s in stances if s in TAKEN]
    if not taken:
        return "neutral"
    counts = Counter(taken)
    top = max(counts.values())
    return next(s for s in reversed(taken) if counts[s] == top)


def positions(records: Iterable[Record], pack: str | None = None) -> list[Cell]:
    """The speakers x issues matrix as a list of cells, by speaker then issue."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for speaker, issue, row in _tagged(records, pack):
        groups[(speaker, issue)].append(row)
    cells = []
    for (speaker, issue), rows in sorted(groups.items()):
        rows = _chronological(rows)
        stances = [r["stance"] for r in rows]
        dates = [str(r["date"]) for r in rows if r.get("date")]
        cells.append(Cell(speaker, issue, dominant_stance(stances), len(rows),
                          max(dates) if dates else None, dict(Counter(stances)),
                          [r["id"] for r in rows]))
    return cells


def shifts(records: Iterable[Record], pack: str | None = None) -> list[Shift]:
    """Each time a speaker's position on an issue differs from their position on an earlier day.

    A day's position is the dominant stance of that day's statements: within one article a
    speaker hedges and qualifies, which is nuance, not a change of mind. Neutral mentions are
    skipped. Each shift carries the last statement of the old position and the first of the new.
    """
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for speaker, issue, row in _tagged(records, pack):
        if row["stance"] in TAKEN and row.get("date"):
            groups[(speaker, issue)].append(row)
    found = []
    for (speaker, issue), rows in sorted(groups.items()):
        days = _days(_chronological(rows))
        for (_, before, old), (_, after, new) in pairwise(days):
            if before != after:
                last = next(r for r in reversed(old) if r["stance"] == before)
                first = next(r for r in new if r["stance"] == after)
                found.append(Shift(speaker, issue, before, after, _brief(last), _brief(first)))
    return found


def _days(rows: list[Record]) -> list[tuple[str, str, list[Record]]]:
    """(day, dominant stance, that day's records) in date order."""
    by_day: dict[str, list[Record]] = defaultdict(list)
    for r in rows:
        by_day[str(r["date"])[:10]].append(r)
    return [(d, dominant_stance([r["stance"] for r in rs]), rs) for d, rs in by_day.items()]


def _brief(r: Record) -> Record:
    keys = ("id", "date", "text", "stance", "title", "outlet", "url", "article_id")
    return {k: r.get(k) for k in keys}


def matrix_table(cells: list[Cell]) -> str:
    """Speakers down, issues across; each cell ``stance n latest``."""
    issues = sorted({c.issue for c in cells})
    speakers = sorted({c.speaker for c in cells})
    by = {(c.speaker, c.issue): c for c in cells}
    short = [i.split("/", 1)[-1] for i in issues]
    width = max([26, *(len(s) + 1 for s in short)])
    lines = [f"{'speaker':<24} " + " ".join(f"{s[:width]:<{width}}" for s in short)]
    for sp in speakers:
        row = []
        for i in issues:
            c = by.get((sp, i))
            row.append(f"{c.stance} {c.statements} {c.latest or '?'}" if c else "·")
        lines.append(f"{sp[:24]:<24} " + " ".join(f"{x:<{width}}" for x in row))
    return "\n".join(lines)
