"""Stage 3: speaker mentions and their resolution within one article.

"Putin", "Vladimir Putin" and "Russian President Vladimir Putin" are one person (same
surname, the longest name wins); pronouns go to the nearest preceding person; role nouns
("the president") go to the person the article gives that title; the rest is typed as an
organization, a group or an anonymous source from the entity label and the head noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from whosaid.extract.lexicon import cue_verbs, lexicon
from whosaid.models import Span, Speaker

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
# Dependents that describe rather than name the speaker; left out of the mention span.
CLAUSE_DEPS = {"relcl", "acl", "appos", "advcl", "prep"}
PRONOUN_REACH = 1500  # characters: a speaker further back than this has lost the pronoun
DETERMINERS = {"the", "a", "an"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam"}


@dataclass
class People:
    """The persons an article names, keyed by surname, in order of mention."""

    names: dict[str, str] = field(default_factory=dict)  # surname -> longest full name
    order: list[tuple[int, str]] = field(default_factory=list)  # (offset, surname) mentions


def index_people(doc: Doc) -> People:
    """Collect PERSON entities once per article: full names, titles and mention offsets."""
    people = People()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        toks = [t for t in ent if t.text not in ("'s", "’s")]
        if not toks:
            continue
        key = toks[-1].lower_
        name = " ".join(t.text for t in toks)
        if len(name) > len(people.names.get(key, "")):
            people.names[key] = name
        people.order.append((ent.start_char, key))
    return people


def _titles_before(doc: Doc, start: int) -> list[str]:
    out = []
    j = start - 1
    while j >= 0 and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text[:1].isupper() \
            and doc[j].ent_type_ != "PERSON":
        out.append(doc[j].lower_)
        j -= 1
    return out


def mention_tokens(head: Token) -> list[Token]:
    """The speaker phrase around ``head``: its subtree less relative clauses and appositions."""
    toks = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        # Clauses on the head describe the speaker; "familiar with the talks" inside it stays.
        on_head = child.head.i == head.i and child.dep_ in CLAUSE_DEPS and child.lower_ != "of"
        if on_head or "\n" in child.text_with_ws:
            continue
        toks.append(child)
        stack.extend(child.children)
    toks.sort(key=lambda t: t.i)
    # Keep a contiguous run around the head so the mention never jumps over other words.
    start = end = toks.index(head)
    while start > 0 and toks[start - 1].i == toks[start].i - 1:
        start -= 1
    while end + 1 < len(toks) and toks[end + 1].i == toks[end].i + 1:
        end += 1
    run = toks[start : end + 1]
    while run and (run[-1].is_punct or run[-1].dep_ == "cc"):
        run.pop()
    while run and (run[0].is_punct or run[0].is_space):
        run.pop(0)
    return run or [head]


class Resolver:
    """Resolves speaker mentions in article order, remembering who spoke and who was named."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.people = index_people(doc)
        self.roles: dict[str, list[str]] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent[-1].lower_ in self.people.names:
                for title in _titles_before(doc, ent.start):
                    self.roles.setdefault(title, []).append(ent[-1].lower_)
        self.spoke: dict[str, int] = {}
        self.last_person: tuple[int, str] | None = None

    def resolve(self, head: Token | None, cue_at: int | None = None) -> Speaker:
        """A Speaker for the phrase headed by ``head`` (``None``: nobody is named); ``cue_at``
        is where the statement's cue word starts."""
        if head is None:
            return Speaker(None, "unknown")
        toks = mention_tokens(head)
        mention = [Span.of(self.text, toks[0].idx, toks[-1].idx + len(toks[-1].text))]
        mention += [Span.of(self.text, r.idx, r.idx + len(r.text))
                    for r in _relative_cue(head, cue_at)]
        speaker = self._classify(head, toks)
        speaker.mention = mention
        if speaker.type == "person" and speaker.name:
            key = speaker.name.split()[-1].lower()
            self.spoke[key] = self.spoke.get(key, 0) + 1
            self.last_person = (head.idx, key)
        return speaker

    def _classify(self, head: Token, toks: list[Token]) -> Speaker:
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            key = self._antecedent(head.idx)
            return Speaker(self.people.names.get(key, key) if key else None, "person")
        if lower in GROUP_PRONOUNS:
            return Speaker(None, "group")
        person = next((t for t in toks if t.ent_type_ == "PERSON"
                       and t.text not in ("'s", "’s")), None)
        if person is not None:
            return self._named_person(toks)
        lex = lexicon()
        lemma = head.lemma_.lower()
        phrase = _phrase(toks)
        if lemma in lex.anonymous or "anonymity" in phrase.lower():
            return Speaker(phrase, "anonymous")
        if lemma in self.roles and head.tag_ == "NN":
            key = max(self.roles[lemma], key=lambda k: (self.spoke.get(k, 0),
                                                         -self._first(k)))
            return Speaker(self.people.names[key], "person", description=phrase)
        if head.tag_ in ("NNS", "NNPS") and head.ent_type_ not in ORG_LABELS - {"NORP"}:
            return Speaker(phrase, "group")
        if head.ent_type_ in ORG_LABELS or lemma in lex.organizations:
            return Speaker(phrase, "organization")
        return Speaker(phrase, "person" if head.pos_ == "PROPN" else "unknown")

    def _named_person(self, toks: list[Token]) -> Speaker:
        names = [t for t in toks if t.ent_type_ == "PERSON" and t.text not in ("'s", "’s")]
        key = names[-1].lower_
        before = [t for t in toks if t.i < names[0].i]
        while before and before[-1].lower_.rstrip(".") in HONORIFICS:
            before = before[:-1]  # "Mr. Daniloff": a courtesy, not a role
        description = _phrase(before) if before else None
        return Speaker(self.people.names.get(key, names[-1].text), "person",
                       description=description or None)

    def _first(self, key: str) -> int:
        return next((off for off, k in self.people.order if k == key), 10**9)

    def _antecedent(self, offset: int) -> str | None:
        """The last person quoted nearby, else the nearest person named before ``offset``.

        Names inside what someone said ("…that Zelensky is no longer legitimate," he said)
        are rarely the "he" of the next cue, so a recent speaker wins over a recent name.
        """
        if self.last_person and offset - self.last_person[0] <= PRONOUN_REACH:
            return self.last_person[1]
        best = None
        for off, key in self.people.order:
            if off < offset:
                best = key
        return best


def _relative_cue(head: Token, cue_at: int | None = None) -> list[Token]:
    """The "who" of "European leaders who have warned": the text names the speaker twice.
    The statement's own cue decides when it is known, else any cue verb in a relative
    clause on the speaker does."""
    cues = cue_verbs()
    return [s for c in head.children if c.dep_ == "relcl" and (
            c.idx == cue_at if cue_at is not None else c.lemma_.lower() in cues)
            for s in c.children if s.dep_ == "nsubj" and s.lower_ in ("who", "that", "which")][:1]


def _phrase(toks: list[Token]) -> str:
    while toks and toks[0].lower_ in DETERMINERS:
        toks = toks[1:]
    return "".join(t.text_with_ws for t in toks).strip()
