"""Export the sentence encoder, train the issue/stance model, and compare it on the stance set.

    python -m whosaid.eval.train_stance export-encoder   # make export-encoder (torch)
    python -m whosaid.eval.train_stance train            # make train-stance (scikit-learn)
    python -m whosaid.eval.train_stance report           # the comparison on the test part

Training data: the ``dev`` part of ``evalsets/stance`` and ``tests/data/issues-labels.jsonl``
(older labels on PolNeAR dev and one Moscow Times article). Hyperparameters (regularisation,
class weights, the relevance threshold) are chosen by cross-validation over articles of that
data only; the ``test`` part is read by ``report`` and never for a choice. ``report`` scores
keyword-only, lexicon+rules and the learned model in one run, with the scorer of
``evalsets/stance/score.py`` (same numbers as its baseline) and 1000 bootstrap resamples of
articles, seed 0, on the whole part and on its round-1 rows alone (``test r1``: the part as it
was before later rounds of labels grew it); ``--model DIR`` scores another model folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from whosaid import encoder as enc
from whosaid.issues import learned
from whosaid.issues.packs import get_pack

ROOT = Path(__file__).resolve().parents[3]
STANCE_SET = ROOT / "evalsets" / "stance" / "stance.jsonl"
OLD_LABELS = ROOT / "tests" / "data" / "issues-labels.jsonl"
POLNEAR_DEV = Path("/work/shared/data/polnear/dev.jsonl")
SEED = 0
FOLDS = 5
C_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.91, 0.05))


# --- the encoder export (torch) --------------------------------------------------------------

def export_encoder(out_dir: Path = enc.ENCODER_DIR) -> dict:
    """Export all-MiniLM-L6-v2 from its wheel to ONNX, quantise it to int8 when that costs
    under 0.01 cosine agreement with fp32, and write the folder with its manifest."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from whosaid.eval.train_model import Tagger, encoder_dir

    torch.manual_seed(SEED)
    base = encoder_dir()
    tagger = Tagger()
    tagger.load_encoder(base / "model.safetensors")
    tagger.eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    full = out_dir / "encoder.fp32.onnx"
    ids = torch.ones(2, 16, dtype=torch.long)
    torch.onnx.export(_hidden_layer(tagger), (ids, torch.ones_like(ids)), str(full), dynamo=False,
                      input_names=["input_ids", "attention_mask"], output_names=["hidden"],
                      opset_version=17,
                      dynamic_axes={n: {0: "batch", 1: "pieces"} for n in
                                    ("input_ids", "attention_mask", "hidden")})
    int8 = out_dir / "encoder.int8.onnx"
    quantize_dynamic(str(full), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    (out_dir / "tokenizer.json").write_bytes((base / "tokenizer.json").read_bytes())
    manifest = {**enc.expected_manifest(),
                "source_file_sha256": {"model.safetensors": enc.sha256(base / "model.safetensors")},
                "files": {n: enc.sha256(out_dir / n) for n in enc.ENCODER_FILES},
                "exported_by": "make export-encoder (whosaid.eval.train_stance)"}
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    agreement = quantisation_agreement(out_dir, _agreement_texts())
    manifest["int8_vs_fp32"] = agreement
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    full.unlink()
    if agreement["mean_cosine"] < 0.99:
        raise SystemExit(f"int8 costs more than 0.01 cosine agreement ({agreement}); ship fp32")
    return manifest


def _hidden_layer(tagger):
    """The encoder without the tagger's heads: ids and mask in, the last hidden layer out
    (a torch Module, built here so that torch stays an import of the export only)."""
    import torch
    from torch import nn

    class Hidden(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.t = tagger

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            t = self.t
            pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
            x = t.emb_norm(t.words(ids) + t.positions(pos) + t.types(torch.zeros_like(ids)))
            bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
            for layer in t.layers:
                x = layer(x, bias)
            return x

    return Hidden().eval()


def _agreement_texts() -> list[str]:
    rows = [json.loads(line) for line in STANCE_SET.open(encoding="utf-8")]
    return [r["text"] for r in rows if r["split"] == "dev"]


def quantisation_agreement(folder: Path, texts: list[str]) -> dict:
    """Cosine between the int8 and fp32 embeddings of the same texts."""
    int8 = enc.Encoder(folder)
    fp32 = enc.Encoder(folder, onnx_file="encoder.fp32.onnx")
    a, b = int8.embed(texts), fp32.embed(texts)
    cos = (a * b).sum(axis=1)
    # and whether the pairwise similarities keep their order (what a model uses)
    sa, sb = (a[:100] @ a[:100].T).ravel(), (b[:100] @ b[:100].T).ravel()
    return {"texts": len(texts), "mean_cosine": round(float(cos.mean()), 5),
            "min_cosine": round(float(cos.min()), 5),
            "pairwise_sim_corr": round(float(np.corrcoef(sa, sb)[0, 1]), 5)}


# --- data ------------------------------------------------------------------------------------

def scorer() -> ModuleType:
    """``evalsets/stance/score.py``: its loader, the two lexicon methods and its scores."""
    spec = importlib.util.spec_from_file_location("stance_score", ROOT / "evalsets/stance/score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def stance_rows(split: str) -> list[dict]:
    """Rows of the stance set's ``split`` with their paragraph as ``context``."""
    return [r for r in scorer().load(STANCE_SET) if r["split"] == split]


def old_rows() -> list[dict]:
    """``tests/data/issues-labels.jsonl`` in the stance set's shape (context from PolNeAR dev
    where the statement is a PolNeAR attribution)."""
    rows = [json.loads(line) for line in OLD_LABELS.open(encoding="utf-8") if line.strip()]
    docs = {}
    if POLNEAR_DEV.is_file():
        with POLNEAR_DEV.open(encoding="utf-8") as f:
            docs = {d["doc_id"]: d for d in map(json.loads, f)}
    paragraph = scorer().paragraph
    out = []
    for r in rows:
        article, attr = r["id"].rsplit("/", 1)
        corpus, _, doc_id = article.partition("/")
        context = ""
        doc = docs.get(doc_id) if corpus == "polnear-dev" else None
        spans = [s for a in (doc or {}).get("attributions", []) if a["id"] == attr
                 for s in a["content"]]
        if doc and spans:
            context = paragraph(doc["text"], min(s["start"] for s in spans),
                                max(s["end"] for s in spans))
        out.append({"id": r["id"], "doc_id": article, "pack": r["pack"],
                    "text": r["text"], "context": context, "issues": r["issues"]})
    return out


@dataclass
class Pairs:
    """Every (statement, issue of its pack) pair of some rows, as the classifiers see them."""

    x: np.ndarray
    relevant: np.ndarray  # 1 where the gold speaks to the issue
    stance: np.ndarray  # index into STANCES, -1 where not relevant
    row: np.ndarray  # index of the statement in the rows
    issue: list[str]


def pairs_of(rows: list[dict], encoder: enc.Encoder) -> Pairs:
    xs, rel, st, row, iss = [], [], [], [], []
    by_pack = defaultdict(list)
    for i, r in enumerate(rows):
        by_pack[r["pack"]].append(i)
    for pack_id, idx in sorted(by_pack.items()):
        pack = get_pack(pack_id)
        feats = learned.pack_features([rows[i]["text"] for i in idx],
                                      [rows[i]["context"] for i in idx], pack, encoder)
        for issue in pack.issues:
            xs.append(feats[issue.id])
            for i in idx:
                gold = rows[i]["issues"].get(issue.id)
                rel.append(gold is not None)
                st.append(learned.STANCES.index(gold) if gold else -1)
                row.append(i)
                iss.append(issue.id)
    return Pairs(np.vstack(xs), np.array(rel, dtype=int), np.array(st), np.array(row), iss)


def per_statement(rows: list[dict], pairs: Pairs, p_rel: np.ndarray, stance: np.ndarray,
                  threshold: float) -> list[dict]:
    """The scorer's per-statement record (tp/fp/fn and gold pairs) from pair predictions."""
    preds = [{"tp": 0, "fp": 0, "fn": 0, "pairs": []} for _ in rows]
    for k in range(len(pairs.row)):
        p = preds[pairs.row[k]]
        said, gold = p_rel[k] >= threshold, bool(pairs.relevant[k])
        if said or gold:
            p["tp" if said and gold else "fp" if said else "fn"] += 1
        if gold:
            p["pairs"].append((learned.STANCES[pairs.stance[k]], learned.STANCES[stance[k]]))
    return preds


# --- training --------------------------------------------------------------------------------

def _fit(x: np.ndarray, y: np.ndarray, c: float, weight: str | None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, class_weight=weight, max_iter=3000, random_state=SEED)
    return scaler, model.fit(scaler.transform(x), y)


def _folds(rows: list[dict], pairs: Pairs) -> list[np.ndarray]:
    """Fold of each pair: articles dealt round-robin in a seeded order, so no article is split."""
    docs = sorted({r["doc_id"] for r in rows})
    np.random.default_rng(SEED).shuffle(docs)
    fold_of = {d: i % FOLDS for i, d in enumerate(docs)}
    fold = np.array([fold_of[rows[i]["doc_id"]] for i in pairs.row])
    return [fold == f for f in range(FOLDS)]


def cross_validate(rows: list[dict], pairs: Pairs, score) -> dict:
    """Out-of-fold predictions for every setting; the best setting of each classifier."""
    folds = _folds(rows, pairs)
    gold = pairs.stance >= 0
    results: dict[str, list[dict]] = {"relevance": [], "stance": []}
    best_rel: dict = {}
    best_st: dict = {}
    oof: dict = {}
    for weight in (None, "balanced"):
        for c in C_GRID:
            p_rel = np.zeros(len(pairs.row))
            st = np.full(len(pairs.row), learned.STANCES.index("neutral"))
            for test in folds:
                sc, m = _fit(pairs.x[~test], pairs.relevant[~test], c, weight)
                p_rel[test] = m.predict_proba(sc.transform(pairs.x[test]))[:, 1]
                train_st = ~test & gold
                sc, m = _fit(pairs.x[train_st], pairs.stance[train_st], c, weight)
                st[test & gold] = m.predict(sc.transform(pairs.x[test & gold]))
            for t in THRESHOLDS:
                s = score(per_statement(rows, pairs, p_rel, st, t))
                entry = {"C": c, "class_weight": weight, "threshold": t,
                         "issue_f1": round(s["issue_f1"], 4)}
                results["relevance"].append(entry)
                if not best_rel or entry["issue_f1"] > best_rel["issue_f1"]:
                    best_rel = entry
            s = score(per_statement(rows, pairs, p_rel, st, 0.5))
            entry = {"C": c, "class_weight": weight,
                     "stance_macro_f1": round(s["stance_macro_f1"], 4),
                     "stance_acc": round(s["stance_acc"], 4)}
            oof[(c, weight)] = (p_rel, st)
            results["stance"].append(entry)
            if not best_st or entry["stance_macro_f1"] > best_st["stance_macro_f1"]:
                best_st = entry
            f1 = max(e["issue_f1"] for e in results["relevance"][-len(THRESHOLDS):])
            print(f"  C={c:<5} weight={weight!s:<8} issue F1 {f1:.3f}  "
                  f"stance macro-F1 {entry['stance_macro_f1']:.3f}", flush=True)
    # the chosen settings' out-of-fold predictions, scored on the stance set's dev part alone
    p_rel = oof[(best_rel["C"], best_rel["class_weight"])][0]
    st = oof[(best_st["C"], best_st["class_weight"])][1]
    preds = per_statement(rows, pairs, p_rel, st, best_rel["threshold"])
    dev = score([p for r, p in zip(rows, preds, strict=True) if "split" in r])
    every = score(preds)
    return {"best_relevance": best_rel, "best_stance": best_st, "grid": results,
            "oof": {part: {k: round(s[k], 4) for k in ("issue_f1", "stance_macro_f1")}
                    for part, s in (("all", every), ("stance_dev", dev))}}


def train(out_dir: Path = learned.MODEL_DIR) -> dict:
    """Cross-validate, fit both classifiers on all training data, write weights + manifest."""
    t0 = time.time()
    mod = scorer()
    dev, old = stance_rows("dev"), old_rows()
    rows = dev + old
    encoder = enc.default_encoder()
    pairs = pairs_of(rows, encoder)
    print(f"{len(rows)} statements ({len(dev)} stance dev, {len(old)} older labels), "
          f"{len(pairs.row)} pairs, {int(pairs.relevant.sum())} relevant", flush=True)
    cv = cross_validate(rows, pairs, mod.scores)
    rel, st = cv["best_relevance"], cv["best_stance"]
    sc_r, m_r = _fit(pairs.x, pairs.relevant, rel["C"], rel["class_weight"])
    gold = pairs.stance >= 0
    sc_s, m_s = _fit(pairs.x[gold], pairs.stance[gold], st["C"], st["class_weight"])
    coef = np.zeros((len(learned.STANCES), pairs.x.shape[1]), dtype=np.float32)
    bias = np.full(len(learned.STANCES), -1e4, dtype=np.float32)  # a class never seen: never
    for k, cls in enumerate(m_s.classes_):
        coef[cls], bias[cls] = m_s.coef_[k], m_s.intercept_[k]
    if len(m_s.classes_) == 2:
        raise SystemExit("stance training needs at least three classes")
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez(out_dir / "weights.npz", issue_mean=sc_r.mean_.astype(np.float32),
             issue_scale=sc_r.scale_.astype(np.float32),
             issue_coef=m_r.coef_[0].astype(np.float32),
             issue_bias=np.float32(m_r.intercept_[0]),
             stance_mean=sc_s.mean_.astype(np.float32),
             stance_scale=sc_s.scale_.astype(np.float32), stance_coef=coef, stance_bias=bias)
    manifest = {
        "feature_version": learned.FEATURE_VERSION, "encoder": encoder.version,
        "threshold": rel["threshold"],
        "relevance": {"C": rel["C"], "class_weight": rel["class_weight"]},
        "stance": {"C": st["C"], "class_weight": st["class_weight"]},
        "data": {"stance_dev": f"evalsets/stance/stance.jsonl split=dev ({len(dev)} statements)",
                 "older_labels": f"tests/data/issues-labels.jsonl ({len(old)} statements)",
                 "pairs": len(pairs.row), "relevant_pairs": int(pairs.relevant.sum()),
                 "test_part": "never read by training"},
        "selection": f"{FOLDS}-fold cross-validation over articles of the training data, seed "
                     f"{SEED}: C in {list(C_GRID)}, class_weight None|balanced, threshold",
        "cv_scores": cv["oof"],
        "lexicon_on_training_data": _lexicon_scores(rows, mod),
        "files": {"weights.npz": enc.sha256(out_dir / "weights.npz")},
        "trained_by": "make train-stance (whosaid.eval.train_stance)",
        "train_seconds": round(time.time() - t0, 1),
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _lexicon_scores(rows: list[dict], mod: ModuleType) -> dict:
    """The two lexicon methods on the training data: what the learned CV score is set against
    (on the stance dev part alone too)."""
    out = {}
    for part, subset in (("all", rows), ("stance_dev", [r for r in rows if "split" in r])):
        for method in ("lexicon+rules", "keywords-only"):
            s = mod.scores([mod.predict(r, method) for r in subset])
            out[f"{part}/{method}"] = {"issue_f1": round(s["issue_f1"], 4),
                                       "stance_macro_f1": round(s["stance_macro_f1"], 4)}
    return out


# --- the comparison on the test part ---------------------------------------------------------

METHODS = ("keywords-only", "lexicon+rules", "learned")


def learned_predictions(rows: list[dict], model: learned.LearnedModel) -> list[dict]:
    """The scorer's per-statement record for the learned model (the run-time, numpy path)."""
    out: list[dict] = [{} for _ in rows]
    by_pack = defaultdict(list)
    for i, r in enumerate(rows):
        by_pack[r["pack"]].append(i)
    for pack_id, idx in by_pack.items():
        preds = model.predict([rows[i]["text"] for i in idx], [rows[i]["context"] for i in idx],
                              get_pack(pack_id))
        for i, pred in zip(idx, preds, strict=True):
            gold = rows[i]["issues"]
            said = {p.issue.id for p in pred if p.relevant >= model.threshold}
            stance = {p.issue.id: p.stance for p in pred}
            out[i] = {"tp": len(said & gold.keys()), "fp": len(said - gold.keys()),
                      "fn": len(gold.keys() - said),
                      "pairs": [(s, stance[k]) for k, s in gold.items()]}
    return out


def compare(split: str = "test", model_dir: Path = learned.MODEL_DIR) -> list[dict]:
    """Keyword-only, lexicon+rules and the learned model on ``split``, in one run: on the whole
    part and on its round-1 statements alone (the part as it was before rounds 2 and 3)."""
    mod = scorer()
    rows = stance_rows(split)
    model = learned.LearnedModel(model_dir)
    for r, lp in zip(rows, learned_predictions(rows, model), strict=True):
        r["learned"] = lp
        for method in METHODS[:2]:
            r[method] = mod.predict(r, method)
    out = []
    parts = [(split, rows), (f"{split} r1", [r for r in rows if r.get("round", 1) == 1])]
    for part, part_rows in parts:
        for pack in sorted({r["pack"] for r in part_rows}) + ["all"]:
            subset = [r for r in part_rows if pack in ("all", r["pack"])]
            for method in METHODS:
                by_article: dict[str, list[dict]] = defaultdict(list)
                for r in subset:
                    by_article[r["doc_id"]].append(r[method])
                s = mod.scores([p for ps in by_article.values() for p in ps])
                s["issue_f1_ci"] = mod.bootstrap(by_article, "issue_f1")
                s["stance_macro_f1_ci"] = mod.bootstrap(by_article, "stance_macro_f1")
                out.append({"split": part, "pack": pack, "method": method,
                            "articles": len(by_article), **s})
    return out


def table(results: list[dict]) -> str:
    header = ("| split | pack | method | n | issue P | issue R | issue F1 [95% CI] | pairs | "
              "stance acc | stance macro-F1 [95% CI] |")
    lines = [header, "|" + " --- |" * 10]
    for s in results:
        lo, hi = s["issue_f1_ci"]
        slo, shi = s["stance_macro_f1_ci"]
        lines.append(f"| {s['split']} | {s['pack']} | {s['method']} | {s['statements']} | "
                     f"{s['issue_p']:.3f} | {s['issue_r']:.3f} | {s['issue_f1']:.3f} "
                     f"[{lo:.3f}, {hi:.3f}] | {s['pairs']} | {s['stance_acc']:.3f} | "
                     f"{s['stance_macro_f1']:.3f} [{slo:.3f}, {shi:.3f}] |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["export-encoder", "train", "report"])
    ap.add_argument("--split", choices=["dev", "test"], default="test",
                    help="report: the part to score (default: test, never used for a choice)")
    ap.add_argument("--format", choices=["table", "json"], default="table")
    ap.add_argument("--model", type=Path, default=learned.MODEL_DIR,
                    help="report: the model folder to score (default: the packaged one)")
    args = ap.parse_args(argv)
    if args.command == "export-encoder":
        print(json.dumps(export_encoder(), indent=2))
    elif args.command == "train":
        m = train()
        print(json.dumps({k: m[k] for k in ("threshold", "relevance", "stance", "cv_scores",
                                            "lexicon_on_training_data")}, indent=2))
    else:
        results = compare(args.split, args.model)
        print(json.dumps(results, indent=1) if args.format == "json" else table(results))


if __name__ == "__main__":
    main()
