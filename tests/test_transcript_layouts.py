"""Layouts of real transcripts on the web (``whosaid.extract.transcript``): a transcription
service's labels with a time mark, a podcast's "Full Name 00:00:02" lines, an oral history's
``Q.`` / ``A.``, and a name with a suffix. The pages are made up, in the shapes of real ones."""

from __future__ import annotations

import pytest

from whosaid.extract.transcript import VERSION, read_layout, turn_statements
from whosaid.models import Document, Origin
from whosaid.pipeline import analyze


def turns(text: str) -> tuple[str, list[tuple[str | None, str | None, str, str]]]:
    """The sniffed kind and (speaker, description, kind, words) of each statement."""
    kind, layout = read_layout(text)
    assert layout is not None, kind
    return kind, [(s.speaker.name, s.speaker.description, s.kind, s.text)
                  for s in turn_statements(text, layout)]


@pytest.mark.parametrize("mark", ["{} (00:00):", "{}: (00:00)", "{}  [00:00:00]:"])
def test_a_time_marked_office_label_is_the_person_the_page_gives_that_office(mark):
    label = "Department of Harbours spokesperson"
    text = ("Department of Harbours Daily Press Briefing Transcript\n\n"
            "Press briefing with Principal Deputy Spokesperson Orla Brannigan, at the "
            "Department of Harbours. Read the transcript here.\n\n"
            f"{mark.format(label)}\n\nGood afternoon, everybody.\n\n"
            f"{mark.format('Speaker 1')}\n\nGood afternoon. You are early.\n\n"
            f"{mark.format(label)}\n\nI have nothing at the top.\n\n"
            f"{mark.format('Greg')}\n\nWhat about the ferry?\n\n"
            f"{mark.format(label)}\n\nThe ferry runs on time.")
    kind, said = turns(text)
    assert kind == "transcript"
    assert said == [
        ("Orla Brannigan", label, "direct", "Good afternoon, everybody."),
        (None, "Speaker 1", "direct", "Good afternoon. You are early."),
        ("Orla Brannigan", label, "direct", "I have nothing at the top."),
        (None, None, "question", "What about the ferry?"),  # a first name alone: nobody named
        ("Orla Brannigan", label, "direct", "The ferry runs on time.")]


def test_a_first_name_label_is_the_person_only_where_the_page_gives_the_full_name():
    text = ("Greg Oduya (00:00):\n\nWelcome to the briefing.\n\n"
            "Kathy (00:04):\n\nThank you. When is the vote?\n\n"
            "Greg (00:09):\n\nOn Friday.\n\n"
            "Kathy (00:12):\n\nAnd the count?")
    said = {words: who for who, _, _, words in turns(text)[1]}
    assert said["On Friday."] == "Greg Oduya"
    assert said["And the count?"] is None


def test_a_name_and_a_time_mark_alone_on_a_line_open_a_podcast_turn(nlp):
    text = ("Aug. 9, 2022\n\n"
            "Keeping Guests Happy: A Podcast Episode\n\n"
            "Our experts share their tips for working with guests.\n\n\n"
            "Nora Feldstein 00:00:02\nHi, everybody. I am Nora Feldstein, your host.\n\n"
            "Quentin Abara 00:00:15\nThanks, Nora. Glad to be here.\n\n"
            "Nora Feldstein 00:00:31\n\n"
            "Priya Lindqvist 00:00:31\nHello from Leeds.\nIt is raining here.\n\n"
            "Nora Feldstein 00:41\nLet us begin.")
    article = analyze(Document(text.encode(), "text/plain", Origin("t.txt")), model="fast")
    assert article.kind == "transcript"
    assert [(s.speaker.name, s.text) for s in article.statements if s.model == VERSION] == [
        ("Nora Feldstein", "Hi, everybody. I am Nora Feldstein, your host."),
        ("Quentin Abara", "Thanks, Nora. Glad to be here."),
        ("Priya Lindqvist", "Hello from Leeds."), ("Priya Lindqvist", "It is raining here."),
        ("Nora Feldstein", "Let us begin.")]
    # the page's title above the turns is narration, though it holds a colon
    assert not any("tips" in s.text for s in article.statements if s.model == VERSION)


def test_times_after_words_that_name_nobody_open_no_turn():
    text = ("Kickoff 19:30\nThe match began in the rain.\n\nHalf Time 20:15\nNo goals yet.\n\n"
            "Breaking News 20:40\nThe roof leaks.\n\nFull Time 21:05\nA draw.")
    assert read_layout(text) == ("report", None)


def test_q_and_a_with_a_full_stop_and_no_colon_open_turns():
    text = ("Q. Senator, could you tell me where you grew up?\n\n"
            "A. Well, in a small town on the plains. My father farmed for forty years.\n\n"
            "I left for college at eighteen.\n\n"
            "Q. What drew you to politics?\n\n"
            "A. My grandmother was the mayor.")
    kind, said = turns(text)
    assert kind == "interview"
    assert [(who, k, words[:12]) for who, _, k, words in said] == [
        (None, "question", "Senator, cou"), (None, "direct", "Well, in a s"),
        (None, "direct", "I left for c"), (None, "question", "What drew yo"),
        (None, "direct", "My grandmoth")]


@pytest.mark.parametrize("full, name", [
    ("THADDEUS RYAN JR., GAZETTE PUBLISHER", "Thaddeus Ryan Jr."),
    ("THADDEUS RYAN, JR., GAZETTE PUBLISHER", "Thaddeus Ryan Jr."),
    ("THADDEUS RYAN SR.", "Thaddeus Ryan Sr."),
    ("Thaddeus Ryan III, Gazette Publisher", "Thaddeus Ryan III"),
    ("THADDEUS RYAN II, GAZETTE PUBLISHER", "Thaddeus Ryan II"),
])
def test_a_suffix_is_part_of_the_name_and_the_surname_label_the_same_person(full, name):
    text = (f"{full}:  Well, Governor, welcome.\n\n"
            "OHIO GOVERNOR MAE TALLIS:  It is an honor to be here.\n\n"
            "RYAN:  This meeting is on the record.\n\n"
            "TALLIS:  Everything is.\n\n"
            "RYAN:  Then let us begin.")
    said = {words: who for who, _, _, words in turns(text)[1]}
    assert said["Well, Governor, welcome."] == name
    assert said["This meeting is on the record."] == name  # not the news's Paul Ryan
    assert said["Then let us begin."] == name
    assert said["Everything is."] == "Mae Tallis"
