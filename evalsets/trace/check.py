"""Checker for the quote-tracing set (standard library only).

    .venv/bin/python evalsets/trace/check.py        # exits 1 on any error

Checks: every source and news file listed exists and is listed once; every statement has the
fields and types of the format; ids are unique; text[start:end] == quote in the news file and
text[passage_start:passage_end] == passage in the source file; the source fields are all null
or all set, and relation is null exactly when source is; misquote only on a direct quote with a
source; the speaker of a traced statement is one of the source's speakers and it was said on
the source's date; dates are days and nothing is said after its news item was published;
splits are by event (a news file and a source are each used by one split only); and the counts
the issue asks for (>= 40 statements with an original, >= 40 without, both splits with both).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIELDS = {"id": str, "news": str, "quote": str, "start": int, "end": int, "speaker": str,
          "said": str, "direct": bool, "source": (str, type(None)),
          "passage": (str, type(None)), "passage_start": (int, type(None)),
          "passage_end": (int, type(None)), "relation": (str, type(None)), "misquote": bool,
          "split": str, "note": str}
RELATIONS = {"verbatim", "translation", "paraphrase"}
KINDS = {"transcript", "interview", "briefing", "readout", "speech"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as fh:
        return fh.read()


def main():
    errors = []
    sources, news = {}, {}
    for rec in load("sources.jsonl"):
        if rec["id"] in sources:
            errors.append(f"source {rec['id']} listed twice")
        if rec["kind"] not in KINDS or not DAY.match(rec["date"]) or not rec["speakers"]:
            errors.append(f"source {rec['id']}: bad kind, date or speakers")
        if rec["file"] != f"sources/{rec['id']}.txt":
            errors.append(f"source {rec['id']}: file is not sources/<id>.txt")
        sources[rec["id"]] = dict(rec, text=read(rec["file"]))
    for rec in load("news.jsonl"):
        if rec["id"] in news:
            errors.append(f"news {rec['id']} listed twice")
        if not DAY.match(rec["published"]) or not rec["url"] or not rec["outlet"]:
            errors.append(f"news {rec['id']}: bad published, url or outlet")
        if rec["file"] != f"news/{rec['id']}.txt":
            errors.append(f"news {rec['id']}: file is not news/<id>.txt")
        news[rec["id"]] = dict(rec, text=read(rec["file"]))
    for folder, listed in (("sources", sources), ("news", news)):
        on_disk = {f[:-4] for f in os.listdir(os.path.join(HERE, folder)) if f.endswith(".txt")}
        if on_disk != set(listed):
            errors.append(f"{folder}/ and {folder}.jsonl differ: {sorted(on_disk ^ set(listed))}")

    items = load("trace.jsonl")
    seen = set()
    split_of_news, split_of_source = {}, {}
    for it in items:
        where = it.get("id", "?")
        bad = [k for k, t in FIELDS.items() if not isinstance(it.get(k), t)]
        if bad or set(it) != set(FIELDS):
            errors.append(f"{where}: fields wrong ({bad or sorted(set(it) ^ set(FIELDS))})")
            continue
        if where in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(where)
        doc = news.get(it["news"])
        if doc is None:
            errors.append(f"{where}: no news item {it['news']}")
            continue
        if doc["text"][it["start"]:it["end"]] != it["quote"] or not it["quote"].strip():
            errors.append(f"{where}: quote does not match the news text at its offsets")
        if it["split"] not in {"dev", "test"}:
            errors.append(f"{where}: bad split")
        if not DAY.match(it["said"]):
            errors.append(f"{where}: said is not a day")
        elif it["said"] > doc["published"]:
            errors.append(f"{where}: said after the news item was published")
        if split_of_news.setdefault(it["news"], it["split"]) != it["split"]:
            errors.append(f"{where}: news {it['news']} is in both splits")
        linked = [it[k] is not None for k in ("source", "passage", "passage_start", "passage_end", "relation")]
        if any(linked) and not all(linked):
            errors.append(f"{where}: source, passage, offsets and relation must be all set or all null")
            continue
        if it["misquote"] and not (it["direct"] and it["source"]):
            errors.append(f"{where}: a misquote must be a direct quote with a source")
        if it["misquote"] and not it["note"]:
            errors.append(f"{where}: a misquote needs a note saying what differs")
        if it["source"] is None:
            continue
        src = sources.get(it["source"])
        if src is None:
            errors.append(f"{where}: no source {it['source']}")
            continue
        if src["text"][it["passage_start"]:it["passage_end"]] != it["passage"]:
            errors.append(f"{where}: passage does not match the source text at its offsets")
        if it["relation"] not in RELATIONS:
            errors.append(f"{where}: bad relation {it['relation']}")
        if it["speaker"] not in src["speakers"]:
            errors.append(f"{where}: speaker {it['speaker']} is not a speaker of {it['source']}")
        if it["said"] != src["date"]:
            errors.append(f"{where}: said {it['said']} is not the source's date {src['date']}")
        if split_of_source.setdefault(it["source"], it["split"]) != it["split"]:
            errors.append(f"{where}: source {it['source']} is used by both splits")

    counts = Counter((it.get("split"), it.get("source") is not None) for it in items)
    with_orig = counts[("dev", True)] + counts[("test", True)]
    without = counts[("dev", False)] + counts[("test", False)]
    if with_orig < 40 or without < 40:
        errors.append(f"need >= 40 with and >= 40 without an original ({with_orig}, {without})")
    for part in ("dev", "test"):
        if not counts[(part, True)] or not counts[(part, False)]:
            errors.append(f"split {part} lacks statements with or without an original")
    for e in errors:
        print(e)
    rel = Counter(it.get("relation") for it in items if it.get("source"))
    print(f"{len(items)} statements: {with_orig} with an original ({counts[('dev', True)]} dev, "
          f"{counts[('test', True)]} test), {without} without ({counts[('dev', False)]} dev, "
          f"{counts[('test', False)]} test); relations {dict(rel)}; "
          f"{sum(it.get('misquote', False) for it in items)} misquotes; "
          f"{len(sources)} sources, {len(news)} news items; {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
