"""Do the three forms of each parity article give the same statements?

    .venv/bin/python evalsets/parity/score.py [--model fast|accurate] [--show]

Each article is read as HTML, as PDF and as the text copied from the PDF (``pages/``), and
its statements compared form against form: a statement of one form agrees with one of the
other when both have the same speaker and their contents share at least 90% of their words
(Jaccard of lower-cased word sets). Agreement of two forms = statements matched one to one,
over the statements of the form that has more (1.0: the same statements).
"""

from __future__ import annotations

import argparse
import re
from itertools import combinations
from pathlib import Path

from whosaid.ingest import sniff
from whosaid.models import Article, Document, Failure, Origin
from whosaid.pipeline import analyze_many

PAGES = Path(__file__).parent / "pages"
FORMS = ("html", "pdf", "txt")
MIN_JACCARD = 0.9


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def said(article: Article) -> list[tuple[str | None, frozenset[str], str]]:
    return [(s.speaker.name, words(s.text), s.text) for s in article.statements]


def agreement(a: list, b: list) -> tuple[int, int]:
    """Statements matched one to one (same speaker, Jaccard >= 0.9), and the larger count."""
    free = list(range(len(b)))
    matched = 0
    for speaker, content, _ in a:
        best = max(free, key=lambda j: jaccard(content, b[j][1]), default=None)
        if best is not None and b[best][0] == speaker and jaccard(content, b[best][1]) >= MIN_JACCARD:
            free.remove(best)
            matched += 1
    return matched, max(len(a), len(b))


def read_forms(names: list[str], model: str) -> dict[str, dict[str, Article]]:
    docs = []
    for name in names:
        for form in FORMS:
            path = PAGES / f"{name}.{form}"
            data = path.read_bytes()
            docs.append(Document(data, sniff(data[:4096]), Origin(str(path))))
    results = list(analyze_many(docs, model=model))
    failures = [str(r) for r in results if isinstance(r, Failure)]
    if failures:
        raise RuntimeError("could not read: " + "; ".join(failures))
    articles = [r for r in results if isinstance(r, Article)]
    return {name: dict(zip(FORMS, articles[i * len(FORMS):(i + 1) * len(FORMS)], strict=True))
            for i, name in enumerate(names)}


def names() -> list[str]:
    return sorted(p.stem for p in PAGES.glob("*.html"))


def score(model: str = "fast") -> dict[str, dict[str, tuple[int, int]]]:
    """Per article, per pair of forms ("html-pdf"…): (matched, larger count)."""
    forms = read_forms(names(), model)
    return {name: {f"{a}-{b}": agreement(said(arts[a]), said(arts[b]))
                   for a, b in combinations(FORMS, 2)} for name, arts in forms.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="fast", choices=("fast", "accurate"))
    parser.add_argument("--show", action="store_true", help="print the statements that differ")
    args = parser.parse_args()
    if args.show:
        for name, arts in read_forms(names(), args.model).items():
            print(f"== {name}")
            for form, art in arts.items():
                print(f"  [{form}] title={art.title!r} author={art.author!r} "
                      f"outlet={art.outlet!r} published={art.published} url={art.url}")
                for speaker, _, text in said(art):
                    print(f"    {speaker} | {text[:110]}")
        return
    totals = {pair: [0, 0] for pair in ("html-pdf", "html-txt", "pdf-txt")}
    for name, pairs in score(args.model).items():
        cells = []
        for pair, (matched, total) in pairs.items():
            totals[pair][0] += matched
            totals[pair][1] += total
            cells.append(f"{pair} {matched}/{total}")
        print(f"{name:28} " + "  ".join(cells))
    print("all".ljust(28), "  ".join(f"{p} {m}/{t} = {m / max(t, 1):.3f}"
                                      for p, (m, t) in totals.items()))


if __name__ == "__main__":
    main()
