"""Speaker names across articles: normalising titles away and deciding when two names match.

"Putin", "Vladimir Putin", "President Vladimir Putin" and "Russian President Vladimir Putin"
all normalise to a person with surname ``putin``; two people match when their surnames are
equal and their first names are compatible (equal, one an initial of the other, or one absent).

The alias file (YAML) lets a user override the rules::

    merge:                      # canonical name: names that are the same speaker
      Vladimir Putin: [Putin, V. Putin, Vladimir Vladimirovich Putin]
      Volodymyr Zelensky: [Zelenskyy, Volodymyr Zelenskyy]
    split:                      # names kept apart: matched exactly, never by surname
      - George W. Bush
      - George H. W. Bush
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# Words that precede a name as a title or role; a name is what follows the last of them.
TITLE_WORDS = frozenset([
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "sen",
    "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime",
    "minister", "ministers", "secretary", "chancellor", "premier", "king", "queen", "prince",
    "princess", "pope", "general", "gen", "col", "colonel", "lt", "lieutenant", "adm",
    "admiral", "maj", "major", "capt", "captain", "sgt", "commander", "chief", "ambassador",
    "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "adviser",
    "advisor", "aide", "director", "deputy", "head", "leader", "chairman", "chairwoman",
    "chair", "ceo", "founder", "mayor", "judge", "justice", "attorney", "state", "foreign",
    "defense", "defence", "interior", "finance", "economy", "affairs", "of", "the", "and",
    "for", "former", "acting", "first", "lady", "opposition", "party", "press", "ex", "u.s.",
    "us", "uk", "un", "eu", "nato", "white", "house", "kremlin", "official",
])

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# lower-case name particles that belong to the name ("Ursula von der Leyen")
PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al",
                       "del", "dos", "ibn"})


def fold(text: str) -> str:
    """Lower case without accents, so "Zelenskyy" vs "Zélenskyy" differ only where they should."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def clean_name(name: str) -> str:
    """Drop leading titles and roles, possessives and stray punctuation.

    >>> clean_name("Russian President Vladimir Putin's")
    'Vladimir Putin'
    """
    name = re.sub(r"['’]s$", "", " ".join(name.split())).strip(" ,.;:\"“”'’")
    tokens = name.split()
    kept: list[str] = []
    for token in reversed(tokens):
        bare = fold(token).strip(",")
        if kept and bare not in PARTICLES and (bare in TITLE_WORDS or not token[:1].isupper()):
            break
        kept.append(token.strip(","))
    # a demonym left in front of the name ("Russian Vladimir Putin") is rare once titles go,
    # but an all-title name ("the President") keeps its words rather than becoming empty
    return " ".join(reversed(kept)) or name


def alias_key(name: str, person: bool = True) -> str:
    """The lookup key of a name in ``speaker_aliases``: folded and single-spaced, and for a
    person with titles dropped ("White House" is an organisation and keeps both words)."""
    return " ".join(fold(clean_name(name) if person else name).replace(".", " ").split())


def spelling_key(word: str) -> str:
    """One key for the transliterations of a Slavic name: Zelensky, Zelenskyy, Zelenskiy and
    Zelenskyi; Dmitry, Dmitriy and Dmitri; Andriy and Andrii."""
    return re.sub(r"(?:yy|iy|yi|ii|ij|y|i)$", "y", word) if len(word) > 3 else word


# A group or anonymous source named by a bare plural or a bare noun ("officials", "sources",
# "analysts") is a different set of people in every article; "U.S. officials" is kept as one.
GENERIC_WORDS = frozenset({"the", "a", "an", "some", "many", "several", "other", "two", "three",
                           "few", "most", "all", "both", "these", "those", "one", "another"})


def generic(name: str) -> bool:
    """Whether a group or anonymous name is unqualified: nothing but a head noun after
    determiners and quantifiers ("officials", "some analysts", "a source")."""
    words = [w for w in fold(name).split() if w not in GENERIC_WORDS]
    return len(words) <= 1


@dataclass(frozen=True)
class PersonName:
    first: str | None  # folded, "" never; None when only a surname was given
    surname: str

    @classmethod
    def parse(cls, name: str) -> PersonName:
        parts = [spelling_key(p) for p in alias_key(name).split() if p not in SUFFIXES]
        if not parts:
            return cls(None, alias_key(name))
        return cls(parts[0] if len(parts) > 1 else None, parts[-1])

    def compatible(self, other: PersonName) -> bool:
        if self.surname != other.surname:
            return False
        if self.first is None or other.first is None:
            return True
        a, b = sorted((self.first, other.first), key=len)
        return a == b or (len(a) == 1 and b.startswith(a))


def fuller(a: str, b: str) -> str:
    """The more informative of two names for the same person ("Vladimir Putin" over "Putin")."""
    return b if len(clean_name(b).split()) > len(clean_name(a).split()) else a


@dataclass
class AliasFile:
    """A parsed alias file: ``merge`` maps a canonical name to its aliases; ``split`` lists
    names that must stay speakers of their own."""

    merge: dict[str, list[str]] = field(default_factory=dict)
    split: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path) -> AliasFile:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or set(data) - {"merge", "split"}:
            raise ValueError(f"{path}: expected a mapping with keys 'merge' and/or 'split'")
        merge = data.get("merge") or {}
        split = data.get("split") or []
        if not isinstance(merge, dict) or not isinstance(split, list):
            raise TypeError(f"{path}: 'merge' must be a mapping and 'split' a list")
        return cls(
            merge={str(k): [str(a) for a in (v or [])] for k, v in merge.items()},
            split=[str(s) for s in split],
        )
