"""Scoring quote tracing (``whosaid eval-trace``) on a labelled set such as ``evalsets/trace``.

The set is three files in one folder: ``sources.jsonl`` (the primary sources, texts in
``sources/``), ``news.jsonl`` (the reports, texts in ``news/``) and ``trace.jsonl``, one line
per news statement: its words (``quote``), ``speaker``, the day it was ``said``, whether it
is ``direct``, and its original (``source`` id, or null; ``passage_start``/``passage_end`` in
the stored source text), whether it is a ``misquote``, and its ``split`` (dev or test).

Every source is analysed and stored in a temporary SQLite store as an ingest stores it (its
passages and their embeddings included). Each labelled statement is then traced as given
(gold words, speaker, day and kind, so that extraction errors do not count here). Its best
link is right when it points into the right source and overlaps the gold passage.

- precision: right best links over statements with any link;
- recall: right best links over statements that have an original;
- false-link rate: statements without an original that got any link, over all of those;
- misquote precision and recall, over the direct quotes.

Each with a 95% percentile bootstrap interval over statements, per split, for tracing and
for the baseline that scores by words alone (no embeddings), and again for the statements
written in another script than the set's sources (a Russian report of an English
transcript: tracing across languages). ``tune`` searches the window, weight and thresholds
on dev parts only (of one set, or of several together).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np

from whosaid.models import PRIMARY_KINDS, Document, Failure, Origin
from whosaid.names import script
from whosaid.store import Store
from whosaid.store.records import StoredArticle
from whosaid.trace import (
    DEFAULT,
    Match,
    Settings,
    trace_pending,
    trace_quote,
)

# The baseline: links by words alone, its own threshold (chosen on dev like the others).
LEXICAL_THRESHOLD = 0.35
BASELINE = Settings(embeddings=False, threshold=LEXICAL_THRESHOLD)
MAX_WINDOW = 30  # days: candidates are gathered once this wide, then cut by each setting
RESAMPLES = 1000
MEDIA = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html",
         ".pdf": "application/pdf"}
METRICS = ("precision", "recall", "false_link", "misquote_p", "misquote_r")
# per statement: the counts each metric divides (numerator, denominator)
RATIOS = {"precision": ("right", "linked"), "recall": ("right_original", "original"),
          "false_link": ("linked_none", "none"), "misquote_p": ("mq_hit", "mq_pred"),
          "misquote_r": ("mq_hit", "mq_gold")}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Item:
    """One labelled statement and the links tracing and the baseline found for it."""

    gold: dict[str, Any]
    span: tuple[int, int] | None  # the gold passage in the stored source's text
    traced: list[Match]  # with embeddings
    lexical: list[Match]  # by words alone


def source_kind(src: dict[str, Any]) -> str:
    """The article kind to store a source as: its own when whosaid knows it, else (a
    briefing, a press conference) a transcript, which is what its text is."""
    kind = src.get("kind")
    return kind if kind in PRIMARY_KINDS else "transcript"


def build_store(folder: Path, url: str, model: str = "accurate") -> Store:
    """A store of every source of ``folder/sources.jsonl``, analysed, stored and traced
    (passages with embeddings) as an ingest would; ids are the sources' ids."""
    from whosaid.pipeline import analyze_many

    sources = read_jsonl(folder / "sources.jsonl")
    docs = []
    for src in sources:
        path = folder / "sources" / Path(src["file"]).name \
            if not (folder / src["file"]).is_file() else folder / src["file"]
        docs.append(Document(data=path.read_bytes(),
                             media_type=MEDIA.get(path.suffix.lower(), "text/plain"),
                             origin=Origin(str(path)),
                             meta={"published": src.get("date"), "title": src.get("title"),
                                   "url": src.get("url"), "kind": source_kind(src)}))
    store = Store.open(url)
    failed = []
    for src, result in zip(sources, analyze_many(docs, model=model), strict=True):
        if isinstance(result, Failure):
            failed.append(f"{src['id']}: {result.reason}")
            continue
        result.id = src["id"]
        store.add(result)
    if failed:
        store.close()
        raise ValueError("sources that could not be read: " + "; ".join(failed))
    trace_pending(store)
    return store


def _span(article: StoredArticle | None, gold: dict[str, Any]) -> tuple[int, int] | None:
    """The gold passage in the stored text: at its offsets, or where its words are."""
    if article is None or gold.get("passage_start") is None:
        return None
    start, end, words = gold["passage_start"], gold["passage_end"], gold.get("passage") or ""
    if not words or article.text[start:end] == words:
        return start, end
    found = article.text.find(words)
    return (found, found + len(words)) if found >= 0 else (start, end)


def collect(folder: Path, store: Store, splits: Sequence[str], settings: Settings,
            baseline: Settings) -> list[Item]:
    """Trace every labelled statement of the given splits with ``settings`` and with the
    ``baseline``."""
    articles: dict[str, StoredArticle | None] = {}
    items = []
    for gold in read_jsonl(folder / "trace.jsonl"):
        if gold.get("split") not in splits:
            continue
        source = gold.get("source")
        if source and source not in articles:
            articles[source] = store.article(source)
        kind = "direct" if gold.get("direct") else "indirect"
        args = (store, gold["quote"], gold["speaker"], gold.get("said"), kind)
        items.append(Item(gold, _span(articles.get(source), gold) if source else None,
                          trace_quote(*args, settings=settings),
                          trace_quote(*args, settings=baseline)))
    return items


# Candidates for tuning: every run in the widest window, scored again by each setting tried.
WIDEST = Settings(window_days=MAX_WINDOW, threshold=-1.0, max_links=10**6, xl_threshold=-1.0,
                  xl_margin=-1.0)
WORDS_WIDEST = replace(WIDEST, embeddings=False)


def refilter(candidates: Iterable[Match], settings: Settings) -> list[Match]:
    """The links ``settings`` would keep of candidates gathered by ``WIDEST``, best first
    (for tuning: the runs were chosen at the collecting weight, so this is close, not
    exact; the reported scores trace again with the chosen settings)."""
    kept = []
    for m in candidates:
        said, day = m.statement.date, m.passage.date
        if said and day and abs((said - day).days) > settings.window_days:
            continue
        if m.cross:
            if settings.crosslingual and m.similarity >= settings.xl_threshold and \
                    m.margin >= settings.xl_margin:
                kept.append((settings.cross_score(m.similarity), m))
            continue
        score = settings.weight * m.similarity + (1 - settings.weight) * m.lexical \
            if settings.embeddings else m.lexical
        if score >= settings.threshold:
            kept.append((score, m))
    kept.sort(key=lambda x: (-x[0], x[1].passage.id))
    return [m for _, m in kept]


def counts(item: Item, settings: Settings, tuning: bool = False) -> dict[str, int]:
    """The counts one statement adds to each metric (its best link decides)."""
    gold = item.gold
    found = item.traced if settings.embeddings else item.lexical
    if tuning:
        found = refilter(found, settings)
    top = found[0] if found else None
    original = bool(gold.get("source"))
    right = bool(top and original and item.span and top.passage.article_id == gold["source"]
                 and top.run[0] < item.span[1] and item.span[0] < top.run[1])
    flagged = bool(top and gold.get("direct") and settings.misquote(top.found))
    misquote = bool(gold.get("misquote"))
    return {"linked": int(top is not None), "right": int(right), "original": int(original),
            "right_original": int(right and original), "none": int(not original),
            "linked_none": int(top is not None and not original), "mq_pred": int(flagged),
            "mq_gold": int(misquote), "mq_hit": int(flagged and misquote)}


def summarise(items: Sequence[Item], settings: Settings, resamples: int = RESAMPLES,
              seed: int = 0, tuning: bool = False) -> dict[str, Any]:
    """Each metric with its 95% bootstrap interval, and the counts behind it."""
    rows = [counts(i, settings, tuning) for i in items]
    keys = sorted({k for pair in RATIOS.values() for k in pair})
    table = np.array([[r[k] for k in keys] for r in rows], dtype=float).reshape(len(rows),
                                                                               len(keys))
    total = dict(zip(keys, table.sum(axis=0), strict=True))
    rng = np.random.default_rng(seed)
    draws = table[rng.integers(0, len(rows), size=(resamples, len(rows)))].sum(axis=1) \
        if rows else np.zeros((0, len(keys)))
    out: dict[str, Any] = {"statements": len(rows),
                           "counts": {k: int(v) for k, v in total.items()}}
    for name, (num, den) in RATIOS.items():
        n, d = keys.index(num), keys.index(den)
        ok = draws[:, d] > 0
        samples = draws[ok, n] / draws[ok, d]
        out[name] = {"value": total[num] / total[den] if total[den] else None,
                     "ci95": [float(np.percentile(samples, 2.5)),
                              float(np.percentile(samples, 97.5))] if ok.any() else None}
    return out


def traced_items(path: str | Path, splits: Sequence[str], model: str,
                 settings: Settings = DEFAULT, baseline: Settings = BASELINE) -> list[Item]:
    """The labelled statements of ``splits`` traced against a temporary store of the
    sources, with ``settings`` and with the ``baseline``."""
    folder = Path(path).parent
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(folder, f"sqlite:///{Path(tmp) / 'trace.db'}", model)
        try:
            return collect(folder, store, splits, settings, baseline)
        finally:
            store.close()


def evaluate_trace(path: str | Path, splits: Sequence[str] = ("dev", "test"),
                   model: str = "accurate", settings: Settings = DEFAULT,
                   baseline: Settings = BASELINE) -> dict[str, Any]:
    """Tracing and the words-only baseline on each split of the set at ``path`` (its
    ``trace.jsonl``, beside ``sources.jsonl``)."""
    items = traced_items(path, splits, model, settings, baseline)
    report: dict[str, Any] = {"settings": vars(settings), "baseline": vars(baseline),
                              "splits": {}}
    main = sources_script(Path(path).parent)
    for split in splits:
        mine = [i for i in items if i.gold.get("split") == split]
        report["splits"][split] = {"tracing": summarise(mine, settings),
                                   "lexical": summarise(mine, baseline)}
        other = [i for i in mine if script(i.gold["quote"]) != main]
        if other and len(other) < len(mine):
            report["splits"][f"{split}, in another script than the sources"] = {
                "tracing": summarise(other, settings), "lexical": summarise(other, baseline)}
    return report


def sources_script(folder: Path) -> str | None:
    """The script most letters of the set's sources are in."""
    texts = []
    for src in read_jsonl(folder / "sources.jsonl"):
        path = folder / "sources" / Path(src["file"]).name \
            if not (folder / src["file"]).is_file() else folder / src["file"]
        texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return script(" ".join(texts))


def tune(groups: Sequence[Sequence[Item]]) -> tuple[Settings, Settings, list[dict[str, Any]]]:
    """The settings with the best dev score, for tracing and for the baseline; and every
    setting tried (with its scores summed over the groups). The score is recall + precision
    - 2 * false-link rate (precision and false links matter most to a fact-checker), summed
    over ``groups``: the dev items of each tuning set, so that each set counts alike
    whatever its size. Give it dev items only. The multilingual threshold and margin are
    searched after the rest, with the rest fixed (they move only statements in another
    script than their candidates). The misquote band is not tuned
    (``whosaid.trace.MISQUOTE_MATCH``)."""
    tried = []

    def objective(s: Settings) -> float:
        p = r = f = 0.0
        for items in groups:
            rows = [counts(i, s, tuning=True) for i in items]
            tot = {k: sum(row[k] for row in rows) for k in rows[0]} if rows else {}
            p += tot["right"] / tot["linked"] if tot.get("linked") else 0.0
            r += tot["right_original"] / tot["original"] if tot.get("original") else 0.0
            f += tot["linked_none"] / tot["none"] if tot.get("none") else 0.0
        tried.append({**vars(s), "precision": p, "recall": r, "false_link": f})
        return r + p - 2 * f

    windows = (7, 3, 14, 1, 30)  # on a tie the first: a week either side
    grid = [Settings(window_days=w, weight=wt, threshold=th)
            for w, wt, th in product(windows, (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0),
                                     np.round(np.arange(0.30, 0.91, 0.025), 3))]
    best = max(grid, key=objective)
    best = max((replace(best, xl_threshold=float(x), xl_margin=float(m))
                for x, m in [(best.xl_threshold, best.xl_margin),
                             *product(np.round(np.arange(0.80, 0.951, 0.01), 3),
                                      np.round(np.arange(0.0, 0.061, 0.005), 3))]),
               key=objective)
    lexical = max((Settings(window_days=w, threshold=th, embeddings=False)
                   for w, th in product(windows, np.round(np.arange(0.2, 0.96, 0.025), 3))),
                  key=objective)
    return best, lexical, tried


def tune_on_dev(paths: str | Path | Sequence[str | Path],
                model: str = "accurate") -> dict[str, Any]:
    """``tune`` on the dev part of the set at each of ``paths`` (the test part is not even
    read): the best settings for tracing and the baseline, with each set's dev scores.
    ``whosaid.trace``'s settings were chosen on ``evalsets/trace`` and
    ``evalsets/trace-dev2`` together (``make eval-trace TUNE=1``)."""
    paths = [paths] if isinstance(paths, str | Path) else list(paths)
    groups = [traced_items(p, ("dev",), model, WIDEST, WORDS_WIDEST) for p in paths]
    best, lexical, tried = tune(groups)
    return {"tracing": vars(best), "lexical": vars(lexical), "settings_tried": len(tried),
            "dev (approximate: candidates scored again)": {
                str(p): {"tracing": summarise(items, best, tuning=True),
                         "lexical": summarise(items, lexical, tuning=True)}
                for p, items in zip(paths, groups, strict=True)}}


def render(report: dict[str, Any]) -> str:
    """A plain-text table: each split, tracing and the baseline, each metric with its CI."""
    lines = [f"tracing: {_settings(report['settings'])}",
             f"baseline (words alone): {_settings(report['baseline'])}",
             "95% CI: bootstrap over statements"]
    for split, methods in report["splits"].items():
        n = methods["tracing"]["statements"]
        c = methods["tracing"]["counts"]
        lines.append(f"\n{split}: {n} statements, {c['original']} with an original, "
                     f"{c['none']} without, {c['mq_gold']} misquotes")
        lines.append(f"  {'':10}" + "".join(f"{m:>22}" for m in METRICS))
        for name, summary in methods.items():
            lines.append(f"  {name:10}" + "".join(f"{_cell(summary[m]):>22}" for m in METRICS))
    return "\n".join(lines)


def _cell(metric: dict[str, Any]) -> str:
    if metric["value"] is None:
        return "-"
    lo, hi = metric["ci95"] or (metric["value"], metric["value"])
    return f"{metric['value']:.3f} [{lo:.2f}, {hi:.2f}]"


def _settings(s: dict[str, Any]) -> str:
    keys = ("window_days", "weight", "threshold", "xl_threshold", "xl_margin", "misquote_match",
            "translation_floor") if s["embeddings"] \
        else ("window_days", "threshold")
    return ", ".join(f"{k} {s[k]}" for k in keys)


__all__ = ["BASELINE", "LEXICAL_THRESHOLD", "collect", "evaluate_trace",
           "render", "tune", "tune_on_dev"]
