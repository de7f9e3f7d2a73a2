"""Timelines over a store built from the bundled examples: the library, the drawing, the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from whosaid.cli import main
from whosaid.store import Store
from whosaid.timeline import Entry, format_table, plot_timeline, timeline, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"
MOSCOW_TIMES = "The Moscow Times"


@pytest.fixture(scope="module")
def store(examples_db):
    with Store.open(examples_db) as s:
        yield s


@pytest.fixture(scope="module")
def entries(store) -> list[Entry]:
    return timeline(store)


def _events(entries: list[Entry], outlet: str = MOSCOW_TIMES) -> dict[str, Entry]:
    return {e.type: e for e in entries if e.kind == "event" and e.outlet == outlet}


def test_the_users_article_puts_its_five_events_on_the_timeline(entries):
    got = {t: (e.date, e.date_end, e.precision, e.status) for t, e in _events(entries).items()}
    assert got["press conference"] == ("2025-11-27", "2025-11-27", "day", "happened")
    assert got["summit"] == ("2025-08-01", "2025-08-31", "month", "happened")
    assert got["talks"] == ("2025-11-22", "2025-11-23", "weekend", "happened")
    assert got["trip"] == ("2025-12-01", "2025-12-07", "week", "scheduled")
    assert got["leak"][2] == "week" and got["leak"][3] == "happened"
    assert _events(entries)["summit"].text == "summit in Alaska"


def test_entries_are_in_date_order_with_undated_events_last(entries):
    dated = [e.date for e in entries if e.date]
    assert dated == sorted(dated)
    first_undated = next(i for i, e in enumerate(entries) if e.date is None)
    assert all(e.date is None for e in entries[first_undated:])
    assert {e.kind for e in entries} == {"statement", "event"}


def test_a_dated_quote_keeps_its_day_and_outlet(entries):
    quote = next(e for e in entries if e.text.startswith("Ukrainian forces will have to leave"))
    assert (quote.kind, quote.date, quote.precision, quote.outlet) == (
        "statement", "2025-11-27", "day", MOSCOW_TIMES)
    assert quote.speaker == "Vladimir Putin"


def test_copies_of_one_report_give_one_event(store):
    # The Kyiv Dispatch example ships as HTML and PDF: the same events must not appear twice.
    kyiv = [e for e in timeline(store) if e.kind == "event" and e.outlet == "The Kyiv Dispatch"]
    keys = [(e.type, e.date, e.status) for e in kyiv]
    assert len(keys) == len(set(keys))


def test_speaker_filter_keeps_their_statements_and_the_events_they_took_part_in(store):
    putin = timeline(store, speaker="Putin")
    assert {e.speaker for e in putin if e.kind == "statement"} == {"Vladimir Putin"}
    assert {e.type for e in putin if e.kind == "event"} == {"press conference", "summit", "trip"}


def test_date_window_and_search(store):
    week = timeline(store, since="2025-11-22", until="2025-11-23")
    assert [(e.kind, e.type) for e in week] == [("event", "talks")]
    geneva = timeline(store, search="Geneva talks")
    assert any(e.kind == "event" and e.text == "talks in Geneva" for e in geneva)
    assert not any(e.kind == "event" and e.type == "summit" for e in geneva)


def test_svg_drawing_has_a_mark_per_dated_entry_with_tooltips(entries, tmp_path):
    path = plot_timeline(entries, tmp_path / "t.svg")
    root = ET.parse(path).getroot()  # well-formed XML, openable by any SVG tool
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    marks = [r for r in root.iter(f"{SVG}rect") if "mark" in (r.get("class") or "")]
    assert len(marks) == sum(1 for e in entries if e.date)
    summit = next(m for m in marks if m.get("data-date") == "2025-08-01")
    assert "summit in Alaska" in summit.find(f"{SVG}title").text
    # a month spans many days, so it is drawn wider than a one-day statement
    day = next(m for m in marks if m.get("data-kind") == "statement"
               and "(day)" in m.find(f"{SVG}title").text)
    assert float(summit.get("width")) > 5 * float(day.get("width"))


def test_svg_escapes_text():
    e = Entry(kind="statement", date="2025-01-02", date_end="2025-01-02", precision="day",
              type="direct", text="<script>alert(1)</script>", speaker="A & B", outlet=None,
              status=None, id=1, article_id="x")
    svg = str(timeline_svg([e]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(svg)


def test_nothing_dated_draws_no_chart():
    assert "No dated" in str(timeline_svg([]))


def test_png_is_drawn_and_other_formats_are_refused(entries, tmp_path):
    png = plot_timeline(entries, tmp_path / "t.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000
    with pytest.raises(ValueError, match=r"\.svg or \.png"):
        plot_timeline(entries, tmp_path / "t.gif")


def test_table_lists_dates_precision_and_outlet(entries):
    table = format_table(entries).splitlines()
    assert table[0].split()[:4] == ["date", "to", "precision", "what"]
    assert any(line.startswith("2025-08-01 2025-08-31 month") and MOSCOW_TIMES in line
               for line in table)


def test_cli_jsonl_table_and_plot(examples_db, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["timeline", "--db", examples_db, "--speaker", "Putin",
                               "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert rows[0]["type"] == "summit" and rows[-1]["type"] == "trip"
    svg = tmp_path / "putin.svg"
    out = runner.invoke(main, ["timeline", "--db", examples_db, "--since", "2025-11-27",
                               "--until", "2025-11-27", "--plot", str(svg)])
    assert out.exit_code == 0, out.output
    assert "press conference" in out.output and svg.exists()
    bad = runner.invoke(main, ["timeline", "--db", examples_db, "--plot", str(tmp_path / "t.gif")])
    assert bad.exit_code == 2 and ".png" in bad.output
