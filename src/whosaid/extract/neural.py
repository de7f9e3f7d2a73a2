"""The accurate model: the trained attribution model's finds as statements with speakers.

The model (``whosaid.extract.tagger``) marks cue, source and content and links them; this
module gives each find its kind (from the quote marks it covers), resolves its source mention
to a speaker with the same ``Resolver`` the rules use, and merges in what the rules find that
the model missed (``COMBINE``, chosen on the held-out tenth of PolNeAR train). Confidence is
the model's own evidence mapped through the calibration stored in the manifest.
"""

from __future__ import annotations

import bisect
import math

from spacy.tokens import Doc

from whosaid.extract.quotes import find_quotes, paragraphs
from whosaid.extract.speakers import Resolver
from whosaid.extract.statements import FLOAT_PARAGRAPHS, QuoteIndex, extract_statements
from whosaid.extract.tagger import AttributionModel, Found
from whosaid.models import Kind, Span, Speaker, Statement

DIRECT_SHARE = 0.9  # of a content's word characters inside quote marks: a direct quote


def model_statements(doc: Doc, model: AttributionModel, combine: str | None = None,
                     found: list[Found] | None = None) -> list[Statement]:
    """The statements of ``doc`` by the trained model, merged with the rules' as the model's
    manifest says (``combine`` overrides it: ``model``, ``quotes`` or ``all``). ``found`` is
    the model's reading of ``doc.text`` when the caller already has it."""
    text = doc.text
    decoding = model.manifest.get("decoding", {})
    index = QuoteIndex(text, find_quotes(text))
    resolver = Resolver(doc, text)
    para_starts = [s for s, _ in paragraphs(text)]
    calibration = model.manifest.get("calibration", {})
    version = f"accurate {model.version}"
    out: list[Statement] = []
    last_quoted: tuple[int, Speaker] | None = None
    for f in model.predict(text) if found is None else found:
        if evidence(f) < decoding.get("keep_min", 0.0):
            continue
        kind = _kind(f.content, index)
        para = bisect.bisect_right(para_starts, f.content[0][0])
        speaker = _speaker(doc, resolver, f)
        if speaker.name is None and not f.source and kind != "indirect" and last_quoted \
                and para - last_quoted[0] <= FLOAT_PARAGRAPHS:
            speaker = Speaker(last_quoted[1].name, last_quoted[1].type,
                              list(last_quoted[1].mention), last_quoted[1].description)
        if kind != "indirect" and speaker.name:
            last_quoted = (para, speaker)
        out.append(Statement(
            kind=kind, content=[Span.of(text, s, e) for s, e in f.content],
            cue=[Span.of(text, s, e) for s, e in f.cue], speaker=speaker,
            confidence=calibrate(calibration, f"model_{kind}", evidence(f)), model=version))
    how = combine or decoding.get("combine", "model")
    if how != "model":
        out = merge(out, extract_statements(doc), how, calibration, version)
    return out


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


def merge(found: list[Statement], rules: list[Statement], how: str, calibration: dict,
          version: str) -> list[Statement]:
    """Add the rules' statements that no model statement overlaps (``all``), or only their
    quotes (``quotes``)."""
    taken = [(s.start, s.end) for st in found for s in st.content]
    out = list(found)
    for st in rules:
        if how == "quotes" and st.kind == "indirect":
            continue
        if any(ts < s.end and s.start < te for s in st.content for ts, te in taken):
            continue
        st.confidence = calibrate(calibration, f"rules_{st.kind}", st.confidence)
        st.model = version
        out.append(st)
    out.sort(key=lambda st: st.content[0].start)
    return out


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
        return Speaker(None, "unknown")
    s, e = f.source[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return Speaker(None, "unknown", [Span.of(doc.text, s, e)])
    speaker = resolver.resolve(span.root, cue_at=f.cue[0][0] if f.cue else None)
    speaker.mention = [Span.of(doc.text, s, e)]
    return speaker
