"""Which issue tagger the pipeline uses: the topic packs' lexicon (``whosaid.issues.tagger``)
or the learned model (``whosaid.issues.learned``), as ``$WHOSAID_ISSUES_MODEL`` says.

``--issues-model`` sets it, so every engine's workers (process pools and local Ray workers
inherit the environment) and web uploads agree on it."""

from __future__ import annotations

import os

from whosaid.issues.tagger import Tagger, tag_text

ISSUES_MODEL_ENV = "WHOSAID_ISSUES_MODEL"
ISSUES_MODELS = ("lexicon", "learned")


def default_tagger() -> Tagger:
    """The tagger ``$WHOSAID_ISSUES_MODEL`` names: the lexicon unless it says ``learned``."""
    name = os.environ.get(ISSUES_MODEL_ENV, "").strip() or "lexicon"
    if name == "learned":
        from whosaid.issues.learned import default_model

        return default_model().tag_text
    if name != "lexicon":
        raise ValueError(f"{ISSUES_MODEL_ENV} must be one of {', '.join(ISSUES_MODELS)}, "
                         f"not {name!r}")
    return tag_text
