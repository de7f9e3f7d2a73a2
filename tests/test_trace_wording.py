"""Quote tracing's word overlap (``whosaid.trace.Wording``): which shared words make a link.
Pure functions, no store and no encoder."""

from __future__ import annotations

from whosaid import trace


def _overlap(statement: str, passage: str) -> float:
    return trace.lexical(trace.words(statement), trace.words(passage))


def test_a_run_of_generic_words_is_no_quote():
    # "be a country that" is the longest run the two share, and it holds one content word
    statement = "We can't be a country that doesn't make things"
    passage = "We have to be a country that -- we're the largest consumer market in the world"
    assert _overlap(statement, passage) < 0.3


def test_a_run_with_content_words_still_counts():
    statement = "the markets will adjust, the president said on Friday in Brussels"
    passage = "As long as that is set, the markets will adjust."
    # the run "the markets will adjust" (two content words) beats the share of content words
    assert _overlap(statement, passage) == 4 / len(trace.words(statement))


def test_words_a_page_printed_run_together_are_found():
    # the Russian MFA's English text of Putin's news conference of 23 December 2016
    passage = "On the campaign trail he talked about it. Sothereisnothingunusualhere."
    assert _overlap("There is nothing unusual here", passage) == 1.0
    assert _overlap("nothing unusual", passage) == 1.0


def test_a_short_pair_of_words_inside_a_longer_word_is_not_a_run():
    assert _overlap("nothing unusual", "we have nothing to hide") == 0.0
    # "to be" is inside "October", but two words under GLUED characters never count
    assert _overlap("it has to be done", "It was done in October") < 0.5
