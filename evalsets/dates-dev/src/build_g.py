"""Build part g of the development date set (recent-news excerpts) and check it (stdlib only).

    python3 evalsets/dates-dev/src/build_g.py            # write g-corpus.jsonl and dates-g.jsonl
    python3 evalsets/dates-dev/src/build_g.py show       # print the selected attributions

``docs_g.py`` holds the excerpts and their attributions as phrases; this script finds the
offsets (a cue is the phrase's first occurrence, or its n-th with ``phrase@n``; a source and a
content are the occurrences nearest to the cue) and writes ``../g-corpus.jsonl`` in the PolNeAR
record layout. The statements are selected by the scoring set's rule for recent excerpts (per
excerpt, up to 5 attributions whose cue paragraph holds a time word, then the first other one;
``evalsets/dates/src/show.py``), and ``labels_g.txt`` becomes ``../dates-g.jsonl`` exactly as
the other parts are built, with the scoring set's per-item checks.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATES = os.path.join(HERE, "..", "..", "dates")
CORPUS = "recent-dev"
CORPUS_FILE = os.path.join(os.path.dirname(HERE), "g-corpus.jsonl")
OUT = os.path.join(os.path.dirname(HERE), "dates-g.jsonl")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load("dates_check", os.path.join(DATES, "check.py"))
base = _load("dates_build", os.path.join(DATES, "src", "build.py"))
show = _load("dates_show", os.path.join(DATES, "src", "show.py"))
docs_g = _load("docs_g", os.path.join(HERE, "docs_g.py"))


def _nth(text, phrase, n):
    at = -1
    for _ in range(n):
        at = text.find(phrase, at + 1)
        if at < 0:
            return -1
    return at


def _span(text, spec, near, where):
    phrase, _, n = spec.partition("@")
    if near is None:
        at = _nth(text, phrase, int(n or 1))
    else:
        found = base.occurrences(text, phrase)
        at = min(found, key=lambda s: abs(s - near)) if found else -1
    if at < 0:
        sys.exit(f"{where}: {spec!r} not in the text")
    return {"start": at, "end": at + len(phrase), "text": phrase}


def records():
    out = []
    for doc in docs_g.DOCS:
        text = doc["text"]
        attributions = []
        for i, (source, cue, content) in enumerate(doc["attributions"], 1):
            where = f"{doc['doc_id']}:a{i}"
            c = _span(text, cue, None, where)
            attributions.append({
                "id": f"a{i}",
                "source": [_span(text, source, c["start"], where)] if source else [],
                "cue": [c], "content": [_span(text, content, c["start"], where)]})
        out.append({"doc_id": doc["doc_id"], "split": "recent-dev", "publisher": doc["publisher"],
                    "publication_date": doc["publication_date"], "title": "", "author": "",
                    "url": doc["url"], "form": doc["form"], "text": text,
                    "attributions": attributions, "annotator": "dates-dev-g", "alt_annotations": []})
    return out


def main():
    recs = records()
    with open(CORPUS_FILE, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    show.SOURCES[CORPUS] = CORPUS_FILE
    show.CAPS[CORPUS] = (5, 1)
    if sys.argv[1:2] == ["show"]:
        sys.argv = [sys.argv[0], CORPUS, sys.argv[2] if len(sys.argv) > 2 else ""]
        show.main()
        return
    docs = {r["doc_id"]: r for r in recs}
    chosen = {(r["doc_id"], a["id"]) for r in recs for a in show.selected(r, CORPUS)}
    items, errors = [], []
    path = os.path.join(HERE, "labels_g.txt")
    for n, doc_id, (aid, said, rule, evidence, ctimes, note) in base.parse(path):
        where = f"labels_g.txt:{n}"
        doc = docs[doc_id]
        if (doc_id, aid) not in chosen:
            errors.append(f"{where}: {doc_id} {aid} is not a selected attribution")
        attr = next(a for a in doc["attributions"] if a["id"] == aid)
        cue = [{"start": s["start"], "end": s["end"]} for s in attr["cue"]]
        content = [{"start": s["start"], "end": s["end"]} for s in attr["content"]]
        items.append({
            "id": f"{CORPUS}:{doc_id}:{aid}", "corpus": CORPUS, "doc_id": doc_id,
            "attribution": aid, "cue": cue, "content": content,
            "published": doc["publication_date"], "said": said, "rule": rule,
            "evidence": base.evidence_span(doc["text"], evidence, rule, cue[0]["start"], where),
            "content_time": base.content_times(doc["text"], ctimes, content, where),
            "scheduled": note.startswith("scheduled"), "note": note,
        })
    labelled = {(it["doc_id"], it["attribution"]) for it in items}
    errors += [f"{d} {a}: selected but not labelled" for d, a in sorted(chosen - labelled)]
    for it in items:
        check.check_item(it, {CORPUS: docs}, errors)
    print("\n".join(errors))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    known = sum(it["said"] != "unknown" for it in items)
    print(f"wrote {len(items)} items ({known} with a known date) to {OUT}, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
