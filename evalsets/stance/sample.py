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
    out = []
    for (pack, kind), docs in sorted(pools.items()):
        cap, n_articles = QUOTA[(pack, kind)]
        rng = random.Random(f"{SEED}/{pack}/{kind}")
        docs.sort(key=lambda cd: (cd[0], cd[1]["doc_id"]))
        rng.shuffle(docs)
        for corpus, doc in docs[:n_articles]:
            attrs = [a for a in doc["attributions"] if a["content"]]
            for a in sorted(rng.sample(attrs, min(cap, len(attrs))),
                            key=lambda a: a["content"][0]["start"]):
                out.append({
                    "id": f"{corpus}/{doc['doc_id']}/{a['id']}",
                    "corpus": corpus, "doc_id": doc["doc_id"], "attribution": a["id"],
                    "pack": pack, "split": split_of(doc["doc_id"]),
                    "content": [{"start": s["start"], "end": s["end"], "text": s["text"]}
                                for s in a["content"]],
                    "speaker": " … ".join(s["text"] for s in a["source"]),
                    "cue": " … ".join(s["text"] for s in a["cue"]),
                })
    with open(HERE / "candidates.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(item, ensure_ascii=False) + "\n" for item in out)
    print(f"{len(out)} candidates written to {HERE / 'candidates.jsonl'}")


if __name__ == "__main__":
    main()
