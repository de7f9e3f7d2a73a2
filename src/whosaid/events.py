"""Events that statements and reporting hang on: meetings, summits, talks, trips, leaks...

An event is found at a trigger word (a noun like "summit", "press conference", "leak", or a
verb like "met", "travel", "leaked"); its date, place and participants are read from the
trigger's own phrase and clause in the dependency parse. Mentions of the same kind of event
that do not contradict each other ("a press conference in Kyrgyzstan" ... "the press
conference on Thursday") are merged into one event.
"""

from __future__ import annotations

from datetime import date

from whosaid.dates import DateMention, is_future
from whosaid.models import Event, Span
from whosaid.names import surname_key

NOUN_TRIGGERS = {
    "meeting": "meeting", "summit": "summit", "talks": "talks", "negotiations": "talks",
    "visit": "visit", "trip": "trip", "briefing": "briefing", "leak": "leak",
    "signing": "signing",
}
VERB_TRIGGERS = {
    "meet": "meeting", "visit": "visit", "travel": "trip", "fly": "trip", "leak": "leak",
    "sign": "signing", "negotiate": "talks",
}
# Joint drafting counts as talks only where it happened somewhere ("developed ... in Geneva").
TALKS_AT_PLACE = frozenset({"develop", "draft", "negotiate", "hammer", "discuss"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PARTY_LABELS = frozenset({"PERSON", "ORG"})
PLACE_PREPS = frozenset({"in", "to", "at", "near"})
# Clauses inside a phrase that describe something else ("a plan drafted by X").
NESTED = frozenset({"relcl", "acl", "advcl", "ccomp"})


def extract_events(doc, mentions: list[DateMention], speakers: list[str],
                   published: date | None = None) -> list[Event]:
    """Events in a parsed article; ``mentions`` are its resolved date expressions and
    ``speakers`` its statement speakers' names (participants are linked to them). An event
    dated after ``published`` is scheduled."""
    kinds = {t.i: kind for t in doc if (kind := _event_type(t))}
    events: dict[int, Event] = {}
    purposes = []
    for i, kind in kinds.items():
        parent = _parent_trigger(doc[i], kinds)
        if parent is None:
            events[i] = _event(doc[i], kind, mentions, speakers, published)
        else:
            purposes.append((parent, i))
    for parent, i in purposes:
        if parent in events:
            extra = _participants(doc[i], speakers)
            events[parent].participants += [p for p in extra if p not in events[parent].participants]
    return _merge(list(events.values()))


def _event_type(token) -> str | None:
    lower, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ in ("NOUN", "PROPN"):
        if lower in ("conference", "conferences") and token.i > 0 and \
                token.nbor(-1).lower_ in ("press", "news"):
            return "press conference"
        return NOUN_TRIGGERS.get(lower) or NOUN_TRIGGERS.get(lemma)
    if token.pos_ != "VERB":
        return None
    # A bare infinitive ("want to sign") is a wish, not an event, unless it is scheduled.
    real = token.tag_ in ("VBD", "VBN") or is_future(token.doc, token.idx, token.idx + 1)
    if lemma in TALKS_AT_PLACE and real and _place(token):
        return "talks"
    return VERB_TRIGGERS.get(lemma) if real else None


def _parent_trigger(token, kinds: dict[int, str]) -> int | None:
    """A purpose clause of another event ("travel to Moscow to meet Putin") is part of that
    event: the index of the enclosing trigger, or None."""
    child, steps = token, 0
    while child.dep_ in ("xcomp", "advcl", "conj") and steps < 3:
        if child.head.i in kinds:
            return child.head.i
        child, steps = child.head, steps + 1
    return None


def _phrase(token) -> list:
    """The trigger's subtree without nested clauses about something else."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NESTED or t.i == token.i and
                     token.pos_ == "VERB" and c.dep_ == "advcl" and c.tag_ == "VBG")
    return sorted(out, key=lambda t: t.i)


def _place(token) -> str | None:
    for t in _phrase(token):
        if t.ent_type_ not in PLACE_LABELS or t.ent_iob_ != "B":
            continue
        ent = next(e for e in token.doc.ents if e.start == t.i)
        before = token.doc[ent.start - 1] if ent.start > 0 else None
        if ent.root.head.i == token.i and ent.root.dep_ in ("compound", "npadvmod") or \
                before is not None and before.lower_ in PLACE_PREPS:
            return ent.text
    return None


def _clause_subject(token):
    """The subject of the trigger's clause, following control ("X is scheduled to travel")."""
    verb, steps = token, 0
    while steps < 4:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if verb.head.i == verb.i:
            return None
        verb, steps = verb.head, steps + 1
    return None


def _participants(token, speakers: list[str]) -> list[str]:
    tokens = _phrase(token)
    subject = _clause_subject(token) if token.pos_ == "VERB" else _adjunct_subject(token)
    if subject is not None:
        tokens.append(subject)  # the subject itself, not "Trump's" in "Trump's envoy X"
    ents = {e for t in tokens for e in token.doc.ents
            if e.start <= t.i < e.end and e.label_ in PARTY_LABELS}
    names = [ent.text for ent in sorted(ents, key=lambda e: e.start)]
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
        names[:0] = _previous_person(token)  # "his summit": the person last named before it
    if subject is not None and subject.tag_ == "NNS" and not subject.ent_type_:
        names.append(" ".join(t.text for t in _phrase(subject)))  # "U.S. and Ukrainian officials"
    linked = [link_speaker(name, speakers) for name in names]
    return [name for i, name in enumerate(linked) if name not in linked[:i]]


def _adjunct_subject(token):
    """Who did it, for "X told reporters during a press conference": the subject of the
    finite verb the event noun hangs from by a preposition."""
    prep = token.head
    if token.dep_ != "pobj" or prep.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return _clause_subject(prep.head)


def _previous_person(token) -> list[str]:
    people = [e for e in token.sent.ents if e.label_ == "PERSON" and e.end <= token.i]
    return [people[-1].text] if people else []


def link_speaker(name: str, speakers: list[str]) -> str:
    """The speaker name this mention refers to, matched by surname ("Putin" -> "Vladimir
    Putin"); the mention itself where no speaker matches."""
    surname = surname_key(name)
    for speaker in speakers:
        if surname_key(speaker) == surname:
            return speaker
    return name


def _date(token, mentions: list[DateMention]) -> DateMention | None:
    """The date expression in the trigger's phrase, else one attached to its clause verb."""
    phrase = {t.idx for t in _phrase(token)}
    sent = token.sent
    in_sent = [m for m in mentions if sent.start_char <= m.span.start < sent.end_char]
    for m in in_sent:
        if m.span.start in phrase:
            return m
    verbs = _clause_verbs(token)
    for m in in_sent:
        span = token.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        verb = _governing_verb(span.root) if span is not None else None
        if verb is not None and verb.i in verbs:
            return m
    return None


def _governing_verb(token):
    head, steps = token.head, 0
    while head.pos_ not in ("VERB", "AUX") and head.i != head.head.i and steps < 6:
        head, steps = head.head, steps + 1
    return head if head.pos_ in ("VERB", "AUX") else None


def _clause_verbs(token) -> set[int]:
    """The verbs of the trigger's clause: its governing verb and, while that one is
    non-finite ("following his summit", "crafting"), the verbs above it."""
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    verbs: set[int] = set()
    while verb is not None and verb.i not in verbs:
        verbs.add(verb.i)
        if verb.tag_ not in ("VBG", "VBN", "VB") or verb.dep_ == "ROOT":
            break
        verb = _governing_verb(verb)
    return verbs


def _event(token, kind: str, mentions: list[DateMention], speakers: list[str],
           published: date | None) -> Event:
    doc = token.doc
    first = doc[token.i - 1] if kind == "press conference" else token
    words = doc[first.i:token.i + 1]  # its text, without rebuilding the whole Doc's text
    event = Event(type=kind, span=[Span(first.idx, token.idx + len(token), words.text)],
                  place=_place(token), participants=_participants(token, speakers))
    mention = _date(token, mentions)
    if mention is not None:
        r = mention.resolved
        event.date, event.date_end, event.date_precision = r.start, r.end, r.precision
        event.date_span = [mention.span]
    later = published is not None and event.date is not None and event.date > published
    if later or is_future(doc, token.idx, token.idx + len(token)):
        event.status = "scheduled"
    return event


def _merge(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        same = next((m for m in merged if _compatible(m, event)), None)
        if same is None:
            merged.append(event)
            continue
        same.span += event.span
        same.place = same.place or event.place
        same.participants += [p for p in event.participants if p not in same.participants]
        if same.date is None and event.date is not None:
            same.date, same.date_end = event.date, event.date_end
            same.date_precision, same.date_span = event.date_precision, event.date_span
    return merged


def _compatible(a: Event, b: Event) -> bool:
    return (a.type == b.type
            and (a.place is None or b.place is None or a.place == b.place)
            and (a.date is None or b.date is None or (a.date, a.date_end) == (b.date, b.date_end)))
