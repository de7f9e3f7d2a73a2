"""Training the candidate ranker (``extract/ranker.py``) on the PolNeAR train split.

Every reported-speech candidate the parse proposes is labelled 1 when its content matches a
gold attribution (token Jaccard >= 0.5) whose source its speaker mention overlaps, else 0. A
logistic regression (scikit-learn, a dev dependency; the shipped model is plain JSON) is fit
on binary features. The regularisation and the threshold are chosen by k-fold
cross-validation over articles, on the metric the project reports: end-to-end F1 of the whole
extractor, quotes included. Only the train split is read; dev stays a measurement.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from whosaid.eval.polnear import GoldDoc
from whosaid.eval.score import Tokens, jaccard, metrics, overlaps, score_document, total
from whosaid.extract.ranker import Ranker, fit_meta
from whosaid.extract.statements import candidates
from whosaid.models import Statement

# Keeps every candidate: probability 0.5 for all, threshold 0.
KEEP_ALL = Ranker({}, 0.0, 0.0, {})
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 15)]
STRENGTHS = (0.1, 0.3, 1.0)
MIN_COUNT = 3


@dataclass
class Example:
    """One article's statements, and the features and label of those the ranker judges."""

    gold: GoldDoc
    statements: list[Statement]
    features: list[list[str] | None]  # None: a statement the ranker does not judge
    labels: list[int]


def collect(golds: Sequence[GoldDoc], docs: Iterable[Doc]) -> list[Example]:
    """Run the extractor keeping every candidate, and label the ones the ranker judges."""
    examples = []
    for gold, doc in zip(golds, docs):
        pairs = candidates(doc, KEEP_ALL)
        toks = Tokens(gold.text)
        g_sets = [(toks.covered(g.content), g.source) for g in gold.attributions]
        feats, labels, statements = [], [], []
        for draft, st in pairs:
            p_set = toks.covered(st.content)
            good = any(jaccard(gs, p_set) >= 0.5 and overlaps(st.speaker.mention, src)
                       for gs, src in g_sets if gs)
            statements.append(st)
            feats.append(draft.features)
            labels.append(int(good))
        examples.append(Example(gold, statements, feats, labels))
    return examples


def fit(examples: Sequence[Example], strength: float, min_count: int = MIN_COUNT):
    """A logistic regression over the judged candidates of ``examples``; features seen on
    fewer than ``min_count`` candidates are left out (they only memorise)."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    judged = [(f, y) for ex in examples for f, y in zip(ex.features, ex.labels) if f is not None]
    seen = Counter(x for f, _ in judged for x in set(f))
    rows = [({x: 1 for x in f if seen[x] >= min_count}, y) for f, y in judged]
    vec = DictVectorizer()
    x = vec.fit_transform([r for r, _ in rows])
    model = LogisticRegression(C=strength, max_iter=2000)
    model.fit(x, [y for _, y in rows])
    weights = dict(zip(vec.get_feature_names_out(), model.coef_[0].tolist()))
    return Ranker(weights, float(model.intercept_[0]), 0.0, {})


def end_to_end(examples: Sequence[Example], ranker: Ranker, threshold: float) -> float:
    """End-to-end F1 of the extractor when the ranker drops candidates under ``threshold``."""
    rows = []
    for ex in examples:
        kept = [st for st, f in zip(ex.statements, ex.features)
                if f is None or ranker.probability(f) >= threshold]
        rows.append(score_document(ex.gold.text, ex.gold.attributions, kept))
    return metrics(total(rows))["end_to_end"]["f1"] or 0.0


def train(examples: Sequence[Example], folds: int = 4, seed: int = 0,
          log=print) -> Ranker:
    """Choose strength and threshold by cross-validation, then fit on every example."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    parts = [[examples[i] for i in order[k::folds]] for k in range(folds)]
    best = (-1.0, STRENGTHS[0], THRESHOLDS[0])
    for strength in STRENGTHS:
        held = [(fit([e for j, p in enumerate(parts) if j != k for e in p], strength), parts[k])
                for k in range(folds)]
        for t in THRESHOLDS:
            f1 = sum(end_to_end(part, r, t) for r, part in held) / folds
            log(f"C={strength} threshold={t}: cross-validated end-to-end F1 {f1:.4f}")
            if f1 > best[0]:
                best = (f1, strength, t)
    f1, strength, threshold = best
    baseline = sum(end_to_end(p, KEEP_ALL, 0.0) for p in parts) / folds
    final = fit(examples, strength)
    n = sum(f is not None for ex in examples for f in ex.features)
    pos = sum(y for ex in examples for f, y in zip(ex.features, ex.labels) if f is not None)
    meta = {"trained_on": "PolNeAR train", "articles": len(examples), "candidates": n,
            "positives": pos, "C": strength, "folds": folds,
            "cv_end_to_end_f1": round(f1, 4), "cv_end_to_end_f1_keep_all": round(baseline, 4),
            **fit_meta()}
    log(f"chose C={strength} threshold={threshold}: F1 {f1:.4f} (keep-all {baseline:.4f})")
    return Ranker(final.weights, final.bias, threshold, meta)
