"""People's names, normalised one way for the whole house: folding case and accents, dropping
titles, writing Cyrillic in Latin, the surname key by which two names of one person meet,
and the script a name (or any text) is written in (``script``: quote tracing compares two
texts in different scripts with its multilingual encoder).

It imports nothing of whosaid, so every floor can use it: speaker resolution within an article
(``extract/speakers.py``), events naming their participants (``events.py``), speaker identity
across articles in the database (``store/identity.py``) and the speaker evaluation
(``eval/speakers.py``).
"""

from __future__ import annotations

import re
import unicodedata

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


# Cyrillic letters in Latin (after ``fold``, which has made й и and ё е), so that a name a
# Russian or Ukrainian text writes in its own script meets its English spelling: "Путин" is
# "putin", "Зеленский" is "zelenskii", which ``spelling_key`` makes "zelensky".
ROMAN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e",
                       "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "к": "k", "л": "l",
                       "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
                       "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                       "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u052F]")


def script(text: str) -> str | None:
    """The script most letters of ``text`` are in ("LATIN", "CYRILLIC", "GREEK", ...), read
    from each letter's Unicode name; None for a text without letters."""
    letters = len(_LETTER.findall(text))
    latin, cyrillic = len(_LATIN.findall(text)), len(_CYRILLIC.findall(text))
    if not letters:
        return None
    if max(latin, cyrillic) * 2 >= letters:  # the common cases, by regular expressions
        return "LATIN" if latin >= cyrillic else "CYRILLIC"
    counts: dict[str, int] = {}
    for ch in _LETTER.findall(text):
        name = unicodedata.name(ch, "")
        key = name.split(" ", 1)[0] if name else ""
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k])


def in_latin(name: str) -> bool:
    """Whether a name is written in Latin letters (most of its letters; true without any):
    "Vladimir Putin" is, "Владимир Путин" is not."""
    return script(name) in ("LATIN", None)


def person_key(name: str) -> str:
    """A person's name folded and single-spaced, titles dropped, one apostrophe, Cyrillic
    written in Latin: "President V. Putin's" -> "v putin", "James O’Neill" -> "james
    o'neill", "Владимир Путин" -> "vladimir putin"."""
    key = fold(clean_name(name)).translate(ROMAN)
    return " ".join(key.replace(".", " ").replace("’", "'").split())


def spelling_key(word: str) -> str:
    """One key for the transliterations of a Slavic name: Zelensky, Zelenskyy, Zelenskiy and
    Zelenskyi; Dmitry, Dmitriy and Dmitri; Andriy and Andrii."""
    return re.sub(r"(?:yy|iy|yi|ii|ij|y|i)$", "y", word) if len(word) > 3 else word


def name_parts(name: str) -> tuple[str | None, str]:
    """(first name, surname) of a person's name as keys: folded, titles and suffixes dropped,
    one spelling for each transliteration; the first name is None when only one name is
    given. "President Volodymyr Zelenskyy" -> ("volodymyr", "zelensky")."""
    parts = [spelling_key(p) for p in person_key(name).split() if p not in SUFFIXES]
    if not parts:
        return None, person_key(name)
    return (parts[0] if len(parts) > 1 else None), parts[-1]


def surname_key(name: str) -> str:
    """The key two names of one person share: "Putin", "Vladimir Putin's" and "President
    Vladimir Putin" all give "putin"."""
    return name_parts(name)[1]
