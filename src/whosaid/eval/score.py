"""Scoring predicted statements against gold attributions (pure functions, no model).

Tokens are ``\\w+`` runs of the article text, so punctuation and spaces at span edges never
count. A span covers a token when they share at least one character; a list of spans is
compared as the set of tokens it covers.

Matching: predicted content is matched one-to-one to gold content, taking the pair with the
highest token Jaccard first (greedy), and a pair matches when Jaccard >= 0.5. Gold
attributions whose content has no token are left out (annotation slips; they cannot match).

Per document the scorer returns *counts* (see ``COUNTS``); metrics are computed from summed
counts, so bootstrap resampling over documents only re-sums rows.

- content lenient P/R/F1: matched pairs / predictions, / gold;
- content exact-token P/R/F1: matched pairs whose token sets are equal;
- token-overlap P/R/F1: all tokens covered by predicted content vs by gold content;
- speaker accuracy (on matched pairs): predicted ``Speaker.mention`` overlaps the gold source
  by at least one character, or both are empty;
- cue accuracy (on matched pairs): predicted cue overlaps the gold cue, or both are empty;
- end-to-end P/R/F1: a pair counts when it is matched *and* its speaker is correct.

By kind: recall is broken down by the **gold** kind (of all gold ``direct`` statements, how
many were found), precision by the **predicted** kind (of all statements we called
``direct``, how many were right). The kind is not required to agree for a match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from whosaid.models import Span, Statement

TOKEN = re.compile(r"\w+")
KINDS = ("direct", "mixed", "indirect", "question")  # questions: kind of a transcript turn
THRESHOLD = 0.5


class Tokens:
    """The ``\\w+`` tokens of one text, to turn spans into token-index sets quickly."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in TOKEN.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def covered(self, spans: Iterable[Span]) -> frozenset[int]:
        """Indices of the tokens that share at least one character with any of ``spans``."""
        out: set[int] = set()
        for s in spans:
            # first token ending after s.start .. last token starting before s.end
            lo = bisect_right(self.ends, s.start)
            hi = bisect_left(self.starts, s.end)
            out.update(range(lo, hi))
        return frozenset(out)


@dataclass
class Gold:
    """What the scorer needs of a gold attribution (PolNeAR's or a hand-made one)."""

    content: list[Span]
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    kind: str = "indirect"
    id: str = ""


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]],
          threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching, highest Jaccard first: ``[(gold_i, pred_j, jaccard)]``."""
    pairs = [
        (jaccard(g, p), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if g & p
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, i, j in pairs:
        if score < threshold:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, score))
    return out


def overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    """Character overlap, or both empty (e.g. no speaker in gold and none predicted)."""
    if not a and not b:
        return True
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _kind_keys(prefix: str) -> list[str]:
    return [f"{prefix}_{k}" for k in KINDS]


COUNTS: tuple[str, ...] = (
    "gold", "pred", "matched", "exact", "speaker_ok", "cue_ok",
    "tok_gold", "tok_pred", "tok_both",
    *_kind_keys("gold"), *_kind_keys("gold_matched"), *_kind_keys("gold_e2e"),
    *_kind_keys("pred"), *_kind_keys("pred_matched"), *_kind_keys("pred_e2e"),
)


@dataclass
class Alignment:
    """Gold and predicted statements of one document with their token sets and matches."""

    text: str
    gold: list[Gold]
    pred: list[Statement]
    g_sets: list[frozenset[int]]
    p_sets: list[frozenset[int]]
    pairs: list[tuple[int, int, float]]


def align(text: str, gold: Sequence[Gold], pred: Sequence[Statement]) -> Alignment:
    """Tokenise both sides and match them (gold content without any token is left out)."""
    toks = Tokens(text)
    kept = [g for g in gold if toks.covered(g.content)]
    g_sets = [toks.covered(g.content) for g in kept]
    p_sets = [toks.covered(p.content) for p in pred]
    return Alignment(text, kept, list(pred), g_sets, p_sets, match(g_sets, p_sets))


def score_document(text: str, gold: Sequence[Gold], pred: Sequence[Statement]) -> dict[str, int]:
    """Counts for one document; sum them over documents and pass to ``metrics``."""
    a = align(text, gold, pred)
    c = dict.fromkeys(COUNTS, 0)
    c["gold"], c["pred"] = len(a.gold), len(a.pred)
    all_g = frozenset().union(*a.g_sets)
    all_p = frozenset().union(*a.p_sets)
    c["tok_gold"], c["tok_pred"], c["tok_both"] = len(all_g), len(all_p), len(all_g & all_p)
    for g in a.gold:
        c[f"gold_{g.kind}"] += 1
    for p in a.pred:
        c[f"pred_{p.kind}"] += 1
    for i, j, _ in a.pairs:
        g, p = a.gold[i], a.pred[j]
        speaker = overlaps(p.speaker.mention, g.source)
        c["matched"] += 1
        c["exact"] += a.g_sets[i] == a.p_sets[j]
        c["speaker_ok"] += speaker
        c["cue_ok"] += overlaps(p.cue, g.cue)
        c[f"gold_matched_{g.kind}"] += 1
        c[f"pred_matched_{p.kind}"] += 1
        c[f"gold_e2e_{g.kind}"] += speaker
        c[f"pred_e2e_{p.kind}"] += speaker
    return c


def explain(a: Alignment) -> dict[str, list[dict]]:
    """The errors of one document, for reading: missed gold, spurious predictions, and
    matched pairs whose speaker or cue is wrong (texts only, to keep it short)."""
    matched_g = {i for i, _, _ in a.pairs}
    matched_p = {j for _, j, _ in a.pairs}

    def side(spans: Sequence[Span]) -> str:
        return " … ".join(s.text for s in spans)

    def gold_view(g: Gold) -> dict:
        return {"kind": g.kind, "source": side(g.source), "cue": side(g.cue),
                "content": side(g.content)}

    def pred_view(p: Statement) -> dict:
        return {"kind": p.kind, "source": side(p.speaker.mention), "name": p.speaker.name,
                "cue": side(p.cue), "content": side(p.content)}

    wrong = [
        {"jaccard": round(score, 3), "gold": gold_view(a.gold[i]), "pred": pred_view(a.pred[j]),
         "speaker_ok": overlaps(a.pred[j].speaker.mention, a.gold[i].source),
         "cue_ok": overlaps(a.pred[j].cue, a.gold[i].cue)}
        for i, j, score in a.pairs
    ]
    return {
        "missed": [gold_view(g) for i, g in enumerate(a.gold) if i not in matched_g],
        "spurious": [pred_view(p) for j, p in enumerate(a.pred) if j not in matched_p],
        "wrong": [w for w in wrong if not (w["speaker_ok"] and w["cue_ok"])],
    }


def prf(tp_p: float, n_pred: float, tp_r: float, n_gold: float) -> dict[str, float | None]:
    """Precision, recall and F1 (None where undefined, i.e. nothing to divide by)."""
    p = tp_p / n_pred if n_pred else None
    r = tp_r / n_gold if n_gold else None
    if p is None or r is None:
        return {"p": p, "r": r, "f1": None}
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f}


def metrics(c: Mapping[str, float]) -> dict[str, dict[str, float | None]]:
    """Summed counts -> the named metrics of the report."""
    m = c["matched"]
    out = {
        "content_lenient": prf(m, c["pred"], m, c["gold"]),
        "content_exact": prf(c["exact"], c["pred"], c["exact"], c["gold"]),
        "token_overlap": prf(c["tok_both"], c["tok_pred"], c["tok_both"], c["tok_gold"]),
        "speaker_accuracy": {"acc": c["speaker_ok"] / m if m else None},
        "cue_accuracy": {"acc": c["cue_ok"] / m if m else None},
        "end_to_end": prf(c["speaker_ok"], c["pred"], c["speaker_ok"], c["gold"]),
    }
    for k in KINDS:
        out[f"content_lenient_{k}"] = prf(c[f"pred_matched_{k}"], c[f"pred_{k}"],
                                          c[f"gold_matched_{k}"], c[f"gold_{k}"])
        out[f"end_to_end_{k}"] = prf(c[f"pred_e2e_{k}"], c[f"pred_{k}"],
                                     c[f"gold_e2e_{k}"], c[f"gold_{k}"])
    return out


def bootstrap(rows: Sequence[dict[str, int]], resamples: int = 1000, seed: int = 0,
              level: float = 0.95) -> dict[str, dict[str, tuple[float, float]]]:
    """Percentile confidence intervals of every metric, resampling documents with replacement.

    Returns ``{metric: {field: (low, high)}}``; a field undefined in a resample is skipped.
    """
    import numpy as np

    table = np.array([[r[k] for k in COUNTS] for r in rows], dtype=float)
    rng = np.random.default_rng(seed)
    draws = table[rng.integers(0, len(rows), size=(resamples, len(rows)))].sum(axis=1)
    samples: dict[str, dict[str, list[float]]] = {}
    for d in draws:
        for name, vals in metrics(dict(zip(COUNTS, d))).items():
            for key, v in vals.items():
                if v is not None:
                    samples.setdefault(name, {}).setdefault(key, []).append(v)
    tail = (1 - level) / 2 * 100
    return {
        name: {k: (float(np.percentile(v, tail)), float(np.percentile(v, 100 - tail)))
               for k, v in fields.items()}
        for name, fields in samples.items()
    }


def total(rows: Iterable[dict[str, int]]) -> dict[str, int]:
    """Sum per-document counts."""
    out = dict.fromkeys(COUNTS, 0)
    for r in rows:
        for k in COUNTS:
            out[k] += r[k]
    return out
