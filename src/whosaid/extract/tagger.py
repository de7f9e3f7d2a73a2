"""The trained attribution model at run time: ONNX Runtime and ``tokenizers``, no torch.

``AttributionModel.predict(text)`` reads the article in windows (``whosaid.extract.encoding``),
tags every word piece as cue, source and content (BIO), stitches the windows, and links each
content span and each source span to a cue with the link scorers. It returns raw attributions
in character offsets; ``whosaid.extract.neural`` turns them into statements with speakers.

The model folder holds ``manifest.json`` (training data, feature version, base encoder and its
hash, file hashes, scores, decoding settings), the int8 ONNX tagger, the link scorers and the
tokenizer. Loading refuses a folder whose manifest does not match this code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

import whosaid.extract.encoding as enc

MODEL_DIR = Path(str(resources.files("whosaid.extract").joinpath("model/attribution")))
MODEL_FILES = ("tagger.int8.onnx", "linker.npz", "tokenizer.json")
BATCH = 8  # windows per ONNX call
LINK_REACH = 250  # pieces between a cue and a span it may be linked to
JOIN_GAP = 40  # characters between two fragments of one content that are joined
FIX = "retrain it with `make train-model`, or reinstall whosaid"


class ModelError(RuntimeError):
    """The model folder is missing, incomplete or made for another version of the code."""


@dataclass
class Found:
    """One attribution as the model read it, in character offsets into the text."""

    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    content_p: float = 0.0  # mean probability that the content's pieces are content
    link_p: float = 0.0  # the weakest content-to-cue link
    source_p: float = 0.0  # the source link (0 when no source was linked)


class AttributionModel:
    """A loaded model folder. One per process (``default_model``): the session is heavy."""

    def __init__(self, path: str | Path = MODEL_DIR) -> None:
        self.path = Path(path)
        self.manifest = read_manifest(self.path)
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        opts.enable_cpu_mem_arena = False  # return activation memory between windows
        self.session = ort.InferenceSession(str(self.path / "tagger.int8.onnx"), opts,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = enc.load_tokenizer(self.path / "tokenizer.json")
        links = np.load(self.path / "linker.npz")
        self.links = {name: {k: links[f"{name}_{k}"] for k in ("dist", "w1", "b1", "w2", "b2")}
                      for name in ("source", "content")}
        self.decoding = {"link_min": 0.5, "source_min": 0.5, **self.manifest.get("decoding", {})}

    @property
    def version(self) -> str:
        return self.manifest.get("version", "unversioned")

    def predict(self, text: str) -> list[Found]:
        pieces = enc.encode(self.tokenizer, text)
        if not len(pieces):
            return []
        probs, hidden = self._read(pieces, text)
        spans = {layer: enc.decode(probs[:, li].argmax(-1).tolist())
                 for li, layer in enumerate(enc.LAYERS)}
        cues = spans["cue"]
        if not cues:
            return []
        means = np.cumsum(np.vstack([np.zeros((1, hidden.shape[1]), hidden.dtype), hidden]), 0)

        def vec(span: tuple[int, int]) -> np.ndarray:
            return (means[span[1]] - means[span[0]]) / (span[1] - span[0])

        cue_vecs = [vec(c) for c in cues]
        found: dict[int, Found] = {}
        for span in spans["content"]:
            best = self._best(span, cues, cue_vecs, vec(span), "content")
            if best is None or best[1] < self.decoding["link_min"]:
                continue
            ci, p = best
            f = found.setdefault(ci, Found([_chars(text, pieces, cues[ci])], [], link_p=1.0))
            f.content.append(_chars(text, pieces, span))
            f.link_p = min(f.link_p, p)
            inside = 1.0 - probs[span[0]:span[1], 2, enc.O]
            f.content_p = max(f.content_p, float(inside.mean()))
        sources = spans["source"]
        source_vecs = [vec(s) for s in sources]
        for ci, f in found.items():
            best = self._best(cues[ci], sources, source_vecs, cue_vecs[ci], "source", flip=True)
            if best is not None and best[1] >= self.decoding["source_min"]:
                f.source = [_chars(text, pieces, sources[best[0]])]
                f.source_p = best[1]
        for f in found.values():
            f.content = _join_fragments(text, f.content, f.cue + f.source)
        return [found[k] for k in sorted(found, key=lambda k: found[k].content[0])]

    def _read(self, pieces: enc.Pieces, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Tag probabilities ``(pieces, 3 layers, 3)`` and hidden vectors, stitched from the
        windows' cores so that each piece is predicted once."""
        wins = enc.windows(pieces, text)
        probs = np.zeros((len(pieces), len(enc.LAYERS), 3), np.float32)
        hidden = np.zeros((len(pieces), 384), np.float32)
        for i in range(0, len(wins), BATCH):
            chunk = wins[i:i + BATCH]
            rows = [enc.input_ids(self.tokenizer, pieces, w) for w in chunk]
            n = max(map(len, rows))
            ids = np.zeros((len(rows), n), np.int64)
            mask = np.zeros((len(rows), n), np.int64)
            for b, r in enumerate(rows):
                ids[b, :len(r)] = r
                mask[b, :len(r)] = 1
            logits, states = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            logits = logits.reshape(len(rows), n, len(enc.LAYERS), 3)
            for b, w in enumerate(chunk):
                lo = w.core_start - w.start + 1  # +1 for [CLS]
                hi = lo + w.core_end - w.core_start
                probs[w.core_start:w.core_end] = _softmax(logits[b, lo:hi])
                hidden[w.core_start:w.core_end] = states[b, lo:hi]
        return probs, hidden

    def _best(self, span, cues, cue_vecs, span_vec, which: str,
              flip: bool = False) -> tuple[int, float] | None:
        """The candidate most likely linked to ``span``, with its probability. With ``flip``,
        ``span`` is the cue and the candidates are sources."""
        near = [k for k, c in enumerate(cues) if abs(c[0] - span[0]) <= LINK_REACH]
        if not near:
            return None
        w = self.links[which]
        if flip:
            a = np.repeat(span_vec[None], len(near), 0)
            b = np.stack([cue_vecs[k] for k in near])
            dist = [enc.distance_bucket(cues[k][0] - span[0]) for k in near]
        else:
            a = np.stack([cue_vecs[k] for k in near])
            b = np.repeat(span_vec[None], len(near), 0)
            dist = [enc.distance_bucket(span[0] - cues[k][0]) for k in near]
        x = np.concatenate([a, b, a * b, w["dist"][dist]], 1)
        h = x @ w["w1"] + w["b1"]
        h = 0.5 * h * (1 + _erf(h / np.sqrt(2)))
        p = 1 / (1 + np.exp(-(h @ w["w2"] + w["b2"]).ravel()))
        k = int(p.argmax())
        return near[k], float(p[k])



def _chars(text: str, pieces: enc.Pieces, span: tuple[int, int]) -> tuple[int, int]:
    """Pieces -> characters, widened to whole words: a span never starts or ends inside a
    word ("##weet" is part of "tweet")."""
    s, e = pieces.offsets[span[0]][0], pieces.offsets[span[1] - 1][1]
    while s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
        e += 1
    return s, e


def _join_fragments(text: str, content: list[tuple[int, int]],
                    own: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Nearby fragments of one content in one paragraph become one span, unless the
    statement's own cue or source lies between them ("We want…," he said, "and…" stays in
    two): a piece the tagger left out of the middle of a clause is a slip, not a gap."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(content):
        gap = text[out[-1][1]:s] if out else ""
        if out and len(gap) <= JOIN_GAP and "\n" not in gap \
                and not any(out[-1][1] <= a < s for a, _ in own):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz-Stegun 7.1.26 (error < 1.5e-7): numpy has no erf, and GELU needs one
    s = np.sign(x)
    x = np.abs(x)
    t = 1 / (1 + 0.3275911 * x)
    y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
             + 0.254829592) * t * np.exp(-x * x)
    return s * y


def read_manifest(path: Path) -> dict:
    """The folder's manifest, checked against this code; a clear ModelError otherwise."""
    mf = path / "manifest.json"
    if not mf.is_file():
        raise ModelError(f"no attribution model at {path} (manifest.json is missing): {FIX}")
    manifest = json.loads(mf.read_text(encoding="utf-8"))
    if manifest.get("feature_version") != enc.FEATURE_VERSION:
        raise ModelError(f"{mf} was trained for features {manifest.get('feature_version')!r}, "
                         f"this code reads {enc.FEATURE_VERSION!r}: {FIX}")
    for name in MODEL_FILES:
        f = path / name
        if not f.is_file():
            raise ModelError(f"{f} is missing: {FIX}")
        if _sha256(f) != manifest.get("files", {}).get(name):
            raise ModelError(f"{f} does not match the hash in its manifest: {FIX}")
    return manifest


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_dir() -> Path:
    """The model folder in use: ``$WHOSAID_MODEL_DIR`` where set, else the packaged one."""
    return Path(os.environ.get("WHOSAID_MODEL_DIR") or MODEL_DIR)


@functools.cache
def _load(path: Path) -> AttributionModel:
    return AttributionModel(path)


def default_model() -> AttributionModel:
    """The model in use (``model_dir``), loaded once per process."""
    return _load(model_dir())
