"""Check recent.jsonl: offsets, spans, required fields, excerpt length.

    python3 evalsets/recent/src/check.py [evalsets/recent/recent.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

KEYS = ["doc_id", "split", "publisher", "publication_date", "title", "author", "url", "form",
        "text", "attributions", "annotator", "alt_annotations"]
FORMS = {"wire", "live blog", "readout", "bullets", "interview", "report"}
DATE = re.compile(r"^(2024|2025)-\d\d-\d\d$")


def check_record(rec: dict) -> list[str]:
    err = []
    did = rec.get("doc_id", "?")
    if list(rec) != KEYS:
        err.append(f"{did}: keys {list(rec)}")
    text = rec["text"]
    if rec["split"] != "recent":
        err.append(f"{did}: split")
    if rec["form"] not in FORMS:
        err.append(f"{did}: form {rec['form']!r}")
    if not DATE.match(rec["publication_date"]):
        err.append(f"{did}: date {rec['publication_date']!r}")
    if not rec["doc_id"].count("_") >= 2 or rec["publication_date"] not in rec["doc_id"]:
        err.append(f"{did}: doc_id pattern")
    words = len(text.split())
    if not 120 <= words <= 450:
        err.append(f"{did}: {words} words")
    if text != text.strip() or "\n\n\n" in text or re.search(r"(?<!\n)\n(?!\n)", text):
        err.append(f"{did}: paragraph breaks must be exactly '\\n\\n'")
    atts = rec["attributions"]
    if len(atts) < 2:
        err.append(f"{did}: fewer than 2 attributions")
    ids = [a["id"] for a in atts]
    if len(set(ids)) != len(ids):
        err.append(f"{did}: duplicate ids")
    seen = set()
    for a in atts:
        for role in ("source", "cue", "content"):
            for sp in a[role]:
                s, e = sp["start"], sp["end"]
                if not (0 <= s < e <= len(text)):
                    err.append(f"{did} {a['id']} {role}: bad offsets {s},{e}")
                elif text[s:e] != sp["text"]:
                    err.append(f"{did} {a['id']} {role}: text mismatch")
                elif sp["text"] != sp["text"].strip():
                    err.append(f"{did} {a['id']} {role}: span has edge whitespace {sp['text']!r}")
        if not a["cue"]:
            err.append(f"{did} {a['id']}: no cue")
        if not a["content"]:
            err.append(f"{did} {a['id']}: no content")
        key = tuple((sp["start"], sp["end"]) for sp in a["content"])
        if key in seen and key:
            # same content twice is allowed only for genuinely nested/shared attributions
            pass
        seen.add(key)
    return err


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "recent.jsonl"
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    errors = []
    for r in recs:
        errors += check_record(r)
    ids = Counter(r["doc_id"] for r in recs)
    errors += [f"duplicate doc_id {k}" for k, v in ids.items() if v > 1]
    n_att = sum(len(r["attributions"]) for r in recs)
    pubs = Counter(r["publisher"] for r in recs)
    forms = Counter(r["form"] for r in recs)
    print(f"{len(recs)} excerpts, {len(pubs)} outlets, {n_att} attributions")
    print("forms:", dict(forms))
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problems")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
