"""Topic-pack keywords: word and phrase lists compiled to one regular expression each,
matched case-insensitively.

A term is a word or phrase; words are matched whole, a trailing ``*`` matches any ending, and a
final word also matches its plural and possessive (a cheap stand-in for lemmas that needs no
parse). Each list also keeps the first words of its terms, so a text that has none of them is
skipped without running the regex: that keeps tagging cheap next to the language model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_SUFFIX = r"(?:s|es|'s|’s)?"
_EDGE = "\"“”‘’'()[]{},;:!?…"


def _word(token: str, last: bool) -> str:
    if token.endswith("*"):
        return re.escape(token.rstrip("*")) + r"[\w'’-]*"
    return re.escape(token) + (_SUFFIX if last and token[-1:].isalpha() else "")


def term_regex(term: str) -> str:
    """The pattern for one term: its words in order, any whitespace between."""
    tokens = term.split()
    body = r"\s+".join(_word(t, i == len(tokens) - 1) for i, t in enumerate(tokens))
    return body


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=256)
def text_words(text: str) -> frozenset[str]:
    """The text's words, lower-cased, with and without a final full stop, plural or possessive:
    a superset of every term's first word that could match here. Cached: every pack and
    issue asks it of the same statement and the same article."""
    out = set()
    for raw in text.split():
        word = _fold(raw.strip(_EDGE))
        for w in (word, word.rstrip(".")):
            out.add(w)
            for suffix in ("'s", "es", "s"):
                if w.endswith(suffix):
                    out.add(w[: -len(suffix)])
    return frozenset(out)


@dataclass(frozen=True)
class Keywords:
    pattern: re.Pattern[str]
    firsts: frozenset[str]  # first words of terms without a wildcard
    prefixes: tuple[str, ...]  # first words of terms that end in '*'

    def find(self, text: str, words: frozenset[str] | None = None) -> list[re.Match[str]]:
        words = text_words(text) if words is None else words
        if self.firsts.isdisjoint(words) and not any(
                w.startswith(self.prefixes) for w in words if self.prefixes):
            return []
        return list(self.pattern.finditer(text))


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...]) -> Keywords | None:
    """One alternation over all terms, longest first so a phrase wins over its first word."""
    if not terms:
        return None
    ordered = sorted(set(terms), key=len, reverse=True)
    firsts = {_fold(t.split()[0]) for t in ordered}
    return Keywords(
        # one boundary check around the whole alternation, not one per term: much faster
        re.compile(r"(?<![\w-])(?:" + "|".join(term_regex(t) for t in ordered) + r")(?![\w-])",
                   re.IGNORECASE),
        frozenset(f for f in firsts if not f.endswith("*")),
        tuple(sorted(f.rstrip("*") for f in firsts if f.endswith("*"))),
    )


def find_terms(keywords: Keywords | None, text: str,
               words: frozenset[str] | None = None) -> list[re.Match[str]]:
    return keywords.find(text, words) if keywords is not None else []


def distinct(matches: Iterable[re.Match[str]]) -> set[str]:
    """The different terms hit (case and spacing folded): repeating a word is not more evidence."""
    return {" ".join(m.group(0).lower().split()) for m in matches}
