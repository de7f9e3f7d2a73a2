"""Word and phrase lists compiled to one regular expression each, matched case-insensitively.

A term is a word or phrase; words are matched whole, a trailing ``*`` matches any ending, and a
final word also matches its plural and possessive (a cheap stand-in for lemmas that needs no
parse, so tagging costs almost nothing next to the language model).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_SUFFIX = r"(?:s|es|'s|’s)?"


def _word(token: str, last: bool) -> str:
    if token.endswith("*"):
        return re.escape(token.rstrip("*")) + r"[\w'’-]*"
    return re.escape(token) + (_SUFFIX if last and token[-1:].isalpha() else "")


def term_regex(term: str) -> str:
    """The pattern for one term: its words in order, any whitespace between, whole words."""
    tokens = term.split()
    body = r"\s+".join(_word(t, i == len(tokens) - 1) for i, t in enumerate(tokens))
    return rf"(?<![\w-]){body}(?![\w-])"


@lru_cache(maxsize=4096)
def compile_terms(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation over all terms, longest first so a phrase wins over its first word."""
    if not terms:
        return None
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(term_regex(t) for t in ordered), re.IGNORECASE)


def find_terms(pattern: re.Pattern[str] | None, text: str) -> list[re.Match[str]]:
    return list(pattern.finditer(text)) if pattern is not None else []


def distinct(matches: Iterable[re.Match[str]]) -> set[str]:
    """The different terms hit (case and spacing folded): repeating a word is not more evidence."""
    return {" ".join(m.group(0).lower().split()) for m in matches}
