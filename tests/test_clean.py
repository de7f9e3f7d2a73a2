"""The cleaner: artifact repair, metadata and provenance.

The user's article is the design case; PolNeAR is the proof that clean text is left alone.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date, datetime
from itertools import pairwise

import pytest
from conftest import POLNEAR, USER_ARTICLE
from hypothesis import given, settings
from hypothesis import strategies as st

from whosaid.clean import clean, repair
from whosaid.clean.blocks import group_blocks, split_lines
from whosaid.clean.boilerplate import byline_author, is_navigation
from whosaid.clean.edits import Edit, apply_edits
from whosaid.clean.metadata import (
    date_from_url,
    detect_language,
    find_dateline,
    guess_title,
    outlet_from_url,
    parse_published,
    split_site_suffix,
)
from whosaid.clean.repair import keep_hyphen, wrap_width
from whosaid.models import Article, Link, Origin, RawText

ORIGINAL = (
    "https://www.themoscowtimes.com/2025/11/27/"
    "putin-says-hes-open-to-discussing-trumps-peace-plan-but-warns-ukraine-faces-defeat-a91257"
)
RELATED = (
    "https://www.themoscowtimes.com/2026/04/03/"
    "russian-state-media-stays-light-on-coverage-of-us-backed-ukraine-peace-deal"
)
PROSE = (
    "The committee met on Tuesday to discuss the budget for the coming year, and members "
    "argued at length about the cost of the new bridge over the river near the old town. "
    "Several of them said the estimate was far too low and asked for an independent review."
)


def raw(text: str, **meta) -> RawText:
    return RawText(text, Origin("test.txt"), meta=meta)


def wrapped(*paragraphs: str, width: int = 60) -> str:
    """Text as a printed page gives it: hard-wrapped paragraphs, blank lines between."""
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def assert_offsets_hold(article: Article) -> None:
    for seg in article.offset_map:
        got = article.text[seg.start : seg.start + seg.length]
        assert got == article.source_text[seg.source_start : seg.source_start + seg.length]


# --- the user's article, end to end -------------------------------------------------------


@pytest.fixture(scope="module")
def moscow() -> Article:
    text = USER_ARTICLE.read_text(encoding="utf-8")
    return clean(RawText(text, Origin(str(USER_ARTICLE))))


def test_user_article_metadata(moscow):
    assert moscow.title == (
        "Putin Says He's Open to Discussing Trump’s Peace Plan But Warns Ukraine Faces Defeat"
    )
    assert moscow.outlet == "The Moscow Times"
    assert moscow.published == date(2025, 11, 27)
    assert moscow.url == ORIGINAL
    assert moscow.language == "en"
    assert moscow.caption == "Vladimir Putin. kremlin.ru"
    assert moscow.id == Article.make_id(moscow.text)


def test_user_article_links_have_roles_and_no_repeats(moscow):
    assert moscow.links == [
        Link("https://t.me/news_kremlin/6741", "source"),
        Link(ORIGINAL, "original"),
        Link(RELATED, "related"),
    ]


def test_user_article_body_is_only_the_story(moscow):
    body = moscow.text
    headline = "Putin Says He's Open to Discussing Trump’s Peace Plan But Warns Ukraine Faces Defeat"
    # the wrapped headline stays, on one line, typed as the headline (a statement in it is kept)
    assert body.startswith(f"{headline}\n\nPresident Vladimir Putin said Thursday that he may")
    first = next(b for b in moscow.blocks if not b.removed)
    assert (first.kind, body[first.start:first.end]) == ("headline", headline)
    assert body.endswith("developed over the weekend in Geneva, Switzerland.")
    assert "Zelensky is no longer a legitimate leader, arguing that" in body
    for debris in ("t.me", "http", "kremlin.ru", "Original url", "Related article", "Vladimir Putin."):
        assert debris not in body
    assert "a 28-point peace plan" in body  # a real hyphen at a line end stays
    assert "for a ceasefire." in body  # hard wraps undone
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 16  # the headline and 15 paragraphs of story
    assert all("\n" not in p and p == p.strip() for p in paragraphs)


def test_user_article_offsets_point_back_to_the_source(moscow):
    assert_offsets_hold(moscow)
    sentence = "Zelensky is no longer a legitimate leader"
    start = moscow.text.index(sentence)
    for part in ("Zelensky is no", "longer a legitimate leader"):
        at = start + sentence.index(part)
        src = moscow.source_offset(at)
        assert moscow.source_text[src : src + len(part)] == part
    # the joining space replaced a page break and a URL: it has no source character
    assert moscow.source_offset(start + len("Zelensky is no")) is None


# --- clean text passes through unchanged ---------------------------------------------------


@pytest.mark.skipif(not (POLNEAR / "dev.jsonl").exists(), reason="PolNeAR is not beside the repo")
def test_polnear_dev_texts_pass_through_unchanged():
    with open(POLNEAR / "dev.jsonl", encoding="utf-8") as rows:
        texts = [json.loads(row)["text"] for row in rows]
    assert texts
    for text in texts:
        article = clean(raw(text))
        assert article.text == text
        assert [(s.start, s.source_start, s.length) for s in article.offset_map] == [
            (0, 0, len(text))
        ]


def test_article_that_ends_on_its_own_url_is_unchanged():
    text = f"{PROSE}\n\nOnline:\n\nhttp://ap-gfkpoll.com."
    assert repair(text).text == text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh ,.’“”", min_size=1).map(str.strip), min_size=1))
def test_one_line_paragraphs_pass_through(paragraphs):
    text = "\n\n".join(p for p in paragraphs if p)
    assert repair(text).text == text


# --- provenance ----------------------------------------------------------------------------

DEBRIS = st.sampled_from(
    ["\n", "\n\n", " ", "-", "word", "Word", "end.", "http://x.io/a-", "b-c1", "Related: ", "x"]
    + ["Original url:", "  ", "Advertisement", "Read more", "By Ann Lee", "Comments (2)", "© 2021"]
    + ["Home News World Sport Log in", "Photo: AP", PROSE]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(DEBRIS, max_size=60).map("".join)))
def test_every_segment_maps_to_identical_source_characters(text):
    article = clean(raw(text))
    assert_offsets_hold(article)
    ends = [(s.start, s.start + s.length, s.source_start) for s in article.offset_map]
    assert all(a[1] <= b[0] and a[2] < b[2] for a, b in pairwise(ends))


def test_apply_edits_without_edits_is_identity():
    text, segments = apply_edits("abc", [])
    assert text == "abc" and [(s.start, s.source_start, s.length) for s in segments] == [(0, 0, 3)]


def test_apply_edits_leaves_replacements_unmapped():
    text, segments = apply_edits("ab\ncd", [Edit(2, 3, " ")])
    assert text == "ab cd"
    assert [(s.start, s.source_start, s.length) for s in segments] == [(0, 0, 2), (3, 3, 2)]


def test_apply_edits_refuses_overlaps():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


# --- each repair rule ----------------------------------------------------------------------


def test_split_lines_keeps_source_offsets():
    lines = split_lines(" Title\n\nbody ")
    assert lines[1] is None
    assert [(x.start, x.end, x.text, x.indented) for x in (lines[0], lines[2])] == [
        (1, 6, "Title", True),
        (8, 12, "body", False),
    ]


def test_a_url_line_is_always_a_block_of_its_own():
    blocks = group_blocks(split_lines("one\nhttps://a.b/c\ntwo"))
    assert [[x.text for x in b] for b in blocks] == [["one"], ["https://a.b/c"], ["two"]]


def test_wrap_width_tells_wrapped_from_one_line_paragraphs():
    assert 50 < wrap_width(group_blocks(split_lines(wrapped(PROSE, PROSE)))) <= 60
    assert wrap_width(group_blocks(split_lines(f"{PROSE}\n{PROSE}\n{PROSE}\n{PROSE}"))) is None


def test_hard_wrapped_paragraphs_are_unwrapped():
    fixed = repair(wrapped(PROSE, PROSE))
    assert fixed.text == f"{PROSE}\n\n{PROSE}"


@pytest.mark.parametrize(
    ("left", "right", "vocabulary", "keep"),
    [
        ("a 28", "point plan", set(), True),
        ("Kremlin", "backed media", set(), True),
        ("con", "tinue", set(), False),
        ("self", "esteem", {"self-esteem"}, True),
        ("re", "cord", {"record"}, False),
        ("U.S.", "Backed", set(), True),
    ],
)
def test_keep_hyphen(left, right, vocabulary, keep):
    assert keep_hyphen(left, right, vocabulary) is keep


def test_words_hyphenated_at_line_ends_are_rejoined():
    text = (
        "The minister said the talks would con-\n"
        "tinue next week after a long day of meetings in the capital\n"
        "with officials from both sides, and that a twenty-\n"
        "point plan was still on the table for all of the parties.\n"
    )
    fixed = repair(text)
    assert "would continue next week" in fixed.text
    assert "a twenty-point plan" not in fixed.text  # no evidence: a soft break by default
    assert "twentypoint" in fixed.text


def test_header_becomes_title_and_caption():
    text = " Mayor Opens New\nBridge Over River\n Mayor Jane Doe. city.gov\n\n" + wrapped(PROSE)
    fixed = repair(text)
    assert (fixed.title, fixed.caption) == (
        "Mayor Opens New Bridge Over River",
        "Mayor Jane Doe. city.gov",
    )
    assert fixed.text == "Mayor Opens New Bridge Over River\n\n" + PROSE  # the caption goes


def test_url_dropped_inside_a_sentence_is_lifted_and_the_sentence_rejoined():
    text = "He said the plan\n\n\nhttps://t.me/chan/1\n\nwas dead on arrival."
    fixed = repair(text)
    assert fixed.text == "He said the plan was dead on arrival."
    assert fixed.links == [Link("https://t.me/chan/1", "source")]


def test_url_line_between_whole_paragraphs_of_clean_text_stays():
    text = "He said it.\n\nhttps://t.me/chan/1\n\nShe agreed."
    assert repair(text).text == text


def test_related_promo_becomes_a_related_link():
    text = (
        wrapped(PROSE, "Related article: Bridge Costs Soar in Old Town", PROSE)
        + "\nOriginal url:\nhttps://news.example.com/a\nhttps://news.example.com/2024/01/02/bridge-costs-soar-in-old-town\n"
    )
    fixed = repair(text)
    assert fixed.text == f"{PROSE}\n\n{PROSE}"
    assert fixed.links == [
        Link("https://news.example.com/a", "original"),
        Link("https://news.example.com/2024/01/02/bridge-costs-soar-in-old-town", "related"),
    ]


def test_footer_url_split_by_a_page_break_is_reassembled_and_repeats_dropped():
    footer = (
        "Original url:\nhttps://e.com/2024/05/06/mayor-opens-\n\n\n"
        "https://e.com/other\nhttps://e.com/other\n\nnew-bridge-a123\n"
    )
    fixed = repair(wrapped(PROSE) + "\n" + footer)
    assert fixed.text == PROSE
    assert fixed.links == [
        Link("https://e.com/2024/05/06/mayor-opens-new-bridge-a123", "original"),
        Link("https://e.com/other", "inline"),
    ]


def test_labelled_footer_is_lifted_from_unwrapped_text_too():
    fixed = repair(f"{PROSE}\n\nOriginal url: https://e.com/x\n")
    assert fixed.text == PROSE
    assert fixed.links == [Link("https://e.com/x", "original")]


# --- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.themoscowtimes.com/2025/11/27/x", "The Moscow Times"),
        ("https://edition.cnn.com/politics", "CNN"),
        ("https://news.bbc.co.uk/1/hi", "BBC"),
        ("https://www.example-news.co.uk/story", "Example News"),
        ("https://dailyplanet.com/a", "Dailyplanet"),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_date_from_url():
    assert date_from_url(ORIGINAL) == date(2025, 11, 27)
    assert date_from_url("https://e.com/news/2024-02-29-leap") == date(2024, 2, 29)
    assert date_from_url("https://e.com/2024/13/45/x") is None
    assert date_from_url("https://e.com/article-20241105") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, November 27, 2025 — Putin said", date(2025, 11, 27)),
        ("Published 27 Nov. 2025 at 10:00", date(2025, 11, 27)),
        ("Updated: 2025-11-28. Earlier, on Sept 3, 2025, ...", date(2025, 11, 28)),
        ("No date here at all.", None),
        ("Ответы на вопросы журналистов\n27 ноября 2025 года, Бишкек", date(2025, 11, 27)),
        ("Київ, 3 березня 2025 року", date(2025, 3, 3)),
    ],
)
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


def test_parse_published():
    assert parse_published("2025-11-27T10:00:00+03:00") == date(2025, 11, 27)
    assert parse_published(datetime(2025, 11, 27, 10)) == date(2025, 11, 27)
    assert parse_published(date(2025, 1, 2)) == date(2025, 1, 2)
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The president said that he was not ready to sign it with the others.", "en"),
        ("Путин заявил, что он не готов подписать это соглашение, но это так.", "ru"),
        ("Зеленський заявив, що він не готовий і не буде підписувати це, але також", "uk"),
        ("Der Präsident sagte, dass er nicht bereit ist und die Sache auf den Tisch", "de"),
        ("Le président a dit que la guerre est une affaire qui ne se règle pas", "fr"),
        ("Putin", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_guess_title_takes_a_headline_line_only():
    assert guess_title("Mayor Opens Bridge\n\nThe mayor opened it.") == "Mayor Opens Bridge"
    assert guess_title("One paragraph only.") is None
    assert guess_title(f"{PROSE} {PROSE}\n\nMore.") is None


def test_reader_metadata_comes_first():
    article = clean(
        raw(
            wrapped(PROSE, PROSE),
            title="From the page",
            sitename="Daily Planet",
            url="https://dailyplanet.com/2020/01/01/x",
            published="2021-03-04",
            language="de",
            author="Lois Lane",
        )
    )
    assert (article.title, article.outlet, article.published, article.language, article.author) == (
        "From the page",
        "Daily Planet",
        date(2021, 3, 4),
        "de",
        "Lois Lane",
    )
    assert article.url == "https://dailyplanet.com/2020/01/01/x"


def test_url_date_and_host_fill_gaps_in_reader_metadata():
    article = clean(raw(PROSE, url="https://dailyplanet.com/2020/01/01/x"))
    assert (article.outlet, article.published, article.language) == (
        "Dailyplanet",
        date(2020, 1, 1),
        "en",
    )


def test_even_one_line_paragraphs_are_not_taken_for_hard_wrapping():
    lines = [
        f"Paragraph {i} is a sentence of about the same length as the others here."
        for i in range(9)
    ]
    text = "\n".join(lines)
    assert wrap_width(group_blocks(split_lines(text))) is None
    assert repair(text).text == text


def test_short_line_ending_a_sentence_ends_a_paragraph_in_wrapped_text():
    text = textwrap.fill(PROSE, 60) + "\nThat was all.\n" + textwrap.fill(PROSE, 60)
    assert repair(text).text == f"{PROSE}\n\nThat was all.\n\n{PROSE}"


# --- page furniture around the story (a page printed to PDF) --------------------------------

PRINTED_PAGE = f"""The Daily Planet

Home Politics World Business Opinion Subscribe Log in

Mayor Opens New Bridge Over River

By Lois Lane · March 4, 2021

The mayor at the ribbon cutting

The mayor cuts the ribbon on Monday. Photo: City Hall

{PROSE}

Advertisement

Save 40% on your first year. Subscribe today.

{PROSE}

Read more

Council approves the budget

Opinion: Bridges are the future

{PROSE}

Comments (2)

reader_1

Great news for the town.

© 2021 The Daily Planet. All rights reserved.

About us · Contact · Privacy
"""


def test_printed_page_furniture_is_removed_and_kept_as_metadata():
    fixed = repair(PRINTED_PAGE)
    assert fixed.text == f"Mayor Opens New Bridge Over River\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}"
    assert fixed.title == "Mayor Opens New Bridge Over River"
    assert fixed.author == "Lois Lane"
    assert fixed.caption == "The mayor cuts the ribbon on Monday. Photo: City Hall"


def test_an_advert_inside_a_sentence_is_removed_and_the_sentence_rejoined():
    text = "The mayor said the bridge\n\nAdvertisement\n\nwould open in May."
    assert repair(text).text == "The mayor said the bridge would open in May."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Oksana Hrytsenko · November 30, 2025", "Oksana Hrytsenko"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("BY JANE DOE", "JANE DOE"),
        ("By contrast, the country that Republicans describe is dark", None),
        ("By Monday morning, the grim ritual had begun.", None),
        ("By Thursday afternoon, Clinton had accepted interviews", None),
    ],
)
def test_byline_author(line, author):
    assert byline_author(group_blocks(split_lines(line))[0]) == author


def test_navigation_bar_needs_a_menu_item():
    assert is_navigation(group_blocks(split_lines("Home Politics War Opinion Log in"))[0])
    assert not is_navigation(group_blocks(split_lines("Home Politics War Business Opinion"))[0])


def test_site_suffix_of_a_page_title():
    assert split_site_suffix("Mayor Opens New Bridge | The Daily Planet") == (
        "Mayor Opens New Bridge",
        "The Daily Planet",
    )
    assert split_site_suffix("Yes | No") == ("Yes | No", None)
    assert split_site_suffix(None) == (None, None)


def test_page_title_suffix_gives_the_outlet():
    article = clean(raw(PROSE, title="Mayor Opens New Bridge | The Daily Planet"))
    assert (article.title, article.outlet) == ("Mayor Opens New Bridge", "The Daily Planet")


# --- page structure: typed blocks, statements held to them (issue 14, parts 1 and 2) --------

LIVE_PAGE = """Peace talks in Geneva: what we know

By Jane Roe withAP

Published November 27, 2025

People queue in Kyiv on March 3, 2023. (Reuters/John Doe)

The Kremlin said on Thursday that it had received the plan and that it would study it.

Trending Stories

Markets fall as Putin rejects the plan

14:32 GMT

Zelensky says he will travel to Berlin on Friday.

Read more: Explainer: what is in the plan?

- Macron backs the proposal but warns of risks
- Merz says Europe must be at the table

Support Our Newsroom!

12,000 of 25,000 readers have given this year.

"We will not give up our land," Ukraine's foreign minister Andrii Sybiha said on Thursday.
"""


@pytest.fixture(scope="module")
def live() -> Article:
    return clean(raw(LIVE_PAGE))


def kinds(article: Article, removed: bool | None = None) -> list[tuple[str, str]]:
    """(kind, text) of each block; removed ones by their source text."""
    return [(b.kind, article.source_text[b.source_start:b.source_end] if b.removed
             else article.text[b.start:b.end])
            for b in article.blocks if removed is None or b.removed == removed]


def test_each_block_of_a_page_is_typed_with_its_offsets(live):
    assert kinds(live, removed=True) == [
        ("byline", "By Jane Roe withAP"),
        ("dateline", "Published November 27, 2025"),
        ("caption", "People queue in Kyiv on March 3, 2023. (Reuters/John Doe)"),
        ("related", "Trending Stories"),
        ("related", "Markets fall as Putin rejects the plan"),
        ("related", "Read more: Explainer: what is in the plan?"),
        ("promo", "Support Our Newsroom!"),
        ("promo", "12,000 of 25,000 readers have given this year."),
    ]
    assert kinds(live, removed=False) == [
        ("headline", "Peace talks in Geneva: what we know"),
        ("body", ("The Kremlin said on Thursday that it had received the plan and that it "
                  "would study it.")),
        ("live", "14:32 GMT"),
        ("body", "Zelensky says he will travel to Berlin on Friday."),
        ("bullet", "- Macron backs the proposal but warns of risks"),
        ("bullet", "- Merz says Europe must be at the table"),
        ("body", ('"We will not give up our land," Ukraine\'s foreign minister Andrii Sybiha '
                  "said on Thursday.")),
    ]
    for block in live.blocks:  # every block maps back to its source characters
        if not block.removed:
            src = live.source_offset(block.start)
            assert live.source_text[src:src + 5] == live.text[block.start:block.start + 5]


def test_metadata_comes_from_the_byline_and_dateline_never_from_a_caption(live):
    assert live.title == "Peace talks in Geneva: what we know"
    assert live.author == "Jane Roe"  # "withAP" is the agency, not the name
    assert live.published == date(2025, 11, 27)
    assert [(c.source, c.value, c.won) for c in live.date_candidates] == [
        ("dateline", date(2025, 11, 27), True)]


def test_a_caption_date_above_the_story_never_dates_it():
    page = "Talks resume\n\nKyiv on March 3, 2023. Photo: Reuters\n\n" + PROSE
    article = clean(raw(page))
    assert article.published is None
    assert article.date_candidates == []


def test_date_candidates_that_disagree_are_all_recorded():
    page = f"By Lois Lane\n\nPublished 2 May 2021\n\n{PROSE}"
    article = clean(raw(page, published="2021-05-03", url="https://x.example/2021/05/01/story"))
    assert [(c.source, c.value.isoformat(), c.won) for c in article.date_candidates] == [
        ("meta", "2021-05-03", True), ("url", "2021-05-01", False),
        ("dateline", "2021-05-02", False)]
    assert article.published == date(2021, 5, 3)


@pytest.mark.parametrize("furniture", [
    "By Jane Roe withAP", "12,000 of 25,000 readers", "Support Our Newsroom!",
    "Read more: Explainer: what is in the plan?"])
def test_furniture_never_becomes_the_title(furniture):
    article = clean(raw(f"{furniture}\n\n{PROSE}", title=furniture))
    assert article.title != furniture


def test_a_wire_dateline_paragraph_is_the_story_not_a_caption():
    first = ("MOSCOW (Reuters) - President Vladimir Putin said on Thursday that talks with "
             "Washington would go on.")
    fixed = repair(f"Menu Home World Log in Subscribe\n\nBy Lois Lane\n\n{first}\n\n{PROSE}")
    assert fixed.text.startswith(first)
    assert fixed.caption is None


@pytest.mark.parametrize(("title", "url", "headline", "expected"), [
    ("Mayor Opens New Bridge - The Daily Planet", "https://dailyplanet.example/a", None,
     ("Mayor Opens New Bridge", "The Daily Planet")),
    ("Putin backs plan - Interfax-Ukraine", None, "Putin backs plan",
     ("Putin backs plan", "Interfax-Ukraine")),
    ("Ukraine aims to end the war in 2025 - Sybiha", None, None,
     ("Ukraine aims to end the war in 2025 - Sybiha", None)),
    ("Ukraine aims to end the war in 2025 - Sybiha", None,
     "Ukraine aims to end the war in 2025 - Sybiha",
     ("Ukraine aims to end the war in 2025 - Sybiha", None)),
])
def test_a_dash_splits_a_site_name_off_a_title(title, url, headline, expected):
    assert split_site_suffix(title, url, headline) == expected


PRINTED_COPY = """The Daily Planet
Home World Politics Business Log in Subscribe
Mayor Opens New Bridge Over
The River In The Old Town
By Lois Lane
Published 3 May 2021
The mayor at the ribbon. Photo: City Hall
The mayor opened the new bridge over the river on Monday, and said the town had
waited twenty years for it. "It is a great day," she told the crowd, who cheered
her.
Read more: Explainer: what the bridge cost
Councillors said the cost had doubled since the plans were first drawn up, and
that the town would be paying for it for a long time.
12/4/26, 7:48 AM Mayor Opens New Bridge Over The River In The Old Town - The Daily Planet
https://dailyplanet.example/2021/05/03/mayor-opens-new-bridge 1/2
The council will meet on Tuesday to discuss the strong\ufffearmed tactics of the
contractor, which several members called a scandal.
12/4/26, 7:48 AM Mayor Opens New Bridge Over The River In The Old Town - The Daily Planet
https://dailyplanet.example/2021/05/03/mayor-opens-new-bridge 2/2
"""


def test_text_copied_from_a_printed_page_is_laid_out_again():
    article = clean(raw(PRINTED_COPY))
    assert article.text.split("\n\n") == [
        "Mayor Opens New Bridge Over The River In The Old Town",
        ('The mayor opened the new bridge over the river on Monday, and said the town had '
         'waited twenty years for it. "It is a great day," she told the crowd, who cheered her.'),
        ("Councillors said the cost had doubled since the plans were first drawn up, and that "
         "the town would be paying for it for a long time."),
        ("The council will meet on Tuesday to discuss the strong-armed tactics of the "
         "contractor, which several members called a scandal."),
    ]
    assert (article.title, article.outlet, article.author) == (
        "Mayor Opens New Bridge Over The River In The Old Town", "The Daily Planet", "Lois Lane")
    assert article.url == "https://dailyplanet.example/2021/05/03/mayor-opens-new-bridge"
    assert article.published == date(2021, 5, 3)
    assert article.caption == "The mayor at the ribbon. Photo: City Hall"
    assert_offsets_hold(article)


def test_a_sentence_that_opens_with_by_is_no_byline():
    article = clean(raw(f"By Monday, the talks had collapsed.\n\n{PROSE}"))
    assert [b.kind for b in article.blocks] == ["body", "body"]


def test_a_byline_that_carries_the_date_dates_the_article():
    article = clean(raw(f"Talks resume in Geneva\n\nBy Lois Lane | 27 November 2025\n\n{PROSE}"))
    assert article.author == "Lois Lane"
    assert [(c.source, c.value) for c in article.date_candidates] == [
        ("byline", date(2025, 11, 27))]
