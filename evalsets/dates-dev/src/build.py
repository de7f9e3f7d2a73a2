"""Build the development date set from its labels and check it (stdlib only).

    python3 evalsets/dates-dev/src/build.py

Parts a to d (``labels_a.txt`` …) become ``dates.jsonl``, the development part whose errors
are studied; part e (``labels_e.txt``) becomes ``heldout.jsonl`` (see ../README.md).

The phrases are found and the items written exactly as ``evalsets/dates/src/build.py`` does
for the scoring set; every item then passes that set's per-item checks
(``evalsets/dates/check.py``).
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATES = os.path.join(HERE, "..", "..", "dates")
OUT = {"dev": os.path.join(os.path.dirname(HERE), "dates.jsonl"),
       "heldout": os.path.join(os.path.dirname(HERE), "heldout.jsonl"),
       "f": os.path.join(os.path.dirname(HERE), "dates-f.jsonl"),
       "h": os.path.join(os.path.dirname(HERE), "dates-h.jsonl"),
       "i": os.path.join(os.path.dirname(HERE), "dates-i.jsonl")}


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load("dates_check", os.path.join(DATES, "check.py"))
base = _load("dates_build", os.path.join(DATES, "src", "build.py"))
dev_show = _load("dev_show", os.path.join(HERE, "show.py"))

CORPUS = "polnear-train"


def build(name, parts):
    items = []
    for part in parts:
        items += read_part(part)
    errors, seen = [], set()
    docs = {d["doc_id"]: d for part in parts for d in dev_show.sample(part)}
    for it in items:
        if it["id"] in seen:
            errors.append(f"{it['id']}: duplicate id")
        seen.add(it["id"])
        check.check_item(it, {CORPUS: docs}, errors)
    print("\n".join(errors))
    with open(OUT[name], "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    known = sum(it["said"] != "unknown" for it in items)
    print(f"wrote {len(items)} items ({known} with a known date) to {OUT[name]}, {len(errors)} errors")
    return errors


def read_part(part):
    docs = {d["doc_id"]: d for d in dev_show.sample(part)}
    items = []
    labels = f"labels_{part}.txt"
    for n, doc_id, (aid, said, rule, evidence, ctimes, note) in base.parse(os.path.join(HERE, labels)):
        where = f"{labels}:{n}"
        doc = docs[doc_id]
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
    return items


def main():
    errors = build("dev", "abcd") + build("heldout", "e") + build("f", "f") + build("h", "h") + build("i", "i")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
