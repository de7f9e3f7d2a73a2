"""Score whosaid's issue and stance tagging on the stance set, with 95% bootstrap intervals over
articles. Reads stance.jsonl; calls the library's tagging functions (no code of whosaid changed).

    .venv/bin/python evalsets/stance/score.py [--split test] [--format json]

Methods, scored in the same run:
- ``lexicon+rules``: ``tag_text(content, pack, context=paragraph)``, what the pipeline does
  (``tag_article`` passes the statement's paragraph as context);
- ``lexicon+rules/content``: the same without the paragraph (what ``whosaid eval-issues`` does);
- ``keywords-only``: ``tag_text(content, pack, rules=False)``, the baseline.
Issue P/R/F1 are micro over (statement, issue) decisions among the pack's issues. Stance is scored
on the gold (statement, issue) pairs, as ``whosaid eval-issues`` does: accuracy and macro-F1 over
the stances that occur in gold or prediction. Intervals: 1000 resamples of articles, seed 0.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from whosaid.issues.packs import get_pack
from whosaid.issues.stance import stance_toward
from whosaid.issues.tagger import score_issue, tag_text

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
POLNEAR = Path("/work/shared/data/polnear")
CORPORA = {"polnear-train": POLNEAR / "train.jsonl", "polnear-dev": POLNEAR / "dev.jsonl",
           "recent": ROOT / "evalsets" / "recent" / "recent.jsonl"}
STANCES = ("support", "oppose", "conditional", "neutral")
METHODS = ("lexicon+rules", "lexicon+rules/content", "keywords-only")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
WINDOW = 600  # as whosaid.issues.tagger: the paragraph, at most 600 characters either side


def paragraph(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    left = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, lo, start)), default=lo)
    right = _PARAGRAPH_BREAK.search(text, end, hi)
    return text[left:right.start() if right else hi]


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    need = {(r["corpus"], r["doc_id"]) for r in rows}
    texts = {}
    for corpus, p in CORPORA.items():
        with open(p, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if (corpus, doc["doc_id"]) in need:
                    texts[(corpus, doc["doc_id"])] = doc["text"]
    for r in rows:
        text = texts[(r["corpus"], r["doc_id"])]
        r["context"] = paragraph(text, min(s["start"] for s in r["content"]),
                                 max(s["end"] for s in r["content"]))
    return rows


def predict(row: dict, method: str) -> dict:
    """Per statement: issue tp/fp/fn and the (gold, predicted) stance of each gold pair."""
    pack = get_pack(row["pack"])
    rules = method != "keywords-only"
    context = row["context"] if method == "lexicon+rules" else ""
    pred = {t.issue.split("/", 1)[1] for t in tag_text(row["text"], pack, context, rules=rules)}
    gold = row["issues"]
    pairs = []
    for issue_id, stance in gold.items():
        issue = pack.issue(issue_id)
        mentions = score_issue(issue, row["text"], exact=not rules).mentions
        pairs.append((stance, stance_toward(row["text"], issue, mentions, rules=rules).stance))
    return {"tp": len(pred & gold.keys()), "fp": len(pred - gold.keys()),
            "fn": len(gold.keys() - pred), "pairs": pairs}


def scores(preds: list[dict]) -> dict[str, float]:
    tp, fp, fn = (sum(p[k] for p in preds) for k in ("tp", "fp", "fn"))
    pairs = [pair for p in preds for pair in p["pairs"]]
    f1s = []
    for s in STANCES:
        a = sum(g == q == s for g, q in pairs)
        b = sum(q == s != g for g, q in pairs)
        c = sum(g == s != q for g, q in pairs)
        if a + b + c:
            f1s.append(2 * a / (2 * a + b + c))
    return {
        "issue_p": tp / (tp + fp) if tp + fp else 0.0,
        "issue_r": tp / (tp + fn) if tp + fn else 0.0,
        "issue_f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        "stance_acc": sum(g == q for g, q in pairs) / len(pairs) if pairs else 0.0,
        "stance_macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "statements": len(preds), "gold_issues": tp + fn, "pairs": len(pairs),
    }


def bootstrap(by_article: dict[str, list[dict]], key: str, n: int = 1000,
              seed: int = 0) -> tuple[float, float]:
    rng = random.Random(seed)
    arts = sorted(by_article)
    values = sorted(
        scores([p for a in (rng.choice(arts) for _ in arts) for p in by_article[a]])[key]
        for _ in range(n))
    return values[int(0.025 * n)], values[int(0.975 * n) - 1]


def report(rows: list[dict], splits: list[str]) -> list[dict]:
    out = []
    packs = sorted({r["pack"] for r in rows})
    for split in splits:
        for pack in packs + ["all"]:
            subset = [r for r in rows if (pack == "all" or r["pack"] == pack)
                      and (split == "all" or r["split"] == split)]
            if not subset:
                continue
            for method in METHODS:
                by_article: dict[str, list[dict]] = defaultdict(list)
                for r in subset:
                    by_article[r["doc_id"]].append(r[method])
                s = scores([p for ps in by_article.values() for p in ps])
                s["issue_f1_ci"] = bootstrap(by_article, "issue_f1")
                s["stance_macro_f1_ci"] = bootstrap(by_article, "stance_macro_f1")
                out.append({"split": split, "pack": pack, "method": method,
                            "articles": len(by_article), **s})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", nargs="?", default=str(HERE / "stance.jsonl"))
    ap.add_argument("--split", choices=["dev", "test", "all"], action="append")
    ap.add_argument("--format", choices=["table", "json"], default="table")
    args = ap.parse_args()
    rows = load(Path(args.path))
    for r in rows:
        for method in METHODS:
            r[method] = predict(r, method)
    results = report(rows, args.split or ["dev", "test"])
    if args.format == "json":
        print(json.dumps(results, indent=1))
        return
    print(f"{'split':<5} {'pack':<19} {'method':<22} {'n':>4} {'iss':>4} {'iss P':>6} "
          f"{'iss R':>6} {'issue F1 [95% CI]':>22} {'pairs':>5} {'st acc':>6} "
          f"{'stance mF1 [95% CI]':>22}")
    for s in results:
        lo, hi = s["issue_f1_ci"]
        slo, shi = s["stance_macro_f1_ci"]
        print(f"{s['split']:<5} {s['pack']:<19} {s['method']:<22} {s['statements']:>4} "
              f"{s['gold_issues']:>4} {s['issue_p']:>6.3f} {s['issue_r']:>6.3f} "
              f"{s['issue_f1']:>6.3f} [{lo:.3f}, {hi:.3f}] {s['pairs']:>5} "
              f"{s['stance_acc']:>6.3f} {s['stance_macro_f1']:>6.3f} [{slo:.3f}, {shi:.3f}]")


if __name__ == "__main__":
    main()
