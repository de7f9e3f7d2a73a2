"""Score issue tagging and stance against a hand-labelled JSONL file.

Each line: ``{"id", "pack", "text", "issues": {"issue-id": "support|oppose|conditional|neutral"}}``
and optionally ``"set"``: rows of a set are scored apart, e.g. ``after-packs``, statements
labelled after the packs were written, which the packs' authors never saw.
Issues are scored as a multi-label task (micro P/R/F1 and macro-F1 over the pack's issues).
Stance is scored on the gold (statement, issue) pairs, so it measures stance alone: accuracy and
macro-F1 over the four stances. The keyword-only baseline is scored in the same run.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from whosaid.issues.packs import Pack, get_pack
from whosaid.issues.stance import stance_toward
from whosaid.issues.tagger import score_issue, tag_text
from whosaid.models import JsonObject

STANCES = ("support", "oppose", "conditional", "neutral")


def load_labels(path: str | Path) -> list[JsonObject]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate_issues(rows: list[JsonObject]) -> dict[str, dict[str, dict[str, float]]]:
    """``{"pack_id" or "pack_id (set)": {"lexicon+rules": scores, "keywords-only": scores}}``."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["pack"], row.get("set", ""))].append(row)
    return {
        f"{pack_id} ({subset})" if subset else pack_id: {
            "lexicon+rules": _score(get_pack(pack_id), items, rules=True),
            "keywords-only": _score(get_pack(pack_id), items, rules=False),
        }
        for (pack_id, subset), items in sorted(groups.items())
    }


def _score(pack: Pack, rows: list[dict], rules: bool) -> dict[str, float]:
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    gold_st, pred_st = [], []
    for row in rows:
        gold = row["issues"]
        pred = {t.issue.split("/", 1)[1] for t in tag_text(row["text"], pack, rules=rules)}
        for i in pred & gold.keys():
            tp[i] += 1
        for i in pred - gold.keys():
            fp[i] += 1
        for i in gold.keys() - pred:
            fn[i] += 1
        for issue_id, stance in gold.items():
            issue = pack.issue(issue_id)
            mentions = score_issue(issue, row["text"], exact=not rules).mentions
            gold_st.append(stance)
            pred_st.append(stance_toward(row["text"], issue, mentions, rules=rules).stance)
    return {"statements": len(rows), **_prf(tp, fp, fn, [i.id for i in pack.issues]),
            **_stance_scores(gold_st, pred_st)}


def _prf(tp: dict, fp: dict, fn: dict, issues: list[str]) -> dict[str, float]:
    t, p, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = t / (t + p) if t + p else 0.0
    recall = t / (t + n) if t + n else 0.0
    present = [i for i in issues if tp[i] + fp[i] + fn[i]]
    macro = sum(_f1(tp[i], fp[i], fn[i]) for i in present) / len(present) if present else 0.0
    return {"issue_precision": precision, "issue_recall": recall,
            "issue_f1": _f1(t, p, n), "issue_macro_f1": macro}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _stance_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    if not gold:
        return {"stance_pairs": 0, "stance_accuracy": 0.0, "stance_macro_f1": 0.0}
    f1s = []
    for s in STANCES:
        tp = sum(g == p == s for g, p in zip(gold, pred))
        fp = sum(p == s and g != s for g, p in zip(gold, pred))
        fn = sum(g == s and p != s for g, p in zip(gold, pred))
        if tp + fp + fn:
            f1s.append(_f1(tp, fp, fn))
    return {"stance_pairs": len(gold),
            "stance_accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold),
            "stance_macro_f1": sum(f1s) / len(f1s)}


def format_report(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """A plain table: one row per pack and method."""
    cols = ("statements", "issue_precision", "issue_recall", "issue_f1", "issue_macro_f1",
            "stance_pairs", "stance_accuracy", "stance_macro_f1")
    heads = ("n", "iss P", "iss R", "iss F1", "iss mF1", "pairs", "st acc", "st mF1")
    lines = [f"{'pack':<32} {'method':<14} " + " ".join(f"{h:>7}" for h in heads)]
    for pack_id, methods in results.items():
        for method, s in methods.items():
            cells = " ".join(f"{s[c]:>7.3f}" if isinstance(s[c], float) else f"{s[c]:>7}"
                             for c in cols)
            lines.append(f"{pack_id:<32} {method:<14} {cells}")
    return "\n".join(lines)
