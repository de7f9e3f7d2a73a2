"""The reported-speech ranker: a trained scorer that decides which reported-speech candidates are statements.

The parse proposes more cues than are statements: "pledged to", "found that", "backed
Clinton" are attributions in some sentences and not in others, and verbs outside the lexicon
("wants to build", "opposed the deal") are proposed only for this scorer to judge. Each
candidate becomes a handful of symbolic features (the cue lemma, how the content hangs off
it, the tense, who the subject is...) and a logistic regression trained on the PolNeAR train
split (``whosaid train-ranker``) gives the probability that it is a gold attribution with
the right speaker. Candidates under the threshold chosen by cross-validation on train are
dropped; the others keep the probability as their confidence.

The model is a JSON file of feature weights (``extract/model/ranker.json``), read once per
process; scoring is a sum of weights, with no library beyond the standard one. Its ``meta``
records what it fits: the feature version of this module, the spaCy model version that parsed
its training data and a hash of the lexicon sections its features read. Loading refuses a
model that does not fit (``RankerError``) rather than scoring unknown features as 0.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from whosaid.extract.lexicon import lexicon
from whosaid.extract.reported import Cue

MODEL = "model/ranker.json"
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "who", "that", "which"}
# Change when ``features`` changes what it emits; a model trained on other features is refused.
FEATURE_VERSION = "ranker-features-v1"
LEXICON_SECTIONS = ("verbs", "object_verbs", "xcomp_verbs", "nouns", "anonymous", "organizations")


class RankerError(RuntimeError):
    """The ranker on disk does not fit this code."""


def lexicon_hash() -> str:
    """sha256 of the lexicon sections the features read (other sections may change freely)."""
    lex = lexicon()
    text = "\n".join(f"[{name}]\n" + "\n".join(sorted(getattr(lex, name)))
                     for name in LEXICON_SECTIONS)
    return hashlib.sha256(text.encode()).hexdigest()


def spacy_model_version() -> str | None:
    """The version of the installed English model package (both packages ship 3.8.0)."""
    from importlib import metadata

    from whosaid.nlp import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            return metadata.version(name.replace("_", "-"))
        except metadata.PackageNotFoundError:
            continue
    return None


def fit_meta() -> dict:
    """What a model trained now fits, for its ``meta``."""
    return {"feature_version": FEATURE_VERSION, "spacy_model_version": spacy_model_version(),
            "lexicon_sha256": lexicon_hash()}


def check(meta: dict, where: str = "the ranker") -> None:
    """Raise ``RankerError`` when a model's ``meta`` does not fit this code."""
    retrain = "retrain it with `make train-ranker`"
    if meta.get("feature_version") != FEATURE_VERSION:
        raise RankerError(f"{where} was trained on features {meta.get('feature_version')!r} "
                          f"but this code makes {FEATURE_VERSION!r}: {retrain}")
    if meta.get("lexicon_sha256") != lexicon_hash():
        raise RankerError(f"{where} was trained with another cue lexicon (cues.txt sections "
                          f"{', '.join(LEXICON_SECTIONS)} changed): {retrain}")
    want, have = meta.get("spacy_model_version"), spacy_model_version()
    if want and have and want.split(".")[:2] != have.split(".")[:2]:
        raise RankerError(f"{where} was trained on parses of spaCy model {want}, "
                          f"this installation has {have}: {retrain}")


@dataclass(frozen=True)
class Ranker:
    """Feature weights of a logistic regression and the threshold to keep a candidate."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @property
    def version(self) -> str:
        """A short name for this model: the hash of its weights and threshold."""
        weights = json.dumps({"bias": round(self.bias, 4), "threshold": self.threshold,
                              "weights": json.loads(self.to_json())["weights"]})
        return "ranker-" + hashlib.sha256(weights.encode()).hexdigest()[:8]

    def to_json(self) -> str:
        weights = {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4}
        return json.dumps({"bias": round(self.bias, 4), "threshold": self.threshold,
                           "meta": self.meta, "weights": weights}, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Ranker:
        d = json.loads(text)
        return cls(d["weights"], d["bias"], d["threshold"], d.get("meta", {}))


@lru_cache(maxsize=1)
def default_ranker() -> Ranker | None:
    """The packaged model, or None when it has not been trained (rules alone then decide)."""
    path = resources.files("whosaid.extract").joinpath(MODEL)
    if not path.is_file():
        return None
    ranker = Ranker.from_json(path.read_text("utf-8"))
    check(ranker.meta, f"the packaged ranker ({MODEL})")
    return ranker


def load_ranker(path: str | Path) -> Ranker:
    ranker = Ranker.from_json(Path(path).read_text("utf-8"))
    check(ranker.meta, str(path))
    return ranker


def features(cue: Cue, kind: str, text: str | None = None) -> list[str]:
    """The symbolic features of one candidate (``kind`` is direct, mixed or indirect).

    ``text`` is the Doc's text; pass it when scoring many candidates (``Doc.text`` rebuilds
    the string on every access)."""
    a = cue.anchor
    text = a.doc.text if text is None else text
    lemma = a.lemma_.lower()
    lex = lexicon()
    src = _source(cue.source)
    words = sum(len(text[s:e].split()) for s, e in cue.content)
    first = text[cue.content[0][0]:cue.content[0][1]].split()[:1] if cue.content else []
    aux = sorted({c.lower_ for c in a.children if c.dep_ in ("aux", "auxpass")})
    feats = [
        f"how={cue.how}", f"lemma={lemma}", f"lemma|how={lemma}|{cue.how}", f"kind={kind}",
        f"how|kind={cue.how}|{kind}", f"tag={a.tag_}", f"dep={a.dep_}", f"how|dep={cue.how}|{a.dep_}",
        f"open={cue.open}", f"src={src}", f"lemma|src={lemma}|{src.split(':')[0]}",
        f"how|src={cue.how}|{src.split(':')[0]}", f"words={_bucket(words)}",
        f"how|words={cue.how}|{_bucket(words)}",
        f"first={first[0].lower() if first else ''}", f"lemma|tag={lemma}|{a.tag_}",
        f"after={cue.content[0][0] > a.idx}" if cue.content else "after=none",
        f"head={a.head.lemma_.lower()}|{a.dep_}" if a.dep_ in ("xcomp", "ccomp", "advcl",
                                                                 "relcl", "acl") else "head=",
        f"section={_section(lemma, lex)}",
    ]
    feats += [f"aux={x}" for x in aux]
    if cue.source is not None:
        if cue.source.pos_ == "NOUN":
            feats.append(f"srclemma={cue.source.lemma_.lower()}")
        if cue.source.head.i != a.i:
            feats.append("inherited")
    span = a.doc.char_span(*cue.content[0], alignment_mode="expand") if cue.content else None
    if span is not None and len(span):
        if any(t.pos_ in ("VERB", "AUX") for t in span):
            feats.append("content_has_verb")
        root = span.root
        feats += [f"croot={root.pos_}", f"how|croot={cue.how}|{root.pos_}"]
        if cue.how != "ccomp" and root.pos_ in ("NOUN", "PROPN", "VERB"):
            feats.append(f"clemma={root.lemma_.lower()}")
        last = span[-1]
        feats.append(f"cend={last.text if last.is_punct else last.pos_}")
    feats.append(f"lemma|dep={lemma}|{a.dep_}")
    if cue.nested:
        feats += ["nested", f"nested|open={cue.open}"]
    if any(c.dep_ == "neg" for c in a.children):
        feats.append("neg")
    if any(c.dep_ == "nsubjpass" for c in a.children):
        feats.append("passive")
    return feats


def _source(tok: Token | None) -> str:
    """The kind of speaker the candidate names: none, a pronoun, a named entity type..."""
    if tok is None:
        return "none"
    if tok.pos_ == "PRON" or tok.lower_ in PRONOUNS:
        return f"pron:{tok.lower_}"
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    lemma = tok.lemma_.lower()
    lex = lexicon()
    if lemma in lex.anonymous:
        return "anonymous"
    if lemma in lex.organizations:
        return "org"
    return f"{tok.pos_.lower()}"


def _section(lemma: str, lex) -> str:
    """Which part of the cue lexicon the cue word is in ('other': outside it)."""
    for name in ("verbs", "object_verbs", "xcomp_verbs", "nouns"):
        if lemma in getattr(lex, name):
            return name
    return "other"


def _bucket(n: int) -> int:
    return min(6, int(math.log2(n + 1)))
