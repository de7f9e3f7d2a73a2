"""Speaker identity across articles: deciding when two names are one speaker, and the alias
file that overrides it. The names themselves are normalised by ``whosaid.names``.

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

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from whosaid.names import clean_name, fold, in_latin, name_parts, person_key


def alias_key(name: str, person: bool = True) -> str:
    """The lookup key of a name in ``speaker_aliases``: folded and single-spaced, and for a
    person with titles dropped ("White House" is an organisation and keeps both words)."""
    return person_key(name) if person else " ".join(fold(name).replace(".", " ").split())


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
        return cls(*name_parts(name))

    def compatible(self, other: PersonName) -> bool:
        if self.surname != other.surname:
            return False
        if self.first is None or other.first is None:
            return True
        a, b = sorted((self.first, other.first), key=len)
        return a == b or (len(a) == 1 and b.startswith(a))


def fuller(a: str, b: str) -> str:
    """The more informative of two names for the same person ("Vladimir Putin" over "Putin"),
    in Latin letters where one of them is ("Vladimir Putin" over "Владимир Путин"): the
    reports whosaid reads, and its users, write names in Latin."""
    if in_latin(a) != in_latin(b):
        return a if in_latin(a) else b
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
