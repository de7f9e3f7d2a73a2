"""The accurate model: the trained attribution model's finds as statements with speakers.

The model (``whosaid.extract.tagger``) marks cue, source and content and links them; this
module gives each find its kind (from the quote marks it covers) and resolves its source
mention to a speaker with the same ``Resolver`` the rules use. ``combine`` then joins the
model's statements with the rules' (``COMBINE``), and may take the rules' speaker where both
found the same cue (``SPEAKERS``); both choices are made on the held-out tenth of PolNeAR
train and stored in the model's manifest. Confidence is the model's own evidence mapped
through the calibration stored there too.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from whosaid.extract.lexicon import lexicon
from whosaid.extract.quotes import find_quotes, paragraphs
from whosaid.extract.reported import inferences, noun_source, subject_of, unsaid_tokens
from whosaid.extract.speakers import Resolver
from whosaid.extract.statements import FLOAT_PARAGRAPHS, QuoteIndex, extract_statements
from whosaid.extract.tagger import AttributionModel, Found
from whosaid.models import Kind, Span, Speaker, Statement

DIRECT_SHARE = 0.9  # of a content's word characters inside quote marks: a direct quote
# How model and rules are joined:
#   model        the model's statements alone;
#   quotes       plus the rules' quotes that no model statement overlaps;
#   all          plus every rule statement that no model statement overlaps;
#   quotes_first the rules' quotes replace the model statements they overlap;
#   rules_first  every rule statement replaces the model statements it overlaps.
COMBINE = ("model", "quotes", "all", "quotes_first", "rules_first")
SPEAKERS = ("model", "rules")  # whose speaker a statement both found by one cue gets


def model_statements(doc: Doc, model: AttributionModel) -> list[Statement]:
    """The statements of ``doc`` by the trained model joined with the rules' as the model's
    manifest says."""
    decoding = model.manifest.get("decoding", {})
    found = [f for f in model.predict(doc.text) if evidence(f) >= decoding.get("keep_min", 0)]
    mine = read_finds(doc, found, model)
    how, speakers = decoding.get("combine", "model"), decoding.get("speakers", "model")
    rules = extract_statements(doc) if how != "model" or speakers == "rules" else []
    return combine(mine, rules, how, speakers, model.manifest.get("calibration", {}),
                   f"accurate {model.version}")


def read_finds(doc: Doc, found: list[Found], model: AttributionModel) -> list[Statement]:
    """The model's finds as statements, confidence still the raw ``evidence``."""
    text = doc.text
    index = QuoteIndex(text, find_quotes(text))
    resolver = Resolver(doc, text)
    para_starts = [s for s, _ in paragraphs(text)]
    out: list[Statement] = []
    last_quoted: tuple[int, Speaker] | None = None
    # As the rules: nothing was said in "did not say whether…", and in '"…," he said,
    # suggesting that…' the participle is the writer's reading.
    unsaid, inferred = unsaid_tokens(doc), inferences(doc)
    starts = [t.idx for t in doc]
    for f in found:
        at = bisect.bisect_right(starts, f.content[0][0]) - 1
        cue_at = bisect.bisect_right(starts, f.cue[0][0]) - 1 if f.cue else -1
        if _others_claim(doc, f) or at in unsaid or cue_at in inferred:
            continue
        kind = _kind(f.content, index)
        para = bisect.bisect_right(para_starts, f.content[0][0])
        speaker = _speaker(doc, resolver, f)
        if speaker.name is None and not f.source and kind != "indirect" and last_quoted \
                and para - last_quoted[0] <= FLOAT_PARAGRAPHS:
            speaker = replace(last_quoted[1], mention=list(last_quoted[1].mention),
                              resolution="carried_over")
        if kind != "indirect" and speaker.name:
            last_quoted = (para, speaker)
        out.append(Statement(
            kind=kind, content=[Span.of(text, s, e) for s, e in f.content],
            cue=[Span.of(text, s, e) for s, e in f.cue], speaker=speaker,
            confidence=evidence(f), model="model"))
    return out


def _others_claim(doc: Doc, f: Found) -> bool:
    """A find whose cue is a claim made about its source by others ("X faces allegations
    that…"): the rules give it no speaker, and neither may the model."""
    if not f.cue:
        return False
    span = doc.char_span(f.cue[0][0], f.cue[0][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    lex = lexicon()
    root = span.root
    nouns = [root] if root.pos_ == "NOUN" else \
        [c for c in root.children if c.dep_ == "dobj"] \
        if root.lemma_.lower() in lex.receiving_verbs else []
    return any(n.lemma_.lower() in lex.claims_of_others
               and n.head.lemma_.lower() in lex.receiving_verbs
               and not any(c.dep_ == "poss" for c in n.children)
               and n.idx + len(n.text) <= f.content[0][0] < n.right_edge.idx + len(n.right_edge.text)
               for n in nouns)


def evidence(f: Found) -> float:
    """The model's raw belief in a find: content, its link to the cue, and the source link."""
    return f.content_p * f.link_p * (f.source_p if f.source else 1.0)


def calibrate(calibration: dict, key: str, raw: float) -> float:
    """Platt scaling fitted on held-out train (``a * logit(raw) + b``); raw when unfitted."""
    ab = calibration.get(key)
    if not ab:
        return round(raw, 3)
    x = math.log(max(raw, 1e-6) / max(1 - raw, 1e-6))
    return round(1 / (1 + math.exp(-(ab[0] * x + ab[1]))), 3)


def combine(mine: list[Statement], rules: list[Statement], how: str, speakers: str,
            calibration: dict, version: str) -> list[Statement]:
    """Join the model's statements (``model="model"``, raw confidence) with the rules' by
    ``how`` (``COMBINE``) and ``speakers`` (``SPEAKERS``); new statements, inputs untouched,
    each calibrated by its origin and kind and labelled ``version`` (with an empty version,
    by its origin, ``model`` or ``rules``, as tuning needs)."""
    if how not in COMBINE or speakers not in SPEAKERS:
        raise ValueError(f"unknown combination {how!r}/{speakers!r}")
    quotes = [r for r in rules if r.kind != "indirect"]
    reported = [r for r in rules if r.kind == "indirect"]
    first, extra = {"model": ([], []), "quotes": ([], quotes), "all": ([], rules),
                    "quotes_first": (quotes, reported), "rules_first": (rules, [])}[how]
    out = [_labelled(r, "rules", calibration, version) for r in first]
    for st in mine:
        if _overlaps(st, out):
            continue
        if speakers == "rules":
            twin = next((r for r in rules if _same_cue(st, r)), None)
            if twin is not None:
                st = replace(st, speaker=replace(twin.speaker))
        out.append(_labelled(st, "model", calibration, version))
    out += [_labelled(r, "rules", calibration, version) for r in extra
            if not _overlaps(r, out, nested=True)]
    out.sort(key=lambda st: st.content[0].start)
    return out


def _labelled(st: Statement, origin: str, calibration: dict, version: str) -> Statement:
    return replace(st, confidence=calibrate(calibration, f"{origin}_{st.kind}", st.confidence),
                   model=version or origin)


def _overlaps(st: Statement, others: list[Statement], nested: bool = False) -> bool:
    """Whether ``st`` says the same thing as one of ``others``: their contents overlap. With
    ``nested``, a statement whose cue lies inside the other's content is its own ("Putin
    lashed out at European leaders who have warned of…" holds the leaders' statement)."""
    return any(_shares(st.content, other.content)
               and not (nested and _inside(st.cue, other.content)) for other in others)


def _shares(a: list[Span], b: list[Span]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _inside(cue: list[Span], content: list[Span]) -> bool:
    return bool(cue) and any(c.start <= cue[0].start and cue[0].end <= c.end for c in content)


def _same_cue(a: Statement, b: Statement) -> bool:
    return _shares(a.cue, b.cue)


def _kind(content: list[tuple[int, int]], index: QuoteIndex) -> Kind:
    text = index.text
    words = [k for s, e in content for k in range(s, e) if text[k].isalnum()]
    if not words:
        return "indirect"
    inside = sum(index.at(k) is not None for k in words)
    if inside >= DIRECT_SHARE * len(words):
        return "direct"
    return "mixed" if inside else "indirect"


def _speaker(doc: Doc, resolver: Resolver, f: Found) -> Speaker:
    if not f.source:
        return _cue_subject(doc, resolver, f, None) or Speaker(None, "unknown")
    s, e = f.source[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return Speaker(None, "unknown", [Span.of(resolver.text, s, e)])
    speaker = resolver.resolve(span.root, cue_at=f.cue[0][0] if f.cue else None)
    speaker.mention = [Span.of(resolver.text, s, e)]
    if speaker.type == "unknown":
        # a source no one can be ("swoon", "of", "the streets")
        return _cue_subject(doc, resolver, f, span) or speaker
    return speaker


def _cue_subject(doc: Doc, resolver: Resolver, f: Found, source: SpacySpan | None
                 ) -> Speaker | None:
    """The speaker the rules read for the find's cue (its subject in the parse, the owner of
    a cue noun), when the model marked no source or one no one can be, and that resolves to
    someone; never through "according to", whose source the model marks well."""
    if not f.cue:
        return None
    cue = doc.char_span(*f.cue[0], alignment_mode="expand")
    if cue is None or not len(cue) or cue.root.lemma_ == "accord":
        return None
    word = cue.root
    subject = subject_of(word) if word.pos_ == "VERB" else \
        noun_source(word) if word.pos_ == "NOUN" else None
    if subject is None or source is not None and source.start <= subject.i < source.end:
        return None
    found = resolver.resolve(subject, cue_at=f.cue[0][0])
    return found if found.type != "unknown" else None
