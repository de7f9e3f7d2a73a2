"""Who said what: statements and their speakers from a parsed article.

Two models, one contract (``extract``):

- ``accurate`` (the default): a trained transformer (``tagger``, run by ``neural``) marks
  cue, source and content and links them; the rules add what it misses.
- ``fast``: the rules alone. Stages, each its own module: ``quotes`` (pair quote marks),
  ``reported`` (cues in the parse), ``ranker`` (a model trained on PolNeAR train keeps the
  reported-speech candidates likely to be statements), ``speakers`` (mentions and
  within-article resolution), ``statements`` (joins them).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from whosaid.extract.statements import extract_statements
from whosaid.models import DEFAULT_MODEL, MODELS, Statement


def extract(doc: Doc, model: str = DEFAULT_MODEL) -> list[Statement]:
    """Every statement in ``doc`` by the named model (``accurate`` or ``fast``)."""
    if model == "fast":
        from whosaid.extract.neural import calibrate

        version = f"fast {fast_version()}"
        calibration = _rules_calibration()
        statements = [st for st in extract_statements(doc) if says_something(doc, st)]
        for st in statements:
            st.model = version
            st.confidence = calibrate(calibration, f"rules_{st.kind}", st.confidence)
        return statements
    if model != "accurate":
        raise ValueError(f"unknown model {model!r}: choose one of {', '.join(MODELS)}")
    from whosaid.extract.neural import model_statements
    from whosaid.extract.tagger import default_model

    return [st for st in model_statements(doc, default_model()) if says_something(doc, st)]


QUESTION_NOUNS = frozenset({"question", "query", "inquiry"})
ABOUT = frozenset({"about", "on", "over", "regarding", "concerning"})


def says_something(doc: Doc, statement: Statement) -> bool:
    """Reported speech whose content is only function words ("a provision that Kyiv has
    rejected": content "that") says nothing, nor does one that is only the questions someone
    took ("Putin answered questions from Russian journalists"); a quoted "No." still does."""
    if statement.kind != "indirect":
        return True
    tokens = [t for sp in statement.content
              for t in doc.char_span(sp.start, sp.end, alignment_mode="expand") or []]
    if tokens and _taken_questions(tokens):
        return False
    return any(not (t.is_stop or t.is_punct or t.is_space) for t in tokens)


def _taken_questions(tokens: list) -> bool:
    """Content that is the questions someone took ("questions from Russian journalists after
    the meeting", however the parse attaches the rest), not what they were about ("questions
    about how gender has affected her life": PolNeAR annotates that as what was said)."""
    head = next(t for t in tokens if t.head not in tokens or t.head == t)  # the first root
    return head.lemma_.lower() in QUESTION_NOUNS and head.pos_ == "NOUN" \
        and not any(c.dep_ == "prep" and c.lower_ in ABOUT for c in head.children)


@functools.cache
def _rules_calibration() -> dict:
    """The rules' calibration from the attribution model's manifest (fitted on held-out train
    for the same rule statements); none without a model, and the raw scores stand."""
    from whosaid.extract.tagger import ModelError, model_dir, read_manifest

    try:
        calibration = read_manifest(model_dir()).get("calibration", {})
    except ModelError:
        return {}
    return {k: v for k, v in calibration.items() if k.startswith("rules_")}


@functools.cache
def fast_version() -> str:
    from whosaid.extract.ranker import default_ranker

    ranker = default_ranker()
    return ranker.version if ranker is not None else "rules"


__all__ = ["DEFAULT_MODEL", "MODELS", "extract", "extract_statements"]
