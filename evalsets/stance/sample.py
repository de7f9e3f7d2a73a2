"""Draw the statements to label for the stance set (standard library only, seeded).

    python3 evalsets/stance/sample.py            # writes evalsets/stance/candidates.jsonl

The procedure (also in README.md):
1. Sources: PolNeAR train and dev (gold attributions; never test) and evalsets/recent. PolNeAR dev
   articles that appear in tests/data/issues-labels.jsonl are left out: the packs' author saw them.
2. Each article goes to at most one pack, by counting topic words in its title and text:
   middle-east (ME words) first, then ukraine-peace-2025 (UK words), then us-election-2016.
   PolNeAR: ME when >= 3 ME words, else Ukraine when >= 3 UK words, else US election when the
   us-election-2016 scope matches. recent: the pack with more topic words (ME or UK,
   at least 2, or us-election-2016 for the 2024 US election live blog; other recent excerpts are not used.
3. Articles of each pool are shuffled with random.Random(SEED + pack) and up to CAP statements
   are drawn per article (also seeded), until the pool's article quota is reached.
The split is by article: sha256(doc_id) first 8 hex digits as an integer, mod 10 < 6 -> dev.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
POLNEAR = Path("/work/shared/data/polnear")
SEED = 15
CORPORA = {
    "polnear-train": POLNEAR / "train.jsonl",
    "polnear-dev": POLNEAR / "dev.jsonl",
    "recent": ROOT / "evalsets" / "recent" / "recent.jsonl",
}
ME = re.compile(r"\b(Israel\w*|Gaza|Palestin\w*|Netanyahu|Hamas|Hezbollah|Syria\w*|Aleppo|Assad"
                r"|Iran\w*|Tehran)\b")
UK = re.compile(r"\b(Ukrain\w*|Kyiv|Kiev|Kremlin|Putin|Zelensk\w*|Donbas\w*|Crimea\w*)\b")
US = re.compile(r"\b(Clinton|Hillary|Pence|Kaine|Sanders|presidential race|presidential campaign"
                r"|2016 election|Republican nominee|Democratic nominee)\b", re.IGNORECASE)
US_RECENT = {"nbcnews_2024-11-06_election-results-live"}
# (cap of statements per article, number of articles) for each pack and corpus kind
QUOTA = {
    ("middle-east", "polnear"): (4, 46),
    ("middle-east", "recent"): (8, 99),
    ("ukraine-peace-2025", "polnear"): (3, 13),
    ("ukraine-peace-2025", "recent"): (6, 99),
    ("us-election-2016", "polnear"): (3, 90),
    ("us-election-2016", "recent"): (7, 99),
}
# Later rounds draw statements not drawn before, from the parts named, and append them to
# candidates.jsonl (earlier lines keep their numbers). Each: (round, parts, quota), quota per
# pack and kind = (cap per article already drawn, cap per new article, number of new articles).
# Round 2 (training labels, drawn after round 1 was labelled and scored): dev articles only.
# Round 3 (drawn after round 2 was labelled, before any model saw it): dev and test, so the
# test part grows by the same by-article rule; scored apart from round 1 as well.
# Round 4 (training labels, drawn after the first test measurement): dev articles only.
ROUNDS = [
    (2, ("dev",), {
        ("middle-east", "polnear"): (8, 0, 0),
        ("middle-east", "recent"): (99, 0, 0),
        ("ukraine-peace-2025", "polnear"): (6, 0, 0),
        ("ukraine-peace-2025", "recent"): (99, 0, 0),
        ("us-election-2016", "polnear"): (2, 3, 40),
        ("us-election-2016", "recent"): (0, 0, 0),
    }),
    (3, ("dev", "test"), {
        ("middle-east", "polnear"): (5, 0, 0),
        ("middle-east", "recent"): (99, 0, 0),
        ("ukraine-peace-2025", "polnear"): (0, 0, 0),
        ("ukraine-peace-2025", "recent"): (99, 0, 0),
        ("us-election-2016", "polnear"): (0, 3, 60),
        ("us-election-2016", "recent"): (0, 0, 0),
    }),
    (4, ("dev",), {
        ("middle-east", "polnear"): (8, 0, 0),
        ("middle-east", "recent"): (0, 0, 0),
        ("ukraine-peace-2025", "polnear"): (0, 0, 0),
        ("ukraine-peace-2025", "recent"): (0, 0, 0),
        ("us-election-2016", "polnear"): (1, 3, 60),
        ("us-election-2016", "recent"): (0, 0, 0),
    }),
]


def split_of(doc_id: str) -> str:
    return "dev" if int(hashlib.sha256(doc_id.encode()).hexdigest()[:8], 16) % 10 < 6 else "test"


def pack_of(corpus: str, doc: dict) -> str | None:
    text = f"{doc.get('title') or ''}\n{doc['text']}"
    me, uk = len(ME.findall(text)), len(UK.findall(text))
    if corpus == "recent":
        if doc["doc_id"] in US_RECENT:
            return "us-election-2016"
        if max(me, uk) < 2:
            return None
        return "middle-east" if me > uk else "ukraine-peace-2025"
    if me >= 3:
        return "middle-east"
    if uk >= 3:
        return "ukraine-peace-2025"
    return "us-election-2016" if US.search(text) else None


def seen_articles() -> set[str]:
    with open(ROOT / "tests" / "data" / "issues-labels.jsonl", encoding="utf-8") as f:
        return {json.loads(line)["id"].rsplit("/", 1)[0] for line in f if line.strip()}


def draw(rng: random.Random, corpus: str, doc: dict, pack: str, cap: int,
         skip: set[str], round_: int) -> list[dict]:
    """Up to ``cap`` of the article's attributions with content (not in ``skip``), in order."""
    attrs = [a for a in doc["attributions"]
             if a["content"] and f"{corpus}/{doc['doc_id']}/{a['id']}" not in skip]
    return [{
        "id": f"{corpus}/{doc['doc_id']}/{a['id']}",
        "corpus": corpus, "doc_id": doc["doc_id"], "attribution": a["id"],
        "pack": pack, "split": split_of(doc["doc_id"]), "round": round_,
        "content": [{"start": s["start"], "end": s["end"], "text": s["text"]}
                    for s in a["content"]],
        "speaker": " … ".join(s["text"] for s in a["source"]),
        "cue": " … ".join(s["text"] for s in a["cue"]),
    } for a in sorted(rng.sample(attrs, min(cap, len(attrs))),
                      key=lambda a: a["content"][0]["start"])]


def main() -> None:
    seen = seen_articles()
    pools: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for corpus, path in CORPORA.items():
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if f"{corpus}/{doc['doc_id']}" in seen:
                    continue
                pack = pack_of(corpus, doc)
                if pack:
                    kind = "recent" if corpus == "recent" else "polnear"
                    pools.setdefault((pack, kind), []).append((corpus, doc))
    out: list[dict] = []
    drawn_docs: set[str] = set()
    for (pack, kind), docs in sorted(pools.items()):
        cap, n_articles = QUOTA[(pack, kind)]
        rng = random.Random(f"{SEED}/{pack}/{kind}")
        docs.sort(key=lambda cd: (cd[0], cd[1]["doc_id"]))
        rng.shuffle(docs)
        for corpus, doc in docs[:n_articles]:
            drawn_docs.add(doc["doc_id"])
            out += draw(rng, corpus, doc, pack, cap, set(), 1)
    for n, parts, quota in ROUNDS:
        before = {item["id"] for item in out}
        for (pack, kind), docs in sorted(pools.items()):
            cap_old, cap_new, n_new = quota[(pack, kind)]
            rng = random.Random(f"{SEED}/round-{n}/{pack}/{kind}")
            eligible = sorted((cd for cd in docs if split_of(cd[1]["doc_id"]) in parts),
                              key=lambda cd: (cd[0], cd[1]["doc_id"]))
            rng.shuffle(eligible)
            old = [cd for cd in eligible if cd[1]["doc_id"] in drawn_docs]
            new = [cd for cd in eligible if cd[1]["doc_id"] not in drawn_docs][:n_new]
            drawn_docs.update(doc["doc_id"] for _, doc in new)
            for (corpus, doc), cap in [(cd, cap_old) for cd in old] + [(cd, cap_new)
                                                                         for cd in new]:
                out += draw(rng, corpus, doc, pack, cap, before, n)
    with open(HERE / "candidates.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in out)
    print(f"{len(out)} candidates written to {HERE / 'candidates.jsonl'}")


if __name__ == "__main__":
    main()
