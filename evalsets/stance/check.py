"""Check stance.jsonl (standard library only):

- every field is there; ids are unique; the content offsets give the stored text in the article;
- the pack exists and every labelled issue id is one of its issues; stances are valid;
- the split is the hash of the article id, and no article is in both parts.

    python3 evalsets/stance/check.py [stance.jsonl]

Articles are read from PolNeAR train/dev ($POLNEAR_DIR, default /work/shared/data/polnear) and
evalsets/recent/recent.jsonl; pack files from src/whosaid/issues/packs (parsed with a small
reader for their ``id:`` lines, so no YAML library is needed).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
POLNEAR = Path(os.environ.get("POLNEAR_DIR", "/work/shared/data/polnear"))
CORPORA = {"polnear-train": POLNEAR / "train.jsonl", "polnear-dev": POLNEAR / "dev.jsonl",
           "recent": ROOT / "evalsets" / "recent" / "recent.jsonl"}
PACKS = ROOT / "src" / "whosaid" / "issues" / "packs"
STANCES = {"support", "oppose", "conditional", "neutral"}
FIELDS = {"id", "corpus", "doc_id", "attribution", "pack", "split", "set", "content", "text",
          "speaker", "cue", "issues", "note", "round"}


def split_of(doc_id: str) -> str:
    return "dev" if int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 10 < 6 else "test"


def pack_issues() -> dict[str, set[str]]:
    packs = {}
    for path in PACKS.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        pack_id = re.search(r"^id:\s*(\S+)", text, re.MULTILINE).group(1)
        packs[pack_id] = set(re.findall(r"^\s*-\s+id:\s*(\S+)", text, re.MULTILINE))
    return packs


def articles(needed: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    texts = {}
    for corpus, path in CORPORA.items():
        if not any(c == corpus for c, _ in needed):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if (corpus, doc["doc_id"]) in needed:
                    texts[(corpus, doc["doc_id"])] = doc["text"]
    return texts


def check(rows: list[dict]) -> list[str]:
    problems = []
    packs = pack_issues()
    texts = articles({(r.get("corpus"), r.get("doc_id")) for r in rows})
    seen_ids: set[str] = set()
    parts: dict[str, set[str]] = defaultdict(set)
    for k, row in enumerate(rows, 1):
        where = f"line {k} ({row.get('id')})"
        missing = FIELDS - row.keys()
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if row["id"] in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(row["id"])
        if row["corpus"] not in CORPORA:
            problems.append(f"{where}: unknown corpus {row['corpus']!r}")
            continue
        text = texts.get((row["corpus"], row["doc_id"]))
        if text is None:
            problems.append(f"{where}: article {row['doc_id']} not found in {row['corpus']}")
        elif not row["content"]:
            problems.append(f"{where}: empty content")
        else:
            for span in row["content"]:
                if text[span["start"]:span["end"]] != span["text"]:
                    problems.append(f"{where}: offsets {span['start']}-{span['end']} "
                                    f"do not give {span['text'][:40]!r}")
            if row["text"] != " … ".join(s["text"] for s in row["content"]):
                problems.append(f"{where}: text is not the content fragments joined by ' … '")
        if row["pack"] not in packs:
            problems.append(f"{where}: unknown pack {row['pack']!r}")
        elif not isinstance(row["issues"], dict):
            problems.append(f"{where}: issues must map issue id to stance")
        else:
            for issue, stance in row["issues"].items():
                if issue not in packs[row["pack"]]:
                    problems.append(f"{where}: {issue!r} is not an issue of {row['pack']}")
                if stance not in STANCES:
                    problems.append(f"{where}: stance {stance!r} not one of {sorted(STANCES)}")
        if row["split"] != split_of(row["doc_id"]) or row["set"] != row["split"]:
            problems.append(f"{where}: split {row['split']!r} is not the hash split "
                            f"{split_of(row['doc_id'])!r}")
        if not isinstance(row["round"], int) or row["round"] < 1:
            problems.append(f"{where}: round {row['round']!r} is not a draw round (1, 2, ...)")
        parts[row["doc_id"]].add(row["split"])
    problems += [f"article {d} is in both parts" for d, s in parts.items() if len(s) > 1]
    return problems


def summary(rows: list[dict]) -> str:
    by = Counter((r["pack"], r["corpus"], r["split"]) for r in rows)
    st = Counter((r["pack"], s) for r in rows for s in r["issues"].values())
    on = Counter(r["pack"] for r in rows if r["issues"])
    lines = [f"{len(rows)} statements, {len({r['doc_id'] for r in rows})} articles"]
    rounds = Counter((r["round"], r["split"]) for r in rows)
    lines.append("  by round: " + ", ".join(f"{n} {s} {c}" for (n, s), c in sorted(rounds.items())))
    lines += [f"  {p:<20} {c:<14} {s:<5} {n}" for (p, c, s), n in sorted(by.items())]
    for pack in sorted({r["pack"] for r in rows}):
        n = sum(1 for r in rows if r["pack"] == pack)
        stances = ", ".join(f"{s} {st[(pack, s)]}" for s in sorted(STANCES))
        lines.append(f"  {pack}: {n} statements, {on[pack]} on an issue; pairs: {stances}")
    return "\n".join(lines)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "stance.jsonl"
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    problems = check(rows)
    for p in problems:
        print(p)
    print(summary(rows))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
