"""Timelines: stored statements and events merged in date order, as rows or as an SVG drawing.

    >>> entries = timeline(store, speaker="Putin", since="2025-11-01")
    >>> print(format_table(entries))
    >>> plot_timeline(entries, "putin.svg")

Each entry keeps its date precision: a month-precise summit is drawn across the month, and a
statement dated only by its article's publication carries precision ``published``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from markupsafe import Markup, escape

from whosaid.charts import svg_frame, week_start
from whosaid.models import to_date
from whosaid.store import Store, StoredEvent, StoredStatement
from whosaid.store.rows import as_id

# Drawing geometry (px). Lanes: one for events, then one per speaker, most quoted first.
WIDTH, LABEL_W, LANE_H, PAD_TOP, PAD_BOTTOM = 820, 170, 26, 8, 44
MAX_SPEAKER_LANES = 15  # the rest share one "other speakers" lane, so the drawing stays legible
MIN_MARK_W = 6.0
MAX_TICKS = 8
EVENTS_LANE, OTHERS_LANE = "Events", "Other speakers"
KIND_COLORS = {"direct": "#1d4e89", "mixed": "#7a4fa0", "indirect": "#2f7d5b",
               "question": "#8a6d1d"}
EVENT_COLOR, MUTED, GRID = "#b3541e", "#4a4a4a", "#d0d0d0"


@dataclass
class Entry:
    """One row of a timeline: a statement or an event."""

    kind: str  # "statement" or "event"
    date: str | None  # ISO day the entry starts; None for an event nothing in the text dates
    date_end: str | None  # last day of a range (week, weekend, month...), else the same day
    precision: str  # day, weekend, week, month, year, published, or undated
    type: str  # statements: direct, mixed, indirect; events: meeting, talks, summit...
    text: str  # the words said, or a one-line description of the event
    speaker: str | None  # who said it, or the event's participants
    outlet: str | None
    status: str | None  # events: happened or scheduled
    id: int
    article_id: str
    title: str | None = None
    speaker_id: int | None = None
    participants: list[str] = field(default_factory=list)


def timeline(store: Store, speaker: str | int | None = None, search: str | None = None,
             since: date | str | None = None, until: date | str | None = None) -> list[Entry]:
    """Statements and events in date order (events first on a shared day, undated events last).

    ``speaker`` and ``search`` filter statements as ``Store.statements`` does; an event is kept
    when one of its participants is that speaker and when every searched word occurs in its
    type, place or participants."""
    rows = store.statements(speaker=speaker, search=search, since=since, until=until, limit=None)
    entries = [_from_statement(r) for r in rows]
    names = _speaker_names(store, speaker) if speaker is not None else None
    words = re.findall(r"\w+", search.lower()) if search else []
    events = [e for e in store.events(since=since, until=until, limit=None)
              if _event_matches(e, names, words)]
    entries += [_from_event(e) for e in _distinct(events)]
    return sorted(entries, key=_order)


def _order(e: Entry) -> tuple:
    return (e.date is None, e.date or "", e.kind != "event", e.id)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _from_statement(s: StoredStatement) -> Entry:
    day = _iso(s.date)
    return Entry(kind="statement", date=day, date_end=_iso(s.date_end) or day,
                 precision=s.date_precision or "published", type=s.kind, text=s.text,
                 speaker=s.speaker, outlet=s.outlet, status=None, id=s.id,
                 article_id=s.article_id, title=s.title, speaker_id=s.speaker_id)


def _from_event(e: StoredEvent) -> Entry:
    people = list(e.participants)
    text = e.type + (f" in {e.place}" if e.place else "")
    day = _iso(e.date)
    return Entry(kind="event", date=day, date_end=_iso(e.date_end) or day,
                 precision=e.date_precision or ("day" if day else "undated"),
                 type=e.type, text=text, speaker=", ".join(people) or None,
                 outlet=e.outlet, status=e.status, id=e.id,
                 article_id=e.article_id, title=e.title, participants=people)


def _speaker_names(store: Store, speaker: str | int) -> list[str]:
    """Names an event participant may go by: a speaker id's name and aliases, or the name given."""
    if (number := as_id(speaker)) is not None:
        found = store.speaker(number)
        return [found.name, *found.aliases] if found else []
    return [str(speaker)]


def _event_matches(e: StoredEvent, names: list[str] | None, words: list[str]) -> bool:
    people = [p.lower() for p in e.participants]
    if names is not None and not any(n.lower() in p or p in n.lower()
                                     for n in names if n for p in people):
        return False
    hay = " ".join([e.type, e.place or "", *people]).lower()
    return all(w in hay for w in words)


def _distinct(events: list[StoredEvent]) -> list[StoredEvent]:
    """One event per story: copies of an article (HTML and PDF of the same report) repeat it."""
    seen: dict[tuple[str | date | None, ...], StoredEvent] = {}
    for e in sorted(events, key=lambda e: e.id):
        key = (e.type, e.date, e.date_end, e.place, e.status, e.title, e.outlet)
        seen.setdefault(key, e)
    return list(seen.values())

# ---------------------------------------------------------------- table


def format_table(entries: list[Entry], width: int = 70) -> str:
    """A fixed-width table: dates, precision, what, who, outlet, text or status."""
    head = f"{'date':<10} {'to':<10} {'precision':<9} {'what':<16} {'who':<22} {'outlet':<18} text"
    lines = [head]
    for e in entries:
        end = e.date_end if e.date_end and e.date_end != e.date else ""
        what = f"{e.kind[:5]}:{e.type}" if e.kind == "event" else e.type
        text = e.text if e.kind == "statement" else f"{e.text} ({e.status or '?'})"
        lines.append(f"{e.date or 'undated':<10} {end:<10} {e.precision:<9} {_cut(what, 16):<16} "
                     f"{_cut(e.speaker or '?', 22):<22} {_cut(e.outlet or '', 18):<18} "
                     f"{_cut(' '.join(text.split()), width)}")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

# ---------------------------------------------------------------- drawing


def plot_timeline(entries: list[Entry], path: str | Path) -> Path:
    """Draw the timeline to ``path``: ``.svg`` (written by whosaid itself) or ``.png``
    (rendered with matplotlib, the same lanes and colours)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        svg = timeline_svg(entries)
        path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + str(svg) + "\n",
                        encoding="utf-8")
    elif suffix == ".png":
        _plot_png(entries, path)
    else:
        raise ValueError(f"cannot draw {path.name}: give a file name ending in .svg or .png")
    return path


def _plot_png(entries: list[Entry], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: render straight to a file
    import matplotlib.pyplot as plt

    dated = [e for e in entries if e.date]
    lanes = _lanes(dated) or ["(nothing dated)"]
    fig, ax = plt.subplots(figsize=(WIDTH / 80, max(2.0, 0.4 * len(lanes) + 1.2)), dpi=100)
    for e in dated:
        y = len(lanes) - 1 - lanes.index(_lane_of(e, lanes))
        start, end = _day(e.date), _day(e.date_end or e.date) + timedelta(days=1)
        color = EVENT_COLOR if e.kind == "event" else KIND_COLORS.get(e.type, MUTED)
        hollow = e.status == "scheduled"
        # matplotlib converts dates and timedeltas itself; its stubs only list numbers.
        ax.barh(y, end - start, left=start,  # type: ignore[arg-type]
                height=0.6, color="none" if hollow else color, edgecolor=color, linewidth=1.2)
    ax.set_yticks(range(len(lanes)), list(reversed(lanes)))
    ax.xaxis_date()
    fig.autofmt_xdate()
    ax.set_title("Timeline of statements and events")
    ax.grid(axis="x", color=GRID)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def timeline_svg(entries: list[Entry], label: str = "Timeline of statements and events") -> Markup:
    """An accessible SVG: time across, a lane for events and one per speaker; every mark has a
    tooltip and spans the entry's whole date range (a month-precise summit covers the month)."""
    dated = [e for e in entries if e.date]
    if not dated:
        return Markup('<p class="empty">No dated statements or events to draw.</p>')
    lanes = _lanes(dated)
    first = min(_day(e.date) for e in dated)
    last = max(_day(e.date_end or e.date) for e in dated) + timedelta(days=1)
    scale = _Scale(first, last)
    height = PAD_TOP + LANE_H * len(lanes) + PAD_BOTTOM
    body = Markup("").join([
        _grid(scale, height), *(_lane_label(i, name) for i, name in enumerate(lanes)),
        *(_mark(e, lanes.index(_lane_of(e, lanes)), scale) for e in dated),
        _legend(height)])
    return svg_frame(WIDTH, height, label, body, css_class="chart timeline")


def _day(value: str | None) -> date:
    """An entry's ISO day as a date (only called on dated entries)."""
    day = to_date(value)
    if day is None:
        raise ValueError(f"an entry dated {value!r} has no place on the time axis")
    return day


def _lanes(entries: list[Entry]) -> list[str]:
    counts = Counter(e.speaker or "unknown speaker" for e in entries if e.kind == "statement")
    top = [name for name, _ in counts.most_common(MAX_SPEAKER_LANES)]
    rest = [OTHERS_LANE] if len(counts) > MAX_SPEAKER_LANES else []
    events = [EVENTS_LANE] if any(e.kind == "event" for e in entries) else []
    return events + top + rest


def _lane_of(e: Entry, lanes: list[str]) -> str:
    if e.kind == "event":
        return EVENTS_LANE
    name = e.speaker or "unknown speaker"
    return name if name in lanes else OTHERS_LANE


@dataclass
class _Scale:
    first: date
    last: date  # exclusive: the day after the last day drawn

    def x(self, day: date) -> float:
        span = max((self.last - self.first).days, 1)
        return LABEL_W + (WIDTH - LABEL_W - 10) * (day - self.first).days / span

    def ticks(self) -> list[date]:
        """Month starts, else week starts (Mondays), else the two ends; at most MAX_TICKS."""
        days = [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]
        for pick in (lambda d: d.day == 1, lambda d: d == week_start(d)):
            found = [d for d in days if pick(d)]
            if len(found) >= 2:
                step = -(-len(found) // MAX_TICKS)
                return found[::step]
        return [self.first, self.last - timedelta(days=1)]


def _grid(scale: _Scale, height: int) -> Markup:
    base = height - PAD_BOTTOM
    parts = [Markup('<line class="axis" x1="{l}" y1="{b}" x2="{r}" y2="{b}" stroke="{c}"/>')
             .format(l=LABEL_W, r=WIDTH - 10, b=base, c=MUTED)]
    for d in scale.ticks():
        x = scale.x(d)
        parts.append(Markup(
            '<line class="grid" x1="{x:.1f}" y1="{t}" x2="{x:.1f}" y2="{b}" stroke="{g}"/>'
            '<text class="tick" x="{x:.1f}" y="{ty}" text-anchor="middle" font-size="11" font-family="sans-serif"'
            ' fill="{c}">{label}</text>'
        ).format(x=x, t=PAD_TOP, b=base, g=GRID, ty=base + 15, c=MUTED, label=d.isoformat()))
    return Markup("").join(parts)


def _lane_label(i: int, name: str) -> Markup:
    y = PAD_TOP + LANE_H * i + LANE_H / 2 + 4
    return Markup('<text class="lane" x="4" y="{y:.1f}" font-size="12" font-family="sans-serif" fill="{c}">{name}</text>'
                  ).format(y=y, c="#1a1a1a", name=_cut(name, 24))


def _mark(e: Entry, lane: int, scale: _Scale) -> Markup:
    start, end = _day(e.date), _day(e.date_end or e.date) + timedelta(days=1)
    x0, x1 = scale.x(start), scale.x(end)
    w = max(x1 - x0, MIN_MARK_W)
    is_event = e.kind == "event"
    h = 14 if is_event else 10
    y = PAD_TOP + LANE_H * lane + (LANE_H - h) / 2
    color = EVENT_COLOR if is_event else KIND_COLORS.get(e.type, MUTED)
    # A scheduled event is drawn hollow: planned, not yet happened.
    fill = "#ffffff" if e.status == "scheduled" else color
    return Markup(
        '<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h}" rx="2"'
        ' fill="{fill}" stroke="{color}" data-date="{d}" data-kind="{k}"><title>{tip}</title></rect>'
    ).format(cls=f"mark {e.kind}", x=x0, y=y, w=w, h=h, fill=fill, color=color, d=e.date,
             k=e.kind, tip=_tooltip(e))


def _tooltip(e: Entry) -> str:
    when = e.date if e.date_end in (None, e.date) else f"{e.date} to {e.date_end}"
    if e.kind == "event":
        who = f" with {e.speaker}" if e.speaker else ""
        return f"{when} ({e.precision}): {e.text}{who}, {e.status or 'status unknown'}"
    return f"{when} ({e.precision}): {e.speaker or 'unknown speaker'} ({e.type}): {_cut(e.text, 200)}"


def _legend(height: int) -> Markup:
    y = height - 12
    items = [("event, happened", EVENT_COLOR, EVENT_COLOR), ("event, scheduled", "#ffffff",
             EVENT_COLOR), *((f"{k} statement", c, c) for k, c in KIND_COLORS.items())]
    parts, x = [], LABEL_W
    for text, fill, stroke in items:
        parts.append(Markup(
            '<rect x="{x}" y="{ry}" width="10" height="10" fill="{f}" stroke="{s}"/>'
            '<text x="{tx}" y="{y}" font-size="11" font-family="sans-serif" fill="{c}">{t}</text>'
        ).format(x=x, ry=y - 9, f=fill, s=stroke, tx=x + 14, y=y, c=MUTED, t=escape(text)))
        x += 14 + 7 * len(text) + 12
    return Markup("").join(parts)
