"""Joining: quotes (``quotes``) and parse cues (``reported``, judged by the ``ranker``) into
statements with speakers (``speakers``).

A cue whose content lies inside a quote attributes that whole quote (direct); a cue whose
content carries a quoted fragment is mixed; the rest is indirect. Quotes no cue claimed look
for a cue just after the closing mark or before the opening one ("…," he said / He said:
"…"); a quote with no cue at all floats to the speaker of the quote before it.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Token

from whosaid.extract.lexicon import lexicon
from whosaid.extract.quotes import Quote, find_quotes, paragraphs
from whosaid.extract.ranker import Ranker, default_ranker, features
from whosaid.extract.reported import (
    BELIEF_VERBS,
    CLOCK,
    Cue,
    find_cues,
    name_start,
    subject_of,
)
from whosaid.extract.speakers import DOCUMENT_NOUNS, FIRST_SECOND, Resolver
from whosaid.extract.transcript import words as transcript_words
from whosaid.models import Kind, Span, Speaker, Statement

log = logging.getLogger(__name__)
FLOAT_PARAGRAPHS = 2  # how far back a cue-less quote looks for the previous quote's speaker
# "Graham: Trump's 'Hateful Rhetoric' Destroying GOP" : a headline line naming its speaker.
# On PolNeAR train such lines (capitalised name of <= 6 words, 3+ words after) are gold
# attributions with a ":" cue in 89 of 136; a PERSON/ORG name also drops "The Latest:", "Iowa:".
HEADLINE = re.compile(r"^([^\n:\"“]{2,60}?):[ \t]+(\S[^\n]*)$", re.MULTILINE)
HEADLINE_SPEAKERS = {"PERSON", "ORG", "NORP"}
# "France seeks lasting peace in Ukraine — Macron", "Talks will be ‘strictly bilateral’:
# Jaishankar": a headline line that credits its speaker at its end, after a dash or a colon.
CREDIT_LINE = re.compile(
    r"^([^\n]{12,}?)(?:\s[—–―-]|(?<=[”\"])[—–―]|:)[ \t]+([^\n\"“”‘’'—–―:.!?]{2,40}?)\.?$",
    re.MULTILINE)
MAX_CREDIT_TOKENS = 4
# Verbs of belief and evidence rarely introduce a quote (grammar.txt, [belief_verbs]).
NOT_QUOTE_CUES = BELIEF_VERBS
SCENE = {"advcl", "prep", "npadvmod", "advmod"}  # adverbials that set a quote's scene
INTRODUCERS = {"agree", "disagree", "concur"}  # "X agreed." before a quote: X's words
CLOSING = " \t\n”\"’'"  # what ends a quote before the speech tag
SCARE_WORDS = 3  # a quote this short inside a sentence, with no cue of its own, is a term
# manner-of-speaking verbs that end a long speech tag ("…, shouted to the crowd.")
SHOUTING = frozenset({"shout", "yell", "scream", "exclaim", "whisper", "chant", "cry", "mutter"})
TAG_REACH = 5  # tokens into the sentence after a quote searched for its speech-tag verb
BACK_REACH = 12  # tokens before the cue searched for a speaker set off by an apposition
INVERSION_REACH = 6  # tokens after the cue searched for an inverted speaker ("said Rep. X")


@dataclass
class Draft:
    """A statement before its speaker is resolved (resolution runs in text order)."""

    kind: Kind
    content: list[tuple[int, int]]
    cue: list[tuple[int, int]] = field(default_factory=list)
    source: Token | None = None
    floating: bool = False
    confidence: float = 0.7
    features: list[str] | None = None  # what the ranker scored, for a candidate it judged
    credit: bool = False  # a headline crediting its speaker at its end ("… — Macron")

    @property
    def start(self) -> int:
        return self.content[0][0]


class QuoteIndex:
    """Answers "is this offset inside a quote, and which one" by binary search."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text  # Doc.text rebuilds the string on every access; keep it once
        self.quotes = quotes
        self.ranges = sorted(
            (s, e, qi) for qi, q in enumerate(quotes) for s, e in _outer_segments(q)
        )
        self.starts = [r[0] for r in self.ranges]

    def at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.ranges[i][0] <= offset < self.ranges[i][1]:
            return self.ranges[i][2]
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        hi = bisect.bisect_left(self.starts, end)
        return sorted({qi for s, e, qi in self.ranges[:hi] if e > start})


def _outer_segments(q: Quote) -> list[tuple[int, int]]:
    segs = list(q.segments)
    segs[0] = (q.open_mark, segs[0][1])
    segs[-1] = (segs[-1][0], q.outer_end)
    return segs


# The default ranker: the packaged model, loaded on first use (None means no ranker).
Packaged = Literal["packaged"]


def extract_statements(doc: Doc,
                       ranker: Ranker | Packaged | None = "packaged") -> list[Statement]:
    """Every direct, mixed and indirect statement in ``doc`` with its resolved speaker.

    ``ranker`` judges the reported-speech candidates (the packaged model by default); with
    None, the rules alone decide.
    """
    return [st for _, st in candidates(doc, ranker)]


def candidates(doc: Doc, ranker: Ranker | Packaged | None = "packaged"
               ) -> list[tuple[Draft, Statement]]:
    """The statements with the drafts they came from (the ranker's features are on them)."""
    if isinstance(ranker, str):
        ranker = default_ranker()
    text = doc.text
    quotes = find_quotes(text)
    index = QuoteIndex(text, quotes)
    used: set[int] = set()
    drafts: list[Draft] = []
    paras = paragraphs(text)
    for sent in doc.sents:
        try:
            found = find_cues(sent, open_verbs=ranker is not None)
            drafts.extend(_from_cues(found, index, used, paras, ranker))
        except Exception:
            log.warning("skipped a sentence at offset %d", sent.start_char, exc_info=True)
    credited = _headlines(doc, index, used)
    # a cue inside a credited headline is the headline's own wording ("France seeks… — Macron"),
    # and so is a first person's inside a named one ("Clinton: I support D.C. statehood")
    drafts = [d for d in drafts if not any(
        d.cue and _within(d.cue[0][0], c.content) and (c.credit or _first_person(d.source))
        for c in credited)]
    drafts.extend(credited)
    for qi, quote in enumerate(quotes):
        if qi not in used:
            try:
                draft = _attribute_quote(doc, quote, index)
                if draft is not None:
                    drafts.append(draft)
            except Exception:
                log.warning("skipped a quote at offset %d", quote.start, exc_info=True)
    return _resolve(doc, text, _join_split_quotes(text, _dedupe(drafts)))


def _first_person(source: Token | None) -> bool:
    return source is not None and source.lower_ in FIRST_SECOND


def _from_cues(cues: list[Cue], index: QuoteIndex, used: set[int],
               paras: list[tuple[int, int]], ranker: Ranker | None) -> list[Draft]:
    drafts = []
    for cue in cues:
        if index.at(cue.anchor.idx) is not None:
            continue  # a cue word inside a quote is the speaker's own wording
        cue.content = _clip(cue.content, _paragraph_at(paras, cue.anchor.idx))
        if not cue.content:
            continue
        cue.source = _outside_quotes(cue.source, cue.anchor, index, cue.content)
        if cue.source is not None and _within(cue.source.idx, cue.content):
            # '“…,” Gene Sperling, an adviser, said': a speaker the parser took into the
            # reported clause is not what was said
            edge = name_start(cue.source).idx
            clipped = [(s, min(e, edge)) for s, e in cue.content if s < edge]
            if clipped:
                s, e = clipped[-1]
                e = s + len(index.text[s:e].rstrip(CLOSING))
                clipped[-1:] = [(s, e)] if e > s else []
            cue.content = clipped or cue.content
        if cue.source is None and _after_quote(cue.anchor, index):
            # '"…," said the woman, who did not want to be quoted': the parser made her the
            # subject of the clause after her
            cue.source = _inverted_subject(cue.anchor)
        if cue.source is not None and cue.source.i > cue.anchor.i \
                and _after_quote(cue.anchor, index):
            # the inverted speaker and what follows it are not what was said
            cue.content = [r for r in cue.content if r[1] <= cue.anchor.idx] or cue.content
        hits = [qi for s, e in cue.content for qi in index.overlapping(s, e)]
        if not hits:
            draft = Draft("indirect", cue.content, cue.cue, cue.source, confidence=0.7)
            if ranker is not None:
                # Reported speech is where rules over-reach: the ranker keeps or drops it.
                draft.features = features(cue, "indirect", index.text)
                draft.confidence = round(ranker.probability(draft.features), 2)
                if draft.confidence < ranker.threshold:
                    continue
            drafts.append(draft)
            continue
        if cue.open:
            continue  # a verb outside the lexicon never claims a quote
        quotes = [index.quotes[qi] for qi in dict.fromkeys(hits)]
        used.update(hits)
        cue.content = _quote_side(cue.content, cue.anchor, quotes)
        if _inside(cue.content, index):
            kind: Kind = "mixed" if _follows_cue(index.text, cue, quotes[0]) else "direct"
            content = [seg for q in quotes for seg in q.segments]
            drafts.append(Draft(kind, content, cue.cue, cue.source, confidence=0.9))
        else:
            content = _union(cue.content, [seg for q in quotes for seg in q.segments])
            drafts.append(Draft("mixed", content, cue.cue, cue.source, confidence=0.8))
    return drafts


def _headlines(doc: Doc, index: QuoteIndex, used: set[int]) -> list[Draft]:
    """ 'Issa: Hillary Clinton's 'Honesty Is In Question.'' : the line says what Issa said."""
    drafts = []
    for m in HEADLINE.finditer(index.text):
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is None or not 0 < len(name) <= 6 or len(m[2].split()) < 3 \
                or len(re.findall(r"[A-Za-z]{2,}", m[2])) < 2:
            continue
        if name.text.lower().strip(" .") in transcript_words()["not_speakers"]:
            continue  # "Date: Tuesday, February 3, 2009", "Guest: Rep. Anthony Weiner"
        head = name.root
        if head.ent_type_ not in HEADLINE_SPEAKERS and head.lemma_.lower() not in \
                lexicon().organizations:
            continue
        if not all(t.text[:1].isupper() or not t.is_alpha for t in name):
            continue
        content = [(m.start(2), m.end(2))]
        hits = index.overlapping(*content[0])
        used.update(hits)
        drafts.append(Draft("mixed" if hits else "indirect", content,
                            [(m.end(1), m.end(1) + 1)], head, confidence=0.6))
    return drafts + _credited(doc, index, used)


def _credited(doc: Doc, index: QuoteIndex, used: set[int]) -> list[Draft]:
    """A headline that credits its speaker at its end ("… — Macron"): a clause with a verb
    of its own (or a quote), then a short proper name alone."""
    drafts = []
    for m in CREDIT_LINE.finditer(index.text):
        name = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        said = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is None or said is None or not 0 < len(name) <= MAX_CREDIT_TOKENS:
            continue
        if not all(t.pos_ == "PROPN" or t.is_title or t.tag_ == "POS" for t in name) \
                or name.root.pos_ != "PROPN":
            continue
        if not any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") or t.is_quote for t in said):
            continue
        if m.group().endswith(".") and ":" in index.text[m.end(1) : m.start(2)]:
            continue  # "The plan had one author in the end: Witkoff.": a sentence, no credit
        content = [(m.start(1), m.end(1))]
        hits = index.overlapping(*content[0])
        used.update(hits)
        gap = index.text[m.end(1):m.start(2)]
        mark = m.end(1) + len(gap) - len(gap.lstrip())
        kind: Kind = "mixed" if hits else "indirect"
        whole = index.quotes[hits[0]] if len(hits) == 1 else None
        if whole is not None and whole.open_mark == m.start(1) and whole.close_mark is not None \
                and not index.text[whole.close_mark + 1 : m.end(1)].strip():
            kind, content = "direct", whole.segments  # '“…” ― Krystal Correa': the quote alone
        drafts.append(Draft(kind, content, [(mark, mark + 1)], name.root, confidence=0.6,
                            credit=True))
    return drafts


def _outside_quotes(source: Token | None, anchor: Token, index: QuoteIndex,
                    content: list[tuple[int, int]]) -> Token | None:
    """A subject the parser found inside the quote is the quote's own word; for '"…," said
    Rep. Cummings' the speaker is the first noun after the cue."""
    hung_on_quote = anchor.tag_ == "VBG" and _within(anchor.head.idx, content)
    tag = _after_quote(anchor, index)
    if (source is None and not hung_on_quote and not tag) or (
            source is not None and index.at(source.idx) is None):
        return source
    doc = anchor.doc
    for t in doc[anchor.i + 1 : anchor.i + 1 + INVERSION_REACH]:
        # "'…,' said Robin Maynard, half joking": the parser may take the name into a clause
        inside = _within(t.idx, content) and not (tag and t.pos_ == "PROPN")
        if t.ent_type_ in CLOCK and index.at(t.idx) is None and not inside:
            continue  # "…,” Chief Chuck Jordan said Monday.": a day is no inverted speaker
        if index.at(t.idx) is not None or t.is_sent_start or inside \
                or t.pos_ == "ADP" or (t.head == anchor and t.dep_ in ("dobj", "dative")):
            break  # "said by telephone", "told AFP": an inverted speaker follows the verb
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return _phrase_head(t)
    # "'…,' Mr. Daniloff, now 81 and retired, said": the first name between quote and cue.
    ends = [e for _, e in content if e <= anchor.idx] + [
        q.end for q in index.quotes if anchor.sent.start_char <= q.end <= anchor.idx]
    if ends:
        for t in doc[max(0, anchor.i - BACK_REACH) : anchor.i]:
            if t.idx >= max(ends) and index.at(t.idx) is None and t.pos_ in ("PROPN", "PRON"):
                return _phrase_head(t)
    if anchor.tag_ == "VBG":
        # "Clinton seemed ready to riff, telling the crowd, “…”": the participle's subject
        # is that of the clause before it.
        for t in reversed(doc[anchor.sent.start : anchor.i]):
            if t.dep_ == "nsubj" and index.at(t.idx) is None and not _within(t.idx, content):
                return t
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """The noun phrase right after a speech verb that follows a quote ("said the woman,"),
    ending at a comma or the sentence's end."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.i + 7, verb.sent.end)]:
        if t.dep_ in ("det", "amod", "compound", "nummod") or t.pos_ in ("DET", "ADJ"):
            continue
        if t.pos_ not in ("NOUN", "PROPN"):
            return None
        while t.i + 1 < verb.sent.end and doc[t.i + 1].pos_ == "PROPN":
            t = doc[t.i + 1]  # "said Gov. John Smith"
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        return t if after is None or after.text in (",", ".", ";") or after.is_space else None
    return None


def _after_quote(anchor: Token, index: QuoteIndex) -> bool:
    """The verb comes right after a quote's closing mark and comma (a speech tag)."""
    before = anchor.doc[max(0, anchor.i - 3) : anchor.i]
    return len(before) > 0 and all(t.is_punct for t in before[-2:]) \
        and any(index.at(t.idx) is not None or t.text in ("''", "”", '"') for t in before)


def _phrase_head(t: Token) -> Token:
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    if t.lower_ == "year" and t.head.lower_ == "old" and t.head.i > t.i:
        return t.head  # "the 46-year-old"
    return t


def _within(offset: int, runs: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in runs)


def _paragraph_at(paras: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    i = bisect.bisect_right([s for s, _ in paras], offset) - 1
    return paras[max(i, 0)] if paras else (0, offset + 1)


def _clip(runs: list[tuple[int, int]], bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """The parser sometimes runs a sentence over a paragraph break; content stays in one."""
    lo, hi = bounds
    return [(max(s, lo), min(e, hi)) for s, e in runs if s < hi and e > lo]


def _quote_side(content: list[tuple[int, int]], anchor: Token,
                quotes: list[Quote]) -> list[tuple[int, int]]:
    """ 'Asked what he wants, he said: "They have got to win."' : when the quotes lie on one
    side of the cue, an adverbial on the other side sets the scene and is not what was said
    (a subject there is: 'Some of those officials, he said, are "not quite right"')."""
    at = anchor.idx
    if all(q.open_mark > at for q in quotes):
        other = [r for r in content if r[1] <= at]
    elif all(q.outer_end <= at for q in quotes):
        other = [r for r in content if r[0] >= at]
    else:
        return content
    drop = set()
    for r in other:
        span = anchor.doc.char_span(*r, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ in SCENE:
            drop.add(r)
    return [r for r in content if r not in drop] or content


def _inside(content: list[tuple[int, int]], index: QuoteIndex) -> bool:
    return all(index.at(s) is not None and index.at(e - 1) is not None for s, e in content)


def _follows_cue(text: str, cue: Cue, quote: Quote) -> bool:
    """ 'he said "in general we agree…"' : the quote is the verb's object, not set off."""
    gap = text[cue.cue[-1][1] : quote.open_mark]
    return cue.cue[-1][1] <= quote.open_mark and not gap.strip()


def _union(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(a + b):
        if merged and s <= merged[-1][1] + 2:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _attribute_quote(doc: Doc, quote: Quote, index: QuoteIndex) -> Draft | None:
    """A quote no parse cue claimed: look right of it, then left of it, else it floats.

    A cue-less quote inside a sentence is a title or scare quote ("assault weapons"), not a
    statement; one that opens its sentence is speech.
    """
    confidence = 0.85 if quote.closed else 0.6
    before = _sentence_tokens(doc, len(index.text), quote.open_mark, after=False)
    if before and before[0].pos_ == "ADP" and before[0].lower_ not in ("that", "as"):
        return None  # "said on “Morning Joe”", "in his book “An American Son”": a title
    words = sum(len(index.text[a:b].split()) for a, b in quote.segments)
    if words <= SCARE_WORDS and not _starts_sentence(index.text, quote.open_mark):
        return None  # a term in scare quotes ("supermax") that no cue's clause took in
    after = _sentence_tokens(doc, len(index.text), quote.outer_end, after=True)
    if all(t.is_punct for t in after):
        after = _tag_sentence(doc, index.text, quote.outer_end)
    lead = _lead_in(doc, index.text, quote.open_mark) if not before else []
    if lead:
        before = lead
    for toks in (after, before):
        tag = _ends_turn(index.text, quote) if toks is after else bool(lead)
        verb = _cue_verb(toks, index, tag=tag)
        if verb is not None and verb.tag_ == "VBN" and subject_of(verb) is None:
            # "who told Congress when asked about the inquiry: '…'": past the participle
            rest = toks[toks.index(verb) + 1:]
            verb = _cue_verb(rest, index) or verb
        if verb is not None:
            source = _outside_quotes(subject_of(verb), verb, index, quote.segments)
            return Draft("direct", quote.segments, [(verb.idx, verb.idx + len(verb.text))],
                         source, confidence=confidence)
    reads = _document_reads(after) if _ends_turn(index.text, quote) else None
    if reads is not None:  # '"Friend, let me be blunt…," the email read.'
        source, verb = reads
        return Draft("direct", quote.segments, [(verb.idx, verb.idx + len(verb.text))],
                     source, confidence=confidence - 0.1)
    colon = _colon_source(before)
    if colon is not None:
        source, mark = colon
        return Draft("direct", quote.segments, [(mark.idx, mark.idx + 1)], source,
                     confidence=confidence - 0.1)
    intro = _introducer(doc, index, quote.open_mark) if not before else None
    if intro is not None:
        return Draft("direct", quote.segments, [(intro.idx, intro.idx + len(intro.text))],
                     subject_of(intro), confidence=confidence - 0.1)
    if not _starts_sentence(index.text, quote.open_mark):
        return None
    return Draft("direct", quote.segments, floating=True, confidence=confidence - 0.2)


def _lead_in(doc: Doc, text: str, offset: int) -> list[Token]:
    """ 'Cruz called them on it:' / '“The questions asked in this debate…”': a quote that opens
    its sentence (or paragraph) after one ending in a colon is introduced by that sentence
    (nearest first)."""
    before = text[:offset].rstrip()
    if not before.endswith(":"):
        return []  # on the same line, the parser may start a sentence at the quote too
    return _sentence_tokens(doc, len(text), len(before), after=False)


def _introducer(doc: Doc, index: QuoteIndex, offset: int) -> Token | None:
    """ 'Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are…"': a
    quote that opens a sentence right after one, in its paragraph, that ends on its speech
    verb ("X agreed.", "Or maybe Jeb Bush, Phil Musser says.") is that verb's subject's."""
    text = index.text
    gap = text[:offset].rstrip(" \t")
    if not gap or gap[-1] not in ".!" or "\n" in text[len(gap) : offset]:
        return None
    prev = [t for t in _sentence_tokens(doc, len(text), len(gap) - 1, after=False)
            if not t.is_punct]
    verb = prev[0] if prev else None
    if verb is None or verb.pos_ != "VERB" or index.at(verb.idx) is not None \
            or verb.lemma_.lower() not in lexicon().verbs and verb.lemma_.lower() not in INTRODUCERS:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _starts_sentence(text: str, offset: int) -> bool:
    """A quote that opens a sentence or paragraph is speech, not a mid-sentence scare quote."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?:\n\"”"


def _sentence_tokens(doc: Doc, size: int, offset: int, after: bool) -> list[Token]:
    """Tokens of the sentence at ``offset`` on one side of it, nearest first."""
    # the sentence of the character just inside: the closing mark, or the opening one
    at = (max(0, offset - 1), offset) if after else (offset, min(size, offset + 1))
    span = doc.char_span(*at, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    sent = span[-1].sent if after else span[0].sent
    if after:
        return [t for t in sent if t.idx >= offset and not t.is_space]
    return [t for t in reversed(sent) if t.idx + len(t.text) <= offset and not t.is_space]


def _tag_sentence(doc: Doc, text: str, offset: int) -> list[Token]:
    """ '"…alright?" he urged them': the parser ends the sentence at the quote's '?'; the
    sentence after it is the quote's speech tag when it goes on in lower case, or when its
    first verb reports nothing of its own ("Scarborough continued.") """
    rest = text[offset:]
    start = offset + len(rest) - len(rest.lstrip(" \t"))
    span = doc.char_span(start, min(len(text), start + 1), alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].idx != start:
        return []
    sent = [t for t in span[0].sent if t.idx >= start and not t.is_space]
    if span[0].text[:1].islower():
        return sent
    verb = next((t for t in sent[:TAG_REACH] if t.pos_ == "VERB"), None)
    if verb is None:
        # "Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.": a
        # long subject, then a speech verb that reports nothing of its own
        verb = next((t for t in sent if t.dep_ == "ROOT"), None)
        lemma = verb.lemma_.lower() if verb is not None else ""
        if verb is None or verb.pos_ != "VERB" or not _whole_subject_before(verb, sent) \
                or lemma not in lexicon().verbs and lemma not in SHOUTING:
            return []
    if not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return sent  # "Renteria told reporters during the call.", not "Trump said that…"
    return []


def _ends_turn(text: str, quote: Quote) -> bool:
    """The quote closes on ',', '?' or '!' (inside or right after its mark): a speech tag
    follows, whatever its verb ('"Denver," he answered')."""
    inside = text[quote.end - 1 : quote.end].strip()
    outside = text[quote.outer_end : quote.outer_end + 1]
    return inside in (",", "?", "!") or outside == ","


def _cue_verb(toks: list[Token], index: QuoteIndex, tag: bool = False) -> Token | None:
    """The lexicon verb nearest the quote; with ``tag``, also any verb that opens the speech
    tag with its subject ("he answered", "continued Scarborough")."""
    verbs = lexicon().verbs
    words = 0
    for t in toks:
        if index.at(t.idx) is not None:
            break  # never reach across another quote
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and lemma not in NOT_QUOTE_CUES and (
                lemma in verbs or (tag and t.pos_ == "VERB" and _speaks(t)
                                   and (words <= 3 or lemma in SHOUTING
                                        and _whole_subject_before(t, toks)))):
            return t
        words += not t.is_punct
    return None


def _document_reads(toks: list[Token]) -> tuple[Token, Token] | None:
    """ '"…," the email read.' and '"…," read the statement.': a text that "reads" its quote,
    which the tagger often takes for a noun ("the email read"); (the document, "read")."""
    words = [t for t in toks if not t.is_space][:6]
    at = next((i for i, t in enumerate(words) if t.lower_ in ("read", "reads")), None)
    if at is None:
        return None
    rest = words[at + 1:]
    if at > 0:  # "the email read", "the campaign's email read"
        noun = words[at - 1]
        lead = words[:at - 1]
        if noun.lemma_.lower() in DOCUMENT_NOUNS and all(
                t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART") for t in lead) \
                and (not rest or rest[0].is_punct):
            return noun, words[at]
        return None
    after = [t for t in rest if t.pos_ != "DET"][:3]  # "read the email", "read a statement"
    text = next((t for t in after if t.lemma_.lower() in DOCUMENT_NOUNS), None)
    return (text, words[at]) if text is not None else None


def _whole_subject_before(verb: Token, toks: list[Token]) -> bool:
    """ '…!" Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.':
    everything from the quote to the verb is the verb's subject, however long."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and bool(toks) and subject.left_edge.i <= toks[0].i \
        and subject.right_edge.i + 2 >= verb.i


def _speaks(verb: Token) -> bool:
    """A verb with a subject that can speak: a pronoun, a name or a noun."""
    return any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN", "NOUN") for c in verb.children)


def _colon_source(before: list[Token]) -> tuple[Token, Token] | None:
    """ 'Breitbart News responded:' or 'The statement:' : the subject before a colon."""
    if not before or before[0].text != ":":
        return None
    line = list(reversed(before[1:]))
    on = next((i for i, t in enumerate(line) if t.lower_ in ("on", "about")), None)
    if on and all(t.pos_ == "PROPN" or t.is_punct for t in line[:on]):
        return _phrase_head(line[on - 1]), before[0]  # "CNN President on Trump: '…'"
    subjects = [t for t in before[1:] if t.dep_ in ("nsubj", "nsubjpass")]
    last = before[1] if len(before) > 1 else None
    if last is not None and last.pos_ == "PROPN" and last.ent_type_ not in CLOCK and not (
            subjects and last.dep_ == "pobj" and last.head.lower_ != "from"):
        # "More from Carl Bialik:", "…surprise pollster Daron Shaw:"; not "X gave the
        # technique a whirl in an interview with CNN on Tuesday:" (X's)
        return last, before[0]
    if subjects:  # the outermost: "Clinton has since apologized for what happened:"
        return min(subjects, key=lambda t: len(list(t.ancestors))), before[0]
    if 0 < len(line) <= 3 and all(t.is_title for t in line) and _named_elsewhere(line):
        return line[-1], before[0]  # "Reid: 'Never, ever underestimate Trump.'" (a headline)
    return None


def _named_elsewhere(words: list[Token]) -> bool:
    """The article names someone with these words ("Reid" of "Harry Reid")."""
    text = " ".join(t.text for t in words)
    return any(e.label_ in HEADLINE_SPEAKERS and text in e.text for e in words[0].doc.ents)


def _dedupe(drafts: list[Draft]) -> list[Draft]:
    seen: dict[tuple, Draft] = {}
    for d in sorted(drafts, key=lambda d: (d.start, -d.confidence)):
        key = tuple(d.content)
        if key not in seen:
            seen[key] = d
    return list(seen.values())


def _join_split_quotes(text: str, drafts: list[Draft]) -> list[Draft]:
    """ '"A," he said. "B"' is one statement in two pieces: a cue-less quote, or one sharing
    the previous quote's cue, joins the quote before it in the same paragraph."""
    para_starts = [s for s, _ in paragraphs(text)]
    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: d.start):
        prev = out[-1] if out else None
        same_para = prev is not None and bisect.bisect_right(para_starts, prev.start) == \
            bisect.bisect_right(para_starts, d.start)
        if prev is not None and same_para and prev.kind != "indirect" and d.kind == "direct" and (
                d.floating or (d.cue and d.cue == prev.cue)):
            prev.content = prev.content + d.content
            continue
        out.append(d)
    return out


def _resolve(doc: Doc, text: str, drafts: list[Draft]) -> list[tuple[Draft, Statement]]:
    resolver = Resolver(doc, text)
    para_starts = [s for s, _ in paragraphs(text)]
    out: list[tuple[Draft, Statement]] = []
    last_quoted: tuple[int, Speaker] | None = None
    last: tuple[int, Speaker] | None = None
    for d in sorted(drafts, key=lambda d: d.start):
        para = bisect.bisect_right(para_starts, d.start)
        if d.floating:
            near = last_quoted is not None and para - last_quoted[0] <= FLOAT_PARAGRAPHS
            speaker = _copy(last_quoted[1]) if near and last_quoted is not None \
                else Speaker(None, "unknown")
            if last is not None and para - last[0] <= 1 and last[1].type == "person" \
                    and (last_quoted is None or last[0] > last_quoted[0]):
                # "Smith said the plan would fail." / "“It is a disaster.”": the one who
                # spoke in the paragraph just before, in reported speech too
                speaker = _copy(last[1])
        elif d.source is None and d.cue and last is not None and para - last[0] <= 1 \
                and _bare_opener(doc, d.cue[0][0]):
            speaker = _copy(last[1])
        else:
            speaker = resolver.resolve(d.source, cue_at=d.cue[0][0] if d.cue else None)
        if d.kind != "indirect" and speaker.name:
            last_quoted = (para, speaker)
        if speaker.name:
            last = (para, speaker)
        out.append((d, Statement(
            kind=d.kind,
            content=[Span.of(text, s, e) for s, e in d.content],
            cue=[Span.of(text, s, e) for s, e in d.cue],
            speaker=speaker,
            confidence=round(d.confidence if speaker.name or d.features else
                             d.confidence - 0.2, 2),
        )))
    return out


def _bare_opener(doc: Doc, offset: int) -> bool:
    """ 'Maher stated that… Adding, “Now, like with all Clinton scandals…”': a sentence opened
    by a speech verb without a subject of its own goes on for the speaker before it."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    return bool(verb.is_sent_start) and verb.tag_ in ("VBG", "VBD") and verb.is_title \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) \
        and verb.lemma_.lower() in lexicon().verbs


def _copy(s: Speaker) -> Speaker:
    """The previous quote's speaker for a quote that continues it."""
    return Speaker(s.name, s.type, list(s.mention), s.description, resolution="carried_over")
