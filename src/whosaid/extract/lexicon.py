"""The cue lexicon (cues.txt), parsed once per process into frozen sets of lemmas."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    verbs: frozenset[str]
    nouns: frozenset[str]
    anonymous: frozenset[str]
    organizations: frozenset[str]
    object_verbs: frozenset[str]
    xcomp_verbs: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon; sections of ``cues.txt`` become sets of lowercase lemmas."""
    text = resources.files("whosaid.extract").joinpath("cues.txt").read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif line:
            current.add(line)
    return Lexicon(*(frozenset(sections.get(k, ())) for k in Lexicon.__dataclass_fields__))


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every verb lemma that can open a reported-speech cue (any verb section)."""
    lex = lexicon()
    return lex.verbs | lex.object_verbs | lex.xcomp_verbs
