"""Running whosaid over a PolNeAR file and scoring it: the library behind ``whosaid eval``.

Each gold article becomes an ``Article(text=...)`` (the text is used as is, so gold offsets
stay valid), is parsed with the shared spaCy pipeline in batches, and goes through the same
language stages as ``whosaid extract`` (``pipeline.finish``). An article whose stages raise is
recorded as a Failure and scored with no predictions, so a crash costs recall, visibly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from whosaid.eval.polnear import GoldDoc, read_polnear
from whosaid.eval.score import (
    Alignment,
    align,
    bootstrap,
    explain,
    metrics,
    overlaps,
    score_document,
    total,
)
from whosaid.extract import DEFAULT_MODEL
from whosaid.models import Article, Failure, Statement
from whosaid.nlp import load_nlp
from whosaid.pipeline import batches, finish

# Reported in the corpus README (20 doubly annotated articles), printed for scale.
HUMAN_AGREEMENT = {
    "content_lenient_f1": 0.79,
    "content_exact_f1": 0.69,
    "end_to_end_f1": 0.75,
    "speaker_accuracy": 0.95,
}


@dataclass
class EvalResult:
    path: str
    rows: list[dict[str, int]] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # per document, when asked for
    stage: str = ""
    model: str = ""
    outcomes: list[tuple[str, float, bool]] = field(default_factory=list)  # kind, conf, right
    parse_s: float = 0.0
    extract_s: float = 0.0
    words: int = 0

    def summary(self, resamples: int = 1000, seed: int = 0) -> dict:
        """Everything the report prints, as plain data (the ``--format json`` output)."""
        counts = total(self.rows)
        return {
            "path": self.path,
            "documents": len(self.rows),
            "failures": [str(f) for f in self.failures],
            "stage": self.stage,
            "model": self.model,
            "counts": counts,
            "calibration": calibration(self.outcomes),
            "metrics": metrics(counts),
            "ci95": bootstrap(self.rows, resamples=resamples, seed=seed) if self.rows else {},
            "bootstrap": {"resamples": resamples, "seed": seed, "unit": "document"},
            "human_agreement": HUMAN_AGREEMENT,
            "timing": {
                "parse_s": round(self.parse_s, 3),
                "extract_s": round(self.extract_s, 3),
                "words": self.words,
                "words_per_s": round(self.words / (self.parse_s + self.extract_s), 1)
                if self.parse_s + self.extract_s else None,
            },
        }


def evaluate(path: str | Path, limit: int | None = None, batch_size: int = 16,
             with_errors: bool = False, model: str = DEFAULT_MODEL,
             keep=None) -> EvalResult:
    """Run whosaid over the first ``limit`` articles of a PolNeAR JSONL file and score them.

    ``with_errors`` also keeps, per document, the missed, spurious and wrongly attributed
    statements (``EvalResult.errors``) for error analysis. ``keep(doc_id)`` selects articles.
    """
    result = EvalResult(path=str(path), stage="pipeline.finish", model=model)
    nlp = load_nlp()
    golds = (g for g in read_polnear(path, limit) if keep is None or keep(g.doc_id))
    for batch in batches(golds, batch_size):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(g.text for g in batch))
        result.parse_s += time.perf_counter() - t0
        for gold, doc in zip(batch, docs):
            result.words += sum(not t.is_punct and not t.is_space for t in doc)
            t0 = time.perf_counter()
            pred = _predict(gold, doc, result.failures, path, model)
            result.extract_s += time.perf_counter() - t0
            result.rows.append(score_document(gold.text, gold.attributions, pred))
            result.doc_ids.append(gold.doc_id)
            alignment = align(gold.text, gold.attributions, pred)
            result.outcomes.extend(outcomes(alignment))
            if with_errors:
                result.errors.append({"doc_id": gold.doc_id, **explain(alignment)})
    return result


def outcomes(a: Alignment) -> list[tuple[str, float, bool]]:
    """Each predicted statement's kind, confidence and whether it is right end to end."""
    right = {j for i, j, _ in a.pairs if overlaps(a.pred[j].speaker.mention, a.gold[i].source)}
    return [(p.kind, p.confidence, j in right) for j, p in enumerate(a.pred)]


def calibration(rows: list[tuple[str, float, bool]], bins: int = 10) -> dict:
    """Expected calibration error (equal-width bins of confidence) and the bins themselves,
    for the reliability diagram: ``{ece, bins: [[low, high, n, mean conf, share right]]}``."""
    table = []
    ece = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, r) for _, c, r in rows if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not inside:
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(r for _, r in inside) / len(inside)
        ece += len(inside) / len(rows) * abs(conf - acc)
        table.append([lo, hi, len(inside), round(conf, 4), round(acc, 4)])
    return {"ece": round(ece, 4) if rows else None, "bins": table}


def _predict(gold: GoldDoc, doc, failures: list[Failure], path, model: str) -> list[Statement]:
    try:
        return finish(to_article(gold), doc, model).statements
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the evaluation
        failures.append(Failure(str(path), f"{type(exc).__name__}: {exc}", gold.doc_id))
        return []


def to_article(gold: GoldDoc) -> Article:
    """The Article whosaid would make of this text, with the corpus' metadata."""
    published = None
    if gold.publication_date:
        try:
            published = date.fromisoformat(gold.publication_date)
        except ValueError:
            published = None
    return Article(id=gold.doc_id, text=gold.text, title=gold.title, outlet=gold.publisher,
                   published=published, language="en")
