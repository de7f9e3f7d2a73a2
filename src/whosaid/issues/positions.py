"""Where each speaker stands on each issue, and when that changed: pure functions over
stored statements (``whosaid.store.StoredStatement``: speaker, date, issues, each issue tag
with its stance).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from whosaid.store.records import StoredStatement

TAKEN = ("support", "oppose", "conditional")  # stances that are a position; neutral is not
# The confidence a statement must have, by default, to count towards a change of position.
SHIFT_CONFIDENCE = 0.5


@dataclass
class Cell:
    """One speaker on one issue: the dominant stance over all their tagged statements."""

    speaker: str
    issue: str
    stance: str
    statements: int
    latest: date | None
    counts: dict[str, int] = field(default_factory=dict)
    statement_ids: list[int] = field(default_factory=list)


@dataclass
class Shift:
    """A speaker's stance on an issue changed between two statements: the last statement of
    the old position (``before``) and the first of the new (``after``)."""

    speaker: str
    issue: str
    before: str
    after: str
    from_statement: StoredStatement
    to_statement: StoredStatement


@dataclass(frozen=True)
class _Stance:
    """One statement's stance on one issue, and how sure whosaid is of both the speaker and
    the stance: the lower of the statement's confidence and the stance's."""

    statement: StoredStatement
    stance: str
    confidence: float = 1.0


def _tagged(records: Iterable[StoredStatement],
            pack: str | None) -> Iterable[tuple[str, str, _Stance]]:
    """(speaker, issue, the statement's stance on it) for every tag in the pack."""
    prefix = f"{pack}/" if pack else ""
    for r in records:
        if not r.speaker:
            continue
        for tag in r.issues:
            if tag.issue.startswith(prefix):
                sure = min(tag.stance_confidence, 1.0 if r.confidence is None else r.confidence)
                yield r.speaker, tag.issue, _Stance(r, tag.stance or "neutral", sure)


def _chronological(rows: list[_Stance]) -> list[_Stance]:
    return sorted(rows, key=lambda r: (str(r.statement.date or ""), r.statement.id))


def dominant_stance(stances: list[str]) -> str:
    """The most frequent position taken (ties go to the latest); neutral if none was taken.

    ``stances`` are in chronological order."""
    taken = [s for s in stances if s in TAKEN]
    if not taken:
        return "neutral"
    counts = Counter(taken)
    top = max(counts.values())
    return next(s for s in reversed(taken) if counts[s] == top)


def positions(records: Iterable[StoredStatement], pack: str | None = None) -> list[Cell]:
    """The speakers x issues matrix as a list of cells, by speaker then issue."""
    groups: dict[tuple[str, str], list[_Stance]] = defaultdict(list)
    for speaker, issue, row in _tagged(records, pack):
        groups[(speaker, issue)].append(row)
    cells = []
    for (speaker, issue), rows in sorted(groups.items()):
        rows = _chronological(rows)
        stances = [r.stance for r in rows]
        dates = [r.statement.date for r in rows if r.statement.date]
        cells.append(Cell(speaker, issue, dominant_stance(stances), len(rows),
                          max(dates) if dates else None, dict(Counter(stances)),
                          [r.statement.id for r in rows]))
    return cells


def shifts(records: Iterable[StoredStatement], pack: str | None = None,
           min_confidence: float = 0.0) -> list[Shift]:
    """Each time a speaker's position on an issue differs from their position on an earlier day.

    A day's position is the dominant stance of that day's statements: within one article a
    speaker hedges and qualifies, which is nuance, not a change of mind. Neutral mentions are
    skipped, and so are statements whose speaker or stance is less sure than
    ``min_confidence`` (the lower of the two confidences counts): a change of position is only
    reported when both its statements are backed at that level. Each shift carries the last
    statement of the old position and the first of the new.
    """
    groups: dict[tuple[str, str], list[_Stance]] = defaultdict(list)
    for speaker, issue, row in _tagged(records, pack):
        if row.stance in TAKEN and row.statement.date and row.confidence >= min_confidence:
            groups[(speaker, issue)].append(row)
    found = []
    for (speaker, issue), rows in sorted(groups.items()):
        days = _days(_chronological(rows))
        for (_, before, old), (_, after, new) in pairwise(days):
            if before != after:
                last = next(r for r in reversed(old) if r.stance == before)
                first = next(r for r in new if r.stance == after)
                found.append(Shift(speaker, issue, before, after, last.statement,
                                   first.statement))
    return found


def _days(rows: list[_Stance]) -> list[tuple[date, str, list[_Stance]]]:
    """(day, dominant stance, that day's stances) in date order."""
    by_day: dict[date, list[_Stance]] = defaultdict(list)
    for r in rows:
        if r.statement.date:
            by_day[r.statement.date].append(r)
    return [(d, dominant_stance([r.stance for r in rs]), rs) for d, rs in by_day.items()]


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
