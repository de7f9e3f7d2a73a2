"""Date resolution: relative expressions against the published date, tense, precision."""

from __future__ import annotations

import json
from datetime import date

import pytest

from whosaid.dates import resolve
from whosaid.eval.dates import score_dates

PUB = date(2025, 11, 27)  # a Thursday


@pytest.mark.parametrize(("text", "future", "start", "end", "precision"), [
    ("Thursday", False, "2025-11-27", "2025-11-27", "day"),
    ("on Sunday", False, "2025-11-23", "2025-11-23", "day"),
    ("last Thursday", False, "2025-11-20", "2025-11-20", "day"),
    ("Monday", True, "2025-12-01", "2025-12-01", "day"),
    ("last week", False, "2025-11-17", "2025-11-23", "week"),
    ("next week", False, "2025-12-01", "2025-12-07", "week"),
    ("over the weekend", False, "2025-11-22", "2025-11-23", "weekend"),
    ("over the weekend", True, "2025-11-29", "2025-11-30", "weekend"),
    ("in August", False, "2025-08-01", "2025-08-31", "month"),
    ("in March", True, "2026-03-01", "2026-03-31", "month"),
    ("earlier this month", False, "2025-11-01", "2025-11-30", "month"),
    ("two days ago", False, "2025-11-25", "2025-11-25", "day"),
    ("Nov. 27", False, "2025-11-27", "2025-11-27", "day"),
    ("27 November", False, "2025-11-27", "2025-11-27", "day"),
    ("in 2014", False, "2014-01-01", "2014-12-31", "year"),
])
def test_resolve(text, future, start, end, precision):
    r = resolve(text, PUB, future)
    assert (str(r.start), str(r.end), r.precision) == (start, end, precision)


def test_durations_are_not_dates():
    assert resolve("four years", PUB) is None


def test_labelled_set_accuracy(nlp):
    from conftest import REPO

    with open(REPO / "tests" / "data" / "dates.jsonl", encoding="utf-8") as f:
        cases = [json.loads(line) for line in f]
    assert len(cases) >= 150
    scores = score_dates(cases[-20:], nlp)  # the hand-written cases: fast, all must hold
    assert scores["whosaid"]["date"] >= 0.95
