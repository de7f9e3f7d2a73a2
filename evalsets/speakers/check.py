"""Checker for the hard-speaker test set (standard library only).

    python3 evalsets/speakers/check.py            # checks speakers.jsonl (and speakers_extra.jsonl if present)

Verifies, for every item: the fields and their types; file/route/type in the allowed sets;
unique ids (also across the two files); the attribution exists in the source article and the
item's content and mention spans are exactly the gold spans; every span's offsets index the
article text (text[start:end] == span text); the evidence quotes occur in the article.
For the main file: >= 300 items, >= 50 distinct articles, >= 40 items from the recent set,
at most 30 `named` controls.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {"polnear-dev": "/work/shared/data/polnear/dev.jsonl",
           "recent": os.path.join(HERE, "..", "recent", "recent.jsonl")}
ROUTES = {"pronoun", "role", "role_unnamed", "surname", "organization", "group", "anonymous",
          "carried_over", "document", "apposition", "named"}
TYPES = {"person", "organization", "group", "anonymous", "document", "role"}
FIELDS = {"id", "file", "doc_id", "attribution", "content", "mention", "speaker", "type",
          "route", "evidence"}
OPTIONAL = {"also_accept"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def evidence_missing(ev, text, title):
    hay = norm(text) + "\n" + norm(title or "")
    e = ev
    while True:
        drop = [g for g in re.findall(r"\([^()]*\)", e) if norm(g) not in hay]
        if not drop:
            break
        for g in drop:
            e = e.replace(g, " ")
    out = []
    for part in re.split(r"\.\.\.|; ", e):
        frag = part.strip().strip("\"'“”‘’,:;. ").strip()
        if len(frag) >= 3 and norm(frag) not in hay:
            out.append(frag)
    return out


def check_file(path, docs, errors, all_ids):
    items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    for n, it in enumerate(items, 1):
        where = f"{os.path.basename(path)}:{n}"
        keys = set(it)
        if not FIELDS <= keys or keys - FIELDS - OPTIONAL:
            errors.append(f"{where}: fields {sorted(keys)}")
            continue
        iid = it["id"]
        if iid in all_ids:
            errors.append(f"{where}: duplicate id {iid}")
        all_ids.add(iid)
        if iid != f"{it['file']}:{it['doc_id']}:{it['attribution']}":
            errors.append(f"{where}: id does not match file/doc_id/attribution")
        if it["file"] not in SOURCES:
            errors.append(f"{where}: bad file {it['file']}"); continue
        if it["route"] not in ROUTES:
            errors.append(f"{where}: bad route {it['route']}")
        if it["type"] not in TYPES:
            errors.append(f"{where}: bad type {it['type']}")
        if it["route"] == "role_unnamed" and it["type"] != "role":
            errors.append(f"{where}: role_unnamed needs type role")
        if not isinstance(it["speaker"], str) or not it["speaker"].strip():
            errors.append(f"{where}: empty speaker")
        if not it["evidence"] and it["file"] != "polnear-dev":
            errors.append(f"{where}: empty evidence")
        if "also_accept" in it and not (isinstance(it["also_accept"], list) and all(isinstance(x, str) for x in it["also_accept"])):
            errors.append(f"{where}: also_accept must be a list of strings")
        d = docs[it["file"]].get(it["doc_id"])
        if d is None:
            errors.append(f"{where}: unknown doc {it['doc_id']}"); continue
        gold = {a["id"]: a for a in d["attributions"]}.get(it["attribution"])
        if gold is None:
            errors.append(f"{where}: no attribution {it['attribution']}"); continue
        text = d["text"]
        for field, gfield in (("content", "content"), ("mention", "source")):
            spans = it[field]
            if not isinstance(spans, list):
                errors.append(f"{where}: {field} not a list"); continue
            # PolNeAR items carry offsets only: its texts are never copied into the repository
            for s in spans:
                if not (0 <= s["start"] <= s["end"] <= len(text)) or \
                        text[s["start"]:s["end"]] != s.get("text", text[s["start"]:s["end"]]):
                    errors.append(f"{where}: {field} span {s['start']}-{s['end']} does not match text")
            if [(s["start"], s["end"]) for s in spans] != \
               [(s["start"], s["end"]) for s in gold[gfield]]:
                errors.append(f"{where}: {field} differs from the gold {gfield}")
        if not it["content"]:
            errors.append(f"{where}: empty content")
        miss = it["evidence"] and evidence_missing(it["evidence"], text, d.get("title", ""))
        if miss:
            errors.append(f"{where}: evidence fragment(s) not in article: {miss}")
    return items


def summary(items, name):
    c = collections.Counter
    print(f"{name}: {len(items)} items, {len({(i['file'], i['doc_id']) for i in items})} articles")
    for k in ("route", "type", "file"):
        print(f"  {k}: " + ", ".join(f"{a}={b}" for a, b in c(i[k] for i in items).most_common()))


def main():
    docs = {}
    for name, path in SOURCES.items():
        docs[name] = {}
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            docs[name][d["doc_id"]] = d
    errors, ids = [], set()
    main_items = check_file(os.path.join(HERE, "speakers.jsonl"), docs, errors, ids)
    if len(main_items) < 300:
        errors.append(f"speakers.jsonl: only {len(main_items)} items (< 300)")
    n_docs = len({(i["file"], i["doc_id"]) for i in main_items})
    if n_docs < 50:
        errors.append(f"speakers.jsonl: only {n_docs} articles (< 50)")
    n_recent = sum(i["file"] == "recent" for i in main_items)
    if n_recent < 40:
        errors.append(f"speakers.jsonl: only {n_recent} items from the recent set (< 40)")
    n_named = sum(i["route"] == "named" for i in main_items)
    if n_named > 30:
        errors.append(f"speakers.jsonl: {n_named} named controls (> 30)")
    summary(main_items, "speakers.jsonl")
    extra_path = os.path.join(HERE, "speakers_extra.jsonl")
    if os.path.exists(extra_path):
        extra = check_file(extra_path, docs, errors, ids)
        summary(extra, "speakers_extra.jsonl")
    for e in errors[:50]:
        print("ERROR", e)
    print("FAIL" if errors else "OK", f"({len(errors)} errors)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
