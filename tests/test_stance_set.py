"""The labelled stance set (evalsets/stance): its rows pass their own check, and the rounds of
labels added after round 1 keep the test part honest (a round adds test rows only where its
draw includes the test part)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent.parent / "evalsets" / "stance"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"stance_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows() -> list[dict]:
    with open(HERE / "stance.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_rows_from_the_recent_set_pass_the_check():
    # the recent excerpts ship in the repo; the PolNeAR rows need ../shared (check.py checks them)
    rows = [r for r in _rows() if r["corpus"] == "recent"]
    assert rows and _module("check").check(rows) == []


def test_the_check_names_a_row_without_a_draw_round():
    row = dict(next(r for r in _rows() if r["corpus"] == "recent"), round=0)
    problems = _module("check").check([row])
    assert len(problems) == 1 and "round 0" in problems[0]


def test_a_later_round_adds_test_rows_only_where_its_draw_includes_the_test_part():
    parts = {n: set(p) for n, p, _ in _module("sample").ROUNDS}
    rows = _rows()
    assert {r["round"] for r in rows} == {1} | set(parts)
    for r in rows:
        if r["round"] > 1:
            assert r["split"] in parts[r["round"]], r["id"]
    # round 1 is still the first lines, so labels/001.txt keeps pointing at the same statements
    firsts = [r["round"] for r in rows]
    assert firsts == sorted(firsts)
