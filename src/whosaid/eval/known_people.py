"""The known-people list: the full name a bare surname stands for in the news, learned from a
corpus (``make known-people``: PolNeAR **train**, never dev or test).

An article that writes only "Obama" or "Putin" leaves the speaker's given name to the
reader's knowledge. Over the corpus, each surname's full names (a known given name, then the
surname, as the entity tagger finds them) are counted by article; a surname is kept when one
full name holds at least ``SHARE`` of the articles that name it in full and is found in at
least ``MIN_ARTICLES`` of them, so "Obama" is Barack Obama (127 of 136 articles) while "Bush"
(Jeb in 81 of 153) and "Clinton" (Hillary in 565 of 653) stay bare. The list is written as
``src/whosaid/extract/known_people.tsv`` with a header that names the corpus and its sha256;
``whosaid.extract.speakers.known_people`` reads it.

    python -m whosaid.eval.known_people ../shared/data/polnear/train.jsonl \
        --out src/whosaid/extract/known_people.tsv
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

from whosaid.eval.polnear import read_polnear
from whosaid.extract.speakers import HONORIFICS, first_names
from whosaid.names import SUFFIXES
from whosaid.nlp import load_nlp

SHARE = 0.9  # of the articles naming the surname in full, the share the top full name needs
MIN_ARTICLES = 5  # articles the top full name must be found in


def full_names(doc, names: dict[str, str]) -> set[tuple[str, str]]:
    """(surname, full name) of each person an article names in full: a known given name
    first, a capitalised surname last, honorifics dropped ("Mr. Barack H. Obama")."""
    out = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t.text for t in ent if not t.is_punct or t.text == "."]
        words = [w for w in words if w not in ("'s", "’s")]
        while words and words[0].lower().rstrip(".") in HONORIFICS:
            words = words[1:]
        bare = [w for w in words if w.lower() not in SUFFIXES]
        if len(bare) < 2 or bare[0].lower() not in names or not bare[-1][:1].isupper() \
                or not bare[-1].isalpha() or bare[-1].isupper():
            continue
        out.add((bare[-1], " ".join(words)))
    return out


def build(corpus: Path) -> tuple[list[tuple[str, str, str, int, int]], int]:
    """Rows (surname, full name, gender, articles with it, articles naming the surname in
    full) for the surnames kept, and the number of articles read."""
    nlp = load_nlp()
    names = first_names()
    golds = list(read_polnear(corpus))
    by_surname: dict[str, Counter] = defaultdict(Counter)
    for doc in nlp.pipe((g.text for g in golds), batch_size=16):
        found = full_names(doc, names)
        for surname in {s for s, _ in found}:
            # one vote per article for the surname's fullest form there
            forms = [f for s, f in found if s == surname]
            by_surname[surname][_canonical(forms)] += 1
    rows = []
    for surname, counts in sorted(by_surname.items()):
        total = sum(counts.values())
        top, n = _top(counts)
        if n >= MIN_ARTICLES and n / total >= SHARE:
            gender = names.get(top.split()[0].lower(), "")
            rows.append((surname, top, gender, n, total))
    return rows, len(golds)


def _canonical(forms: list[str]) -> str:
    """One article's form of a person: the one with the fewest words ("Barack Obama" over
    "Barack Hussein Obama"), then the first in order."""
    return min(sorted(forms), key=lambda f: len(f.split()))


def _top(counts: Counter) -> tuple[str, int]:
    """The leading full name, counting "Barack Obama" and "Barack H. Obama" as one person."""
    people: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for form, n in counts.items():
        words = form.split()
        people[(words[0], words[-1])][form] += n
    key = max(people, key=lambda k: sum(people[k].values()))
    return people[key].most_common(1)[0][0], sum(people[key].values())


def write(rows, articles: int, corpus: Path, out: Path) -> None:
    digest = hashlib.sha256(corpus.read_bytes()).hexdigest()
    lines = [
        "# The full name a bare surname stands for (whosaid.eval.known_people).",
        f"# corpus: {corpus.name} ({articles} articles), sha256 {digest}",
        (f"# kept: one full name in >= {SHARE} of the articles naming the surname in full, "
         f"and in >= {MIN_ARTICLES} articles"),
        "# surname\tfull name\tgender\tarticles\tarticles naming the surname in full",
    ]
    lines += ["\t".join(map(str, r)) for r in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="PolNeAR train JSONL")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows, articles = build(args.corpus)
    write(rows, articles, args.corpus, args.out)
    print(f"{len(rows)} surnames from {articles} articles -> {args.out}")


if __name__ == "__main__":
    main()
