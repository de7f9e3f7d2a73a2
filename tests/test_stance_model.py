"""The sentence encoder (ONNX, int8) and the learned issue/stance model load and predict."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from whosaid import encoder as enc
from whosaid.issues import learned
from whosaid.issues.packs import get_pack

TEXTS = ["Kyiv said the US peace plan could serve as the basis for talks.",
         "The Kremlin rejected the plan outright.",
         "The weather in Moscow was cold on Tuesday."]


@pytest.fixture(scope="module")
def encoder() -> enc.Encoder:
    return enc.default_encoder()


def test_embeddings_are_normalised_and_deterministic(encoder):
    a = encoder.embed(TEXTS)
    assert a.shape == (3, enc.DIM) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(a, encoder.embed(TEXTS))
    # one text alone and in a batch: the same row (padding does not change it)
    assert np.allclose(encoder.embed(TEXTS[:1])[0], a[0], atol=1e-4)
    sim = a @ a.T
    assert sim[0, 1] > sim[0, 2]  # two statements on the plan are nearer than the weather


def test_manifest_records_the_base_model_and_the_quantisation_cost(encoder):
    m = encoder.manifest
    assert m["base_model"] == enc.BASE_MODEL and m["dim"] == 384 and m["pooling"] == "mean"
    assert m["int8_vs_fp32"]["mean_cosine"] >= 0.99


@pytest.mark.parametrize("key,value", [("wheel_sha256", "0" * 64), ("max_length", 512),
                                       ("pooling", "cls")])
def test_encoder_refuses_a_manifest_that_does_not_match(tmp_path, key, value):
    folder = tmp_path / "encoder"
    shutil.copytree(enc.ENCODER_DIR, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest[key] = value
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(enc.EncoderError, match=key):
        enc.Encoder(folder)


def test_encoder_refuses_a_changed_file(tmp_path):
    folder = tmp_path / "encoder"
    shutil.copytree(enc.ENCODER_DIR, folder)
    with open(folder / "tokenizer.json", "a") as f:
        f.write(" ")
    with pytest.raises(enc.EncoderError, match="does not match"):
        enc.Encoder(folder)


def test_learned_model_loads_and_tags_made_up_statements(encoder):
    model = learned.LearnedModel(encoder=encoder)
    pack = get_pack("ukraine-peace-2025")
    preds = model.predict(TEXTS, ["", "", ""], pack)
    assert [len(p) for p in preds] == [len(pack.issues)] * 3
    best = [max(p, key=lambda q: q.relevant) for p in preds]
    assert best[0].issue.id == "peace-plan" and best[0].relevant > best[2].relevant
    assert all(0 <= q.relevant <= 1 and q.stance in learned.STANCES for p in preds for q in p)
    tags = model.tag_text(TEXTS[0], pack)
    assert tags and tags[0].issue == "ukraine-peace-2025/peace-plan"
    assert not model.tag_text(TEXTS[2], pack)


def test_learned_model_refuses_another_encoder(tmp_path, encoder):
    folder = tmp_path / "model"
    shutil.copytree(learned.MODEL_DIR, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["encoder"] = "some-other-encoder@0"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(learned.LearnedModelError, match="encoder"):
        learned.LearnedModel(folder, encoder=encoder)


def test_tag_article_uses_the_learned_model_only_when_asked():
    from whosaid.issues.tagger import tag_article, tag_text
    default_model = learned.default_model
    from whosaid.models import Article, Span, Statement

    text = "Kyiv said the US peace plan could serve as the basis for talks."

    def article() -> Article:
        content = Span.of(text, 10, len(text) - 1)
        return Article(id="a", text=text, statements=[Statement("indirect", [content])])

    pack = get_pack("ukraine-peace-2025")
    default, lexicon, learned_ = article(), article(), article()
    tag_article(default, [pack])
    tag_article(lexicon, [pack], tag=tag_text)
    tag_article(learned_, [pack], tag=default_model().tag_text)
    assert default.statements[0].issues == lexicon.statements[0].issues
    assert learned_.statements[0].issues[0].issue == "ukraine-peace-2025/peace-plan"


def test_issues_model_flag_tags_with_the_learned_model_in_every_engine(tmp_path, monkeypatch):
    """--issues-model learned reaches the pipeline through $WHOSAID_ISSUES_MODEL (as process
    pools and Ray workers inherit it): the statements carry the learned model's tags."""
    from click.testing import CliRunner
    from conftest import USER_ARTICLE

    from whosaid.cli import main
    from whosaid.ingest import iter_documents
    from whosaid.issues.select import ISSUES_MODEL_ENV, default_tagger
    from whosaid.issues.tagger import tag_article, tag_text
    from whosaid.pipeline import analyze_many

    monkeypatch.setenv(ISSUES_MODEL_ENV, "")  # restored after the test
    assert default_tagger() == tag_text
    out = CliRunner().invoke(main, ["extract", str(USER_ARTICLE), "--format", "jsonl",
                                    "--model", "fast", "--issues-model", "learned"])
    assert out.exit_code == 0, out.output
    flagged = [s["issues"] for line in out.output.splitlines() if line.startswith("{")
               for s in json.loads(line)["statements"]]
    [article] = analyze_many(iter_documents([str(USER_ARTICLE)]), model="fast")
    tag_article(article, tag=learned.default_model().tag_text)
    expected = [[{"issue": t.issue, "score": t.score, "stance": t.stance,
                  "stance_confidence": t.stance_confidence} for t in s.issues]
                for s in article.statements]
    assert flagged == expected and any(flagged)
    monkeypatch.setenv(ISSUES_MODEL_ENV, "oracle")
    with pytest.raises(ValueError, match="lexicon, learned"):
        default_tagger()
