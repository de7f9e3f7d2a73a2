"""The PolNeAR scorer on hand-made cases, the gold-kind rule, and a smoke run of `whosaid eval`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import POLNEAR

from whosaid.eval.polnear import gold_kind, parse_record, quoted_regions
from whosaid.eval.score import (
    Gold,
    Tokens,
    align,
    bootstrap,
    explain,
    match,
    metrics,
    score_document,
    total,
)
from whosaid.models import Span, Speaker, Statement

TEXT = (
    'Putin said that the plan could serve as a basis. '
    '"We are ready to talk," he told reporters. '
    'Officials warned the talks may fail, according to sources.'
)


def span(s: str, text: str = TEXT) -> Span:
    i = text.index(s)
    return Span(i, i + len(s), s)


def gold(content: str, source: str | None, cue: str, kind: str = "indirect") -> Gold:
    return Gold(content=[span(content)], source=[span(source)] if source else [],
                cue=[span(cue)], kind=kind)


def pred(content: str, mention: str | None, cue: str | None = None,
         kind: str = "indirect") -> Statement:
    return Statement(kind=kind, content=[span(content)], cue=[span(cue)] if cue else [],
                     speaker=Speaker(mention, mention=[span(mention)] if mention else []))


GOLD = [
    gold("the plan could serve as a basis", "Putin", "said"),
    gold("We are ready to talk,", "he", "told", kind="direct"),
    gold("the talks may fail", "Officials", "warned"),
]


def test_perfect_prediction_scores_one_everywhere():
    preds = [pred("the plan could serve as a basis", "Putin", "said"),
             pred('"We are ready to talk,"', "he", "told", kind="direct"),
             pred("the talks may fail", "Officials", "warned")]
    m = metrics(score_document(TEXT, GOLD, preds))
    for key in ("content_lenient", "content_exact", "token_overlap", "end_to_end"):
        assert m[key] == {"p": 1.0, "r": 1.0, "f1": 1.0}, key
    assert m["speaker_accuracy"]["acc"] == m["cue_accuracy"]["acc"] == 1.0


def test_partial_prediction_counts_lenient_but_not_exact():
    # 4 of the 7 gold tokens: Jaccard 4/7 >= 0.5, so a lenient match, not an exact one.
    c = score_document(TEXT, GOLD[:1], [pred("the plan could serve", "Putin")])
    m = metrics(c)
    assert c["matched"] == 1 and c["exact"] == 0
    assert m["content_lenient"]["f1"] == 1.0
    assert m["content_exact"]["f1"] == 0.0
    assert m["token_overlap"]["p"] == 1.0
    assert m["token_overlap"]["r"] == pytest.approx(4 / 7)


def test_jaccard_threshold():
    # 3 of 7 tokens (3/7 < 0.5) does not match; token overlap still gives credit.
    c = score_document(TEXT, GOLD[:1], [pred("the plan could", "Putin")])
    assert c["matched"] == 0
    assert metrics(c)["content_lenient"]["f1"] == 0.0
    assert c["tok_both"] == 3


def test_matching_is_one_to_one_and_best_first():
    a, b = frozenset({1, 2, 3, 4}), frozenset({1, 2, 3})
    # pred 0 equals gold 0 (J=1) and gold 1 (J=.75); gold 1 must go to pred 1 (J=1).
    assert sorted(match([a, b], [a, b])) == [(0, 0, 1.0), (1, 1, 1.0)]
    # one prediction cannot match two gold statements
    assert len(match([a, b], [a])) == 1
    preds = [pred("the plan could serve as a basis", "Putin")] * 2
    c = score_document(TEXT, GOLD[:1], preds)
    assert (c["matched"], c["pred"]) == (1, 2)
    assert metrics(c)["content_lenient"]["p"] == 0.5


def test_speaker_must_overlap_gold_source_or_both_be_empty():
    wrong = score_document(TEXT, GOLD[:1], [pred("the plan could serve as a basis", "reporters")])
    assert wrong["matched"] == 1 and wrong["speaker_ok"] == 0
    assert metrics(wrong)["end_to_end"]["f1"] == 0.0
    no_source = [gold("the talks may fail", None, "warned")]
    assert score_document(TEXT, no_source, [pred("the talks may fail", None)])["speaker_ok"] == 1
    assert score_document(TEXT, no_source, [pred("the talks may fail", "sources")])[
        "speaker_ok"] == 0
    # a partial mention ("Officials" inside a longer gold source) still counts
    longer = [gold("the talks may fail", "Officials warned", "warned")]
    assert score_document(TEXT, longer, [pred("the talks may fail", "Officials")])[
        "speaker_ok"] == 1


def test_cue_accuracy_on_matched_pairs():
    c = score_document(TEXT, GOLD[:1], [pred("the plan could serve as a basis", "Putin", "Putin")])
    assert c["cue_ok"] == 0 and c["speaker_ok"] == 1


def test_breakdown_uses_gold_kind_for_recall_and_predicted_kind_for_precision():
    preds = [pred('"We are ready to talk,"', "he", kind="mixed")]
    m = metrics(score_document(TEXT, GOLD, preds))
    assert m["content_lenient_direct"]["r"] == 1.0
    assert m["content_lenient_direct"]["p"] is None  # nothing predicted as direct
    assert m["content_lenient_mixed"]["p"] == 1.0
    assert m["content_lenient_mixed"]["r"] is None  # no gold mixed statement
    assert m["content_lenient_indirect"]["r"] == 0.0


def test_explain_lists_missed_spurious_and_misattributed():
    preds = [pred("the plan could serve as a basis", "reporters", "said"),
             pred("Putin said", "Putin")]
    e = explain(align(TEXT, GOLD, preds))
    assert [m["content"] for m in e["missed"]] == ["We are ready to talk,", "the talks may fail"]
    assert [s["content"] for s in e["spurious"]] == ["Putin said"]
    assert e["wrong"][0]["pred"]["source"] == "reporters" and not e["wrong"][0]["speaker_ok"]


def test_tokens_ignore_punctuation_and_cover_partial_words():
    toks = Tokens('He said: "yes."')
    assert toks.covered([Span(9, 15, '"yes."')]) == toks.covered([Span(10, 13, "yes")])
    assert len(toks.covered([Span(1, 5, "e sa")])) == 2


def test_gold_kind_from_quotation_marks():
    text = 'He said "we will win" and that it was "a good day" for "all of us".\nShe agreed.'
    toks = Tokens(text)
    q = quoted_regions(text)
    assert gold_kind(toks, [span("we will win", text)], q) == "direct"
    assert gold_kind(toks, [span('it was "a good day"', text)], q) == "mixed"
    assert gold_kind(toks, [span("She agreed", text)], q) == "indirect"
    # an unclosed quote stops at the end of its paragraph; apostrophes are not quotes
    odd = "“It’s over, he said.\nIt isn’t, Kyiv’s envoy replied."
    assert gold_kind(Tokens(odd), [span("envoy replied", odd)], quoted_regions(odd)) == "indirect"
    assert gold_kind(Tokens(odd), [span("It’s over", odd)], quoted_regions(odd)) == "direct"


def test_parse_record_reads_spans_and_kinds():
    rec = {"doc_id": "d1", "text": TEXT, "attributions": [
        {"id": "E1", "source": [{"start": 0, "end": 5, "text": "Putin"}],
         "cue": [{"start": 6, "end": 10, "text": "said"}],
         "content": [{"start": 16, "end": 47, "text": TEXT[16:47]}]}]}
    doc = parse_record(rec)
    assert doc.attributions[0].source[0].text == "Putin"
    assert doc.attributions[0].kind == "indirect"


def test_bootstrap_intervals_contain_the_point_estimate():
    rows = [score_document(TEXT, GOLD, [pred("the plan could serve as a basis", "Putin")]),
            score_document(TEXT, GOLD, [pred("the talks may fail", "sources")]),
            score_document(TEXT, GOLD, [])]
    point = metrics(total(rows))["content_lenient"]["r"]
    low, high = bootstrap(rows, resamples=200, seed=1)["content_lenient"]["r"]
    assert low <= point <= high
    assert bootstrap(rows, resamples=200, seed=1) == bootstrap(rows, resamples=200, seed=1)


DEV = POLNEAR / "dev.jsonl"


@pytest.mark.skipif(not DEV.exists(), reason="PolNeAR dev split not available")
def test_cli_eval_smoke_on_two_dev_articles(tmp_path):
    from whosaid.cli import main

    errors = tmp_path / "errors.jsonl"
    out = CliRunner().invoke(main, ["eval", str(DEV), "--limit", "2", "--format", "json",
                                    "--model", "fast", "--errors", str(errors)])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.output)
    assert summary["documents"] == 2 and not summary["failures"]
    assert summary["model"] == "fast"
    assert summary["counts"]["gold"] > 0
    assert summary["metrics"]["content_lenient"]["r"] is not None
    assert 0 <= summary["calibration"]["ece"] <= 1
    assert len(errors.read_text().splitlines()) == 2
    plot = tmp_path / "reliability.png"
    table = CliRunner().invoke(main, ["eval", str(DEV), "--limit", "2", "--plot", str(plot)])
    assert table.exit_code == 0, table.output
    assert "accurate" in table.output and "fast" in table.output
    assert "end-to-end" in table.output and "calibration error" in table.output
    assert plot.read_bytes()[:4] == b"\x89PNG"


def test_expected_calibration_error_is_the_weighted_gap_per_bin():
    from whosaid.eval.run import calibration

    rows = [("direct", 0.95, True)] * 9 + [("direct", 0.95, False)] \
        + [("indirect", 0.25, True)] * 1 + [("indirect", 0.25, False)] * 9
    cal = calibration(rows)
    # bin 0.9-1.0: confidence 0.95, 0.9 right; bin 0.2-0.3: confidence 0.25, 0.1 right
    assert cal["ece"] == pytest.approx(0.5 * 0.05 + 0.5 * 0.15)
    assert [b[2] for b in cal["bins"]] == [10, 10]
    assert calibration([])["ece"] is None
