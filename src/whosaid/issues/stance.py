"""Stance of a statement toward an issue's proposition, by inspectable rules.

1. Polarity cues: the issue's own ``stance.support`` / ``stance.oppose`` words (weight 1) and a
   small generic lexicon (weight 0.5: "agree", "reject", "impossible", ...).
2. Negation: a negator ("not", "never", "no longer", "n't", ...) in the few words before a
   one-word cue, inside the same clause, flips it ("will never accept" -> oppose).
3. Condition: a hedge anywhere ("can serve as the basis", "some elements", "in principle"), or a
   condition marker ("if", "unless", "provided that", "and then") before a mention of the issue,
   makes the stance conditional, unless the explicit polarity is strong (|net| >= 2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whosaid.issues.keywords import compile_terms, find_terms, text_words
from whosaid.issues.packs import Issue

Stance = str  # support | oppose | conditional | neutral

GENERIC_SUPPORT = (
    "agree", "agrees", "agreed", "support", "supports", "supported", "accept", "accepts", "accepted", "acceptable", "welcome*", "endorse*",
    "favor*", "favour*", "in favor of", "back", "backs", "backed", "right", "good", "fine",
    "no problem", "should", "must", "need", "needs", "will have to", "yes", "approve*",
)
GENERIC_OPPOSE = (
    "reject*", "oppose*", "against", "refuse*", "unacceptable", "impossible", "ridiculous",
    "wrong", "deny", "denied", "denies", "criticiz*", "criticis*", "condemn*", "disgrace*",
    "dangerous", "fail*", "hate", "terrible", "absurd", "nonsense", "lie", "lies",
)
NEGATORS = (
    "not", "no", "never", "no longer", "nothing", "without", "hardly", "neither", "nor",
    "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
)
CONDITION_MARKERS = (
    "if", "unless", "provided that", "providing", "as long as", "on condition", "on the condition",
    "only when", "only after", "and then", "in exchange for", "in return for", "condition*",
)
HEDGES = (
    "in general", "in principle", "basis for", "serve as the basis", "some elements", "open to",
    "may be open", "requires reworking", "rework*", "with reservations", "partly",
    "certain provisions", "depends on", "subject to",
)
GENERIC_WEIGHT = 0.5
NEGATION_WINDOW = 4  # words before a cue that may negate it
STRONG = 2.0  # net polarity that overrides a condition


@dataclass(frozen=True)
class StanceResult:
    stance: Stance
    confidence: float
    net: float  # summed signed cue weights, for inspection
    conditional: bool


_NEGATORS = compile_terms(NEGATORS)
_CONDITIONS = compile_terms(CONDITION_MARKERS)
_HEDGES = compile_terms(HEDGES)
_GENERIC_SUPPORT = compile_terms(GENERIC_SUPPORT)
_GENERIC_OPPOSE = compile_terms(GENERIC_OPPOSE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\bbut\b", re.IGNORECASE)


def stance_toward(text: str, issue: Issue, mentions: list[tuple[int, int]] | None = None,
                  rules: bool = True) -> StanceResult:
    """The stance ``text`` takes toward ``issue.proposition``.

    ``mentions`` are (start, end) of the issue's keywords in ``text`` (for the condition rule).
    ``rules=False`` is the keyword-only baseline: cue counting without negation or condition.
    """
    net = _polarity(text, issue, negation=rules)
    conditional = rules and _is_conditional(text, mentions or [])
    if conditional and abs(net) < STRONG:
        return StanceResult("conditional", 0.6, net, True)
    if net == 0:
        return StanceResult("neutral", 0.5, net, conditional)
    stance = "support" if net > 0 else "oppose"
    return StanceResult(stance, round(min(0.95, 0.5 + 0.15 * abs(net)), 3), net, conditional)


def _polarity(text: str, issue: Issue, negation: bool) -> float:
    lists = (
        (compile_terms(issue.support), 1.0), (compile_terms(issue.oppose), -1.0),
        (_GENERIC_SUPPORT, GENERIC_WEIGHT), (_GENERIC_OPPOSE, -GENERIC_WEIGHT),
    )
    taken: list[tuple[int, int]] = []  # issue cues first; a generic cue inside one is not counted
    net = 0.0
    words = text_words(text)
    for lexicon, weight in lists:
        for m in find_terms(lexicon, text, words):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            # a phrase carries its own polarity ("without even a slap on the wrist");
            # a single word is what a negator turns around ("never accept")
            single = len(m.group(0).split()) == 1
            net += -weight if negation and single and _negated(text, m.start()) else weight
    return net


def _negated(text: str, start: int) -> bool:
    """A negator among the few words before ``start``, with no clause break in between."""
    before = text[max(0, start - 60):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()[-NEGATION_WINDOW:]
    return bool(find_terms(_NEGATORS, " ".join(words)))


def _is_conditional(text: str, mentions: list[tuple[int, int]]) -> bool:
    if find_terms(_HEDGES, text):
        return True
    markers = [m.start() for m in find_terms(_CONDITIONS, text)]
    return any(mk < start for mk in markers for start, _ in mentions)
