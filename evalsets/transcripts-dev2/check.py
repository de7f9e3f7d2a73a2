"""Checker for the second transcript tuning set (standard library only).

    .venv/bin/python evalsets/transcripts-dev2/check.py     # exits 1 on any error

Checks (as evalsets/transcripts-test/check.py): every file in files.jsonl exists in src/ and
every src/ file is listed; each src/ file is byte-identical to its excerpt in raw/pages.json;
each row has the fields and types of the format; offsets lie inside the file, the span is not
empty and has no surrounding whitespace; a turn is preceded, at the start of its line (after
any indentation), by its label and a colon (or, for a label listed in the file's "nocolon", by
its label and a space, a tab or a line break); rows of one file do not overlap; narration rows
have no label, speaker or affiliation; turn kinds are answer, question or statement; no
speaker is a pronoun; every non-blank line of a file is covered by a row unless spec.py lists
it as not_narration; the rows agree with spec.py; and no file shares a URL or text with the
other transcript sets or evalsets/trace/sources (a match prints only this set's file name).
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
OTHERS = ["transcripts", "transcripts-test", "transcripts-holdout"]
TUNING = [os.path.join(HERE, "..", s, "src") for s in OTHERS] + [os.path.join(HERE, "..", "trace", "sources")]


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def main():
    errors = []
    with open(os.path.join(HERE, "files.jsonl"), encoding="utf-8") as fh:
        files = [json.loads(line) for line in fh if line.strip()]
    with open(os.path.join(HERE, "raw", "pages.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    texts = {}
    for f in files:
        path = os.path.join(HERE, f["path"])
        if not os.path.exists(path):
            errors.append(f"{f['file']}: missing {f['path']}")
            continue
        texts[f["file"]] = read(path)
        if raw.get(f["file"]) != texts[f["file"]]:
            errors.append(f"{f['file']}: src differs from raw/pages.json")
        if f["chars"] != len(texts[f["file"]]):
            errors.append(f"{f['file']}: chars in files.jsonl wrong")
    on_disk = {n[:-4] for n in os.listdir(os.path.join(HERE, "src")) if n.endswith(".txt")}
    if on_disk != set(texts) or set(SPEC) != set(texts):
        errors.append(f"src/, spec.py and files.jsonl differ: {sorted((on_disk | set(SPEC)) ^ set(texts))}")
    # held out: nothing shared with the texts used for tuning
    for d in TUNING:
        if not os.path.isdir(d):
            continue
        for n in os.listdir(d):
            if n[:-4] in texts:
                errors.append(f"{n[:-4]}: a file of that name is in another set")
            other = read(os.path.join(d, n))
            for name, t in texts.items():
                probe = [ln.strip() for ln in t.split("\n") if len(ln.strip()) > 40]
                if any(p in other for p in probe):
                    errors.append(f"{name}: shares a line with a file of another set")
    for s in OTHERS:
        path = os.path.join(HERE, "..", s, "files.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                urls = {json.loads(line)["url"].split("://")[-1].removeprefix("www.").rstrip("/")
                        for line in fh if line.strip()}
            for f in files:
                if f["url"].split("://")[-1].removeprefix("www.").rstrip("/") in urls:
                    errors.append(f"{f['file']}: its URL is in another set")
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
            r["_from"] = s
        elif r["kind"] in {"answer", "question", "statement"}:
            if not r["label"]:
                errors.append(f"{where}: turn without a label")
                continue
            head = text[:s].rstrip(" \t\n")
            nocolon = r["label"] in SPEC.get(r["file"], {}).get("nocolon", [])
            if head.endswith(r["label"] + ":"):
                lstart = len(head) - len(r["label"]) - 1
            elif nocolon and head.endswith(r["label"]) and text[len(head)] in " \t\n":
                lstart = len(head) - len(r["label"])
            else:
                errors.append(f"{where}: turn not preceded by its label {r['label']!r}")
                continue
            if text[:lstart].rstrip(" \t") and not text[:lstart].rstrip(" \t").endswith("\n"):
                errors.append(f"{where}: label not at the start of a line")
            r["_from"] = lstart
        else:
            errors.append(f"{where}: bad kind {r['kind']}")
            continue
        by_file.setdefault(r["file"], []).append(r)
    for name, rs in by_file.items():
        rs.sort(key=lambda r: r["start"])
        for a, b in itertools.pairwise(rs):
            if a["end"] > b["_from"]:
                errors.append(f"{name}: rows overlap at {b['start']}")
        text = texts[name]
        covered = [(r["_from"], r["end"]) for r in rs]
        skip = SPEC.get(name, {}).get("not_narration", [])
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            if not line.strip() or any(line.strip().startswith(x) for x in skip):
                continue
            first = m.start() + len(line) - len(line.lstrip())
            if not any(a <= first < b for a, b in covered):
                errors.append(f"{name}: line at {m.start()} not covered: {line[:40]!r}")
        want = [(t[1], t[2], t[3], t[4]) for t in SPEC.get(name, {}).get("turns", []) if t[0] == "T"]
        got = [(r["label"], r["speaker"], r["kind"], r["affiliation"]) for r in rs if r["kind"] != "narration"]
        if want != got:
            errors.append(f"{name}: turns differ from spec.py")
    turns = Counter(r["file"] for r in rows if r["kind"] != "narration")
    if len([f for f, c in turns.items() if c >= 2]) < 8:
        errors.append("need >= 8 transcripts with >= 2 turns each")
    for e in errors:
        print(e)
    kinds = Counter(r["kind"] for r in rows)
    named = sum(1 for r in rows if r["kind"] != "narration" and r["speaker"])
    print(f"{len(texts)} transcripts, {sum(turns.values())} turns ({named} with a named speaker), "
          f"kinds {dict(kinds)}, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
