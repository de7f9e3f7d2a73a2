"""Who said what: statements and speakers, on the user's article and on tricky cases."""

from __future__ import annotations

import pytest
from conftest import USER_ARTICLE
from hypothesis import example, given, settings
from hypothesis import strategies as st

from whosaid.eval.train import KEEP_ALL
from whosaid.extract import extract_statements
from whosaid.extract.quotes import find_quotes


@pytest.fixture(scope="module")
def article(nlp):
    """The user's article as whosaid reads it: the real readers, cleaner and parse."""
    from whosaid.ingest import iter_documents
    from whosaid.pipeline import analyze

    read = analyze(next(iter_documents([str(USER_ARTICLE)])))
    return read.text, read.statements


def _find(statements, content_part: str):
    hits = [s for s in statements if content_part in s.text]
    assert hits, f"no statement contains {content_part!r}"
    return hits[0]


@pytest.mark.parametrize(
    ("content", "kind", "name", "stype", "mention"),
    [
        ("he may be open to some elements", "indirect", "Vladimir Putin", "person",
         "President Vladimir Putin"),
        ("Russian forces would continue their advance", "indirect", "Vladimir Putin", "person",
         "President Vladimir Putin"),
        ("Ukrainian forces will have to leave", "direct", "Vladimir Putin", "person", "Putin"),
        ("advancing on “all fronts”", "mixed", "Vladimir Putin", "person", "He"),
        ("legally impossible”", "mixed", "Vladimir Putin", "person", "Putin"),
        ("We want to sign an agreement", "direct", "Vladimir Putin", "person", "he"),
        ("Ukraine agreed to the revised version", "indirect", "U.S. officials", "group",
         "U.S. officials"),
        ("“significantly better”", "mixed", "sources", "anonymous", "sources"),
        ("the initial draft included", "mixed", "Kremlin", "organization", "The Kremlin"),
        ("Russian officials played an active role", "indirect", "Vladimir Putin", "person", "he"),
        ("There was no draft agreement", "direct", "Vladimir Putin", "person", "he"),
        ("Kremlin officials only received", "indirect", "Vladimir Putin", "person", "he"),
        ("in general we agree", "mixed", "Vladimir Putin", "person", "he"),
        ("It’s one thing to say", "direct", "Vladimir Putin", "person", "he"),
        ("not quite right in the head", "mixed", "Vladimir Putin", "person", "he"),
        ("potential future Russian aggression", "indirect", "European leaders", "group",
         "European leaders"),
    ],
)
def test_user_article_who_said_what(article, content, kind, name, stype, mention):
    _, statements = article
    s = _find(statements, content)
    assert (s.kind, s.speaker.name, s.speaker.type) == (kind, name, stype)
    assert s.speaker.mention[0].text == mention


def test_user_article_relative_pronoun_is_part_of_the_mention(article):
    _, statements = article
    s = _find(statements, "potential future Russian aggression")
    assert [m.text for m in s.speaker.mention] == ["European leaders", "who"]


def test_user_article_split_quotes_are_one_statement(article):
    _, statements = article
    for first, second in [("We want to sign", "We need the decision to be recognized"),
                          ("It’s one thing to say", "But if they want to hear it from us")]:
        s = _find(statements, first)
        assert second in s.text and len(s.content) == 2
        assert (s.kind, s.speaker.name) == ("direct", "Vladimir Putin")


def test_user_article_the_president_is_putin(article):
    _, statements = article
    s = _find(statements, "parts of the framework")
    assert s.speaker.name == "Vladimir Putin"
    assert s.speaker.mention[0].text == "the president"


def test_user_article_spans_point_into_the_text(article):
    text, statements = article
    assert len(statements) >= 15
    for s in statements:
        for span in s.content + s.cue + s.speaker.mention:
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("text", "content", "kind", "name", "stype", "mention", "description"),
    [
        ("Trump's special envoy Steve Witkoff said the talks would resume.",
         "the talks would resume", "indirect", "Steve Witkoff", "person",
         "Trump's special envoy Steve Witkoff", "Trump's special envoy"),
        ('"We will not give up," Zelensky told reporters on Friday.',
         "We will not give up,", "direct", "Zelensky", "person", "Zelensky", None),
        # A role the article never ties to a name stays a role, not a person.
        ('The minister said: "The border stays closed until spring."',
         "The border stays closed until spring.", "direct", "minister", "role", "The minister",
         None),
        ("According to the Kremlin, the meeting will take place in Moscow.",
         "the meeting will take place in Moscow", "indirect", "Kremlin", "organization",
         "the Kremlin", None),
        ("Sources familiar with the talks say the deal is close.",
         "the deal is close", "indirect", None, "anonymous", "Sources familiar with the talks",
         None),
        ("European leaders warned that the plan rewards aggression.",
         "the plan rewards aggression", "indirect", "European leaders", "group",
         "European leaders", None),
        ("„We can do this“, Merkel said. Merkel later said it was “a historic task.”",
         "a historic task", "mixed", "Angela Merkel", "person", "Merkel", None),
        # The parser ends the sentence at the quote's "?"; the tag after it still names him.
        ("Macron spoke first. “Shall we start now?” he asked them, as the room went quiet.",
         "Shall we start now?", "direct", "Macron", "person", "he", None),
        # Any verb opens a speech tag right after a quote that ends on a comma.
        ("“Denver,” Chris Christie answered.", "Denver,", "direct", "Chris Christie", "person",
         "Chris Christie", None),
        ("“Russia, if you’re listening, find the emails.” Trump said.",
         "Russia, if you’re listening, find the emails.", "direct", "Donald Trump", "person",
         "Trump", None),
        # "by telephone" is how, not who; the speaker is the name set off before the cue.
        (("“I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in "
         "Cambridge, Mass., said by telephone this week."), "I would have been sitting in Siberia,",
         "direct", "Daniloff", "person", "Mr. Daniloff", None),
        # The one told is not the one telling.
        ("“We were wrong to not confront him,” Jorge Ramos, 58, told AFP in an interview.",
         "We were wrong to not confront him,", "direct", "Jorge Ramos", "person", "Jorge Ramos",
         None),
        (("Clinton seemed ready to riff on the incident, telling the crowd, “Some people get "
         "carried away.”"), "Some people get carried away.", "direct", "Clinton", "person",
         "Clinton", None),
        # ", saying…" after a reported clause is said by the one reporting it.
        (("Trump argued that a database would keep people from coming into the country "
         "illegally, saying it’s “all about management.”"), "all about management", "mixed",
         "Trump", "person", "Trump", None),
        # The name right before a colon speaks the quote after it.
        ("Pollsters agree - Carl Bialik: “Keep in contact with voters.”",
         "Keep in contact with voters.", "direct", "Carl Bialik", "person", "Carl Bialik", None),
        # A wire dateline is not the speaker.
        ("LONDON (Reuters) - Donald Trump said he was unlikely to get along with Cameron.",
         "he was unlikely to get along with Cameron", "indirect", "Donald Trump", "person",
         "Donald Trump", None),
        (("New York (AFP) – Vice President Joe Biden on Monday accused Donald Trump of "
         "endangering troops."), "Donald Trump of endangering troops", "indirect", "Joe Biden",
         "person", "Vice President Joe Biden", "Vice President"),
        # An aside between two dashes is not a dateline.
        ("Russia — which invaded Ukraine in 2022 — said the plan was fair.", "the plan was fair",
         "indirect", "Russia", "organization", "Russia", None),
        # A leading adverbial sets the scene; it is not part of what was said.
        (("Asked what the nominee needs, Sheldon Adelson said, “They have got to be able to "
          "win.”"), "They have got to be able to win.", "direct", "Sheldon Adelson", "person",
         "Sheldon Adelson", None),
    ],
)
def test_tricky_cases(nlp, text, content, kind, name, stype, mention, description):
    statements = extract_statements(nlp(text))
    s = _find(statements, content)
    assert s.kind == kind
    assert s.speaker.type == stype
    if name is not None:
        assert s.speaker.name == name
    assert [m.text for m in s.speaker.mention] == [mention]
    assert s.speaker.description == description


def test_relative_pronoun_joins_the_mention_of_its_own_statement_only(nlp):
    text = ("Richard Uihlein, who backed Scott Walker last year, said the party must unite.")
    by_cue = {s.cue[0].text: s for s in extract_statements(nlp(text), ranker=KEEP_ALL)}
    assert [m.text for m in by_cue["backed"].speaker.mention] == ["Richard Uihlein", "who"]
    assert [m.text for m in by_cue["said"].speaker.mention] == ["Richard Uihlein"]


@pytest.mark.parametrize(("text", "said"), [
    (("Clinton said she opposes the Trans-Pacific Partnership, the 12-country trade deal the "
     "administration finished last year."), "she opposes the Trans-Pacific Partnership"),
    ("Peskov said the talks would resume in Geneva, where the delegations met last week.",
     "the talks would resume in Geneva"),
    ("Zelensky said that Mr. Yanukovych, a former coal trucking director, was a criminal.",
     "that Mr. Yanukovych … was a criminal"),
    ("The senator viewed the deal as a betrayal of voters.", "the deal as a betrayal of voters"),
])
def test_what_was_said_leaves_out_the_writers_asides(nlp, text, said):
    assert [s.text for s in extract_statements(nlp(text), ranker=KEEP_ALL)] == [said]


def test_split_quote_is_one_statement(nlp):
    text = '"The war will end," Putin said. "But only on our terms."'
    statements = extract_statements(nlp(text))
    assert [(s.text, s.speaker.name) for s in statements] == [
        ("The war will end, … But only on our terms.", "Vladimir Putin")]


def test_floating_quote_paragraph_takes_the_previous_speaker(nlp):
    text = ('Putin said: "We will win this war."\n\n'
            '"The West has no choice but to accept the new reality on the ground."')
    statements = extract_statements(nlp(text))
    assert len(statements) == 2
    floating = statements[1]
    assert (floating.kind, floating.speaker.name, floating.cue) == \
        ("direct", "Vladimir Putin", [])
    assert floating.text.startswith("The West has no choice")


def test_multi_paragraph_quote_continues(nlp):
    text = ('Smith said: "The first part of the plan is done and the second is under way.\n\n'
            '"The rest will follow in spring when the roads are open again," he added.')
    quotes = find_quotes(text)
    assert len(quotes) == 1 and len(quotes[0].segments) == 2
    statements = extract_statements(nlp(text))
    assert statements[0].speaker.name == "Smith"
    assert "The rest will follow" in statements[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don't say Putin’s plan from the ’90s or the leaders' views.", []),
        ('He said "one two three', ["one two three"]),
        ('She said "yes" and "no."', ["yes", "no."]),
        ('A “quote with ‘nested’ marks” here.', ["quote with ‘nested’ marks"]),
        ("«Бой» and „Hallo“ and ‘single quoted words’.",
         ["Бой", "Hallo", "single quoted words"]),
        ('"""""', []),
        ('”stray closer and an opener “never closed', ["never closed"]),
        ("", []),
    ],
)
def test_bad_quotes_never_raise(text, expected):
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == expected


@pytest.mark.parametrize(
    "text",
    ['He said "', '""He said"', "“ ” ‘ ’ « » „ “", "'", 'x "\n\n" y said: "', "said: ",
     'Officials said "\n\n\n"\n\n"a" b "c'],
)
def test_extraction_survives_odd_marks(nlp, text):
    statements = extract_statements(nlp(text))
    for s in statements:
        for span in s.content:
            assert text[span.start : span.end] == span.text


def test_one_odd_quote_does_not_lose_the_rest(nlp):
    text = ('He said "this quote is never closed.\n\n'
            "The mayor said the bridge will reopen next week.")
    statements = extract_statements(nlp(text))
    assert any("the bridge will reopen" in s.text for s in statements)


@given(st.text(alphabet="ab .,:\n\"'“”‘’«»„‹›", max_size=60))
@settings(max_examples=300, deadline=None)
@example("«a\n\n«")  # a mark alone after a blank line once added an empty run
def test_quote_pairing_never_raises_and_stays_in_bounds(text):
    for q in find_quotes(text):
        for s, e in q.segments:
            assert 0 <= s < e <= len(text)


def test_passive_cue_without_agent_has_no_speaker(nlp):
    statements = extract_statements(nlp("It was revealed that the senator had used a private server."))
    s = _find(statements, "the senator had used a private server")
    assert s.speaker.mention == []


def test_headline_line_names_its_speaker(nlp):
    text = "Lindsey Graham: Trump Is Destroying the Party's Chance to Win\n\nThe race went on."
    s = _find(extract_statements(nlp(text)), "Trump Is Destroying the Party")
    assert [m.text for m in s.speaker.mention] == ["Lindsey Graham"]
    assert [c.text for c in s.cue] == [":"]


def test_accuse_object_and_charge_are_the_content(nlp):
    text = "Sanders accused Republicans of ignoring the victims."
    s = _find(extract_statements(nlp(text)), "Republicans of ignoring the victims")
    assert s.speaker.name == "Sanders"


def test_not_saying_whether_is_no_statement(nlp):
    text = ("While Putin did not say whether he supports all the provisions, he said the plan "
            "can serve as a basis.")
    statements = extract_statements(nlp(text))
    contents = [s.text for s in statements]
    assert not any("supports all the provisions" in c for c in contents)
    assert not any(c.text == "supports" for s in statements for c in s.cue)
    assert any("can serve as a basis" in c for c in contents)


def test_sources_in_a_relative_clause_said_the_quoted_words(article):
    _, statements = article
    s = _find(statements, "significantly better")
    assert s.kind == "mixed" and s.speaker.type == "anonymous"
    assert [m.text for m in s.speaker.mention] == ["sources"]


def test_intention_inside_a_reported_clause_is_not_a_statement(article):
    _, statements = article
    assert not any(s.text.startswith("to accept his conditions") for s in statements)
    assert _find(statements, "if Kyiv refuses to accept").speaker.name == "Vladimir Putin"


@pytest.mark.parametrize(("said", "writer"), [
    ("in general we agree", "suggesting some elements align"),
    ("significantly better", "widely seen as closer to Russia"),
])
def test_user_article_the_writers_gloss_is_not_the_speakers(article, said, writer):
    _, statements = article
    assert writer not in _find(statements, said).text


def test_a_second_that_clause_belongs_to_the_same_statement(nlp):
    text = "She said the administration should act and that she expects Obama to announce more."
    said = _find(extract_statements(nlp(text)), "should act")
    assert said.text == "the administration should act and that she expects Obama to announce more"


def test_a_quoted_title_after_a_preposition_is_not_a_statement(nlp):
    statements = extract_statements(nlp("Bret Stephens said on “Morning Joe” that the plan would fail."))
    assert [(s.kind, s.text) for s in statements] == [("indirect", "that the plan would fail")]


def test_user_article_the_writers_inference_is_no_statement(article):
    _, statements = article
    assert not any(c.text == "suggesting" for s in statements for c in s.cue)


@pytest.mark.parametrize(("text", "quoted"), [
    # Two apostrophes are one double mark (newswire style), with a 'single' quote inside.
    ("''They will say, 'Hey, they know what they're talking about.'.'' Mr. Gingrich said.",
     ["They will say, 'Hey, they know what they're talking about.'."]),
    ("''Barbara Bush said, 'You weren't in line,''' he recalled.",
     ["Barbara Bush said, 'You weren't in line,'"]),
    ("''We are five,'' Nega said. ''We'll be six when he comes.''",
     ["We are five,", "We'll be six when he comes."]),
])
def test_doubled_apostrophes_are_one_quote_mark(text, quoted):
    assert [text[s:e] for q in find_quotes(text) for s, e in q.segments] == quoted


def test_a_quote_inside_a_newswire_quote_is_not_a_statement_of_its_own(nlp):
    text = "''They will say, 'Hey, they know what they're talking about,' '' Mr. Gingrich said."
    statements = extract_statements(nlp(text))
    assert [(s.speaker.name, s.text[:14]) for s in statements] == [("Gingrich", "They will say,")]


# --- headlines: a speaker credited at the end, and clauses that are no content ---------------

@pytest.mark.parametrize(("text", "expected"), [
    ("France seeks lasting peace in Ukraine — Macron\n\nFrench President Emmanuel Macron spoke.",
     [("Emmanuel Macron", "France seeks lasting peace in Ukraine")]),
    ("Talks with Pakistan will be ‘strictly bilateral’: Jaishankar\n\nThe minister spoke.",
     [("Jaishankar", "Talks with Pakistan will be ‘strictly bilateral’")]),
    # no verb of its own: a list, not a statement; a sentence with a stop is no headline
    ("Those attending: Emmanuel Macron\n\nThe summit opened.", []),
    ("The plan had one author in the end: Witkoff.", []),
])
def test_a_headline_credits_its_speaker_after_a_dash_or_colon(nlp, text, expected):
    found = [(s.speaker.name, s.text) for s in extract_statements(nlp(text))]
    assert found == expected


def test_a_clause_beside_a_verbs_object_is_not_what_it_reports(nlp):
    text = "Germany's Merz declares victory in crucial election, AfD comes second"
    assert not any("AfD" in s.text for s in extract_statements(nlp(text)))


def test_a_label_before_a_colon_is_not_part_of_what_was_said(nlp):
    text = ("Gaza ceasefire plan live: Hamas chief negotiator says group received guarantees "
            "that war has ended")
    assert [s.text for s in extract_statements(nlp(text))] == [
        "group received guarantees that war has ended"]


def test_user_article_an_open_question_is_no_statement(article):
    _, statements = article  # the accurate model, as the rules: "did not say whether…"
    assert not any(s.text.startswith("whether he supports") for s in statements)


def test_a_blank_line_ends_a_sentence_whatever_the_parser_thinks(nlp):
    text = ("They see the plan as a risk.\n\n''Anyone who talks about dividing people in the "
            "country as a solution is a threat,'' said Trumka.")
    doc = nlp(text)
    assert doc.char_span(text.index("''"), text.index("''") + 2).root.is_sent_start
    assert _find(extract_statements(doc), "Anyone who talks").speaker.name == "Trumka"


def test_a_name_the_parser_hung_on_a_date_is_still_the_subject(nlp):
    text = ("But in a call with reporters on Dec. 2, Col. Steven H. Warren, a military "
            "spokesman in Baghdad, said, \"A raid is a combat operation.\"")
    [quote] = extract_statements(nlp(text))
    assert quote.speaker.name == "Steven H. Warren"


@pytest.mark.parametrize(("lead", "name"), [
    ("17-year-old Jared Potts echoed:", "Jared Potts"),
    ("When the moderators yielded to snark, Cruz called them on it:", "Ted Cruz"),
])
def test_a_paragraph_ending_in_a_colon_introduces_the_quote_after_it(nlp, lead, name):
    text = f"{lead}\n\n“He speaks his mind, and that might be what the country needs.”"
    [quote] = extract_statements(nlp(text))
    assert (quote.kind, quote.speaker.name) == ("direct", name)


def test_a_speech_verb_opening_a_sentence_goes_on_for_the_speaker_before(nlp):
    text = ("Later in the show, Maher stated that the report “wasn’t good.” Adding, “Now, "
            "like with all scandals, what they actually do is never that bad.”")
    quote = _find(extract_statements(nlp(text)), "never that bad")
    assert (quote.speaker.name, quote.speaker.resolution) == ("Maher", "carried_over")


def test_an_inverted_speaker_the_parser_took_into_a_clause_is_still_the_speaker(nlp):
    text = "''I'm more skilled with my hands than with my brain,'' said Robin Maynard, half joking."
    [quote] = extract_statements(nlp(text))
    assert (quote.kind, quote.speaker.name, quote.text) == (
        "direct", "Robin Maynard", "I'm more skilled with my hands than with my brain,")


def test_said_in_a_statement_belongs_to_the_subject_of_said(nlp):
    text = ("Rep. Zoe Lofgren, who introduced a bill this month, said in a statement that the "
            "announcements were “important preliminary steps.”")
    [found] = extract_statements(nlp(text))
    assert found.speaker.name == "Zoe Lofgren"


def test_a_one_line_paragraph_ending_a_sentence_ends_it(nlp):
    text = ("They’re hopeful that will change.\n“We’re going to win this election,” Clinton "
            "told reporters as she emerged from the meeting. “We’re going to take back the "
            "House and the Senate.”\nClinton didn’t stop to answer any questions from press, but "
            "at least a dozen members of Congress told a reporter she thinks the House is "
            "within reach.")
    quote = _find(extract_statements(nlp(text)), "take back the House")
    assert quote.speaker.name == "Clinton"


def test_a_party_and_state_in_parentheses_stand_for_the_name_before_them(nlp):
    text = ("Warren Says Trump Is a ‘Proven Failure’ in Business.\n\nSaturday at the "
            "Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said "
            "presumptive Republican presidential nominee Donald Trump was a “proven failure” in "
            "business.")
    found = _find(extract_statements(nlp(text)), "proven failure” in business")
    assert found.speaker.name == "Elizabeth Warren"


@pytest.mark.parametrize(("text", "name"), [
    ("Gillibrand on Hillary’s Goldman Sachs Speech Transcripts: “She will decide”",
     "Gillibrand"),
    ("More from Carl Bialik: “Polls are odd.”", "Carl Bialik"),
])
def test_a_line_naming_who_spoke_on_what_before_a_colon(nlp, text, name):
    [quote] = extract_statements(nlp(text))
    assert quote.speaker.name == name
