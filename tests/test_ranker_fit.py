"""The ranker carries what it fits, and loading refuses one that does not fit."""

from __future__ import annotations

import json

import pytest

from whosaid.extract.ranker import (
    FEATURE_VERSION,
    RankerError,
    default_ranker,
    fit_meta,
    load_ranker,
)


def test_the_packaged_ranker_fits_this_code():
    ranker = default_ranker()
    assert ranker is not None
    assert ranker.meta["feature_version"] == FEATURE_VERSION
    assert ranker.meta["lexicon_sha256"] == fit_meta()["lexicon_sha256"]


@pytest.mark.parametrize("field, value, message", [
    ("feature_version", "ranker-features-v0", "trained on features"),
    ("lexicon_sha256", "0" * 64, "another cue lexicon"),
])
def test_a_ranker_that_does_not_fit_is_refused(tmp_path, field, value, message):
    data = json.loads(default_ranker().to_json())
    data["meta"][field] = value
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RankerError, match=message):
        load_ranker(path)
    data["meta"].pop(field)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RankerError, match="make train-ranker"):
        load_ranker(path)
