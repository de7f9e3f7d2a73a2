"""Speaker labels of transcripts (``whosaid.extract.transcript``): office words and their
abbreviations before a surname, labels a rejoined page runs into a line, journalists' and
parliamentary questions, and page furniture before the first turn. The lines are made up."""

from __future__ import annotations

import pytest

from whosaid.extract.transcript import read_layout, turn_statements


def said(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, description, kind, words) of each statement, read by turn."""
    layout = read_layout(text, "transcript")[1]
    assert layout is not None
    return [(s.speaker.name, s.speaker.description, s.kind, s.text)
            for s in turn_statements(text, layout)]


@pytest.mark.parametrize("label, name, description", [
    ("SEN. WHITFIELD", "Laura Whitfield", "Sen."),
    ("REP. WHITFIELD", "Laura Whitfield", "Rep."),
    ("GOV. WHITFIELD", "Laura Whitfield", "Gov."),
    ("SECRETARY DESIGNATE WHITFIELD", "Laura Whitfield", "Secretary Designate"),
    ("PRESIDENT-ELECT WHITFIELD", "Laura Whitfield", "President-Elect"),
    ("AMBASSADOR WHITFIELD", "Laura Whitfield", "Ambassador"),
    ("MINISTER WHITFIELD", "Laura Whitfield", "Minister"),
    ("LT. GEN. WHITFIELD", "Laura Whitfield", "Lt. Gen."),
    ("DR. WHITFIELD", "Laura Whitfield", None),
])
def test_an_office_before_a_surname_is_the_description_and_the_name_the_full_one(
        label, name, description):
    text = ("HOST: Joining us now is Laura Whitfield.\n"
            f"{label}: Thanks for having me.\n"
            "HOST: Will the bill pass?\n"
            f"{label}: I believe it will.")
    speakers = {words: (who, desc) for who, desc, _, words in said(text)}
    assert speakers["I believe it will."] == (name, description)


def test_a_short_label_is_the_person_a_full_label_names():
    text = ("MARIA LOPEZ: Joining us now is the senator.\n"
            "SEN. LAURA WHITFIELD: Good morning, Maria.\n"
            "MARIA LOPEZ: Will the bill pass?\n"
            "SEN. WHITFIELD: I believe it will.\n"
            "MARIA LOPEZ: By Friday?\n"
            "SECRETARY DESIGNATE WHITFIELD: Perhaps.")
    speakers = {words: who for who, _, _, words in said(text)}
    assert speakers["I believe it will."] == "Laura Whitfield"
    assert speakers["Perhaps."] == "Laura Whitfield"
    assert speakers["Good morning, Maria."] == "Laura Whitfield"


def test_a_label_run_into_a_line_opens_a_turn_where_it_opens_lines_elsewhere():
    # a hard-wrapped page whose lines were rejoined: the labels stand inside a paragraph
    text = ("MINISTER OKAFOR: Let us begin. QUESTION: Minister, will prices fall? You said "
            "so --MINISTER OKAFOR: Yes.\n\n"
            "QUESTION: -- last week.\n\n"
            "MINISTER OKAFOR: They will fall by spring.")
    turns = [(who, kind, words) for who, _, kind, words in said(text)]
    assert turns == [
        ("Okafor", "direct", "Let us begin."),
        (None, "question", "Minister, will prices fall? You said so --"),
        ("Okafor", "direct", "Yes."),
        (None, "question", "-- last week."),
        ("Okafor", "direct", "They will fall by spring.")]


def test_a_label_inside_a_sentence_or_in_lower_case_stays_words():
    text = ("MINISTER OKAFOR: The memo headed QUESTION: prices was read.\n\n"
            "QUESTION: And then?\n\nMINISTER OKAFOR: Nothing. Question: none.")
    words = [w for *_, w in said(text)]
    assert "The memo headed QUESTION: prices was read." in words
    assert "Nothing. Question: none." in words


def test_a_journalist_who_named_their_outlet_asks_in_every_turn():
    text = ("Official Spokesperson Ravi Menon: Good afternoon. Let us take questions.\n\n"
            "Priya Nair: This is Priya Nair from Harbour Times. Has the visit been fixed?\n\n"
            "Official Spokesperson Ravi Menon: Not yet. We will announce it in due course.\n\n"
            "Priya Nair: Of the border talks as well, the dates.\n\n"
            "Official Spokesperson Ravi Menon: Those too.")
    kinds = {words: (who, kind) for who, _, kind, words in said(text)}
    assert kinds["Of the border talks as well, the dates."] == ("Priya Nair", "question")
    assert kinds["Those too."] == ("Ravi Menon", "direct")


def test_a_parliamentary_question_on_the_order_paper_is_a_question():
    text = ("Results for speaker: Aoife Brennan\n"
            "Aoife Brennan: The Minister should publish the report.\n"
            "Aoife Brennan: 11. To ask the Taoiseach when the committee last met.\n"
            "Aoife Brennan: To ask the Minister for Health the waiting times.\n"
            "Aoife Brennan: We need answers.")
    kinds = {words: kind for _, _, kind, words in said(text)}
    assert kinds["11. To ask the Taoiseach when the committee last met."] == "question"
    assert kinds["To ask the Minister for Health the waiting times."] == "question"
    assert kinds["We need answers."] == "direct"


def test_page_furniture_with_a_colon_before_the_first_turn_is_narration():
    text = ("GET THE APP: iPhone app Android app\n\n"
            "Press conference after the talks\n\n"
            "Anna Berg: Good evening. The talks went well.\n\n"
            "Question: What was agreed?\n\n"
            "Anna Berg: A ceasefire.")
    layout = read_layout(text, "transcript")[1]
    assert [t.label.name for t in layout.turns] == ["Anna Berg", "Question", "Anna Berg"]
    narration = [text[a:b] for a, b in layout.narration]
    assert "Press conference after the talks" in narration
    # a first turn that speaks in sentences stays a turn, even under a label seen once
    text = "Chair: Welcome, all.\n\nAnna Berg: Thank you.\n\nQuestion: Why?\n\nAnna Berg: Trade."
    assert read_layout(text, "transcript")[1].turns[0].label.name == "Chair"
