"""Builds turns.jsonl and files.jsonl of the fourth transcript tuning set (dev4) from spec.py and src/*.txt
(standard library only; the same row format as evalsets/transcripts and evalsets/transcripts-test).

    .venv/bin/python evalsets/transcripts-dev4/build.py      # then check.py

src/*.txt are written from raw/pages.json (the excerpts exactly as the search service returned
them) when missing or when --from-raw is given.

As transcripts-test/build.py, plus: ("X", text) entries (a line that ends the turn before it and
has no row: unlabelled speech, or a label with nothing after it) and "indent": True (labels may
be preceded by spaces or tabs at the start of their line).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec import SPEC

WS = " \n\t"


def write_sources(force):
    with open(os.path.join(HERE, "raw", "pages.json"), encoding="utf-8") as fh:
        pages = json.load(fh)
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    for name in SPEC:
        path = os.path.join(HERE, "src", name + ".txt")
        if force or not os.path.exists(path):
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(pages[name])


def line_start(text, i):
    return text.rfind("\n", 0, i) + 1


def find_label(text, label, colon, pos, indent=False):
    """(start of line, end of label marker) of the first line at or after pos that begins with
    the label (after spaces or tabs if indent) followed by ':' (colon) or by a space or tab."""
    needle = label + ":" if colon else label
    while True:
        i = text.find(needle, pos)
        if i < 0:
            return -1, -1
        j = i + len(needle)
        ls = line_start(text, i)
        prefix = text[ls:i]
        at_start = prefix == "" or (indent and prefix.strip(" \t") == "")
        if at_start and (colon or (j < len(text) and text[j] in " \t")):
            return ls, j
        pos = i + 1


def find_line(text, needle, pos):
    while True:
        i = text.find(needle, pos)
        if i < 0 or i == 0 or text[i - 1] == "\n":
            return i
        pos = i + 1


def skipped(spec):
    """Lines that are neither a turn nor narration: not_narration plus the X entries."""
    return list(spec.get("not_narration", [])) + [e[1] for e in spec["turns"] if e[0] == "X"]


def build_file(name, spec):
    with open(os.path.join(HERE, "src", name + ".txt"), encoding="utf-8", newline="") as fh:
        text = fh.read()
    nocolon = set(spec.get("nocolon", []))
    indent = bool(spec.get("indent"))
    marks = []  # (start of line, kind, entry, start of text)
    pos = 0
    for entry in spec["turns"]:
        if entry[0] in ("N", "X"):
            i = find_line(text, entry[1], pos)
            if i < 0:
                raise SystemExit(f"{name}: line {entry[1]!r} not found after {pos}")
            marks.append((i, entry[0], entry, i))
            pos = i + len(entry[1])
            continue
        i, body = find_label(text, entry[1], entry[1] not in nocolon, pos, indent)
        if i < 0:
            raise SystemExit(f"{name}: label {entry[1]!r} not found after {pos}")
        while body < len(text) and text[body] in WS:
            body += 1
        marks.append((i, "T", entry, body))
        pos = body
    rows, covered = [], []
    for k, (i, kind, entry, body) in enumerate(marks):
        if kind != "T":
            continue
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        while end > body and text[end - 1] in WS:
            end -= 1
        if end <= body:
            raise SystemExit(f"{name}: empty turn {entry[1]!r} at {body}")
        row = {"file": name, "start": body, "end": end, "label": entry[1], "speaker": entry[2],
               "kind": entry[3], "affiliation": entry[4]}
        if len(entry) > 5:
            row["note"] = entry[5]
        rows.append(row)
        covered.append((i, end))
    skip = skipped(spec)
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if s >= e or any(a <= s < b for a, b in covered):
            continue
        if any(text[s:e].startswith(x) for x in skip):
            continue
        rows.append({"file": name, "start": s, "end": e, "label": None, "speaker": None,
                     "kind": "narration", "affiliation": None})
    rows.sort(key=lambda r: r["start"])
    return text, rows


def main():
    write_sources("--from-raw" in sys.argv)
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
    turns = [r for r in rows if r["kind"] != "narration"]
    print(f"{len(files)} files, {len(turns)} turns ({sum(1 for t in turns if t['speaker'])} named), "
          f"{len(rows) - len(turns)} narration blocks")


if __name__ == "__main__":
    main()
