"""Page structure end to end, and parity: the same article read as an HTML page, as the PDF a
browser prints from it, and as the text copied out of that PDF gives the same statements
(issue 14, part 3). The set is ``evalsets/parity`` (its README says how it was built)."""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import pytest

from whosaid.models import Article, Document, Origin
from whosaid.pipeline import analyze

PARITY = Path(__file__).parent.parent / "evalsets" / "parity"
sys.path.insert(0, str(PARITY))
import score as parity  # the set's own scorer: evalsets/parity/score.py

PAGE = """Zelensky says Ukraine will not give up its land

The Kremlin said on Thursday that it had received the plan and would study it closely in \
the coming days.

Read more: Explainer: what is in the plan?

Key points

- Macron backs the proposal but warns of risks
- Merz says Europe must be at the table

Britain's prime minister said the talks should go on.
"""


@pytest.fixture(scope="module")
def page() -> Article:
    return analyze(Document(PAGE, "text/plain", Origin("page.txt")), model="fast")


def test_no_statement_crosses_a_block_boundary(page):
    for st in page.statements:
        spans = [(b.start, b.end) for b in page.blocks if not b.removed
                 if b.start <= st.content[0].start < b.end]
        assert spans, st.text
        start, end = spans[0]
        if st.block != "body":
            assert all(start <= sp.start and sp.end <= end for sp in st.content), st.text


def test_a_headline_is_marked_and_not_glued_to_the_story(page):
    headline = [(s.block, s.speaker.name, s.text) for s in page.statements
                if s.block == "headline"]
    assert headline == [("headline", "Zelensky", "Ukraine will not give up its land")]
    kremlin = next(s for s in page.statements if s.speaker.name == "Kremlin")
    assert "land" not in kremlin.text and kremlin.block == "body"


def test_a_related_link_is_never_a_statement_or_a_speaker(page):
    assert "Explainer" not in page.text
    assert not any("Explainer" in (s.speaker.name or "") or "plan?" in s.text
                   for s in page.statements)


def test_a_bullet_has_its_own_subject(page):
    bullets = {(s.speaker.name, s.text) for s in page.statements if s.block == "bullet"}
    assert ("Merz", "Europe must be at the table") in bullets
    assert {name for name, _ in bullets} == {"Macron", "Merz"}


HEADER_PAGE = """The Daily Planet

Home World Politics Log in Subscribe

Zelensky says Ukraine will not give up its land

By Jane Roe

Published November 27, 2025

The Kremlin said on Thursday that it had received the plan and would study it closely in \
the coming days.
"""


def test_a_headline_in_the_page_header_is_kept_and_marked():
    article = analyze(Document(HEADER_PAGE, "text/plain", Origin("header.txt")), model="fast")
    assert article.title == "Zelensky says Ukraine will not give up its land"
    assert article.author == "Jane Roe"
    assert article.text.startswith("Zelensky says Ukraine will not give up its land\n\nThe Kremlin")
    assert [(s.block, s.speaker.name, s.text) for s in article.statements] == [
        ("headline", "Zelensky", "Ukraine will not give up its land"),
        ("body", "Kremlin",
         "that it had received the plan and would study it closely in the coming days"),
    ]
    assert {b.kind for b in article.blocks if b.removed} >= {"byline", "dateline", "navigation"}


def test_the_set_has_ten_articles_in_three_forms():
    names = parity.names()
    assert len(names) >= 10
    for name in names:
        for form in parity.FORMS:
            assert (parity.PAGES / f"{name}.{form}").stat().st_size > 0, (name, form)


@pytest.fixture(scope="module")
def forms() -> dict[str, dict[str, Article]]:
    return parity.read_forms(parity.names(), "fast")


def test_every_form_keeps_the_headline_and_its_statement(forms):
    """An HTML page's ``<h1>`` (which trafilatura leaves out), a printed PDF's header and the
    text copied from it all keep the headline, and its statement is marked as a headline's."""
    for form, article in forms["indiatoday-putin"].items():
        headline = [(s.speaker.name, s.text) for s in article.statements if s.block == "headline"]
        said = "Trump's Ukraine peace plan could be basis for final settlement"
        assert headline == [("Vladimir Putin", said)], form


def test_the_three_forms_give_the_same_statements(forms):
    """Same speaker and content Jaccard >= 0.9, matched one to one (1.000 for every pair
    when this was written; accurate: html-pdf 0.988, html-txt 0.977, pdf-txt 0.988)."""
    totals = {}
    for name, arts in forms.items():
        for a, b in combinations(parity.FORMS, 2):
            matched, total = parity.agreement(parity.said(arts[a]), parity.said(arts[b]))
            assert matched >= total - 1, (name, a, b, matched, total)
            done = totals.setdefault(f"{a}-{b}", [0, 0])
            done[0], done[1] = done[0] + matched, done[1] + total
    for pair, (matched, total) in totals.items():
        assert matched / total >= 0.97, (pair, matched, total)


def test_the_three_forms_agree_on_the_metadata(forms):
    for name, arts in forms.items():
        seen = {(a.title, a.outlet, a.published, a.author if form != "html" else None)
                for form, a in arts.items()}
        titles = {a.title for a in arts.values()}
        assert len(titles) == 1, (name, titles)
        assert len({a.outlet for a in arts.values()}) == 1, (name, seen)
        assert len({a.published for a in arts.values()}) == 1, (name, seen)
        assert arts["pdf"].url and arts["pdf"].url == arts["txt"].url, name


def test_a_caption_or_related_link_never_dates_the_article(forms):
    for name, arts in forms.items():
        for form, article in arts.items():
            assert all(c.source in ("meta", "url", "dateline", "byline")
                       for c in article.date_candidates), (name, form)
