"""Charts rendered on the server as inline SVG (no JavaScript): the frame every drawing shares
(the web pages and the timeline) and the bar chart of statements per week."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 180
PAD_LEFT, PAD_BOTTOM, PAD_TOP = 32, 28, 10
MAX_BAR = 48  # a few weeks should not become slabs


def week_start(day: date) -> date:
    """The Monday of the ISO week that contains ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_counts(days: Iterable[date]) -> list[tuple[date, int]]:
    """(Monday, number of statements) for every week from the first to the last, gaps as 0."""
    counts = Counter(week_start(d) for d in days)
    if not counts:
        return []
    week, last = min(counts), max(counts)
    out = []
    while week <= last:
        out.append((week, counts.get(week, 0)))
        week += timedelta(weeks=1)
    return out


def weekly_chart_svg(days: Iterable[date], label: str = "Statements per week") -> Markup:
    """An accessible SVG chart: one ``<rect class="bar">`` per week, each with a tooltip."""
    weeks = weekly_counts(days)
    if not weeks:
        return Markup('<p class="empty">No dated statements to chart.</p>')
    top = max(n for _, n in weeks)
    plot_w, plot_h = WIDTH - PAD_LEFT, HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = plot_w / len(weeks)
    bars = [_bar(i, week, n, top, slot, plot_h) for i, (week, n) in enumerate(weeks)]
    return svg_frame(WIDTH, HEIGHT, label, _axis(weeks, top, plot_h) + Markup("").join(bars))


def svg_frame(width: float, height: float, label: str, body: Markup,
              css_class: str = "chart") -> Markup:
    """The ``<svg>`` element every chart shares: an image with an accessible name and title.

    Colours are presentation attributes, not a ``<style>`` element, so a chart keeps its
    look both as a standalone file and inside a page whose CSP forbids inline styles."""
    return Markup(
        '<svg class="{cls}" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"'
        ' aria-label="{label}" xmlns="http://www.w3.org/2000/svg"><title>{label}</title>'
        '{body}</svg>'
    ).format(cls=css_class, w=width, h=height, label=label, body=body)


def _bar(i: int, week: date, n: int, top: int, slot: float, plot_h: float) -> Markup:
    height = plot_h * n / top
    width = min(slot * 0.8, MAX_BAR)
    x = PAD_LEFT + i * slot + (slot - width) / 2
    y = PAD_TOP + plot_h - height
    tip = f"Week of {week.isoformat()}: {n} statement{'s' if n != 1 else ''}"
    return Markup(
        '<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"'
        ' data-week="{week}" data-count="{n}"><title>{tip}</title></rect>'
    ).format(x=x, y=y, w=max(width, 1.0), h=height, week=week.isoformat(), n=n, tip=tip)


def _axis(weeks: list[tuple[date, int]], top: int, plot_h: float) -> Markup:
    base = PAD_TOP + plot_h
    first, last = weeks[0][0].isoformat(), weeks[-1][0].isoformat()
    return Markup(
        '<line class="axis" x1="{l}" y1="{b}" x2="{r}" y2="{b}"/>'
        '<text class="tick" x="{l}" y="{by}">{first}</text>'
        '<text class="tick" x="{r}" y="{by}" text-anchor="end">{last}</text>'
        '<text class="tick" x="{tx}" y="{ty}" text-anchor="end">{top}</text>'
        '<text class="tick" x="{tx}" y="{b}" text-anchor="end">0</text>'
    ).format(l=PAD_LEFT, r=WIDTH, b=base, by=base + 18, first=escape(first), last=escape(last),
             tx=PAD_LEFT - 6, ty=PAD_TOP + 10, top=top)
