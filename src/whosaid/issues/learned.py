"""A learned issue and stance tagger: two logistic regressions over (statement, proposition).

For each statement and each issue of a pack, the pair's features are the statement's sentence
embedding ``s`` and the proposition's ``p`` (``whosaid.encoder``), ``s * p``, ``|s - p|``, the
cosine of ``s`` and of the paragraph's embedding with ``p``, their nearest of the issue's
example sentences and keyword line, and the lexicon's own signals (the
keyword scores with and without rules, and the stance each method gives). One classifier says
whether the statement speaks to the issue; the other, trained on the pairs that do, says its
stance (support / oppose / conditional / neutral).

Training (``make train-stance``, scikit-learn) writes ``model/weights.npz`` and
``model/manifest.json`` (data, feature version, encoder version, hyperparameters, scores); here,
at run time, it is numpy only. Loading refuses a model made for other features or another
encoder.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from whosaid.encoder import Encoder, default_encoder, sha256
from whosaid.issues.packs import Issue, Pack
from whosaid.issues.stance import stance_toward
from whosaid.issues.tagger import THRESHOLD, issue_id, score_issue
from whosaid.models import IssueTag

MODEL_DIR = Path(str(resources.files("whosaid.issues").joinpath("model")))
FEATURE_VERSION = "pair-v1"
STANCES = ("support", "oppose", "conditional", "neutral")
FIX = "retrain it with `make train-stance`, or reinstall whosaid"


class LearnedModelError(RuntimeError):
    """The model folder is missing, or made for other features or another encoder."""


@dataclass(frozen=True)
class PairPrediction:
    issue: Issue
    relevant: float  # P(the statement speaks to the issue)
    stance: str
    stance_p: float


def proposition_text(issue: Issue) -> str:
    return f"{issue.label}. {issue.proposition}"


def lexicon_signals(content: str, context: str, issue: Issue) -> np.ndarray:
    """What the lexicon says about one pair, as numbers the classifiers can weigh."""
    full = score_issue(issue, content, context)
    exact = score_issue(issue, content, exact=True)
    rules = stance_toward(content, issue, full.mentions, rules=True)
    plain = stance_toward(content, issue, exact.mentions, rules=False)
    one_hot = [float(rules.stance == s) for s in STANCES] + [float(plain.stance == s)
                                                             for s in STANCES]
    return np.array([full.score, exact.score, float(full.score >= THRESHOLD),
                     float(exact.score >= THRESHOLD), float(np.tanh(rules.net)),
                     float(np.tanh(plain.net)), *one_hot], dtype=np.float32)


def pair_features(s: np.ndarray, c: np.ndarray, p: np.ndarray, ex: np.ndarray,
                  lex: np.ndarray) -> np.ndarray:
    """Rows of features for statements ``s`` (n, d) with paragraphs ``c`` (n, d) against one
    proposition ``p`` (d,) and the issue's example sentences and keywords ``ex`` (m, d), with
    their lexicon signals ``lex`` (n, k)."""
    pp = np.broadcast_to(p, s.shape)
    near = s @ ex.T
    return np.hstack([s, pp, s * pp, np.abs(s - pp), (s @ p)[:, None], (c @ p)[:, None],
                      near.max(axis=1, keepdims=True), (c @ ex.T).max(axis=1, keepdims=True),
                      lex]).astype(np.float32)


def issue_texts(issue: Issue) -> list[str]:
    """What else says what the issue is about: its examples and its keywords in one line."""
    return [*issue.examples, ", ".join(issue.keywords + issue.weak_keywords)]


def pack_features(contents: list[str], contexts: list[str], pack: Pack,
                  encoder: Encoder) -> dict[str, np.ndarray]:
    """Features of every (statement, issue of ``pack``) pair: issue id -> (n, features)."""
    s = encoder.embed(contents)
    c = encoder.embed([ctx or txt for txt, ctx in zip(contents, contexts, strict=True)])
    props = encoder.embed([proposition_text(i) for i in pack.issues])
    out = {}
    for issue, p in zip(pack.issues, props, strict=True):
        lex = np.stack([lexicon_signals(t, ctx, issue)
                        for t, ctx in zip(contents, contexts, strict=True)])
        out[issue.id] = pair_features(s, c, p, encoder.embed(issue_texts(issue)), lex)
    return out


class LearnedModel:
    """A loaded model folder (numpy weights) and the encoder it was trained on."""

    def __init__(self, path: str | Path = MODEL_DIR, encoder: Encoder | None = None) -> None:
        self.path = Path(path)
        self.encoder = encoder or default_encoder()
        self.manifest = read_manifest(self.path, self.encoder)
        with np.load(self.path / "weights.npz") as w:
            self.w = {k: w[k] for k in w.files}
        self.threshold = float(self.manifest["threshold"])

    def relevance(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.w["issue_mean"]) / self.w["issue_scale"]
        return 1 / (1 + np.exp(-(z @ self.w["issue_coef"] + self.w["issue_bias"])))

    def stance(self, x: np.ndarray) -> np.ndarray:
        """Probabilities over ``STANCES``, one row per pair."""
        z = (x - self.w["stance_mean"]) / self.w["stance_scale"]
        logits = z @ self.w["stance_coef"].T + self.w["stance_bias"]
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, contents: list[str], contexts: list[str],
                pack: Pack) -> list[list[PairPrediction]]:
        """For each statement, a prediction for every issue of ``pack``."""
        feats = pack_features(contents, contexts, pack, self.encoder)
        out: list[list[PairPrediction]] = [[] for _ in contents]
        for issue in pack.issues:
            x = feats[issue.id]
            rel, st = self.relevance(x), self.stance(x)
            for i in range(len(contents)):
                k = int(st[i].argmax())
                out[i].append(PairPrediction(issue, float(rel[i]), STANCES[k], float(st[i, k])))
        return out

    def tag_text(self, content: str, pack: Pack, context: str = "") -> list[IssueTag]:
        """As ``whosaid.issues.tagger.tag_text``: the issues ``content`` speaks to, best first."""
        preds = self.predict([content], [context], pack)[0]
        tags = [IssueTag(issue_id(pack, p.issue), round(p.relevant, 3), p.stance,
                         round(p.stance_p, 3)) for p in preds if p.relevant >= self.threshold]
        return sorted(tags, key=lambda t: -t.score)


def read_manifest(path: Path, encoder: Encoder) -> dict:
    mf = path / "manifest.json"
    if not mf.is_file():
        raise LearnedModelError(f"no issue/stance model at {path} (manifest.json is missing): "
                                f"{FIX}")
    manifest = json.loads(mf.read_text(encoding="utf-8"))
    if manifest.get("feature_version") != FEATURE_VERSION:
        raise LearnedModelError(f"{mf} was trained for features "
                                f"{manifest.get('feature_version')!r}, this code makes "
                                f"{FEATURE_VERSION!r}: {FIX}")
    if manifest.get("encoder") != encoder.version:
        raise LearnedModelError(f"{mf} was trained on encoder {manifest.get('encoder')!r}, "
                                f"the encoder in use is {encoder.version!r}: {FIX}")
    weights = path / "weights.npz"
    if not weights.is_file() or sha256(weights) != manifest.get("files", {}).get("weights.npz"):
        raise LearnedModelError(f"{weights} is missing or does not match its manifest: {FIX}")
    return manifest


@functools.cache
def default_model() -> LearnedModel:
    """The packaged model, loaded once per process."""
    return LearnedModel()
