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

The same pass learns what those people are called ("former Florida Gov. Jeb Bush", "Sen.
Bernie Sanders, I-Vt."): the titles the resolver reads before and beside a full name, counted
by article. A title is kept for a person named in full in at least ``MIN_ARTICLES`` articles
when at least ``MIN_TITLE_ARTICLES`` of them and ``TITLE_SHARE`` of them give it, with the
words (and the state and party of "(R-Fla.)") that come with it in at least ``WORD_SHARE`` of
those. A title is a noun for a person; relations ("her husband", "his rival") and roles that
many hold ("spokesman", "judge": ``FUNCTIONARIES``) are left out. They are
written beside the list, as ``known_titles.tsv``, so that "the former Florida governor" can be
Jeb Bush in an article that never calls him that.

    python -m whosaid.eval.known_people ../shared/data/polnear/train.jsonl \
        --out src/whosaid/extract/known_people.tsv --titles src/whosaid/extract/known_titles.tsv
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

from whosaid.eval.polnear import read_polnear
from whosaid.extract.speakers import (
    AGENT_SUFFIXES,
    FUNCTIONARIES,
    HONORIFICS,
    PERSON_NOUNS,
    first_names,
    index_entities,
)
from whosaid.names import SUFFIXES
from whosaid.nlp import load_nlp

SHARE = 0.9  # of the articles naming the surname in full, the share the top full name needs
MIN_ARTICLES = 5  # articles the top full name must be found in
MIN_TITLE_ARTICLES = 3  # articles that must give a person a title
TITLE_SHARE = 0.05  # of the articles naming the person in full, the share giving the title
WORD_SHARE = 0.2  # of those articles, the share a title word must be found in
# words that relate a person to another ("her husband", "his rival"), not what they are
RELATIONS = frozenset({"husband", "wife", "son", "daughter", "father", "mother", "brother",
                       "sister", "friend", "ally", "rival", "opponent", "supporter", "critic",
                       "death", "mate", "independent", "successor", "predecessor"})


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


Title = tuple[str, str, str, int]  # full name, head, words (space-separated), articles


def build(corpus: Path, titles: list[Title] | None = None
          ) -> tuple[list[tuple[str, str, str, int, int]], int]:
    """Rows (surname, full name, gender, articles with it, articles naming the surname in
    full) for the surnames kept, and the number of articles read; with ``titles``, the known
    titles are appended to it (``Title`` rows)."""
    nlp = load_nlp()
    names = first_names()
    golds = list(read_polnear(corpus))
    by_surname: dict[str, Counter] = defaultdict(Counter)
    titled = _Titles()
    for doc in nlp.pipe((g.text for g in golds), batch_size=16):
        if titles is not None:
            titled.add(doc)
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
    if titles is not None:
        titles.extend(titled.rows())
    return rows, len(golds)


class _Titles:
    """Per person named in full (given name and surname, lower case): the articles naming
    them, and per title head the articles giving it and the words that came with it."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.articles: Counter = Counter()
        self.heads: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.words: dict[tuple[tuple[str, str], str], Counter] = defaultdict(Counter)
        self.given = first_names()

    def add(self, doc) -> None:
        for p in index_entities(doc).people:
            if p.first is None or p.first not in self.given:
                continue
            key = (p.first, p.surname)
            self.articles[key] += 1
            self.names[key][p.name] += 1
            heads = {h for _, h in p.titles if h and _title(h)}
            for h in heads:
                self.heads[key][h] += 1
                self.words[key, h].update(set().union(p.tags, *(w for w, hh in p.titles
                                                                if hh == h)))

    def rows(self) -> list[Title]:
        out = []
        for key, n in sorted(self.articles.items()):
            if n < MIN_ARTICLES:
                continue
            name = self.names[key].most_common(1)[0][0]
            for head, k in sorted(self.heads[key].items()):
                if k < max(MIN_TITLE_ARTICLES, TITLE_SHARE * n):
                    continue
                words = sorted(w for w, c in self.words[key, head].items()
                               if c >= max(MIN_TITLE_ARTICLES, WORD_SHARE * k)
                               and w != head and w.replace(".", "").isalpha())
                out.append((name, head, " ".join(words), k))
        return out


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
    _write(out, corpus, articles, rows, [
        "# The full name a bare surname stands for (whosaid.eval.known_people).",
        (f"# kept: one full name in >= {SHARE} of the articles naming the surname in full, "
         f"and in >= {MIN_ARTICLES} articles"),
        "# surname\tfull name\tgender\tarticles\tarticles naming the surname in full"])


def _write(out: Path, corpus: Path, articles: int, rows, header: list[str]) -> None:
    """A list as TSV under its header, with the corpus and its sha256 as second line."""
    digest = hashlib.sha256(corpus.read_bytes()).hexdigest()
    lines = [header[0], f"# corpus: {corpus.name} ({articles} articles), sha256 {digest}",
             *header[1:], *("\t".join(map(str, r)) for r in rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _title(head: str) -> bool:
    """A noun for what a person is, held by few: "senator", "neurosurgeon", not "husband"."""
    if head in RELATIONS or head in FUNCTIONARIES or not head.isalpha():
        return False
    return head in PERSON_NOUNS or len(head) > 4 and head.endswith(AGENT_SUFFIXES)


def write_titles(rows: list[Title], articles: int, corpus: Path, out: Path) -> None:
    _write(out, corpus, articles, rows, [
        "# What people named in the news are called (whosaid.eval.known_people).",
        (f"# kept: people named in full in >= {MIN_ARTICLES} articles; a title given in >= "
         f"{MIN_TITLE_ARTICLES} and >= {TITLE_SHARE} of them, its words in >= {WORD_SHARE} "
         "of those"),
        "# full name\ttitle\ttitle words\tarticles giving it"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="PolNeAR train JSONL")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--titles", type=Path, help="also write the known titles here")
    args = ap.parse_args(argv)
    titles: list[Title] | None = [] if args.titles else None
    rows, articles = build(args.corpus, titles)
    write(rows, articles, args.corpus, args.out)
    print(f"{len(rows)} surnames from {articles} articles -> {args.out}")
    if args.titles and titles is not None:
        write_titles(titles, articles, args.corpus, args.titles)
        print(f"{len(titles)} titles -> {args.titles}")


if __name__ == "__main__":
    main()
