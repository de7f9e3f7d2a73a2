"""The trained reported-speech ranker: the packaged model, its features, its training loop."""

from __future__ import annotations

import json

import pytest
from conftest import POLNEAR, USER_ARTICLE

from whosaid.extract.ranker import Ranker, default_ranker, features
from whosaid.extract.reported import find_cues
from whosaid.extract.statements import candidates, extract_statements

KEEP_ALL = Ranker({}, 0.0, 0.0, {})


def test_packaged_model_is_trained_on_train_only_and_small():
    ranker = default_ranker()
    assert ranker is not None
    assert ranker.meta["trained_on"] == "PolNeAR train"
    assert 0.0 < ranker.threshold < 1.0
    assert 1_000 < len(ranker.weights) < 50_000
    assert ranker.meta["cv_end_to_end_f1"] > ranker.meta["cv_end_to_end_f1_keep_all"]


def test_probability_is_a_logistic_of_summed_weights():
    r = Ranker({"a": 2.0, "b": -1.0}, 0.0, 0.5, {})
    assert r.probability([]) == pytest.approx(0.5)
    assert r.probability(["a", "b"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert r.probability(["unseen"]) == pytest.approx(0.5)
    assert Ranker.from_json(r.to_json()).weights == r.weights


def test_verbs_outside_the_lexicon_are_proposed_only_for_a_ranker(nlp):
    doc = nlp("The senator backed Hillary Clinton for president on Tuesday.")
    sent = next(doc.sents)
    assert [c.anchor.text for c in find_cues(sent)] == []
    opened = find_cues(sent, open_verbs=True)
    assert [(c.anchor.text, c.how, c.open) for c in opened] == [("backed", "dobj", True)]
    feats = features(opened[0], "indirect")
    assert "lemma=back" in feats and "how=dobj" in feats and "open=True" in feats


def test_nouns_outside_the_lexicon_are_proposed_with_their_owner(nlp):
    doc = nlp("The governor's criticism of the new tax was sharp.")
    sent = next(doc.sents)
    assert [c.anchor.text for c in find_cues(sent)] == []
    opened = find_cues(sent, open_verbs=True)
    assert [(c.anchor.text, c.how, c.source.text) for c in opened] == [
        ("criticism", "noun:of", "governor")]
    assert [doc.text[s:e] for s, e in opened[0].content] == ["the new tax"]
    # No owner, no statement: "the cost of the new tax" is nobody's criticism.
    plain = next(nlp("The cost of the new tax is high.").sents)
    assert find_cues(plain, open_verbs=True) == []


def test_the_ranker_decides_and_its_probability_is_the_confidence(nlp):
    doc = nlp("The senator backed Hillary Clinton for president on Tuesday.")
    kept = [st for d, st in candidates(doc, KEEP_ALL) if d.features]
    assert [st.cue[0].text for st in kept] == ["backed"]
    assert kept[0].confidence == 0.5
    refuse = Ranker({"lemma=back": -5.0}, 0.0, 0.3, {})
    assert extract_statements(doc, refuse) == []


def test_quotes_are_never_claimed_by_an_open_verb(nlp):
    doc = nlp('The mayor backed "a much bigger budget" for the schools.')
    for draft, st in candidates(doc, KEEP_ALL):
        assert not (draft.features and "open=True" in draft.features and st.kind != "indirect")


def test_an_open_verb_yields_to_the_noun_cue_it_wraps(nlp):
    from whosaid.ingest import iter_documents
    from whosaid.pipeline import analyze

    doc = nlp(analyze(next(iter_documents([str(USER_ARTICLE)]))).text)
    cues = [st.cue[0].text for st in extract_statements(doc, KEEP_ALL) if st.cue]
    assert "warning" in cues
    assert "issued" not in cues  # "issued a defiant warning that…" is the warning's statement
    assert "accept" not in cues  # "if Kyiv refuses to accept" is inside Putin's warning


@pytest.mark.skipif(not (POLNEAR / "train.jsonl").exists(), reason="PolNeAR train not present")
def test_training_on_a_few_train_articles_writes_a_usable_model(nlp, tmp_path):
    from whosaid.eval.polnear import read_polnear
    from whosaid.eval.train import THRESHOLDS, collect, train

    golds = list(read_polnear(POLNEAR / "train.jsonl", 8))
    examples = collect(golds, nlp.pipe(g.text for g in golds))
    labels = [y for ex in examples for f, y in zip(ex.features, ex.labels) if f is not None]
    assert 0 < sum(labels) < len(labels)
    ranker = train(examples, folds=2, log=lambda _: None)
    assert ranker.threshold in THRESHOLDS
    assert ranker.meta["articles"] == 8
    path = tmp_path / "ranker.json"
    path.write_text(ranker.to_json())
    assert json.loads(path.read_text())["meta"]["folds"] == 2
