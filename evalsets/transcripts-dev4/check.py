"""Checker for the fourth transcript tuning set (dev4) (standard library only).

    .venv/bin/python evalsets/transcripts-dev4/check.py     # exits 1 on any error

Checks (as evalsets/transcripts-test/check.py, plus the rules of this set): every file in
files.jsonl exists in src/ and every src/ file is listed; each src/ file is byte-identical to its
excerpt in raw/pages.json; each row has the fields and types of the format; offsets lie inside
the file, the span is not empty and has no surrounding whitespace; a turn is preceded, at the
start of its line (after spaces or tabs only for a file marked "indent"), by its label and a
colon (or, for a label listed in the file's "nocolon", by its label and whitespace); rows of one
file do not overlap; narration rows have no label, speaker or affiliation; turn kinds are
answer, question or statement; no speaker is a pronoun; every non-blank line of a file is
covered by a row unless spec.py lists it as not_narration or as an "X" line; the rows agree
with spec.py (same turns in the same order); no overlap: no file shares a name, a URL or text
with evalsets/transcripts, -test, -dev2, -dev3, -holdout or evalsets/trace, trace-dev2 sources (only this
set's file is named in a message) (text:
no line longer than 40 characters of either file found in the other, site boilerplate such as CNN's rush-transcript
notice excepted); an "X" line lies outside every row; and
no two files of this set share a URL; counts (>= 10 transcripts, each with >= 2 turns).
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
EVALSETS = os.path.join(HERE, "..")
OTHER_SETS = ["transcripts", "transcripts-test", "transcripts-dev2", "transcripts-dev3", "transcripts-holdout"]
OTHER_TEXTS = ([os.path.join(EVALSETS, s, "src") for s in OTHER_SETS]
               + [os.path.join(EVALSETS, "trace", "sources"),
                  os.path.join(EVALSETS, "trace-dev2", "sources")])
OTHER_URLS = ([os.path.join(EVALSETS, s, "files.jsonl") for s in OTHER_SETS]
              + [os.path.join(EVALSETS, "trace", "sources.jsonl"),
                 os.path.join(EVALSETS, "trace-dev2", "sources.jsonl")])


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def norm_url(u):
    u = re.sub(r"^https?://", "", u.strip().lower())
    u = re.sub(r"^(www\.|m\.|en\.)", "", u)
    return u.split("?")[0].split("#")[0].rstrip("/")


# site furniture that recurs on every page of a site: not text of the transcript
BOILERPLATE = {
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    "This is historical material \u201cfrozen in time\u201d. The website is no longer updated and links to external websites and some internal pages may not work.",
    # dev4: site furniture shared with pages of the same sites in the other sets
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "This is a provisional translation by an external company for reference purpose only.",
    "Transcripts from the Prime Ministers of Australia",
    "\u2022 <iframe src=\"\" width=\"100%\" height=\"290\" frameborder=\"0\" scrolling=\"no\" title=\"NPR embedded audio player\">",
    "Try Rev and save time transcribing, captioning, and subtitling.",
}


def long_lines(text):
    return {ln.strip() for ln in text.split("\n") if len(ln.strip()) > 40} - BOILERPLATE


def skipped(spec):
    return list(spec.get("not_narration", [])) + [e[1] for e in spec.get("turns", []) if e[0] == "X"]


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
        if f["url"] != SPEC.get(f["file"], {}).get("url"):
            errors.append(f"{f['file']}: url differs from spec.py")
    on_disk = {n[:-4] for n in os.listdir(os.path.join(HERE, "src")) if n.endswith(".txt")}
    if on_disk != set(texts) or set(SPEC) != set(texts):
        errors.append(f"src/, spec.py and files.jsonl differ: {sorted((on_disk | set(SPEC)) ^ set(texts))}")
    # nothing shared with the other transcript sets (names, URLs, text)
    mine = Counter(norm_url(f["url"]) for f in files)
    errors += [f"url used twice in this set: {u}" for u, c in mine.items() if c > 1]
    for p in OTHER_URLS:
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and norm_url(json.loads(line).get("url", "")) in mine:
                    u = norm_url(json.loads(line)["url"])
                    errors.append(f"{[f['file'] for f in files if norm_url(f['url']) == u]}: url also in another set")
    for d in OTHER_TEXTS:
        if not os.path.isdir(d):
            continue
        for n in os.listdir(d):
            if n[:-4] in texts:
                errors.append(f"{n[:-4]}: file name also in another set")
            other = read(os.path.join(d, n))
            for name, t in texts.items():
                if any(x in other for x in long_lines(t)) or any(x in t for x in long_lines(other)):
                    errors.append(f"{name}: shares text with another set")
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
        spec = SPEC.get(r["file"], {})
        if r["kind"] == "narration":
            if r["label"] is not None or r["speaker"] is not None or r["affiliation"] is not None:
                errors.append(f"{where}: narration with a label, speaker or affiliation")
            r["_from"] = s
        elif r["kind"] in {"answer", "question", "statement"}:
            if not r["label"]:
                errors.append(f"{where}: turn without a label")
                continue
            head = text[:s].rstrip(" \t\n")
            nocolon = r["label"] in spec.get("nocolon", [])
            if head.endswith(r["label"] + ":"):
                lstart = len(head) - len(r["label"]) - 1
            elif nocolon and head.endswith(r["label"]) and text[len(head)] in " \t":
                lstart = len(head) - len(r["label"])
            else:
                errors.append(f"{where}: turn not preceded by its label {r['label']!r}")
                continue
            ls = text.rfind("\n", 0, lstart) + 1
            prefix = text[ls:lstart]
            if prefix and not (spec.get("indent") and prefix.strip(" \t") == ""):
                errors.append(f"{where}: label not at the start of a line")
            r["_from"] = ls
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
        skip = skipped(SPEC.get(name, {}))
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            if not line.strip() or any(line.strip().startswith(x) for x in skip):
                continue
            first = m.start() + len(line) - len(line.lstrip())
            if not any(a <= first < b for a, b in covered):
                errors.append(f"{name}: line at {m.start()} not covered: {line[:40]!r}")
        # an X line must lie outside every row
        for x in [e[1] for e in SPEC.get(name, {}).get("turns", []) if e[0] == "X"]:
            at = [m.start() for m in re.finditer(re.escape(x), text)
                  if m.start() == 0 or text[m.start() - 1] == "\n"]
            if not any(all(not a <= i < b for a, b in covered) for i in at):
                errors.append(f"{name}: X line {x!r} missing or inside a row")
        want = [(t[1], t[2], t[3], t[4]) for t in SPEC.get(name, {}).get("turns", []) if t[0] == "T"]
        got = [(r["label"], r["speaker"], r["kind"], r["affiliation"]) for r in rs if r["kind"] != "narration"]
        if want != got:
            errors.append(f"{name}: turns differ from spec.py")
    turns = Counter(r["file"] for r in rows if r["kind"] != "narration")
    if len([f for f, c in turns.items() if c >= 2]) < 10:
        errors.append("need >= 10 transcripts with >= 2 turns each")
    for e in errors:
        print(e)
    kinds = Counter(r["kind"] for r in rows)
    named = sum(1 for r in rows if r["kind"] != "narration" and r["speaker"])
    print(f"{len(texts)} transcripts, {sum(turns.values())} turns ({named} with a named speaker), "
          f"kinds {dict(kinds)}, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
