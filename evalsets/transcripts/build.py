"""Builds turns.jsonl and files.jsonl from spec.py and src/*.txt (standard library only).

    .venv/bin/python evalsets/transcripts/build.py      # then check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec import SPEC


def line_start(text, needle, pos):
    """First offset >= pos where needle starts a line."""
    while True:
        i = text.find(needle, pos)
        if i < 0:
            return -1
        if i == 0 or text[i - 1] == "\n":
            return i
        pos = i + 1


def build_file(name, spec):
    with open(os.path.join(HERE, "src", name + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    marks = []  # (start of line, kind, entry, start of text)
    pos = 0
    for entry in spec["turns"]:
        if entry[0] == "N":
            i = line_start(text, entry[1], pos)
            if i < 0:
                raise SystemExit(f"{name}: narration {entry[1]!r} not found")
            marks.append((i, "N", entry, i))
            pos = i + len(entry[1])
            continue
        label = entry[1]
        i = line_start(text, label + ":", pos)
        if i < 0:
            raise SystemExit(f"{name}: label {label!r} not found after {pos}")
        body = i + len(label) + 1
        while body < len(text) and text[body] in " \n\t":
            body += 1
        marks.append((i, "T", entry, body))
        pos = body
    turns = []
    for k, (i, kind, entry, body) in enumerate(marks):
        if kind != "T":
            continue
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        while end > body and text[end - 1] in " \n\t":
            end -= 1
        item = {"file": name, "start": body, "end": end, "label": entry[1], "speaker": entry[2],
                "kind": entry[3], "affiliation": entry[4]}
        if len(entry) > 5:
            item["note"] = entry[5]
        turns.append(item)
    covered = [(len(text[:t["start"]].rstrip(" \t\n")) - len(t["label"]) - 1, len(text[:t["end"]]) + len(text[t["end"]:]) - len(text[t["end"]:].lstrip(" \t"))) for t in turns]
    # narration: every non-blank line outside the turns (labels count as inside)
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        if any(a <= s < b or a < e <= b or (s <= a and b <= e) for a, b in covered):
            continue
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if s < e and not any(text[s:e].startswith(x) for x in spec.get("not_narration", [])):
            turns.append({"file": name, "start": s, "end": e, "label": None, "speaker": None,
                          "kind": "narration", "affiliation": None})
    turns.sort(key=lambda t: t["start"])
    return text, turns


def main():
    rows, files = [], []
    for name, spec in SPEC.items():
        text, turns = build_file(name, spec)
        rows.extend(turns)
        files.append({"file": name, "path": f"src/{name}.txt", "url": spec["url"],
                      "layout": spec["layout"], "chars": len(text),
                      "turns": sum(t["kind"] != "narration" for t in turns),
                      "excerpt": "the first ~2,000 characters of the page as stored by the search service; the last turn is cut where the excerpt ends"})
    with open(os.path.join(HERE, "turns.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    with open(os.path.join(HERE, "files.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(f, ensure_ascii=False) + "\n" for f in files)
    print(f"{len(files)} files, {sum(f['turns'] for f in files)} turns, "
          f"{sum(r['kind'] == 'narration' for r in rows)} narration blocks")


if __name__ == "__main__":
    main()
