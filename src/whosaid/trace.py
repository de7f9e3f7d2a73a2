"""Quote tracing: which passage of a stored primary source (a transcript, an interview, a
readout) each statement of a report quotes or paraphrases, and whether a direct quote holds
the words the source has.

When a primary source is stored, each clause of each sentence of its statements becomes a
passage (``clauses``), with the statement's speaker, its date and its sentence embedding
(``whosaid.encoder``, computed once). A report's statement is traced to runs of up to
``SPAN`` consecutive passages of one turn of the same speaker (the store's identity rules:
"Putin" is "Vladimir Putin") dated within ``WINDOW_DAYS`` of when it was said, scored by

    score = WEIGHT * cosine(embeddings) + (1 - WEIGHT) * lexical

where ``lexical`` is the larger of the share of the statement's content words the run holds
(each weighted by its rarity among the candidates) and the longest run of words the two
share, over the statement's length: a verbatim quote scores high on both, and two
translations of one Russian sentence still meet through the embedding. A statement and a run
written in different scripts (a Russian report of an English transcript) share no words and
the English encoder cannot read one of them: they are compared by a multilingual encoder's
cosine alone (``whosaid.crosslingual``). Its cosines are close together (unrelated sentences
score about 0.8), so a run is linked by its margin, as in bitext mining: its cosine must
exceed that of the best run not overlapping it by ``XL_MARGIN`` (and reach ``XL_THRESHOLD``);
a passage the report only resembles, as all passages of the same speech do, has none. The
link's score puts the cosine on the same scale as the others (``XL_THRESHOLD`` becomes
``THRESHOLD``). A shared run counts
only when it holds content words (``RUN_CONTENT``): "be a country that" links nothing; and
words a page printed run together ("Sothereisnothingunusualhere.") still make a run. The
best runs that reach ``THRESHOLD`` are kept (at most ``MAX_LINKS`` passages a statement, no
two runs overlapping). ``WINDOW_DAYS``, ``WEIGHT`` and ``THRESHOLD`` were chosen on the dev
parts of ``evalsets/trace`` and ``evalsets/trace-dev2`` together (``make eval-trace
TUNE=1``), for precision and few false links first: a wrong source is worse to a
fact-checker than none.

A direct quote (or the quoted part of a mixed one) whose words the source's turn does not
hold word for word once quotes, case and punctuation are folded is flagged ("quoted words
not found in the transcript") when the share of its content words found there in order is
below ``MISQUOTE_MATCH`` but not below ``TRANSLATION_FLOOR``: the outlet quoted this
rendering of the words and changed some. Below the floor it quoted another translation of
the same sentence, which is no misquote.

Tracing runs after each ingest run and upload (``trace_pending``), so the order in which news
and sources are stored does not matter: a new source traces the stored news in its window
again.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import accumulate

import numpy as np

from whosaid.models import PRIMARY_KINDS, to_date
from whosaid.names import script
from whosaid.store import Store
from whosaid.store.records import (
    NewsStatement,
    SourceLink,
    StoredArticle,
    StoredPassage,
    StoredSource,
)

log = logging.getLogger("whosaid.trace")

VERSION = "3"
WINDOW_DAYS = 7  # a report quotes a source said up to this many days before or after
WEIGHT = 0.4  # of the embedding's cosine in the combined score; the rest is lexical
THRESHOLD = 0.45  # the combined score a link needs
XL_THRESHOLD = 0.80  # the multilingual cosine a link across scripts needs
XL_MARGIN = 0.025  # and by how much it must beat the best run not overlapping it
XL_ALONE = 0.85  # the cosine a run is measured against when no other run is a candidate
MAX_LINKS = 3  # links kept a statement, best first
SHORTLIST = 10  # runs by cosine, and runs by shared words, whose words are compared in full
SPAN = 5  # the most consecutive passages (clauses) a quote is matched against at once
MIN_WORDS = 3  # a shorter sentence ("Thank you.", "Yes.") is matched only with its neighbours
MIN_CLAUSE = 5  # words a clause needs to be a passage of its own
MIN_CONTENT = 3  # content words a statement needs for its word overlap to count in full
RUN_CONTENT = 2  # content words a shared run of words needs to count ("be a country that")
GLUED = 8  # characters of a passage word that may be words run together ("nothingunusual")
MAX_GAP = 3  # characters between two passages of one turn (a paragraph break; not a question)
# A quote is flagged when the share of its content words the source holds in order is below
# MISQUOTE_MATCH but not below TRANSLATION_FLOOR: under the floor the outlet quoted another
# translation of the words, which is no misquote. Set by design, not tuned: the labelled set
# holds two misquotes (one in dev), too few to choose them by.
MISQUOTE_MATCH = 0.9
TRANSLATION_FLOOR = 0.5
MISQUOTE_REASON = "quoted words not found in the transcript"

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Settings:
    """What a link needs; ``embeddings`` False scores by words alone (the baseline)."""

    window_days: int = WINDOW_DAYS
    weight: float = WEIGHT
    threshold: float = THRESHOLD
    max_links: int = MAX_LINKS
    misquote_match: float = MISQUOTE_MATCH
    translation_floor: float = TRANSLATION_FLOOR
    embeddings: bool = True
    xl_threshold: float = XL_THRESHOLD
    xl_margin: float = XL_MARGIN
    crosslingual: bool = True  # compare texts in different scripts (with ``embeddings``)

    def misquote(self, found: float) -> str | None:
        """The reason to flag a quote of which ``found`` of the words are in the source."""
        return MISQUOTE_REASON if self.translation_floor <= found < self.misquote_match \
            else None

    @property
    def method(self) -> str:
        return f"{'embedding+lexical' if self.embeddings else 'lexical'} {VERSION}"

    def cross_score(self, similarity: float) -> float:
        """A multilingual cosine on the combined score's scale: ``xl_threshold`` maps to
        ``threshold`` and 1 to 1, so links across scripts rank among the others."""
        return self.threshold + (similarity - self.xl_threshold) \
            * (1 - self.threshold) / max(1 - self.xl_threshold, 1e-9)


DEFAULT = Settings()


@dataclass(frozen=True)
class Match:
    """A statement traced to a passage, with the scores and, for a misquote, the reason."""

    statement: NewsStatement
    passage: StoredPassage
    score: float
    similarity: float
    lexical: float
    found: float = 1.0  # the share of the quoted words the source holds (``quote_found``)
    reason: str | None = None
    run: tuple[int, int] = (0, 0)  # the run of passages linked together, in the source text
    cross: bool = False  # across scripts: ``similarity`` is the multilingual cosine
    margin: float = 0.0  # across scripts: over the best run not overlapping this one

    def link(self, method: str) -> SourceLink:
        if self.cross:
            method = f"cross-lingual {VERSION}"
        return SourceLink(self.statement.id, self.passage.id, round(self.score, 4),
                          round(self.similarity, 4), round(self.lexical, 4), method,
                          self.reason is not None, self.reason)


# ---------------------------------------------------------------- words

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                         "’": "'", "‚": "'", "‹": "'", "›": "'", "—": " ", "–": " "})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])([\"'”’»)\]]*)\s+[\"'“‘«(\[]*(\w)")
_CLAUSE = re.compile(r"(?:[,;:]|\s[–—])\s+")
_QUOTED = re.compile(r"[\"“«]([^\"“”«»]+)[\"”»]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[[^\]]*\])\s*")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words, which say nothing about which sentence is quoted (spaCy's list)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, accents and quote styles folded."""
    folded = text.translate(_QUOTES).casefold()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded)
                         if not unicodedata.combining(c))
    return _WORD.findall(folded)


def content(ws: Sequence[str]) -> set[str]:
    stop = stopwords()
    return {w.removesuffix("'s") for w in ws if w not in stop}


class Wording:
    """A statement's words, prepared to be compared with many passages (``overlap``)."""

    def __init__(self, statement: Sequence[str],
                 weight: Callable[[str], float] | None = None) -> None:
        self.words = list(statement)
        mine = content(statement)
        # in a fixed order: a float sum must not depend on the process's string hashing
        self.weights = {x: weight(x) if weight else 1.0 for x in sorted(mine)}
        self.total = sum(self.weights.values())
        self.scale = min(1.0, len(mine) / MIN_CONTENT)  # "Ukraine is against it": one word
        self.matcher = SequenceMatcher(None, autojunk=False)
        self.matcher.set_seq2(self.words)  # the side SequenceMatcher indexes, once
        stop = stopwords()
        # content words before each position, so that a run's content is counted at once
        self.before = list(accumulate((w not in stop for w in self.words), initial=0))
        self.needed = min(RUN_CONTENT, self.before[-1])
        pairs = {a + b for a, b in zip(self.words, self.words[1:], strict=False)}
        self.pairs = re.compile("|".join(map(re.escape, sorted(pairs, key=len, reverse=True)))) \
            if pairs else None
        self.held: dict[str, int] = {}  # passage word -> the run of my words it holds (glued)

    def overlap(self, passage: Sequence[str], passage_content: set[str] | None = None,
                passage_long: set[str] | None = None) -> float:
        """How much of the statement's wording the passage holds, 0..1: the larger of the
        share of its content words found there (each counted by its weight, its rarity
        among the candidates: "Anchorage" says more than "Ukraine") and its longest shared
        run of words over its length. The run counts only when it holds ``RUN_CONTENT`` of
        the statement's content words (or all, when it has fewer): "be a country that" is
        no quote; words the passage prints run together count as a run. ``passage_content``
        and ``passage_long`` (its words of ``GLUED`` characters or more) save work when
        given."""
        if not self.words or not passage:
            return 0.0
        have = passage_content if passage_content is not None else content(passage)
        share = sum(v for x, v in self.weights.items() if x in have) / self.total \
            * self.scale if self.total else 0.0
        self.matcher.set_seq1(list(passage))
        run = self.matcher.find_longest_match(0, len(passage), 0, len(self.words))
        size = run.size if self.before[run.b + run.size] - self.before[run.b] >= self.needed \
            else 0
        long = passage_long if passage_long is not None else longer(passage)
        glued = max(map(self.glued, long), default=0)
        return max(share, max(size, glued) / len(self.words))

    def glued(self, token: str) -> int:
        """How many of the statement's words in a row (two or more, ``GLUED`` characters or
        more) the passage word ``token`` holds run together, as a page that lost its spaces
        prints them ("Sothereisnothingunusualhere."); 0 when it holds none."""
        if token in self.held:
            return self.held[token]
        best = 0
        if self.pairs and self.pairs.search(token):
            for i in range(len(self.words) - 1):
                j = i + 1
                while j < len(self.words) and "".join(self.words[i:j + 1]) in token:
                    j += 1
                if j - i > max(best, 1) and len("".join(self.words[i:j])) >= GLUED:
                    best = j - i
        self.held[token] = best
        return best


def longer(ws: Sequence[str]) -> set[str]:
    """The words that may be words run together (``Wording.glued``)."""
    return {w for w in ws if len(w) >= GLUED}


def lexical(statement: Sequence[str], passage: Sequence[str],
            weight: Callable[[str], float] | None = None) -> float:
    """``Wording(statement, weight).overlap(passage)``."""
    return Wording(statement, weight).overlap(passage)


def rarity(texts: Sequence[Sequence[str]]) -> Callable[[str], float]:
    """Each word's inverse document frequency over ``texts`` (their words; a word none holds
    is rarest)."""
    df: dict[str, int] = {}
    for ws in texts:
        for x in content(ws):
            df[x] = df.get(x, 0) + 1
    n = len(texts)
    return lambda x: float(np.log((n + 1) / (df.get(x, 0) + 1)) + 1)


def quoted(text: str, kind: str) -> list[str]:
    """The words a statement puts in the speaker's mouth: a direct statement all of them
    (its ellipses and bracketed insertions cut it into pieces), a mixed one those in quote
    marks; an indirect one none."""
    if kind == "direct":
        parts = _QUOTED.findall(text) or [text]
    elif kind == "mixed":
        parts = _QUOTED.findall(text)
    else:
        return []
    return [p for part in parts for p in _ELLIPSIS.split(part) if words(p)]


def quote_found(text: str, kind: str, source: str) -> float:
    """How much of what the statement quotes ``source`` (the speaker's turn) holds: 1.0 when
    every quoted piece is there word for word (or nothing is quoted), else the least share
    of a piece's content words found there in the same order."""
    have = words(source)
    joined = " " + " ".join(have) + " "
    stop = stopwords()
    have_content = [w for w in have if w not in stop]
    least = 1.0
    for piece in quoted(text, kind):
        ws = words(piece)
        if f" {' '.join(ws)} " in joined:
            continue
        mine = [w for w in ws if w not in stop] or ws
        blocks = SequenceMatcher(None, mine, have_content if mine is not ws else have,
                                 autojunk=False).get_matching_blocks()
        least = min(least, sum(b.size for b in blocks) / len(mine))
    return least


def clauses(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each clause of each sentence of ``text``: a sentence is cut after a
    comma, semicolon, colon or dash where both sides keep ``MIN_CLAUSE`` words or more (a
    report often quotes or paraphrases one clause of a long answer)."""
    out: list[tuple[int, int]] = []
    for a, b in sentences(text):
        cuts = [a] + [a + m.end() for m in _CLAUSE.finditer(text[a:b])] + [b]
        pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
        merged: list[tuple[int, int]] = []
        for x, y in pieces:
            if merged and len(words(text[merged[-1][0]:merged[-1][1]])) < MIN_CLAUSE:
                merged[-1] = (merged[-1][0], y)
            else:
                merged.append((x, y))
        if len(merged) > 1 and len(words(text[merged[-1][0]:merged[-1][1]])) < MIN_CLAUSE:
            last = merged.pop()
            merged[-1] = (merged[-1][0], last[1])
        out.extend((start + x, start + x + len(text[x:y].rstrip())) for x, y in merged)
    return out


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, offsets moved by ``start``: a sentence
    ends at . ! ? or … (with its closing quote) before a capital letter or a digit."""
    out, at = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(2).islower():
            continue
        out.append((at, m.end(1)))
        at = m.end(1)
    out.append((at, len(text)))
    spans = []
    for a, b in out:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            spans.append((start + a, start + b))
    return spans


# ---------------------------------------------------------------- embeddings


def _embed(texts: list[str]) -> np.ndarray:
    from whosaid.encoder import embed

    return embed(texts)


def _embed_xl(texts: list[str]) -> np.ndarray:
    from whosaid.crosslingual import embed

    return embed(texts)


def _embedded_xl(embed_xl: Embed, texts: list[str]) -> np.ndarray | None:
    """``embed_xl(texts)``, or None when the multilingual model is not installed: tracing
    within one script goes on without it, and the user is told once."""
    from whosaid.crosslingual import CrossLingualError

    try:
        return embed_xl(texts)
    except CrossLingualError as e:
        _tell_off(str(e))
        return None


@cache
def _tell_off(reason: str) -> None:
    log.warning("quote tracing across languages is off: %s", reason)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blobs: Sequence[bytes]) -> np.ndarray:
    """Stored embeddings as one float32 matrix, a row each."""
    if not blobs:
        return np.zeros((0, 0), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), -1) \
        .astype(np.float32)


# ---------------------------------------------------------------- passages


def passages_of(article: StoredArticle, embed: Embed = _embed,
                embed_xl: Embed | None = _embed_xl) -> list[StoredPassage]:
    """A primary source's passages: each clause of each sentence of each of its statements
    (``clauses``), with the statement's speaker and date and its embeddings (the multilingual
    one unless ``embed_xl`` is None)."""
    found = []
    for s in article.statements:
        for a, b in s.content:
            for start, end in clauses(article.text[a:b], a):
                found.append(StoredPassage(
                    id=0, article_id=article.id, statement_id=s.id, speaker_id=s.speaker_id,
                    start=start, end=end, text=article.text[start:end],
                    date=to_date(s.date) or article.published))
    if found:
        for p, v in zip(found, embed([p.text for p in found]), strict=True):
            p.embedding = to_bytes(v)
        rows = _embedded_xl(embed_xl, [p.text for p in found]) if embed_xl is not None else None
        for p, v in zip(found, rows if rows is not None else [], strict=False):
            p.embedding_xl = to_bytes(v)
    return found


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Runs:
    """Runs of 1 to ``SPAN`` consecutive passages of one speaker's turn (a quote often spans
    two sentences, and a paraphrase names what a pronoun of the next paragraph refers to).
    Run ``k`` is ``order[begin[k]:begin[k] + size[k]]``; its embedding is the normalised sum
    of its passages' (as the encoder's mean pooling nearly gives for the joined text)."""

    order: np.ndarray  # passage indices in reading order, turn by turn
    begin: np.ndarray
    size: np.ndarray
    vectors: np.ndarray
    speaker: np.ndarray
    day: np.ndarray
    xl: np.ndarray  # multilingual run embeddings (one zero column when there are none)
    script: np.ndarray  # the script of each run's first passage (``script_code``)

    @classmethod
    def of(cls, passages: Sequence[StoredPassage], embeddings: bool,
           passage_words: Sequence[Sequence[str]], crosslingual: bool = False) -> _Runs:
        order = np.array(sorted(range(len(passages)),
                                key=lambda i: (passages[i].article_id, passages[i].start)))
        turn, chain = [], 0
        for before, i in zip([None, *order], order, strict=False):
            p = passages[i]
            if before is None or passages[before].article_id != p.article_id or \
                    passages[before].speaker_id != p.speaker_id or \
                    p.start - passages[before].end > MAX_GAP:
                chain += 1
            turn.append(chain)
        turns = np.array(turn)
        long = np.array([len(passage_words[i]) >= MIN_WORDS for i in order])
        begins, sizes = [], []
        for n in range(1, SPAN + 1):
            k = np.arange(len(order) - n + 1)
            ok = turns[k] == turns[k + n - 1] if n > 1 else long[k]
            begins.append(k[ok])
            sizes.append(np.full(int(ok.sum()), n))
        begin, size = np.concatenate(begins), np.concatenate(sizes)
        vectors = np.zeros((len(begin), 1), dtype=np.float32)
        if embeddings and len(begin):
            vectors = _run_vectors([passages[i].embedding for i in order], begin, size)
        xl = np.zeros((len(begin), 1), dtype=np.float32)
        if crosslingual and len(begin) and all(passages[i].embedding_xl for i in order):
            xl = _run_vectors([passages[i].embedding_xl for i in order], begin, size)
        first = [passages[i] for i in order[begin]]
        scripts = np.array([script_code(p.text) for p in passages] if crosslingual
                           else [-1] * len(passages), dtype=np.int64)
        return cls(order, begin, size, vectors,
                   np.array([p.speaker_id if p.speaker_id is not None else -1 for p in first]),
                   np.array([p.date.toordinal() if p.date else -1 for p in first]),
                   xl, scripts[order[begin]] if len(begin) else scripts[:0])

    def members(self, k: int) -> tuple[int, ...]:
        return tuple(int(i) for i in self.order[self.begin[k]:self.begin[k] + self.size[k]])


def _run_vectors(blobs: Sequence[bytes], begin: np.ndarray, size: np.ndarray) -> np.ndarray:
    """Each run's embedding: the normalised sum of its passages' (stored as ``blobs``)."""
    sums = _run_sums(from_bytes(blobs), begin, size)
    return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)


_SCRIPTS: dict[str, int] = {}


@lru_cache(maxsize=1 << 16)  # the same passages are candidates trace after trace
def script_code(text: str) -> int:
    """A number for the script most letters of ``text`` are in (-1: no letters)."""
    name = script(text)
    return -1 if name is None else _SCRIPTS.setdefault(name, len(_SCRIPTS))


def _run_sums(rows: np.ndarray, begin: np.ndarray, size: np.ndarray) -> np.ndarray:
    """The sum of ``rows[b:b + n]`` for each run, by cumulative sums."""
    total = np.concatenate([np.zeros((1, *rows.shape[1:]), dtype=rows.dtype),
                            np.cumsum(rows, axis=0)])
    return total[begin + size] - total[begin]


def match(statements: Sequence[NewsStatement], passages: Sequence[StoredPassage],
          settings: Settings = DEFAULT) -> list[Match]:
    """The links of each statement (embeddings filled) to the passages by the same speaker
    within the window: the best runs of consecutive passages that reach the threshold (at
    most ``max_links`` passages, no two runs overlapping), each passage of a run a link,
    best first. Words are compared on a shortlist: the runs closest by embedding and the
    runs that share the most of the statement's content words."""
    if not statements or not passages:
        return []
    passage_words = [words(p.text) for p in passages]
    passage_content = [content(ws) for ws in passage_words]
    cross_ok = settings.embeddings and settings.crosslingual and \
        any(s.embedding_xl for s in statements)
    runs = _Runs.of(passages, settings.embeddings, passage_words, cross_ok)
    sims = np.zeros((len(statements), len(runs.begin)), dtype=np.float32)
    if settings.embeddings and len(runs.begin):
        sims = from_bytes([s.embedding for s in statements]) @ runs.vectors.T
    cross_ok = cross_ok and runs.xl.shape[1] > 1
    holding: dict[str, list[int]] = {}  # content word -> the passages (in order) holding it
    for at, i in enumerate(runs.order):
        for w in passage_content[i]:
            holding.setdefault(w, []).append(at)
    weight = rarity(passage_words)
    passage_long = [longer(ws) for ws in passage_words]
    run_words: dict[int, tuple[list[str], set[str], set[str]]] = {}
    out: list[Match] = []
    turns: dict[int, str] | None = None
    for i, s in enumerate(statements):
        ok = runs.speaker == (s.speaker_id if s.speaker_id is not None else -2)
        if s.date is not None:
            ok &= (runs.day < 0) | (np.abs(runs.day - s.date.toordinal()) <= settings.window_days)
        code = script_code(s.text)
        cross = (runs.script >= 0) & (code >= 0) & (runs.script != code)
        scored = _across(s, runs, np.flatnonzero(ok & cross), settings) \
            if cross_ok and s.embedding_xl else []
        idx = np.flatnonzero(ok & ~cross)
        wording = Wording(words(s.text), weight)
        hits = np.zeros(len(runs.order))
        for w, v in wording.weights.items():
            hits[holding.get(w, [])] += v
        shared = _run_sums(hits, runs.begin[idx], runs.size[idx])
        short = idx[np.argsort(-shared, kind="stable")[:SHORTLIST]]
        if settings.embeddings:
            short = np.union1d(short, idx[np.argsort(-sims[i, idx], kind="stable")[:SHORTLIST]])
        else:
            short = idx  # words alone (the baseline): every run
        for k in map(int, short):
            if k not in run_words:
                members = runs.members(k)
                run_words[k] = ([w for j in members for w in passage_words[j]],
                                set().union(*(passage_content[j] for j in members)),
                                set().union(*(passage_long[j] for j in members)))
            lex = wording.overlap(*run_words[k])
            sim = float(sims[i, k])
            score = settings.weight * sim + (1 - settings.weight) * lex \
                if settings.embeddings else lex
            if score >= settings.threshold:
                scored.append((score, sim, lex, k, False, 0.0))
        scored.sort(key=lambda x: (-x[0], runs.size[x[3]], x[3]))
        taken: set[int] = set()
        for score, sim, lex, k, across, margin in scored:
            members = runs.members(k)
            if taken & set(members):
                continue
            if len(taken) and len(taken) + len(members) > settings.max_links:
                break
            taken |= set(members)
            turns = turns if turns is not None else _turns(passages)
            # another script holds none of the quoted words: no misquote to find
            found = 0.0 if across else \
                quote_found(s.text, s.kind, turns[passages[members[0]].statement_id])
            span = (passages[members[0]].start, passages[members[-1]].end)
            out.extend(Match(s, passages[j], score, sim, lex, found,
                             None if across else settings.misquote(found), span, across,
                             margin) for j in members)
    return out


def _across(s: NewsStatement, runs: _Runs, idx: np.ndarray,
            settings: Settings) -> list[tuple[float, float, float, int, bool, float]]:
    """The runs among ``idx`` (in another script than the statement) whose multilingual
    cosine reaches ``xl_threshold`` and beats the best run not overlapping it by
    ``xl_margin``, as (score, cosine, 0, run, True, margin)."""
    if not len(idx):
        return []
    sims = runs.xl[idx] @ from_bytes([s.embedding_xl])[0]
    start, end = runs.begin[idx], runs.begin[idx] + runs.size[idx]  # positions in ``order``
    out = []
    for at in np.argsort(-sims, kind="stable")[:SHORTLIST]:
        v = float(sims[at])
        if v < settings.xl_threshold:
            break
        apart = (end <= start[at]) | (start >= end[at])
        margin = v - (float(sims[apart].max()) if apart.any() else XL_ALONE)
        if margin >= settings.xl_margin:
            out.append((settings.cross_score(v), v, 0.0, int(idx[at]), True, margin))
    return out


def _turns(passages: Sequence[StoredPassage]) -> dict[int, str]:
    """The text of each source statement (a speaker's turn), from its passages in order."""
    by: dict[int, list[StoredPassage]] = {}
    for p in passages:
        by.setdefault(p.statement_id, []).append(p)
    return {k: " ".join(p.text for p in sorted(v, key=lambda p: p.start))
            for k, v in by.items()}


def _window(days: Sequence[date | None], n: int) -> tuple[date | None, date | None]:
    known = [d for d in days if d is not None]
    if len(known) < len(days) or not known:
        return None, None
    return min(known) - timedelta(days=n), max(known) + timedelta(days=n)


def candidates(store: Store, statements: Sequence[NewsStatement],
               settings: Settings = DEFAULT) -> list[StoredPassage]:
    """The passages any of the statements could be traced to, in one query."""
    speakers = sorted({s.speaker_id for s in statements if s.speaker_id is not None})
    if not speakers:
        return []
    since, until = _window([s.date for s in statements], settings.window_days)
    return store.passages(speakers, since, until)


def trace_statements(store: Store, statements: Sequence[NewsStatement],
                     settings: Settings = DEFAULT, embed: Embed = _embed,
                     save: bool = True, embed_xl: Embed = _embed_xl) -> list[Match]:
    """Trace report statements against the stored passages; with ``save``, store their
    embeddings (those computed now) and their links in place of any earlier ones. A
    statement gets its multilingual embedding the first time a candidate passage of its
    speaker is in another script."""
    found = candidates(store, statements, settings)
    speakers = {p.speaker_id for p in found}
    todo = [s for s in statements if s.speaker_id in speakers]
    fresh = [s for s in todo if not s.embedding]
    if fresh and settings.embeddings:
        for s, v in zip(fresh, embed([s.text for s in fresh]), strict=True):
            s.embedding = to_bytes(v)
    fresh_xl = []
    if settings.embeddings and settings.crosslingual:
        scripts: dict[int | None, set[int]] = {}
        for p in found:
            if p.embedding_xl:
                scripts.setdefault(p.speaker_id, set()).add(script_code(p.text))
        fresh_xl = [s for s in todo if not s.embedding_xl
                    and scripts.get(s.speaker_id, set()) - {script_code(s.text), -1}]
        rows = _embedded_xl(embed_xl, [s.text for s in fresh_xl]) if fresh_xl else None
        for s, v in zip(fresh_xl, rows if rows is not None else [], strict=False):
            s.embedding_xl = to_bytes(v)
    matches = match(todo, found, settings)
    if save:
        changed = {s.id: s for s in [*fresh, *fresh_xl] if s.embedding}
        store.save_trace([m.link(settings.method) for m in matches],
                         {k: (s.embedding, s.embedding_xl) for k, s in changed.items()},
                         retraced=[s.id for s in statements])
    return matches


def trace_article(store: Store, article_id: str, kind: str | None,
                  settings: Settings = DEFAULT, embed: Embed = _embed) -> int:
    """Trace one stored article and mark it traced; returns the links made. A primary
    source gets its passages, and the report statements in its window are traced again; a
    report's statements are traced against the stored passages."""
    if kind in PRIMARY_KINDS:
        article = store.article(article_id)
        stored = store.replace_passages(
            article_id, passages_of(article, embed, _embed_xl if settings.crosslingual else None)) \
            if article else []
        speakers = sorted({p.speaker_id for p in stored if p.speaker_id is not None})
        since, until = _window([p.date for p in stored], settings.window_days)
        news = store.news_statements(speaker_ids=speakers, since=since, until=until) \
            if speakers else []
    else:
        news = store.news_statements(article=article_id)
    matches = trace_statements(store, news, settings, embed) if news else []
    store.save_trace([], traced=[article_id])
    return len(matches)


def trace_pending(store: Store, settings: Settings = DEFAULT, embed: Embed = _embed) -> int:
    """Trace every stored article not traced yet (primary sources first); returns how many.
    Ingest runs and uploads call it after storing; ``whosaid trace`` runs it by hand."""
    pending = store.untraced()
    if not store.has_passages() and not any(kind in PRIMARY_KINDS for _, kind in pending):
        store.save_trace([], traced=[article_id for article_id, _ in pending])
        return len(pending)
    for article_id, kind in pending:
        trace_article(store, article_id, kind, settings, embed)
    return len(pending)


def trace_quote(store: Store, text: str, speaker: str, said: date | str | None,
                kind: str = "direct", settings: Settings = DEFAULT,
                embed: Embed = _embed) -> list[Match]:
    """Trace a statement that is not stored (the evaluation's gold statements, a quote
    typed in): nothing is written."""
    s = NewsStatement(id=0, article_id="", speaker_id=store.find_speaker(speaker), kind=kind,
                      text=text, date=to_date(said))
    return trace_statements(store, [s], settings, embed, save=False) \
        if s.speaker_id is not None else []


def quote_sources(store: Store, text: str, speaker: str, said: date | str | None,
                  kind: str = "direct", settings: Settings = DEFAULT) -> list[StoredSource]:
    """``trace_quote`` as the sources ``Store.sources`` gives a stored statement (its runs
    joined, with their articles), best first: ``whosaid trace --quote``."""
    return store.linked_sources([m.link(settings.method)
                                 for m in trace_quote(store, text, speaker, said, kind,
                                                      settings=settings)])


def source_diff(news: str, source: StoredSource) -> tuple[list[tuple[str, bool]],
                                                          list[tuple[str, bool]]]:
    """``word_diff`` of a statement and a source it was traced to; nothing is marked across
    languages, where no word is shared."""
    if source.across_languages:
        return [(news, False)], [(source.text, False)]
    return word_diff(news, source.text)


def word_diff(news: str, original: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """The two texts as runs of (text, differs): the words of each that the other lacks are
    marked, compared word by word once case and quote styles are folded."""
    a, b = _tokens(news), _tokens(original)
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        _append(left, a[i1:i2], op != "equal")
        _append(right, b[j1:j2], op != "equal")
    return left, right


_TOKEN = re.compile(r"\S+\s*")


def _tokens(text: str) -> list[str]:
    lead = text[:len(text) - len(text.lstrip())]
    found = _TOKEN.findall(text)
    return [lead + found[0], *found[1:]] if found and lead else found


def _key(token: str) -> str:
    return " ".join(words(token))


def _append(runs: list[tuple[str, bool]], tokens: list[str], differs: bool) -> None:
    if not tokens:
        return
    text = "".join(tokens)
    if differs and not any(words(t) for t in tokens):
        differs = False  # punctuation alone is no difference worth marking
    if runs and runs[-1][1] == differs:
        runs[-1] = (runs[-1][0] + text, differs)
    else:
        runs.append((text, differs))
