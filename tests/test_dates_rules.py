"""Statement dates, second round (issue 15): rules for a month named relative to the
publication, a time phrase the content leaves out, a scene's speaker, a present-tense cue.
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from whosaid.dates import resolve

PUB = date(2025, 11, 27)  # a Thursday


def _dated(nlp, text: str, published: date, *statements: tuple[str, str, str | None]):
    """Date the statements (cue, content, speaker phrases; speaker may be None) of one text
    the way the pipeline does, and return them in order."""
    from whosaid.models import Article, Span, Speaker, Statement
    from whosaid.pipeline import events_and_dates

    def span(phrase: str) -> Span:
        at = text.index(phrase)
        return Span.of(text, at, at + len(phrase))

    made = [Statement(kind="indirect", cue=[span(cue)], content=[span(content)],
                      speaker=Speaker(who, mention=[span(who)]) if who else Speaker(None))
            for cue, content, who in statements]
    events_and_dates(Article(id="t", text=text, published=published, statements=made),
                     nlp(text))
    return made


@pytest.mark.parametrize(("text", "start", "end"), [
    ("this coming March", "2026-03-01", "2026-03-31"),
    ("next March", "2026-03-01", "2026-03-31"),
    ("last March", "2025-03-01", "2025-03-31"),
    ("this past June", "2025-06-01", "2025-06-30"),
    ("last November", "2024-11-01", "2024-11-30"),  # said in November: a year before
    ("next November", "2026-11-01", "2026-11-30"),
])
def test_a_month_named_from_the_publication(text, start, end):
    r = resolve(text, PUB)
    assert (str(r.start), str(r.end), r.precision) == (start, end, "month")


def test_a_scheduled_statement_takes_its_coming_month(nlp):
    text = ("The ministry announced on Monday that the survey, whose results will be printed "
            "in a booklet this coming March, is complete.")
    s, = _dated(nlp, text, PUB, ("will be printed in a booklet", "whose results", None))
    assert (str(s.date), s.date_precision, s.date_rule, s.date_scheduled) == (
        "2026-03-01", "month", "cue", True)


@pytest.mark.parametrize(("text", "cue", "content", "day"), [
    ("Ruiz, who dropped her bid for the nomination Sept. 14, is now his running mate.",
     "dropped", "her bid for the nomination", "2025-09-14"),
    ("The senator accepted an invitation to the summit on Tuesday, aides confirmed.",
     "accepted", "an invitation to the summit", "2025-11-25"),
])
def test_a_time_phrase_the_content_leaves_out_dates_the_cue(nlp, text, cue, content, day):
    s, = _dated(nlp, text, PUB, (cue, content, None))
    assert (str(s.date), s.date_rule) == (day, "cue")


def test_a_name_inside_what_someone_said_sets_no_scene_for_that_person(nlp):
    text = ("The firm was shaken again on Friday by a report from a former aide, who wrote "
            "that Mr. Hale had misused its funds. Mr. Hale rejected the claims through a "
            "spokesman.")
    _, hale = _dated(nlp, text, PUB,
                     ("wrote", "Mr. Hale had misused its funds", "who"),
                     ("rejected", "the claims", "Mr. Hale"))
    assert (hale.date, hale.date_rule) == (PUB, "published")


def test_a_named_speaker_in_the_narration_still_sets_the_scene(nlp):
    text = ("Mr. Hale toured the flooded district on Friday. Mr. Hale promised that repairs "
            "would begin soon.")
    hale, = _dated(nlp, text, PUB, ("promised", "repairs would begin soon", "Mr. Hale"))
    assert (str(hale.date), hale.date_rule) == ("2025-11-21", "paragraph")


def test_a_present_tense_cue_is_not_dated_by_an_earlier_scene(nlp):
    text = ("Ortiz and Lamb, who met the board for a long interview last week, take over "
            "the newsletter on Monday. And they are hoping to give it a sharper edge.")
    s, = _dated(nlp, text, PUB, ("are hoping", "to give it a sharper edge", "they"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_time_phrase_on_a_noun_outside_the_content_stays_there(nlp):
    text = ("The timeline of the flood Tuesday in Riverton shows that the warning was sent "
            "by text message hours after the river rose.")
    s, = _dated(nlp, text, PUB, ("was sent by text message", "the warning", None))
    assert (s.date, s.date_rule) == (PUB, "published")


# Third round (dev parts f and g): titles dated by the body, sentences that date the act
# before them, replies, summary blocks, parenthetical cues. Every sentence here is invented.

LONG_LEAD = ("The race for mayor of Dayton has tightened over the past month, with two weeks "
             "to go and both campaigns spending heavily on television.")


def test_a_title_takes_the_scene_date_of_the_body_statement_that_says_the_same(nlp):
    text = ("Lopez backs Ruiz for mayor.\n\n" + LONG_LEAD + "\n\n"
            "Lopez spoke to supporters at a rally on Tuesday evening.\n\n"
            "“I back Ruiz for mayor because he listens,” said Maria Lopez.")
    title, body = _dated(nlp, text, PUB,
                         ("backs", "Ruiz for mayor", "Lopez"),
                         ("said", "I back Ruiz for mayor because he listens,", "Maria Lopez"))
    assert (str(body.date), body.date_rule) == ("2025-11-25", "paragraph")
    assert (str(title.date), title.date_rule) == ("2025-11-25", "paragraph")


def test_a_sentence_naming_the_act_after_it_dates_it(nlp):
    text = ("Cruz wins an endorsement.\n\n"
            "Morton Blackwell, the veteran conservative activist who founded a training "
            "institute and sits on the national committee, has endorsed Sen. Ted Cruz for the "
            "Republican nomination.\n\n"
            "The announcement came in a letter to supporters sent out Friday by his group.")
    s, = _dated(nlp, text, PUB, ("has endorsed", "Sen. Ted Cruz for the Republican nomination",
                                 "Morton Blackwell"))
    assert (str(s.date), s.date_rule) == ("2025-11-21", "paragraph")


def test_he_was_speaking_on_a_day_dates_the_lead_before_and_the_quote_after(nlp):
    text = ("Talks with Iran to resume, president says.\n\n"
            "US President Donald Trump declared that the war was over and that the United "
            "States planned to hold talks with Iran within days, without naming a place.\n\n"
            "He was speaking Wednesday at a news conference in The Hague.\n\n"
            "The president said: “It was a short war, and we think it's over.”")
    lead, quote = _dated(nlp, text, PUB,
                         ("declared", "the war was over", "US President Donald Trump"),
                         ("said:", "It was a short war, and we think it's over.",
                          "The president"))
    assert (str(lead.date), lead.date_rule) == ("2025-11-26", "paragraph")
    assert (str(quote.date), quote.date_rule) == ("2025-11-26", "paragraph")


def test_a_reply_is_dated_by_the_question(nlp):
    text = ("A speech is ready.\n\n"
            "During an interview this week on a busy day of campaign events in the Seacoast "
            "region, a reporter asked the Vermont senator whether he had started writing it.\n\n"
            "“Have I started? Yes,” Sen. Mills replied.")
    _, reply = _dated(nlp, text, PUB,
                      ("asked", "whether he had started writing it", "a reporter"),
                      ("replied", "Have I started? Yes,", "Sen. Mills"))
    assert (str(reply.date), str(reply.date_end), reply.date_rule) == (
        "2025-11-24", "2025-11-30", "paragraph")


def test_a_summary_block_is_dated_by_the_full_text(nlp):
    text = ("Twitter acts on extremism.\n\nABSTRACT.\n\n"
            "The company said it had suspended 125,000 accounts linked to extremism since the "
            "middle of last year and was reviewing others suspected of spreading it.\n\n"
            "FULL TEXT.\n\n"
            "For years, Twitter has presented itself as an open forum, and extremist groups "
            "have long exploited that openness to spread their messages.\n\n"
            "Days before its earnings report, the social media company announced on Friday "
            "that it had closed 125,000 Twitter accounts.")
    abstract, _ = _dated(nlp, text, PUB,
                         ("said", "it had suspended 125,000 accounts", "The company"),
                         ("announced", "it had closed 125,000 Twitter accounts",
                          "the social media company"))
    assert (str(abstract.date), abstract.date_rule) == ("2025-11-21", "paragraph")


def test_a_title_quoting_the_body_takes_the_date_of_the_quote(nlp):
    text = ("Sanders: ‘It Is Not A Radical Idea’ To Ask For A Higher Wage.\n\n"
            "WASHINGTON — Sen. Bernie Sanders defended his call to raise the federal minimum "
            "wage by a large amount, saying the gains in demand would outweigh any losses.\n\n"
            "“I apologize to nobody,” the senator said during Saturday night’s debate.\n\n"
            "“It is not a radical idea to say that a worker should not live in poverty,” he "
            "added.")
    title, _, quote = _dated(
        nlp, text, PUB,
        (":", "‘It Is Not A Radical Idea’ To Ask For A Higher Wage", "Sanders"),
        ("said during", "I apologize to nobody,", "the senator"),
        ("added", "It is not a radical idea to say that a worker should not live in poverty,",
         None))
    assert str(quote.date) == "2025-11-22"
    assert (str(title.date), title.date_rule) == ("2025-11-22", "paragraph")


def test_a_time_phrase_before_a_parenthetical_cue_belongs_to_what_was_said(nlp):
    text = ("Six months ago, the independent senator said, the media considered him a fringe "
            "candidate.")
    s, = _dated(nlp, text, PUB, ("said", "the media considered him a fringe candidate",
                                 "the independent senator"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_time_phrase_in_a_relative_clause_sets_no_scene(nlp):
    text = ("A banker's novel.\n\n"
            "Maureen Sherry, a former managing director at Bear Stearns, which collapsed in "
            "2008, has written a comic novel about a young woman on a trading floor.\n\n"
            "“I don't feel like I made light of anyone's pain,” Ms. Sherry said, sitting at her "
            "dining table.")
    s, = _dated(nlp, text, PUB, ("said", "I don't feel like I made light of anyone's pain,",
                                 "Ms. Sherry"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_clause_set_aside_by_but_does_not_date_the_cue(nlp):
    text = ("She left the bank in 2000 to raise her family, but she said she did feel "
            "frustrated by the barriers to advancement.")
    s, = _dated(nlp, text, PUB, ("said", "she did feel frustrated by the barriers to advancement",
                                 "she"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_an_article_published_on_a_day_dates_what_it_reads(nlp):
    text = ("Nikki Haley should be deported, a provocative headline from the editorial board "
            "reads in an article published Wednesday evening.")
    s, = _dated(nlp, text, PUB, ("reads", "Nikki Haley should be deported",
                                 "a provocative headline from the editorial board"))
    assert (str(s.date), s.date_rule) == ("2025-11-26", "cue")


def test_the_date_of_what_is_recalled_does_not_date_the_recalling(nlp):
    text = ("“He looked me right in the eye,” Deborah Tamargo recalled of a June conversation "
            "she had with the candidate.")
    s, = _dated(nlp, text, PUB, ("recalled of a June conversation she had with the candidate",
                                 "He looked me right in the eye,", "Deborah Tamargo"))
    assert (s.date, s.date_rule) == (PUB, "published")


def test_a_title_takes_the_day_the_lead_gives_its_speakers_occasion(nlp):
    text = ("Obama Claims Clinton Most Qualified Ever.\n\n"
            "One of the central claims of President Barack Obama’s speech to the Democratic "
            "National Convention on Wednesday night does not stand up to scrutiny, however loud "
            "the applause was.")
    s, = _dated(nlp, text, PUB, ("Claims", "Clinton Most Qualified Ever", "Obama"))
    assert (str(s.date), s.date_rule) == ("2025-11-26", "paragraph")


def test_a_summary_block_takes_only_the_date_of_what_it_summarises(nlp):
    text = ("Donors complicate her bid.\n\nABSTRACT.\n\n"
            "Hillary Clinton has yet to address how her administration would handle longtime "
            "donors like foreign governments seeking help from the United States.\n\n"
            "FULL TEXT.\n\n"
            "The foundation has thrived for years on the generosity of foreign governments and "
            "of individuals who gave hundreds of millions of dollars to the global charity.\n\n"
            "Former President Bill Clinton told foundation employees on Monday that the "
            "organization would no longer accept foreign or corporate donations.")
    abstract, _ = _dated(nlp, text, PUB,
                         ("has yet to address", "how her administration would handle",
                          "Hillary Clinton"),
                         ("told", "the organization would no longer accept foreign",
                          "Former President Bill Clinton"))
    assert (abstract.date, abstract.date_rule) == (PUB, "published")


def test_figures_released_on_a_day_date_what_they_show(nlp):
    text = ("Clinton had a bigger cash balance at year's end, according to figures her "
            "campaign released Friday.")
    s, = _dated(nlp, text, PUB, ("according to", "Clinton had a bigger cash balance at year's end",
                                 None))
    assert (str(s.date), s.date_rule) == ("2025-11-21", "cue")


def test_a_dateline_after_the_recorded_publication_is_not_last_year(nlp):
    text = ("WASHINGTON, Dec. 8 (UPI) — In response to the proposal, the campaign chairman "
            "rallied supporters, saying: “We have to be ready to stop him.”")
    s, = _dated(nlp, text, date(2015, 12, 7), ("saying:", "We have to be ready to stop him.",
                                               "the campaign chairman"))
    assert (str(s.date), s.date_rule) == ("2015-12-07", "published")


def test_but_without_a_new_subject_keeps_one_act(nlp):
    text = ("Sanders did not attack Clinton directly in his remarks on Tuesday night but argued "
            "insistently that he would be a superior general-election candidate.")
    s, = _dated(nlp, text, PUB, ("argued", "he would be a superior general-election candidate",
                                 "Sanders"))
    assert (str(s.date), s.date_rule) == ("2025-11-25", "cue")


def test_a_following_sentence_dates_the_act_only_with_a_phrase_on_its_own_verb(nlp):
    text = ("Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
            "WASHINGTON, June 10 (UPI) — Presumptive Democratic presidential nominee Hillary "
            "Clinton told a Planned Parenthood gathering in Washington she will protect "
            "reproductive rights while her opponent wants to take America backward.\n\n"
            "Clinton spoke to the Planned Parenthood Action Network, her first campaign speech "
            "since becoming the presumptive nominee earlier this week.")
    title, lead = _dated(nlp, text, date(2016, 6, 10),
                         (":", "Trump will reverse Roe v. Wade", "Clinton"),
                         ("told", "she will protect reproductive rights",
                          "Presumptive Democratic presidential nominee Hillary Clinton"))
    assert (str(lead.date), lead.date_rule) == ("2016-06-10", "dateline")
    assert str(title.date) == "2016-06-10"
