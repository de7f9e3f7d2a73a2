"""Print the attributions chosen for the date set, for reading and labelling (stdlib only).

    python3 evalsets/dates/src/show.py polnear-dev [doc_id-substring]
    python3 evalsets/dates/src/show.py recent tass

Selection (fixed before labelling, see ../README.md): per article, every attribution whose cue
paragraph holds a time word (TIME below), up to CAP_TIME, then the first CAP_PLAIN others in
text order. TIME is only a selection aid that highlights candidate phrases; it labels nothing.
The cue is shown [[like this]], the content {{like this}}, time words <<like this>>.
"""
import datetime
import json
import re
import sys

SOURCES = {"polnear-dev": "/work/shared/data/polnear/dev.jsonl",
           "recent": "/work/main/evalsets/recent/recent.jsonl"}
CAPS = {"polnear-dev": (2, 1), "recent": (5, 1)}  # (CAP_TIME, CAP_PLAIN) per article
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MON = ("January|February|March|April|May|June|July|August|September|October|November|"
        "December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
TIME = re.compile(rf"\b(?:{_WD}|{_MON}|today|tonight|yesterday|tomorrow|last\s+\w+|next\s+\w+|"
                  r"this\s+(?:week|month|year|morning|afternoon|evening)|earlier|ago|"
                  r"(?:19|20)\d\d|weekend)\b")


def load(corpus):
    return [json.loads(line) for line in open(SOURCES[corpus], encoding="utf-8")]


def paragraph(text, pos):
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def selected(doc, corpus):
    cap_time, cap_plain = CAPS[corpus]
    text, timed, plain = doc["text"], [], []
    for a in doc["attributions"]:
        if not a["cue"] or not a["content"]:
            continue
        p0, p1 = paragraph(text, a["cue"][0]["start"])
        (timed if TIME.search(text[p0:p1]) else plain).append(a)
    return timed[:cap_time] + plain[:cap_plain]


def marked(text, a, p0, p1):
    marks = [(s["start"], "[[") for s in a["cue"]] + [(s["end"], "]]") for s in a["cue"]]
    marks += [(s["start"], "{{") for s in a["content"]] + [(s["end"], "}}") for s in a["content"]]
    marks += [(m.start(), "<<") for m in TIME.finditer(text, p0, p1)]
    marks += [(m.end(), ">>") for m in TIME.finditer(text, p0, p1)]
    out, pos = [], p0
    for at, mark in sorted(m for m in marks if p0 <= m[0] <= p1):
        out += [text[pos:at], mark]
        pos = at
    return "".join(out + [text[pos:p1]])


def main():
    corpus = sys.argv[1]
    want = sys.argv[2] if len(sys.argv) > 2 else ""
    for doc in load(corpus):
        if want not in doc["doc_id"]:
            continue
        pub = datetime.date.fromisoformat(doc["publication_date"])
        text = doc["text"]
        print(f"\n######## {doc['doc_id']}  published {pub} {pub:%A}")
        print("HEAD:", text[:160].replace("\n", " / "))
        for a in selected(doc, corpus):
            p0, p1 = paragraph(text, a["cue"][0]["start"])
            prev0 = paragraph(text, max(p0 - 2, 0))[0]
            print(f"--- {a['id']}  (prev) {text[prev0:p0].strip()[:200]}")
            print("   ", marked(text, a, p0, p1))


if __name__ == "__main__":
    main()
