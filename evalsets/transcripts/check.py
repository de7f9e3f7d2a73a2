"""Checker for the transcript-turn set (standard library only).

    .venv/bin/python evalsets/transcripts/check.py     # exits 1 on any error

Checks: every file in files.jsonl exists in src/ and every src/ file is listed; each row has
the fields and types of the format; offsets lie inside the file, the span is not empty and
has no surrounding whitespace; a turn is preceded, at the start of its line, by its label and
a colon (only whitespace between); rows of one file do not overlap; narration rows have no
label, speaker or affiliation; turn kinds are answer, question or statement; no speaker is a
pronoun; every non-blank line of a file is covered by a row (a turn with its label, or a
narration block) unless it is listed as reported speech in spec.py; and the counts (>= 5
transcripts, each with >= 2 turns).
"""
import itertools
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec import SPEC

FIELDS = {"file": str, "start": int, "end": int, "label": (str, type(None)),
          "speaker": (str, type(None)), "kind": str, "affiliation": (str, type(None))}
PRONOUNS = {"i", "we", "he", "she", "they", "you", "me", "us", "it"}


def main():
    errors = []
    with open(os.path.join(HERE, "files.jsonl"), encoding="utf-8") as fh:
        files = [json.loads(line) for line in fh if line.strip()]
    texts = {}
    for f in files:
        path = os.path.join(HERE, f["path"])
        if not os.path.exists(path):
            errors.append(f"{f['file']}: missing {f['path']}")
            continue
        with open(path, encoding="utf-8") as fh:
            texts[f["file"]] = fh.read()
    on_disk = {n[:-4] for n in os.listdir(os.path.join(HERE, "src")) if n.endswith(".txt")}
    if on_disk != set(texts):
        errors.append(f"src/ and files.jsonl differ: {sorted(on_disk ^ set(texts))}")
    with open(os.path.join(HERE, "turns.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    by_file = {}
    for n, r in enumerate(rows, 1):
        where = f"row {n} ({r.get('file')})"
        extra = set(r) - set(FIELDS) - {"note"}
        if extra or any(not isinstance(r.get(k), t) for k, t in FIELDS.items()):
            errors.append(f"{where}: fields wrong")
            continue
        text = texts.get(r["file"])
        if text is None:
            errors.append(f"{where}: unknown file")
            continue
        s, e = r["start"], r["end"]
        if not 0 <= s < e <= len(text) or text[s:e] != text[s:e].strip():
            errors.append(f"{where}: bad span {s}-{e}")
            continue
        if r["speaker"] and r["speaker"].strip().lower() in PRONOUNS:
            errors.append(f"{where}: pronoun as speaker")
        if r["kind"] == "narration":
            if r["label"] is not None or r["speaker"] is not None or r["affiliation"] is not None:
                errors.append(f"{where}: narration with a label, speaker or affiliation")
        elif r["kind"] in {"answer", "question", "statement"}:
            head = text[:s].rstrip(" \t\n")
            if not head.endswith(r["label"] + ":"):
                errors.append(f"{where}: turn not preceded by its label {r['label']!r}")
            lstart = len(head) - len(r["label"]) - 1
            if lstart > 0 and text[lstart - 1] != "\n":
                errors.append(f"{where}: label not at the start of a line")
        else:
            errors.append(f"{where}: bad kind {r['kind']}")
        by_file.setdefault(r["file"], []).append(r)
    for name, rs in by_file.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in itertools.pairwise(rs):
            if a["end"] > b["start"]:
                errors.append(f"{name}: rows overlap at {b['start']}")
        text = texts[name]
        covered = [((len(text[:r["start"]].rstrip(" \t\n")) - len(r["label"]) - 1) if r["label"] else r["start"], r["end"])
                   for r in rs]
        skip = SPEC.get(name, {}).get("not_narration", [])
        for m in re.finditer(r"[^\n]+", text):
            if not m.group().strip() or any(m.group().strip().startswith(x) for x in skip):
                continue
            if not any(a <= m.start() + len(m.group()) - len(m.group().lstrip()) < b for a, b in covered):
                errors.append(f"{name}: line at {m.start()} not covered: {m.group()[:40]!r}")
    turns = Counter(r["file"] for r in rows if r["kind"] != "narration")
    if len([f for f, c in turns.items() if c >= 2]) < 5:
        errors.append("need >= 5 transcripts with >= 2 turns each")
    for e in errors:
        print(e)
    kinds = Counter(r["kind"] for r in rows)
    named = sum(1 for r in rows if r["kind"] != "narration" and r["speaker"])
    print(f"{len(texts)} transcripts, {sum(turns.values())} turns ({named} with a named speaker), "
          f"kinds {dict(kinds)}, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
