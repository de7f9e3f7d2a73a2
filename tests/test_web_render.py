"""The two pure renderers behind the web pages: highlighted article text and the weekly chart."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

from whosaid.charts import weekly_chart_svg, weekly_counts
from whosaid.web.highlight import Mark, highlight, speaker_color


class _Collect(HTMLParser):
    """Gathers the text of every <mark>, per statement id, and every tag and attribute seen."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.by_statement: dict[str, str] = {}
        self.text = ""
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "mark":
            self._open = (dict(attrs).get("data-content") or "").split()

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open = []

    def handle_data(self, data):
        self.text += data
        for sid in self._open:
            self.by_statement[sid] = self.by_statement.get(sid, "") + data


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


TEXT = 'Putin said: "We agree with Trump, as Lavrov noted." Peskov declined to comment.'


def _marks() -> list[Mark]:
    quote_start = TEXT.index('"') + 1
    quote_end = TEXT.index('."') + 1
    lavrov = TEXT.index("Lavrov")
    return [
        Mark(0, 5, "speaker", "s1", "putin", "Vladimir Putin"),
        Mark(quote_start, quote_end, "content", "s1", "putin", "Vladimir Putin"),
        # A mention of someone else inside Putin's quote: overlaps the content span.
        Mark(lavrov, lavrov + 6, "speaker", "s2", "lavrov", "Sergei Lavrov"),
    ]


def test_highlight_keeps_every_character_and_the_exact_statement_text():
    html = highlight(TEXT, _marks())
    parsed = _parse(str(html))
    assert parsed.text == TEXT
    assert parsed.by_statement["s1"] == "We agree with Trump, as Lavrov noted."
    assert str(html).count('id="ss1"') == 1


def test_highlight_links_and_tooltips_name_the_speaker():
    html = str(highlight(TEXT, _marks()))
    assert '<a class="said" href="/speakers/putin" title="said by Vladimir Putin">' in html
    assert 'title="Vladimir Putin (speaker)"' in html
    # The nested mention links to the one named there, and the tooltip shows both people.
    lavrov = re.search(r'<a class="said" href="([^"]+)" title="([^"]+)"><mark[^>]*>Lavrov<', html)
    assert lavrov and lavrov.group(1) == "/speakers/lavrov"
    assert "Sergei Lavrov (speaker)" in lavrov.group(2) and "said by Vladimir Putin" in lavrov.group(2)


def test_highlight_colours_by_speaker():
    html = str(highlight(TEXT, _marks()))
    assert f"hl c{speaker_color('putin')} speaker" in html
    assert speaker_color("putin") == speaker_color("putin")
    assert len({speaker_color(f"sp{i}") for i in range(50)}) > 5
    assert len({speaker_color(str(i)) for i in range(12, 21)}) == 9  # neighbours differ
    assert speaker_color(None) not in {speaker_color(str(i)) for i in range(100)}


def test_highlight_escapes_script_and_event_handler_payloads():
    text = 'He said "<script>alert(1)</script><img src=x onerror=alert(2)>" loudly & often.'
    name = '"><script>alert(3)</script>'
    start, end = text.index("<script>"), text.index('" loudly')
    html = str(highlight(text, [Mark(start, end, "content", "s<1>", 'x" onmouseover="y', name)]))
    parsed = _parse(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not any(k.startswith("on") for k, _ in parsed.attrs)
    assert parsed.text == text
    assert "&lt;script&gt;" in html and "onerror=alert(2)&gt;" in html


def test_highlight_ignores_spans_outside_the_text():
    html = str(highlight("short", [Mark(2, 99, "content", "s", "a", "A")]))
    assert html == "short"


def test_weekly_counts_fill_empty_weeks():
    days = [date(2025, 11, 3), date(2025, 11, 5), date(2025, 11, 20)]
    assert weekly_counts(days) == [
        (date(2025, 11, 3), 2), (date(2025, 11, 10), 0), (date(2025, 11, 17), 1),
    ]


def test_weekly_chart_has_one_bar_per_week_scaled_to_the_busiest():
    svg = str(weekly_chart_svg([date(2025, 11, 3), date(2025, 11, 4), date(2025, 11, 18)]))
    bars = re.findall(r'<rect class="bar"[^>]*height="([\d.]+)"[^>]*data-count="(\d+)"', svg)
    assert [int(n) for _, n in bars] == [2, 0, 1]
    heights = [float(h) for h, _ in bars]
    assert heights[0] == 2 * heights[2] and heights[1] == 0
    assert 'role="img"' in svg and "Week of 2025-11-03: 2 statements" in svg


def test_weekly_chart_without_dates_says_so():
    assert "No dated statements" in str(weekly_chart_svg([]))
