"""Checker for the cross-lingual quote-tracing tuning set (standard library only).

    .venv/bin/python evalsets/trace-dev3/check.py        # exits 1 on any error; any cwd

Checks (as evalsets/trace/check.py, for a set that is all dev): every source and news file
listed exists and is listed once; every statement has the fields and types of the format;
ids are unique; text[start:end] == quote in the news file and text[passage_start:passage_end]
== passage in the source file; the source fields are all null or all set, and relation is
null exactly when source is; misquote only on a direct quote with a source, with a note; the
speaker of a traced statement is one of the source's speakers and it was said on the source's
date; dates are days and nothing is said after its news item was published; every item is in
the dev split; every news item is Russian or Ukrainian and every source English ("language"),
and every traced statement's note starts with "cross-lingual"; no news URL is shared with
evalsets/trace or evalsets/trace-dev2; each source is an exact copy (same id, text and URL) of
a source of evalsets/trace or evalsets/trace-dev2, and none is a source of the test part of
evalsets/trace; and the counts asked for (>= 30 statements with an original and >= 30 without).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OTHER = os.path.join(HERE, "..", "trace")
OTHER2 = os.path.join(HERE, "..", "trace-dev2")
NEWS_LANGUAGES = {"ru", "uk"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIELDS = {"id": str, "news": str, "quote": str, "start": int, "end": int, "speaker": str,
          "said": str, "direct": bool, "source": (str, type(None)),
          "passage": (str, type(None)), "passage_start": (int, type(None)),
          "passage_end": (int, type(None)), "relation": (str, type(None)), "misquote": bool,
          "split": str, "note": str}
RELATIONS = {"verbatim", "translation", "paraphrase"}
KINDS = {"transcript", "interview", "briefing", "readout", "speech"}
LINKED = ("source", "passage", "passage_start", "passage_end", "relation")
MINIMUM = 30


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read(folder, path):
    with open(os.path.join(folder, path), encoding="utf-8") as fh:
        return fh.read()


def listed(errors):
    """The sources and news items, each with its text."""
    sources, news = {}, {}
    for rec in load(HERE, "sources.jsonl"):
        if rec["id"] in sources:
            errors.append(f"source {rec['id']} listed twice")
        if rec["kind"] not in KINDS or not DAY.match(rec["date"]) or not rec["speakers"]:
            errors.append(f"source {rec['id']}: bad kind, date or speakers")
        if rec["file"] != f"sources/{rec['id']}.txt":
            errors.append(f"source {rec['id']}: file is not sources/<id>.txt")
        sources[rec["id"]] = dict(rec, text=read(HERE, rec["file"]))
    for rec in load(HERE, "news.jsonl"):
        if rec["id"] in news:
            errors.append(f"news {rec['id']} listed twice")
        if not DAY.match(rec["published"]) or not rec["url"] or not rec["outlet"]:
            errors.append(f"news {rec['id']}: bad published, url or outlet")
        if rec["file"] != f"news/{rec['id']}.txt":
            errors.append(f"news {rec['id']}: file is not news/<id>.txt")
        news[rec["id"]] = dict(rec, text=read(HERE, rec["file"]))
    for folder, recs in (("sources", sources), ("news", news)):
        on_disk = {f[:-4] for f in os.listdir(os.path.join(HERE, folder)) if f.endswith(".txt")}
        if on_disk != set(recs):
            errors.append(f"{folder}/ and {folder}.jsonl differ: {sorted(on_disk ^ set(recs))}")
    return sources, news


def disjoint(sources, news, errors):
    """No news item of this set is in evalsets/trace or trace-dev2; the sources are copies of
    theirs, and none belongs to an event of the test part of evalsets/trace."""
    urls = set()
    theirs = {}
    for folder in (OTHER, OTHER2):
        urls |= {r["url"] for r in load(folder, "news.jsonl")}
        for r in load(folder, "sources.jsonl"):
            theirs[r["id"]] = dict(r, text=read(folder, r["file"]))
    test_sources = {it["source"] for it in load(OTHER, "trace.jsonl")
                    if it.get("split") == "test" and it.get("source")}
    for rec in news.values():
        if rec["url"] in urls:
            errors.append(f"news {rec['id']}: its URL is in evalsets/trace or trace-dev2")
        if rec.get("language") not in NEWS_LANGUAGES:
            errors.append(f"news {rec['id']}: language must be one of {sorted(NEWS_LANGUAGES)}")
    for rec in sources.values():
        other = theirs.get(rec["id"])
        if other is None or other["text"] != rec["text"] or other["url"] != rec["url"]:
            errors.append(f"source {rec['id']}: not an exact copy of a source of trace/trace-dev2")
        if rec["id"] in test_sources:
            errors.append(f"source {rec['id']}: belongs to the test part of evalsets/trace")
        if rec.get("language") != "en":
            errors.append(f"source {rec['id']}: language must be en")


def check_item(it, sources, news, errors):
    where = it.get("id", "?")
    bad = [k for k, t in FIELDS.items() if not isinstance(it.get(k), t)]
    if bad or set(it) != set(FIELDS):
        errors.append(f"{where}: fields wrong ({bad or sorted(set(it) ^ set(FIELDS))})")
        return
    doc = news.get(it["news"])
    if doc is None:
        errors.append(f"{where}: no news item {it['news']}")
        return
    if doc["text"][it["start"]:it["end"]] != it["quote"] or not it["quote"].strip():
        errors.append(f"{where}: quote does not match the news text at its offsets")
    if it["split"] != "dev":
        errors.append(f"{where}: every item of this set is dev")
    if not DAY.match(it["said"]):
        errors.append(f"{where}: said is not a day")
    elif it["said"] > doc["published"]:
        errors.append(f"{where}: said after the news item was published")
    linked = [it[k] is not None for k in LINKED]
    if any(linked) and not all(linked):
        errors.append(f"{where}: source, passage, offsets and relation must be all set or all null")
        return
    if it["misquote"] and not (it["direct"] and it["source"] and it["note"]):
        errors.append(f"{where}: a misquote must be a direct quote with a source and a note")
    if it["source"] is None:
        return
    src = sources.get(it["source"])
    if src is None:
        errors.append(f"{where}: no source {it['source']}")
        return
    if not it["note"].startswith("cross-lingual"):
        errors.append(f"{where}: a traced statement's note must start with 'cross-lingual'")
    if src["text"][it["passage_start"]:it["passage_end"]] != it["passage"]:
        errors.append(f"{where}: passage does not match the source text at its offsets")
    if it["relation"] not in RELATIONS:
        errors.append(f"{where}: bad relation {it['relation']}")
    if it["speaker"] not in src["speakers"]:
        errors.append(f"{where}: speaker {it['speaker']} is not a speaker of {it['source']}")
    if it["said"] != src["date"]:
        errors.append(f"{where}: said {it['said']} is not the source's date {src['date']}")


def main():
    errors = []
    sources, news = listed(errors)
    disjoint(sources, news, errors)
    items = load(HERE, "trace.jsonl")
    ids = Counter(it.get("id") for it in items)
    errors += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    for it in items:
        check_item(it, sources, news, errors)
    with_orig = sum(it.get("source") is not None for it in items)
    without = len(items) - with_orig
    if with_orig < MINIMUM or without < MINIMUM:
        errors.append(f"need >= {MINIMUM} with and >= {MINIMUM} without an original "
                      f"({with_orig}, {without})")
    for e in errors:
        print(e)
    rel = Counter(it.get("relation") for it in items if it.get("source"))
    direct = sum(bool(it.get("direct")) for it in items if it.get("source"))
    print(f"{len(items)} statements: {with_orig} with an original ({direct} direct), {without} "
          f"without; relations {dict(rel)}; {sum(it.get('misquote', False) for it in items)} "
          f"misquotes; {len(sources)} sources, {len(news)} news items; {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
