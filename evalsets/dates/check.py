"""Checker for the statement-date set (standard library only).

    python3 evalsets/dates/check.py        # checks dates.jsonl

For every item: the fields and their types; unique id = corpus:doc_id:attribution; the
attribution exists in its source article and the item's cue and content are exactly its gold
spans; `published` is the article's publication date; `said` is a day (YYYY-MM-DD), a month
(YYYY-MM), a year (YYYY), a range (YYYY-MM-DD/YYYY-MM-DD) or "unknown"; `rule` is one of
RULES and agrees with `said` ("publication" means said == published and no evidence;
"unknown" means said == unknown); every evidence and content-time span has exactly its text
at its offsets; content-time spans lie inside the content and evidence lies outside it
(unless the note says the gold content takes it in); no statement that is not scheduled is
said after publication. For the file: >= 300 items with a known date, both corpora present.
"""
import json
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "dates.jsonl")
SOURCES = {"polnear-dev": "/work/shared/data/polnear/dev.jsonl",
           "recent": os.path.join(os.path.dirname(HERE), "recent", "recent.jsonl")}
RULES = {"cue", "paragraph", "dateline", "publication", "unknown"}
FIELDS = {"id": str, "corpus": str, "doc_id": str, "attribution": str, "cue": list,
          "content": list, "published": str, "said": str, "rule": str, "evidence": list,
          "content_time": list, "scheduled": bool, "note": str}
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def bounds(said):
    """The first and last day of a label: 2016-09-12, 2016-09, 2016, or A/B."""
    if "/" in said:
        a, b = said.split("/")
        return date.fromisoformat(a), date.fromisoformat(b)
    if not DATE.match(said):
        raise ValueError(said)
    parts = [int(p) for p in said.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def check_item(it, docs, errors):
    where = it.get("id", "?")
    for name, kind in FIELDS.items():
        if not isinstance(it.get(name), kind):
            errors.append(f"{where}: field {name} missing or not {kind.__name__}")
            return
    if set(it) != set(FIELDS):
        errors.append(f"{where}: unexpected fields {sorted(set(it) - set(FIELDS))}")
    if where != f"{it['corpus']}:{it['doc_id']}:{it['attribution']}":
        errors.append(f"{where}: id is not corpus:doc_id:attribution")
    doc = docs.get(it["corpus"], {}).get(it["doc_id"])
    if doc is None:
        errors.append(f"{where}: no such article")
        return
    text = doc["text"]
    gold = next((a for a in doc["attributions"] if a["id"] == it["attribution"]), None)
    if gold is None:
        errors.append(f"{where}: no such attribution")
        return
    for field in ("cue", "content"):
        if [(s["start"], s["end"]) for s in it[field]] != [(s["start"], s["end"]) for s in gold[field]]:
            errors.append(f"{where}: {field} differs from the gold spans")
        if any(set(s) != {"start", "end"} for s in it[field]):
            errors.append(f"{where}: {field} spans carry offsets only")
    if it["published"] != doc["publication_date"]:
        errors.append(f"{where}: published is not the article's publication date")
    if it["rule"] not in RULES:
        errors.append(f"{where}: bad rule {it['rule']}")
    if (it["said"] == "unknown") != (it["rule"] == "unknown"):
        errors.append(f"{where}: said unknown if and only if rule unknown")
    if it["rule"] == "publication" and (it["said"] != it["published"] or it["evidence"]):
        errors.append(f"{where}: rule publication needs said == published and no evidence")
    if it["rule"] in {"cue", "paragraph", "dateline"} and not it["evidence"]:
        errors.append(f"{where}: rule {it['rule']} needs an evidence phrase")
    if it["said"] != "unknown":
        try:
            start, end = bounds(it["said"])
            if start > end:
                errors.append(f"{where}: said range ends before it starts")
            if start > date.fromisoformat(it["published"]) and not it["scheduled"]:
                errors.append(f"{where}: said after publication but not scheduled")
        except ValueError:
            errors.append(f"{where}: bad said {it['said']!r}")
    def inside(s):
        return any(c["start"] <= s["start"] and s["end"] <= c["end"] for c in it["content"])

    for s in it["evidence"] + it["content_time"]:
        if text[s["start"]:s["end"]] != s["text"]:
            errors.append(f"{where}: span text {s['text']!r} does not match its offsets")
    for s in it["evidence"]:
        if inside(s) and "gold content takes in" not in it["note"]:
            errors.append(f"{where}: evidence {s['text']!r} lies inside the content")
    for s in it["content_time"]:
        if not inside(s):
            errors.append(f"{where}: content time {s['text']!r} outside the content")
        try:
            bounds(s["date"])
        except (KeyError, ValueError):
            errors.append(f"{where}: bad content-time date {s.get('date')!r}")


def main():
    docs = {}
    for name, path in SOURCES.items():
        with open(path, encoding="utf-8") as fh:
            docs[name] = {d["doc_id"]: d for d in map(json.loads, fh)}
    with open(SET, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    errors, seen = [], set()
    for it in items:
        if it.get("id") in seen:
            errors.append(f"{it.get('id')}: duplicate id")
        seen.add(it.get("id"))
        check_item(it, docs, errors)
    known = [it for it in items if it.get("said") != "unknown"]
    if len(known) < 300:
        errors.append(f"only {len(known)} items with a known date (need >= 300)")
    if {it.get("corpus") for it in items} != set(SOURCES):
        errors.append("both corpora must be present")
    for e in errors:
        print(e)
    print(f"{len(items)} items ({len(known)} with a known date), {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
