"""Scoring statement dates: the library behind ``whosaid eval-dates``.

Two sets. The **statement set** (``evalsets/dates``) labels gold statements of PolNeAR dev and
the recent set with the date each was *said*; ``score_statements`` dates the gold statements
(their gold cue, content and source spans, in their whole article) with the same stage as
``whosaid extract`` and compares the range to the label. The **sentence set**
(``tests/data/dates.jsonl``) is the older one: one sentence each, scored by ``score_dates``.
``after_publication`` runs the whole pipeline over the articles of a corpus and counts the
statements it dates after their article's publication although their cue is not future.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from whosaid.models import Article, Span, Speaker, Statement
from whosaid.pipeline import events_and_dates

# Cue words that make a statement future (it can then be dated after publication).
FUTURE_CUE = frozenset({"will", "'ll", "shall", "expected", "scheduled", "set", "due", "slated",
                        "going", "plans", "planned", "planning", "to"})


def score_dates(cases: list[dict], nlp) -> dict[str, dict[str, float]]:
    """Accuracy of three resolvers on labelled sentences: the published date alone,
    dateparser's first find in the sentence, and ours. ``date`` counts an exact start and
    end; ``precision`` the precision label."""
    from dateparser.search import search_dates

    hits = {name: {"date": 0, "precision": 0} for name in ("published", "dateparser", "whosaid")}
    for case in cases:
        pub = date.fromisoformat(case["published"])
        gold = (date.fromisoformat(case["date"]), date.fromisoformat(case["date_end"]),
                case["precision"])
        found = search_dates(case["sentence"], languages=["en"], settings={
            "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day)})
        naive = (found[0][1].date(),) * 2 + ("day",) if found else (pub, pub, "published")
        ours = _date_case(case, pub, nlp)
        for name, got in (("published", (pub, pub, "published")), ("dateparser", naive),
                          ("whosaid", ours)):
            hits[name]["date"] += got[:2] == gold[:2]
            hits[name]["precision"] += got[2] == gold[2]
    n = max(len(cases), 1)
    return {name: {k: v / n for k, v in h.items()} for name, h in hits.items()}


def _date_case(case: dict, pub: date, nlp) -> tuple[date | None, date | None, str | None]:
    text = case["sentence"]
    cue, content = text.find(case["cue"]), text.find(case["content"])
    statement = Statement(
        kind="indirect",
        cue=[Span.of(text, cue, cue + len(case["cue"]))] if cue >= 0 else [],
        content=[Span.of(text, content, content + len(case["content"]))] if content >= 0 else [],
    )
    article = Article(id="case", text=text, published=pub, statements=[statement])
    events_and_dates(article, nlp(text))
    return statement.date, statement.date_end, statement.date_precision


# ------------------------------------------------------------------ the statement set


def label_bounds(said: str) -> tuple[date, date] | None:
    """The first and last day of a label ("2016-09-12", "2016-09", "2016", "A/B"); None for
    "unknown"."""
    if said == "unknown":
        return None
    if "/" in said:
        a, b = said.split("/")
        return date.fromisoformat(a), date.fromisoformat(b)
    parts = [int(p) for p in said.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def read_items(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _articles(items: list[dict], corpora: dict[str, str]) -> dict[tuple[str, str], dict]:
    wanted = {(it["corpus"], it["doc_id"]) for it in items}
    found = {}
    for corpus in {c for c, _ in wanted}:
        if corpus not in corpora:
            raise ValueError(f"no --corpus given for {corpus!r} (expected {corpus}=PATH)")
        with open(corpora[corpus], encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if (corpus, rec["doc_id"]) in wanted:
                    found[(corpus, rec["doc_id"])] = rec
    missing = wanted - set(found)
    if missing:
        raise ValueError(f"{len(missing)} articles of the set are not in their corpus, e.g. "
                         f"{min(missing)}")
    return found


def _gold_statement(text: str, attribution: dict) -> Statement:
    def spans(key: str) -> list[Span]:
        return [Span.of(text, s["start"], s["end"]) for s in attribution[key]]

    source = spans("source")
    return Statement(kind="indirect", content=spans("content"), cue=spans("cue"),
                     speaker=Speaker(" ".join(s.text for s in source) or None, mention=source))


def score_statements(items: list[dict], corpora: dict[str, str], nlp) -> list[dict]:
    """Date every item's gold statement in its article; one outcome per item with the date
    found (``got``), whether it is exact, and whether it lies after publication."""
    by_article = defaultdict(list)
    for it in items:
        by_article[(it["corpus"], it["doc_id"])].append(it)
    records = _articles(items, corpora)
    outcomes = []
    for key, group in by_article.items():
        rec = records[key]
        # Every gold statement of the article is dated, as the pipeline would have them all;
        # only the set's items are scored.
        everyone = {a["id"]: _gold_statement(rec["text"], a) for a in rec["attributions"]
                    if a["cue"] or a["content"]}
        published = date.fromisoformat(rec["publication_date"])
        article = Article(id=rec["doc_id"], text=rec["text"], published=published,
                          statements=list(everyone.values()))
        events_and_dates(article, nlp(rec["text"]))
        for it in group:
            st = everyone[it["attribution"]]
            gold = label_bounds(it["said"])
            got = (st.date, st.date_end)
            outcomes.append({
                "id": it["id"], "corpus": it["corpus"], "rule": it["rule"], "said": it["said"],
                "got": [d.isoformat() if d else None for d in got],
                "precision": st.date_precision, "date_rule": st.date_rule,
                "evidence": " ".join(s.text for s in st.date_span), "known": gold is not None,
                "exact": gold is not None and got == gold,
                "published_exact": gold == (published, published),
                "content_time": bool(it["content_time"]),
                "after_publication": bool(st.date and st.date > published and not it["scheduled"]),
            })
    return outcomes


def bootstrap(hits: list[bool], rounds: int = 2000, seed: int = 0) -> tuple[float, float]:
    """A 95% percentile bootstrap interval for a proportion."""
    if not hits:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(hits)
    means = sorted(sum(rng.choices(hits, k=n)) / n for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def summarize(outcomes: list[dict]) -> dict:
    """Exact accuracy over the items with a known date (with a 95% interval), by corpus, by
    the rule of the label, and on the items with a time phrase inside the content; the same
    for the published date alone; and the count dated after publication."""
    known = [o for o in outcomes if o["known"]]

    def acc(rows: list[dict], key: str) -> dict:
        hits = [o[key] for o in rows]
        lo, hi = bootstrap(hits)
        return {"n": len(rows), "exact": sum(hits) / max(len(rows), 1), "ci95": [lo, hi]}

    groups = {"all": known}
    for o in known:
        groups.setdefault(f"corpus {o['corpus']}", []).append(o)
        groups.setdefault(f"rule {o['rule']}", []).append(o)
        if o["content_time"]:
            groups.setdefault("time phrase in content", []).append(o)
    return {
        "items": len(outcomes), "unknown": len(outcomes) - len(known),
        "whosaid": {name: acc(rows, "exact") for name, rows in groups.items()},
        "published": {name: acc(rows, "published_exact") for name, rows in groups.items()},
        "after_publication": sum(o["after_publication"] for o in outcomes),
    }


# ------------------------------------------------------------------ whole corpora


def _future_cue(doc, statement: Statement) -> bool:
    """Is the statement's cue future ("will say", "is expected to announce")? Read off the
    parse independently of the dating rules."""
    for span in statement.cue:
        sp = doc.char_span(span.start, span.end, alignment_mode="expand")
        if sp is None:
            continue
        words = {t.lower_ for t in sp} | {c.lower_ for t in sp for c in t.children
                                         if c.dep_ in ("aux", "auxpass")}
        words |= {t.head.lower_ for t in sp if t.dep_ == "xcomp"}
        if words & (FUTURE_CUE - {"to"}):
            return True
    return False


def after_publication(corpora: dict[str, str], model: str, limit: int | None = None) -> dict:
    """Run the whole pipeline over each corpus and count the statements dated after their
    article's publication whose cue is not future (the issue's "past tense")."""
    from whosaid.eval.polnear import read_polnear
    from whosaid.eval.run import to_article
    from whosaid.nlp import load_nlp
    from whosaid.pipeline import finish

    nlp = load_nlp()
    out = {}
    for name, path in corpora.items():
        counts = {"articles": 0, "statements": 0, "after_publication": 0}
        examples: list[dict[str, str | None]] = []
        for gold in read_polnear(path, limit):
            article = to_article(gold)
            doc = nlp(article.text)
            finish(article, doc, model)
            counts["articles"] += 1
            counts["statements"] += len(article.statements)
            for st in article.statements:
                if st.date and article.published and st.date > article.published \
                        and not _future_cue(doc, st):
                    counts["after_publication"] += 1
                    if len(examples) < 10:
                        examples.append({
                            "doc_id": article.id, "date": st.date.isoformat(),
                            "published": article.published.isoformat(),
                            "cue": " ".join(c.text for c in st.cue),
                            "date_phrase": " ".join(s.text for s in st.date_span)})
        out[name] = {**counts, "examples": examples}
    return out


def render(summary: dict) -> str:
    lines = [(f"{summary['items']} statements, {summary['unknown']} with an unknown date "
              f"(left out); dated after publication (not scheduled): "
              f"{summary['after_publication']}"),
             f"{'group':<28} {'n':>4} {'whosaid':>8} {'95% CI':>14} {'published':>10}"]
    for name, row in summary["whosaid"].items():
        lo, hi = row["ci95"]
        lines.append(f"{name:<28} {row['n']:>4} {row['exact']:>8.3f} "
                     f"{f'[{lo:.3f}, {hi:.3f}]':>14} {summary['published'][name]['exact']:>10.3f}")
    return "\n".join(lines)
