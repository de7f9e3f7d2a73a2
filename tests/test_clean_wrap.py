"""Hard-wrapped transcripts: a speaker's turn starts a paragraph, a dash is never glued.

A page that hard-wraps its lines and puts no blank line between turns (a transcript copied
from a government site) must come out one turn a paragraph; the lines below are invented.
"""

from __future__ import annotations

import textwrap

import pytest

from whosaid.clean import repair
from whosaid.clean.blocks import Line
from whosaid.clean.edits import apply_edits
from whosaid.clean.repair import join_lines, opens_turn, repeated_labels, speaker_label

ASK = (
    "Minister, thank you for taking our questions this morning. The harbour talks have run "
    "for three weeks now and the fishing fleet is still tied up in port. What do you say to "
    "the crews who want to sail, and when will the quota be settled? You promised a deal by"
)
ANSWER = (
    "Well, I understand the frustration of the crews, and I have met many of them in the "
    "last few weeks. The quota will be settled when both sides agree on the numbers, and we "
    "are close to that point now. I expect we will have an announcement before the end of "
    "the month, and the fleet will sail as soon as we can do it."
)
FOLLOW_UP = (
    "But the crews say they have heard that before, and the season is already half over. "
    "Can you promise them a date today, or is this another delay for the harbour towns?"
)


def fill(text: str) -> str:
    return textwrap.fill(text, 60)


def line(text: str) -> Line:
    return Line(0, len(text), text, False)


def test_a_turn_after_a_sentence_end_starts_a_paragraph():
    text = "\n".join([fill(f"QUESTION: {ASK} Friday."), fill(f"MINISTER DOYLE: {ANSWER}"),
                      fill(f"Q: {FOLLOW_UP}")]) + "\n"
    assert repair(text).text == (
        f"QUESTION: {ASK} Friday.\n\nMINISTER DOYLE: {ANSWER}\n\nQ: {FOLLOW_UP}"
    )


def test_a_line_cut_off_by_a_dash_is_joined_with_a_space_and_the_turn_still_breaks():
    text = "\n".join([fill(f"QUESTION: {ASK} --"), "MINISTER DOYLE: Yes.",
                      fill(f"QUESTION: -- the end of the month, {FOLLOW_UP}"),
                      fill(f"MINISTER DOYLE: {ANSWER}")]) + "\n"
    fixed = repair(text).text
    assert fixed.split("\n\n") == [
        f"QUESTION: {ASK} --", "MINISTER DOYLE: Yes.",
        f"QUESTION: -- the end of the month, {FOLLOW_UP}", f"MINISTER DOYLE: {ANSWER}",
    ]
    assert "--MINISTER" not in fixed


def joined(first: str, second: str, vocabulary: set[str]) -> str:
    """The two lines as ``join_lines`` runs the first on into the second."""
    source = f"{first}\n{second}"
    a, b = Line(0, len(first), first, False), Line(len(first) + 1, len(source), second, False)
    return apply_edits(source, [join_lines(a, b, vocabulary)])[0]


@pytest.mark.parametrize("dash", ["--", "—", " --", " —"])
def test_a_dash_at_a_line_end_is_never_glued_to_the_next_word(dash):
    assert joined(f"the fleet will sail{dash}", "as soon as we can", set()) == \
        f"the fleet will sail{dash} as soon as we can"


def test_a_hyphen_at_a_line_end_still_joins_a_word():
    assert joined("a twenty-", "point plan", {"twenty-point"}) == "a twenty-point plan"
    assert joined("would con-", "tinue", set()) == "would continue"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("QUESTION: Mr. Secretary, a question.", "QUESTION"),
        ("SECRETARY RUBIO: Yes.", "SECRETARY RUBIO"),
        ("Q: What now?", "Q"),
        ("MR. PESKOV: We will see.", "MR. PESKOV"),
        ("President Putin: Thank you.", "President Putin"),
        ("Minister of Defence: No.", "Minister of Defence"),
        ("SECRETARY DESIGNATE RUBIO:", "SECRETARY DESIGNATE RUBIO"),
        ("He said: we will go.", None),
        ("the fleet: all of it", None),
        ("At 10:30 the talks began.", None),
        ("One Two Three Four Five Six: too long for a name", None),
    ],
)
def test_speaker_label(text, label):
    assert speaker_label(text) == label


def test_a_one_off_label_mid_sentence_is_prose():
    before = line("and the crews were told to read the notice in the")
    assert not opens_turn(before, line("Note: the harbour closes at dusk, it said."), frozenset())
    # after a sentence's end, or where the label recurs, the line opens a turn
    assert opens_turn(line("and that was all."), line("Note: the harbour closes."), frozenset())
    assert opens_turn(before, line("QUESTION: -- the crews?"), frozenset({"QUESTION"}))


def test_labels_used_more_than_once_are_a_transcripts():
    lines = [line(t) for t in ("QUESTION: One?", "MR. DOYLE: Yes.", "QUESTION: Two?",
                               "Note: once only.", "MR. DOYLE: No.")]
    assert repeated_labels(lines) == {"QUESTION", "MR. DOYLE"}


def test_prose_with_a_colon_after_a_line_break_stays_one_paragraph():
    prose = (
        "The harbour master posted a notice for the crews on the quay, and every skipper "
        "who read it found the same warning printed at the foot of the")
    text = fill(prose) + "\nNote: the harbour closes at dusk until the quota is settled, and " \
        "no\nboat may leave before the tide turns in the morning, said the\nharbour master.\n"
    fixed = repair(text).text
    assert "\n" not in fixed
    assert "foot of the Note: the harbour" in fixed


def test_the_source_maps_back_after_turns_are_split():
    text = "\n".join([fill(f"QUESTION: {ASK} --"), "MINISTER DOYLE: Yes.",
                      fill(f"QUESTION: {FOLLOW_UP}"), fill(f"MINISTER DOYLE: {ANSWER}")]) + "\n"
    fixed = repair(text)
    for seg in fixed.offset_map:
        assert fixed.text[seg.start:seg.start + seg.length] == \
            text[seg.source_start:seg.source_start + seg.length]
