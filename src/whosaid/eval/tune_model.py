"""Decisions and scores for a trained attribution model, written into its manifest.

- On the held-out tenth of PolNeAR train (never trained on): how to combine the model with the
  rules (``model``, ``quotes`` or ``all``), the least evidence a find needs (``keep_min``),
  and Platt calibration of confidence per origin and kind.
- On dev (measured, never tuned on): both models' end-to-end scores with 95% intervals and
  expected calibration error, so the manifest says what the model does.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from itertools import product
from pathlib import Path

import numpy as np

from whosaid.eval.polnear import read_polnear
from whosaid.eval.run import calibration, evaluate, outcomes
from whosaid.eval.score import align, metrics, score_document, total
from whosaid.extract.neural import COMBINE, SPEAKERS, combine, read_finds
from whosaid.extract.statements import extract_statements
from whosaid.extract.tagger import AttributionModel
from whosaid.nlp import load_nlp

log = logging.getLogger(__name__)
KEEP_MIN = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
MIN_FIT = 20  # statements a calibration key needs; fewer keep the raw score


def tune(train_path: Path, model_dir: Path, held_out) -> dict:
    """Choose ``combine``, ``speakers`` and ``keep_min`` on held-out train by end-to-end F1,
    then fit the calibration; returns the manifest with both written in."""
    model = AttributionModel(model_dir)
    golds = [g for g in read_polnear(train_path) if held_out(g.doc_id)]
    nlp = load_nlp()
    runs = []  # per article: gold, the model's statements (raw evidence), the rules'
    for gold, doc in zip(golds, nlp.pipe(g.text for g in golds)):
        runs.append((gold, read_finds(doc, model.predict(gold.text), model),
                     extract_statements(doc)))
    best: tuple[float, str, str, float] | None = None
    for how, speakers, keep in product(COMBINE, SPEAKERS, KEEP_MIN):
        rows = [score_document(g.text, g.attributions, _joined(mine, rules, how, speakers, keep))
                for g, mine, rules in runs]
        f1 = metrics(total(rows))["end_to_end"]["f1"] or 0.0
        log.info("held-out: combine=%s speakers=%s keep_min=%.1f end-to-end F1 %.4f",
                 how, speakers, keep, f1)
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, how, speakers, keep)
    if best is None:
        raise ValueError("no decoding was scored: the held-out set is empty")
    f1, how, speakers, keep = best
    rules_alone = metrics(total(score_document(g.text, g.attributions, rules)
                                for g, _, rules in runs))["end_to_end"]["f1"] or 0.0
    log.info("held-out: the rules alone (fast) end-to-end F1 %.4f", rules_alone)
    fit: dict[str, list[tuple[float, bool]]] = {}
    for g, mine, rules in runs:
        pred = _joined(mine, rules, how, speakers, keep)
        for st, (_, _, ok) in zip(pred, outcomes(align(g.text, g.attributions, pred))):
            fit.setdefault(f"{st.model}_{st.kind}", []).append((st.confidence, ok))
    manifest = model.manifest
    manifest["decoding"] = {"combine": how, "speakers": speakers, "keep_min": keep,
                            "chosen_on": "held-out tenth of PolNeAR train",
                            "held_out_articles": len(runs),
                            "held_out_end_to_end_f1": round(f1, 4),
                            "held_out_fast_end_to_end_f1": round(rules_alone, 4)}
    manifest["calibration"] = {k: platt(v) for k, v in fit.items() if len(v) >= MIN_FIT}
    return manifest


def _joined(mine, rules, how: str, speakers: str, keep: float):
    return combine([st for st in mine if st.confidence >= keep], rules, how, speakers, {}, "")


def platt(rows: list[tuple[float, bool]], iters: int = 50) -> list[float]:
    """``[a, b]`` of P(right) = sigmoid(a * logit(score) + b), by Newton's method (a little
    L2 on both keeps a key with separable data finite)."""
    x = np.array([math.log(max(s, 1e-6) / max(1 - s, 1e-6)) for s, _ in rows])
    y = np.array([float(r) for _, r in rows])
    X = np.stack([x, np.ones_like(x)], 1)
    w = np.zeros(2)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) + 1e-3 * w
        hess = X.T @ (X * (p * (1 - p))[:, None]) + 1e-3 * np.eye(2)
        w -= np.linalg.solve(hess, grad)
    return [round(float(w[0]), 4), round(float(w[1]), 4)]


def score(dev_path: Path, manifest: dict) -> dict:
    """Both models on dev: end-to-end and exact content F1 with intervals, and ECE."""
    out = {}
    for name in ("accurate", "fast"):
        result = evaluate(dev_path, model=name)
        summary = result.summary()
        m, ci = summary["metrics"], summary["ci95"]
        out[name] = {
            "end_to_end_f1": round(m["end_to_end"]["f1"], 4),
            "end_to_end_f1_ci95": [round(v, 4) for v in ci["end_to_end"]["f1"]],
            "content_exact_f1": round(m["content_exact"]["f1"], 4),
            "speaker_accuracy": round(m["speaker_accuracy"]["acc"], 4),
            "ece": calibration(result.outcomes)["ece"],
        }
        log.info("dev %s: %s", name, json.dumps(out[name]))
    manifest.setdefault("scores", {})["dev"] = out
    return manifest


def finish_manifest(model_dir: Path, manifest: dict) -> None:
    manifest["version"] = f"{dt.date.today().isoformat()}-{manifest['files']['tagger.int8.onnx'][:8]}"
    (model_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
