"""Speaker resolution: from the words that name a speaker to who it is, within one article.

The article is indexed once (``Entities``): the people it names (their fullest name, the
titles and roles it gives them, their gender where the text shows it), its organizations
(with acronyms and short forms) and the documents it cites. ``Resolver.resolve`` then turns
each speaker mention, in text order, into a ``Speaker`` that says how it was reached
(``Speaker.resolution``):

==============  ==========================================================================
named           the mention is the full name ("Dmitry Peskov")
apposition      a name inside a description ("Trump's special envoy Steve Witkoff")
surname         a short form of a name given in full elsewhere ("Putin", "Mr. Cruz")
pronoun         he / she / they / it / who, to an antecedent that agrees in gender, number
                and kind ("He" never goes to Anna Berg when the article calls her "Ms. Berg")
role            a title the article gives one person ("the French president" -> the person
                it called French President; "the spokesman" -> the spokesman it named)
role_unnamed    a role the article never ties to a name ("a Kremlin spokesman")
organization    an institution, its acronym or its short form ("the fund" -> International
                Monetary Fund, "the campaign" -> Clinton campaign)
group           people who are not one body ("U.S. officials", "Republicans", "they")
anonymous       a source that hides who it is ("sources", "a person familiar with the talks")
document        a text that "says" ("the 28-point plan", "a Quinnipiac University poll")
carried_over    set by the callers: a quote that continues the previous speaker
==============  ==========================================================================

A mention that names nothing that can speak ("Her calm manner", "Negotiations", "on") gets
no speaker rather than a wrong one. Both statement models use this resolver.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ftfy import fix_encoding
from spacy.tokens import Doc, Token

from whosaid.extract.lexicon import cue_verbs, lexicon, sections
from whosaid.extract.quotes import find_quotes
from whosaid.extract.reported import spaced_dash
from whosaid.models import Span, Speaker
from whosaid.names import SUFFIXES

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
FIRST_SECOND = {"i", "me", "we", "us", "you", "my", "our", "your", "one"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
# Dependents that describe rather than name the speaker; left out of the mention span.
CLAUSE_DEPS = {"relcl", "acl", "appos", "advcl", "prep"}
PRONOUN_REACH = 1500  # characters: a speaker further back than this has lost the pronoun
ANTECEDENT_SENTENCES = 3  # how far back "they" and "it" look for their subject
DOCUMENT_SENTENCES = 6  # how far back "the report" looks for the report it is
DETERMINERS = {"the", "a", "an"}
HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "mrs": "f",
              "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
              "madam": "f", "mx": None, "dr": None}
# "Sen. Marco Rubio" is the Florida senator a later sentence speaks of.
OFFICE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor",
                        "gen": "general", "pres": "president", "sec": "secretary",
                        "amb": "ambassador", "adm": "admiral", "col": "colonel"}
GENDERED_ROLES = {
    "m": {"spokesman", "chairman", "congressman", "businessman", "councilman", "husband",
          "father", "son", "brother", "king", "prince", "grandfather", "uncle", "nephew",
          "boyfriend", "widower", "anchorman", "assemblyman", "alderman", "actor"},
    "f": {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
          "wife", "mother", "daughter", "sister", "queen", "princess", "grandmother", "aunt",
          "niece", "girlfriend", "widow", "anchorwoman", "assemblywoman", "actress"},
}
# Evidence weights for a person's gender: a title or gendered role outweighs a first name,
# which outweighs one pronoun seen next to the name.
TITLE_WEIGHT, FIRST_NAME_WEIGHT, PRONOUN_WEIGHT = 3, 2, 1
# Endings that make a noun a person ("economist", "politician", "congressman"); "-er" and
# "-or" are left to the word list, as "manner", "matter" and "order" name no one.
AGENT_SUFFIXES = ("ist", "ian", "man", "woman", "person", "eer", "crat")
WORDS = sections("speakers.txt")
DOCUMENT_NOUNS, ORG_NOUNS = WORDS["documents"], WORDS["institutions"]
PERSON_NOUNS, FUNCTION_WORDS = WORDS["persons"], WORDS["function"]
FUNCTIONARIES = WORDS["functionaries"]
SPEECH_FORMS = frozenset({"said", "says", "stated", "states", "added", "adds", "continued",
                          "continues", "wrote", "writes", "told", "tells", "asked", "asks",
                          "explained", "noted", "argued", "replied", "responded", "tweeted"})
ISSUED = frozenset({"statement", "release", "email", "letter", "memo", "post", "tweet"})
OWNED_BODIES = frozenset({"campaign", "office", "team", "administration", "staff"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Document nouns a later "the survey" may stand for, kind by kind.
DOCUMENT_KINDS = [{"poll", "survey", "result", "results"},
                  {"report", "study", "analysis", "review", "research", "findings"},
                  {"email", "letter", "memo", "memorandum", "note"},
                  {"editorial", "piece", "column", "article", "op-ed", "story"}]
NAME_STOP = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "&"})
CAPITALISED_BEFORE = r"((?:[A-Z][\w.&'’/-]*\s+){1,5})"
DESCRIPTORS = {"former", "current", "top", "senior", "new", "then", "outgoing", "incoming",
               "acting", "deputy", "chief", "longtime", "veteran", "late", "ex"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Offices an article names their holder by, wherever the holder was named ("the senator");
# other descriptions ("the star", "the businessman") go to whom the last sentences are about.
OFFICES = frozenset({"president", "senator", "governor", "minister", "chancellor", "premier",
                     "secretary", "mayor", "congressman", "congresswoman", "representative",
                     "speaker", "leader", "chairman", "chairwoman", "chair", "director",
                     "ambassador", "judge", "justice", "general", "commander", "ceo", "chief",
                     "prosecutor", "king", "queen", "pope", "nominee", "candidate", "lawmaker",
                     "spokesman", "spokeswoman", "spokesperson", "envoy", "sheriff"})
NAMED_DOCUMENTS = {"poll", "survey", "study"}  # capitalised in a name, still a document
LATEST = {"latest", "recent", "last", "previous", "same", "first", "earlier", "other", "own"}
LEADING_WORDS = {"the", "a", "an", "in", "on", "at", "but", "and", "as", "for", "of", "by",
                 "my", "your", "our", "his", "her", "its", "their", "this", "that", "these",
                 "those"}  # "Your letter" in a quote names no letter's author
# "45 percent of voters", "a majority of Republicans": a share of people, whom a poll asked
SHARES = {"percent", "%", "majority", "minority", "half", "third", "quarter", "fifth",
          "two-thirds", "plurality", "share", "proportion"}
POLLS = {"poll", "survey"}
GENERIC_PEOPLE = {"man": "m", "guy": "m", "woman": "f", "person": None}  # "said the woman"


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names and the gender they mostly signal (``first_names.txt``)."""
    text = resources.files("whosaid.extract").joinpath("first_names.txt").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) == 2 and words[1] in ("m", "f"):
            out[words[0]] = words[1]
    return out


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str | None]]:
    """The full name a bare surname stands for in the news, and its gender
    (``known_people.tsv``, learned from PolNeAR train by ``make known-people``)."""
    text = resources.files("whosaid.extract").joinpath("known_people.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3:
            continue
        out[cols[0]] = (cols[1], cols[2] or None)
    return out


@lru_cache(maxsize=1)
def known_titles() -> dict[tuple[str, str], list[tuple[str, frozenset[str]]]]:
    """What people named in the news are called, by (given name, surname) in lower case: each
    title's head and its words (``known_titles.tsv``, learned with the known-people list)."""
    text = resources.files("whosaid.extract").joinpath("known_titles.tsv").read_text("utf-8")
    out: dict[tuple[str, str], list[tuple[str, frozenset[str]]]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3:
            continue
        words = cols[0].split()
        bare = [w for w in words if w.lower() not in SUFFIXES] or words
        key = (bare[0].lower(), bare[-1].lower())
        out.setdefault(key, []).append((cols[1], frozenset(cols[2].split()) | {cols[1]}))
    return out


def name_key(word: str) -> str:
    """A name as people are matched by it: lower case, one apostrophe ("O’Neill" is
    "O'Neill")."""
    return word.lower().replace("’", "'")


@dataclass
class Person:
    """One person the article names: the fullest name, where and how it was named."""

    name: str
    surname: str  # lower case
    first: str | None  # lower case; None while only a surname has been seen
    mentions: list[int] = field(default_factory=list)
    titles: list[tuple[frozenset[str], str]] = field(default_factory=list)  # (words, head)
    evidence: Counter = field(default_factory=Counter)  # "m" / "f" -> weight
    tags: set[str] = field(default_factory=set)  # party and state of "(R-Fla.)": "florida"…

    @property
    def gender(self) -> str | None:
        m, f = self.evidence["m"], self.evidence["f"]
        return "m" if m > f else "f" if f > m else None

    def last_before(self, offset: int) -> int | None:
        i = bisect_right(self.mentions, offset - 1)
        return self.mentions[i - 1] if i else None


@dataclass
class Entities:
    """Everyone and everything an article names that could speak."""

    people: list[Person] = field(default_factory=list)
    by_surname: dict[str, list[Person]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  # "IMF" -> International Monetary Fund
    quoted: list[tuple[int, int]] = field(default_factory=list)  # quoted text, sorted
    bodies: list[tuple[int, str]] = field(default_factory=list)  # (offset, ORG name) outside quotes

    def person(self, name_tokens: list[Token], at: int, gender: str | None = None) -> Person:
        """The Person a PERSON entity names, added or completed as the text goes; ``gender``
        is what an honorific says ("Mrs. Clinton" is not the "Mr. Clinton" of the story)."""
        words = [t.text for t in name_tokens]
        bare = [w for w in words if w.lower() not in SUFFIXES] or words  # "Pate IV" is Pate
        surname = name_key(bare[-1])
        first = name_key(bare[0]) if len(bare) > 1 else None
        name = " ".join(words)
        if first is None:
            known = self.lookup(surname, gender)
            if known is not None:
                known.mentions.append(at)
                return known
            if gender and self.by_surname.get(surname):
                p = Person(name, surname, None, [at])  # a namesake of the other gender
                self.people.append(p)
                self.by_surname[surname].append(p)
                return p
        for p in self.by_surname.get(surname, []):
            if first is not None and gender and p.gender not in (None, gender):
                continue  # "Bill Clinton" is not the "Mrs. Clinton" named before
            if p.first is None or first is None or p.first == first \
                    or (len(p.first) <= 2 and first.startswith(p.first.rstrip("."))):
                if first is not None and (p.first is None or len(name) > len(p.name)):
                    p.name, p.first = name, first
                p.mentions.append(at)
                return p
        p = Person(name, surname, first, [at])
        self.people.append(p)
        self.by_surname.setdefault(surname, []).append(p)
        return p

    def lookup(self, word: str, gender: str | None = None) -> Person | None:
        """The person a single name refers to: the surname's most-named bearer (of that
        gender, when it is known), else the one person with that given name ("Hillary")."""
        word = name_key(word)
        bearers = [p for p in self.by_surname.get(word, []) if gender is None
                   or p.gender in (None, gender)]
        known = _known_by_lower().get(word)
        given = known[0].split()[0].lower() if known else None
        if bearers:  # the news's "Trump" before his brother Freddy, then the most named
            return max(bearers, key=lambda p: (p.first is not None, p.first == given,
                                               len(p.mentions)))
        firsts = [p for p in self.people if p.first == word]
        return firsts[0] if len(firsts) == 1 else None

    def in_quote(self, offset: int) -> bool:
        i = bisect_right(self.quoted, (offset, 10**12)) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]


def _interviewer(ent) -> bool:
    """An outlet spoken to ("told Reuters", "in an interview with CNN") is not a body that
    a later "the agency" or "the group" stands for."""
    before = [t.lemma_.lower() for t in ent.doc[max(ent.start - 3, 0):ent.start]]
    return "tell" in before or "interview" in before \
        or bool({"speak", "talk"} & set(before)) and "to" in before


def _name_tokens(ent) -> list[Token]:
    toks = [t for t in ent if t.text not in ("'s", "’s", "'", "’") and not t.is_punct
            or t.text == "."]
    # "Stated Stone:", "Added Peskov:": a speech verb the tagger took into the name
    while len(toks) > 1 and toks[0].lower_ in SPEECH_FORMS:
        toks = toks[1:]
    return toks


def index_entities(doc: Doc) -> Entities:
    """People (names, titles, gender evidence), acronyms and quoted regions of one article."""
    ents = Entities()
    text = doc.text
    ents.quoted = sorted((s, e) for q in find_quotes(text) for s, e in q.segments)
    names = first_names()
    sentence_people: dict[int, set[int]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not _plural_group(ent[-1]):  # "Log Cabin Republicans"
            toks = [t for t in _name_tokens(ent) if t.text != "."]
            while toks and toks[0].lower_.rstrip(".") in HONORIFICS:
                toks = toks[1:]
            if not toks:
                continue
            before = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
            if ent[0].lower_.rstrip(".") in HONORIFICS:
                before = ent[0].lower_.rstrip(".")
            said = HONORIFICS.get(before) or (names.get(toks[0].lower_) if len(toks) > 1
                                              else None)
            p = ents.person(toks, ent.start_char, said)
            p.tags |= party_tag(text, ent.end_char)
            words, head = _title_before(doc, ent.start)
            appositive = _apposition_role(ent)
            for w, h in ((words, head), appositive):
                if h:
                    p.titles.append((w, h))
                    for g, roles in GENDERED_ROLES.items():
                        if h in roles:
                            p.evidence[g] += TITLE_WEIGHT
            if HONORIFICS.get(before):
                p.evidence[HONORIFICS[before]] += TITLE_WEIGHT
            if len(toks) > 1 and toks[0].lower_ in names and ent.start_char == p.mentions[-1]:
                p.evidence[names[toks[0].lower_]] += FIRST_NAME_WEIGHT
            sentence_people.setdefault(ent.sent.start, set()).add(id(p))
        elif ent.label_ in ("ORG", "GPE", "FAC"):
            _index_acronym(ents, text, ent)
            if ent.label_ == "ORG" and not ents.in_quote(ent.start_char) \
                    and not _interviewer(ent):
                name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                name = re.sub(r"['’]s?$", "", name) + name_goes_on(text, ent.end_char, name)
                ents.bodies.append((ent.start_char, name))
    _index_missed_names(ents, doc, names, sentence_people)
    by_id = {id(p): p for p in ents.people}
    # A pronoun in a sentence that names one person only, outside quotes, is evidence.
    for sent in doc.sents:
        ids = sentence_people.get(sent.start, set())
        if len(ids) != 1:
            continue
        p = by_id[next(iter(ids))]
        for t in sent:
            said = PERSON_PRONOUNS.get(t.lower_)
            # an object pronoun is someone else's ("President Obama backed her up")
            if said and t.pos_ == "PRON" and not ents.in_quote(t.idx) \
                    and t.dep_ not in ("dobj", "iobj", "dative", "pobj"):
                p.evidence[said] += PRONOUN_WEIGHT
    _given_names_alone(ents)
    for p in ents.people:  # "President Obama": the known-people list knows Barack Obama
        known = known_people().get(p.name) if p.first is None else None
        if known and known[1]:
            p.evidence[known[1]] += FIRST_NAME_WEIGHT
    _drop_bodies_taken_for_people(ents, doc)
    for p in ents.people:
        p.mentions.sort()
    return ents


def _drop_bodies_taken_for_people(ents: Entities, doc: Doc) -> None:
    """ "Valeant", tagged a place or an organization in most of the article and a person in
    a few sentences, is a company: a one-word name that no courtesy title, given name or
    known-people entry makes a person, and that the tagger calls something else more often
    than a person, is not one."""
    labels: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        labels.setdefault(re.sub(r"['’]s?$", "", ent.text), Counter())[ent.label_] += 1
    starts = {t.idx: t for t in doc}

    def courtesy(at: int) -> bool:
        t = starts.get(at)
        return t is not None and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in HONORIFICS

    def body(p: Person) -> bool:
        said = labels.get(p.name, Counter())
        return p.first is None and " " not in p.name and p.name not in known_people() \
            and 2 * said["PERSON"] < sum(said.values()) \
            and not any(courtesy(at) for at in p.mentions)

    dropped = {id(p) for p in ents.people if body(p)}
    ents.people[:] = [p for p in ents.people if id(p) not in dropped]
    for key, bearers in list(ents.by_surname.items()):
        ents.by_surname[key] = [p for p in bearers if id(p) not in dropped]


def _given_names_alone(ents: Entities) -> None:
    """ "Hillary: Benghazi Victim Mother 'Absolutely Wrong'…" above "Hillary Clinton said…":
    a single name that no one bears as a surname but one person bears as a given name is that
    person, wherever it comes."""
    for p in [p for p in ents.people if p.first is None]:
        bearers = [q for q in ents.people if q.first == p.surname]
        if len(bearers) != 1 or any(q.surname == p.surname and q is not p for q in ents.people):
            continue
        q = bearers[0]
        q.mentions += p.mentions
        q.titles += p.titles
        q.evidence.update(p.evidence)
        q.tags |= p.tags
        ents.people.remove(p)
        ents.by_surname[p.surname].remove(p)
        if not ents.by_surname[p.surname]:
            del ents.by_surname[p.surname]


def _index_missed_names(ents: Entities, doc: Doc, names: dict[str, str],
                        sentence_people: dict[int, set[int]]) -> None:
    """Names the entity tagger missed: a known given name followed by capitalised proper
    nouns ("Carly Fiorina", tagged an organization), then every later bare surname of a
    person indexed so far, so that "he" and "she" see how recently each was named."""
    tagged = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    i = 0
    while i < len(doc) - 1:
        t = doc[i]
        if t.i not in tagged and t.lower_ in names and t.pos_ == "PROPN" and t.text[:1].isupper():
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and doc[j].i not in tagged and doc[j].ent_type_ not in ("GPE", "DATE"):
                j += 1
            if j - i >= 2 and not ents.in_quote(t.idx) \
                    and (t.ent_type_ != "ORG" or _talked_of_as_person(doc, doc[j - 1].lower_)):
                p = ents.person(list(doc[i:j]), t.idx)
                p.evidence[names[t.lower_]] += FIRST_NAME_WEIGHT
                sentence_people.setdefault(t.sent.start, set()).add(id(p))
                tagged.update(range(i, j))
                i = j
                continue
        i += 1
    for t in doc:
        if t.i in tagged or t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        bearers = ents.by_surname.get(name_key(t.text))
        if bearers and (t.i + 1 == len(doc) or doc[t.i + 1].pos_ != "PROPN"):
            p = max(bearers, key=lambda b: len(b.mentions))
            if t.idx not in p.mentions:
                p.mentions.append(t.idx)


def _talked_of_as_person(doc: Doc, surname: str) -> bool:
    """Whether a name the tagger took for an organization is a person: a sentence with it,
    or the next one, says "he" or "she" ("Morgan Stanley said" has no such sentence)."""
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        if any(w.lower_ == surname for w in sent):
            near = [*sent, *(sents[i + 1] if i + 1 < len(sents) else [])]
            if any(w.lower_ in PERSON_PRONOUNS and w.pos_ == "PRON" for w in near):
                return True
    return False


def _title_before(doc: Doc, start: int) -> tuple[frozenset[str], str | None]:
    """Title words just before a name ("French President", "Kremlin spokesman", "U.S.
    Secretary of State") and the head of the title ("president", "spokesman", "secretary")."""
    words: list[Token] = []
    j = start - 1
    while j >= 0:
        t = doc[j]
        if t.ent_type_ == "PERSON" and words and t.i == start - len(words) - 1 \
                and t.dep_ in ("compound", "poss", "nmod"):
            words.append(t)  # "Clinton spokesman Brian Fallon": whose spokesman
            break
        if t.ent_type_ == "PERSON" or t.is_punct and t.text not in (".",) or t.is_space:
            break
        if t.lower_.rstrip(".") in HONORIFICS and not words:
            j -= 1
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.lower_ == "of" and words):
            words.append(t)
            j -= 1
            continue
        break
    words.reverse()
    while words and words[0].lower_ == "of":
        words.pop(0)
    if not words:
        return frozenset(), None
    head = words[-1]
    for k, t in enumerate(words):
        if t.lower_ == "of" and k:
            head = words[k - 1]
            break
    lemmas = frozenset(_title_lemma(t) for t in words)
    if _title_lemma(head) in OFFICE_ABBREVIATIONS.values():
        return lemmas, _title_lemma(head)  # "Sen. Marco Rubio" is a senator
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("ORG", "GPE", "NORP") \
            and head.pos_ == "PROPN" and head.lower_ not in PERSON_NOUNS:
        return lemmas, None
    return lemmas, head.lemma_.lower()


def _title_lemma(t: Token) -> str:
    word = t.lemma_.lower()
    return OFFICE_ABBREVIATIONS.get(word.rstrip("."), word)


def _apposition_role(ent) -> tuple[frozenset[str], str | None]:
    """The role an apposition gives a name: "Dmitry Peskov, the Kremlin spokesman" or "the
    Kremlin spokesman, Dmitry Peskov"."""
    root = ent.root
    role = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if role is None and root.dep_ == "appos" and root.head.pos_ == "NOUN" \
            and root.head.ent_type_ != "PERSON":
        role = root.head
    if role is None:
        return frozenset(), None
    if _stranded_role(role):
        return frozenset(), None  # "…with hosts X and Y, the candidate stated": the subject
    words = {role.lemma_.lower()}
    for c in role.children:
        # "White House" spokesman, whole; "of State"
        if c.dep_ in ("compound", "amod", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of":
            words |= {t.lemma_.lower() for t in c.subtree if not t.is_punct}
    return frozenset(words), role.lemma_.lower()


PLURAL_GROUPS = {"republicans", "democrats", "conservatives", "liberals", "progressives",
                 "independents", "libertarians", "socialists", "americans", "evangelicals"}


def _plural_group(t: Token) -> bool:
    """ "Republicans", "Democrats": people of a party or a creed in the plural, never one
    person's surname, whatever the tagger says ("Log Cabin Republicans", "Gay Republicans");
    "Sanders" and "Haynes" are surnames."""
    return t.lower_ in PLURAL_GROUPS


def _stranded_role(role: Token) -> bool:
    """A description the parser hung on a name as its apposition that is really the subject
    of the verb right after it ("In an interview with hosts X and Mika Brzezinski, the
    Democratic presidential candidate stated…")."""
    doc = role.doc
    after = doc[role.right_edge.i + 1] if role.right_edge.i + 1 < len(doc) else None
    return after is not None and after.pos_ in ("VERB", "AUX") and role.dep_ == "appos" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)


def _index_acronym(ents: Entities, text: str, ent) -> None:
    """An organization's initials ("International Monetary Fund" -> IMF), and one given in
    brackets after its name. ``text`` is the Doc's text, read once (``Doc.text`` rebuilds
    the string on every access)."""
    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    words = [w for w in re.findall(r"[\w'’.-]+", name) if w.lower() not in NAME_STOP]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        ents.acronyms.setdefault("".join(w[0] for w in words), name)
    after = text[ent.end_char:ent.end_char + 16]
    m = re.match(r"\s*\(([A-Z][A-Z.&]{1,9})\)", after)
    if m:
        ents.acronyms[m.group(1).replace(".", "")] = name


def mention_tokens(head: Token) -> list[Token]:
    """The speaker phrase around ``head``: its subtree less relative clauses and appositions."""
    toks = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        # Clauses on the head describe the speaker; "familiar with the talks" inside it stays.
        on_head = child.head.i == head.i and child.dep_ in CLAUSE_DEPS and child.lower_ != "of"
        if on_head or child.dep_ == "relcl" or "\n" in child.text_with_ws:
            continue
        toks.append(child)
        stack.extend(child.children)
    toks.sort(key=lambda t: t.i)
    # Keep a contiguous run around the head so the mention never jumps over other words.
    start = end = toks.index(head)
    # ... and never takes in a quote the parser hung on it ('“…hunky-dory,” Gene Sperling')
    # ... nor a dateline before a dash ("CLEVELAND - Donald Trump")
    while start > 0 and toks[start - 1].i == toks[start].i - 1 and not _quote_mark(toks[start - 1]) \
            and not spaced_dash(toks[start - 1]):
        start -= 1
    while end + 1 < len(toks) and toks[end + 1].i == toks[end].i + 1 \
            and not _quote_mark(toks[end + 1]):
        end += 1
    run = toks[start : end + 1]
    while run and (run[-1].is_punct or run[-1].is_space or run[-1].dep_ == "cc"):
        run.pop()
    while run and (run[0].is_punct or run[0].is_space):
        run.pop(0)
    return run or [head]


def _quote_mark(t: Token) -> bool:
    """A quotation mark, not the apostrophe of a possessive ("Sanders’ email")."""
    if not t.is_quote or t.tag_ == "POS":
        return False
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return not (t.text in ("’", "'") and prev is not None and prev.text.endswith("s")
                and not prev.whitespace_)


class Resolver:
    """Resolves speaker mentions in article order, remembering who spoke and who was named."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.entities = index_entities(doc)
        self.last_person: tuple[int, Person] | None = None
        self.last_body: tuple[int, Speaker] | None = None  # last organization or group speaker
        self.last_unnamed: tuple[int, Speaker] | None = None  # last anonymous or unnamed role
        self._starts: list[int] | None = None  # token offsets, for _token_at
        self._index_role_subjects()

    def _index_role_subjects(self) -> None:
        """ "Speaking to reporters Sunday, the president framed the shooting… He did not
        mention…": a subject named by a title the article gives someone ("the president")
        is a mention of that person, which a later he or she can refer to."""
        for t in self.doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" or t.tag_ != "NN" \
                    or t.lemma_.lower() in FUNCTIONARIES or not _is_person_noun(t) \
                    or self.entities.in_quote(t.idx):
                continue
            toks = mention_tokens(t)
            if toks[0].lower_ != "the" or any(x.dep_ == "poss" or x.pos_ == "PROPN"
                                              for x in toks):
                continue
            p = self._role(t, toks)
            if p is not None and t.idx not in p.mentions:
                p.mentions.append(t.idx)
                p.mentions.sort()

    def resolve(self, head: Token | None, cue_at: int | None = None) -> Speaker:
        """A Speaker for the phrase headed by ``head`` (``None``: nobody is named); ``cue_at``
        is where the statement's cue word starts."""
        if head is None:
            return Speaker(None, "unknown")
        head = _before_parentheses(head)
        toks = mention_tokens(head)
        mention = [Span.of(self.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))]
        mention += [Span.of(self.text, r.idx, r.idx + len(r.text))
                    for r in _relative_cue(head, cue_at)]
        speaker, person = self._classify(head, toks)
        if person is not None and person.first is None and speaker.name == person.name:
            speaker.name = _known_as(person)  # the article gives the surname only
            if speaker.name != person.name and speaker.resolution == "named":
                speaker.resolution = "surname"
        speaker = _whole(speaker)
        speaker.name = self._campaign_team(speaker)
        speaker.mention = mention
        if person is not None and speaker.name:
            self.last_person = (head.idx, person)
        elif speaker.type in ("organization", "group") and speaker.name:
            self.last_body = (head.idx, speaker)
        elif speaker.type in ("anonymous", "role") and speaker.name:
            self.last_unnamed = (head.idx, speaker)
        return speaker

    # -- classification -----------------------------------------------------------------

    def _classify(self, head: Token, toks: list[Token], depth: int = 0
                  ) -> tuple[Speaker, Person | None]:
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.lemma_.lower() in lexicon().nouns - DOCUMENT_NOUNS \
                and depth < 2:
            # "His remarks indicated…", "Trump's comments suggested…": whose words they are
            return self._classify(owner, mention_tokens(owner), depth + 1)
        lower = head.lower_
        if lower in PERSON_PRONOUNS and head.pos_ == "PRON":
            p = self._antecedent(head.idx, PERSON_PRONOUNS[lower])
            if p is None:
                return Speaker(None, "person", resolution="pronoun"), None
            return Speaker(p.name, "person", resolution="pronoun"), p
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and depth < 2:
            noun = head.head.head
            speaker, p = self._classify(noun, mention_tokens(noun), depth + 1)
            return speaker, p
        if lower in GROUP_PRONOUNS | THING_PRONOUNS and head.pos_ == "PRON":
            return self._body_pronoun(head, depth), None
        if lower in FIRST_SECOND and head.pos_ == "PRON":
            return Speaker(None, "unknown"), None
        if lower == "another" and len(toks) == 1:
            return self._another(head), None
        if toks[0].lower_ in ("a", "an", "another") and head.ent_type_ == "NORP" \
                and head.tag_ == "NNP":
            # "added another New Hampshire Republican": someone unnamed, not a name
            return Speaker(_phrase(toks[1:]), "anonymous", resolution="anonymous"), None
        if len(toks) == 1 and head.i == head.sent.start and head.pos_ == "PROPN" \
                and not head.ent_type_ and _plural_person_noun(head.lower_):
            # "Aides said…": the parser takes a plural opening a sentence for a name
            return Speaker(head.text, "group", resolution="group"), None
        n_in_ten = any(c.dep_ == "nummod" and any(q.lower_ == "in" for q in c.children)
                       for c in head.children)  # "Six in 10 Republicans"
        if depth < 2 and (n_in_ten or head.lemma_.lower() in SHARES and (
                head.lower_ in ("percent", "%")
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children))):
            # "Some 20 percent of people in a recent CNN/ORC poll said…": the poll speaks;
            # without one, the share is a group ("45 percent of voters")
            poll = self._poll_of(head)
            if poll is not None:
                return self._classify(poll, mention_tokens(poll), depth + 1)
            return Speaker(_phrase(toks), "group", resolution="group"), None
        aged = self._of_age(head)
        if aged is not None:
            return Speaker(aged.name, "person", description=_phrase(toks),
                           resolution="role"), aged
        names = [t for t in toks if t.ent_type_ == "PERSON" and t.text not in ("'s", "’s")]
        while len(names) > 1 and names[0].lower_ in SPEECH_FORMS:
            names = names[1:]
        if head.pos_ == "NOUN" and _is_person_noun(head) or _partitive(head):
            # "a person close to the Clintons": a name inside a phrase on the noun is whom
            # they are close to, not their name
            names = [t for t in names if not _under_preposition(t, head)]
        if names and head.pos_ == "NOUN" and all(t.i < head.i for t in names) \
                or _plural_group(head):
            names = []  # "a Clinton campaign spokesman", "Mr. Sanders's campaign", "The Log
            # Cabin Republicans" (a plural is no person, whatever the tagger says)
        if names:
            return self._named_person(toks, _own_name(names, head))
        known = self._known_name(head, toks) or self._trailing_name(toks)
        if known is not None:
            return known
        lex = lexicon()
        lemma = head.lemma_.lower()
        phrase = _phrase(toks)
        described = "".join(t.text_with_ws for t in head.subtree).lower()
        if toks[0].lower_ in ("a", "an", "one") and _is_person_noun(head) \
                and re.search(r"anonymity|anonymously", head.sent.text):
            # "One former Podesta employee, speaking on condition of anonymity, said…"
            described = head.sent.text
        if lemma in lex.anonymous or re.search(r"anonymity|anonymously|familiar with|not "
                                               r"authori[sz]ed", described):
            return Speaker(self._indefinite_before(head, toks) or _described(head, toks[0].i),
                           "anonymous", resolution="anonymous"), None
        if head.tag_ in ("NNP", "NNPS") or head.pos_ == "PROPN":
            acronym = self.entities.acronyms.get(head.text.replace(".", ""))
            if acronym and head.text.isupper():
                return Speaker(acronym, "organization", resolution="organization"), None
        if lemma in DOCUMENT_NOUNS and (head.pos_ == "NOUN" or head.tag_ == "NNP"
                                        and lemma in NAMED_DOCUMENTS):  # "a Morning Consult Poll"
            name = self._fuller(toks, phrase, lemma) or _authored(head, toks) \
                or self._document_before(head, toks) or self._document_after(head, toks) \
                or self._issued_by(head, toks, phrase) or phrase
            return Speaker(self._fuller_author(name), "document", resolution="document"), None
        if head.tag_ in ("NN", "NNP") and _is_person_noun(head) or self._epithet_noun(head, toks):
            named = next((c for c in head.children if c.dep_ == "appos"
                          and c.ent_type_ == "PERSON"), None)
            if toks[0].lower_ in ("a", "an", "one") and named is not None and depth < 2:
                # "One early supporter, Representative Lee Zeldin, …": the name beside it
                return self._classify(named, mention_tokens(named), depth + 1)
            if toks[0].lower_ in ("a", "an", "one"):  # "a Democratic strategist": someone new
                role = self._named_in_full(_affiliated(
                    head, toks, _phrase(toks[1:]) if toks[0].lower_ == "one" else phrase))
                if any(c.dep_ in ("relcl", "acl") and c.i > head.i for c in head.children):
                    # "a Trump supporter who runs the Twitter account @WomenForTrump"
                    described = _described(head, toks[1].i if toks[0].lower_ == "one"
                                           else toks[0].i)
                    role = described if len(described) > len(role) else role
                if role.split()[0].lower() == "campaign":
                    # "a campaign spokeswoman": of the campaign of the person followed
                    followed = self._followed(head)
                    if followed is not None:
                        role = f"{_known_as(followed).split()[-1]} {role}"
                bearer = self._sole_bearer(head, role)
                if bearer is not None:
                    return Speaker(bearer.name, "person", description=role,
                                   resolution="role"), bearer
                return Speaker(role, "role", resolution="role_unnamed"), None
            owned = self._its_role(head, toks)
            if owned is not None:
                holder = self._holder(head, owned)
                if holder is not None:  # "Its spokesman" after "Kremlin spokesman Peskov"
                    return Speaker(holder.name, "person", description=owned,
                                   resolution="role"), holder
                return Speaker(owned, "role", resolution="role_unnamed"), None
            owned_by = self._owned_role(head, toks, depth)
            if owned_by is not None:
                return owned_by
            someone = self._someone_before(head, toks)
            if someone is not None:
                return Speaker(someone, "role", description=phrase,
                               resolution="role_unnamed"), None
            p = self._role(head, toks) or self._epithet(head, toks)
            if p is not None:
                return Speaker(p.name, "person", description=phrase, resolution="role"), p
            unnamed = self._unnamed_before(head, toks)
            if unnamed is not None:
                return unnamed, None
            earlier = self._indefinite_before(head, toks)
            return Speaker(earlier or _affiliated(head, toks, phrase), "role",
                           resolution="role_unnamed"), None
        org_like = head.ent_type_ in ORG_LABELS - {"NORP"} or lemma in lex.organizations \
            or lemma in ORG_NOUNS
        if head.tag_ in ("NNS", "NNPS") and not org_like or head.ent_type_ == "NORP" \
                and head.tag_ in ("NNS", "NNPS"):
            if head.pos_ == "PROPN" or head.ent_type_ or _is_person_noun(head) \
                    or self._maybe_name(head):
                name = self._their(head, toks) or self._indefinite_before(head, toks) \
                    or _affiliated(head, toks, phrase)
                return Speaker(_who_they_are(head, name), "group", resolution="group"), None
            return Speaker(None, "unknown"), None  # "Negotiations", "the talks"
        if org_like:
            fuller = self._fuller(toks, phrase, lemma) if head.pos_ == "NOUN" else None
            fuller = fuller or self._campaign(head, toks) or self._body_before(head, toks) \
                or self._longer_org(head, toks) or self._possessed_body(head) \
                or self._party_of_members(head, toks) or self._administration(head, toks)
            return Speaker(fuller or phrase, "organization", resolution="organization"), None
        if head.pos_ == "PROPN" and self._named_elsewhere_as(head) in ("GPE", "ORG"):
            # "Kyiv", and "State" for the "State Department" the article names
            name = self._longer_org(head, toks) or phrase
            return Speaker(name, "organization", resolution="organization"), None
        if head.pos_ == "PROPN":
            return Speaker(phrase, "person", resolution="named"), None
        if _partitive(head) and depth < 2:
            # "one of his senior aides": one senior aide of the person "his" stands for
            of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
            group = next((c for c in of.children if c.dep_ == "pobj"), None)
            one_of = self._owned_role(group, mention_tokens(group), depth + 1) \
                if group is not None and group.tag_ == "NNS" else None
            if group is not None and one_of is not None and one_of[0].type == "role":
                one_of[0].name = re.sub(rf"\b{re.escape(group.text)}$", group.lemma_,
                                        one_of[0].name or "")
                return one_of
        if head.pos_ == "NOUN" and _is_person_noun(head) or _partitive(head):
            return Speaker(_affiliated(head, toks, phrase), "role", resolution="role_unnamed"), None
        if head.pos_ == "NOUN" and self._maybe_name(head):
            return Speaker(phrase, "person", resolution="named"), None  # "Trump denied…"
        return Speaker(None, "unknown"), None  # "Her calm manner", "on"

    def _poll_of(self, share: Token) -> Token | None:
        """The poll or survey whose respondents a share of people is: in the share's own
        phrase ("20 percent of people in a recent CNN/ORC poll"), on its verb ("In a new
        Quinnipiac poll, 45 percent said…", never inside what they said), or, failing both,
        the last one named earlier in the sentence or in the paragraph's previous sentence."""
        def poll(t: Token) -> bool:
            return t.lemma_.lower() in POLLS and t.pos_ in ("NOUN", "PROPN")

        verb = share.head
        for t in share.sent:
            if not poll(t):
                continue
            node = t
            while node.head.i != node.i and node.i != share.i and node.head.i != verb.i:
                node = node.head
            if node.i == share.i or node.head.i == verb.i and node.i != share.i \
                    and node.dep_ in ("prep", "npadvmod", "advcl", "advmod"):
                return t
        earlier = next((t for t in reversed(share.doc[share.sent.start:share.i]) if poll(t)),
                       None)
        if earlier is not None:  # "… in a recent CNN/ORC poll said …; 29 percent said …"
            return earlier
        start = share.sent.start
        if start == 0 or "\n" in self.doc[start - 1].text_with_ws:
            return None  # the paragraph begins here
        before = self.doc[start - 1].sent
        return next((t for t in reversed(before) if poll(t)), None)

    def _named_person(self, toks: list[Token], names: list[Token]) -> tuple[Speaker, Person]:
        first = names[0].i
        while first > 0 and first - 1 >= toks[0].i and \
                self.doc[first - 1].lower_.rstrip(".") in HONORIFICS:
            first -= 1
        words = [t for t in names if t.text != "."]
        honorific = self.doc[names[0].i - 1].lower_.rstrip(".") if names[0].i else ""
        p = self.entities.person(words, names[0].idx, HONORIFICS.get(honorific))
        p.mentions.sort()
        before = [t for t in toks if t.i < first and t.lower_ not in SPEECH_FORMS]
        while before and before[-1].lower_.rstrip(".") in HONORIFICS:
            before = before[:-1]  # "Mr. Daniloff": a courtesy, not a role
        description = _phrase(before) if before else None
        said = " ".join(t.text for t in words)
        route = "apposition" if description else "named" if said == p.name else "surname"
        return Speaker(p.name, "person", description=description or None,
                       resolution=route), p

    def _known_name(self, head: Token, toks: list[Token]) -> tuple[Speaker, Person] | None:
        """A name spaCy did not tag as a person here ("Conway said", tagged an organization)
        but the article names in full elsewhere; "the Trump campaign" is the campaign."""
        props = [t for t in toks if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if not props or props[-1].i != head.i:
            return None
        p = self.entities.lookup(props[-1].text)
        if p is None or p.first is None and props[-1].ent_type_ in ("ORG", "GPE", "NORP") \
                or _plural_group(props[-1]):  # "Gay Republicans" are no person's surname
            return None
        before = [t for t in toks if t.i < props[0].i]
        while before and before[-1].lower_.rstrip(".") in HONORIFICS:
            before = before[:-1]
        description = _phrase(before) if before else None
        said = " ".join(t.text for t in props)
        route = "apposition" if description else "named" if said == p.name else "surname"
        return Speaker(p.name, "person", description=description, resolution=route), p

    def _trailing_name(self, toks: list[Token]) -> tuple[Speaker, Person] | None:
        """A name at the end of a description that spaCy took for part of an organization:
        "the Prime Minister of Japan Shigeru Ishiba" (a known given name starts it)."""
        names = first_names()
        for i in range(len(toks) - 2, 0, -1):
            tail = toks[i:]
            if toks[i].lower_ in names and toks[i - 1].pos_ != "ADP" \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail):
                # ("prosecutors for David Petraeus": whom they prosecuted)
                p = self.entities.person(tail, tail[0].idx)
                p.mentions.sort()
                description = _phrase(toks[:i])
                return Speaker(p.name, "person", description=description or None,
                               resolution="apposition"), p
        return None

    def _longer_org(self, head: Token, toks: list[Token]) -> str | None:
        """ "Fox" for the "Fox News" the article names elsewhere: a short organization name
        that begins a longer one; the longer name the article uses most."""
        words = [t.text for t in toks if t.lower_ not in DETERMINERS]
        if not 0 < len(words) <= 2 or head.pos_ != "PROPN" and not (
                len(toks) == 1 and head.text[:1].isupper()):  # "State has told…"
            return None
        return self._begun_by(" ".join(words), ("ORG",))

    def _fuller_author(self, name: str) -> str:
        """ "Fox poll" is the poll of the "Fox News" the article names, "Rasmussen poll" of
        "Rasmussen Reports", "PPIC poll" of the "Public Policy Institute of California (PPIC)":
        a document's author as the article names it in full."""
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words[:-1]):
            return name
        if len(words) == 2 and words[0].isupper() and words[0] in self.entities.acronyms:
            # "The PPIC poll" after "the Public Policy Institute of California": both names
            return f"{self.entities.acronyms[words[0]]} ({words[0]}) {words[1]}"
        full = self._begun_by(" ".join(words[:-1]), ("ORG", "PERSON", "FAC"), words[-1])
        return f"{full} {words[-1]}" if full else name

    def _begun_by(self, short: str, labels: tuple[str, ...], unless: str = "") -> str | None:
        """The longer name, of an entity with one of ``labels``, that begins with ``short``
        (the one the article uses most), never a possessive nor one holding ``unless``."""
        longer = Counter(e.text[4:] if e.text.lower().startswith("the ") else e.text
                         for e in self.doc.ents if e.label_ in labels)
        fits = [(n, name) for name, n in longer.items() if name.startswith(short + " ")
                and not re.search(r"['’]s?$", name)
                and not (unless and unless.lower() in name.lower())]
        return max(fits)[1] if fits else None

    def _named_elsewhere_as(self, head: Token) -> str | None:
        """The entity label the tagger gave this word elsewhere in the article: a place or
        an institution it missed here ("Kyiv has rejected…") is still one."""
        labels = Counter(e.label_ for e in self.doc.ents if e.text == head.text)
        return labels.most_common(1)[0][0] if labels else None

    def _maybe_name(self, head: Token) -> bool:
        """A capitalised word at a sentence's start that the article never writes in lower
        case may be a name the tagger missed ("Sanders accused…"); "Negotiations" is not."""
        if not head.text[:1].isupper():
            return False
        return re.search(r"\b" + re.escape(head.lower_) + r"\b", self.text) is None

    # -- pronouns ------------------------------------------------------------------------

    def _antecedent(self, offset: int, gender: str | None) -> Person | None:
        """The person a he or she refers to: the last person quoted nearby if they agree in
        gender, else the nearest person named before it outside quotes who agrees, else the
        nearest one named anywhere. Names inside what someone said ("…that Zelensky is no
        longer legitimate," he said) are rarely the "he" of the next cue."""
        def agrees(p: Person) -> bool:
            return gender is None or p.gender in (None, gender)

        if self.last_person and offset - self.last_person[0] <= PRONOUN_REACH \
                and agrees(self.last_person[1]):
            fresh = self._just_named(offset, agrees)
            if fresh is not None and fresh is not self.last_person[1]:
                return fresh  # "That will not deter Sanders. He sees…"
            return self.last_person[1]
        named = [(at, p) for p in self.entities.people for at in p.mentions
                 if at < offset and offset - at <= PRONOUN_REACH * 2 and agrees(p)]
        named.sort(key=lambda x: x[0])
        outside = [(at, p) for at, p in named if not self.entities.in_quote(at)]
        for pool in (outside, named):
            if pool:
                return self._most_salient(pool)
        return None

    def _just_named(self, offset: int, agrees) -> Person | None:
        """A pronoun opening its sentence right after a sentence that names one person (who
        agrees with it) outside quotes, and no one else: that person."""
        tok = self._token_at(offset)
        sent = tok.sent
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        tag = next((t for t in sent if not t.is_space and not t.is_punct
                    and not self.entities.in_quote(t.idx)), None)
        after_quote = first is not None and first.i != tok.i and tag is not None \
            and tag.i == tok.i  # "''Wow, what a great idea,'' she said"
        if first is None or (first.i != tok.i and not after_quote
                             and not _after_opener(tok)) or sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent

        def named_in(lo: int, hi: int, strict: bool) -> dict[int, Person]:
            return {id(p): p for p in self.entities.people for at in p.mentions
                    if lo <= at < hi and not self.entities.in_quote(at)
                    and (agrees(p) or not strict)}

        named = named_in(prev[0].idx, sent[0].idx, after_quote)
        if named and self._same_pronoun_subject(prev, tok) and not any(
                _subject(self._token_at(at)) for p in named.values() for at in p.mentions
                if prev[0].idx <= at < sent[0].idx):
            # "Asked … who leads the party, he said Ryan. '…,' he said": the name is what
            # the "he" said, and the "he" goes on
            hi = prev[0].idx
            if prev.start == 0:
                return None
            prev = self.doc[prev.start - 1].sent
            named = named_in(prev[0].idx, hi, True)
        for _ in range(2):
            # "…declared Oksuz was a leader of the plot. He was briefly detained. He
            # denounced…": a sentence that only goes on about the same "he" passes it back
            opener = next((t for t in prev if not t.is_space and not t.is_punct), None)
            if named or opener is None or opener.lower_ != tok.lower_ or prev.start == 0:
                break
            hi = prev[0].idx
            prev = self.doc[prev.start - 1].sent
            named = named_in(prev[0].idx, hi, True)
        if len(named) > 1 and tok.i == first.i:
            # "McFadden added that Guccifer told her… She continued…": of several, the one
            # the previous sentence's main verb has for its subject
            subject = next((c for c in prev.root.children
                            if c.dep_ in ("nsubj", "nsubjpass")), None)
            in_subject = {id(p) for p in self._named_in_subject(subject)}
            named = {k: p for k, p in named.items() if k in in_subject}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        return person if agrees(person) else None

    def _same_pronoun_subject(self, sent, tok: Token) -> bool:
        """Whether ``sent`` has the pronoun ``tok`` as a subject, outside quotes."""
        return any(t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass")
                   and not self.entities.in_quote(t.idx) for t in sent)

    def _most_salient(self, pool: list[tuple[int, Person]]) -> Person:
        """Of the people named in the last sentence that names any, the subject ("Bernie
        Sanders won…, defeating Hillary Clinton. The Vermont senator…"), else the last."""
        sent = self._token_at(pool[-1][0]).sent.start
        same = [(at, p) for at, p in pool if self._token_at(at).sent.start == sent]
        subjects = [(at, p) for at, p in same if _subject(self._token_at(at))]
        return (subjects or same)[-1][1]

    def _campaign_team(self, speaker: Speaker) -> str | None:
        """ "The Clinton team", "Kasich's team", "the Clinton camp" in a story about a
        campaign are the candidate's campaign, one speaker under one name: "Clinton
        campaign"."""
        name = speaker.name
        m = re.fullmatch(r"(.+?)(?:['’]s)? (?:team|camp)", name or "")
        if m is None or speaker.type != "organization" or "campaign" not in self.text.lower():
            return name
        owner = m.group(1)
        if self.entities.lookup(owner.split()[-1]) is None:
            return name  # "the New England team": no person's
        return f"{owner} campaign"

    def _possessor(self, poss: Token) -> Person | None:
        """The person a "his" or "her" stands for: the sentence's subject when the
        possessive comes after it and agrees ("Sanders is joining the lawsuit, according to
        one of his senior aides"), else the pronoun's antecedent."""
        gender = PERSON_PRONOUNS[poss.lower_]
        subject = next((c for c in poss.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < poss.i), None)
        named = [p for p in self._named_in_subject(subject) if p.gender in (None, gender)]
        if subject is not None and not named and subject.text[:1].isupper():
            found = self.entities.lookup(subject.text, gender)  # a surname the tagger missed
            named = [found] if found is not None else []
        return named[0] if len(named) == 1 else self._antecedent(poss.idx, gender)

    def _named_in_subject(self, subject: Token | None) -> list[Person]:
        """The people named in a subject's words up to its head ("Sanders, the senator from
        Vermont who is running against Clinton" names Sanders only)."""
        if subject is None:
            return []
        words = {t.idx for t in subject.subtree if t.i <= subject.i}
        return [p for p in self.entities.people if any(at in words for at in p.mentions)]

    def _token_at(self, offset: int) -> Token:
        if self._starts is None:
            self._starts = [t.idx for t in self.doc]
        return self.doc[max(bisect_right(self._starts, offset) - 1, 0)]

    def _body_pronoun(self, head: Token, depth: int) -> Speaker:
        """"they" and "it": the nearest preceding subject outside quotes that can be one
        (people in the plural or an organization for "they"; an organization or a document
        for "it"), else the last organization or group that spoke."""
        plural = head.lower_ in GROUP_PRONOUNS
        sent = head.sent
        sents = [sent]
        while len(sents) < ANTECEDENT_SENTENCES and sents[-1].start > 0:
            sents.append(self.doc[sents[-1].start - 1].sent)
        for s in sents:
            # a subject, or the people a copula names ("On the other side of the divide are
            # activists and intellectuals who… They acknowledge…")
            candidates = [t for t in s if t.i < head.i and (t.dep_ in ("nsubj", "nsubjpass")
                          or t.dep_ == "attr" and plural and t.tag_ == "NNS")
                          and t.pos_ in ("NOUN", "PROPN") and not self.entities.in_quote(t.idx)]
            for t in reversed(candidates):
                kind = self._body_kind(t)
                if kind is None or (plural and kind == "document" and t.tag_ == "NN") \
                        or (not plural and kind == "group"):
                    continue
                speaker, _ = self._classify(t, mention_tokens(t), depth + 1)
                if speaker.name and speaker.type in ("organization", "group", "document"):
                    speaker.resolution = "pronoun"
                    return speaker
        if plural and self.last_body and head.idx - self.last_body[0] <= PRONOUN_REACH:
            body = self.last_body[1]
            return Speaker(body.name, body.type, description=body.description,
                           resolution="pronoun")
        return Speaker(None, "group" if plural else "unknown", resolution="pronoun")

    def _body_kind(self, t: Token) -> str | None:
        lemma = t.lemma_.lower()
        if t.ent_type_ in ("ORG", "GPE") or lemma in ORG_NOUNS or lemma in lexicon().organizations:
            return "organization"
        if lemma in DOCUMENT_NOUNS:
            return "document"
        if t.tag_ in ("NNS", "NNPS") and (t.ent_type_ == "NORP" or _is_person_noun(t)):
            return "group"
        return None

    # -- roles, organizations, documents ----------------------------------------------------

    def _role(self, head: Token, toks: list[Token]) -> Person | None:
        """The person the article gave this title. Best fit: the mention's modifiers
        ("French", "Kremlin") are all among that person's title words; next, a bare title
        that nothing contradicts ("Senator Ted Cruz" for "the Texas senator"; "Russian
        President Vladimir Putin" never fits "the French president"); where the article gives
        no title that fits, what the news calls the people it names (``known_titles``: "the
        former Florida governor" is Jeb Bush). "The former president" is one the article or
        the news calls so before one the article calls president now. Within the best fit,
        the most recently named person wins, else the first named after the mention."""
        lemma = head.lemma_.lower()
        wanted = {t.lemma_.lower() for t in toks
                  if t.i != head.i and t.pos_ in ("ADJ", "PROPN", "NOUN") and not t.is_punct
                  and t.lower_ not in FUNCTION_WORDS and t.dep_ in ("amod", "compound", "poss",
                                                                     "nmod", "pobj")}
        wanted -= DESCRIPTORS
        former = any(t.lower_ in ("former", "ex") for t in toks)
        full: list[Person] = []
        bare: list[Person] = []
        known: list[Person] = []
        sitting: list[Person] = []
        for p in self.entities.people:
            if any(wanted <= words | p.tags | {p.surname} and ("former" in words) == former
                   for h, words in self._known_titles(p) if h == lemma):
                known.append(p)  # "the former Florida governor": Jeb Bush, by the news
            if not any(h == lemma for _, h in p.titles):
                continue
            words = set().union(*(w for w, h in p.titles if h == lemma))
            was = all("former" in w for w, h in p.titles if h == lemma)
            if wanted <= words | p.tags | {p.surname}:
                (full if former == was else sitting).append(p)
            elif not words - {lemma} - DESCRIPTORS - PERSON_NOUNS \
                    and not wanted & OTHER_OFFICE:  # a "vice president" is no president
                bare.append(p)
        # what the news calls someone counts as much as the article's title (the last named
        # wins: "Cruz defends…, the senator said"), and "the former president" is one either
        # calls so before one the article calls president now ("the secretary of state" is
        # the one in office before a "former Secretary of State Hillary Clinton")
        if not full and not wanted and len(known) >= 2:
            # "the candidate" where the article calls nobody so and the news calls several
            # of its people so: the one the story follows is as likely, unless the article
            # gives them a staff role (a campaign manager is no candidate)
            followed = self._followed(head)
            if followed is not None and followed not in known \
                    and not any(h in FUNCTIONARIES for _, h in followed.titles):
                known.append(followed)
        full = full + [p for p in known if p not in full] or sitting
        if not full and wanted:
            # "The Vermont senator" right after "Bernie Sanders won…": a modifier no title
            # has, so the person the story follows wins over a bare "senator" elsewhere.
            salient = self._epithet(head, toks)
            if salient is not None and (salient in bare or not salient.titles
                                        or any(h == lemma for _, h in salient.titles)
                                        and not wanted & OTHER_OFFICE) \
                    and not any(h == lemma for h, _ in self._known_titles(salient)):
                return salient  # unless the news calls them otherwise (a former governor)
        fits = full or bare
        if not fits:
            return None
        before = [(p.last_before(head.idx), p) for p in fits]
        named = [(at, p) for at, p in before if at is not None]
        if named:
            at, chosen = max(named, key=lambda x: x[0])
            if lemma not in OFFICES and not wanted \
                    and at < self.doc[self._sentences_back(head)].idx:
                # "The star noted…" two paragraphs after another star was named: the
                # person the last sentences are about, whom nothing calls otherwise
                salient = self._epithet(head, toks)
                if salient is not None and salient not in fits and not any(
                        h in OFFICES for _, h in salient.titles):
                    return salient
            return chosen
        return min(fits, key=lambda p: p.mentions[0] if p.mentions else 10**12)

    def _known_titles(self, p: Person) -> list[tuple[str, frozenset[str]]]:
        """The titles the news gives this person, when the article names them in full or
        the known-people list completes their surname."""
        first = p.first
        if first is None:
            full = _known_as(p)
            first = full.split()[0].lower() if full != p.name else None
        return known_titles().get((first, p.surname), []) if first else []

    def _sole_bearer(self, head: Token, role: str) -> Person | None:
        """ "A spokesman for Hillary Clinton called the report 'outrageous'" in a story that
        later quotes "Clinton spokesman Brian Fallon": the one person the article gives that
        role, when the role's affiliation ("for Hillary Clinton") is among their title words
        or surname. Roles held by many ("official", "analyst") are left unnamed."""
        lemma = head.lemma_.lower()
        if lemma not in SPOKESPEOPLE:
            return None
        bearers = [p for p in self.entities.people if any(h == lemma for _, h in p.titles)]
        if len(bearers) != 1:
            return None
        words = set().union(*(w for w, h in bearers[0].titles if h == lemma))
        said = role.lower().split()
        after = said[said.index(head.lower_) + 1:] if head.lower_ in said else []
        affiliation = {w.strip(".,'’") for w in after} - FUNCTION_WORDS - DESCRIPTORS \
            - {"for", "to", "of", "at", "with"}
        if affiliation and not affiliation & (words | {bearers[0].surname}):
            return None
        return bearers[0]

    def _sentences_back(self, head: Token, quoted: bool = True,
                        sentences: int = ANTECEDENT_SENTENCES) -> int:
        """The first token of the window ``sentences`` sentences long that ends with
        ``head``'s sentence; with ``quoted=False`` a sentence that opens inside a quote does
        not count (the quote a statement was said in goes on for paragraphs)."""
        start = head.sent.start
        counted = 1
        while counted < sentences and start > 0:
            start = self.doc[start - 1].sent.start
            first = self.doc[min(start + 1, len(self.doc) - 1)]  # past an opening mark
            counted += quoted or not self.entities.in_quote(first.idx)
        return start

    def _indefinite_before(self, head: Token, toks: list[Token]) -> str | None:
        """ "A U.S. law enforcement official familiar with the investigation said… The
        official, who spoke on condition of anonymity, said…": a definite "the official",
        "the source", "the judge" is the one the last sentences brought in with "a" or "one",
        described as fully as they did."""
        if toks[0].lower_ != "the" or head.tag_ not in ("NN", "NNS") \
                or any(t.pos_ == "PROPN" for t in toks if t.i != head.i):
            return None
        start = self._sentences_back(head)
        found = None
        for t in self.doc[start : toks[0].i]:
            if t.lower_ != head.lower_ or t.tag_ != head.tag_:
                continue
            if head.tag_ == "NN" and any(c.dep_ in ("det", "nummod")
                                         and c.lower_ in ("a", "an", "one") for c in t.children):
                found = t
            elif head.tag_ == "NNS" and not any(c.lower_ == "the" for c in t.children) and any(
                    c.dep_ in ("amod", "compound", "nmod") for c in t.children):
                found = t  # "outside experts say…" and then "the experts"
        if found is None:
            return None
        return _described(found, found.left_edge.i) or None

    def _someone_before(self, head: Token, toks: list[Token]) -> str | None:
        """ "At a drugstore near the mosque, a middle-aged cashier was shaken… '…,' said the
        woman": a bare "the man", "the woman" is the unnamed person the last sentences brought
        in with "a" or "another", when no one of that gender was named since, described as
        fully as they were."""
        lemma = head.lemma_.lower()
        if lemma not in GENERIC_PEOPLE or [t.lower_ for t in toks] != ["the", head.lower_]:
            return None
        gender = GENERIC_PEOPLE[lemma]
        start = self._sentences_back(head)
        other = GENDERED_ROLES["f" if gender == "m" else "m"] if gender else set()
        other_sex = {"m": {"female"}, "f": {"male"}}.get(gender or "", set())
        found = None
        for t in self.doc[start:toks[0].i]:
            # the subject the sentence brought in: "a cashier was shaken", "another Muslim…"
            someone = t.dep_ in ("nsubj", "nsubjpass") and (
                t.pos_ == "NOUN" and t.tag_ == "NN" and not t.ent_type_
                and t.lemma_.lower() not in DOCUMENT_NOUNS | ORG_NOUNS
                or t.tag_ == "NNP" and t.ent_type_ == "NORP")
            if someone and t.lemma_.lower() not in other | FUNCTIONARIES \
                    and not other_sex & {c.lower_ for c in t.children} \
                    and not self.entities.in_quote(t.idx) and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                        for c in t.children):
                found = t
        if found is None:
            return None
        named = [at for p in self.entities.people for at in p.mentions
                 if found.idx < at < toks[0].idx and (gender is None or p.gender in (None, gender))]
        return None if named else _described(found, found.left_edge.i) or None

    def _another(self, head: Token) -> Speaker:
        """ '…,” added another New Hampshire Republican. Yet another said, “…”': a bare
        "another" is one more of the unnamed speakers just before."""
        if self.last_unnamed is None or head.idx - self.last_unnamed[0] > PRONOUN_REACH:
            return Speaker(None, "unknown")
        last = self.last_unnamed[1]
        words = (last.name or "").split()
        while words and words[0].lower() in ("another", "a", "an", "one"):
            words = words[1:]
        return Speaker(" ".join(words) or None, last.type, resolution=last.resolution)

    def _their(self, head: Token, toks: list[Token]) -> str | None:
        """ "His advisers believe…": the group of the person "his" or "her" stands for."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("his", "her"):
            return None
        p = self._possessor(poss)
        rest = [t for t in toks if t.i > poss.i]
        return f"{p.name} {_phrase(rest)}" if p is not None and rest else None

    def _unnamed_before(self, head: Token, toks: list[Token]) -> Speaker | None:
        """ "The aide declined to…" after "a White House official who spoke anonymously
        said…": a definite role with no name goes back to the unnamed speaker just before;
        not one that says whose it is ("the intelligence community's inspector general")."""
        if toks[0].lower_ != "the" or self.last_unnamed is None \
                or head.idx - self.last_unnamed[0] > PRONOUN_REACH \
                or any(t.dep_ == "poss" for t in toks):
            return None
        last = self.last_unnamed[1]
        return Speaker(last.name, last.type, description=_phrase(toks), resolution="role")

    def _epithet_noun(self, head: Token, toks: list[Token]) -> bool:
        """ "The Texan", "the South Carolina Republican": a proper noun for a kind of person,
        used with "the" for someone the article has named."""
        return head.tag_ == "NNP" and head.ent_type_ == "NORP" and toks[0].lower_ == "the"

    def _epithet(self, head: Token, toks: list[Token]) -> Person | None:
        """A definite description that no title fits ("the former three-term governor",
        "the businessman", "the Texan"): journalists use it for the person the story is
        following, the last one who spoke or was named nearby, if the gender agrees. Roles
        that name someone new ("the spokesman", "an official") are left alone."""
        lemma = head.lemma_.lower()
        if toks[0].lower_ != "the" or head.tag_ not in ("NN", "NNP") or lemma in FUNCTIONARIES:
            return None
        if any(t.dep_ == "poss" or t.ent_type_ == "PERSON" for t in toks if t.i < head.i):
            return None  # "the State Department's inspector general" is someone new
        gender = next((g for g, roles in GENDERED_ROLES.items() if lemma in roles), None)
        return self._named_in_sentence(head, gender) or self._antecedent(head.idx, gender)

    def _named_in_sentence(self, head: Token, gender: str | None) -> Person | None:
        """ "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said…":
        a description later in the sentence that named them is the last person it named.
        Not for the subject of the sentence's main verb: names before it are in an opening
        phrase ("In the letter - addressed to … Channing D. Phillips - the Utah Republican
        asks…")."""
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT" \
                or _stranded_role(head):
            return None
        start = head.sent[0].idx
        named = [(at, p) for p in self.entities.people for at in p.mentions
                 if start <= at < head.idx and not self.entities.in_quote(at)
                 and (gender is None or p.gender in (None, gender))]
        return max(named, key=lambda x: x[0])[1] if named else None

    def _body_before(self, head: Token, toks: list[Token]) -> str | None:
        """ "The group", "the agency", "the conservative-leaning newspaper": the organization
        named last in this or the previous sentences, outside quotes and not as an outlet
        spoken to; where the tagger named no organization, the last proper-noun subject that
        is not a person ("Black Lives Matter issued a statement…")."""
        words = [t for t in toks if not t.is_punct]
        if head.pos_ != "NOUN" or toks[0].lower_ != "the" or len(words) > 4 \
                or head.tag_ != "NN" or any(t.pos_ == "PROPN" for t in toks):
            return None
        start = self._sentences_back(head)
        reach = self.doc[start].idx
        found = [(at, name) for at, name in self.entities.bodies if reach <= at < toks[0].idx
                 and _root(self._token_at(at)).dep_ not in ("compound", "amod", "nmod")
                 and self.entities.lookup(name.split()[-1]) is None
                 and _same_kind(name, head.lemma_.lower())]
        if found:  # the last named as a subject, else the last named
            subjects = [name for at, name in found if _root(self._token_at(at)).dep_ == "nsubj"]
            return self._fullest_body(subjects[-1] if subjects else found[-1][1])
        sents, i = [], start
        while i < toks[0].i:
            sents.append(self.doc[i].sent)
            i = sents[-1].end
        openers = [o for o in map(_capitalised_subject, sents)
                   if o is not None and self.entities.lookup(o.split()[-1]) is None]
        return openers[-1] if openers else None

    def _its_role(self, head: Token, toks: list[Token]) -> str | None:
        """ "a job at Uber a few months before its senior vice president boasted…": the
        role of the organization just named, not a person who holds a like title elsewhere."""
        if not any(t.dep_ == "poss" and t.lower_ == "its" and t.head.i == head.i for t in toks):
            return None
        sent = head.sent
        before = [(at, name) for at, name in self.entities.bodies
                  if sent.start_char <= at < toks[0].idx]
        # "a job at Uber": a company the tagger did not tag is still the one just named
        before += [(t.idx, t.text) for t in sent if t.i < toks[0].i and t.dep_ == "pobj"
                   and t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "GPE")
                   and t.lower_.rstrip(".") not in CALENDAR]
        if not before:  # "Gazprom cut supplies. Its chief executive said…"
            reach = self.doc[self._sentences_back(head)].idx
            before = [(at, name) for at, name in self.entities.bodies
                      if reach <= at < toks[0].idx]
        if not before:
            return None
        return f"{max(before)[1]} " + _phrase([t for t in toks if t.lower_ != "its"])

    def _named_in_full(self, role: str) -> str:
        """ "spokesman for Mr. Clinton" is the "spokesman for Bill Clinton" the article
        names: a courtesy title and surname in a role become the person's full name."""
        def full(m: re.Match) -> str:
            p = self.entities.lookup(m[2], HONORIFICS.get(m[1].lower()))
            return p.name if p is not None and p.first else m[0]
        return COURTESY_NAME.sub(full, role)

    def _of_age(self, head: Token) -> Person | None:
        """ "said the 46-year-old": the one person the article gives that age ("Melania
        Trump, 46,", "46-year-old Melania Trump"); nobody when the article gives none."""
        old = head if head.lower_ == "old" else head.head if head.head.lower_ == "old" else None
        if old is None:
            return None
        words = [t for t in old.subtree if not t.is_punct]
        if not (2 <= len(words) <= 4 and words[-2].lower_ == "year" and words[-3].like_num
                and words[0].lower_ in ("the", words[-3].lower_)):
            return None
        age = words[-3].text
        text = self.text
        aged = []
        for p in self.entities.people:
            last = re.escape(p.name if p.first else p.name.split()[-1])
            if re.search(rf"\b{last},\s*{age}\b", text) or re.search(
                    rf"\b{age}-year-old\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{last}\b", text):
                aged.append(p)
        return aged[0] if len(aged) == 1 else None

    def _owned_role(self, head: Token, toks: list[Token], depth: int
                    ) -> tuple[Speaker, Person | None] | None:
        """ "his spokesman", "Grayson's spokeswoman", "the former vice president's
        spokeswoman": a role many hold, of the person the possessive names. It is the one
        person the article gives that role with the owner's name ("Clinton spokesman Brian
        Fallon"), else an unnamed role that says whose ("Sheldon Adelson's spokesman")."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or head.lemma_.lower() not in FUNCTIONARIES or depth >= 2 \
                or poss.lower_ in THING_PRONOUNS | GROUP_PRONOUNS | FIRST_SECOND:
            return None
        if poss.lower_ in PERSON_PRONOUNS:
            person = self._possessor(poss)
            owner = person.name if person is not None else None
        else:
            speaker, person = self._classify(poss, mention_tokens(poss), depth + 1)
            owner = speaker.name if speaker.type in ("person", "organization") else None
        if not owner:
            return None
        lemma, last = head.lemma_.lower(), owner.split()[-1].lower()
        holders = [q for q in self.entities.people if q is not person
                   and any(h == lemma and last in words for words, h in q.titles)]
        owned = {t.i for t in poss.subtree}
        role = f"{owner}'s " + _phrase([t for t in toks if t.i not in owned and t.tag_ != "POS"])
        if len(holders) == 1:
            return Speaker(holders[0].name, "person", description=role,
                           resolution="role"), holders[0]
        return Speaker(role, "role", resolution="role_unnamed"), None

    def _holder(self, head: Token, role: str) -> Person | None:
        """The one person the article gave this organization's title ("Kremlin spokesman")."""
        lemma, body = head.lemma_.lower(), {w.lower() for w in role.split()[:-1]}
        fits = [p for p in self.entities.people
                if any(h == lemma and body <= {w.lower() for w in words}
                       for words, h in p.titles)]
        return fits[0] if len(fits) == 1 else None

    def _fullest_body(self, name: str) -> str:
        """ "the European Centre" is the "European Centre for a Modern Ukraine" the article
        named in full."""
        fuller = [n for _, n in self.entities.bodies
                  if n.startswith((name + " of ", name + " for "))]
        if fuller:
            return max(fuller, key=len)
        # "Valeant" is the "Valeant Pharmaceuticals International" the article named first
        return next((n for _, n in self.entities.bodies
                     if n == name or n.startswith(name + " ")), name)

    def _issued_by(self, head: Token, toks: list[Token], phrase: str) -> str | None:
        """ "The company confirmed he was on the plane. '…a respected colleague,' the
        statement said": a bare "the statement" or "the release" is the one of whoever spoke
        or was named as a body last, in this sentence or the one before."""
        if toks[0].lower_ != "the" or head.lemma_.lower() not in ISSUED \
                or any(t.pos_ == "PROPN" for t in toks):
            return None
        start = head.sent.start
        reach = self.doc[self.doc[start - 1].sent.start].idx if start else 0
        spoke: list[tuple[int, str | None]] = []
        if self.last_body is not None:
            spoke.append((self.last_body[0], self.last_body[1].name))
        if self.last_person is not None:
            spoke.append((self.last_person[0], self.last_person[1].name))
        last = [(at, name) for at, name in spoke if name and reach <= at < toks[0].idx]
        return f"{max(last)[1]} {phrase}" if last else None

    def _campaign(self, head: Token, toks: list[Token]) -> str | None:
        """ "Sanders's donor list, which the campaign said…": a bare "the campaign" that no
        named campaign stands for is the campaign of the person the story is following."""
        words = [t.lower_ for t in toks if t.tag_ != "POS"]  # "the campaign's earlier claim"
        if head.lemma_.lower() != "campaign" or words != ["the", "campaign"]:
            return None
        followed = self._followed(head)
        return f"{followed.name} campaign" if followed is not None else None

    def _followed(self, head: Token) -> Person | None:
        """The person the story follows: named most often so far (an adviser quoted last,
        "David Axelrod … tweeted", runs no campaign)."""
        before = [(sum(1 for at in p.mentions if at < head.idx), p.last_before(head.idx) or -1, p)
                  for p in self.entities.people]
        before = [b for b in before if b[0]]
        return max(before, key=lambda b: b[:2])[2] if before else None

    def _party_of_members(self, head: Token, toks: list[Token]) -> str | None:
        """ "Republicans had their own McGovern experience in 1964, when the party nominated
        Goldwater": the party whose members were named last, in this or the sentences
        before, outside quotes."""
        if [t.lower_ for t in toks] != ["the", "party"]:
            return None
        window = self.doc[self._sentences_back(head):toks[0].i]
        members = [t for t in window if t.lower_ in PARTY_MEMBERS
                   and not self.entities.in_quote(t.idx)]
        return PARTY_MEMBERS[members[-1].lower_] if members else None

    def _administration(self, head: Token, toks: list[Token]) -> str | None:
        """ "the administration insisted…": the administration of the president the article
        names with a bare title ("President Obama"; not "Russian President Vladimir Putin"),
        the most named if there are several."""
        if [t.lower_ for t in toks] != ["the", "administration"]:
            return None
        presidents = [p for p in self.entities.people
                      if any(h == "president" and not words - BARE_PRESIDENT
                             for words, h in p.titles)]
        if not presidents:
            return None
        p = max(presidents, key=lambda p: len(p.mentions))
        return f"{p.name.split()[-1]} administration"

    def _possessed_body(self, head: Token) -> str | None:
        """ "her campaign said", "his office put out a statement": the body of the person
        the possessive pronoun stands for ("Hillary Clinton campaign"), or the role ("the
        Democratic nominee's campaign")."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or head.lemma_.lower() not in OWNED_BODIES:
            return None
        if poss.tag_ == "NN" and _is_person_noun(poss):
            # "the Democratic nominee's campaign": the person the role names
            speaker, _ = self._classify(poss, mention_tokens(poss), 1)
            return f"{speaker.name} {head.text}" if speaker.type == "person" and \
                speaker.name and speaker.resolution == "role" else None
        if poss.lower_ not in ("his", "her"):
            return None
        p = self._possessor(poss)
        return f"{p.name} {head.text}" if p is not None else None

    def _document_before(self, head: Token, toks: list[Token]) -> str | None:
        """ "The survey", "the same poll": the document of that kind the last sentences
        named with its author ("a new Latino Decisions poll released Friday")."""
        bare_plural = len(toks) == 1 and head.tag_ == "NNS"  # "…, records show."
        # "the email read": the parse may leave "the" to the verb it took for a noun
        definite = toks[0].lower_ == "the" or head.i > 0 and self.doc[head.i - 1].lower_ == "the"
        if (not definite and not bare_plural) or head.tag_ not in ("NN", "NNS"):
            return None
        kind = next((k for k in DOCUMENT_KINDS if head.lemma_.lower() in k), {head.lemma_.lower()})
        said_which = any(t.i < head.i and t.dep_ in ("compound", "amod", "poss", "nmod")
                         and t.lower_ not in DESCRIPTORS | LATEST for t in toks)  # "The Rove ad"
        start = self._sentences_back(head, quoted=False, sentences=DOCUMENT_SENTENCES)
        for t in reversed(self.doc[start:toks[0].i]):
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in kind \
                    and not self.entities.in_quote(t.idx):
                author = _author_of(t)
                if author is not None and not said_which:
                    # "Fox News said in a statement … the statement": Fox News's statement
                    own = [w for w in mention_tokens(t) if w.i <= t.i and w.dep_ != "poss"
                           and w.lower_ not in DETERMINERS | LATEST and w.tag_ != "POS"]
                    return f"{author} {''.join(w.text_with_ws for w in own).strip()}"
                named = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")
                         and c.pos_ == "PROPN"]
                # "a wrongful death lawsuit" … "the lawsuit": the kind the article said
                described = [c for c in t.children if c.dep_ in ("compound", "amod")
                             and c.i < t.i and c.pos_ in ("NOUN", "ADJ", "PROPN")
                             and c.lower_ not in DESCRIPTORS | LATEST]
                if named or described and t.tag_ == head.tag_ and not said_which:
                    found = [w for w in mention_tokens(t) if w.lower_ not in DETERMINERS
                             and w.i <= t.i and w.lower_ not in LATEST]
                    return "".join(w.text_with_ws for w in found).strip()
                authored = _authored(t, mention_tokens(t))
                if authored and not said_which:  # "The PPIC poll" names its own author
                    return authored
        if said_which or head.tag_ != "NN":
            return None
        for t in reversed(self.doc[start:toks[0].i]):
            # "…, the University of Michigan reported last week. … the survey found": the
            # body that put out what "the survey" is
            if t.pos_ == "VERB" and t.lemma_.lower() in PUT_OUT_FINDINGS:
                subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.ent_type_ == "ORG":
                    ent = next(e for e in self.doc.ents if e.start <= subject.i < e.end)
                    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                    return f"{name} {head.text}"
        return None

    def _document_after(self, head: Token, toks: list[Token]) -> str | None:
        """ "For the first time, a poll shows…" and then "the Fox News poll": a document
        with no author where it speaks takes the authored name the next sentences give it."""
        if any(t.pos_ == "PROPN" for t in toks) or head.tag_ != "NN":
            return None
        kind = next((k for k in DOCUMENT_KINDS if head.lemma_.lower() in k), {head.lemma_.lower()})
        end = head.sent.end
        for _ in range(ANTECEDENT_SENTENCES - 1):
            if end >= len(self.doc):
                break
            end = self.doc[end].sent.end
        for t in self.doc[head.sent.end:end]:
            if t.pos_ == "NOUN" and t.lemma_.lower() in kind and t.tag_ == "NN" \
                    and not self.entities.in_quote(t.idx):
                named = [c for c in t.children if c.dep_ in ("compound", "poss", "nmod")
                         and c.pos_ == "PROPN"]
                if named:
                    found = [w for w in mention_tokens(t) if w.lower_ not in DETERMINERS]
                    return "".join(w.text_with_ws for w in found).strip()
        return None

    def _fuller(self, toks: list[Token], phrase: str, lemma: str) -> str | None:
        """The fuller name a definite short form stands for: "the fund" -> the last
        "International Monetary Fund" before it, "the campaign" -> "Clinton campaign"."""
        words_after = [t for t in toks if t.lower_ not in DETERMINERS]
        if toks[0].lower_ != "the" or not 1 <= len(words_after) <= 2 \
                or len(words_after) == 2 and not words_after[0].is_lower:
            return None  # "the fund", "the editorial board"
        noun = self.text[words_after[0].idx : toks[-1].idx + len(toks[-1].text)]
        found = None
        pattern = re.compile(CAPITALISED_BEFORE + "(?i:" + re.escape(noun) + r")\b")
        for m in pattern.finditer(self.text, 0, toks[0].idx):
            words = m.group(1).split()
            ends = [i for i, w in enumerate(words) if w.endswith(".") and not _abbreviation(w)]
            if ends:
                words = words[ends[-1] + 1:]  # "…on Thursday. The agency"
            while words and words[0].lower() in LEADING_WORDS:
                words = words[1:]  # "The International Monetary Fund", "But the Fund"
            if words:
                found = " ".join([*words[:-1], re.sub(r"['’]s$", "", words[-1]),
                                  m.group(0)[-len(noun):]])
                found += name_goes_on(self.text, m.end(), found)
        if found is None and len(words_after) == 1:
            # "the Center for Strategic and International Studies" … "the center"
            bare = re.compile(r"\b[Tt]he (" + re.escape(noun.capitalize()) + r")\b")
            for m in bare.finditer(self.text, 0, toks[0].idx):
                found = (m.group(1) + name_goes_on(self.text, m.end(), m.group(1))) or found
            found = found if found and " " in found else None
        if found is None or noun.lower() not in found.lower().split(" of ")[0].split(" for ")[0]:
            return None
        return found


# US states as a party tag prints them: "(R-Fla.)", ", D-Vt.,", "(R-Texas)", "(D-NY)"
STATES = {
    "ala": "alabama", "al": "alabama", "alaska": "alaska", "ak": "alaska", "ariz": "arizona",
    "az": "arizona", "ark": "arkansas", "ar": "arkansas", "calif": "california",
    "ca": "california", "colo": "colorado", "co": "colorado", "conn": "connecticut",
    "ct": "connecticut", "del": "delaware", "de": "delaware", "fla": "florida", "fl": "florida",
    "ga": "georgia", "hawaii": "hawaii", "hi": "hawaii", "idaho": "idaho", "id": "idaho",
    "ill": "illinois", "il": "illinois", "ind": "indiana", "in": "indiana", "iowa": "iowa",
    "ia": "iowa", "kan": "kansas", "kans": "kansas", "ks": "kansas", "ky": "kentucky",
    "la": "louisiana", "maine": "maine", "me": "maine", "md": "maryland",
    "mass": "massachusetts", "ma": "massachusetts", "mich": "michigan", "mi": "michigan",
    "minn": "minnesota", "mn": "minnesota", "miss": "mississippi", "ms": "mississippi",
    "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska", "ne": "nebraska",
    "nev": "nevada", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey",
    "nm": "new mexico", "ny": "new york", "nc": "north carolina", "nd": "north dakota",
    "ohio": "ohio", "oh": "ohio", "okla": "oklahoma", "ok": "oklahoma", "ore": "oregon",
    "or": "oregon", "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina",
    "sd": "south dakota", "tenn": "tennessee", "tn": "tennessee", "tex": "texas",
    "texas": "texas", "tx": "texas", "utah": "utah", "ut": "utah", "vt": "vermont",
    "va": "virginia", "wash": "washington", "wa": "washington", "wva": "west virginia",
    "wv": "west virginia", "wis": "wisconsin", "wisc": "wisconsin", "wi": "wisconsin",
    "wyo": "wyoming", "wy": "wyoming",
}
PARTIES = {"r": {"republican", "gop"}, "d": {"democratic", "democrat"}, "i": {"independent"}}
PARTY_TAG = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]*(?: ?[A-Z][a-z.]*)?)\s*[,)]")


def party_tag(text: str, end: int) -> set[str]:
    """The party and state words of a tag after a name: "Marco Rubio (R-Fla.)" is a Florida
    Republican, so he is "the Florida senator" the article names later."""
    m = PARTY_TAG.match(text, end)
    if m is None:
        return set()
    state = STATES.get(m.group(2).replace(".", "").replace(" ", "").lower())
    if state is None:
        return set()
    return {*state.split(), *PARTIES[m.group(1).lower()]}


# Institutions whose name goes on after "of" or "for": "the Public Policy Institute of
# California", "the Institute for the Study of War", "the European Centre for a Modern Ukraine"
INSTITUTIONS = {"institute", "institution", "centre", "center", "foundation", "council",
                "committee", "association", "society", "university", "college", "school",
                "department", "ministry", "office", "commission", "league", "union", "coalition",
                "alliance", "fund", "bank", "agency", "bureau", "network", "organization",
                "organisation", "federation", "board", "academy", "project", "movement", "forum",
                "service", "court", "party", "campaign", "group", "conference", "club"}
_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"  # a capitalised word; a full stop only inside ("U.S")
NAME_GOES_ON = re.compile(rf"\s(?:of|for|on)\s(?:(?:the|a|an)\s)?{_WORD}"
                          rf"(?:\s(?:(?:and|of|for|the)\s)*{_WORD})*")


def name_goes_on(text: str, end: int, name: str) -> str:
    """The rest of an institution's name that the tagger cut at "of" or "for" (" of
    California"), or "" where the name ends there."""
    last = name.split()[-1] if name else ""
    if not last[:1].isupper() or last.lower() not in INSTITUTIONS:
        return ""
    m = NAME_GOES_ON.match(text, end)
    return re.sub(r"['’]s$", "", m.group()) if m else ""


COURTESY_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w'’-]+)")
OTHER_OFFICE = {"vice", "deputy", "assistant", "associate", "lieutenant", "acting", "under"}
PARTY_MEMBERS = {"republicans": "Republican Party", "republican": "Republican Party",
                 "gop": "Republican Party", "democrats": "Democratic Party",
                 "democrat": "Democratic Party", "democratic": "Democratic Party"}
BARE_PRESIDENT = {"president", "u.s.", "us", "american", "the", "mr", "mr."}  # "U.S. President"
KIND_NOUNS = {"campaign", "party", "committee"}  # bodies no other kind of body is called
# the last word of a government body's name: never "the group" or "the watchdog"
GOVERNMENT = {"department", "ministry", "agency", "administration", "government", "office",
              "court", "commission", "bureau", "service", "kremlin", "house", "pentagon"}


def _same_kind(name: str, noun: str) -> bool:
    """A body named ``name`` can be "the ``noun``": "the campaign" is not the "Pensions
    Committee", whose name says it is another kind of body; "the agency" may be the "State
    Department", and "the company" "Twitter"."""
    last = name.split()[-1].lower()
    if noun in ("group", "watchdog", "organization", "nonprofit", "charity") \
            and last in GOVERNMENT:
        return False  # "the government watchdog group" is not the State Department it sued
    return noun not in KIND_NOUNS or last not in ORG_NOUNS or last == noun


def _affiliated(head: Token, toks: list[Token], phrase: str) -> str:
    """An unnamed role with whom it speaks for: "a spokeswoman for Fiorina", "an aide to
    the Kremlin", "a judge in Ohio"; the prepositional phrase is kept when it names someone
    or somewhere."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of", "at", "with", "in", "from",
                                                   "inside") \
                and prep.i == toks[-1].i + 1:
            objs = [c for c in prep.children if c.dep_ == "pobj"]  # the parse may give two
            if objs and any(o.pos_ == "PROPN" or o.ent_type_ in ORG_LABELS for o in objs):
                last, end = max(t.i for o in objs for t in o.subtree), prep.i
                while end < last and head.doc[end + 1].text not in (",", ";", "(", "—") \
                        and head.doc[end + 1].dep_ not in ("relcl", "acl"):
                    end += 1  # "for German Chancellor Friedrich Merz", not "…, who ran HP"
                return (phrase + " " + head.doc[prep.i:end + 1].text).strip()
    return phrase


def _root(t: Token) -> Token:
    """The head of the name ``t`` begins ("The" of "The Wall Street Journal" -> "Journal")."""
    while t.dep_ in ("det", "compound", "flat", "amod", "nmod") and t.head.i > t.i:
        t = t.head
    return t


def _capitalised_subject(sent) -> str | None:
    """ "Black Lives Matter issued a statement…", "Wealth-X keeps…": the run of capitalised
    words a sentence opens with, right before its verb, where the tagger saw no entity (a
    name of an organization it did not know)."""
    run: list[Token] = []
    for t in sent:
        if t.is_space or not run and t.lower_ == "the":
            continue
        if t.text[:1].isupper() or (run and t.text in ("-", "&")):
            run.append(t)
            continue
        break
    if not run or len(run) > 5 or t.pos_ not in ("VERB", "AUX") or t.i != run[-1].i + 1 \
            or any(x.ent_type_ in ("PERSON", "GPE", "NORP", "DATE") for x in run) \
            or run[0].pos_ == "PRON" or len(run) == 1 and run[0].tag_ == "NNS":
        return None  # "Workers objected…": a plural capitalised only by opening the sentence
    return "".join(x.text_with_ws for x in run).strip()


def _own_name(names: list[Token], head: Token) -> list[Token]:
    """ "Clinton spokesman Brian Fallon": of the runs of name words in a mention, the one of
    its head (else the last), not every name in it."""
    runs: list[list[Token]] = []
    for t in names:
        if runs and t.i - runs[-1][-1].i <= 2 and all(
                x.text == "." or x.ent_type_ == "PERSON"
                for x in head.doc[runs[-1][-1].i + 1 : t.i]):
            runs[-1].append(t)
        else:
            runs.append([t])
    return next((r for r in runs if any(t.i == head.i for t in r)), runs[-1])


def _before_parentheses(head: Token) -> Token:
    """ "Sen. Elizabeth Warren (D-MA) said": a head the parser found inside the party and state
    in parentheses after a name stands for that name."""
    doc = head.doc
    opening = next((t for t in reversed(doc[max(0, head.i - 4) : head.i])
                    if t.text in ("(", ")")), None)
    closing = next((t for t in doc[head.i + 1 : head.i + 5] if t.text in ("(", ")")), None)
    if opening is None or opening.text != "(" or closing is None or closing.text != ")" \
            or opening.i == 0:
        return head
    name = doc[opening.i - 1]
    if name.pos_ != "PROPN":
        return head
    while name.dep_ in ("compound", "flat") and name.head.i > name.i \
            and name.head.i < opening.i:
        name = name.head
    return name


def _subject(t: Token) -> bool:
    """Whether a name token is (part of) the subject of its clause."""
    while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


def _abbreviation(word: str) -> bool:
    """ "U.S.", "Gov.", "Mr.": a word whose full stop does not end a sentence."""
    return word.count(".") > 1 or len(word) <= 4 or word.lower().rstrip(".") in HONORIFICS


# Verbs whose subject put out the findings a later "the survey", "the report" is.
PUT_OUT_FINDINGS = frozenset({"report", "publish", "release", "find"})
# Verbs whose object is a document their subject put out ("sent a fundraising email").
PUT_OUT = frozenset({"send", "issue", "release", "publish", "post", "write", "pen", "sign",
                     "circulate", "file", "unveil", "air", "run", "distribute"})


def _author_of(doc_noun: Token) -> str | None:
    """Who put out a document, from the clause it appears in: "Fox News said in a
    statement", "Exxon Mobil contended in its letter", "The Cruz campaign sent a fundraising
    email": the named subject of the verb (a name or a body named by proper nouns; a pronoun
    or a common noun says too little)."""
    verb = None
    if doc_noun.dep_ == "pobj" and doc_noun.head.lower_ in ("in", "through", "via") \
            and doc_noun.head.head.pos_ in ("VERB", "AUX"):
        verb = doc_noun.head.head
    elif doc_noun.dep_ == "dobj" and doc_noun.head.lemma_.lower() in PUT_OUT:
        verb = doc_noun.head
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Patricia Smith and Charles Woods have filed a lawsuit": no one author
    words = [t for t in subject.subtree if t.i <= subject.i and t.lower_ not in DETERMINERS
             and not t.is_punct]
    if not words or not any(t.pos_ == "PROPN" for t in words) or words[0].i < subject.i - 4:
        return None
    return "".join(t.text_with_ws for t in words).strip()


def _after_opener(tok: Token) -> bool:
    """ "In it, he says…", "On Monday, she said…": the subject of the main verb with only a
    short adverbial opening the sentence before it, naming no one."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
        return False
    sent = tok.sent
    before = [t for t in sent if t.i < tok.i and not t.is_punct and not t.is_space]
    if not before or len(before) > 6 or any(t.ent_type_ == "PERSON" for t in before):
        return False
    openers = [c for c in tok.head.children if c.i < tok.i
               and c.dep_ in ("prep", "advmod", "npadvmod")]
    covered = {t.i for c in openers for t in c.subtree}
    return all(t.i in covered for t in before)


def _authored(head: Token, toks: list[Token]) -> str | None:
    """A document with its author or outlet: "a recent survey by Comcast Xfinity", "a new
    article in Politico", "an email from Neera Tanden"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "in", "of") \
                and prep.i == toks[-1].i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                         None) if obj is not None and obj.pos_ == "NOUN" else None
            if named is not None:  # "a story by the website Politico": Politico's story
                end = max(t.i for t in named.subtree)
                words = [t for t in toks if t.lower_ not in DETERMINERS] + \
                    [prep] + list(head.doc[named.i:end + 1])
                return "".join(t.text_with_ws for t in words).strip()
            if obj is not None and obj.pos_ == "PROPN":
                end = max(t.i for t in obj.subtree)
                words = [t for t in toks if t.lower_ not in DETERMINERS] + \
                    list(head.doc[prep.i:end + 1])
                return "".join(t.text_with_ws for t in words).strip()
    for acl in head.children:  # "a report released by the Brookings Institution last year"
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and (acl.i == toks[-1].i + 1 or (
                acl.i == toks[-1].i + 2 and head.doc[acl.i - 1].text == ",")):
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if obj is not None and obj.pos_ == "PROPN":
                end = max(t.i for t in obj.subtree)
                own = [t for t in toks if t.lower_ not in DETERMINERS]
                return " ".join(["".join(t.text_with_ws for t in own).strip(),
                                 head.doc[acl.i:end + 1].text])
    return None


def _is_person_noun(t: Token) -> bool:
    """Whether a noun denotes someone: a known person noun, or a common noun with an
    agentive ending ("negotiator", "economist"); "manner" and "negotiations" do not. In
    "the influential delegate and conservative activist" one of the two is enough."""
    if t.dep_ != "conj" and any(c.dep_ == "conj" and c.pos_ == "NOUN" and _is_person_noun(c)
                                for c in t.children):
        return True
    lemma = t.lemma_.lower()
    if lemma in PERSON_NOUNS or lemma in lexicon().anonymous:
        return True
    if lemma in DOCUMENT_NOUNS or lemma in ORG_NOUNS or t.pos_ != "NOUN":
        return False
    return len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES)


GENERIC_GROUPS = {"people", "those", "others", "many", "some", "americans", "voters"}


def _who_they_are(head: Token, name: str) -> str:
    """ "people who have battled other online threats": a group that a bare noun only names
    keeps the relative clause that says who they are."""
    if head.lower_ not in GENERIC_GROUPS or name.lower() != head.lower_:
        return name
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    if rel is None:
        return name
    end = max(t.i for t in rel.subtree)
    return head.doc[head.i : end + 1].text


def known_full_name(surname: str) -> str | None:
    """The full name the known-people list gives a bare surname, in any case ("PUTIN")."""
    known = _known_by_lower().get(surname.lower())
    return known[0] if known else None


@lru_cache(maxsize=1)
def _known_by_lower() -> dict[str, tuple[str, str | None]]:
    return {k.lower(): v for k, v in known_people().items()}


def _known_as(person: Person) -> str:
    """The full name of someone the article names by surname only ("Obama" is Barack
    Obama), when the known-people list has one of a gender the article does not contradict."""
    known = known_people().get(person.name)
    if known is None or person.gender not in (None, known[1]):
        return person.name
    return known[0]


def _plural_person_noun(word: str) -> bool:
    """ "aides", "officials", "secretaries": the plural of a noun that denotes someone."""
    if not word.endswith("s") or len(word) < 4:
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return one in PERSON_NOUNS or one in lexicon().anonymous


def _whole(speaker: Speaker) -> Speaker:
    """No fragments: a name never ends on a function word, and one made of function words
    only ("of", "President of" trimmed to "President") is kept only if a noun remains."""
    if not speaker.name:
        return speaker
    if not speaker.name.isascii():  # "FranÃ§ois Delattre": a page decoded the wrong way
        speaker.name = fix_encoding(speaker.name)
    if "<" in speaker.name or ">" in speaker.name:  # markup the page left in the text:
        # 'datetime="2016-08-23">BREAKING: AP analysis' is the AP analysis
        speaker.name = re.sub(r"<[^>]*>?", " ", re.sub(r"^[^<]*>", "", speaker.name))
        speaker.name = re.sub(r"^[A-Z]{4,}:\s*", "", speaker.name.strip())
    words = re.sub(r"['’]s?$", "", speaker.name).split()  # "the campaign's": no possessive
    while words and words[-1].lower().strip(",.") in FUNCTION_WORDS:
        words.pop()
    while words and words[0].lower() in FUNCTION_WORDS - {"his", "her", "their", "its"}:
        words.pop(0)
    if not words or all(w.lower() in FUNCTION_WORDS for w in words):
        speaker.name, speaker.type, speaker.resolution = None, "unknown", None
    else:
        speaker.name = " ".join(words)
    return speaker


def _relative_cue(head: Token, cue_at: int | None = None) -> list[Token]:
    """The "who" of "European leaders who have warned": the text names the speaker twice.
    The statement's own cue decides when it is known, else any cue verb in a relative
    clause on the speaker does."""
    cues = cue_verbs()
    return [s for c in head.children if c.dep_ == "relcl" and (
            c.idx == cue_at if cue_at is not None else c.lemma_.lower() in cues)
            for s in c.children if s.dep_ == "nsubj" and s.lower_ in ("who", "that", "which")][:1]


def _partitive(head: Token) -> bool:
    """ "one of the former prosecutors…", "some of his aides": one or some of a group."""
    return head.lower_ in ("one", "some") and any(c.dep_ == "prep" and c.lower_ == "of"
                                                  for c in head.children)


def _under_preposition(t: Token, head: Token) -> bool:
    """Whether ``t`` hangs on ``head`` through a preposition ("close to the Clintons")."""
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False


def _described(head: Token, start: int) -> str:
    """An unnamed speaker as the text describes them, from token ``start`` to the end of the
    noun's phrase and up to a comma, a quote mark or a dash: "longtime adviser to both
    Clintons", "person who attended and described her remarks on the condition of
    anonymity"; the determiner goes ("a", "the"), a number stays ("one operative inside
    Trump Tower")."""
    doc, end = head.doc, head.i + 1
    while end <= head.right_edge.i:
        t = doc[end]
        if t.text in (",", ";", "(", ")", "—", "–", ":") or _quote_mark(t) or spaced_dash(t) \
                or "\n" in doc[end - 1].text_with_ws:
            break
        end += 1
    toks = [t for t in doc[start:end] if not (t.dep_ in ("det", "predet") and t.i < head.i
                                               and t.lower_ not in ("one", "another"))]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    return "".join(t.text_with_ws for t in toks).strip()


def _phrase(toks: list[Token]) -> str:
    while toks and toks[0].lower_ in DETERMINERS:
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip()
