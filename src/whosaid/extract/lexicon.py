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
    claims_of_others: frozenset[str]
    receiving_verbs: frozenset[str]
    topic_verbs: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged cue lexicon; sections of ``cues.txt`` become sets of lowercase lemmas."""
    found = sections("cues.txt")
    return Lexicon(*(found.get(k, frozenset()) for k in Lexicon.__dataclass_fields__))


def sections(name: str) -> dict[str, frozenset[str]]:
    """A packaged word-list file: ``[section]`` lines open a set, ``#`` starts a comment, and
    every other word is a lower-case entry of the current section."""
    text = resources.files("whosaid.extract").joinpath(name).read_text("utf-8")
    found: dict[str, set[str]] = {}
    current: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], set())
        elif line:
            current.update(line.split() if name != "cues.txt" else [line])
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Every verb lemma that can open a reported-speech cue (any verb section)."""
    lex = lexicon()
    return lex.verbs | lex.object_verbs | lex.xcomp_verbs
