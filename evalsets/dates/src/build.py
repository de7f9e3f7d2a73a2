"""Build evalsets/dates/dates.jsonl from the label files, then run the checker (stdlib only).

    python3 evalsets/dates/src/build.py

The labels (labels_*.txt) are written as phrases; this script finds their offsets: the
evidence phrase at its occurrence nearest the cue (the first one for a dateline), each content
time phrase inside the statement's gold content. Cue and content spans are copied from the
gold attribution. Offsets only for cue and content (PolNeAR text is copyrighted); the short
time phrases keep their text so that a reader can see them.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "dates.jsonl")
sys.path.insert(0, HERE)
from show import load

LABELS = {"recent": "labels_recent.txt", "polnear-dev": "labels_polnear.txt"}


def occurrences(text, phrase, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    out, at = [], text.find(phrase, lo, hi)
    while at >= 0:
        out.append(at)
        at = text.find(phrase, at + 1, hi)
    return out


def parse(path):
    doc = None
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        lines = list(fh)
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if line.startswith("# doc "):
            doc = line[6:].strip()
        elif line.strip() and not line.startswith("#"):
            fields = [f.strip() for f in line.split("|")]
            if len(fields) != 6:
                sys.exit(f"{path}:{n}: expected 6 fields, got {len(fields)}")
            yield n, doc, fields


def evidence_span(text, phrase, rule, cue_start, where):
    if not phrase:
        return []
    found = occurrences(text, phrase)
    if not found:
        sys.exit(f"{where}: evidence {phrase!r} not in the text")
    at = found[0] if rule == "dateline" else min(found, key=lambda s: abs(s - cue_start))
    return [{"start": at, "end": at + len(phrase), "text": phrase}]


def content_times(text, spec, content, where):
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        phrase, _, said = part.rpartition("=")
        hits = [s for c in content for s in occurrences(text, phrase, c["start"], c["end"])]
        if not hits:
            sys.exit(f"{where}: content phrase {phrase!r} not inside the content")
        out.append({"start": hits[0], "end": hits[0] + len(phrase), "text": phrase, "date": said})
    return out


def main():
    items = []
    for corpus, path in LABELS.items():
        docs = {d["doc_id"]: d for d in load(corpus)}
        for n, doc_id, (aid, said, rule, evidence, ctimes, note) in parse(path):
            where = f"{path}:{n}"
            doc = docs[doc_id]
            attr = next(a for a in doc["attributions"] if a["id"] == aid)
            text = doc["text"]
            cue = [{"start": s["start"], "end": s["end"]} for s in attr["cue"]]
            content = [{"start": s["start"], "end": s["end"]} for s in attr["content"]]
            items.append({
                "id": f"{corpus}:{doc_id}:{aid}", "corpus": corpus, "doc_id": doc_id,
                "attribution": aid, "cue": cue, "content": content,
                "published": doc["publication_date"], "said": said, "rule": rule,
                "evidence": evidence_span(text, evidence, rule, cue[0]["start"], where),
                "content_time": content_times(text, ctimes, content, where),
                "scheduled": note.startswith("scheduled"), "note": note,
            })
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    print(f"wrote {len(items)} items to {OUT}")
    sys.exit(subprocess.call([sys.executable, os.path.join(os.path.dirname(HERE), "check.py")]))


if __name__ == "__main__":
    main()
