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
from whosaid.eval.score import align, bootstrap, explain, metrics, score_document, total
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
            "counts": counts,
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
             with_errors: bool = False) -> EvalResult:
    """Run whosaid over the first ``limit`` articles of a PolNeAR JSONL file and score them.

    ``with_errors`` also keeps, per document, the missed, spurious and wrongly attributed
    statements (``EvalResult.errors``) for error analysis.
    """
    result = EvalResult(path=str(path), stage="pipeline.finish")
    nlp = load_nlp()
    for batch in batches(read_polnear(path, limit), batch_size):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(g.text for g in batch))
        result.parse_s += time.perf_counter() - t0
        for gold, doc in zip(batch, docs):
            result.words += sum(not t.is_punct and not t.is_space for t in doc)
            t0 = time.perf_counter()
            pred = _predict(gold, doc, result.failures, path)
            result.extract_s += time.perf_counter() - t0
            result.rows.append(score_document(gold.text, gold.attributions, pred))
            result.doc_ids.append(gold.doc_id)
            if with_errors:
                alignment = align(gold.text, gold.attributions, pred)
                result.errors.append({"doc_id": gold.doc_id, **explain(alignment)})
    return result


def _predict(gold: GoldDoc, doc, failures: list[Failure], path) -> list[Statement]:
    try:
        return finish(to_article(gold), doc).statements
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
